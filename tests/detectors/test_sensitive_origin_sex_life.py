"""Racial or ethnic origin and sex life or sexual orientation (GDPR art. 9), in French and English.

Nationality alone is not counted; an origin said of a person is. Product origins, cuisines and
breeds are not. Gender identity (trans, non-binary) is counted as sex life: see
``data/lexicons/sex_life.json``."""

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
    ("d'origine maghrébine", "origin"),
    ("Je suis d'origine marocaine", "origin"),
    ("Elle est d'origine algérienne par son père", "origin"),
    ("elle est d'origine vietnamienne", "origin"),
    ("d'origine portugaise, parle couramment le français", "origin"),
    ("mes parents sont algériens", "origin"),
    ("Famille originaire du Maroc, parents immigrés", "origin"),
    ("Jeune homme métis, 25 ans, cherche colocation", "origin"),
    ("je suis métisse franco-sénégalaise", "origin"),
    ("issu de l'immigration marocaine", "origin"),
    ("Française d'origine kabyle", "origin"),
    ("homme de type maghrébin, la trentaine", "origin"),
    ("communauté rom installée près du stade", "origin"),
    ("gens du voyage, caravane", "origin"),
    ("She is of Nigerian descent", "origin"),
    ("British Pakistani family looking for a 3-bed house", "origin"),
    ("she is black British", "origin"),
    ("he's of Pakistani heritage", "origin"),
    ("my parents are immigrants from Jamaica", "origin"),
    ("Mixed race woman in her 30s", "origin"),
    ("Hispanic family of four", "origin"),
    ("Chinese-American engineer", "origin"),
    ("I'm Black and proud", "origin"),
    ("first-generation immigrant from Poland", "origin"),
    ("Je suis lesbienne et fière de l'être", "sex_life"),
    ("couple gay cherche appartement", "sex_life"),
    ("Homme cherche homme pour relation sérieuse", "sex_life"),
    ("Elle a fait son coming out l'an dernier", "sex_life"),
    ("Il est transgenre et en cours de transition", "sex_life"),
    ("mon copain et moi on est gays", "sex_life"),
    ("je suis bi", "sex_life"),
    ("elle vit avec sa compagne depuis 10 ans", "sex_life"),
    ("il fréquente les clubs libertins", "sex_life"),
    ("homosexuel, 45 ans", "sex_life"),
    ("JH cherche H discret", "sex_life"),
    ("couple échangiste cherche couple", "sex_life"),
    ("I'm a gay man in my 40s", "sex_life"),
    ("Bisexual woman seeking friendship", "sex_life"),
    ("Came out as trans at 30", "sex_life"),
    ("My partner and I are a lesbian couple", "sex_life"),
    ("she identifies as non-binary", "sex_life"),
    ("He lives with his husband in Leeds", "sex_life"),
    ("Looking for casual hookups", "sex_life"),
    ("trans woman, 28", "sex_life"),
]

NOT_ABOUT = [
    ("Huile d'olive d'origine espagnole", "origin"),
    ("Cuisine du monde : spécialités africaines et antillaises", "origin"),
    ("Grossiste en produits exotiques asiatiques", "origin"),
    ("L'entreprise s'engage en faveur de la diversité et de l'inclusion", "origin"),
    ("Musée de l'immigration, exposition temporaire", "origin"),
    ("Bar LGBT friendly en centre-ville", "sex_life"),
    ("Association LGBT de Lyon, permanence le jeudi", "sex_life"),
    ("Gay Pride de Paris samedi", "sex_life"),
]

NEGATIVES = [
    "produit d'origine France garantie",
    "Origine France Garantie, fabrication artisanale",
    "Viande d'origine française",
    "Fromage AOP, appellation d'origine protégée",
    "Pièces d'origine constructeur",
    "pays d'origine : Italie",
    "Chien de race labrador, origine LOF, vacciné",
    "Nid de frelon asiatique à détruire",
    "Restaurant asiatique à volonté",
    "Cuisine d'inspiration asiatique, plats à emporter",
    "Cours de danse africaine le mardi soir",
    "Cours d'arabe pour enfants le mercredi",
    "Cheval arabe pur-sang, 8 ans",
    "Tapis berbère fait main",
    "Drap en métis lin et coton",
    "Concert de jazz manouche vendredi",
    "Paquet de Gitanes sans filtre",
    "Black Friday deals on TVs",
    "Asian fusion restaurant, eat in or takeaway",
    "Gypsy skirt, size 10, boho style",
    "Race day at Cheltenham",
    "Mixed martial arts classes for adults",
    "Lycée Gay-Lussac",
    "Gay Lussac Immobilier",
    "M. Gay, notaire à Lyon",
    "Homo sapiens et évolution, conférence",
    "Facture bi-mensuelle",
    "Gay Street, Bath BA1",
    "Queer theory reading group at the library",
    "Bi-weekly newsletter",
    "Trans fats are bad for you",
    "Hookup cable for the amplifier",
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
