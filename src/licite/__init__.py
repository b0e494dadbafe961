"""licite: lawful commercial prospecting from publicly accessible data.

The public API is deliberately small (pinned by ``tests/test_public_api.py``): the domain
types of :mod:`licite.core`, :func:`decide` (one request, as a
:class:`~licite.core.model.DecisionRequest` or its JSON object) and the rule table.
Names are loaded on first use so that ``import licite`` (and the CLI) start fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "Audience": "licite.core.enums",
    "Basis": "licite.core.enums",
    "Channel": "licite.core.enums",
    "ConsentMethod": "licite.core.enums",
    "ContactKind": "licite.core.enums",
    "Sector": "licite.core.enums",
    "SourceType": "licite.core.enums",
    "InputError": "licite.core.errors",
    "LiciteError": "licite.core.errors",
    "Campaign": "licite.core.model",
    "Contact": "licite.core.model",
    "Decision": "licite.core.model",
    "DecisionRequest": "licite.core.model",
    "Reason": "licite.core.model",
    "parse_request": "licite.core.request",
    "decide": "licite.services.decide",
    "RULES": "licite.rules.table",
    "rules_version": "licite.rules.table",
}

__all__ = sorted([*_EXPORTS, "__version__"])


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'licite' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
