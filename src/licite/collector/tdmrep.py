"""W3C TDMRep (TDM Reservation Protocol, CG final report): whether a page's rights are reserved.

Why: a ``tdm-reservation: 1`` is the machine-readable opt-out of the DSM Directive 2019/790
art. 4 (text and data mining); it concerns copyright rather than the GDPR, but licite honours it
as an objection signal (LEGAL.md §10.2). Pure functions, so the conformance cases of
shared/reference/tdmrep run without a network: sources are applied in the spec's priority order
(``/.well-known/tdmrep.json``, then HTTP headers, then HTML meta), a later value supersedes an
earlier one, and a missing or invalid later value leaves the current one alone.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import unquote, urlsplit

import lxml.html

WELL_KNOWN = "/.well-known/tdmrep.json"
RESERVATION = "tdm-reservation"
POLICY = "tdm-policy"


@dataclass(frozen=True, slots=True)
class Declared:
    """What one source of TDMRep says: ``reserved`` None when absent or invalid (unset)."""

    reserved: bool | None = None
    policy: str | None = None


@dataclass(frozen=True, slots=True)
class Verdict:
    """The reservation of one resource after every source was applied."""

    reserved: bool | None = None
    policy: str | None = None

    def then(self, step: Declared) -> Verdict:
        """Apply a later (higher-priority) source: present values supersede, absent ones keep."""
        return Verdict(
            step.reserved if step.reserved is not None else self.reserved,
            step.policy if step.policy is not None else self.policy,
        )

    @property
    def effective_policy(self) -> str | None:
        """The policy to process: only when rights are reserved (agents SHOULD NOT otherwise)."""
        return self.policy if self.reserved else None

    @property
    def label(self) -> str:
        return {True: "reserved", False: "not_reserved", None: "unset"}[self.reserved]


def parse_reservation(value: object) -> bool | None:
    """1 → reserved, 0 → not reserved, anything else is a protocol error treated as unset."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return {1: True, 0: False}.get(value)
    if isinstance(value, str):
        return {"1": True, "0": False}.get(value.strip())
    return None


def _policy(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


@dataclass(frozen=True, slots=True)
class Rule:
    """One entry of tdmrep.json."""

    location: str
    declared: Declared


def parse_file(body: bytes | str | Sequence[Any]) -> tuple[Rule, ...]:
    """Rules of a tdmrep.json document; a document that is not a JSON array has none."""
    data: Any = body
    if isinstance(body, bytes | str):
        try:
            data = json.loads(body)
        except ValueError:
            return ()
    if not isinstance(data, list):
        return ()
    rules = []
    for entry in data:
        if isinstance(entry, dict) and isinstance(entry.get("location"), str):
            reserved = parse_reservation(entry.get(RESERVATION))
            declared = Declared(reserved, _policy(entry.get(POLICY)))
            rules.append(Rule(entry["location"], declared))
    return tuple(rules)


@lru_cache(maxsize=1024)
def _pattern(location: str) -> re.Pattern[str]:
    """Robots-style pattern: ``*`` any characters, final ``$`` end; %-escapes are literals."""
    anchored = location.endswith("$")
    body = location[:-1] if anchored else location
    regex = ".*".join(re.escape(unquote(part)) for part in body.split("*"))
    return re.compile(regex + ("$" if anchored else ""))


def _target(url: str) -> str:
    parts = urlsplit(url)
    path = unquote(parts.path or "/")
    return f"{path}?{unquote(parts.query)}" if parts.query else path


def from_file(rules: Sequence[Rule], url: str) -> Declared:
    """The first rule whose location matches the URL's path (case-sensitive prefix match)."""
    target = _target(url)
    for rule in rules:
        if _pattern(rule.location).match(target):
            return rule.declared
    return Declared()


def from_headers(headers: Mapping[str, str]) -> Declared:
    """``tdm-reservation`` / ``tdm-policy`` response headers (names are case-insensitive)."""
    lowered = {name.lower(): value for name, value in headers.items()}
    return Declared(parse_reservation(lowered.get(RESERVATION)), _policy(lowered.get(POLICY)))


def from_html(html: bytes | str) -> Declared:
    """``<meta name="tdm-reservation">`` and ``<meta name="tdm-policy">`` of an HTML page."""
    if not html.strip():
        return Declared()
    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return Declared()
    values: dict[str, str] = {}
    for meta in root.iter("meta"):
        name = (meta.get("name") or "").strip().lower()
        if name in (RESERVATION, POLICY) and name not in values:
            values[name] = meta.get("content") or ""
    return Declared(parse_reservation(values.get(RESERVATION)), _policy(values.get(POLICY)))


def decide(*steps: Declared) -> Verdict:
    """Apply sources in processing order (file, headers, HTML): each supersedes the previous."""
    verdict = Verdict()
    for step in steps:
        verdict = verdict.then(step)
    return verdict


__all__ = [
    "POLICY",
    "RESERVATION",
    "WELL_KNOWN",
    "Declared",
    "Rule",
    "Verdict",
    "decide",
    "from_file",
    "from_headers",
    "from_html",
    "parse_file",
    "parse_reservation",
]
