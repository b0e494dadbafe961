from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from licite.detectors.checks import mod97
from licite.detectors.iban import CATEGORIES, DETECTOR, LENGTHS, detect, might_match, validate

#: Examples from the SWIFT IBAN registry.
REGISTRY_EXAMPLES = [
    "AD1200012030200359100100",
    "AE070331234567890123456",
    "AT611904300234573201",
    "BE68539007547034",
    "BR1800360305000010009795493C1",
    "CH9300762011623852957",
    "DE89370400440532013000",
    "ES9121000418450200051332",
    "FI2112345600000785",
    "GB29NWBK60161331926819",
    "IT60X0542811101000000123456",
    "LC55HEMM000100010012001200023015",
    "MC5811222000010123456789030",
    "MT84MALT011000012345MTLCAST001S",
    "NL91ABNA0417164300",
    "NO9386011117947",
    "PL61109010140000071219812874",
    "RU0204452560040702810412345678901",
]


def _grouped(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


@pytest.mark.parametrize("iban", REGISTRY_EXAMPLES)
@pytest.mark.parametrize("written", [str, _grouped])
def test_registry_examples_are_found(iban: str, written: type[str]) -> None:
    shown = written(iban)
    text = f"Virement sur l'IBAN : {shown}. Merci."
    findings = detect(text, field="notes")
    assert [(f.start, f.end) for f in findings] == [(22, 22 + len(shown))]
    finding = findings[0]
    assert (finding.category, finding.detector, finding.field) == ("iban", DETECTOR, "notes")
    assert "mod-97" in finding.explanation and iban[:4] in finding.explanation


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "IBAN FR76 3000 6000 0112 3456 7890 189 BIC AGRIFRPP",
            "FR76 3000 6000 0112 3456 7890 189",
        ),
        ("FR76-3000-6000-0112-3456-7890-189", "FR76-3000-6000-0112-3456-7890-189"),
        ("XX12 FR76 3000 6000 0112 3456 7890 189", "FR76 3000 6000 0112 3456 7890 189"),
    ],
)
def test_iban_in_context(text: str, found: str) -> None:
    assert [f.text for f in detect(text)] == [found]


@pytest.mark.parametrize(
    "text",
    [
        "FR76 3000 6000 0112 3456 7890 188",  # mod 97 fails
        "FR76 3000 6000 0112 3456 7890 1891",  # too long for FR
        "FR76 3000 6000 0112 3456 7890 18",  # too short for FR
        "ZZ76 3000 6000 0112 3456 7890 189",  # no such country
        "XFR7630006000011234567890189",  # glued to a word
        "FR7630006000011234567890189X",
        "SIRET 732 829 320 00074, carte 4111 1111 1111 1111",
        "",
    ],
)
def test_non_ibans_are_not_found(text: str) -> None:
    assert detect(text) == []


def test_validate_and_prefilter() -> None:
    assert validate("fr76 3000 6000 0112 3456 7890 189")
    assert not validate("FR76 3000 6000 0112 3456 7890 18A")
    assert might_match("IBAN FR76 3000 6000 0112") and not might_match("pas de compte")
    assert len(LENGTHS) >= 89 and LENGTHS["FR"] == 27
    assert frozenset({"iban"}) == CATEGORIES


_BBAN_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@st.composite
def _ibans(draw: st.DrawFn, alphabet: str = _BBAN_CHARS) -> str:
    country = draw(st.sampled_from(sorted(LENGTHS)))
    bban = draw(st.text(alphabet, min_size=LENGTHS[country] - 4, max_size=LENGTHS[country] - 4))
    check = 98 - mod97(bban + country + "00")
    return f"{country}{check:02d}{bban}"


@given(iban=_ibans(), grouped=st.booleans())
def test_generated_ibans_are_found_with_their_exact_span(iban: str, grouped: bool) -> None:
    shown = _grouped(iban) if grouped else iban
    findings = detect(f"IBAN : {shown}.")
    assert [(f.category, f.start, f.end) for f in findings] == [("iban", 7, 7 + len(shown))]


@given(iban=_ibans("0123456789"), data=st.data())
def test_one_wrong_digit_is_never_an_iban(iban: str, data: st.DataObject) -> None:
    position = data.draw(st.integers(2, len(iban) - 1))
    digit = (int(iban[position]) + data.draw(st.integers(1, 9))) % 10
    flipped = iban[:position] + str(digit) + iban[position + 1 :]
    assert not validate(flipped)
    assert detect(f"IBAN : {_grouped(flipped)}.") == []
