"""Genetic data and biometric data for identification (GDPR art. 4(13), 4(14), 9), in French and
English; a company's "DNA", a breeder's tests, a phone's fingerprint reader or a biometric passport
are not about a person."""

from __future__ import annotations

POSITIVES = [
    ("Mme Garnier a activé l'empreinte digitale dans l'appli bancaire", "biometric"),
    ("Tenant asked us to delete her face template from the entry system", "biometric"),
    ("Voice ID enrolled for the customer on the phone banking line", "biometric"),
    ("Il demande si le résultat de son test génétique doit être déclaré", "genetic"),
    ("My gym scanned my face at the door without asking", "biometric"),
    ("Empreintes du salarié enregistrées sur la pointeuse, vérifier la base légale", "biometric"),
    ("Test ADN pour mes origines", "genetic"),
    ("J'ai fait un test ADN MyHeritage pour connaître mes origines", "genetic"),
    ("Porteuse de la mutation BRCA1, suivie à l'Institut Curie", "genetic"),
    ("test génétique : je suis porteuse du gène", "genetic"),
    ("son fils a une maladie génétique rare", "genetic"),
    ("son fils a une maladie génétique rare", "health"),
    ("sequencage de mon genome en 2021", "genetic"),
    ("prédisposition génétique au diabète", "genetic"),
    ("Did a 23andMe test, turns out I'm 20% Irish", "genetic"),
    ("Carrier of the BRCA2 mutation", "genetic"),
    ("I did an Ancestry DNA test", "genetic"),
    ("he has a DNA profile on file with the police", "genetic"),
    ("She has a rare genetic disorder", "genetic"),
    ("She has a rare genetic disorder", "health"),
    ("ses empreintes digitales ont été relevées", "biometric"),
    ("Son empreinte digitale est enregistrée dans le système de pointage", "biometric"),
    ("mes empreintes ont été prises par la police", "biometric"),
    ("Pointage des employés par empreinte digitale depuis 2022", "biometric"),
    ("they took my fingerprints at the border", "biometric"),
    ("Employees clock in with fingerprint scanners", "biometric"),
    ("Her voiceprint is used to log into the bank", "biometric"),
    # broader families added after the first corpus run (written independently)
    ("Porteuse de la mutation BRCA1 selon sa fille", "genetic"),
    # hereditary diseases are genetic and health (GDPR recital 35); carriers are genetic only
    ("Notre fille est drépanocytaire, crises fréquentes l'hiver", "genetic"),
    ("Notre fille est drépanocytaire, crises fréquentes l'hiver", "health"),
    ("Client's daughter lives with spinal muscular atrophy", "genetic"),
    ("Mon neveu a une mucoviscidose diagnostiquée à la naissance", "genetic"),
    ("Tenant's son has sickle cell anaemia, needs a ground-floor flat", "genetic"),
    ("Adhérente hétérozygote pour la bêta-thalassémie, rien à déclarer", "genetic"),
    ("turns out my husband carries a faulty copy of the SMA gene", "genetic"),
    ("Both of us are healthy carriers of the haemochromatosis gene", "genetic"),
    ("Tous les agents enrôlés par empreinte digitale sur la nouvelle pointeuse", "biometric"),
    ("Door lock for sale, her fingerprints are still registered on it", "biometric"),
    ("Ma banque utilise ma voix comme mot de passe", "biometric"),
]


NOT_ABOUT = [
    ("Chiot berger australien, parents testés génétiquement, LOF", "genetic"),
    ("Dog DNA test kit for breed identification", "genetic"),
    ("Smartphone avec lecteur d'empreinte digitale", "biometric"),
    ("Serrure biométrique à empreinte digitale, neuve", "biometric"),
    ("Logiciel de reconnaissance faciale pour photos de famille", "biometric"),
    ("Phone with fingerprint sensor and face unlock", "biometric"),
    ("iPhone with Face ID", "biometric"),
    ("Face recognition software for organising photos", "biometric"),
    ("Biometrics researcher at a university lab, working on gait recognition", "biometric"),
]

NEGATIVES = [
    "Je vends mes cours de génétique de L2, annotés, 20 €",
    "Mme Blanc refuse la reconnaissance faciale, lui faire un badge",
    "Customer declined Face ID login and uses a PIN",
    "Biometrics engineer: face liveness and fingerprint matching in C++",
    "Kit de test ADN neuf sous blister, cadeau en double",
    "C'est dans notre ADN",
    "L'innovation fait partie de l'ADN de la maison",
    "Chiots LOF, parents testés ADN",
    "Algorithme génétique pour l'optimisation",
    "Innovation is in our DNA",
    "Customer focus is part of our DNA",
    "Passeport biométrique à renouveler",
    "Photo d'identité biométrique en 5 minutes",
    "Empreinte carbone réduite de 30 %",
    "Empreintes de pas dans la neige",
    "Prise d'empreinte dentaire chez le dentiste",
    "Bulbes d'iris des marais",
    "Fingerprint-resistant stainless steel fridge",
    "Browser fingerprinting protection enabled",
    "SSH key fingerprint mismatch",
    "Biometric passport renewal service",
    "Bearded iris bulbs for sale",
    "Chercheuse en biométrie à l'INRIA, spécialiste de l'iris",
]
