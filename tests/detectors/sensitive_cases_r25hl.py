"""Coverage round r25hl (health, FR and EN; own probes written first, then fixed by family): a
specialist seen named by its short word ("chez l'onco"), a doctor's appointment in note
shorthand ("GP appt"), hypochondria, an eye lost, a premature birth and neonatal care, the CRM
shorthand "Cl." for the client, an uncle in Québec French; and what these families risk
matching (playing deaf, a sick market, a weather depression, the star sign, plaster as a
material, drinks without alcohol, amputee sport, health news, studies and markets, a ward or a
charity walk)."""

from __future__ import annotations

POSITIVES = [
    ("RDV décalé, la cliente est chez l'onco mardi matin", "health"),
    ("Mme Faure indisponible : chez le rhumato cet après-midi", "health"),
    ("Il passe chez son cardio tous les six mois depuis l'alerte", "health"),
    ("Cl. a fait un infarctus en 2022, rester sur une offre simple", "health"),
    ("Cl. sous dialyse, proposer un créneau le mercredi", "health"),
    ("Mon beau-frère est hypocondriaque, il appelle SOS Médecins chaque semaine", "health"),
    ("M. Adam a perdu son œil gauche dans un accident de chasse", "health"),
    ("Notre fille est née prématurée à 30 semaines, elle va très bien", "health"),
    ("Les jumeaux sont encore en néonat, on repousse le déménagement", "health"),
    ("Mononc' a fait un AVC, la famille s'organise pour les visites", "health"),
    ("GP appt at 9 so I'll be late to standup", "health"),
    ("Can't do Monday, got a hospital appointment for my knee", "health"),
    ("Her docs appt clashes with the viewing, moved to 4pm", "health"),
    ("My flatmate is a total hypochondriac and googles every cough", "health"),
    ("Our son was born at 29 weeks and spent two months in the NICU", "health"),
    ("Premature twins, home at last after eight weeks", "health"),
    # second batch: day hospital, stoma, head injury, exams booked, sufferers' short words
    ("Absente jeudi, hospi de jour pour ses perfusions", "health"),
    ("Livreur stomisé depuis l'an dernier, pauses fréquentes", "health"),
    ("Depuis son trauma crânien il ne conduit plus", "health"),
    ("Mme Royer indisponible mardi pour une coloscopie", "health"),
    ("Sorry, I've got endo and today is a bad day", "health"),
    ("She has fibro so we keep the walks short", "health"),
    ("Off the team for six weeks with a stress fracture", "health"),
    ("Selling the caravan as his eyesight is failing now", "health"),
    ("Our treasurer is a recovering gambler, so no raffles please", "health"),
    # third batch: polio, an illness recovered from, a psychiatric unit in lay words
    ("Le voisin marche avec une canne à cause de sa polio", "health"),
    ("Ma grand-tante a eu la polio à six ans", "health"),
    ("Back at work after recovering from sepsis in the spring", "health"),
    ("Her brother has been in the psych unit for a month", "health"),
    # fourth batch: a child's milk allergy by its initials, an organ's biopsy, polio in a leg
    ("Notre fils a une APLV, menus sans lait à la cantine", "health"),
    ("Rescheduled: Ms Hale has her breast biopsy on Monday", "health"),
    ("Accountant, 31, childhood polio in one leg, walks with a stick", "health"),
    # fifth batch: typos and regional words
    ("chui enseinte de 3 mois dc pas de soirée pour moi", "health"),
    ("Mon voisin est ospitalisé depuis mardi", "health"),
    ("Mon coloc est épilectique, pas de stroboscope à la fête", "health"),
    ("Grand-père porte un sonotone, parlez fort", "health"),
    ("Ancien routier, il est cardiaque et ne conduit plus la nuit", "health"),
    ("Mme Rey touche une rente AI depuis 2018", "health"),
    ("I was feeling pretty crook all week, doc says it's a virus", "health"),
    ("He OD'd last winter and is in a treatment programme now", "health"),
    ("Our youngest just had grommets fitted, so no swimming for a bit", "health"),
    ("Dad's in hospital with his heart again, back Tuesday", "health"),
    # sixth batch: a reconstructed joint, type 1 since childhood, a well-wish that names the person
    ("Coach Mike is back after his ACL reconstruction", "health"),
    ("28F, type 1 since age 9, always have snacks on me", "health"),
    ("Our keeper is out for the season with a torn ACL, get well soon Sam!", "health"),
    ("Le doyen du club a fait un AVC, bon rétablissement à lui", "health"),
    # seventh batch: a device named with its owner, an illness that started a trouble
    ("Selling my old hearing aids, upgraded on the NHS, £150", "health"),
    ("For sale: my CPAP machine with two masks, used six months", "health"),
    ("Elle entend mal depuis une méningite à 12 ans", "health"),
    # eighth batch: type 1 since an age, said of someone else
    ("He's had type 1 since he was 6, carries his kit everywhere", "health"),
    # ninth batch: an operation in texting style, scoliosis, a powered wheelchair of a relative
    ("jme suis fait opérer du genou, pas de foot avant mars", "health"),
    ("Mon fils a une scoliose, il porte un corset la nuit", "health"),
    ("Selling my mum's power chair, she doesn't need it now", "health"),
]

