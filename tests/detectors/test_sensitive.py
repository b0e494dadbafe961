from __future__ import annotations

import json
from importlib import resources

import pytest

from licite.core.findings import ART9_CATEGORIES, ART10_CATEGORIES
from licite.detectors.sensitive import detect, fold, lexicon

POSITIVES = [
    # health
    ("Atteint de diabète depuis 2010", "health", "diabète"),
    ("se déplace en fauteuil roulant", "health", "fauteuil roulant"),
    ("suite à un AVC", "health", "AVC"),
    ("enceinte de 5 mois", "health", "enceinte de 5 mois"),
    ("congé de grossesse", "health", "grossesse"),
    ("séropositive", "health", "séropositive"),
    ("elle est enceinte", "health", "est enceinte"),
    ("personne en situation de handicap", "health", "handicap"),
    ("traité pour un cancer", "health", "cancer"),
    ("depression nerveuse", "health", "depression nerveuse"),
    ("Maladie de longue durée", "health", "Maladie"),
    ("pregnant since May", "health", "pregnant"),
    ("living with diabetes", "health", "diabetes"),
    ("disabled person", "health", "disabled person"),
    ("HIV status", "health", "HIV"),
    # religion
    ("musulmane pratiquante", "religion", "musulmane"),
    ("famille catholique", "religion", "catholique"),
    ("il est juif", "religion", "juif"),
    ("pendant le Ramadan", "religion", "Ramadan"),
    ("mariage à l'église", "religion", "église"),
    ("devout Muslim", "religion", "Muslim"),
    # politics
    ("militante LFI", "politics", "militante LFI"),
    ("militant du RN", "politics", "militant du RN"),
    ("adhérent PS depuis 1995", "politics", "adhérent PS"),
    ("membre du parti socialiste", "politics", "parti socialiste"),
    ("Rassemblement national", "politics", "Rassemblement national"),
    ("political party member", "politics", "political party"),
    # union
    ("syndiqué depuis 2001", "union", "syndiqué"),
    ("délégué CFDT", "union", "CFDT"),
    ("adhérente FO", "union", "FO"),
    ("syndicaliste engagée", "union", "syndicaliste"),
    ("trade union member", "union", "trade union member"),
    ("déléguée syndicale", "union", "déléguée syndicale"),
    # origin
    ("d'origine maghrébine", "origin", "origine maghrébine"),
    ("origine africaine", "origin", "origine africaine"),
    ("ethnic background", "origin", "ethnic"),
    ("statistiques ethniques", "origin", "ethniques"),
    # sex life
    ("couple gay", "sex_life", "gay"),
    ("lesbienne", "sex_life", "lesbienne"),
    ("homosexuel", "sex_life", "homosexuel"),
    ("bisexuelle", "sex_life", "bisexuelle"),
    ("association LGBT+", "sex_life", "LGBT+"),
    # genetic / biometric
    ("test ADN", "genetic", "ADN"),
    ("prédisposition génétique", "genetic", "génétique"),
    ("DNA sample", "genetic", "DNA"),
    ("empreinte digitale", "biometric", "empreinte digitale"),
    ("Reconnaissance faciale", "biometric", "Reconnaissance faciale"),
    ("fingerprint reader", "biometric", "fingerprint"),
    # criminal (art. 10)
    ("casier judiciaire chargé", "criminal", "casier judiciaire"),
    ("condamné pour vol", "criminal", "condamné pour"),
    ("sorti de prison", "criminal", "prison"),
    ("un délit de fuite", "criminal", "délit"),
    ("has a criminal record", "criminal", "criminal record"),
    ("convicted in 2019", "criminal", "convicted"),
]

NEGATIVES = [
    "12 rue de l'Église, 67000 Strasbourg",
    "12 Rue de l’Église",  # typographic apostrophe
    "place de l'église",
    "Maison de santé pluridisciplinaire",
    "Appartement orientation plein sud",
    "produit d'origine France garantie",
    "Syndic de copropriété Foncia",
    "syndicat des copropriétaires",
    "Caisse primaire d'assurance maladie",
    "lycée Gay-Lussac",
    "l'ADN de notre entreprise",
    "innovation is in our DNA",
    "cuisine ethnique",
    "dépression atmosphérique",
    "enceinte Bluetooth",
    "porte condamnée",
    "Christian Dupont, gérant",
    "pratiquant le tennis",
    "ps : merci",
    "fo",
    "orientation sud-ouest",
    "race de chien",
    "Boulangerie Martin, 3 rue du Marché, Lyon",
    "Plombier chauffagiste, devis gratuit",
    "",
]


@pytest.mark.parametrize(("text", "category", "term"), POSITIVES)
def test_positives(text: str, category: str, term: str) -> None:
    findings = detect(text, field="bio")
    assert [(f.category, f.text) for f in findings] == [(category, term)]
    finding = findings[0]
    assert text[finding.start : finding.end] == finding.text
    assert finding.field == "bio"
    assert 0 < finding.score <= 1
    article = "art. 10" if category in ART10_CATEGORIES else "art. 9"
    assert article in finding.explanation


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives_and_false_friends(text: str) -> None:
    assert detect(text) == []


def test_false_friend_only_hides_its_own_span() -> None:
    text = "rue de l'Église, catholique pratiquant"
    assert [(f.category, f.text) for f in detect(text)] == [("religion", "catholique")]


def test_several_categories_in_one_text() -> None:
    text = "Syndiqué CGT, militant LFI, diabétique, casier judiciaire"
    categories = [f.category for f in detect(text)]
    assert categories == ["union", "union", "politics", "health", "criminal"]


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Église", "Eglise"),
        ("rue de l’Église", "rue de l'Eglise"),
        ("ça déjà", "ca deja"),
        ("", ""),
    ],
)
def test_fold_keeps_length(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert len(fold(text)) == len(text)


def test_lexicon_covers_every_art9_category_and_compiles() -> None:
    raw = json.loads(
        resources.files("licite.detectors").joinpath("data", "sensitive_terms.json").read_text()
    )
    assert set(raw["categories"]) == ART9_CATEGORIES | ART10_CATEGORIES
    for terms in raw["categories"].values():
        assert terms and all(" [" not in t and "] " not in t for t in terms)
    assert set(lexicon().patterns) == set(raw["categories"])
