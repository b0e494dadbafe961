"""Coverage round r24ou (origin, union, genetic; written blind): a post or volunteering at a
community association, First Nations named with a member word, residence cards and settled
status of a person, union training followed and a union defending a person, a DNA or paternity
test asked for by a person; and what these families risk matching (forms and counters, DNA kits
for animals, restaurants and labels of origin, other unions)."""

from __future__ import annotations

POSITIVES = [
    ("Samir est bénévole au centre culturel kurde de Marseille", "origin"),
    ("Mme Traoré, trésorière de l'association des Maliens de Montreuil", "origin"),
    ("Membre de la Première Nation crie de Waskaganish, guide de pêche", "origin"),
    ("Titulaire d'une carte de résident algérien, M. Haddad", "origin"),
    ("He got his indefinite leave to remain last year, Mr Okafor", "origin"),
    ("Tom, band member of the Squamish Nation, carver", "origin"),
    ("Formation syndicale suivie en mars par M. Petit", "union"),
    ("Mme Lenoir a suivi une formation syndicale en mai", "union"),
    ("M. Caron, défendu par son syndicat aux prud'hommes", "union"),
    ("Test ADN de paternité demandé par M. Colin", "genetic"),
    ("Mme Vidal a fait un test de paternité en 2021", "genetic"),
    ("Her paternity test came back negative, Ms Ray", "genetic"),
]

NOT_ABOUT: list[tuple[str, str]] = []

NEGATIVES = [
    "Guichet des demandes de titre de séjour algérien fermé le lundi",
    "Test ADN pour chiens, kit en vente",
    "Restaurant marocain, couscous le vendredi",
    "Huile d'olive origine France garantie",
    "Vin AOC Bordeaux, appellation d'origine contrôlée",
    "European Union funding for the project",
    "Ils vivent en union libre depuis 10 ans",
    "Rugby union club, training Tuesday",
    "Genetic algorithms for scheduling, Python library",
    "L'innovation est dans l'ADN de l'entreprise",
]
