"""Sixteenth session, in my own words: the holdout98-105 and holdout106-113 studies
(benchmarks/README.md, detect section). Idioms and figures of speech that hold a term (a bias, a
locker, taking no prisoners, one's "only religion", a team's "DNA"), a faith or people's word
qualifying a place, an award or a network, survey respondents, role-play and fiction, a rule
about what not to bring up, and the positives these must leave alone (a record, a party, a
burial in a faith's section, a temple attended, a business owned by a named woman); a biometric
device or data an organisation does not use, and the other false friends of the second study."""

from __future__ import annotations

POSITIVES = [
    ("Il a un casier judiciaire chargé, suivi par le SPIP depuis mars", "criminal"),
    ("Elle milite dans mon parti depuis dix ans et tracte chaque samedi", "politics"),
    ("Mme Roussel souhaite être inhumée dans le carré musulman, à côté de son mari", "religion"),
    ("Mr Patel goes to the Hindu temple every Sunday with his wife", "religion"),
    ("Black woman-owned bakery run by Tasha and her sister in Atlanta", "origin"),
    ("Our new tenant, of Vietnamese heritage, asked where the nearest pagoda is", "origin"),
    ("Il est sorti de prison en mai et cherche un CDD en logistique", "criminal"),
    ("Sa mère a été internée en psychiatrie l'an dernier", "health"),
    # the h106-113 study: what its rules must leave alone
    ("Islam is my religion and I fast every Ramadan", "religion"),
    ("Mr Kaur's fingerprint did not match the template this morning", "biometric"),
    ("Le client a fait enrôler son empreinte vocale hier, authentification OK", "biometric"),
    ("Il traverse une dépression depuis son licenciement, arrêt de travail prolongé", "health"),
    ("She broke her wrist in the crash, two other passengers were injured", "health"),
    ("Mr Doyle is the verger at St Columba's and opens the church on Sundays", "religion"),
]

NEGATIVES = [
    "Notre parti pris : des légumes du jardin et rien d'industriel.",
    "Chaque joueur a un casier à code dans le vestiaire du stade.",
    "Soldes de folie ce week-end, on ne fait pas de prisonniers !",
    "Our trainers take no prisoners on leg day, bring water.",
    "Ma seule religion, c'est le café du matin avant la réunion.",
    "My only religion is Sunday league football and a pint after.",
    "Ce club a un vrai ADN de gagnants depuis sa création en 1921.",
    "Crème de nuit à l'ADN de saumon, flacon neuf jamais ouvert, 20 €.",
    "Part-time receptionist needed at the refugee resettlement charity in Leeds.",
    "Free blood pressure checks in the Sikh temple hall on Saturday morning.",
    "Terraced house within walking distance of St Joseph's Catholic Primary.",
    "Sondage interne : 37 % des répondants disent souffrir de migraines au bureau.",
    "Survey wave 2: 18% of respondents reported a disability.",
    "Training day: role-play with a fictional caller who is on parole.",
    "Atelier d'accueil : jeu de rôle avec un usager fictif qui sort de détention.",
    "Procédure : ne jamais relancer sur la religion d'un débiteur au téléphone.",
    "Agents must not bring up a customer's health during a collection call.",
    "Conférence jeudi : les camps d'internement du Sud-Ouest, 1939-1945.",
    "Palette de fond de teint pour peaux noires et métissées, 12 teintes.",
    "Fulani braids and knotless twists, Saturday appointments only.",
    "County Mental Health Network meeting moved to the library annex.",
    "Nominations are open for the Māori Business Awards in Rotorua.",
    "Théâtre amateur : costumes pour les rôles du curé, du gendarme et du voleur.",
    # the h106-113 study: a passion called one's church, a device or data not used, an orchard,
    # drip irrigation, a weather low, a service level agreement, no one hurt, bed making,
    # genealogy's parish registers
    "Pétanque is my religion and the boulodrome is my church.",
    "Pour lui le stade, c'est mon église, disait-il en riant du club.",
    "Notice: the gym app does not use face recognition, members scan a QR code.",
    "Nos guichets n'utilisent aucune donnée biométrique, seul le badge compte.",
    "We will not use fingerprint readers at the front desk, PIN codes only.",
    "Maison avec verger de 30 arbres fruitiers et puits, 2 ha, Corrèze.",
    "Kit d'arrosage goutte-à-goutte pour 20 jardinières, neuf, 15 €.",
    "Une dépression est annoncée sur la Manche, sortie en mer reportée.",
    "Ticket closed: 8-hour response SLA met, router swapped on site.",
    "Van scraped a wall in the car park, no injuries, photos on file.",
    "Accrochage sur le parking du magasin, pas de blessé, constat signé.",
    "Beds made with hospital corners, towels rolled, guest arrives at six.",
    "Genealogy tip: the parish registers of Cork start in 1780 for most areas.",
    "Je cherche les registres protestants de la Drôme avant la Révolution.",
]
NOT_ABOUT: list[tuple[str, str]] = []
