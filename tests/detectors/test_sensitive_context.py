"""The context rules: what each match is, and whether it is about a person.

Each row is a text and every finding expected in it, in order: (category, matched text,
about_person). Findings with about_person False are returned so that a user can see why they
were not counted.
"""

from __future__ import annotations

import pytest

from licite.detectors.sensitive import detect

Row = tuple[str, list[tuple[str, str, bool]]]

CASES: list[Row] = [
    # Objects for sale: not about a person, unless tied to one.
    ("vends fauteuil roulant", [("health", "fauteuil roulant", False)]),
    ("Vends fauteuil roulant, très bon état, 150 €", [("health", "fauteuil roulant", False)]),
    ("vends fauteuil roulant de ma mère décédée", [("health", "fauteuil roulant", True)]),
    (
        "vends fauteuil roulant depuis mon AVC",
        [("health", "fauteuil roulant", True), ("health", "AVC", True)],
    ),
    ("Selling my late husband's wheelchair", [("health", "wheelchair", True)]),
    (
        "Smartphone avec lecteur d'empreinte digitale",
        [("biometric", "lecteur d'empreinte digitale", False)],
    ),
    # Negation keeps a statement about a person; it removes places, practices, objects.
    ("je ne suis pas malade", [("health", "malade", True)]),
    ("pas de casier judiciaire", [("criminal", "casier judiciaire", True)]),
    ("No criminal record", [("criminal", "No criminal record", True)]),
    ("je ne suis pas syndiqué", [("union", "syndiqué", True)]),
    ("Pas de politique ni de religion dans ce groupe", [("religion", "religion", False)]),
    # Hypothetical and generic forms.
    ("Si vous êtes syndiqué, contactez-nous", [("union", "syndiqué", False)]),
    ("If you have diabetes, talk to your GP", [("health", "diabetes", False)]),
    (
        "Appartement accessible aux personnes handicapées, idéal PMR",
        [("health", "handicapées", False), ("health", "PMR", False)],
    ),
    ("Wheelchair accessible flat, lift", [("health", "Wheelchair accessible", False)]),
    ("Autism-friendly sessions at the cinema", [("health", "Autism", False)]),
    ("Recettes pour diabétiques", [("health", "diabétiques", False)]),
    ("mes enfants sont autistes", [("health", "autistes", True)]),
    ("Casier judiciaire vierge exigé", [("criminal", "Casier judiciaire vierge", False)]),
    # Professions and businesses.
    ("Surveillant de prison depuis 10 ans", []),
    ("Boucherie halal, ouvert 7j/7", [("religion", "halal", False)]),
    ("Je mange halal", [("religion", "mange halal", True)]),
    (
        "Kiné, rééducation après AVC",
        [("health", "Kiné", False), ("health", "rééducation", False), ("health", "AVC", False)],
    ),
    ("Infirmière diabétique depuis 10 ans", [("health", "diabétique", True)]),
    # False friends: street and business names, metaphors, homonyms.
    ("12 rue de l'Église, 67000 Strasbourg", []),
    ("Rue de la Synagogue, Carpentras", []),
    ("Maison de santé pluridisciplinaire", []),
    ("Syndic de copropriété Foncia", []),
    ("Appartement orientation plein sud", []),
    ("produit d'origine France garantie", []),
    ("Institut catholique de Paris", []),
    ("Vends enceinte Bluetooth", []),
    ("Elle est enceinte", [("health", "enceinte", True)]),
    # Membership words for ambiguous acronyms; capitals for cased terms.
    ("Militant du RN depuis 2015", [("politics", "RN", True)]),
    ("Sur la RN 7, maison proche commerces", []),
    ("adhérente FO", [("union", "FO", True)]),
    ("fo", []),
    ("Maison exposée Sud", []),
    ("militant CGT", [("union", "CGT", True)]),
    ("La CGT appelle à la grève", [("union", "CGT", False)]),
    # A capitalised word inside a sentence is a name ("M. Gay"), at its start it is not.
    ("M. Gay, notaire", []),
    ("Gay, 35 ans, cherche ami", [("sex_life", "Gay", True)]),
    # One expression, two categories.
    (
        "maladie héréditaire rare",
        [("genetic", "maladie héréditaire", True), ("health", "maladie héréditaire", True)],
    ),
    # A healthy carrier is genetic data only; a hereditary disease is genetic and health.
    (
        "Je suis porteuse saine de l'amyotrophie spinale",
        [("genetic", "porteuse saine de l'amyotrophie spinale", True)],
    ),
    ("heterozygous for cystic fibrosis", [("genetic", "heterozygous for cystic fibrosis", True)]),
    # Haemophilia is hereditary (genetic and health); a woman who carries it has no disease.
    (
        "Elle est conductrice de l'hémophilie",
        [("genetic", "conductrice de l'hémophilie", True)],
    ),
    (
        "il a une hémophilie sévère",
        [("genetic", "hémophilie sévère", True), ("health", "hémophilie sévère", True)],
    ),
    # A positive predictive test, symptoms absent, is genetic data only.
    (
        "her brother tested positive for the Huntington's gene",
        [("genetic", "tested positive for the Huntington's gene", True)],
    ),
    (
        "test génétique positif pour le syndrome de Lynch",
        [("genetic", "test génétique positif pour le syndrome de Lynch", True)],
    ),
    (
        "son fils a une myopathie de Duchenne",
        [("genetic", "myopathie de Duchenne", True), ("health", "myopathie de Duchenne", True)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_findings_and_whether_they_are_about_a_person(
    text: str, expected: list[tuple[str, str, bool]]
) -> None:
    assert [(f.category, f.text, f.about_person) for f in detect(text)] == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("vends fauteuil roulant depuis mon AVC", "tied to a person by « depuis mon »"),
        ("Si vous êtes syndiqué", "hypothetical « vous êtes »"),
        ("accessible aux personnes handicapées", "generic mention"),
        ("je ne suis pas malade", "negated « pas », which still reveals it"),
        ("Boucherie halal", "not tied to a person"),
        ("Casier judiciaire vierge exigé", "a requirement of an offer « exigé »"),
    ],
)
def test_explanations_say_which_rule_applied(text: str, reason: str) -> None:
    assert any(reason in f.explanation for f in detect(text))


def test_accents_case_and_misspellings_do_not_matter() -> None:
    for text in ("DIABÉTIQUE", "diabetique", "Diabétique", "diabetik"):
        assert [f.category for f in detect(text)] == ["health"]
    assert [f.text for f in detect("handicapée, Handicapee, HANDICAPÉE")] == [
        "handicapée",
        "Handicapee",
        "HANDICAPÉE",
    ]


def test_a_term_does_not_span_punctuation() -> None:
    assert detect("casier. Judiciaire") == []
    assert [f.text for f in detect("casier  judiciaire")] == ["casier  judiciaire"]
    assert [f.text for f in detect("burn-out et burnout")] == ["burn-out", "burnout"]
