"""French families studied on the holdout18/19 writers' misses (indirect revelations): a daily
medication named by its brand, an allergy and its adrenaline pen, a disease with its stage, a
burn, healthy carriers (genetic only), worship as a time mark or a role, a religious diet day,
a wedding of two first names of one gender, a child's two fathers, bi in a personal ad,
homophobic remarks suffered, skin colour and Caribbean origin words, local lists and rallies,
parties abroad, protest movements, complaints and arrests, court-ordered placements, and the
idioms and businesses that share their words."""

from __future__ import annotations

POSITIVES = [
    # a daily medication named by its brand, or a treatment for a named condition
    ("Mon père prend du Kardégic et du Coversyl depuis son infarctus", "health"),
    ("L'aide à domicile lui donne son Levothyrox à 7h", "health"),
    ("Elle est sous Xeroquel, ne pas la laisser conduire", "health"),
    ("Il oublie souvent ses cachets pour la tension", "health"),
    ("Ma voisine prend un traitement contre l'épilepsie", "health"),
    # an allergy named with what it is to, an adrenaline pen
    ("Léonie a une allergie aux fruits à coque, pas de gâteau maison", "health"),
    ("Attention, mon fils fait des chocs anaphylactiques", "health"),
    ("Il garde toujours son Epipen dans la poche de son manteau", "health"),
    ("Notre fille a un PAI pour son asthme", "health"),
    # a disease with its stage, a burn
    ("M. Royer, Parkinson stade avancé, parle lentement, patience au téléphone", "health"),
    ("Mme Laval, cancer en phase terminale, parle peu, répondre à sa fille", "health"),
    ("Le livreur ne peut plus porter de colis depuis sa brûlure au bras", "health"),
    ("Mon frère a été brûlé au second degré l'été dernier", "health"),
    # the speaker's condition beside a pet
    ("Cherche promeneur pour mon chien, je suis sous chimio cet hiver", "health"),
    # healthy carriers and presymptomatic carriers: genetic only
    ("Ma sœur et son mari sont porteurs de la drépanocytose, ils consultent", "genetic"),
    ("Elle vient d'apprendre qu'elle est porteuse du gène de Huntington", "genetic"),
    ("M. Caron : hétérozygote C282Y pour l'hémochromatose", "genetic"),
    ("Mme Lenoir suit un régime strict, hypercholestérolémie familiale", "health"),
    # worship as a time mark, a role or a diet day
    ("Mme Favre joue l'orgue au culte chaque dimanche", "religion"),
    ("Mon grand-père va au culte tous les dimanches à Mulhouse", "religion"),
    ("Il se rend à la mosquée le vendredi, ne pas fixer de réunion à 13h", "religion"),
    ("Chez eux, jamais de viande le vendredi", "religion"),
    ("Ma belle-mère fait maigre le vendredi, prévoir du poisson", "religion"),
    ("Le locataire souhaite aménager un coin prière dans la chambre", "religion"),
    ("Pendant le mois de ramadan il préfère les rendez-vous en matinée", "religion"),
    ("Temple protestant de Sion — pasteure : Mme Claire Rochat", "religion"),
    # a wedding of two first names of one gender, partners, the two dads
    ("Mariage de Thomas et Karim le 12 septembre, 80 couverts", "sex_life"),
    ("Lune de miel Sophie & Nadia, Crète une semaine", "sex_life"),
    ("Pacs de Julien et Romain à la mairie samedi", "sex_life"),
    ("Didier et son mari viennent à deux au dîner", "sex_life"),
    ("Les deux mamans d'Alice viendront chercher les gants oubliés", "sex_life"),
    ("Nous cherchons un appartement, le couple est formé de deux hommes", "sex_life"),
    ("Bi assumé, 40 ans, aime la randonnée et le cinéma", "sex_life"),
    ("Elle subit des insultes homophobes dans son immeuble", "sex_life"),
    # skin colour, Caribbean and Réunion origin words
    ("Mme Diallo demande si le quartier est calme pour une famille noire", "origin"),
    ("Mon arrière-grand-mère était une câpresse de Basse-Terre", "origin"),
    ("Il se dit malbar par son père", "origin"),
    # local lists, rallies, parties abroad, movements
    ("Mme Hoarau, candidate sur la liste « Vivre à Saint-Pierre »", "politics"),
    ("Mon cousin est sur la liste PTB aux communales", "politics"),
    ("Mon oncle ne manque aucun meeting du FLNKS", "politics"),
    ("Elle milite au Courant patriotique libre depuis 2015", "politics"),
    ("J'ai participé au hirak à Alger, je raconte tout dans mon blog", "politics"),
    ("On va distribuer les tracts du candidat samedi, qui vient ?", "politics"),
    # complaints, arrests at a protest, court-ordered placements
    ("Le gardien est visé par une plainte d'un locataire", "criminal"),
    ("Une plainte a été déposée contre elle pour harcèlement", "criminal"),
    ("Son neveu fait l'objet d'une enquête pénale", "criminal"),
    ("Mon voisin a été interpellé lors de la manifestation de jeudi", "criminal"),
    ("Le gérant est placé sous contrôle judiciaire depuis mars", "criminal"),
    ("Co-titulaire du bail assigné à résidence jusqu'en mai", "criminal"),
    # second pass: a helper taking a person to treatment, mutual-help groups, psychiatric stays
    ("Son fils la conduit à la dialyse trois fois par semaine", "health"),
    ("Je l'emmène à sa chimio le jeudi, je pars à 13h", "health"),
    ("Il va aux réunions des Narcotiques anonymes depuis l'hiver", "health"),
    ("Mon oncle ne boit plus une goutte depuis janvier", "health"),
    ("Elle est sortie de l'HP la semaine dernière, appeler doucement", "health"),
    ("Il doit refaire ses pansements tous les deux jours", "health"),
    ("Elle doit pointer à la gendarmerie deux fois par semaine", "criminal"),
    ("Pas de rendez-vous pendant le ramadan pour lui", "religion"),
    ("Ma grand-mère récite son chapelet tous les soirs", "religion"),
    ("Elle part à Lourdes avec sa paroisse en mai", "religion"),
    ("Il tient le stand du PCF à la fête de la ville", "politics"),
    ("Ma mère fait du porte-à-porte pour les écolos", "politics"),
    ("Il a sa permanence syndicale le mardi, rappeler mercredi", "union"),
    ("Elle ne peut pas venir lundi : sa réunion syndicale", "union"),
    ("Il pointe au commissariat chaque lundi matin", "criminal"),
    ("Son fils est placé en centre éducatif fermé", "criminal"),
    ("Mme Perret a son rendez-vous d'oncologie jeudi, décaler le ménage", "health"),
    ("Mon grand-père lit sur les lèvres, parlez-lui en face", "health"),
    ("Notre fils a une AESH le matin seulement", "health"),
    ("Il porte une poche urinaire depuis l'opération", "health"),
    ("Son permis a été suspendu pour alcoolémie en janvier", "criminal"),
    ("Mon neveu est membre d'une association LGBT de Rennes", "sex_life"),
    ("Elle était assesseure pour LFI au second tour", "politics"),
    ("Mme Duval prend ses neuroleptiques le soir, vérifier la boîte", "health"),
    ("Il oublie son traitement le matin, le lui rappeler", "health"),
    ("Le vendredi il part plus tôt pour la prière", "religion"),
    ("Il doit voir son conseiller de probation tous les quinze jours", "criminal"),
    # biometrics of named people or of a group of occupants
    ("Empreinte de Mme Keller enregistrée sur le lecteur de la salle", "biometric"),
    ("Gabarits d'empreintes des quatre locataires enregistrés hier", "biometric"),
]