NOT_ABOUT = [
    ("Unité Alzheimer de 14 lits, visites l'après-midi", "health"),
    ("Course solidaire contre la mucoviscidose samedi au parc", "health"),
    ("Sclérose en plaques : une étude de chercheurs lyonnais publiée ce mois-ci", "health"),
    ("Insulin pump market to double by 2030, analysts say", "health"),
    ("Chemotherapy waiting lists are growing, the report says", "health"),
    ("Asthma: a free talk at the library on Tuesday evening", "health"),
    ("Le syndrome de stress post-traumatique : documentaire inédit jeudi", "health"),
    ("Implants cochléaires : 1 500 poses par an dans le pays", "health"),
    ("Endométriose : conférence gratuite à la médiathèque jeudi", "health"),
    ("Support workers wanted, autism experience preferred", "health"),
    ("PIP and ESA assessments to change next year, the DWP says", "health"),
    ("Meningitis outbreak: vaccination sessions in three schools", "health"),
    ("Invalidité : le Parlement vote la réforme des rentes", "health"),
    ("Insulin pump batch recalled by the manufacturer", "health"),
    ("Virades de l'espoir : marche contre la mucoviscidose au parc", "health"),
    ("Sleep apnoea: the warning signs, a leaflet for patients", "health"),
    ("Hearing aid batteries and domes in stock, all sizes", "health"),
    ("Xanax : l'ANSM durcit les règles de prescription", "health"),
    ("Bariatric surgery waiting times cut at two NHS trusts", "health"),
    ("Power chairs for hire at the shopping centre", "health"),
]

NEGATIVES = [
    "Il fait le sourd dès qu'on parle de la facture",
    "Elle fait la sourde quand on lui demande les clés",
    "Le marché du neuf est malade depuis deux ans",
    "Une dépression venant de l'Atlantique apportera de la pluie",
    "Passage d'une dépression sur le nord du pays ce week-end",
    "Natif du Cancer, vous êtes sensible cette semaine",
    "Vierge ascendant Cancer, elle aime les voyages",
    "Vends 10 sacs de plâtre de 25 kg, restes de chantier",
    "Plâtre et enduit pour rebouchage, prix pro",
    "Plaques de plâtre BA13 à récupérer gratuitement",
    "Non-alcoholic cocktails on the menu all summer",
    "Alcoholic drinks not served to under-18s",
    "Amputee football training on Sunday at the rec",
    "Cancer season starts on the 21st, says my horoscope app",
    "Activez le mode daltonien dans les réglages du jeu",
    "Bipolar transistors and MOSFETs, sold by the reel",
    "Bipolar weather again, sun then hail by lunchtime",
    "Campagne de vaccination contre la polio dans la région",
    "Invalidité du testament prononcée par le tribunal",
    "Risque allergique élevé aux pollens de bouleau cette semaine",
    "Mastectomy bras and swimwear, fitting by appointment",
    "The new invoice nearly gave me a heart attack",
    "Heart attack burger challenge at the diner on Friday",
    "Pontage autoroutier fermé la nuit pour travaux",
    "Crise d'angoisse des investisseurs après la chute du yen",
    "Cerebral palsy football squad named for the championships",
    "The loft is being ventilated before the insulation goes in",
    "Sectioned off area for smokers behind the pub",
    "Diabetic socks and insoles, mixed sizes, job lot",
    "Le groupe parle de l'AI générative au salon de Genève",
    "Toc toc toc, c'est le facteur avec votre colis",
    "The ref must be blind, that was never offside",
    "Umpires are blind as a bat in this league",
]
