"""Context rules calibrated on every studied corpus together (not one writer's misses): each
block says which rule it exercises and the balance measured over the studied corpora (see
benchmarks/README.md, detect section)."""

from __future__ import annotations

POSITIVES = [
    # A person named with an honorific ("Mme Roche", "Mr Dunn") in the sentence is whom a
    # stated fact (a condition, a trait) is about, even among a file's business words (+8 TP,
    # 0 FP on the studied corpora).
    ("Compte ouvert pour M. Garnier, vérification faciale réussie sur l'appli", "biometric"),
    ("Devis prévoyance M. Roche : ALD pour sclérose en plaques, tarif à revoir", "health"),
    ("Offre mutuelle Mme Benoit, porteuse saine de mucoviscidose, pas de surprime", "genetic"),
    ("Store visit: palm vein scan linked to the account of Mrs Osei, card issued", "biometric"),
    (
        "Quote for Mr Dunn's home insurance, on home dialysis, priority flag on the account",
        "health",
    ),
    # ... and a place or practice too, when the named person stands in its own clause
    ("Rendez-vous commercial avec M. Haddad à la mosquée après la prière", "religion"),
    # A partner term with no gender before it: two people of the partner's gender and none of
    # the other in the sentence make a same-gender couple (+3 TP, 0 FP).
    (
        "Auto : second conducteur = son conjoint, M. Hugo Brun (souscripteur M. Léo Petit)",
        "sex_life",
    ),
    ("Bail signé avec sa compagne Mme Lenoir (locataire principale : Mme Vasseur)", "sex_life"),
    # A union or party followed by its post ("GMB branch secretary", "SNP council candidate"):
    # English puts the role after the organisation; up to 2 tokens after it (+3 TP, 0 FP).
    ("Longtime SEIU 32BJ member, building porter in Manhattan", "union"),
    ("Retired NUM pit delegate, still marches at the Gala", "union"),
    ("Former Young Conservatives chapter president, now a floating voter", "politics"),
    # An enrolment of a named person outranks the generic words of a note about the system
    # ("accès par ...", "access via ...") (+2 TP, 0 FP).
    (
        "Entrée du parking par reconnaissance faciale : visage de M. Caron enregistré hier",
        "biometric",
    ),
    ("Door access via palm vein scan, Ms Duarte registered at the front desk today", "biometric"),
    # A request made by a named person or a client is theirs, not an offer's requirement
    # (+2 TP, 0 FP).
    ("Mme Lévy demande report rdv -> Kippour, propose mardi", "religion"),
    ("client demande credit pour FIV, dossier complet", "health"),
    ("Customer requested a callback after Yom Kippur", "religion"),
    # First names that give the owner's gender beside a partner word (more common names, none
    # a word: Pierre, Jean, Mark, Grace stay out) (+1 TP, 0 FP on the studied corpora).
    ("Marc vit avec son compagnon Julien depuis 2019, T3 recherché", "sex_life"),
    ("Morgane vit avec sa compagne depuis 2019, T3 recherché", "sex_life"),
    ("Max and his partner Toby, two cats, no smokers", "sex_life"),
    # A sentence of enrolment names whose biometric data is recorded by a first name or as
    # the subject of a note, not only by an honorific (+4 TP, 0 FP on the studied corpora).
    (
        "Accès salle serveurs par reconnaissance faciale, Nadia enrôlée ce matin, badge rendu",
        "biometric",
    ),
    ("Pointeuse à empreinte digitale installée, Karim enrôlé hier, les autres lundi", "biometric"),
    (
        "Accès résidence par reconnaissance faciale : locataire Benali enregistrée ce matin",
        "biometric",
    ),
    # A US party initial opening a parenthesis after an official's name, under a post in the
    # five words before ("needs": "post"; "Rep.", "Hon." end no sentence) (+6 TP, 0 FP).
    ("Office of Assemblymember Rosa Ortiz (D), Suite 300, walk-ins Wednesdays", "politics"),
    ("State Rep. Carla Nunez (D-12th District) - office on Elm St, walk-ins Mondays", "politics"),
    ("Hon. Paul Becker (R), County Commissioner, office hours Fridays", "politics"),
    # A note's heading names whom the first clause after its dash is about, whatever
    # business words follow ("Mrs X - on home dialysis, priority services") (+2 TP, 0 FP).
    ("M. Caron – insuline le matin, livraison magasin avant 9h", "health"),
    ("Mrs Hale - insulin twice a day, book the shop delivery before 9", "health"),
    # "Bi" as a profile's first word, then a comma or a full stop: the writer's own label
    # ("needs": "opening") (+6 TP over five studied writers, 0 FP).
    ("Bi, 31 ans, Toulouse. Fan de rando et de jeux de société", "sex_life"),
    ("Bi. Nurse, runner, terrible at karaoke, she/her", "sex_life"),
    # A leave for health is a person's: a doctor named before it is whom it is about, whatever
    # business words stand near ("leave": true) (+5 TP over four studied writers, 0 FP).
    ("Dr Paul Royer, dentiste. Cabinet fermé tout le mois d'août pour arrêt maladie", "health"),
    ("Dr. Sara Quinn, optometrist. Dr. Quinn is on maternity leave, Dr. Lee covers", "health"),
    # "suivi(e)" ties a condition to a person as a verb ("suivie pour", "est suivi") ...
    ("Mme Roux est suivie depuis 2020 pour une sclérose en plaques", "health"),
    # A union's post, then a first name right after it: the name holds the post (an honorific
    # was needed before) (+1 TP, 0 FP).
    ("Royal College of Nursing, branch secretary: Linda Moore, Tuesdays 6pm", "union"),
    # A note's heading before a dash names the speaker of a partner word when its sentence
    # names no one before it (+3 TP over three studied writers, 0 FP).
    ("Prospect: Mrs Okoro, 41 - 'my wife and I need a ground-floor flat'", "sex_life"),
    ("Julien ici — avec mon mari on peut garder les enfants samedi", "sex_life"),
    # A couple word beside two first names of one gender, written with capitals and not after
    # an honorific (+1 TP, 0 FP).
    ("Tenants: Luke & Harry (married), no pets, move in March", "sex_life"),
    # An enrolment of a named person in the sentence after a biometric term ties it, whatever
    # the term's kind but an object (+1 TP on the studied corpora, +1 on an untouched writer,
    # 0 FP).
    (
        "Pointeuse à reconnaissance de l'iris posée au dépôt ; Yanis enrôlé hier, les autres lundi",
        "biometric",
    ),
    ("Hand-geometry reader fitted at the bakery; Maria enrolled this morning", "biometric"),
    # first names of the large communities count too (+2 TP studied, 0 FP)
    (
        "Palm vein reader set up at the garage. Diego enrolled first, then the apprentices",
        "biometric",
    ),
    # One person's possessive right before the match outranks a generic word before it
    # ("about") (+2 TP studied, 0 FP; untouched +2 TP, +1 FP; "their" may address anyone).
    ("Tenant reported comments about her being Romani from the neighbour upstairs", "origin"),
]

