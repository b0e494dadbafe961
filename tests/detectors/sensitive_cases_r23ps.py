"""Politics and sex life / orientation, French and English, written blind (r23ps coverage round:
no hold-out studied): the families a person's political life and sex life come in, in classified
ads, directory entries, bios and CRM notes, each with its positives and the everyday phrases the
new terms risk (objects, businesses, generic statements)."""

from __future__ import annotations

POSITIVES = [
    # politics, FR: party festivals and summer schools attended
    ("Monte chaque année à la fête de l'Huma avec ses copains", "politics"),
    ("Habituée de la fête de la Rose, toujours au premier rang", "politics"),
    ("N'a jamais raté une fête de l'Humanité depuis 1985", "politics"),
    # politics, FR: labels said without a verb
    ("Ex-marcheur, déçu par le second mandat", "politics"),
    ("Marcheuse de la première heure, référente locale", "politics"),
    ("Fédéraliste convaincu, ne parlez pas de référendum", "politics"),
    ("Elle est fédéraliste depuis toujours", "politics"),
    ("Vieux coco dans l'âme, lit encore l'Huma", "politics"),
    ("Facho assumé d'après sa voisine", "politics"),
    ("Libertarienne, déteste l'impôt", "politics"),
    ("Anarcho-capitaliste, parle bitcoin à chaque appel", "politics"),
    ("Étudiante woke assumée, milite pour tout", "politics"),
    ("Il la trouve complètement woke", "politics"),
    ("Politiquement très à droite, éviter le sujet", "politics"),
    ("Client plutôt de droite, à relancer en janvier", "politics"),
    ("Mr tres a gauche, attention aux sujets d'actualité", "politics"),
    ("Locataire d'extrême droite selon le gardien", "politics"),
    ("Ancien camelot du roi, monarchiste", "politics"),
    # politics, FR: movements named in lower case after a tie
    ("Proche de l'Action française dans sa jeunesse", "politics"),
    ("Ancien de Génération identitaire", "politics"),
    ("Passée par Extinction Rebellion avant de se calmer", "politics"),
    ("Militant des Patriotes de Philippot", "politics"),
    # politics, FR: petitions, yellow vests, climate marches
    ("A signé la pétition contre la loi immigration", "politics"),
    ("Fait signer des pétitions contre le gouvernement au marché", "politics"),
    ("Était gilet jaune sur les ronds-points en 2018", "politics"),
    ("Gilet jaune de la première heure", "politics"),
    ("Manifeste pour le climat tous les vendredis", "politics"),
    ("Va aux marches pour le climat avec ses enfants", "politics"),
    # politics, FR: political refugee, asylum, dissident
    ("Réfugié politique arrivé en 2015", "politics"),
    ("A obtenu l'asile politique en France", "politics"),
    ("Opposant au régime, exilé depuis 2019", "politics"),
    ("Dissidente iranienne, installée à Lyon", "politics"),
    ("A dû fuir pour ses opinions politiques", "politics"),
    # politics, EN: refugee, asylum, dissident
    ("Came to the UK as a political refugee", "politics"),
    ("Granted political asylum in 2018", "politics"),
    ("Former political prisoner, now a translator", "politics"),
    ("Jailed for his pro-democracy activism in Hong Kong", "politics"),
    ("A vocal critic of the regime back home", "politics"),
    # politics, EN: votes, loyalties and labels
    ("Votes Green every time, without fail", "politics"),
    ("Always voted Labour all his life", "politics"),
    ("Blue-rinse Tory, golf on Sundays", "politics"),
    ("Dyed-in-the-wool Republican from Ohio", "politics"),
    ("Rusted-on Labor voter in Queensland", "politics"),
    ("Proudly woke, pronouns in bio", "politics"),
    ("She's so woke it hurts", "politics"),
    ("Marched with the Palestine Solidarity Campaign", "politics"),
    ("Signed the petition to impeach the president", "politics"),
    ("Poll watcher for the Republican party in 2020", "politics"),
    # sex life, FR: orientations said of a person
    ("Demisexuelle, je prends mon temps", "sex_life"),
    ("Gai et fier, 40 ans, Montréal", "sex_life"),
    ("Homme gai cherche colocataire calme", "sex_life"),
    ("Homo assumé depuis le lycée", "sex_life"),
    ("Hétéro curieux, discret", "sex_life"),
    ("Fait partie de la communauté LGBT depuis ses 18 ans", "sex_life"),
    # sex life, FR: LGBT groups and prides
    ("Militant d'Act Up dans les années 90", "sex_life"),
    ("Bénévole de l'APGL, papa de deux enfants", "sex_life"),
    ("Était sur le char de la Pride l'an dernier", "sex_life"),
    ("Défile à la Marche des fiertés de Lyon", "sex_life"),
    # sex life, FR: apps, plans and chemsex
    ("Profil sur Wapa, cherche amie sérieuse", "sex_life"),
    ("Inscrite sur Feeld avec son copain", "sex_life"),
    ("Fait des plans chems le week-end", "sex_life"),
    ("Adepte du slam, suivi en addictologie", "sex_life"),
    # sex life, FR: sex work, porn, webcam, paid sex
    ("Ex-escort reconvertie dans l'immobilier", "sex_life"),
    ("Ancien acteur porno, maintenant coach", "sex_life"),
    ("Modèle OnlyFans à ses heures", "sex_life"),
    ("Vend sur MYM depuis un an", "sex_life"),
    ("Fréquente les salons de massage érotique", "sex_life"),
    # sex life, FR: virginity, life after a change, both sexes
    ("Toujours vierge à 32 ans", "sex_life"),
    ("Divorcée, elle vit maintenant avec une femme", "sex_life"),
    ("Attirée par les hommes et les femmes", "sex_life"),
    # sex life, EN: labels, communities, the closet
    ("Bi and proud, London", "sex_life"),
    ("Ace and aro, not looking for romance", "sex_life"),
    ("Aromantic, just wants a flatmate", "sex_life"),
    ("Active in the queer community in Bristol", "sex_life"),
    ("Runs the LGBT staff network at the council", "sex_life"),
    ("Still closeted at work, be discreet", "sex_life"),
    ("Not out to his parents yet", "sex_life"),
    ("She came out at 15", "sex_life"),
    ("Came out in sixth form", "sex_life"),
    # sex life, EN: LGBT charities and prides
    ("Volunteers at Stonewall on weekends", "sex_life"),
    ("Trustee of the Albert Kennedy Trust", "sex_life"),
    ("Marches at Pride every year with her wife's family", "sex_life"),
    ("Never misses Brighton Pride every year", "sex_life"),
    # sex life, EN: apps and hook-ups
    ("Has a Scruff profile", "sex_life"),
    ("Active on FetLife and Feeld", "sex_life"),
    ("Hooks up on Tinder most weekends", "sex_life"),
    ("Up for one-night stands, nothing serious", "sex_life"),
    # sex life, EN: open relationships, sex work, paid sex, same-gender dating
    ("In an ENM relationship with two partners", "sex_life"),
    ("Works as an escort in Manchester", "sex_life"),
    ("Former porn actress turned yoga teacher", "sex_life"),
    ("Used to do sex work to pay for uni", "sex_life"),
    ("Pays for escorts when travelling", "sex_life"),
    ("She's a sugar baby, per her flatmate", "sex_life"),
    ("She only dates women", "sex_life"),
    ("He has only dated guys", "sex_life"),
    ("Likes both men and women", "sex_life"),
]

