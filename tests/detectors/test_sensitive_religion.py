"""Religious or philosophical beliefs (GDPR art. 9): faiths, practice, clergy, atheism, freemasonry,
in French and English; places of worship, shops and street names are not about a person."""

from __future__ import annotations

import pytest

from licite.detectors.sensitive import detect


def about(text: str) -> set[str]:
    """The categories revealed about a person in ``text``."""
    return {f.category for f in detect(text) if f.about_person}


def mentioned(text: str) -> set[str]:
    """The categories mentioned in ``text``, about a person or not."""
    return {f.category for f in detect(text)}


POSITIVES = [
    ("dispo sauf pendant le ramadan", "religion"),
    ("Famille catholique cherche maison", "religion"),
    ("Karim, 34 ans, musulman pratiquant", "religion"),
    ("Nous sommes musulmans pratiquants, pas de porc svp", "religion"),
    ("Vendredi je suis à la mosquée, rappeler samedi", "religion"),
    ("Catholique pratiquante, je vais à la messe tous les dimanches", "religion"),
    ("Il est juif et ne travaille pas le samedi", "religion"),
    ("Ma femme porte le voile", "religion"),
    ("Témoin de Jéhovah, ne fête pas Noël", "religion"),
    ("temoin de jehova, pas de transfusion", "religion"),
    ("Franc-maçon depuis 20 ans, membre du Grand Orient", "religion"),
    ("franc macon, loge de Lyon", "religion"),
    ("Je suis athée", "religion"),
    ("agnostique et fier de l'être", "religion"),
    ("Je mange halal", "religion"),
    ("cliente : repas casher uniquement", "religion"),
    ("il fait le ramadan cette année", "religion"),
    ("elle est très croyante et prie tous les jours", "religion"),
    ("je suis bouddhiste depuis 10 ans", "religion"),
    ("il s'est converti à l'islam", "religion"),
    ("elle va au temple tous les dimanches", "religion"),
    ("je suis protestante", "religion"),
    ("je ne mange pas de porc pour des raisons religieuses", "religion"),
    ("je ne suis pas croyant", "religion"),
    ("musulmane non pratiquante", "religion"),
    ("chretienne evangelique", "religion"),
    ("Père Martin, curé de la paroisse Saint-Joseph", "religion"),
    ("Devout Muslim, prays five times a day", "religion"),
    ("Practising Catholic, attends Mass every Sunday", "religion"),
    ("He's Jewish and keeps kosher", "religion"),
    ("Converted to Islam in 2015, wears a hijab", "religion"),
    ("I'm a practising Muslim", "religion"),
    ("she's a devout Christian", "religion"),
    ("we go to church every Sunday", "religion"),
    ("I'm an atheist", "religion"),
    ("he is a Jehovah's Witness", "religion"),
    ("Observes Shabbat, no calls on Saturdays", "religion"),
    ("She fasts during Ramadan", "religion"),
]

NOT_ABOUT = [
    ("Boucherie halal, ouvert 7j/7", "religion"),
    ("Restaurant halal, livraison à domicile", "religion"),
    ("Boucherie casher du Marais", "religion"),
    ("Vends Bible ancienne reliée cuir, très bon état", "religion"),
    ("La mosquée de Lyon organise une journée portes ouvertes", "religion"),
    ("Paroisse Saint-Jean : horaires des messes du week-end", "religion"),
    ("Visite guidée de la synagogue de Carpentras", "religion"),
    ("Pas de politique ni de religion dans ce groupe", "religion"),
    ("Musée de la franc-maçonnerie, visites guidées", "religion"),
    ("Halal butcher and grocery, open 7 days", "religion"),
    ("Kosher bakery in Golders Green", "religion"),
    ("Mosque open day this Saturday, all welcome", "religion"),
    ("Church services every Sunday at 10am", "religion"),
    ("Catholic primary school, Ofsted outstanding", "religion"),
    ("Wedding and christening venue with gardens", "religion"),
    ("All our meat is halal certified", "religion"),
]

NEGATIVES = [
    "12 rue de l'Église, 67000 Strasbourg",
    "12 Rue de l’Église",
    "place de l'église",
    "Appartement T3 lumineux, orientation sud-ouest, proche église et commerces",
    "Lycée catholique Saint-Joseph, inscriptions ouvertes",
    "Secours catholique, collecte de vêtements",
    "Une méthode pas très catholique",
    "Agence immobilière Renaissance, 3 rue du Temple",
    "Voile d'ombrage triangulaire 3x3m",
    "Vends foulard en soie Hermès",
    "Planche à voile complète",
    "Roue voilée à changer",
    "Prière de ne pas stationner devant le portail",
    "Pratiquant le tennis depuis 10 ans",
    "Baptême de l'air en ULM",
    "Religieuse au chocolat et éclairs",
    "Christian Dupont, gérant",
    "Jean-Baptiste Martin, plombier",
    "Institut Pasteur, service des vaccinations",
    "Fondation Abbé Pierre, collecte",
    "St Mary's Church hall available for hire",
    "Church Street, Manchester M4",
    "Platform-agnostic software, runs anywhere",
    "He is a firm believer in hard work",
    "Critical mass of customers reached",
    "Christian Dior perfume, 50 ml",
    "Quaker Oats porridge, 1 kg",
    "Order confirmation sent by email",
]


@pytest.mark.parametrize(("text", "category"), POSITIVES)
def test_reveals_the_category_about_a_person(text: str, category: str) -> None:
    assert category in about(text)


@pytest.mark.parametrize(("text", "category"), NOT_ABOUT)
def test_mentions_the_category_but_not_about_a_person(text: str, category: str) -> None:
    assert category in mentioned(text)
    assert category not in about(text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_reveals_nothing(text: str) -> None:
    assert about(text) == set()
