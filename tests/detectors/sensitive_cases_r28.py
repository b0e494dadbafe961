"""Fourteenth session, in my own words: the holdout54-60 study (benchmarks/README.md, detect
section). The writer's gender told by French agreement, the subject of a school or a benefits
file, a slur reported in quotation marks, two people named by honorifics of one gender after a
PACS, an ex-partner, a profile label opening a later sentence, and the lexicon classes the
five writers' misses shared."""

from __future__ import annotations

POSITIVES = [
    # the writer's gender told by agreement, then a partner of that gender
    ("Heureuse d'avoir fini ce marathon, merci à ma compagne Julie pour les ravitos", "sex_life"),
    ("Je suis tellement fier de notre boulangerie, ouverte avec mon mari Karim", "sex_life"),
    ("Je n'y serais jamais arrivée sans ma femme, qui a relu chaque chapitre", "sex_life"),
    # the subject of a school, university or benefits file
    ("Infirmerie collège : élève de 4e, épilepsie, carte de soins dans le cartable", "health"),
    ("University exam office: student has cystic fibrosis, rest breaks approved", "genetic"),
    ("Lycée Jean-Moulin : élève de 1re, contraception d'urgence délivrée ce matin", "sex_life"),
    # a slur reported in quotation marks is said to someone
    ("Karim traité de « sale Arabe » par un client, plainte déposée", "origin"),
    ("Coach made a joke about his « yeux bridés » during warm-up", "origin"),
    # two people named by honorifics of one gender after the term
    ("Mairie : PACS de M. Morel et M. Faure le 12, salle 2", "sex_life"),
    ("Wedding of Mrs Hale and Mrs Dunn booked for June", "sex_life"),
    # an ex-partner, whose gender tells the orientation of the person named before
    ("M. Girard ne veut plus que son ex-compagnon récupère le courrier", "sex_life"),
    ("Mme Petit réclame la caution partagée avec son ex-femme", "sex_life"),
    # a profile's label opening a later sentence, before an age
    ("Nouvelle sur le serveur. Bi, 27 ans, fan de jeux de plateau", "sex_life"),
    # a profile's gender with a place before the age
    ("Homme de Namur, 40 ans. J'ai perdu mon compagnon l'an dernier", "sex_life"),
    ("Fille de Lomé, 26 ans, je préfère les femmes", "sex_life"),
    # criminal: a conviction dated, prosecuted, on licence, a caution, an order, a bail
    ("Refused a tenancy because of a conviction from 1994", "criminal"),
    ("Our neighbour got done for poaching again", "criminal"),
    ("Probation office: Mr Kerr on licence with a curfew", "criminal"),
    ("She asked if her caution for theft shows on a basic check", "criminal"),
    ("Liam is on a compulsory supervision order, social worker attends", "criminal"),
    ("Paid his son's bail yesterday, will settle the invoice late", "criminal"),
    ("Mme Dubois a été déclarée pénalement irresponsable après les faits", "criminal"),
    ("M. Faure a été radié des listes après une privation des droits civiques", "criminal"),
    ("Il a été interpellé lors du match samedi", "criminal"),
    ("M. Leroy pointe chez son assistant de justice le lundi", "criminal"),
    ("Le papa est à la prison centrale depuis février, délai accordé", "criminal"),
    # politics: a candidacy, a party membership abroad, a vote, a ward post
    ("Mme Roy, candidate déclarée aux prochaines municipales", "politics"),
    ("Candidat aux communales de 2024 à Mersch", "politics"),
    (
        "Me Rochat, notaire. Candidate des Vert-e-s au Grand Conseil, permanence le jeudi",
        "politics",
    ),
    ("Membre du LSAP depuis 2015", "politics"),
    ("I'm ward secretary for the local party, so Thursdays are out", "politics"),
    # union: Luxembourg's and Belgium's unions, a bureau seat, a teachers' union post
    ("Délégué LCGB dans son entreprise depuis 2019", "union"),
    ("Élue au bureau départemental de la FSU, elle enseigne à Lyon", "union"),
    ("AEU sub-branch president and Year 9 coordinator", "union"),
    # religion: a Sikh turban, a church upbringing, someone fasting
    ("Mrs Gill wears the dastaar, please send a female fitter", "religion"),
    ("Horaires réduits ce mois-ci, la patronne jeûne. Réouverture normale en mai.", "religion"),
    # biometric: prints enrolled or recognised, a face that does not match, a template
    ("Alarme : M. Dumas a fait enregistrer ses deux index sur le digicode", "biometric"),
    (
        "Cantine : Léo B. a badgé avec le doigt d'un ami, le lecteur a reconnu l'empreinte de Sami",
        "biometric",
    ),
    ("Contrôle PARAFE : visage non concordant, passager renvoyé au guichet", "biometric"),
    ("M. Roux : refaire l'enrôlement de son gabarit, la borne ne le reconnaît plus", "biometric"),
    ("Her selfie didn't match her enrolled face, manual check done", "biometric"),
    # health: a defibrillator, chest pains, blood thinners, antiretrovirals, a heart disease
    ("Mr Fox has an ICD, no magnets near the chest please", "health"),
    ("Member felt chest pains on the treadmill, ambulance declined", "health"),
    ("Greg's off blood thinners now, still careful on descents", "health"),
    ("Patient sous TARV depuis 2018, charge virale suivie", "health"),
    ("Dernier bilan : CV indétectable, prochain contrôle en mai", "health"),
    ("Injection d'Extencilline faite ce matin chez Mme Wéa", "health"),
    ("Applicant's daughter uses a ventilator at night, needs a ground floor", "health"),
    # genetic: Usher syndrome (genetic and health), a paternity result
    ("Our client has Usher syndrome, large-print letters please", "genetic"),
    ("Our client has Usher syndrome, large-print letters please", "health"),
    ("Paternity DNA came back 99% for the father, fees to follow", "genetic"),
    # origin: Black said of a person, Travellers, a South African of Indian descent, a people
    ("The landlord refused once he saw she was Black", "origin"),
    ("Family are Travellers, living on the council site since May", "origin"),
    ("Mrs Pillay, Indian South African, moving from Durban", "origin"),
    ("I'm an Ewe from Ho, I sell kente online", "origin"),
    # peoples said of a person; a Māori iwi
    ("Grand-mère bamoun, elle raconte les contes du sultanat", "origin"),
    ("Rewi Parata (Ngāti Porou), juniors coach on Fridays", "origin"),
    # the h62-66 study: a party or a union in apposition to a named person
    ("Cllr Tom Burke, Fine Gael, Kilkenny: clinic on Fridays", "politics"),
    # the subject pronoun before a partner word; feminine plural agreement; a female subject
    ("Noté : qu'il vit avec son copain Marc depuis deux ans", "sex_life"),
    ("Mutuelle : l'adhérente veut ajouter sa partenaire de PACS comme ayant droit", "sex_life"),
    ("Merci ! Avec ma femme on est ravies de notre nouvel appartement", "sex_life"),
    # court-ordered care, a former drug user, a relapse, a tremor, an infection
    ("Rappel : sous obligation de soins depuis le jugement de mars", "health"),
    ("Ancien usager d'héro, je suis aujourd'hui médiateur", "health"),
    ("Sa sœur dit qu'elle a replongé cet hiver", "health"),
    ("Mr Heath's daughter says he is more muddled since the UTI", "health"),
    ("With the tremor she cannot sign, use voice ID", "health"),
    # an erectile dysfunction drug asked for, sex with men and women, a new boyfriend
    ("Pharmacie : un client demande si le Viagra générique est remboursé", "sex_life"),
    ("Clinic note: reports sex with men and women, full screen booked", "sex_life"),
    ("Wants help telling his new boyfriend before the weekend", "sex_life"),
    # years served in words, a search of one's home
    ("Did five years for burglary, now a joiner", "criminal"),
    ("Serrurier : perquisition chez M. Petit à 6h, porte à changer", "criminal"),
    # going to pray, the place of worship one attends
    ("Mme Ba veut un T2 près du temple où elle va prier le matin", "religion"),
    ("Wants a flat near the gurdwara she attends every morning", "religion"),
    # palm-vein reading, then an enrolment in the next sentence
    (
        "Foyer : lecture veineuse de la paume installée. Enrôlement fait ce jour pour M. Sy",
        "biometric",
    ),
    # the h68-72 study: two honorifics of one gender anywhere in a wedding's sentence, a
    # profile's label after its opening, a named prison, an Aboriginal nation, a signature
    (
        "Mariage samedi 15h en mairie : Mme Anne Roy et Mme Léa Morel, 60 invités",
        "sex_life",
    ),
    ("Aunty May, Ngunnawal elder, welcome to country at 9", "origin"),
    ("Background check came back clear for the new driver", "criminal"),
    ("Nadia, 31, Leeds. Bi, climber, terrible at pub quizzes.", "sex_life"),
    ("Six ans à Fleury-Mérogis, aujourd'hui je forme des apprentis", "criminal"),
    ("Merci pour les alliances, parfaites pour mon mariage avec Hugo ! — Maxime", "sex_life"),
    ("Great cuts for me and my husband before the party. – Daniel", "sex_life"),
    ("Mme Roux dit que son mari boit et vide le compte", "health"),
    ("La cliente dit que son ex-amant la menace", "sex_life"),
    ("Revert since 2019, I sell modest wear at the Sunday market", "religion"),
    ("No pork since she joined the Seventh-day Adventists", "religion"),
    ("Off tomorrow, kidney stones again", "health"),
    ("M. Kane a pris du poids avec la cortisone qu'on lui donne", "health"),
    ("Client vérifié par empreinte au guichet, retrait autorisé", "biometric"),
    ("Selfie de M. Sow non concordant avec la photo de son passeport", "biometric"),
    ("We enrolled his other hand after the burn, the reader works now", "biometric"),
    ("Face ID kept rejecting her after the accident, manual check done", "biometric"),
    ("His brother got 6 years and the family is appealing", "criminal"),
    # the h74-78 study: peoples and their pride, opposition parties abroad, a named practice,
    # shared centimorgans, a selfie face-matched, coming out and seeking another man
    ("Fière Abénakise d'Odanak, je vends mes paniers au marché", "origin"),
    ("Cafrine et fière, je chante le maloya depuis l'enfance", "origin"),
    ("Famille Li, chinois hakka, demande l'encens pour la veillée", "origin"),
    ("Proud Black Nova Scotian, fourth generation from Preston", "origin"),
    ("Former teacher and Mebyon Kernow stalwart, funeral on Friday", "politics"),
    ("Mme Roche a trouvé un cousin via Ancestry : 850 cM partagés", "genetic"),
    ("Client says he's a PTI supporter and was beaten after the rally", "politics"),
    ("Demandeur d'asile, sympathisant de l'OLF, entretien dans un mois", "politics"),
    ("Client (Sudanese, Masalit) fled West Darfur in June", "origin"),
    ("M. Abebe dit être tigréen, interprète tigrinya demandé", "origin"),
    ("Black Cornishman, born in Camborne, fisherman", "origin"),
    ("Je suis baha'ie et je donne des cours de persan le mercredi", "religion"),
    ("Mi fé le kavadi chaque année avec mon frère", "religion"),
    ("Penser à la Ventoline de Léa pour la sortie", "health"),
    ("Mme T. a subi une excision enfant, certificat demandé", "health"),
    ("Got caught poaching salmon at twenty, fined at Inverness Sheriff Court", "criminal"),
    ("Checks in weekly with a selfie that gets face-matched by the app", "biometric"),
    ("Empreintes de Paul et de Marc enregistrées sur le lecteur du local", "biometric"),
    ("Out to my family, not yet to my colleagues at the depot", "sex_life"),
    ("Farmer, 45, looking for another man who likes early mornings", "sex_life"),
    ("Mme Diop m'a confié avoir eu une relation avec une femme à Dakar", "sex_life"),
    ("M. Petit vit avec un garçon rencontré à Caen", "sex_life"),
    # a French profile opening on a noun of trade and an age gives the writer's gender
    ("Menuisier 39 ans, cherche un homme simple pour des balades", "sex_life"),
    # the h80-84 study: a profile's label after an age and its unit, or in a later sentence's
    # profile; the writer naming themself; a neighbour's sex life heard; a record check
    ("Salut ! Lina, 24 ans, bi, cherche une coloc calme à Nantes", "sex_life"),
    ("Coloc Verdun : moi c'est Olivier, 31 ans, gai, prof de piano", "sex_life"),
    ("Just moved here with my husband Liam. I'm Tom, 30, nurse", "sex_life"),
    ("La voisine se plaint des ébats du locataire du 2e", "sex_life"),
    ("Neighbour says loud sex from number 4 every night", "sex_life"),
    ("Deux colocs militent au PTB, débats animés", "politics"),
    ("DBS came back clear for Ms Price, start Monday", "criminal"),
    # the h80-84 study, second pass: sobriety counted, a chest pain, drug tests, a seizure,
    # a party's local federation, a charge by the police, "who is Black"
    ("Serveur, 8 ans abstinent, je témoigne pour les jeunes", "health"),
    ("On a fêté mes 10 ans de sobriété hier soir", "health"),
    ("La présidente de la fédé locale du RN réserve la salle", "politics"),
    ("Police have charged him with stalking, account suspended", "criminal"),
    ("Two years clear of gambling, back at work", "health"),
    ("Radio : chauffeur signale douleur thoracique, SAMU appelé", "health"),
    ("Test salivaire positif THC ce matin sur un cariste", "health"),
    ("Random test: driver non-negative for opiates, stood down", "health"),
    ("Lost my licence after a seizure last year", "health"),
    ("Grievance from Sam Obi, who is Black, about remarks at work", "origin"),
    # a preventive surgery is health (a carrier's variant alone is genetic data only)
    ("Had my ovaries and tubes removed at 39, no regrets", "health"),
    ("Je prépare une chirurgie préventive et je cherche un studio calme", "health"),
    ("Emma needs time off in August for preventive surgery", "health"),
    # the h86 study: infidelity, a child born outside marriage, a hajja, prayer (not) kept,
    # Maghreb and Lebanese parties, a Nubian, an Arab guy, detained by the police
    ("M. Roux, divorcé, dit que son ex-femme l'a trompé pendant dix ans", "sex_life"),
    ("Mon frère sort de Fleury la semaine prochaine, il cherche du travail", "criminal"),
    ("Patient refuse la transfusion avant sa cholécystectomie", "health"),
    ("Détenu amené sous escorte pour une consultation de cardiologie", "criminal"),
    ("Il a un enfant né d'une relation hors mariage, il veut le dire", "sex_life"),
    ("Hajja depuis 2015, je couds des caftans à domicile", "religion"),
    ("moi jfai pas la priere mais je respecte", "religion"),
    ("Karim a quitté le FLN l'an dernier", "politics"),
    ("Militant nahdhaoui dans les années 90, aujourd'hui apiculteur", "politics"),
    ("Candidat Samir : a eu une relation avec un homme à Lyon", "sex_life"),
    ("Proud Nubian from Kom Ombo, architect in Dubai", "origin"),
    ("Arab guy, 30, Amman, looking for friends", "origin"),
    ("Tenant was detained by police last week over a debt case", "criminal"),
    ("Sami wants to canvass for the Kataeb list in Metn", "politics"),
    ("Kurdish and proud, I teach govend on Sundays", "origin"),
    # sex life: coming out at an age
    ("Raised in Galway and came out at 30, now very happy", "sex_life"),
]