NOT_ABOUT = [
    ("Les réfugiés politiques sont souvent accueillis par des associations", "politics"),
    ("Guide pratique pour les réfugiés politiques, édition 2020", "politics"),
]

NEGATIVES = [
    # politics: objects, businesses, generic and everyday phrases
    "Bande réfléchissante jaune de sécurité pour vélo",
    "Gilet jaune de sécurité pour voiture, neuf",
    "Le client à droite sur la photo est le gérant",
    "Un grand marcheur de la première heure du GR20",
    "Randonneur et grand marcheur, 20 km par jour",
    "Woke up early to view the flat",
    "She woke at six and called back",
    "Political asylum lawyer, free first consultation",
    "Free Tibet poster, framed, 50x70",
    "Cabinet spécialisé en droit d'asile, premier rendez-vous gratuit",
    "Signed the lease for the shop on Monday",
    "Petition to the council for a new bus shelter",
    "Vote for your favourite cake at the fête",
    "Marche nordique le dimanche matin, club de randonnée",
    "Pétition contre la loi immigration : signatures en mairie",
    "Lot de tracts de la fête de l'Huma 1978, collection",
    "Fête de l'Huma : navettes depuis la gare",
    "Political refugees often struggle to find housing",
    # sex life: objects, businesses, generic and everyday phrases
    "Escort vehicle required for the wide load",
    "Police escort for the convoy on Saturday",
    "Camgirl costume, size M, worn once",
    "Proud of his team and their results this year",
    "Huile d'olive vierge à 5 euros le litre",
    "CD vierges, lot de 50",
    "Escorte de police pour le convoi exceptionnel",
    "Robe coloris gai, taille 38",
    "Lockdown over: shops came out of hibernation",
    "The results came out in May",
    "Bumble bee cushion, yellow and black",
    "Sugar daddy long legs plant cutting",
    "PrEP information leaflet for clinics",
    "Dating app for the ENM community, launch party",
]