NOT_ABOUT = [
    ("Pharmacie de garde : traitement contre l'épilepsie sur ordonnance", "health"),
    ("Temple hindou de Saint-Denis, fête de Dipavali ouverte à tous", "religion"),
    ("Association cultuelle protestante : permanence le jeudi", "religion"),
    ("Association LGBT de la ville : permanence le jeudi soir", "sex_life"),
]

NEGATIVES = [
    # medicine, allergy and burn words for sale or in a warning
    "Lot de stylos auto-injecteurs d'entraînement factices pour formation secourisme",
    "Cuisinière à induction, aucun risque de brûlure pour les enfants",
    "Biscuits sans arachide, adaptés aux allergies alimentaires",
    # carriers of goods, names that are words
    "Porteur de projet recherche associé pour ouvrir une boulangerie",
    # places of worship in listings and events
    "Maison à vendre à deux pas du temple protestant, jardin clos",
    "Temple bouddhiste de la ville : portes ouvertes samedi",
    "Loto de la paroisse dimanche 15h, nombreux lots",
    "Vends « Le Juif errant », deux volumes reliés",
    "Culte du dimanche à 10h30 au temple de la Fusterie",
    # weddings of a man and a woman, families, two mothers of pupils
    "Mariage de Julie et Thomas, salle réservée pour 120 personnes",
    "Voyage de noces en Grèce : forfait 10 nuits pour deux",
    "Deux mamans de l'école organisent la kermesse",
    "Deux pères de famille se partagent le covoiturage",
    "Mme Bernard et son mari arrivent vendredi",
    "Julie Bernard et son mari arrivent vendredi",
    # colour words on things, capers
    "Vends couple de figurines noir et blanc",
    "Salade de pommes de terre aux câpres",
    "Client noir de monde ce samedi au magasin",
    "Voisin noir de colère après les travaux du dessus",
    "Allergie aux arachides : menus adaptés à la cantine",
    # lists, rallies, movements as notices
    "Candidat de la liste d'attente pour la crèche municipale",
    "Tractage des associations au marché samedi matin",
    # arrests of things, similes
    "Le chantier a été arrêté lors de la grève des transports",
    "Il conduit comme un bandit, mais il est toujours à l'heure",
    "La voiture s'est arrêtée lors de la manifestation, bouchons",
    # second pass: idioms and listings
    "HP Pavilion 15 pouces, sorti de l'HP Store en 2022",
    "Porte-à-porte pour vendre des calendriers",
    "Permanence syndicale de la CFDT : mardi 14h-17h",
    "Les agents de nuit pointent au commissariat à 22h",
    "Service d'oncologie du CHU : prise de rendez-vous en ligne",
    "Rente AVS versée le 20 du mois, relevé joint",
    "Conseiller de probation : offre d'emploi au SPIP de Lyon",
    "Le traitement des commandes prend deux jours",
    # durations and ages, pets, questions about a building
    "Matelas anti-escarres neuf, garantie 2 ans, livraison offerte",
    "Mon chat est diabétique, je cherche un pet-sitter",
    "Client demande si la résidence a une serrure biométrique",
    "Nouvelle serrure à empreinte installée dans le hall",
    "Formatrice en reconnaissance faciale et contrôle d'accès biométrique",
]
