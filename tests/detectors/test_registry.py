from __future__ import annotations

import random

import pytest

from licite.core.findings import IDENTIFIER_CATEGORIES, Finding
from licite.detectors import email, iban, nir, payment_card, phone, siren
from licite.detectors.registry import (
    DETECTORS,
    PRECEDENCE,
    Detector,
    categories_of,
    resolve_overlaps,
    scan_attributes,
    scan_text,
)


def test_every_detector_is_registered() -> None:
    assert set(DETECTORS) == {
        "email-pattern",
        "phone-libphonenumber",
        "nir",
        "siren-luhn",
        "iban-mod97",
        "payment-card-luhn",
        "sensitive-terms",
    }
    modules: list[Detector] = [email, phone, nir, siren, iban, payment_card]
    assert frozenset().union(*(m.CATEGORIES for m in modules)) == IDENTIFIER_CATEGORIES
    assert set(PRECEDENCE) == IDENTIFIER_CATEGORIES
    assert categories_of("siren-luhn") == {"siren", "siret"}
    assert "health" in categories_of("sensitive-terms")


def test_scan_text_runs_all_detectors_in_order() -> None:
    text = "Syndiqué CGT, NIR 1 85 05 78 006 084 91, atteint de diabète"
    findings = scan_text(text, field="notes")
    assert [(f.category, f.detector) for f in findings] == [
        ("union", "sensitive-terms"),
        ("union", "sensitive-terms"),
        ("nir", "nir"),
        ("health", "sensitive-terms"),
    ]
    assert {f.field for f in findings} == {"notes"}
    assert all(text[f.start : f.end] == f.text for f in findings)


def test_every_identifier_in_one_text() -> None:
    text = (
        "Jean Martin, jean.martin@example.fr, tél. 06 12 34 56 78, SIRET 732 829 320 00074, "
        "IBAN FR76 3000 6000 0112 3456 7890 189, carte 4111 1111 1111 1111, "
        "NIR 1 85 05 78 006 084 91, RCS Paris 732 829 320."
    )
    findings = scan_text(text)
    assert [f.category for f in findings] == [
        "email", "phone", "siret", "iban", "payment_card", "nir", "siren",
    ]  # fmt: skip
    assert all(f.about_person for f in findings)


def test_scan_text_clean_and_empty() -> None:
    assert scan_text("") == []
    assert scan_text("Boulangerie Martin, 12 rue de l'Église, 69002 Lyon, le 12/05/2024") == []


def test_categories_restrict_the_detectors_run(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(text: str, field: str | None = None) -> list[Finding]:
        raise AssertionError("not asked for")

    monkeypatch.setitem(DETECTORS, "sensitive-terms", boom)
    text = "mail a@b.fr, tél 06 12 34 56 78"
    assert [f.category for f in scan_text(text, categories={"email"})] == ["email"]
    assert [f.category for f in scan_text(text, categories=["phone", "nir"])] == ["phone"]


def _finding(category: str, start: int, end: int) -> Finding:
    return Finding(category, start, end, "x" * (end - start), 0.9, "test", "why")


@pytest.mark.parametrize(
    ("findings", "kept"),
    [
        # an email holds the digits of its local part
        ([("phone", 0, 10), ("email", 0, 17)], [("email", 0, 17)]),
        # an IBAN holds digit groups that could read as a card
        ([("payment_card", 5, 24), ("iban", 0, 33)], [("iban", 0, 33)]),
        # a SIRET beats a phone and a card, a NIR beats a SIREN
        ([("phone", 0, 14), ("siret", 0, 17)], [("siret", 0, 17)]),
        ([("payment_card", 0, 14), ("siret", 0, 14)], [("siret", 0, 14)]),
        ([("siren", 2, 11), ("nir", 0, 21)], [("nir", 0, 21)]),
        # no overlap, same category, or art. 9 findings: all kept
        ([("phone", 0, 10), ("email", 11, 20)], [("phone", 0, 10), ("email", 11, 20)]),
        ([("email", 0, 10), ("email", 5, 20)], [("email", 0, 10), ("email", 5, 20)]),
        ([("health", 0, 10), ("phone", 0, 10)], [("health", 0, 10), ("phone", 0, 10)]),
    ],
)
def test_overlap_precedence(
    findings: list[tuple[str, int, int]], kept: list[tuple[str, int, int]]
) -> None:
    resolved = resolve_overlaps([_finding(*f) for f in findings])
    assert sorted((f.category, f.start, f.end) for f in resolved) == sorted(kept)


def test_an_email_with_digits_is_not_also_a_phone() -> None:
    assert [f.category for f in scan_text("0612345678@sms.fr")] == ["email"]


def test_scan_attributes_sets_the_field() -> None:
    findings = scan_attributes(
        {"name": "Jean Martin", "bio": "militant CGT", "address": "rue de l'Église", "id": ""}
    )
    # the classifier adds politics for the activist ("militant"): the union is the lexicon's
    assert ("bio", "union", "CGT") in [(f.field, f.category, f.text) for f in findings]
    assert {f.field for f in findings} == {"bio"}
    contact = {"bio": "militant CGT", "mail": "jean@example.fr"}
    assert [f.field for f in scan_attributes(contact, categories={"email"})] == ["mail"]


def test_throughput_smoke() -> None:
    """Many 500-character texts, with and without identifiers, go through every detector (not
    timed: the benchmark measures speed; this checks nothing breaks at volume)."""
    rng = random.Random(7)
    phrases = [
        "Artisan menuisier à Lyon depuis 1998,",
        "devis gratuit, 1 200 € TTC,",
        "livré le 12/05/2024,",
        "12 rue de la République 69002 Lyon.",
        "Experienced plumber, urgent repairs in Paris.",
    ]
    hits = ["jean@example.fr", "06 12 34 56 78", "SIRET 732 829 320 00074", "syndiqué CGT"]
    texts = []
    for i in range(2_000):
        body = " ".join(rng.choice(phrases) for _ in range(20))[:480]
        texts.append(f"{body} {hits[i % 4]}" if i % 2 else body)
    found = [scan_text(text) for text in texts]
    assert all(found[i] for i in range(1, 2_000, 2))
    assert not any(found[i] for i in range(0, 2_000, 2))
