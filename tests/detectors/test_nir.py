from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from licite.detectors.nir import CATEGORIES, detect, might_match, nir_key, validate


def _with_key(body: str) -> str:
    return f"{body}{nir_key(body):02d}"


@pytest.mark.parametrize(
    ("body", "key"),
    [
        ("1850578006084", 91),
        ("2840520004017", 37),
        # Corsica: 2A reads as 19 and 2B as 18, i.e. the body minus 1 000 000 / 2 000 000.
        ("284052A004017", 97 - (2840520004017 - 1_000_000) % 97),
        ("284052B004017", 97 - (2840520004017 - 2_000_000) % 97),
    ],
)
def test_nir_key(body: str, key: int) -> None:
    assert nir_key(body) == key
    assert validate(f"{body}{key:02d}")
    assert not validate(f"{body}{(key % 97) + 1:02d}")


@pytest.mark.parametrize(
    "text",
    [
        "185057800608491",
        "NIR : 1 85 05 78 006 084 91.",
        "n° sécu 1.85.05.78.006.084.91",
        "2 84 05 20 004 017 37",
        f"Corse du Sud {_with_key('284052A004017')}",
        f"Haute-Corse: {_with_key('284052B004017')}",
        f"minuscule {_with_key('284052b004017')}",
        "tirets 1-85-05-78-006-084-91",
        "insécables 1\u00a085\u00a005\u00a078\u00a0006\u00a0084\u00a091",
        "Corse 2 84 05 2A 004 017 " + f"{nir_key('284052A004017'):02d}",
        "groupé 185057800608491, fin",
    ],
)
def test_valid_nirs_are_found(text: str) -> None:
    findings = detect(text, field="notes")
    assert len(findings) == 1
    finding = findings[0]
    assert finding.category == "nir"
    assert finding.text == text[finding.start : finding.end]
    assert finding.text[0] in "12"
    assert finding.field == "notes"
    assert "2019-341" in finding.explanation


@pytest.mark.parametrize(
    "text",
    [
        "185057800608492",  # wrong key
        "1 85 05 78 006 084 90",  # wrong key
        "2840520004017",  # no key
        "91185057800608491",  # embedded in a longer number
        "1850578006084911",  # longer number
        _with_key("5850578006084"),  # sex digit 5 does not exist (valid key)
        _with_key("1851378006084"),  # month 13 (valid key)
        "commande 0612345678 du 12/03",
        "IBAN FR76 3000 6000 0112 3456 7890 189",
        "SIRET 732 829 320 00074",  # 14 digits
        "12 1 85 05 78 006 084 91",  # inside a longer run of digit groups
        "1850 5780 0608 491",  # grouped by four (a card-like run)
        "",
    ],
)
def test_non_nirs_are_not_found(text: str) -> None:
    assert detect(text) == []


def test_validate_rejects_malformed() -> None:
    assert not validate("18505780060849")
    assert not validate("1850578006084AB")
    assert not validate("18505X800608491")


def test_prefilter_and_categories() -> None:
    assert might_match("NIR 185057800608491")
    assert not might_match("pas de numéro ici, juste du texte")
    assert frozenset({"nir"}) == CATEGORIES


@st.composite
def _nirs(draw: st.DrawFn) -> str:
    sex = draw(st.sampled_from("12"))
    year = f"{draw(st.integers(0, 99)):02d}"
    month = f"{draw(st.integers(1, 12)):02d}"
    dept = draw(st.sampled_from(["75", "13", "2A", "2B", "99", "97"]))
    rest = draw(st.text("0123456789", min_size=6, max_size=6))
    body = sex + year + month + dept + rest
    return body + f"{nir_key(body):02d}"


@given(nir=_nirs(), spaced=st.booleans())
def test_generated_nirs_are_found_with_their_exact_span(nir: str, spaced: bool) -> None:
    shown = f"{nir[0]} {nir[1:3]} {nir[3:5]} {nir[5:7]} {nir[7:10]} {nir[10:13]} {nir[13:]}"
    shown = shown if spaced else nir
    findings = detect(f"NIR : {shown}.")
    assert [(f.category, f.start, f.end) for f in findings] == [("nir", 6, 6 + len(shown))]


@given(nir=_nirs(), data=st.data())
def test_one_wrong_digit_is_never_a_nir(nir: str, data: st.DataObject) -> None:
    position = data.draw(st.sampled_from([i for i, c in enumerate(nir) if c.isdigit()]))
    digit = (int(nir[position]) + data.draw(st.integers(1, 9))) % 10
    flipped = nir[:position] + str(digit) + nir[position + 1 :]
    assert detect(f"NIR : {flipped}.") == []
