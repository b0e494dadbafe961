"""Conversions between the frozen domain types and the store's rows (plain dicts).

Kept apart from the queries so each direction can be read next to the other: whatever
:func:`contact_row` and :func:`child_rows` write, :func:`contact_from_row` must rebuild exactly
(a round-trip test holds them together).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

from sqlalchemy import RowMapping, Table

from licite.core.enums import (
    Audience,
    Channel,
    ConsentMethod,
    ContactKind,
    Diffusion,
    Outcome,
    SourceType,
)
from licite.core.model import (
    Consent,
    Contact,
    Customer,
    Interaction,
    Objection,
    OppositionCheck,
    Sirene,
    Source,
)
from licite.store.schema import consents, interactions, objections, opposition_checks

T = TypeVar("T")
Row = dict[str, Any]
#: Stored in ``objections.channels`` for an objection to every channel (the wire's ``"*"``).
ALL_CHANNELS = "*"

_SOURCE_FIELDS = ("type", "name", "url", "terms_forbid_reuse", "robots_disallowed", "tdm_reserved")


def source_fingerprint(source: Source) -> str:
    """sha256 of every field of a source: identical sources share one row."""
    values = [getattr(source, name) for name in _SOURCE_FIELDS]
    return hashlib.sha256(json.dumps(values, separators=(",", ":")).encode()).hexdigest()


def source_row(source: Source) -> Row:
    row: Row = {name: getattr(source, name) for name in _SOURCE_FIELDS}
    row["type"] = source.type.value
    row["fingerprint"] = source_fingerprint(source)
    return row


def contact_row(contact: Contact, source_id: int) -> Row:
    """The ``contacts`` row of a contact (without the import timestamps)."""
    customer, sirene = contact.customer, contact.sirene
    return {
        "id": contact.id,
        "kind": contact.kind.value,
        "audience": contact.audience.value,
        "email": contact.email,
        "phone": contact.phone,
        "postal_address": contact.postal_address,
        "timezone": contact.timezone,
        "attributes": dict(contact.attributes),
        "collected_at": contact.collected_at,
        "informed_at": contact.informed_at,
        "last_prospect_initiated_contact_at": contact.last_prospect_initiated_contact_at,
        "contract_in_progress": contact.contract_in_progress,
        "is_customer": customer is not None,
        "customer_last_purchase_at": customer.last_purchase_at if customer else None,
        "customer_product_categories": list(customer.product_categories) if customer else None,
        "customer_relationship_ended_at": customer.relationship_ended_at if customer else None,
        "customer_objection_offered_at_collection": (
            customer.objection_offered_at_collection if customer else None
        ),
        "sirene_siren": sirene.siren if sirene else None,
        "sirene_diffusion": sirene.diffusion.value if sirene else None,
        "sirene_natural_person": sirene.natural_person if sirene else None,
        "source_id": source_id,
    }


def _channels(channels: Iterable[Channel]) -> list[str]:
    return sorted(channel.value for channel in channels)


def child_rows(contact: Contact) -> dict[Table, list[Row]]:
    """The rows of every child table for one contact; ``position`` keeps tuple order."""
    owner = contact.id
    return {
        consents: [
            {
                "contact_id": owner,
                "position": position,
                "channels": _channels(c.channels),
                "controllers": list(c.controllers),
                "purpose": c.purpose,
                "given_at": c.given_at,
                "withdrawn_at": c.withdrawn_at,
                "method": c.method.value,
                "collected_by": c.collected_by,
                "proof": dict(c.proof) if c.proof is not None else None,
                "out_of_hours": c.out_of_hours,
            }
            for position, c in enumerate(contact.consents)
        ],
        objections: [
            {
                "contact_id": owner,
                "position": position,
                "at": o.at,
                "channels": ALL_CHANNELS if o.all_channels else _channels(o.channels),
                "controller": o.controller,
            }
            for position, o in enumerate(contact.objections)
        ],
        opposition_checks: [
            {"contact_id": owner, "list_name": name, "listed": c.listed, "checked_at": c.checked_at}
            for name, c in contact.opposition_lists.items()
        ],
        interactions: [
            {
                "contact_id": owner,
                "position": position,
                "at": i.at,
                "channel": i.channel.value,
                "controller": i.controller,
                "outcome": i.outcome.value,
            }
            for position, i in enumerate(contact.interactions)
        ],
    }


def consent_from_row(row: RowMapping) -> Consent:
    return Consent(
        channels=frozenset(Channel(value) for value in row["channels"]),
        controllers=tuple(row["controllers"]),
        given_at=row["given_at"],
        method=ConsentMethod(row["method"]),
        purpose=row["purpose"],
        withdrawn_at=row["withdrawn_at"],
        collected_by=row["collected_by"],
        proof=row["proof"],
        out_of_hours=row["out_of_hours"],
    )


def objection_from_row(row: RowMapping) -> Objection:
    stored = row["channels"]
    everything = stored == ALL_CHANNELS
    return Objection(
        at=row["at"],
        channels=frozenset(Channel) if everything else frozenset(Channel(v) for v in stored),
        all_channels=everything,
        controller=row["controller"],
    )


def interaction_from_row(row: RowMapping) -> Interaction:
    return Interaction(
        at=row["at"],
        channel=Channel(row["channel"]),
        outcome=Outcome(row["outcome"]),
        controller=row["controller"],
    )


def check_from_row(row: RowMapping) -> tuple[str, OppositionCheck]:
    return row["list_name"], OppositionCheck(listed=row["listed"], checked_at=row["checked_at"])


def group(rows: Sequence[RowMapping], convert: Callable[[RowMapping], T]) -> dict[str, list[T]]:
    """Child rows (ordered by contact) gathered per contact id."""
    out: dict[str, list[T]] = {}
    for row in rows:
        out.setdefault(row["contact_id"], []).append(convert(row))
    return out


def contact_from_row(
    row: RowMapping,
    consent_map: Mapping[str, list[Consent]],
    objection_map: Mapping[str, list[Objection]],
    check_map: Mapping[str, list[tuple[str, OppositionCheck]]],
    interaction_map: Mapping[str, list[Interaction]],
) -> Contact:
    """Rebuild a contact from its row (joined with its source as ``source_*``) and children."""
    key = row["id"]
    return Contact(
        id=key,
        kind=ContactKind(row["kind"]),
        audience=Audience(row["audience"]),
        email=row["email"],
        phone=row["phone"],
        postal_address=row["postal_address"],
        timezone=row["timezone"],
        attributes=row["attributes"],
        collected_at=row["collected_at"],
        informed_at=row["informed_at"],
        last_prospect_initiated_contact_at=row["last_prospect_initiated_contact_at"],
        contract_in_progress=row["contract_in_progress"],
        customer=_customer(row),
        sirene=_sirene(row),
        source=Source(
            type=SourceType(row["source_type"]),
            **{name: row[f"source_{name}"] for name in _SOURCE_FIELDS[1:]},
        ),
        consents=tuple(consent_map.get(key, ())),
        objections=tuple(objection_map.get(key, ())),
        opposition_lists=dict(check_map.get(key, ())),
        interactions=tuple(interaction_map.get(key, ())),
    )


def _customer(row: RowMapping) -> Customer | None:
    if not row["is_customer"]:
        return None
    return Customer(
        last_purchase_at=row["customer_last_purchase_at"],
        product_categories=tuple(row["customer_product_categories"] or ()),
        relationship_ended_at=row["customer_relationship_ended_at"],
        objection_offered_at_collection=bool(row["customer_objection_offered_at_collection"]),
    )


def _sirene(row: RowMapping) -> Sirene | None:
    if row["sirene_diffusion"] is None:
        return None
    return Sirene(
        siren=row["sirene_siren"],
        diffusion=Diffusion(row["sirene_diffusion"]),
        natural_person=row["sirene_natural_person"],
    )
