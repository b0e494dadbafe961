from __future__ import annotations

import pytest

from licite.detectors.nir import detect, nir_key, validate


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
        "",
    ],
)
def test_non_nirs_are_not_found(text: str) -> None:
    assert detect(text) == []


def test_validate_rejects_malformed() -> None:
    assert not validate("18505780060849")
    assert not validate("1850578006084AB")
    assert not validate("18505X800608491")
