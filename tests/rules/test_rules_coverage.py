"""Meta-tests of the rule table: every row is exercised by a table-driven case, and every row is
well formed (cites catalogued texts, speaks French and English, has coherent dates).

A new refusing or obliging row without a case that makes it fire fails here.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest
from tests.rules.helpers import Case, rules_of, run_case

from licite.core.enums import Basis
from licite.core.legal import CATALOGUE
from licite.rules.labels import LABELS
from licite.rules.rule import Effect, Rule
from licite.rules.table import RULES

HERE = Path(__file__).parent


def case_modules() -> Iterator[ModuleType]:
    """Every ``tests/rules/test_*.py`` module that defines ``CASES``."""
    for path in sorted(HERE.glob("test_*.py")):
        if path.stem == Path(__file__).stem:
            continue
        module = importlib.import_module(f"tests.rules.{path.stem}")
        if hasattr(module, "CASES"):
            yield module


@cache
def all_cases() -> tuple[Case, ...]:
    return tuple(case for module in case_modules() for case in module.CASES)


@cache
def responses() -> tuple[dict[str, object], ...]:
    return tuple(run_case(case) for case in all_cases())


def rows(*effects: Effect) -> list[Rule]:
    return [rule for rule in RULES if rule.effect in effects]


def test_the_families_are_all_there() -> None:
    names = {module.__name__.rsplit(".", 1)[-1] for module in case_modules()}
    expected = {
        "channels", "existing_customer", "consent", "objections", "source",
        "retention_information", "phone", "sectors", "arcep", "message_content",
        "sensitive_data", "dates",
    }  # fmt: skip
    assert {f"test_rules_{family}" for family in expected} <= names


def test_case_names_are_unique() -> None:
    names = [case.name for case in all_cases()]
    duplicates = {name for name in names if names.count(name) > 1}
    assert not duplicates


def test_disputed_cases_are_kept_apart() -> None:
    for module in case_modules():
        disputed = {case.name for case in getattr(module, "DISPUTED", [])}
        assert disputed.isdisjoint(case.name for case in module.CASES), module.__name__


@pytest.mark.parametrize("rule", rows(Effect.REFUSE, Effect.OBLIGE), ids=lambda r: r.id)
def test_every_refusing_or_obliging_row_fires_in_some_case(rule: Rule) -> None:
    seen = set().union(*(rules_of(response) for response in responses()))
    assert rule.id in seen, f"no case makes {rule.id} ({rule.code}) fire"


@pytest.mark.parametrize("rule", rows(Effect.REFUSE), ids=lambda r: r.id)
def test_every_refusing_row_is_expected_by_name(rule: Rule) -> None:
    """Not only seen by chance: some case says, with its legal text, that this row refuses."""
    expected = set().union(*(case.rules for case in all_cases()))
    assert rule.id in expected, f"no case names {rule.id} in its expected rules"


@pytest.mark.parametrize("basis", list(Basis), ids=str)
def test_every_basis_is_reached(basis: Basis) -> None:
    assert basis.value in {response["basis"] for response in responses()}
    assert basis.value in {case.basis for case in all_cases()}


# --- the rows themselves -----------------------------------------------------------------------


def test_rule_ids_are_unique() -> None:
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_is_well_formed(rule: Rule) -> None:
    assert rule.legal_refs, "a rule must cite at least one text"
    for ref in rule.legal_refs:
        assert ref in CATALOGUE, f"{ref!r} is not in licite.core.legal.CATALOGUE"
    assert rule.fr.strip() and rule.en.strip()
    assert rule.channels and rule.audiences
    if rule.valid_until is not None:
        assert rule.valid_from <= rule.valid_until
    assert rule.code in LABELS, f"no short title for {rule.code!r} in licite.rules.labels"
    if rule.effect is Effect.BASIS:
        assert rule.basis is not None and rule.code == rule.basis.value


@pytest.mark.parametrize("rule", [r for r in RULES if r.unconfirmed], ids=lambda r: r.id)
def test_unconfirmed_rows_say_so_in_both_languages(rule: Rule) -> None:
    assert "non confirmé" in rule.fr
    assert "unconfirmed" in rule.en.lower()


def test_rows_mentioning_unconfirmed_are_flagged() -> None:
    for rule in RULES:
        if "unconfirmed" in rule.en.lower() or "non confirmé" in rule.fr:
            assert rule.unconfirmed, rule.id
