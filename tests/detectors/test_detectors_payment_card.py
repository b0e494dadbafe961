from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from licite.detectors.checks import luhn_check_digit, luhn_valid
from licite.detectors.payment_card import (
    BRANDS,
    CATEGORIES,
    DETECTOR,
    brand,
    detect,
    might_match,
    validate,
)


@pytest.mark.parametrize(
    ("number", "issuer"),
    [
        ("4111111111111111", "Visa"),
        ("4222222222222", "Visa"),  # 13 digits
        ("5555555555554444", "Mastercard"),
        ("2221000000000009", "Mastercard"),  # 2-series
        ("378282246310005", "American Express"),
        ("6011111111111117", "Discover"),
        ("3530111333300000", "JCB"),
        ("30569309025904", "Diners Club"),
        ("6200000000000005", "UnionPay"),
        ("6759649826438453", "Maestro"),
    ],
)
def test_issuers(number: str, issuer: str) -> None:
    assert brand(number) == issuer
    assert validate(number)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("CB 4111 1111 1111 1111 exp 12/27", "4111 1111 1111 1111"),
        ("carte 4111-1111-1111-1111", "4111-1111-1111-1111"),
        ("4111111111111111", "4111111111111111"),
        ("Amex 3782 822463 10005", "3782 822463 10005"),
        ("Diners 3056 930902 5904", "3056 930902 5904"),
        ("UnionPay 6200 0000 0000 0005", "6200 0000 0000 0005"),
    ],
)
def test_card_numbers_are_found(text: str, found: str) -> None:
    findings = detect(text, field="notes")
    assert [f.text for f in findings] == [found]
    finding = findings[0]
    assert text[finding.start : finding.end] == found
    assert (finding.category, finding.detector, finding.field) == (
        "payment_card",
        DETECTOR,
        "notes",
    )
    assert "Luhn" in finding.explanation and "KG COM" in finding.explanation


@pytest.mark.parametrize(
    "text",
    [
        "4111 1111 1111 1112",  # Luhn fails
        "3782 8224 6310 0052",  # Amex range, 16 digits (Luhn holds)
        "9111 1111 1111 1110",  # no issuer starts with 9 (Luhn holds)
        "4111 11 1111 111111",  # not grouped as cards are
        "4111 1111-1111 1111",  # two kinds of separator
        "12 4111 1111 1111 1111",  # inside a longer run
        "41111111111111111111",  # 20 digits
        "SIRET 732 829 320 00074",  # SIRET grouping
        "36252187400010",  # a SIRET (two Luhn checks) in the Diners range
        "IBAN FR76 3000 6000 0112 3456 7890 189",
        "06 12 34 56 78",
        "",
    ],
)
def test_non_card_numbers_are_not_found(text: str) -> None:
    assert detect(text) == []


def test_context_raises_the_score() -> None:
    assert detect("4111111111111111")[0].score < detect("Visa 4111111111111111")[0].score


def test_prefilter_and_categories() -> None:
    assert might_match("4111 1111 1111 1111")
    assert not might_match("livré le 12/05/2024 au 12 rue X")
    assert frozenset({"payment_card"}) == CATEGORIES


@st.composite
def _cards(draw: st.DrawFn) -> str:
    _name, ranges, lengths = draw(st.sampled_from(BRANDS))
    low, high = draw(st.sampled_from(ranges))
    prefix = str(draw(st.integers(low, high)))
    length = draw(st.sampled_from(sorted(lengths)))
    body = draw(st.text("0123456789", min_size=length - len(prefix) - 1, max_size=length - 1))
    payload = (prefix + body)[: length - 1]
    return payload + luhn_check_digit(payload)


def _is_siret(number: str) -> bool:
    return len(number) == 14 and luhn_valid(number[:9])


@given(number=_cards(), grouped=st.booleans())
def test_generated_cards_are_found_with_their_exact_span(number: str, grouped: bool) -> None:
    assume(not _is_siret(number))
    shown = " ".join(number[i : i + 4] for i in range(0, len(number), 4)) if grouped else number
    findings = detect(f"Carte : {shown}.")
    assert [(f.category, f.start, f.end) for f in findings] == [("payment_card", 8, 8 + len(shown))]


@given(number=_cards(), data=st.data())
def test_one_wrong_digit_is_never_a_card(number: str, data: st.DataObject) -> None:
    position = data.draw(st.integers(0, len(number) - 1))
    digit = (int(number[position]) + data.draw(st.integers(1, 9))) % 10
    flipped = number[:position] + str(digit) + number[position + 1 :]
    assert not luhn_valid(flipped)
    assert detect(f"Carte : {flipped}.") == []
