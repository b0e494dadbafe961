"""The detectors of numbers scan a text from shortly before its first run of eight digits
(``checks.numbers_from``): no phone number, NIR, SIREN, SIRET, VAT number or card number starts
earlier, so every match their regexes find in the whole text is found from there too."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from licite.detectors import checks, nir, payment_card, phone, siren

#: The regexes the detectors scan with, from ``numbers_from``.
_PATTERNS = {
    "phone": phone._RUN,
    "nir": nir._PATTERN,
    "card": payment_card._CANDIDATE,
    "siren nine digits": siren._NINE_DIGITS,
    "siren or siret": siren._NUMBER,
    "vat": siren._VAT,
}
#: Pieces of such numbers and what stands around them: Corsican NIRs split by "2A", VAT
#: numbers after "FR", separators, letters and other scripts' digits.
_PIECES = [
    *"0123456789", *" .-/\u00a0()", "2A", "2b", "FR", "FR ", "+33 ", "x", "é", "٣", "\n",
    "1 85 05 2A 123 456 78", "185052B12345678", "FR 40 303 265 045", "4970 1012 3456 7890",
]  # fmt: skip


def _spans(pattern: re.Pattern[str], text: str, start: int) -> list[tuple[tuple[int, int], ...]]:
    return [
        (m.span(), *(m.span(g) for g in range(1, pattern.groups + 1)))
        for m in pattern.finditer(text, start)
    ]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=24))
def test_no_number_starts_before_where_the_scan_starts(pieces: list[str]) -> None:
    text = "".join(pieces)
    start = checks.numbers_from(text)
    for name, pattern in _PATTERNS.items():
        assert _spans(pattern, text, start) == _spans(pattern, text, 0), name


@pytest.mark.parametrize(
    "text",
    ["NIR 1 85 05 2A 123 456 78 clé", "TVA FR 40 303 265 045", "appelez le 06 12 34 56 78", ""],
)
def test_numbers_from_cases(text: str) -> None:
    start = checks.numbers_from(text)
    for name, pattern in _PATTERNS.items():
        assert _spans(pattern, text, start) == _spans(pattern, text, 0), name
    assert checks.digits_from(text) == (
        -1 if (found := checks._DIGIT_RUN.search(text)) is None else found.start()
    )
