from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from licite.detectors.checks import context_near, luhn_check_digit, luhn_valid, mod97


@pytest.mark.parametrize(
    ("digits", "valid"),
    [
        ("732829320", True),  # a SIREN
        ("73282932000074", True),  # its SIRET
        ("4111111111111111", True),  # a test Visa
        ("0", True),
        ("732829321", False),
        ("4111111111111112", False),
        ("", False),
        ("12a4", False),
    ],
)
def test_luhn(digits: str, valid: bool) -> None:
    assert luhn_valid(digits) is valid


@given(st.text("0123456789", min_size=1, max_size=20))
def test_luhn_check_digit_makes_a_valid_number(payload: str) -> None:
    assert luhn_valid(payload + luhn_check_digit(payload))


@pytest.mark.parametrize(
    ("value", "remainder"),
    [("30006000011234567890189FR76", 1), ("97", 0), ("A", 10), ("Z1", 351 % 97)],
)
def test_mod97(value: str, remainder: int) -> None:
    assert mod97(value) == remainder


@pytest.mark.parametrize(
    ("text", "near"),
    [
        ("SIREN : 732 829 320", True),  # before
        ("732 829 320 RCS Paris", True),  # after
        ("SIREN" + " " * 60 + "732 829 320", False),  # too far
        ("sirène 732 829 320", False),  # a word, not the label
    ],
)
def test_context_near(text: str, near: bool) -> None:
    start = text.index("732")
    words = re.compile(r"(?i)\b(?:siren|rcs)\b")
    assert context_near(text, start, start + 11, words) is near
