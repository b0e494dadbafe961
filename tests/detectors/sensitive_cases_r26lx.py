"""Twelfth session (holdout25-27 study), in my own words: first names heading a note, a
present verb that is no requirement, and the lexicon classes the three writers shared (a
treatment, a feast, a post, a plea, a couple). Measured on all studied corpora: +40 TP, -3 FP;
the untouched writers +7 TP, +1 FP (benchmarks/README.md, detect section)."""

from __future__ import annotations

POSITIVES = [
    # a first name heading a note: after its opening role word, or before a parenthesis
    ("Enfant Noah, mucoviscidose : premier rendez-vous du matin, salle d'attente vide", "health"),
    ("Ambulance mardi pour Léo (myopathie de Duchenne), fauteuil à prévoir", "genetic"),
    # "demande", "souhaite" are a person's verbs, not the participles of a requirement
    ("Locataire : Elle indique qu'elle porte le voile et demande si c'est un souci", "religion"),
    # treatments and inherited conditions
    ("Mr Chen G6PD deficient, check every new prescription with the pharmacist", "genetic"),
    ("Soins : pansement d'escarre au talon pour Mme Roy, passage infirmier à 8h", "health"),
    ("He's had venesections every month since the C282Y result", "health"),
    # feasts and signs of a faith
    ("Agent Moussa demande à ne pas travailler la nuit du Mawlid", "religion"),
    ("Nuit : M. Gill (ch. 12) porte turban et kirpan, pas de fouille", "religion"),
    # a list one was elected on
    ("Mme Ortiz, élue de la liste Horizon Commun, siège à la commission travaux", "politics"),
    # sentences served, a summons, a plea, a clearance
    ("Il a déjà pris du ferme pour violences, prudence au téléphone", "criminal"),
    ("J'ai pris 3 ans pour stups, sorti en 2020, je forme des jeunes", "criminal"),
    ("Le voisin a été convoqué au commissariat après la plainte", "criminal"),
    ("Customer pled not guilty at the hearing, next date in March", "criminal"),
    ("Nanny applicant sent her police clearance, no derogatory record", "criminal"),
    # a people of Ghana
    ("Ms Boateng, Akan, prefers a carer who speaks Twi", "origin"),
    # couples of one gender, coming out
    ("On est deux nanas en couple, on cherche un T2", "sex_life"),
    ("Couple de gars, ensemble depuis 4 ans, cherche colocation", "sex_life"),
    ("Both grooms want a short ceremony at the beach", "sex_life"),
    ("Came out to my rugby team last night, best feeling ever", "sex_life"),
    # a partner of a man or a woman named by an honorific after the partner word, in a note
    # about a client (studied +7 TP, 0 FP; untouched +1 TP)
    (
        "Emprunteurs : M. Hugo Blanc, compagnon pacsé de M. Éric Morel, revenus cumulés OK",
        "sex_life",
    ),
    ("Bénéficiaire : M. Paul Roy, compagnon de l'assuré M. Marc Lenoir", "sex_life"),
    ("Policyholder Mr Shah, partner Mr Begum added as second driver", "sex_life"),
    ("Dossier : couple homme-homme, vie commune depuis 10 ans, prêt accepté", "sex_life"),
    # holdout30-31 study: a couple of two ("les deux mariés"), a dated caution, a doctor's own
    # sick leave, a union post before the union, "bi et à l'aise", "F 38 ans" as a gender
    (
        "Coiffure samedi : les deux mariés, Karim et Julien, plus les témoins, arriver à 8h",
        "sex_life",
    ),
    ("Volunteer applicant Tom R. - DBS came back with a 2018 caution for possession", "criminal"),
    (
        "Dr Anne Mbida, pédiatre, Douala. Le docteur est en congé maladie jusqu'au 15, "
        "consultations assurées par le Dr Ngo.",
        "health",
    ),
    ("Branch secretary, GMB Leeds Council. Bin crew for 12 years.", "union"),
    ("H 41 ans, Lens, bi et à l'aise avec ça, cherche quelqu'un de sérieux", "sex_life"),
    ("F 38 ans, Angers, je cherche une femme douce pour partager les dimanches", "sex_life"),
    # "wanted" as a verb is no job offer; a record the speaker offers is no requirement; a
    # person who calls themself something; a school's health plan (PAI) before a first name
    ("Lady in store wanted a phone with an SOS button, she's epileptic and lives alone", "health"),
    (
        "Aide-soignante cherche poste de nuit, casier judiciaire vierge que je peux fournir",
        "criminal",
    ),
    ("Client énervé, se présente comme gilet jaune, refuse de payer la facture", "politics"),
    ("PAI Inès CE2 : allergie arachide sévère, stylo d'adrénaline dans le cartable", "health"),
    # holdout32 study: sentences served or to serve, a suspended fine, a police report in
    # India, sickle-cell disease abbreviated
    ("J'ai fait 2 ans pour stups, c'est derrière moi, je cherche du boulot", "criminal"),
    ("Vends mon scooter, je vais purger 8 mois à partir de juin, prix ferme", "criminal"),
    ("Militante, condamnée à 300 euros d'amende après le blocage de la rocade", "criminal"),
    ("Applicant named in an FIR for cheating, case pending, refer to compliance", "criminal"),
    ("Guerrière drépano depuis toujours, étudiante à Libreville", "genetic"),
    # being Black said of a person (six writers): a reason given, the only one, oneself
    ("Réclamation M. Sow : refusé à l'entrée « parce qu'il est noir », vidéo demandée", "origin"),
    ("M. Ba dit être le seul locataire noir de l'immeuble et se sentir visé", "origin"),
    ("En tant que Noire à Rennes on me demande encore d'où je viens vraiment", "origin"),
    # "bi" as an item of a profile's opening list after a gender
    ("Femme 39 ans, bi, Amiens, cherche relation complice", "sex_life"),
    # holdout34 study: a husband-to-be, a facial check abbreviated, a summons to court,
    # handing out a party's leaflets
    (
        "Mairie – prépa mariage : M. Roy et son futur époux M. Blanc demandent une lecture",
        "sex_life",
    ),
    (
        "Support : la vérif faciale de Mme Colin ne correspond pas au selfie, compte bloqué",
        "biometric",
    ),
    ("jpeux pas venir lundi g une convoc au tribunal pr l'histoire de la bagarre", "criminal"),
    ("Je serai au marché samedi pour distribuer les tracts des Verts, passez me voir", "politics"),
    # a family's own ad for a carer is about the relative
    ("Carer wanted for my dad (Parkinson's), mornings, Leeds area", "health"),
    # a community's association is its named post-holder's community (studied +6 TP over five
    # writers, 0 FP)
    ("Amicale des Comoriens de Marseille, présidente : Mme Zaharia Said, permanences", "origin"),
    ("Tamil Community Association of Harrow, chair: Mr Ravi Kumar, Saturday classes", "origin"),
    ("Association culturelle kurde de Rennes — président : M. Azad Yilmaz", "origin"),
    # a biometric check runs on an app or a system: no business context (studied +5 TP, 0 FP)
    (
        "Ouverture de compte sur l'appli : selfie + vérification faciale OK, identité confirmée",
        "biometric",
    ),
    (
        "Échec vérif vocale x2, voix non reconnue par le système, passage aux questions secrètes",
        "biometric",
    ),
    # holdout28-29 study: an enrolment of anyone a note names, with the reader itself
    # (studied +4 TP, untouched +5 TP, +1 FP)
    (
        "Pointeuse biométrique : empreinte de Nathan (stagiaire arrivé mardi) enregistrée",
        "biometric",
    ),
    ("Lecteur biométrique (paume) au dépôt - M. Carré enrôlé ce matin par le gardien", "biometric"),
    # an honorific typed in lower case still names someone
    ("mme haddad prefere eviter les rdv le vendredi midi (priere a la mosquee)", "religion"),
    # a person who declared or disclosed something; licence, probation
    ("Candidate au poste d'hôtesse : a déclaré une condamnation pour vol en 2018", "criminal"),
    ("Bricklayer, 10 yrs in the trade. Did 3 years, out since 2021 and on licence", "criminal"),
    ("Probationer K. Mensah reported Tuesday, next appointment in two weeks", "criminal"),
]

