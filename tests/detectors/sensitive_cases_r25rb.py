"""Coverage round r25rb (religion and biometric; written blind, own words): a face, finger,
palm or voice used to unlock, log in, pay or get in; a face recognised or matched against an ID
or footage; vein and palm readers; a finger put to a time clock; a reader that no longer
recognises someone; a face compared with an ID document; and what these families risk matching
(news and debates on facial recognition, quotes for biometric systems, trust in a team)."""

from __future__ import annotations

POSITIVES = [
    ("Gemma uses her thumb to clock in at the warehouse", "biometric"),
    ("I use my face to pay at the self-checkout now", "biometric"),
    ("He signs into the council app with his fingerprint", "biometric"),
    ("Face ID on her iPhone, so she never remembers the PIN", "biometric"),
    ("Mr Dhillon pays with his palm at the Whole Foods store", "biometric"),
    ("The doorbell camera recognises my son's face and opens the gate", "biometric"),
    ("The invigilator checked Omar's face against his passport photo", "biometric"),
    ("The bank verified her face against her driving licence", "biometric"),
    ("Night shift: finger vein scanners at the staff entrance, Ewa is registered", "biometric"),
    ("Each morning he places his finger on the reader before the shift", "biometric"),
    ("La pointeuse ne reconnaît plus son doigt depuis sa brûlure", "biometric"),
    ("Kevin a été identifié par les caméras de reconnaissance faciale de la gare", "biometric"),
    ("Chaque matin elle pose son doigt sur la badgeuse", "biometric"),
    ("Il faut scanner son pouce à l'arrivée, Mme Leclerc l'oublie souvent", "biometric"),
    ("L'empreinte de la paume de M. Riou sert à ouvrir la réserve", "biometric"),
    ("Le casier de Jeanne s'ouvre avec son empreinte", "biometric"),
    ("Le conseiller a comparé son selfie à la photo de sa carte d'identité", "biometric"),
    ("Les saisonniers enregistrent leurs empreintes sur la nouvelle pointeuse", "biometric"),
    # wave 2 (a second blind batch)
    ("Mon téléphone se débloque avec ma face, trop pratique", "biometric"),
    ("Noé badge avec son empreinte à l'entrée du dépôt", "biometric"),
    ("Cl. Morin a activé la connexion par empreinte sur l'appli", "biometric"),
    ("Les intérimaires pointent en posant leur doigt sur la borne", "biometric"),
    ("Pour Mme Faure, sa voix sert de mot de passe au téléphone", "biometric"),
    ("M. Brun a été repéré par les caméras intelligentes du centre commercial", "biometric"),
    ("Lina s'est inscrite sur la pointeuse à reconnaissance faciale lundi", "biometric"),
    ("Accès labo : l'iris de Mme Dia enregistré hier", "biometric"),
    ("Call note: caller authenticated by voiceprint, no security questions", "biometric"),
    ("The door staff scanned our faces before letting us in", "biometric"),
    ("Frequent flyers use their eyes to skip the queue, Dev included", "biometric"),
    ("The shop's cameras picked her out by her face", "biometric"),
    ("Courier app: Sam's selfie check failed twice this morning", "biometric"),
    ("Mme Aubert chante au chœur de la cathédrale de Tours", "religion"),
    ("Hélène fait partie du groupe de prière de sa paroisse", "religion"),
    ("Élue au conseil paroissial l'an dernier, Mme Royer", "religion"),
    ("Mr Rosen won't drive on Shabbat, book the Sunday slot", "religion"),
    ("Looking for a flat near the mosque for Friday prayers, Mr Qureshi", "religion"),
    # wave 3 (a third blind batch)
    ("SIM swap: Mr Rao's e-KYC was done by thumbprint at the kiosk", "biometric"),
    ("Shift lead Marta clocks in with her face at the gate", "biometric"),
    ("Agency worker Dan: fingerprint enrolled on the site clock today", "biometric"),
    ("The tuck shop scans Ciara's fingerprint to pay for lunch", "biometric"),
    ("Caller's voice biometric check failed, security questions asked", "biometric"),
    ("Prise des empreintes des dix doigts pour Mme Sy au consulat", "biometric"),
    ("M. Perrin a été enrôlé dans le système d'accès du laboratoire", "biometric"),
    ("Jordan badge au dépôt avec son doigt chaque matin", "biometric"),
    ("M. Sarr voudrait un bureau orienté vers La Mecque", "religion"),
    ("Mme Ndiaye pose un congé pour la Tabaski", "religion"),
    ("Ma tante allait chaque mois prier la Vierge à Lourdes", "religion"),
    ("M. Attal est le chantre de la synagogue de Sarcelles", "religion"),
    ("Bilal does his namaz in the stockroom at lunch", "religion"),
    ("Two missionaries of the Church of Jesus Christ called on the Greens", "religion"),
    ("Mr Akhtar, trustee of the Jamia Masjid, rang about the lease", "religion"),
    ("Fingerprints and a face image were captured at the consulate for Mrs Roy", "biometric"),
]

NOT_ABOUT: list[tuple[str, str]] = []

NEGATIVES = [
    "La reconnaissance faciale dans les stades fait débat au Sénat",
    "Devis pour un système de reconnaissance faciale à l'entrée du parking",
    "Facial recognition in public spaces worries the watchdog",
    "Face recognition systems raise questions about consent, the report says",
    "What if banks used only iris scans to open accounts?",
    "She has blind faith in her spreadsheets and none in her instincts",
    "The manager kept faith in the squad after the defeat",
    "Restoring faith in the justice system will take years",
    "Shana tova to all our clients, the office reopens Monday",
    "Father Ted box set, all three series",
    "Évangéliste du cloud chez un éditeur, il anime des webinaires",
    "Fingerprint attendance system for small offices, free installation",
    "Facial recognition access control solutions, ask for a demo",
]
