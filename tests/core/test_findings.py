from __future__ import annotations

import dataclasses

import pytest

from licite.core.findings import (
    ALL_CATEGORIES,
    ART9_CATEGORIES,
    ART10_CATEGORIES,
    Finding,
)


def _finding(category: str) -> Finding:
    return Finding(category, 0, 3, "CGT", 0.6, "test", "because")


def test_categories() -> None:
    assert {
        "health", "religion", "politics", "union", "origin", "sex_life", "genetic", "biometric",
    } == ART9_CATEGORIES  # fmt: skip
    assert {"criminal"} == ART10_CATEGORIES
    assert not ART9_CATEGORIES & ART10_CATEGORIES
    assert {"nir", "criminal", "health"} <= ALL_CATEGORIES


def test_finding_is_frozen_with_optional_field() -> None:
    finding = _finding("union")
    assert finding.field is None
    assert finding.is_special_category and not finding.is_criminal
    assert _finding("criminal").is_criminal
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.score = 1.0  # type: ignore[misc]
    assert dataclasses.replace(finding, field="bio").field == "bio"