NOT_ABOUT = [
    # nobody asks: an offer's requirement
    ("Poste d'animateur : casier judiciaire demandé à l'embauche", "criminal"),
    # the system alone, nobody enrolled: generic
    ("Entrée du parking par reconnaissance faciale, installation par la copropriété", "biometric"),
    # a practitioner in the heading, her specialty after the dash: no patient
    ("Mme Girard - orthophoniste, bégaiement et dyslexie chez l'enfant", "health"),
    # a device sold with its enrolled data erased: the seller's own, but no more data
    ("Vends ma tablette, empreinte digitale et visage supprimés, 90 €", "biometric"),
    ("Fingerprint readers installed, staff will be enrolled next week", "biometric"),
    # no post within two words of the name: an organisation, not a member
    ("The GMB has called a strike at the depot over pay and staffing next month", "union"),
    ("Young Democrats of Ohio: annual report and accounts, published online", "politics"),
    # a trade between the name and the term: a practitioner and a specialty, no patient
    ("Mme Girard, orthophoniste : bégaiement et dyslexie chez l'enfant", "health"),
    ("Mr Byrne, physiotherapist: knee injuries and back pain, Tuesdays", "health"),
    # an object beside a name: its seller, not its user
    ("Fauteuil roulant pliant vendu par Mme Leclerc, très peu servi", "health"),
    # an honorific-like letter that names nobody (a size) ties nothing
    ("Vends tensiomètre pour diabétiques, notice en taille M, 15 €", "health"),
    # no one named: the business words still make it an offer
    ("Accès client par reconnaissance faciale à l'agence, installation prévue en mai", "biometric"),
    # a person named in another sentence does not own the place of the next one
    (
        "Bureau de Mme Colin au 2e étage. La synagogue est en face, parking rue Victor-Hugo",
        "religion",
    ),
    # ... not as the noun of a practitioner's service ("suivi de grossesse") (-2 FP, 0 TP lost)
    ("Sage-femme à Vannes : suivi de grossesse, préparation à la naissance", "health"),
    # a person named in the sentence after, with no enrolment word: no one's data
    (
        "Pointeuse à reconnaissance de l'iris posée au dépôt. Yanis passe lundi pour le devis",
        "biometric",
    ),
    # a call to vote printed on a thing for sale is a slogan, no one's vote (-1 FP)
    ("Original 'Vote Labour' 1966 leaflet, framed, £30, collection only", "politics"),
    # "their" may address everyone: the generic word keeps the match general
    ("Guide for managers: how to talk about their disability with the team", "health"),
    # a leave with no doctor named before it: a job offer's, no one's
    ("Cabinet dentaire cherche assistante, CDD remplacement congé maternité, 35 h", "health"),
]

