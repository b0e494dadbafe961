from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from licite.detectors.phone import CATEGORIES, DETECTOR, detect, might_match, validate


@pytest.mark.parametrize(
    ("text", "found", "e164"),
    [
        # French national notations
        ("Tél : 06 12 34 56 78", "06 12 34 56 78", "+33612345678"),
        ("06.12.34.56.78", "06.12.34.56.78", "+33612345678"),
        ("06-12-34-56-78", "06-12-34-56-78", "+33612345678"),
        ("06/12/34/56/78", "06/12/34/56/78", "+33612345678"),
        ("0612345678", "0612345678", "+33612345678"),
        ("(0612345678)", "0612345678", "+33612345678"),
        (
            "06\u00a012\u00a034\u00a056\u00a078",
            "06\u00a012\u00a034\u00a056\u00a078",
            "+33612345678",
        ),
        ("standard 01 23 45 67 89.", "01 23 45 67 89", "+33123456789"),
        ("0800 123 456", "0800 123 456", "+33800123456"),
        ("0 800 123 456", "0 800 123 456", "+33800123456"),
        # international forms
        ("+33 6 12 34 56 78", "+33 6 12 34 56 78", "+33612345678"),
        ("+33612345678", "+33612345678", "+33612345678"),
        ("+33 (0)6 12 34 56 78", "+33 (0)6 12 34 56 78", "+33612345678"),
        ("(+33) 6 12 34 56 78", "(+33) 6 12 34 56 78", "+33612345678"),
        ("0033 6 12 34 56 78", "0033 6 12 34 56 78", "+33612345678"),
        ("tel:+33-6-12-34-56-78", "+33-6-12-34-56-78", "+33612345678"),
        ("+44 20 7946 0958", "+44 20 7946 0958", "+442079460958"),
        ("+1 (415) 555-2671", "+1 (415) 555-2671", "+14155552671"),
        ("+41 22 123 45 67", "+41 22 123 45 67", "+41221234567"),
        # overseas departments use the national notation
        ("0590 20 12 34", "0590 20 12 34", "+590590201234"),
        ("0696 20 12 34", "0696 20 12 34", "+596696201234"),
        ("0692 12 34 56", "0692 12 34 56", "+262692123456"),
        # an 11-digit national number in an English text: British
        ("call 020 7946 0958", "020 7946 0958", "+442079460958"),
        # a number followed or preceded by other digits
        ("+33 6 12 34 56 78 12 rue Victor Hugo", "+33 6 12 34 56 78", "+33612345678"),
        ("Villa 120 m2 06 12 34 56 78", "06 12 34 56 78", "+33612345678"),
        ("0612345678@sms.fr", "0612345678", "+33612345678"),
    ],
)
def test_phone_numbers_are_found(text: str, found: str, e164: str) -> None:
    findings = detect(text, field="ad")
    assert [f.text for f in findings] == [found]
    finding = findings[0]
    assert text[finding.start : finding.end] == found
    assert (finding.category, finding.detector, finding.field) == ("phone", DETECTOR, "ad")
    assert e164 in finding.explanation
    assert validate(found) == e164


@pytest.mark.parametrize(
    "text",
    [
        "livraison le 12/05/2024",  # date
        "du 01/05/2024 10:30 au 02/05/2024",  # date and time
        "prix 1 200 000 € TTC",  # price
        "75008 Paris, 69002 Lyon",  # postal codes
        "en 1998, 2004 et 2024",  # years
        "SIRET 732 829 320 00074",  # SIRET
        "73282932000074",  # compact SIRET
        "NIR 1 85 05 78 006 084 91",  # NIR (its 05 78 006 084 is FR-valid)
        "IBAN FR76 3000 6000 0112 3456 7890 189",  # IBAN
        "carte 4970 1012 3456 7890",  # card
        "06123456789",  # 11 digits
        "061234567",  # 9 digits
        "06 12 34 56  78",  # two kinds of separator
        "+3361234567",  # too short
        "0012345678",  # no country
        "réf. 0000000000",  # not a valid number
        "Tel0612345678",  # glued to a word
        "3615 ULLA, 112",  # short codes
        "",
    ],
)
def test_non_phone_numbers_are_not_found(text: str) -> None:
    assert detect(text) == []


def test_two_numbers_in_one_run() -> None:
    text = "Tél. 01 23 45 67 89/06 12 34 56 78"
    assert [f.text for f in detect(text)] == ["01 23 45 67 89", "06 12 34 56 78"]


def test_context_raises_the_score() -> None:
    bare, labelled = detect("06 12 34 56 78"), detect("Portable : 06 12 34 56 78")
    assert bare[0].score < labelled[0].score


def test_prefilter_and_categories() -> None:
    assert might_match("06 12 34 56 78")
    assert not might_match("12 rue de la Paix, 75002 Paris")
    assert frozenset({"phone"}) == CATEGORIES


_DETECTED_REGIONS = {None, "FR", "GP", "MQ", "GF", "RE", "YT"}


def test_reference_cases(shared_reference: Path) -> None:
    """The shared libphonenumber cases, written in a sentence: valid numbers are found with the
    same E.164; numbers invalid in France are not reported as French (the overseas regions are
    tried: "0692 12 34 56" is Réunion). "33…" without "+" is left out: a bare 11-digit run."""
    cases = json.loads((shared_reference / "phone" / "fr-normalisation-cases.json").read_text())
    checked = 0
    for case in cases["cases"]:
        raw, expected = case["input"], case["expected_e164"]
        if case["default_region"] not in _DETECTED_REGIONS or raw.startswith("33"):
            continue
        found = [validate(f.text) for f in detect(f"Contact : {raw}.")]
        if expected is not None:
            assert found == [expected], raw
        elif case["default_region"] == "FR" and "poste" not in raw:
            assert not any(e164 and e164.startswith("+33") for e164 in found), raw
        checked += 1
    assert checked > 80


_STYLES = [
    lambda n: n,
    lambda n: " ".join(n[i : i + 2] for i in range(0, 10, 2)),
    lambda n: ".".join(n[i : i + 2] for i in range(0, 10, 2)),
    lambda n: "+33 " + n[1] + " " + " ".join(n[i : i + 2] for i in range(2, 10, 2)),
    lambda n: "+33" + n[1:],
]


@given(subscriber=st.text("0123456789", min_size=7, max_size=7), style=st.sampled_from(_STYLES))
def test_generated_mobile_numbers_are_found(subscriber: str, style: Callable[[str], str]) -> None:
    national = "061" + subscriber
    number = style(national)
    text = f"Appelez le {number} !"
    findings = detect(text)
    assert [(f.start, f.end) for f in findings] == [(11, 11 + len(number))]
    assert validate(number) == "+33" + national[1:]
