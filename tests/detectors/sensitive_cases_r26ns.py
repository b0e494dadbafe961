"""Twelfth session (holdout25-27 study): whom a note is about, and words quoted on their own.

A note names whom it is about in its first sentence, with an honorific or a first name and an
initial; a stated fact later in the note, or a place or practice in that first sentence, is
that person's unless a business word stands in apposition to the name ("Mme Roux,
kinésithérapeute"). Measured on all studied corpora: +15 TP, +3 FP; the untouched writers
+12 TP, +1 FP (benchmarks/README.md, detect section, twelfth session)."""

from __future__ import annotations

POSITIVES = [
    # a stated fact in a later sentence of a note about a named person
    (
        "Candidat Yann P., dispo lundi. Arrêt de 3 semaines pour dépression, veut un poste de nuit",
        "health",
    ),
    ("Mme Perrin (Lens) : l'infirmier passe à 8h pour l'insuline, pas de sucre.", "health"),
    ("Insulin pens for Diego M., diabetes review due at the clinic in June", "health"),
    # a place or practice in the sentence that names whom the note is about
    ("M. Haddou demande ses congés pour la Tabaski et le vendredi midi pour la prière", "religion"),
    (
        "Mrs Begum booked the 1pm slot every Friday for Jummah at the mosque, back by 2:30",
        "religion",
    ),
]

NOT_ABOUT = [
    # a word quoted on its own is used loosely
    ("Il trouve que notre service après-vente est « malade », avoir de 10 € accordé", "health"),
    ("Mme Leroy dit que c'est « criminel » de payer autant, échéancier accordé", "criminal"),
    # an elected official's entry tells of the office: a surgery is a constituency meeting
    ("Cllr Dana Webb (Green), Ward 3. Surgery every second Monday at the library.", "health"),
    # a business word in apposition to the name: a practitioner's specialty
    ("M. Vidal, ostéopathe. Consultations pour lombalgies le samedi matin.", "health"),
]

NEGATIVES: list[str] = [
    # "MWF" is Monday, Wednesday and Friday far more often than a dating abbreviation
    "Spin classes MWF at 7am, towels provided, first session free",
]
