"""Thirteenth session, in my own words: ancestry shares in a genealogical DNA test's results
(:mod:`licite.detectors.ancestry`), then the holdout36-39 study: conditions, drugs and scans
named alone, standing in an election, a place on a list, a charge, a day in court, peoples said
of a person, Diwali's spellings, a voice or palm enrolled, organisations' own nouns
(benchmarks/README.md, detect section)."""

from __future__ import annotations

POSITIVES = [
    # a share after the test: a region, a people, a nationality as an ancestry
    ("Mes résultats Geneanet ADN : 35 % Afrique de l'Ouest, 40 % Europe du Nord", "origin"),
    ("My 23andMe report: 52% Nigerian, 30% British & Irish, the rest broadly European", "origin"),
    ("Got the AncestryDNA results, 18% Ghanaian, which nobody in the family expected", "origin"),
    ("Test ADN généalogique de mon oncle : 27 % Bretagne, 50 % péninsule ibérique", "origin"),
    # a test offered for sale, the writer's own share said in passing
    ("Selling a spare DNA kit, mine said I'm 35% Welsh, £30 collected", "origin"),
    ("Résultat MyHeritage de ma tante : 20 % Scandinavie, 60 % Europe de l'Est", "origin"),
    # conditions, drug classes and pregnancy scans named alone
    ("Mr Khan back at work after appendicitis, light duties only", "health"),
    ("Son médecin a changé son antipsychotique la semaine dernière", "health"),
    ("Mme Roux, anémie connue, prévoir une chaise pour la prise de sang", "health"),
    ("Off Thursday, it's my 20 week scan!", "health"),
    ("Cliente absente mardi : écho des 12 semaines à la maternité", "health"),
    # charged, in court, referred by probation, a sentence finished
    ("Driver Sam was charged with sending threats, hearing in May", "criminal"),
    ("Tom's in court on Friday, can't do the delivery", "criminal"),
    ("New tenant referred by the probation service, flat 2", "criminal"),
    ("Il a terminé sa peine en mars, cherche un emploi de cariste", "criminal"),
    # standing in an election, a place on a list
    ("I stood as a Green in the council elections last May", "politics"),
    ("Ma voisine est candidate en 3e position aux municipales", "politics"),
    ("Mon beau-frère est sur notre liste aux municipales de Sète", "politics"),
    # peoples said of a person, descent from a people
    ("Mme Rakoto est merina, elle veut un devis pour la cérémonie", "origin"),
    ("Proud descendant of the Windward Maroons, tour guide in Portland", "origin"),
    ("Il est quechua, arrivé de Cuzco l'an dernier", "origin"),
    # Diwali's other spellings
    ("M. Pillai fête Deepavali samedi, livrer les sucreries vendredi", "religion"),
    # a voice or a palm enrolled
    ("Voix de Mme Blanc enregistrée comme signature vocale pour le service client", "biometric"),
    ("Accès salle des coffres : lecture de la paume validée pour M. Roy", "biometric"),
    # a condition's unit after one person's possessive is where she is cared for
    ("Quote for Mrs Shaw, she wants a flat near her dialysis unit", "health"),
    # "bi" after an age: an item of a profile's opening list, or after "I'm" in any sentence
    ("Sam, 27, bi, Bristol. Looking for gig buddies", "sex_life"),
    ("New here. I'm 22, bi, and a bit nervous about all this", "sex_life"),
    # a wedding of two first names of one gender, the names before it or after it
    ("Devis : Hugo et Mathieu, mariage civil en mairie, 80 invités", "sex_life"),
    ("Honeymoon of Callum & Rhys, two weeks in Crete", "sex_life"),
    # a reflexive pronoun says it of the person named, whatever business words stand near
    ("Dr Okoye, GP. Dr Okoye is himself a wheelchair user, so the surgery is step-free", "health"),
    (
        "Atelier menuiserie solidaire – animé par Karim, qui a lui-même purgé quatre ans de "
        "prison. Ouvert le jeudi",
        "criminal",
    ),
    # a bracketed gender and age gives the speaker's gender ("(F, 28)", "(28F)")
    ("Double room free: it's me (F, 31) and my girlfriend, two cats", "sex_life"),
    ("Me (24M) and my boyfriend are moving to Leeds, any tips?", "sex_life"),
    # a profile opening on its writer's gender and age gives the speaker's gender
    ("Femme, 47 ans, Niort. Depuis que ma compagne est partie, je sors peu", "sex_life"),
    ("Man, 33, Leeds. Just out of a long relationship with a man, go easy", "sex_life"),
    # seeing or dating someone of one's own gender
    ("Ms Kaur is dating a woman from her choir, update next of kin later", "sex_life"),
    ("Locataire M. Roy : fréquente un homme depuis l'été, demande un bail à deux noms", "sex_life"),
    # time sober or clean, quitting a drug, a cure (holdout42-44 study)
    ("Darren, 41, Hull. Five yrs sober and proud of it", "health"),
    ("Trois mois sans boire, je reprends le foot le samedi", "health"),
    ("Jay, 8 weeks clean today, back at the gym", "health"),
    ("Mme Tanguy fait une cure à l'addicto de Vannes jusqu'en mai", "health"),
    ("Walk-in: student asking for PEP after the weekend", "health"),
    # a clean record in Québec, a custody
    ("Mon ex a un dossier criminel pour fraude, je veux pas qu'il voie les enfants", "criminal"),
    ("Le neveu de Mme Roy a été placé en GAV samedi", "criminal"),
    # fertility treatment named alone
    ("Mme Roux : deuxième tentative d'insémination en mars, absente le 12", "health"),
    ("Ms Grant booked for IUI on the 4th, partner to attend", "health"),
    # holdout46-49 study: signed off with a condition, one's own pregnancies, home ventilation
    ("Member query: Mrs Evans, off with stress six weeks, wants advice", "health"),
    ("Pushchair for sale, used through both my pregnancies, £40", "health"),
    ("Vends tire-lait, servi pendant mes deux grossesses, 30 €", "health"),
    ("Mr Dunn uses a home ventilator overnight, flag for outages", "health"),
    ("Covoit Dax-Bordeaux pour mes séances de rayons, je participe", "health"),
    ("Mathis, 23 ans, sous testo depuis six mois, cherche des potes", "health"),
    # inherited conditions named alone
    ("Cardio : M. Perrin, cardiomyopathie hypertrophique familiale, contrôle annuel", "genetic"),
    ("Volleyeur Hugo, diagnostiqué Marfan l'an dernier, arrêt de la compétition", "genetic"),
    # a driving ban, a spent conviction, a minor's penal measure
    ("Test notes: candidate retaking after an 18-month drink-drive ban", "criminal"),
    ("Gardener, conviction now spent, references from the charity", "criminal"),
    ("Le jeune est sous mesure de réparation pénale jusqu'en juin", "criminal"),
    # a candidate to an election, one's own campaign, a party worker
    ("Candidat aux prochaines territoriales sur Ducos, porte-à-porte le soir", "politics"),
    ("Vends banderoles de ma campagne municipale de 2020, 10 € pièce", "politics"),
    ("Lawyer in Lahore, PTI worker since 2015, still hopeful", "politics"),
    # elected to a union post, the union unknown
    ("Proud to be elected branch secretary this week", "union"),
    # two women married, "on s'est mariées"
    ("Vends robe, finalement on s'est mariées en jean avec ma chérie", "sex_life"),
    # enrolled on a reader or a terminal
    ("Mme Roy enregistrée sur la borne faciale de l'accueil", "biometric"),
    # a people after a person's noun, on one side of the family; indentured workers' descendants
    ("Microcrédit : Mme Traoré, commerçante sénoufo, demande un report", "origin"),
    ("Evasan : patiente ndjuka de 19 ans, la mère accompagne", "origin"),
    ("Moi c'est Anli, merina par ma grand-mère, je vis à Mamoudzou", "origin"),
    ("M. Ah-Sing, descendant d'engagés chinois, cherche les registres de 1860", "origin"),
    # a candidate who declared or provided a record is one person, not anyone who may apply
    ("Le candidat déclare un casier judiciaire vierge pour le poste de veilleur", "criminal"),
    ("Le candidat locataire a fourni un extrait de casier judiciaire, rien à signaler", "criminal"),
    # prints matched to an offence, a police file, wanted for an offence
    ("Update: Mr Baird's prints were matched to the shed break-in", "criminal"),
    ("Update: Mr Baird's prints were matched to the shed break-in", "biometric"),
    ("Chantier Nord : M. T., déjà connu au FAED, interdit d'accès", "criminal"),
    ("Vidéo transmise : l'individu recherché pour le cambriolage du dépôt", "criminal"),
    # worship with one's family
    ("Sefa, 30, Otara. Church with Mum on Sundays, league on Saturdays", "religion"),
    ("Léa, 22 ans. Le dimanche, messe avec maman puis marché", "religion"),
    # two women or two men named together by their civility
    ("RDV notaire : Mme et Mme Berger, achat en indivision", "sex_life"),
    # a Holocaust survivor, a child of boat people
    ("Donor Mr Adler, 91, Holocaust survivor, prefers letters to calls", "origin"),
    ("Fils de boat people cambodgiens, aujourd'hui chef à Lyon", "origin"),
    # running as a candidate, a vote for the party taking the note
    ("Ran as a Green for the county council in 2022, lost narrowly", "politics"),
    ("Porte 4, M. Ledoux : a voté pour nous en 2022, à relancer", "politics"),
    # one's family named by its faith
    ("Coming out to my orthodox parents took years", "religion"),
    # what a dating site's subscription seeks
    ("Il conteste son abonnement « hommes qui cherchent des hommes »", "sex_life"),
]

