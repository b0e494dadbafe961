"""Genetic data and biometric data for identification (GDPR art. 4(13), 4(14), 9), in French and
English; a company's "DNA", a breeder's tests, a phone's fingerprint reader or a biometric passport
are not about a person."""

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
]

NEGATIVES = [
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
