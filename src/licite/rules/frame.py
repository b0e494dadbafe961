"""Contacts as columns: the shape the rule table is evaluated on.

A :class:`ContactFrame` holds one NumPy array per contact field and small child tables
(consents, objections, interactions) keyed by the row of their contact. Building one costs a
few microseconds per contact; evaluating some forty rules on it then costs a few NumPy
operations per rule for the whole batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np
import numpy.typing as npt

from licite.core.enums import (
    VALID_CONSENT_METHODS,
    Audience,
    Channel,
    ContactKind,
    Diffusion,
    Outcome,
    SourceType,
)
from licite.core.model import Consent, Contact
from licite.core.normalize import normalise_controller, timezone_for_phone

Bools = npt.NDArray[np.bool_]
Ints = npt.NDArray[np.int64]
Times = npt.NDArray[np.datetime64]
Objects = npt.NDArray[np.object_]

NAT = np.datetime64("NaT", "us")
CHANNELS = tuple(Channel)
CHANNEL_BIT = {channel: 1 << index for index, channel in enumerate(CHANNELS)}
SOURCE_TYPES = tuple(SourceType)
SOURCE_CODE = {source: index for index, source in enumerate(SOURCE_TYPES)}
OUTCOMES = tuple(Outcome)
#: Source names too vague to tell a person where their data came from (Kaspr, SAN-2024-020).
VAGUE_SOURCE_NAMES = frozenset(
    {
        "internet", "web", "le web", "source publique", "sources publiques",
        "public source", "public sources", "publicly accessible sources",
        "publicly available sources", "sources publiquement accessibles",
        "sources accessibles au public", "donnees publiques", "données publiques",
        "public data", "open data", "divers", "various", "n/a", "na", "unknown", "inconnu",
        "autre", "other", "partenaire", "partenaires", "partner", "partners",
    }
)  # fmt: skip


NAT_INT = int(NAT.astype(np.int64))


def micros(value: datetime | None) -> int | None:
    """Exact microseconds since the epoch of an aware datetime (whole seconds from the float
    timestamp, which is far more precise than half a second, plus the exact microseconds)."""
    if value is None:
        return None
    fraction = value.microsecond
    return round(value.timestamp() - fraction / 1e6) * 1_000_000 + fraction


def to_datetime64(value: datetime) -> np.datetime64:
    return np.datetime64(micros(value), "us")


def _times(values: list[int | None]) -> Times:
    out = np.array([NAT_INT if v is None else v for v in values], dtype=np.int64)
    return out.view("datetime64[us]")


def _tristate(value: bool | None) -> int:
    return -1 if value is None else int(value)


def _mask(channels: Iterable[Channel]) -> int:
    bits = 0
    for channel in channels:
        bits |= CHANNEL_BIT[channel]
    return bits


@dataclass(slots=True)
class ChildTable:
    """Rows belonging to contacts: ``parent[i]`` is the contact row of child ``i``."""

    parent: Ints
    columns: dict[str, np.ndarray] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.parent)


@dataclass(slots=True)
class ContactFrame:
    """A batch of contacts, column by column (see :func:`build_frame`)."""

    ids: list[str]
    columns: dict[str, np.ndarray]
    consents: ChildTable
    objections: ChildTable
    interactions: ChildTable
    customer_categories: list[frozenset[str] | None]

    @property
    def n(self) -> int:
        return len(self.ids)


def _flags(
    contacts: Sequence[Contact], flagged: Sequence[frozenset[str]] | None
) -> dict[str, Bools]:
    n = len(contacts)
    categories = flagged or [frozenset()] * n
    return {
        "holds_art9": np.array([bool(c - {"criminal", "nir"}) for c in categories], dtype=bool),
        "holds_art10": np.array(["criminal" in c for c in categories], dtype=bool),
        "holds_nir": np.array(["nir" in c for c in categories], dtype=bool),
    }


def build_frame(
    contacts: Sequence[Contact], flagged: Sequence[frozenset[str]] | None = None
) -> ContactFrame:
    """Columns of ``contacts``; ``flagged`` lists per contact the categories of data that must
    not be held (GDPR art. 9 categories, ``criminal``, ``nir``) found by the detectors."""
    scalars = [_scalars(contact) for contact in contacts]
    consents: list[tuple[object, ...]] = []
    objections: list[tuple[object, ...]] = []
    interactions: list[tuple[object, ...]] = []
    categories: list[frozenset[str] | None] = []
    for row, contact in enumerate(contacts):
        customer = contact.customer
        categories.append(
            frozenset(map(normalise_controller, customer.product_categories)) if customer else None
        )
        consents.extend(_consent(row, consent) for consent in contact.consents)
        objections.extend(
            (row, micros(o.at), _mask(o.channels), _controller(o.controller))
            for o in contact.objections
        )
        interactions.extend(
            (row, micros(i.at), CHANNEL_BIT[i.channel], _controller(i.controller),
             i.outcome is Outcome.REFUSED)
            for i in contact.interactions
        )  # fmt: skip
    columns = _columns(scalars, _SCALARS)
    columns.update(_flags(contacts, flagged))
    return ContactFrame(
        ids=[c.id for c in contacts],
        columns=columns,
        consents=_child(consents, _CONSENT_COLUMNS),
        objections=_child(objections, _OBJECTION_COLUMNS),
        interactions=_child(interactions, _INTERACTION_COLUMNS),
        customer_categories=categories,
    )


def _controller(name: str | None) -> str | None:
    return normalise_controller(name) if name else None


def _consent(row: int, consent: Consent) -> tuple[object, ...]:
    return (
        row,
        _mask(consent.channels),
        frozenset(map(normalise_controller, consent.controllers)),
        consent.purpose,
        micros(consent.given_at),
        micros(consent.withdrawn_at),
        consent.method in VALID_CONSENT_METHODS,
        bool(consent.proof),
        _controller(consent.collected_by),
        consent.out_of_hours,
    )


def _scalars(c: Contact) -> tuple[object, ...]:
    """One contact's scalar columns, in the order of ``_SCALARS``."""
    source, customer, sirene = c.source, c.customer, c.sirene
    bloctel = c.opposition_lists.get("bloctel") if c.opposition_lists else None
    name = (source.name or "").strip()
    return (
        c.kind is ContactKind.PERSON,
        c.audience is Audience.CONSUMER,
        c.email is not None,
        c.phone is not None,
        c.timezone or timezone_for_phone(c.phone),
        micros(c.collected_at),
        micros(c.informed_at),
        micros(c.last_prospect_initiated_contact_at),
        SOURCE_CODE[source.type],
        not name,
        bool(name) and normalise_controller(name) in VAGUE_SOURCE_NAMES,
        _tristate(source.terms_forbid_reuse),
        _tristate(source.robots_disallowed),
        _tristate(source.tdm_reserved),
        customer is not None,
        micros(customer.last_purchase_at) if customer else None,
        micros(customer.relationship_ended_at) if customer else None,
        customer.objection_offered_at_collection if customer else False,
        c.contract_in_progress,
        sirene is not None and sirene.diffusion is Diffusion.PARTIAL,
        _tristate(sirene.natural_person) if sirene else -1,
        _tristate(bloctel.listed) if bloctel else -1,
        micros(bloctel.checked_at) if bloctel else None,
    )