NOT_ABOUT = [
    # a record a job ad will ask of whoever is chosen
    ("Le candidat retenu fournira un extrait de casier judiciaire", "criminal"),
    # a share of a kit for sale with no one's results
    ("Kit ADN généalogique neuf, exemple de résultat : 40 % Europe du Sud. 45 €", "origin"),
    # a business's own unit stays a place
    ("Our dialysis unit is open on Sundays for holiday patients", "health"),
    # an organisation's own noun: no person
    ("Hindu Council of Leeds, new office hours from Monday", "religion"),
    ("Colombo Buddhist Vihara, meditation on Poya days", "religion"),
]

NEGATIVES: list[str] = [
    # a horse's place in a race, a battery charged
    "Le cheval de Mme Dufour est en 4e position au tiercé",
    "Battery charged with solar power, 12V, as new",
    # a bracketed gender of the other gender than the partner's
    "Double room free: it's me (M, 31) and my girlfriend, two cats",
    # a profile's gender then a partner of the other gender
    "Homme, 41 ans, Brest. Je cherche une femme simple pour des balades",
    # seeing someone of the other gender
    "Ms Lee is seeing a man from work, asks for a second key",
    # livestock insemination, an estate agents' network
    "Bull semen straws for artificial insemination, 20 doses, collection only",
    "Mandataire iad France, secteur Laval, estimation offerte",
    # a plaster bust, a weather depression, a sealed passage, a horse that resists (false friends)
    "Vends buste de Voltaire en plâtre, 30 €, à prendre sur place",
    "Randonnée annulée : dépression sur la Manche samedi, report au 14",
    "Tropical depression moving towards the coast, ferries cancelled",
    "Escalier condamné pendant les travaux, passer par la cour",
    "Jument de 8 ans, un peu insoumise au montoir, cavalier confirmé",
    # a place then "à la" is no measure of the youth justice service
    "Table basse à enlever sur place à La Ciotat, 40 €",
    # a street named after a disease's discoverer
    "Marfan Street car park closed for resurfacing",
    # a clean driving record, a pep talk, months without fees
    "Five years clean driving record, no claims, full licence",
    "Team pep talk at 9, then site visit",
    "Location 3 mois sans frais d'agence, studio meublé",
    # a wedding of a man and a woman
    "Devis : Hugo et Camille, mariage civil en mairie, 80 invités",
    # a count, not an age, before "bi"
    "Lot de 25, bi, neuf, prix ferme",
]

#: A share of a faith in a DNA test's results is no religion finding (checked apart).
NO_RELIGION = [
    "Mon test ADN 23andMe : 15 % juif séfarade, 50 % ibérique, la famille de Sétif avait raison",
    "Did the ancestry DNA thing, 10% Ashkenazi Jewish, news to my mum",
]

#: Shares that are no population: kept out of origin.
NO_ORIGIN = [
    "Test de paternité ADN reçu : probabilité 99,9 %. Dossier clos",
    "Grâce au test ADN j'ai trouvé un cousin, on partage 12 % d'ADN",
    "Mon test ADN : 2 % néandertalien, rien d'autre de drôle",
    "DNA test kits 30% off this week only, ancestry and health packs",
]
