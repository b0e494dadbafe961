from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import phonenumbers
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from licite.core.errors import InputError
from licite.core.normalize import (
    fast_fr_e164,
    normalise_email,
    normalise_phone,
    phone_e164,
    timezone_for_phone,
)

CASES = "phone/fr-normalisation-cases.json"


def _cases(shared_reference: Path) -> list[dict[str, Any]]:
    path = shared_reference / CASES
    if not path.is_file():
        pytest.skip(f"{path} not found: the phone normalisation cases are not in this checkout")
    cases: list[dict[str, Any]] = json.loads(path.read_text("utf-8"))["cases"]
    return cases


def test_reference_normalisation_cases(shared_reference: Path) -> None:
    cases = _cases(shared_reference)
    assert len(cases) > 100
    failures = [
        (c["input"], c["default_region"], c["expected_e164"], got)
        for c in cases
        if (got := phone_e164(c["input"], c["default_region"])) != c["expected_e164"]
    ]
    assert failures == []


def _libphonenumber_e164(raw: str) -> str | None:
    try:
        number = phonenumbers.parse(raw, "FR")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


PREFIXES = st.sampled_from(["+33", "0033", "33", "0", "+33 (0)", "+33(0)", "", "00", "+33 0"])
SEPARATORS = st.sampled_from(["", " ", ".", "-", "\u00a0", "  ", "/"])
GROUP = st.text(alphabet="0123456789", min_size=1, max_size=3)


@st.composite
def french_looking(draw: st.DrawFn) -> str:
    """A prefix, then digit groups (mostly nine digits in all) joined by one separator."""
    first = draw(st.sampled_from("123456789") | st.sampled_from("0"))
    groups = [first, *draw(st.lists(GROUP, min_size=3, max_size=6))]
    digits = "".join(groups)
    if draw(st.booleans()):  # steer towards the usual nine-digit national number
        digits = (digits + "0" * 9)[:9]
        groups = [digits[0], digits[1:3], digits[3:5], digits[5:7], digits[7:9]]
    separator = draw(SEPARATORS)
    return draw(PREFIXES) + draw(st.sampled_from(["", " "])) + separator.join(groups)


@settings(max_examples=1500)
@given(french_looking())
@example("06 12 34 56 78")
@example("+33 (0)6 12 34 56 78")
@example("0033 1 23 45 67 89")
@example("33 6 39 01 23 45")
def test_fast_path_agrees_with_phonenumbers(raw: str) -> None:
    fast = fast_fr_e164(raw)
    if fast is not None:
        assert fast == _libphonenumber_e164(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("06 12 34 56 78", "+33612345678"),
        ("+33 (0)1 23 45 67 89", "+33123456789"),
        ("0696 20 12 34", "+596696201234"),  # Martinique
        ("0590 20 12 34", "+590590201234"),  # Guadeloupe
        ("0594 10 12 34", "+594594101234"),  # Guyane
        ("0692 12 34 56", "+262692123456"),  # La Réunion
        ("0639 01 23 45", "+262639012345"),  # Mayotte
        (" +262 692 12 34 56 ", "+262692123456"),
    ],
)
def test_normalise_phone(raw: str, expected: str) -> None:
    assert normalise_phone(raw) == expected


@pytest.mark.parametrize(
    "raw", ["", "   ", "abc", "112", "3615", "061234567", "06123456789", "06 12 34 56 78 poste 12"]
)
def test_normalise_phone_rejects_junk(raw: str) -> None:
    with pytest.raises(InputError, match="not a valid phone number"):
        normalise_phone(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Jean.Dupont@Example.FR", "jean.dupont@example.fr"),
        ("  contact@acme.fr\t", "contact@acme.fr"),
        ("a+tag@sub.example.co.uk", "a+tag@sub.example.co.uk"),
    ],
)
def test_normalise_email(raw: str, expected: str) -> None:
    assert normalise_email(raw) == expected


@pytest.mark.parametrize(
    "raw", ["", "jean", "jean@", "@example.fr", "jean@example", "a@b@c.fr", "je an@example.fr"]
)
def test_normalise_email_rejects_junk(raw: str) -> None:
    with pytest.raises(InputError, match="not a valid email address"):
        normalise_email(raw)


@pytest.mark.parametrize(
    ("e164", "zone"),
    [
        ("+596696201234", "America/Martinique"),
        ("+262639012345", "Indian/Mayotte"),
        ("+262692123456", "Indian/Reunion"),  # libphonenumber also lists Mayotte (UTC+3)
        ("+262262161234", "Indian/Reunion"),
        ("+262269601234", "Indian/Mayotte"),
        ("+68987123456", "Pacific/Tahiti"),  # not Gambier/Marquesas
        ("+508411234", "America/Miquelon"),
        ("+12125550100", "America/New_York"),
        ("+590590201234", "America/Guadeloupe"),
        ("+594594101234", "America/Cayenne"),
        ("+687751234", "Pacific/Noumea"),
        ("+33612345678", "Europe/Paris"),
        (None, "Europe/Paris"),
        ("", "Europe/Paris"),
        ("not a number", "Europe/Paris"),
    ],
)
def test_timezone_for_phone(e164: str | None, zone: str) -> None:
    assert timezone_for_phone(e164) == zone
