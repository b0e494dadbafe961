from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from licite.core.arcep import (
    ARCEP_EFFECTIVE,
    RESERVED_PREFIXES_E164,
    RESERVED_PREFIXES_METROPOLITAN,
    RESERVED_PREFIXES_NATIONAL,
    RESERVED_PREFIXES_OVERSEAS,
    is_reserved_prospecting_number,
)
from licite.core.normalize import phone_e164

REFERENCE = "arcep-demarchage/arcep-2022-1583-prospecting-prefixes.json"


@pytest.fixture(scope="module")
def reference(shared_reference: Path) -> dict[str, Any]:
    path = shared_reference / REFERENCE
    if not path.is_file():
        pytest.skip(f"{path} not found: the ARCEP reference file is not in this checkout")
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def test_prefixes_match_the_reference(reference: dict[str, Any]) -> None:
    assert list(RESERVED_PREFIXES_METROPOLITAN) == reference["metropolitan_prefixes_national"]
    assert list(RESERVED_PREFIXES_OVERSEAS) == reference["overseas_prefixes_national"]
    assert set(RESERVED_PREFIXES_E164) >= set(reference["metropolitan_prefixes_e164"])


def test_effective_date_matches_the_reference(reference: dict[str, Any]) -> None:
    assert ARCEP_EFFECTIVE.isoformat() == reference["decision"]["effective"]


def test_reference_cases(reference: dict[str, Any]) -> None:
    for case in reference["test_cases"]:
        e164 = phone_e164(case["number"])
        assert e164 is not None, case
        assert is_reserved_prospecting_number(e164) is case["is_prospecting_prefix"], case


def test_constants() -> None:
    assert len(RESERVED_PREFIXES_NATIONAL) == 17
    assert all(p.startswith("0") for p in RESERVED_PREFIXES_NATIONAL)
    assert "+33162" in RESERVED_PREFIXES_E164
    assert "+339479" in RESERVED_PREFIXES_E164


@pytest.mark.parametrize(
    ("e164", "expected"),
    [
        ("+33162123456", True),
        ("+33163000000", True),
        ("+33569999999", True),
        ("+33948123456", True),
        ("+33947512345", True),  # overseas 09475
        ("+33947912345", True),  # overseas 09479
        ("+33947412345", False),
        ("+33161123456", False),
        ("+33612345678", False),  # mobile
        ("+33937123456", False),  # technical-platform polyvalent range
        ("+3316212345", False),  # too short
        ("+331621234567", False),  # too long
        ("+590162123456", False),  # not a +33 number
        ("0162123456", False),  # national format is not E.164
        ("", False),
        ("+33162 12345", False),
    ],
)
def test_is_reserved_prospecting_number(e164: str, expected: bool) -> None:
    assert is_reserved_prospecting_number(e164) is expected