NEGATIVES: list[str] = [
    # "elected its new general secretary": a post three words on is another person's
    "Unite elected its new general secretary by postal ballot",
    # one man and one woman, or a single person: no same-gender couple
    "Auto : second conducteur = son épouse, Mme Jeanne Brun (souscripteur M. Hugo Brun)",
    "Bail signé avec sa compagne Mme Lenoir, état des lieux jeudi",
    "Mme Colin tient le rayon des tailles M et L, livraison en agence sous huit jours",
    # a first name of the other gender than the partner word: no same-gender couple
    "Laura et son compagnon Marc cherchent un T2 à Nantes",
    "Max and his partner Imogen, two cats, no smokers",
    # first names of both genders; a lower-case word that folds to a name ("marié": Marie); a
    # first name after an honorific, which is the same person
    "Tenants: Luke & Emma (married), no pets, move in March",
    "Couple marié depuis 2010, Mme Laure Petit et son mari, cherchent un T4",
    "Bénéficiaire : son compagnon M. Hugo Lambert, couple non pacsé",
    # a heading of the other gender than the partner word: no same-gender couple
    "Prospect: Mrs Okoro, 41 - 'my husband and I need a ground-floor flat'",
    "Julien ici — avec ma femme on peut garder les enfants samedi",
    # one capital letter in a parenthesis with no post before it is no party
    "Parking level 2, Block D (R) near the lifts, ask Mr Smith for the key",
    "Hoodies in sizes S (R), M and L, Ms Patel collects on Friday",
    "Take vitamin D daily, Dr Evans said (D3 form, not D2)",
    # "bi" anywhere but a profile's first word, in capitals, or before "tri", is no label
    "Vends clim bi, tri ou quadri-split, garantie 2 ans",
    "BI, SQL and Tableau required, 3 days on site",
    "Bi, tri ou quadri-zone : devis gratuit pour votre climatisation",
    "Bi-zone climatisation, installée l'an dernier, 900 €",
]