NOT_ABOUT = [
    # a word quoted on its own is still used loosely
    ("Ce prix, c'est « criminel » pour un canapé", "criminal"),
]

NEGATIVES: list[str] = [
    # the writer's agreement says the partner is of the other gender
    "Je suis ravie, mon mari Paul viendra aussi au vide-grenier",
    "Tellement fier de mes enfants et de ma femme ce soir",
    # two honorifics of two genders after a PACS
    "PACS de Mme Roux et M. Blanc, samedi 10h",
    # a place before an age that is a cleaning job, not a profile
    "Femme de ménage, 45 ans d'expérience cumulée dans l'équipe, devis gratuit",
    # a count after a label in a later sentence
    "Stock en vente. Bi, 25 pièces, prix ferme",
    # a bus timetable
    "The bus came out at 5 pm from the depot",
    # sailing, not a veil
    "Passionnée de voile, je propose des sorties en mer le dimanche",
    "Comité voile : régate annulée samedi, vent trop fort",
    # a branch post of no party
    "As branch secretary of the bowls club I'll chair the AGM",
    # a rule about recording the categories names no one's
    "Note interne : il est interdit de demander aux clients leur religion ou leur santé",
    "Team reminder: never record a caller's ethnicity or sexuality in the notes",
    # a place of worship's own notice
    "Synagogue de Lille : office du samedi matin, kiddouch après le chabbat",
    "Catholic Chaplaincy, Leeds – Sunday Mass 6pm, soup lunch on Wednesdays",
    # a Belgian health insurer, a tenants' union, a figure of speech
    "Mutualité socialiste, agence de Mons : remboursements le mardi",
    "Grad student, tenants' union organizer, loves baking",
    "Je suis malade de joie, on a gagné la finale !",
    # software, a haircut and a car named after peoples
    "Apache Kafka and Apache Spark experience required",
    "Mohawk haircut for the gig, 15 €",
    "Jeep Grand Cherokee 2004, 180,000 km",
    # "gai" outside a profile's list is cheerful
    "Un accueil gai et chaleureux, salle décorée pour la fête",
    # a trade's feminine noun, then a man sought
    "Infirmière, 35 ans, cherche un homme sérieux pour construire",
    # speech recognition in a device
    "Vds montre connectée avec reconnaissance vocale, 45 €",
    # a people's name as a surname after an honorific and an initial
    "Mr N. Zulu, new tenant, keys collected on Monday",
]

#: A category that is not revealed about anyone, though others may be (checked apart): the
#: adjective before a gender noun is no first name, a saint's place is no man, a BRCA variant
#: is genetic data with no disease named.
NO_CATEGORY = [
    ("Dallas, Christian girl, looking for a man who loves hiking", "sex_life"),
    ("Porte-à-porte St-Denis : la dame ne reçoit pas sans son mari, rappeler", "sex_life"),
    ("M. Roy a un résultat BRCA2 positif, il veut réfléchir avant de signer", "health"),
    # coming out of prison is no coming out
    ("His first visit since he came out of prison last spring", "sex_life"),
]

#: Sick leave, not an arrest: no criminal finding (checked apart).
NO_CRIMINAL = [
    "Il a été arrêté par son médecin pour trois semaines",
    "Elle a été arrêtée en mars après sa chute",
]
