"""Criminal convictions and offences (GDPR art. 10), in French and English.

A clean record ("casier judiciaire vierge", "no criminal record") still relates to convictions (the
CNIL and the ICO treat a clear record check as such data) and counts; a record asked of
applicants, a lawyer's practice or a prison officer's job do not."""

from __future__ import annotations

POSITIVES = [
    ("Sober since my 2019 arrest for possession, probation done", "criminal"),
    ("Libéré conditionnel depuis mars, je fais du bénévolat", "criminal"),
    ("J'ai fait deux ans à Fresnes, aujourd'hui je travaille dans le BTP", "criminal"),
    ("J'ai fait 4 ans à Fleury pour une histoire de vol, aujourd'hui je travaille", "criminal"),
    (
        "Recently released after serving three years, my probation officer can vouch for me",
        "criminal",
    ),
    ("casier judiciaire chargé", "criminal"),
    ("Casier judiciaire chargé, méfiance", "criminal"),
    ("condamné pour vol", "criminal"),
    ("Il a été condamné à 2 ans de prison avec sursis pour escroquerie", "criminal"),
    ("condamne a 6 mois ferme pour trafic de stupefiants", "criminal"),
    ("Il a fait 3 ans de prison", "criminal"),
    ("Sorti de prison en 2020, en réinsertion", "criminal"),
    ("Placé en garde à vue hier soir pour conduite en état d'ivresse", "criminal"),
    ("Fiché S", "criminal"),
    ("Elle a porté plainte contre son ex pour violences conjugales", "criminal"),
    ("Mon mari est sous bracelet électronique", "criminal"),
    ("Notre fils a été victime d'agression au lycée", "criminal"),
    ("il a fait de la taule", "criminal"),
    ("il a été arrêté pour vol à l'étalage", "criminal"),
    ("mon frère est en prison", "criminal"),
    ("elle a été agressée sexuellement", "criminal"),
    ("il a un casier", "criminal"),
    ("retrait de permis pour alcool au volant", "criminal"),
    ("mis en examen pour abus de biens sociaux", "criminal"),
    ("ancien détenu, cherche emploi", "criminal"),
    ("Nounou expérimentée, casier judiciaire vierge", "criminal"),
    ("pas de casier judiciaire", "criminal"),
    ("He was convicted of theft in 2015", "criminal"),
    ("He served 5 years in prison for armed robbery", "criminal"),
    ("Released on parole last month", "criminal"),
    ("Has a criminal record for assault", "criminal"),
    ("Arrested for drink driving in 2019", "criminal"),
    ("Victim of a burglary last year", "criminal"),
    ("he's been to prison twice", "criminal"),
    ("she has a conviction for shoplifting", "criminal"),
    ("he was charged with assault", "criminal"),
    ("he's on the sex offenders register", "criminal"),
    ("No criminal record, enhanced DBS", "criminal"),
    ("Ex-offender looking for a fresh start", "criminal"),
    # broader families added after the first corpus run (written independently)
    ("Il purge une peine de 3 ans de prison", "criminal"),
    ("Awaiting trial for fraud, do not call before June", "criminal"),
]

NOT_ABOUT = [
    ("Casier judiciaire vierge exigé", "criminal"),
    ("Le candidat doit fournir un extrait de casier judiciaire", "criminal"),
    ("Avocat pénaliste, garde à vue, comparution immédiate", "criminal"),
    ("Avocat en droit pénal, permanence garde à vue 24h/24", "criminal"),
    ("Maison d'arrêt de Villepinte : recrutement de surveillants", "criminal"),
    ("Enhanced DBS check required", "criminal"),
    ("Applicants will need an enhanced DBS check", "criminal"),
    ("If you have a criminal conviction you must declare it", "criminal"),
]

NEGATIVES = [
    "Relu Le Rouge et le Noir cet été : Julien Sorel en prison, toujours aussi fort",
    "Contents insurance for a tattoo parlour next to the county jail",
    "Dans mon roman, l'héroïne sort de prison et retrouve sa ville",
    "Law firm: criminal defense, DUI and expungements, free consultation",
    "Lot de jeux : Monopoly (carte « Allez en prison » cornée), 10 €",
    "Free legal advice for victims of crime every Wednesday",
    "Permanence gratuite pour les victimes d'infractions le jeudi",
    "Surveillant de prison depuis 10 ans",
    "Surveillante pénitentiaire, 15 ans d'expérience",
    "Conseiller pénitentiaire d'insertion et de probation",
    "Porte condamnée côté jardin",
    "Vol direct Paris-Lisbonne à 49€",
    "Casier à chaussures en bois",
    "Capital détenu à 100 % par la holding",
    "Procès-verbal de l'assemblée générale",
    "Mon avocat m'a conseillé de ne pas signer",
    "Criminal defence solicitors, 24-hour police station advice",
    "Prison officer recruitment day",
    "Probation period of six months applies",
    "Criminal law firm offering free consultations",
    "Tennis court available for booking",
    "Anti-theft lock for bikes",
    "No offence meant, just a question",
    "True crime podcast, new episode every week",
    "Charged with overseeing the new project",
]
