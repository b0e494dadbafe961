"""Table-driven tests of the art. 9 / art. 10 detector, one table module per family.

Each ``sensitive_cases_<family>.py`` holds three tables: texts that reveal a category about a
person (``POSITIVES``), texts that mention it without revealing anything about a person
(``NOT_ABOUT``: objects, places, generic or hypothetical phrases) and texts that reveal nothing
(``NEGATIVES``, with the false friends).
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

import pytest

from licite.detectors.redact import redact_text
from licite.detectors.sensitive import detect

FAMILIES = ("criminal", "genetic_biometric", "health", "origin_sex_life", "politics_union",
            "religion", "fr_politics_union", "fr_origin_sex_life", "fr_religion", "fr_health",
            "fr_genetic_biometric_criminal", "en_coverage", "fr_h18", "en_h18", "en_r21", "ctx",
            "fr_coverage", "h22", "fr_r22", "fr_r22ff", "en_r22ff", "en_r22", "fr_r23hl",
            "en_r23hl", "r23", "r23ps", "r24ctx", "r24ou", "r25sp", "r25hl", "r25rb",
            "r25cu", "r26ns", "r26lx", "r27", "r28", "r29")  # fmt: skip
MODULES: dict[str, ModuleType] = {
    family: import_module(f"tests.detectors.sensitive_cases_{family}") for family in FAMILIES
}


def about(text: str) -> set[str]:
    """Categories revealed about a person."""
    return {f.category for f in detect(text) if f.about_person}


def mentioned(text: str) -> set[str]:
    """Categories mentioned at all, about a person or not."""
    return {f.category for f in detect(text)}


def table(name: str) -> list[object]:
    return [
        pytest.param(*(row if isinstance(row, tuple) else (row,)), id=f"{family}:{row!s:.60}")
        for family, module in MODULES.items()
        for row in getattr(module, name)
    ]


@pytest.mark.parametrize(("text", "category"), table("POSITIVES"))
def test_reveals_the_category_about_a_person(text: str, category: str) -> None:
    assert category in about(text)


@pytest.mark.parametrize(("text", "category"), table("NOT_ABOUT"))
def test_mentions_the_category_but_not_about_a_person(text: str, category: str) -> None:
    assert category in mentioned(text)
    assert category not in about(text)


@pytest.mark.parametrize("text", table("NEGATIVES"))
def test_reveals_nothing(text: str) -> None:
    assert about(text) == set()


@pytest.mark.parametrize("text", MODULES["r27"].NO_RELIGION)
def test_an_ancestry_share_is_no_faith(text: str) -> None:
    found = mentioned(text)
    assert "origin" in found
    assert "religion" not in found


@pytest.mark.parametrize("text", MODULES["r27"].NO_ORIGIN)
def test_a_share_that_names_no_population_is_no_origin(text: str) -> None:
    assert "origin" not in mentioned(text)


@pytest.mark.parametrize("text", MODULES["r27"].NO_RELIGION)
def test_an_ancestry_share_is_redacted_whole(text: str) -> None:
    """The faith word of a share loses its religion finding: the share's origin finding must
    then cover it, even beside an origin finding of its own ("juif" of "15 % juif séfarade")."""
    redacted, _ = redact_text(text)
    assert "juif" not in redacted and "Jewish" not in redacted


@pytest.mark.parametrize("text", MODULES["r28"].NO_CRIMINAL)
def test_sick_leave_is_no_arrest(text: str) -> None:
    """ "arrêté" is also stopped from work: only an arrest during a protest or the like counts."""
    assert "criminal" not in mentioned(text)


@pytest.mark.parametrize(("text", "category"), MODULES["r28"].NO_CATEGORY)
def test_a_category_not_revealed(text: str, category: str) -> None:
    assert category not in about(text)
