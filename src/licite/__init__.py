"""licite: lawful commercial prospecting from publicly accessible data.

The public API is deliberately small (pinned by ``tests/test_public_api.py``):
domain types from :mod:`licite.core`, and :func:`decide` / :func:`decide_many`
which evaluate the rule table for decision requests.
"""

from licite.core.enums import (
    Audience,
    Basis,
    Channel,
    ConsentMethod,
    ContactKind,
    Sector,
    SourceType,
)
from licite.core.errors import InputError, LiciteError
from licite.core.model import Campaign, Contact, Decision, DecisionRequest, Reason
from licite.core.request import parse_request

__version__ = "0.1.0"

__all__ = [
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
    "Reason",
    "Sector",
    "SourceType",
    "__version__",
    "parse_request",
]
