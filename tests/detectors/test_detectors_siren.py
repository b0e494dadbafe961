from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from licite.detectors.checks import luhn_check_digit, luhn_valid
from licite.detectors.siren import (
    CATEGORIES,
    DETECTOR,
    detect,
    might_match,
    siren_valid,
    siret_valid,
    vat_key,
)


@pytest.mark.parametrize(
    ("text", "category", "found"),
    [
        # SIRET: reported with or without a label
        ("SIRET 732 829 320 00074", "siret", "732 829 320 00074"),
        ("siret: 73282932000074.", "siret", "73282932000074"),
        ("73282932000074", "siret", "73282932000074"),
        ("SIRET 732829320 00074", "siret", "732829320 00074"),
        ("n° 732.829.320.00074", "siret", "732.829.320.00074"),
        # La Poste: digit sum a multiple of 5; its head office keeps Luhn
        ("La Poste, SIRET 356 000 000 00001", "siret", "356 000 000 00001"),
        ("SIRET 35600000000048", "siret", "35600000000048"),
        # SIREN: only next to a label
        ("SIREN : 732 829 320", "siren", "732 829 320"),
        ("RCS Paris B 732829320", "siren", "732829320"),
        ("732 829 320 R.C.S. Paris", "siren", "732 829 320"),
        ("société immatriculée sous le numéro 732 829 320", "siren", "732 829 320"),
        # French VAT number: key and Luhn
        ("TVA intracom. FR44 732 829 320", "siren", "FR44 732 829 320"),
        ("FR44732829320", "siren", "FR44732829320"),
    ],
)
def test_company_numbers_are_found(text: str, category: str, found: str) -> None:
    findings = detect(text, field="footer")
    assert [(f.category, f.text) for f in findings] == [(category, found)]
    finding = findings[0]
    assert text[finding.start : finding.end] == found
    assert (finding.detector, finding.field, finding.about_person) == (DETECTOR, "footer", True)
    assert "check" in finding.explanation


@pytest.mark.parametrize(
    "text",
    [
        "732 829 320",  # bare SIREN: one 9-digit number in ten passes Luhn by chance
        "commande 732829320 expédiée",
        "SIREN 732 829 321",  # Luhn fails
        "SIRET 732 829 320 00075",  # SIRET Luhn fails
        "SIRET 732 829 321 00074",  # its SIREN fails
        "SIRET 35600000000014",  # La Poste: Luhn holds, digit sum is 19
        "TVA FR45 732 829 320",  # wrong VAT key
        "SIRET 12 732 829 320 00074",  # inside a longer run
        "SIRET 732829320000741",  # 15 digits
        "SIREN 732 829 320 12",  # followed by more digits
        "Tél. 06 12 34 56 78",
        "IBAN FR76 3000 6000 0112 3456 7890 189",
        "",
    ],
)
def test_non_company_numbers_are_not_found(text: str) -> None:
    assert detect(text) == []


def test_scores_follow_the_policy() -> None:
    labelled, spaced, bare = (
        detect(text)[0].score
        for text in ("SIRET 73282932000074", "732 829 320 00074", "73282932000074")
    )
    assert labelled > spaced > bare


def test_validators_and_prefilter() -> None:
    assert siren_valid("732829320") and not siren_valid("73282932")
    assert siret_valid("73282932000074") and not siret_valid("7328293200007a")
    assert vat_key("732829320") == 44
    assert might_match("732 829 320") and not might_match("12 345 678")
    assert frozenset({"siren", "siret"}) == CATEGORIES


def _siren(payload: str) -> str:
    return payload + luhn_check_digit(payload)


def _siret(siren: str, nic: str) -> str:
    return siren + nic + luhn_check_digit(siren + nic)


_EIGHT = st.text("0123456789", min_size=8, max_size=8)
_FOUR = st.text("0123456789", min_size=4, max_size=4)


@given(payload=_EIGHT, nic=_FOUR, spaced=st.booleans())
def test_generated_sirets_are_found(payload: str, nic: str, spaced: bool) -> None:
    siret = _siret(_siren(payload), nic)
    assume(not siret.startswith("356000000"))
    written = f"{siret[:3]} {siret[3:6]} {siret[6:9]} {siret[9:]}" if spaced else siret
    text = f"SIRET : {written}."
    assert [(f.category, f.start, f.end) for f in detect(text)] == [("siret", 8, 8 + len(written))]


@given(payload=_EIGHT, nic=_FOUR, position=st.integers(0, 13), delta=st.integers(1, 9))
def test_one_wrong_digit_is_never_a_siret(
    payload: str, nic: str, position: int, delta: int
) -> None:
    siret = _siret(_siren(payload), nic)
    assume(not siret.startswith("356000000"))
    digit = (int(siret[position]) + delta) % 10
    flipped = siret[:position] + str(digit) + siret[position + 1 :]
    assert not luhn_valid(flipped[:9]) or not luhn_valid(flipped)
    assert [f for f in detect(f"SIRET : {flipped}.") if f.category == "siret"] == []


@given(payload=_EIGHT, position=st.integers(0, 8), delta=st.integers(1, 9))
def test_labelled_sirens_and_one_wrong_digit(payload: str, position: int, delta: int) -> None:
    siren = _siren(payload)
    assert [(f.category, f.text) for f in detect(f"SIREN {siren}")] == [("siren", siren)]
    flipped = siren[:position] + str((int(siren[position]) + delta) % 10) + siren[position + 1 :]
    assert detect(f"SIREN {flipped}") == []
