"""Health (GDPR art. 9, recital 35): diseases, disability, pregnancy, addiction, care, in French and
English; care offered by professionals, features of places and objects for sale are not about a
person."""

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
    ("Mme Durand, 72 ans, diabétique de type 2, à rappeler après 14h", "health"),
    ("mon pere est diabetique", "health"),
    ("Diabetik depuis l'enfance", "health"),
    ("je suis handicaper depuis mon accident de moto", "health"),
    ("Client en invalidité depuis son accident", "health"),
    ("vends fauteuil roulant depuis mon AVC", "health"),
    ("Depuis mon avc je ne conduis plus", "health"),
    ("Vends scooter, je ne peux plus conduire à cause de ma sclérose en plaques", "health"),
    ("atteinte de sclerose en plaque depuis 2012", "health"),
    ("Mon fils est autiste, nous cherchons une nounou patiente", "health"),
    ("Je suis en arrêt maladie jusqu'au 15 mars", "health"),
    ("en mi-temps thérapeutique depuis janvier", "health"),
    ("Suite à mon burn out j'ai changé de métier", "health"),
    ("Elle sort d'une chimio, merci de ne pas la déranger", "health"),
    ("Prospect hospitalisé la semaine dernière, relancer en juin", "health"),
    ("M. Martin est malvoyant, envoyer les courriers en gros caractères", "health"),
    ("Jeune femme enceinte cherche studio proche maternité", "health"),
    ("Elle est enceinte de 5 mois", "health"),
    ("Ancien alcoolique, abstinent depuis 5 ans", "health"),
    ("Il est séropositif depuis 2010", "health"),
    ("Bénéficiaire de l'AAH, dossier MDPH en cours", "health"),
    ("Je suis RQTH et je cherche un poste adapté", "health"),
    ("reconnue travailleur handicapé", "health"),
    ("je prends des antidepresseurs depuis 2 ans", "health"),
    ("ma fille est trisomique", "health"),
    ("il a perdu la vue il y a dix ans", "health"),
    ("elle a fait une fausse couche en janvier", "health"),
    ("on essaie d'avoir un bébé par FIV", "health"),
    ("je suis sous traitement pour l'hypertension", "health"),
    ("il boit beaucoup, problème d'alcool", "health"),
    ("grosse fatigue depuis mon covid long", "health"),
    ("mon mari est en EHPAD depuis l'an dernier", "health"),
    ("je suis en dialyse trois fois par semaine", "health"),
    ("Mme X souffre d'Alzheimer, parler à sa fille", "health"),
    ("sa femme a eu un cancer du sein l'an dernier", "health"),
    ("Traité pour un cancer du sein en 2019", "health"),
    ("Vends fauteuil roulant de ma mère décédée", "health"),
    ("vends mon déambulateur, je n'en ai plus besoin", "health"),
    ("je ne suis pas malade", "health"),
    ("aucun problème de santé", "health"),
    ("Mrs Patel, 68, type 2 diabetic, prefers morning calls", "health"),
    ("Customer is registered blind, send large print", "health"),
    ("Selling my mobility scooter after my hip replacement", "health"),
    ("My daughter has Down syndrome", "health"),
    ("Off work with stress and anxiety since March", "health"),
    ("Currently undergoing chemo, please be patient with replies", "health"),
    ("She was diagnosed with MS last year", "health"),
    ("Recovering from a stroke, speech is slow", "health"),
    ("I have ADHD and dyslexia", "health"),
    ("Expecting our second baby in May", "health"),
    ("I'm 6 months pregnant", "health"),
    ("my dad has dementia and lives with us", "health"),
    ("I've got type 1 diabetes", "health"),
    ("she's in a wheelchair after the accident", "health"),
    ("Selling my late husband's wheelchair", "health"),
    ("he is an alcoholic", "health"),
    ("I use a hearing aid", "health"),
    ("my son has autism", "health"),
    ("he's been sober for three years after rehab", "health"),
    ("I'm a wheelchair user", "health"),
    ("we are going through IVF", "health"),
    ("My son is autistic", "health"),
]

NOT_ABOUT = [
    ("Vends fauteuil roulant, très bon état, 150 €", "health"),
    ("Appartement accessible aux personnes handicapées", "health"),
    ("Salle de sport accessible PMR, parking gratuit", "health"),
    ("Logement adapté aux personnes à mobilité réduite", "health"),
    ("Si vous êtes diabétique, consultez votre médecin", "health"),
    ("Psychologue clinicienne : anxiété, dépression, burn-out", "health"),
    ("Cabinet de kiné, rééducation post-AVC", "health"),
    ("Infirmière libérale, soins à domicile, diabète et pansements", "health"),
    ("Institut du cancer de Montpellier, service communication", "health"),
    ("Ligue contre le cancer, faites un don", "health"),
    ("Journée mondiale de lutte contre le sida", "health"),
    ("Location de fauteuils roulants et matériel médical", "health"),
    ("Éducatrice spécialisée auprès d'enfants autistes", "health"),
    ("Cours de yoga prénatal pour futures mamans", "health"),
    ("EHPAD Les Tilleuls recrute aide-soignant(e) H/F", "health"),
    ("Wheelchair accessible venue with step-free access", "health"),
    ("Dr Smith's surgery is open Monday to Friday", "health"),
    ("Cancer Research UK charity shop, donations welcome", "health"),
    ("Mental Health Awareness Week events", "health"),
    ("Support group for carers of people with dementia", "health"),
    ("Pregnancy test kits, pack of 3", "health"),
    ("Autism-friendly sessions at the cinema", "health"),
]

NEGATIVES = [
    "Maison de santé pluridisciplinaire",
    "Caisse primaire d'assurance maladie",
    "Pharmacie du Centre, ouverte le dimanche",
    "Vends enceinte Bluetooth JBL neuve",
    "Paire d'enceintes JBL 2x50W",
    "Dépression atmosphérique sur la Bretagne ce week-end",
    "Signe astrologique : Cancer ascendant Lion",
    "Club de golf, handicap 12",
    "Le manque de parking est un vrai handicap pour le commerce",
    "Dégustation à l'aveugle de vins du Rhône",
    "Opération commerciale du week-end",
    "Greffe du tribunal de commerce de Lyon",
    "Centre de santé dentaire, implants et prothèses",
    "Great Depression era furniture, solid oak",
    "Blind spot monitoring, heated seats",
    "Stroke of luck: bought the house at auction",
    "Hearing aids batteries, size 312",
    "Comments are disabled on this post",
    "Injury time winner for the home team",
    "Dog walker available weekdays",
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