#: Scalar columns and their kind: b = bool, i = int, t = timestamp, o = object.
_SCALARS = {
    "person": "b", "consumer": "b", "has_email": "b", "has_phone": "b", "timezone": "o",
    "collected_at": "t", "informed_at": "t", "last_initiated_at": "t", "source_type": "i",
    "source_name_missing": "b", "source_name_vague": "b", "terms_forbid_reuse": "i",
    "robots_disallowed": "i", "tdm_reserved": "i", "customer": "b", "last_purchase_at": "t",
    "relationship_ended_at": "t", "objection_offered": "b", "contract_in_progress": "b",
    "sirene_partial": "b", "sirene_natural_person": "i", "bloctel_listed": "i",
    "bloctel_checked_at": "t",
}  # fmt: skip
_CONSENT_COLUMNS = {
    "parent": "i", "channels": "i", "controllers": "o", "purpose": "o", "given_at": "t",
    "withdrawn_at": "t", "method_valid": "b", "has_proof": "b", "collected_by": "o",
    "out_of_hours": "b",
}  # fmt: skip
_OBJECTION_COLUMNS = {"parent": "i", "at": "t", "channels": "i", "controller": "o"}
_INTERACTION_COLUMNS = {
    "parent": "i", "at": "t", "channel": "i", "controller": "o", "refused": "b",
}  # fmt: skip


def _columns(rows: list[tuple[object, ...]], kinds: dict[str, str]) -> dict[str, np.ndarray]:
    """Transpose row tuples into one array per column (``kinds`` gives names and types)."""
    values = list(zip(*rows, strict=True)) if rows else [()] * len(kinds)
    out: dict[str, np.ndarray] = {}
    for (name, kind), column in zip(kinds.items(), values, strict=True):
        if kind == "t":
            out[name] = _times(column)  # type: ignore[arg-type]
        elif kind == "o":
            array = np.empty(len(column), dtype=object)
            array[:] = column
            out[name] = array
        else:
            out[name] = np.array(column, dtype=bool if kind == "b" else np.int64)
    return out


def _child(rows: list[tuple[object, ...]], kinds: dict[str, str]) -> ChildTable:
    columns = _columns(rows, kinds)
    return ChildTable(parent=columns.pop("parent"), columns=columns)
