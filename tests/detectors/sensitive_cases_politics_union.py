"""Political opinions and trade-union membership (GDPR art. 9), in French and English.

A staff representative (CSE, délégué du personnel) is elected by all employees and need not belong
to a union: not counted unless a union is named. Ambiguous acronyms (PS, RN, FO, SUD) count only
after a membership word."""

from __future__ import annotations

POSITIVES = [
    ("militante LFI", "politics"),
    ("Militant du RN depuis 2015", "politics"),
    ("Adhérente du Parti socialiste depuis 1998", "politics"),
    ("Encarté LR, conseiller municipal à Nice", "politics"),
    ("Sympathisant de La France insoumise", "politics"),
    ("Il vote RN depuis des années", "politics"),
    ("J'ai voté Mélenchon", "politics"),
    ("Gilet jaune, il a participé à toutes les manifs en 2019", "politics"),
    ("militant ecologiste depuis 20 ans", "politics"),
    ("il est proche de l'extreme droite", "politics"),
    ("j'ai toujours voté à gauche", "politics"),
    ("elle est conseillère municipale PS", "politics"),
    ("je suis encartée chez les Républicains", "politics"),
    ("Je suis de gauche", "politics"),
    ("Militante féministe et anticapitaliste", "politics"),
    ("membre de Reconquête depuis 2022", "politics"),
    ("Lifelong Labour voter and party member", "politics"),
    ("Tory councillor for the ward since 2018", "politics"),
    ("I'm a member of the Green Party", "politics"),
    ("he voted for Brexit", "politics"),
    ("she's a lifelong Tory", "politics"),
    ("Registered Democrat, volunteers for campaigns", "politics"),
    ("Trump supporter, MAGA hat", "politics"),
    ("militante CGT", "union"),
    ("Syndiquée à FO, déléguée du personnel", "union"),
    ("Délégué syndical CFDT", "union"),
    ("déléguée syndicale", "union"),
    ("syndiqué depuis 2001", "union"),
    ("Militant SUD Rail, très actif lors des grèves", "union"),
    ("delegue du personnel CGT", "union"),
    ("adherent a la CFDT depuis 1995", "union"),
    ("il est syndique chez Sud", "union"),
    ("Syndicaliste engagée", "union"),
    ("non syndiqué", "union"),
    ("Proud trade unionist, Unison rep at the hospital", "union"),
    ("Shop steward at the Ford plant", "union"),
    ("I'm a member of Unite", "union"),
    ("trade union member", "union"),
    ("GMB member since 2010", "union"),
    # broader families added after the first corpus run (written independently)
    ("Militante écolo, très engagée chez les Insoumis", "politics"),
    ("Shop steward for the nurses' union at the hospital", "union"),
]

NOT_ABOUT = [
    ("La CGT appelle à manifester jeudi devant la préfecture", "union"),
    ("Si vous êtes syndiqué, contactez-nous", "union"),
    ("Le Parti socialiste a désigné son candidat hier", "politics"),
    ("The Labour Party selected its candidate yesterday", "politics"),
]

NEGATIVES = [
    "Syndic de copropriété Foncia",
    "Syndicat des copropriétaires de la résidence Les Pins",
    "Syndicat intercommunal des eaux du Val",
    "Le syndicat d'initiative est fermé le lundi",
    "Réunion du conseil syndical lundi",
    "Représentant du personnel au CSE",
    "Appartement orientation plein sud",
    "Maison exposée SUD, grand jardin",
    "Sur la RN 7, maison proche commerces",
    "PS : merci de rappeler",
    "fo",
    "Agence Renaissance, transactions immobilières",
    "Nouveaux horizons pour votre carrière",
    "Allez les Verts ! Supporter de l'ASSE",
    "Élu meilleur boulanger du département",
    "Membre du jury du concours de pâtisserie",
    "Carte grise et contrôle technique OK",
    "Mairie de Saint-Martin, élections municipales le 15 mars",
    "Labour costs have risen this year",
    "A conservative estimate of the works",
    "Union Street car park",
    "European Union funding application",
    "Credit union savings account",
    "The union called for strike action on Thursday",
    "Member of staff on duty at reception",
    "Voted best baker in the county",
]
