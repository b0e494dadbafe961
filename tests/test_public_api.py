"""The public API of ``licite`` is pinned here (as httpx's ``test_exported_members.py``).

Adding or removing a public name is a decision: change ``EXPORTED`` in the same commit.
"""

from __future__ import annotations

import importlib

import pytest

import licite

EXPORTED = [
    "Audience",
    "Basis",
    "Campaign",
    "Channel",
    "ConsentMethod",
    "Contact",
    "ContactKind",
    "Decision",
    "DecisionRequest",
    "InputError",
    "LiciteError",
    "RULES",
    "Reason",
    "Sector",
    "SourceType",
    "__version__",
    "decide",
    "parse_request",
    "rules_version",
]


def test_all_is_pinned_and_sorted() -> None:
    assert licite.__all__ == EXPORTED
    assert sorted(EXPORTED) == EXPORTED


@pytest.mark.parametrize("name", EXPORTED)
def test_each_name_is_importable(name: str) -> None:
    # ``from licite import name`` goes through the module's lazy ``__getattr__``.
    module = importlib.import_module("licite")
    assert getattr(module, name) is not None


def test_dir_lists_the_public_names() -> None:
    assert sorted(set(dir(licite)) & set(EXPORTED)) == EXPORTED


def test_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        _ = licite.no_such_name  # type: ignore[attr-defined]
