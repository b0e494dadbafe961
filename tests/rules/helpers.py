"""Builders and assertions for the rule-table tests (requests as JSON dicts, decision format).

``request()`` gives a *lawful* request by default: a consumer who gave a valid, proven consent
for the campaign's channel through the controller's own form ten days before a weekday-morning
contact, a reserved ARCEP caller ID for calls and SMS, nothing objected. Each test then changes
only what the legal text it illustrates is about (``contact={...}``, ``campaign={...}``, deep
merged; lists are replaced, ``None`` resets a field to its default).
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from licite.services.decide import decide

PARIS = ZoneInfo("Europe/Paris")
CONTROLLER = "Acme SAS"
#: Tuesday 1 December 2026, 10:30 in Paris: after the 2026-08-11 phone opt-in, a working slot.
AT = "2026-12-01T10:30:00+01:00"
#: A caller ID in an ARCEP range reserved for canvassing (0162…).
RESERVED_CALLER_ID = "+33162000001"
PHONE = "06 12 34 56 78"
EMAIL = "jeanne.dupont@example.fr"
POSTAL = "12 rue des Lilas, 13100 Aix-en-Provence"
ALL_CHANNELS = ("email", "sms", "automated_call", "fax", "phone_call", "postal_mail")
CALLER_ID_CHANNELS = frozenset({"sms", "automated_call", "phone_call"})

Json = dict[str, Any]


def ts(moment: datetime) -> str:
    """An ISO 8601 timestamp with its offset."""
    return moment.isoformat()


def paris(day: str, clock: str = "10:30") -> str:
    """``day`` at ``clock`` in Paris, with the offset in force there (+01:00 or +02:00)."""
    return ts(datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=PARIS))


def shift(at: str, **delta: float) -> str:
    """``at`` moved by a timedelta (``shift(AT, days=-10)``), keeping its offset."""
    return ts(datetime.fromisoformat(at) + timedelta(**delta))


def consent(
    channels: Iterable[str] = ALL_CHANNELS,
    given_at: str = "2026-11-21T10:30:00+01:00",
    **fields: Any,
) -> Json:
    """A valid consent (unticked box, with proof, naming the controller) unless overridden."""
    out: Json = {
        "channels": list(channels),
        "controllers": [CONTROLLER],
        "purpose": "commercial_prospecting",
        "given_at": given_at,
        "withdrawn_at": None,
        "method": "unticked_checkbox",
        "collected_by": CONTROLLER,
        "proof": {"form": "newsletter-v3", "ip": "203.0.113.7"},
        "out_of_hours": False,
    }
    out.update(fields)
    return out


def merge(base: Mapping[str, Any], changes: Mapping[str, Any]) -> Json:
    """Deep merge: nested objects are merged, everything else (lists included) replaced."""
    out = copy.deepcopy(dict(base))
    for key, value in changes.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def request(
    channel: str = "email",
    audience: str = "consumer",
    at: str = AT,
    *,
    consented: bool = True,
    contact: Mapping[str, Any] | None = None,
    campaign: Mapping[str, Any] | None = None,
    **top: Any,
) -> Json:
    """A decision request (wire format) that is lawful unless the overrides make it not.

    ``consented=False`` drops the default consent (the opt-out channels need none). The data
    are collected ten days before ``at`` and the consent is given then.
    """
    collected = shift(at, days=-10)
    base_contact: Json = {
        "id": "c-1",
        "kind": "person",
        "audience": audience,
        "email": EMAIL,
        "phone": PHONE,
        "postal_address": POSTAL,
        "collected_at": collected,
        "source": {
            "type": "own_form",
            "name": "acme.fr, formulaire de contact",
            "url": "https://acme.fr/contact",
        },
        "consents": [consent(given_at=collected)] if consented else [],
    }
    base_campaign: Json = {
        "controller": CONTROLLER,
        "channel": channel,
        "caller_id": RESERVED_CALLER_ID if channel in CALLER_ID_CHANNELS else None,
    }
    out: Json = {
        "at": at,
        "contact": merge(base_contact, contact or {}),
        "campaign": merge(base_campaign, campaign or {}),
    }
    return merge(out, top)


def scraped(**source: Any) -> Json:
    """A ``source`` object for data collected on a classified-ads site, terms checked."""
    out: Json = {
        "type": "classified_ads",
        "name": "leboncoin.fr",
        "url": "https://www.leboncoin.fr/ventes_immobilieres/2488123456.htm",
        "terms_forbid_reuse": False,
    }
    out.update(source)
    return out


# --- assertions --------------------------------------------------------------------------------


def codes_of(response: Mapping[str, Any]) -> set[str]:
    return {reason["code"] for reason in response["reasons"]}


def obligation_codes(response: Mapping[str, Any]) -> set[str]:
    return {item["code"] for item in response["obligations"]}


def rules_of(response: Mapping[str, Any]) -> set[str]:
    """Row ids of every reason and obligation."""
    return {item["rule"] for item in [*response["reasons"], *response["obligations"]]}


def _describe(response: Mapping[str, Any]) -> str:
    reasons = [(r["rule"], r["code"]) for r in response["reasons"]]
    obligations = [o["rule"] for o in response["obligations"]]
    return (
        f"allowed={response['allowed']} basis={response['basis']} reasons={reasons} "
        f"obligations={obligations} rules_version={response['rules_version']}"
    )


def assert_decision(
    response: Mapping[str, Any],
    *,
    allowed: bool | None = None,
    basis: str | type[Ellipsis] | None = ...,
    codes: Iterable[str] | None = None,
    refs: Iterable[str] = (),
    rules: Iterable[str] = (),
    obligations: Iterable[str] = (),
) -> None:
    """Check a wire response: ``codes`` is the exact set of reason codes; ``refs`` must each be
    cited by some reason; ``rules`` (row ids) and ``obligations`` (codes) must be present."""
    seen = _describe(response)
    if allowed is not None:
        assert response["allowed"] is allowed, seen
    if basis is not ...:
        assert response["basis"] == basis, seen
    if codes is not None:
        assert codes_of(response) == set(codes), seen
    cited = {ref for reason in response["reasons"] for ref in reason["legal_refs"]}
    for ref in refs:
        assert ref in cited, f"{ref!r} not cited by any reason; {seen}"
    missing = set(rules) - rules_of(response)
    assert not missing, f"rows {sorted(missing)} did not fire; {seen}"
    absent = set(obligations) - obligation_codes(response)
    assert not absent, f"obligations {sorted(absent)} missing; {seen}"


# --- table-driven cases ------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One situation, its expected answer, and (in the comment next to it) the text it rests on.

    ``codes`` is the EXACT set of reason codes; ``rules`` a subset of the row ids expected among
    reasons and obligations; ``refs`` citations each expected in some reason."""

    name: str
    request: Json
    allowed: bool
    basis: str | None
    codes: set[str] = field(default_factory=set)
    rules: set[str] = field(default_factory=set)
    refs: tuple[str, ...] = ()

    def __str__(self) -> str:
        return self.name


def run_case(case: Case) -> Json:
    """The wire response for the case's request (detectors then engine)."""
    return decide(case.request).to_wire()


def check_case(case: Case) -> Json:
    """Run the case and assert everything it expects; returns the response."""
    response = run_case(case)
    assert_decision(
        response,
        allowed=case.allowed,
        basis=case.basis,
        codes=case.codes,
        refs=case.refs,
        rules=case.rules,
    )
    return response


def check_disputed(case: Case) -> None:
    """For a DISPUTED case (run under ``xfail(strict=True)``): the verdict the law calls for.
    Only ``allowed`` is checked, so the case starts passing as soon as the engine is fixed."""
    response = run_case(case)
    assert response["allowed"] is case.allowed, _describe(response)


def ids(cases: Iterable[Case]) -> list[str]:
    return [case.name for case in cases]
