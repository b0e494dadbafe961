"""Domain types of a decision request and its answer (frozen, stdlib only).

They mirror ``shared/spec/decision-format.md``; :mod:`licite.core.request` builds them from
JSON-like input and :func:`to_wire` turns them back into the wire format.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from licite.core.enums import (
    COMMERCIAL_PURPOSE,
    Audience,
    Basis,
    Channel,
    ConsentMethod,
    ContactKind,
    Diffusion,
    Outcome,
    Sector,
    SourceType,
)


@dataclass(frozen=True, slots=True)
class Source:
    """Where the data came from (GDPR art. 14(2)(f): precise enough to tell the person)."""

    type: SourceType
    name: str | None = None
    url: str | None = None
    terms_forbid_reuse: bool | None = None
    robots_disallowed: bool | None = None
    tdm_reserved: bool | None = None


@dataclass(frozen=True, slots=True)
class Consent:
    """A consent as recorded; its validity is judged by the rules, not here."""

    channels: frozenset[Channel]
    controllers: tuple[str, ...]
    given_at: datetime
    method: ConsentMethod
    purpose: str = COMMERCIAL_PURPOSE
    withdrawn_at: datetime | None = None
    collected_by: str | None = None
    proof: Mapping[str, object] | None = None
    out_of_hours: bool = False


@dataclass(frozen=True, slots=True)
class Objection:
    """The person objected (GDPR art. 21): to everyone (``controller`` None) or to one."""

    at: datetime
    channels: frozenset[Channel]
    all_channels: bool = False
    controller: str | None = None


@dataclass(frozen=True, slots=True)
class Interaction:
    """A past contact or attempt."""

    at: datetime
    channel: Channel
    outcome: Outcome
    controller: str | None = None


@dataclass(frozen=True, slots=True)
class Customer:
    """The person bought something (for the existing-customer exception and retention)."""

    last_purchase_at: datetime | None = None
    product_categories: tuple[str, ...] = ()
    relationship_ended_at: datetime | None = None
    objection_offered_at_collection: bool = False


@dataclass(frozen=True, slots=True)
class Sirene:
    """INSEE SIRENE record of the business behind a B2B contact."""

    siren: str | None = None
    diffusion: Diffusion = Diffusion.OPEN
    natural_person: bool | None = None


@dataclass(frozen=True, slots=True)
class OppositionCheck:
    """Result of scrubbing one identifier against a public opposition list."""

    listed: bool | None = None
    checked_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Contact:
    """One prospect, with identifiers already normalised (E.164 phone, lower-case email)."""

    id: str
    audience: Audience
    collected_at: datetime
    source: Source
    kind: ContactKind = ContactKind.PERSON
    email: str | None = None
    phone: str | None = None
    postal_address: str | None = None
    timezone: str | None = None
    attributes: Mapping[str, str] = field(default_factory=dict)
    informed_at: datetime | None = None
    last_prospect_initiated_contact_at: datetime | None = None
    customer: Customer | None = None
    contract_in_progress: bool = False
    consents: tuple[Consent, ...] = ()
    objections: tuple[Objection, ...] = ()
    opposition_lists: Mapping[str, OppositionCheck] = field(default_factory=dict)
    interactions: tuple[Interaction, ...] = ()
    sirene: Sirene | None = None


@dataclass(frozen=True, slots=True)
class Message:
    """What every electronic message must carry (CPCE art. L34-5)."""

    sender_identified: bool = True
    opt_out_means: bool = True


@dataclass(frozen=True, slots=True)
class Campaign:
    """Who contacts, how and about what."""

    controller: str
    channel: Channel
    purpose: str = COMMERCIAL_PURPOSE
    product_categories: tuple[str, ...] = ()
    related_to_profession: bool = False
    sector: Sector = Sector.GENERAL
    caller_id: str | None = None
    message: Message = field(default_factory=Message)


@dataclass(frozen=True, slots=True)
class DecisionRequest:
    """May ``campaign.controller`` contact ``contact`` on ``campaign.channel`` at ``at``?"""

    at: datetime
    contact: Contact
    campaign: Campaign


@dataclass(frozen=True, slots=True)
class Reason:
    """One refusing rule or one obligation, with the law it rests on and its FR/EN wording."""

    code: str
    rule_id: str
    legal_refs: tuple[str, ...]
    message_fr: str
    message_en: str

    def to_wire(self) -> dict[str, object]:
        return {
            "code": self.code,
            "rule": self.rule_id,
            "legal_refs": list(self.legal_refs),
            "message": {"fr": self.message_fr, "en": self.message_en},
        }


@dataclass(frozen=True, slots=True)
class Decision:
    """The answer: allowed or not, on which basis, every refusing reason and every obligation."""

    contact_id: str
    allowed: bool
    basis: Basis | None
    reasons: tuple[Reason, ...]
    obligations: tuple[Reason, ...]
    rules_version: str

    def to_wire(self) -> dict[str, object]:
        return {
            "contact_id": self.contact_id,
            "allowed": self.allowed,
            "basis": self.basis.value if self.basis else None,
            "reasons": [r.to_wire() for r in self.reasons],
            "obligations": [o.to_wire() for o in self.obligations],
            "rules_version": self.rules_version,
        }
