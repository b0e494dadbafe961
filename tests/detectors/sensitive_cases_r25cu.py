"""Coverage round r25cu (criminal, union, origin; FR/EN, probes written blind before reading the
lexicons): time done in a named prison, prison slang in texting style, a semi-liberty and a
probation officer, complaints and charges brought against a person, a prior and an offence still
on one's record, drink-drive bans, a CRM's "driver on our books"; strikers named by a person
noun, a client "en grève", a seat on a local union's board, a delegate of "the union", Indian
unions; a person's place in a community, the Irish Traveller and Travelling communities, an
ethnic group and a faith before a family noun; and what these families risk matching (the
national criminal record office, a company on strike, union membership and the immigrant
population as statistics, community centres as venues). Wave 2 (a third batch of probes): prison
slang "au ballon", Québec "faire du temps", an "audition libre", county lockup, arraignment,
stretches, licences taken after a breath test, a union section set up, "jeune" before a people's
name, "she's" before it; Australian convict heritage, Manouche jazz and crafts of a people. Wave
3 (a fourth batch, many of them traps for the new terms): caught by the police in slang, a
summons to a juvenile court, held for questioning, AVOs, years in Australian, Irish and Scottish
prisons, coming from a community, Cypriot heritage; "plainte contre X", a hunger strike, a
report against a person unknown, a record player, the Irish Traveller Movement. Wave 4 (a fifth
batch): one's own suspended sentence, taking part "au mouvement de grève", a people's name after
"proud" where the list had none; a reprieve on a payment, a prisoner of love, Gitanes cigarettes."""

from __future__ import annotations

POSITIVES = [
    ("Il a fait 14 mois à Fresnes, sorti en janvier, cherche un poste de cariste", "criminal"),
    ("Ancien détenu : j'ai tiré 3 ans à la centrale, aujourd'hui menuisier", "criminal"),
    ("slt jsuis sortie de zonz le mois dernier, je cherche un job de serveuse", "criminal"),
    ("Le juge lui a accordé une semi-liberté, il travaille chez nous en journée", "criminal"),
    ("Embauche à valider avec son conseiller SPIP avant la signature", "criminal"),
    ("Candidate note: she pressed charges against her former landlord Mr Cole", "criminal"),
    ("Ms Byrne filed a police report against her neighbour for threats", "criminal"),
    ("He has a prior for shoplifting from 2016, per the vetting check", "criminal"),
    ("The caution is still on her record according to the DBS", "criminal"),
    ("Van driver with a previous drink-drive ban, insurer loaded the quote", "criminal"),
    ("Courier on our books had a DUI last year, keep him on day runs", "criminal"),
    ("My son was arrested at the sit-in and charged with obstruction", "criminal"),
    ("Mon voisin gréviste depuis lundi ne peut pas recevoir le colis", "union"),
    ("Le client était en grève mardi, rappeler en fin de semaine", "union"),
    ("Mon mari est en grève depuis trois jours à la raffinerie", "union"),
    ("Mme Aubert, membre du bureau de l'union locale CFDT de Caen", "union"),
    ("Lisa was a steward for the union at the call centre for years", "union"),
    ("Anand is an office bearer of the AIBEA unit at his bank in Pune", "union"),
    ("Mme Said fait partie de la communauté comorienne de Marseille", "origin"),
    ("Il est très actif dans la communauté tamoule de La Chapelle", "origin"),
    ("Trésorier de l'association des Viêt kiều de Lyon, M. Tran", "origin"),
    ("Tenant comes from the Irish Traveller community, prefers calls", "origin"),
    ("He grew up in the travelling community in Kildare", "origin"),
    ("She is active in the Somali community association in Bristol", "origin"),
    ("Looking for a room, Bengali Muslim family of four, quiet", "origin"),
    ("Looking for a room, Bengali Muslim family of four, quiet", "religion"),
    # wave 2 (third batch of probes)
    ("Pas joignable, son frère dit qu'il est au ballon depuis lundi", "criminal"),
    ("Mon chum a fait du temps à la prison de Bordeaux, il sort cet été", "criminal"),
    ("M. Girard est convoqué pour une audition libre à la gendarmerie", "criminal"),
    ("Tenant is in county lockup, his sister is paying the rent", "criminal"),
    ("Her ex is awaiting arraignment on the fraud case", "criminal"),
    ("My cousin is doing a 3 stretch, selling his ute for him", "criminal"),
    ("Got his licence taken off him after the crash last year", "criminal"),
    ("She failed a roadside breath test in May and lost her job", "criminal"),
    ("Il a monté la section CGT de son entrepôt en 2019", "union"),
    ("Jeune Comorienne de Marseille, 24 ans, cherche colocation", "origin"),
    ("Customer says she's Somali and would like an interpreter", "origin"),
    # wave 3 (fourth batch of probes, many of them traps)
    ("Son fils s'est fait choper pour vol à l'étalage samedi", "criminal"),
    ("Ma fille a reçu une convocation au tribunal pour enfants", "criminal"),
    ("Caller's husband was picked up by police and held for questioning", "criminal"),
    ("His ex took out an AVO against him last month", "criminal"),
    ("Got 3 years in Barlinnie, now a joiner in Paisley", "criminal"),
    ("Elle vient de la communauté hmong de Guyane", "origin"),
    ("Mr Costa is of Greek Cypriot heritage and speaks Greek at home", "origin"),
    # wave 4 (fifth batch of probes)
    ("Je dois garder un CDI, c'est une obligation de mon sursis probatoire", "criminal"),
    ("Le client a participé au mouvement de grève de la raffinerie", "union"),
    ("I'm a proud Palestinian, born in Nablus, studying in Dublin", "origin"),
    ("She's Guatemalan, Mayan on her mother's side, a nurse in LA", "origin"),
]

NOT_ABOUT = [
    ("L'usine était en grève toute la semaine dernière", "union"),
]

NEGATIVES = [
    "Le casier judiciaire national est situé à Nantes, demande d'extrait en ligne",
    "Union membership in the UK fell again last year, the ONS says",
    "Trade union membership rates among young workers are falling",
    "La population immigrée représente 10 % des habitants selon l'Insee",
    "Les populations d'origine immigrée sont plus jeunes, note l'étude",
    "Le guichet du casier judiciaire, rue du Palais, ouvre à 9h",
    "Casier à vélos sécurisé en gare, abonnement mensuel",
    "Les grévistes de la raffinerie ont voté la reprise du travail",
    "Somali restaurant and community centre hall for hire, Saturdays",
    "Avocat pénaliste : assistance en garde à vue et en audition libre, 24h/24",
    "Convict-built bridge and convict era cottages on the heritage trail",
    "Manouche jazz night, swing guitar trio, Friday",
    "Kabyle pottery and Berber rugs at the craft fair",
    "Jeune Français de 25 ans, cherche colocation à Lyon",
    "Guide pratique : comment porter plainte contre X en ligne",
    "Le client est en grève de la faim depuis lundi, selon la presse",
    "Filed a police report against an unknown driver? Here is what happens next",
    "Still on my record player this week: the new Arctic Monkeys LP",
    "The Irish Traveller Movement publishes its annual report",
    "On a fait du temps à Bordeaux ce week-end, soleil et canelés",
    "Delegates of the union met in Brussels on farm subsidies",
    "Son sursis de paiement court jusqu'en mai, relance le 3",
    "Prisoner of love? Romantic weekend at the Old Jail Hotel",
    "Paquet de Gitanes vintage, collection des années 70",
    "Appartement libérable en septembre, 3 pièces, parking",
]