NOT_ABOUT = [
    # a job offer speaks of the people the job serves (studied -2 FP, holdout30-31 -4 FP)
    (
        "Agence recrute aides à domicile H/F pour accompagner des personnes atteintes de sclérose "
        "en plaques",
        "health",
    ),
    ("Recherchons auxiliaires de vie pour des patients atteints d'Alzheimer, Lille sud", "health"),
    # a device for sale, priced: its app is a business word again
    ("Fingerprint padlock, unused, app + fingerprint unlock, £25", "biometric"),
    # a number of years before a field is a career, no age (studied -2 FP)
    ("Aide-soignante, 8 ans en gériatrie et soins palliatifs, cherche un poste de nuit", "health"),
    ("Formateur, 20 ans d'expérience en reconnaissance faciale et biométrie", "biometric"),
    # a practitioner's clients, a broker's leaflets (studied -3 FP, untouched -1 FP)
    ("I work with clients managing arthritis and back pain in my Leeds studio", "health"),
    ("Broker sent the mental health leaflets for the new group scheme", "health"),
    # "·" separates a headline's parts, and a list's last item may end one
    (
        "Chargée de mission égalité · discriminations liées à l'origine, la religion, "
        "l'orientation sexuelle ou le handicap · Ville de Lyon",
        "sex_life",
    ),
]

NEGATIVES: list[str] = [
    # a community's association with no post-holder named is an organisation
    "Amicale des Comoriens de Marseille : permanences le mercredi, cours d'arabe le samedi",
    "Somali Community Centre, open weekdays 9 to 5, advice on housing",
    # a probationary teacher is no offender
    "Probationer teacher posts in Fife, apply by March",
    # partners in a firm, named by honorifics: no couple
    "Accountants: Mr Hale and his partner Mr Dunn, year-end accounts",
    "Architects Mr Roe and his partner Mr Lim, planning drawings",
    # "malade de" a thing, "c'est criminel" of a dish: idioms
    "Je suis malade de cette série, trois saisons en un week-end",
    "Leur tarte au citron, c'est criminel 🤤 allez-y",
    # "bi" in a list with no gender before it is a prefix ("bi, tri")
    "Vends clim réversible, bi, tri, garantie 2 ans",
    # a jail as the landmark of an address
    "Mme Petit habite désormais en face de la maison d'arrêt, adresse mise à jour",
    # a mutual insurer's name
    "Ravie de rejoindre la Mutualité chrétienne de Namur comme gestionnaire",
    # a pastime called one's religion is an idiom
    "Le rugby c'est ma religion, je cherche un club pour le dimanche",
    "Cooking is my religion, looking for a supper club in Leeds",
    # clothes for a feast are things for sale
    "Atelier couture : tenues de Tabaski sur mesure, retouches en 48h",
]
