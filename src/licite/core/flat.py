"""Contacts as flat CSV rows (``docs/contacts-csv.md``): one row ↔ one :class:`Contact`.

Why a module of its own: batch checks and imports read millions of rows, so a row is turned into
a ``Contact`` directly, through one precomputed converter per column, without first building the
nested JSON object of the decision format. The cells are nevertheless read with the same parsers
as :func:`licite.core.request.parse_contact`, so a row and its JSON equivalent give equal
contacts (a test proves it). Errors are :class:`InputError` whose ``field`` is the CSV column
(``phone``), followed by the path inside a JSON cell (``consents[0].method``).

Pure: no file I/O; the reader lives with the services (open files with ``encoding="utf-8-sig"``
so that a BOM does not end up in the first column's name).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import MISSING, fields
from datetime import datetime
from enum import StrEnum
from functools import lru_cache
from typing import Any, TypeVar

import orjson

from licite.core.enums import Audience, ContactKind, Diffusion, SourceType
from licite.core.errors import InputError
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
from licite.core.normalize import normalise_email, normalise_phone
from licite.core.request import (
    parse_attributes,
    parse_consents,
    parse_interactions,
    parse_objections,
    parse_opposition_lists,
    parse_timezone,
)
from licite.core.timeutil import parse_timestamp

__all__ = [
    "ATTRIBUTE_PREFIX",
    "CSV_COLUMNS",
    "REQUIRED_COLUMNS",
    "check_header",
    "contact_from_row",
    "contact_to_row",
    "csv_header",
]

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")

#: The fixed columns, in the order of ``docs/contacts-csv.md``.
CSV_COLUMNS: tuple[str, ...] = (
    "id", "kind", "audience", "email", "phone", "postal_address", "timezone",
    "collected_at", "informed_at", "last_prospect_initiated_contact_at", "contract_in_progress",
    "source_type", "source_name", "source_url", "source_terms_forbid_reuse",
    "source_robots_disallowed", "source_tdm_reserved",
    "customer_last_purchase_at", "customer_product_categories",
    "customer_relationship_ended_at", "customer_objection_offered_at_collection",
    "sirene_siren", "sirene_diffusion", "sirene_natural_person",
    "bloctel_listed", "bloctel_checked_at",
    "consents", "objections", "interactions", "opposition_lists", "attributes",
)  # fmt: skip
#: Columns without which no contact can be built.
REQUIRED_COLUMNS: tuple[str, ...] = ("id", "audience", "collected_at", "source_type")
#: ``attr.job_title`` is ``contact.attributes["job_title"]``.
ATTRIBUTE_PREFIX = "attr."

_BOOLEANS = {
    "true": True, "1": True, "yes": True, "oui": True,
    "false": False, "0": False, "no": False, "non": False,
}  # fmt: skip
_CATEGORY_SEPARATOR = "|"
_BLOCTEL = "bloctel"


# --- cell converters (a cell reaching them is never empty) ---------------------------------


def _boolean(cell: str) -> bool:
    value = _BOOLEANS.get(cell)
    if value is None:
        value = _BOOLEANS.get(cell.strip().lower())
        if value is None:
            raise InputError(f"not a boolean: {cell!r} (use true/false, 1/0, yes/no, oui/non)")
    return value


def _enum(kind: type[E]) -> Callable[[str], E]:
    """A dict lookup instead of ``kind(cell)``: the enum call costs more than the rest of a cell."""
    members: dict[str, E] = {member.value: member for member in kind}
    allowed = ", ".join(members)

    def convert(cell: str) -> E:
        member = members.get(cell)
        if member is None:
            raise InputError(f"{cell!r} is not one of: {allowed}")
        return member

    return convert


def _categories(cell: str) -> tuple[str, ...]:
    return tuple(item for part in cell.split(_CATEGORY_SEPARATOR) if (item := part.strip()))


def _siren(cell: str) -> str:
    if len(cell) != 9 or not cell.isascii() or not cell.isdigit():
        raise InputError(f"a SIREN is 9 digits: {cell!r}")
    return cell


def _json(parse: Callable[[object], Any], default: Callable[[], Any]) -> Callable[[str], Any]:
    """A JSON cell read like the same field of a JSON contact (``null`` = not given)."""

    def convert(cell: str) -> Any:
        try:
            value = orjson.loads(cell)
        except orjson.JSONDecodeError as error:
            raise InputError(f"not valid JSON: {error}") from None
        return default() if value is None else parse(value)

    return convert


# Each distinct cell is parsed once: files repeat dates and JSON cells a lot (a broker's
# consents come from a handful of forms). Only immutable results are cached.
_timestamp = lru_cache(maxsize=65_536)(parse_timestamp)


def _cached(convert: Callable[[str], T]) -> Callable[[str], T]:
    return lru_cache(maxsize=16_384)(convert)


# --- the column table ----------------------------------------------------------------------

# Contact and Source are built positionally from a list of their fields (measurably cheaper
# than keywords on the hot path); the positions come from the dataclasses themselves.
_CONTACT_AT = {f.name: i for i, f in enumerate(fields(Contact))}
_SOURCE_AT = {f.name: i for i, f in enumerate(fields(Source))}
_CONTACT_DEFAULTS: tuple[Any, ...] = tuple(
    None if f.default is MISSING else f.default for f in fields(Contact)
)
_SOURCE_DEFAULTS: tuple[Any, ...] = tuple(
    None if f.default is MISSING else f.default for f in fields(Source)
)

# Where a converted cell goes: a field list (Contact, Source), a keyword dict (Customer, Sirene,
# the Bloctel check), the JSON cells to merge, or the ``attr.*`` attributes.
_CONTACT, _SOURCE, _CUSTOMER, _SIRENE, _BLOCTEL_CHECK, _MERGED, _ATTRIBUTE = range(7)
_Spec = tuple[int, int | str, Callable[[str], Any] | None]


def _c(name: str, convert: Callable[[str], Any] | None = None) -> _Spec:
    return (_CONTACT, _CONTACT_AT[name], convert)


def _s(name: str, convert: Callable[[str], Any] | None = None) -> _Spec:
    return (_SOURCE, _SOURCE_AT[name], convert)


_SPECS: dict[str, _Spec] = {
    "id": _c("id"),
    "kind": _c("kind", _enum(ContactKind)),
    "audience": _c("audience", _enum(Audience)),
    "email": _c("email", normalise_email),
    "phone": _c("phone", normalise_phone),
    "postal_address": _c("postal_address"),
    "timezone": _c("timezone", parse_timezone),
    "collected_at": _c("collected_at", _timestamp),
    "informed_at": _c("informed_at", _timestamp),
    "last_prospect_initiated_contact_at": _c("last_prospect_initiated_contact_at", _timestamp),
    "contract_in_progress": _c("contract_in_progress", _boolean),
    "source_type": _s("type", _enum(SourceType)),
    "source_name": _s("name"),
    "source_url": _s("url"),
    "source_terms_forbid_reuse": _s("terms_forbid_reuse", _boolean),
    "source_robots_disallowed": _s("robots_disallowed", _boolean),
    "source_tdm_reserved": _s("tdm_reserved", _boolean),
    "customer_last_purchase_at": (_CUSTOMER, "last_purchase_at", _timestamp),
    "customer_product_categories": (_CUSTOMER, "product_categories", _categories),
    "customer_relationship_ended_at": (_CUSTOMER, "relationship_ended_at", _timestamp),
    "customer_objection_offered_at_collection": (
        _CUSTOMER,
        "objection_offered_at_collection",
        _boolean,
    ),
    "sirene_siren": (_SIRENE, "siren", _siren),
    "sirene_diffusion": (_SIRENE, "diffusion", _enum(Diffusion)),
    "sirene_natural_person": (_SIRENE, "natural_person", _boolean),
    "bloctel_listed": (_BLOCTEL_CHECK, "listed", _boolean),
    "bloctel_checked_at": (_BLOCTEL_CHECK, "checked_at", _timestamp),
    "consents": _c("consents", _cached(_json(parse_consents, tuple))),
    "objections": _c("objections", _cached(_json(parse_objections, tuple))),
    "interactions": _c("interactions", _cached(_json(parse_interactions, tuple))),
    "opposition_lists": (_MERGED, "opposition_lists", _json(parse_opposition_lists, dict)),
    "attributes": (_MERGED, "attributes", _json(parse_attributes, dict)),
}
# Positional construction needs every field in __init__, in order, and only these two factories.
assert tuple(_SPECS) == CSV_COLUMNS
assert all(f.init and not f.kw_only for f in (*fields(Contact), *fields(Source)))
assert {f.name for f in fields(Contact) if f.default_factory is not MISSING} == {
    "attributes",
    "opposition_lists",
}
_TYPE = _SOURCE_AT["type"]
_ID, _AUDIENCE, _COLLECTED_AT = (_CONTACT_AT[n] for n in ("id", "audience", "collected_at"))
_SOURCE_FIELD, _CUSTOMER_FIELD, _SIRENE_FIELD = (
    _CONTACT_AT[n] for n in ("source", "customer", "sirene")
)
_ATTRIBUTES, _LISTS = _CONTACT_AT["attributes"], _CONTACT_AT["opposition_lists"]


def csv_header(attribute_names: Iterable[str] = ()) -> tuple[str, ...]:
    """The header :func:`contact_to_row` fills: the fixed columns, then one per attribute."""
    return CSV_COLUMNS + tuple(ATTRIBUTE_PREFIX + name for name in attribute_names)


def check_header(columns: Sequence[str]) -> None:
    """Refuse a header before reading rows, so a typo never silently drops a column's data."""
    seen: set[str] = set()
    for column in columns:
        if column not in _SPECS and _attribute_name(column) is None:
            raise InputError(
                "unknown column (see docs/contacts-csv.md; extra data go in attr.<name>)",
                field=column,
            )
        if column in seen:
            raise InputError("column given twice", field=column)
        seen.add(column)
    for column in REQUIRED_COLUMNS:
        if column not in seen:
            raise InputError("required column is missing", field=column)


# --- row → Contact ---------------------------------------------------------------------------


def _at_column(error: InputError, column: str) -> InputError:
    """Name the column first: ``consents`` + ``[0].method`` → ``consents[0].method``."""
    inner = error.field
    field = column if inner is None else f"{column}.{inner}".replace(".[", "[")
    return InputError(error.message, field=field, row=error.row, file=error.file)


def _attribute_name(column: object) -> str | None:
    """``job_title`` for ``attr.job_title``; None for anything else (``attr.`` alone included)."""
    if isinstance(column, str) and column.startswith(ATTRIBUTE_PREFIX):
        return column[len(ATTRIBUTE_PREFIX) :] or None
    return None


#: Column → where its cell goes; grows with the ``attr.<name>`` columns met (bounded).
_LOOKUP: dict[str, _Spec] = dict(_SPECS)
_LOOKUP_LIMIT = 4 * len(_SPECS) + 1_000


def _attribute_spec(column: str) -> _Spec | None:
    """The spec of an ``attr.<name>`` column, remembered so the next row finds it in one look-up."""
    name = _attribute_name(column)
    if name is None:
        return None
    spec: _Spec = (_ATTRIBUTE, name, None)
    if len(_LOOKUP) < _LOOKUP_LIMIT:
        _LOOKUP[column] = spec
    return spec


def _stray_cell(column: object, cell: object) -> None:
    """A cell outside the known columns: csv.DictReader files surplus cells under ``None``."""
    if column is None:
        if isinstance(cell, list) and not any(cell):
            return  # trailing empty cells (``a,b,c,,``) carry nothing
        raise InputError("the row has more cells than the header has columns")
    raise InputError("unknown column", field=str(column))


def contact_from_row(row: Mapping[str, str | None]) -> Contact:
    """The contact of one CSV row (column → cell); an empty cell means "not given"."""
    return contact_from_cells(row.keys(), row.values())


def contact_from_cells(header: Iterable[str], cells: Iterable[str | None]) -> Contact:
    """The contact of one CSV row given as its header and its cells, in the same order."""
    parts: tuple[Any, ...] = (
        list(_CONTACT_DEFAULTS), list(_SOURCE_DEFAULTS), {}, {}, {}, {}, {},
    )  # fmt: skip
    for column, cell in zip(header, cells, strict=True):
        if not cell:
            continue
        spec = _LOOKUP.get(column)
        if spec is None:
            spec = _attribute_spec(column)
            if spec is None:
                _stray_cell(column, cell)
                continue
        target, key, convert = spec
        if convert is None:
            parts[target][key] = cell
            continue
        try:
            parts[target][key] = convert(cell)
        except InputError as error:
            raise _at_column(error, column) from None
    return _build(parts)


def _build(parts: tuple[Any, ...]) -> Contact:
    """Check the required cells, then assemble the nested objects and the contact."""
    contact, source, customer, sirene, bloctel, merged, attributes = parts
    if None in (contact[_ID], contact[_AUDIENCE], contact[_COLLECTED_AT], source[_TYPE]):
        _missing(contact, source)
    contact[_SOURCE_FIELD] = Source(*source)
    if customer:
        contact[_CUSTOMER_FIELD] = Customer(**customer)
    if sirene:
        contact[_SIRENE_FIELD] = Sirene(**sirene)
    if bloctel or merged:
        contact[_ATTRIBUTES], contact[_LISTS] = _merge(bloctel, merged, attributes)
    else:
        contact[_ATTRIBUTES], contact[_LISTS] = attributes, {}
    return Contact(*contact)


def _missing(contact: list[Any], source: list[Any]) -> None:
    for column, at in (("id", _ID), ("audience", _AUDIENCE), ("collected_at", _COLLECTED_AT)):
        if contact[at] is None:
            raise InputError("required column is empty", field=column)
    raise InputError("required column is empty", field="source_type")


def _merge(
    bloctel: dict[str, Any], merged: dict[str, Any], attributes: dict[str, str]
) -> tuple[dict[str, str], dict[str, OppositionCheck]]:
    """Join the ``bloctel_*`` and ``attr.*`` columns with the JSON cells of the same fields."""
    lists: dict[str, OppositionCheck] = merged.get("opposition_lists", {})
    if bloctel:
        if _BLOCTEL in lists:
            column = "bloctel_listed" if "listed" in bloctel else "bloctel_checked_at"
            raise InputError("Bloctel given both here and in opposition_lists", field=column)
        lists = {**lists, _BLOCTEL: OppositionCheck(**bloctel)}
    json_attributes: dict[str, str] = merged.get("attributes", {})
    for name, value in attributes.items():
        if json_attributes.get(name, value) != value:
            raise InputError(
                "attribute given both here and in attributes", field=ATTRIBUTE_PREFIX + name
            )
    return {**json_attributes, **attributes}, lists


# --- Contact → row ---------------------------------------------------------------------------


def _ts(value: datetime | None) -> str:
    return "" if value is None else value.isoformat()


def _flag(value: bool | None) -> str:
    return "" if value is None else ("true" if value else "false")


def _dumps(value: object) -> str:
    return orjson.dumps(value).decode()


def _array(items: Sequence[T], wire: Callable[[T], object]) -> str:
    return _dumps([wire(item) for item in items]) if items else ""


def _consent_wire(consent: Consent) -> dict[str, object]:
    return {
        "channels": sorted(consent.channels),
        "controllers": list(consent.controllers),
        "purpose": consent.purpose,
        "given_at": consent.given_at.isoformat(),
        "withdrawn_at": _ts(consent.withdrawn_at) or None,
        "method": consent.method.value,
        "collected_by": consent.collected_by,
        "proof": dict(consent.proof) if consent.proof is not None else None,
        "out_of_hours": consent.out_of_hours,
    }


def _objection_wire(objection: Objection) -> dict[str, object]:
    channels = ["*"] if objection.all_channels else sorted(objection.channels)
    at = objection.at.isoformat()
    return {"at": at, "channels": channels, "controller": objection.controller}


def _interaction_wire(interaction: Interaction) -> dict[str, object]:
    return {
        "at": interaction.at.isoformat(),
        "channel": interaction.channel.value,
        "controller": interaction.controller,
        "outcome": interaction.outcome.value,
    }


def _check_wire(check: OppositionCheck) -> dict[str, object]:
    return {"listed": check.listed, "checked_at": _ts(check.checked_at) or None}


def contact_to_row(contact: Contact, attribute_names: Iterable[str] = ()) -> dict[str, str]:
    """The CSV row of a contact (keys: :func:`csv_header` of ``attribute_names``).

    Attributes named in ``attribute_names`` get their own ``attr.<name>`` column; the others
    (and empty values, which a column would turn into "not given") go in the ``attributes``
    JSON cell, so that :func:`contact_from_row` gives back an equal contact. Raises
    :class:`InputError` for a product category that the ``|``-separated cell cannot hold
    (empty, padded with spaces or containing ``|``).
    """
    own = dict.fromkeys(attribute_names, "")
    rest: dict[str, str] = {}
    for name, value in contact.attributes.items():
        if name in own and value:
            own[name] = value
        else:
            rest[name] = value  # an empty value would read back as "not given" from its column
    lists = dict(contact.opposition_lists)
    bloctel = lists.get(_BLOCTEL)
    if bloctel is not None and (bloctel.listed is not None or bloctel.checked_at is not None):
        del lists[_BLOCTEL]
    else:
        bloctel = None
    source, sirene = contact.source, contact.sirene
    row = {
        "id": contact.id,
        "kind": contact.kind.value,
        "audience": contact.audience.value,
        "email": contact.email or "",
        "phone": contact.phone or "",
        "postal_address": contact.postal_address or "",
        "timezone": contact.timezone or "",
        "collected_at": contact.collected_at.isoformat(),
        "informed_at": _ts(contact.informed_at),
        "last_prospect_initiated_contact_at": _ts(contact.last_prospect_initiated_contact_at),
        "contract_in_progress": _flag(contact.contract_in_progress),
        "source_type": source.type.value,
        "source_name": source.name or "",
        "source_url": source.url or "",
        "source_terms_forbid_reuse": _flag(source.terms_forbid_reuse),
        "source_robots_disallowed": _flag(source.robots_disallowed),
        "source_tdm_reserved": _flag(source.tdm_reserved),
        **_customer_cells(contact),
        "sirene_siren": (sirene.siren or "") if sirene else "",
        "sirene_diffusion": sirene.diffusion.value if sirene else "",
        "sirene_natural_person": _flag(sirene.natural_person) if sirene else "",
        "bloctel_listed": _flag(bloctel.listed) if bloctel else "",
        "bloctel_checked_at": _ts(bloctel.checked_at) if bloctel else "",
        "consents": _array(contact.consents, _consent_wire),
        "objections": _array(contact.objections, _objection_wire),
        "interactions": _array(contact.interactions, _interaction_wire),
        "opposition_lists": (
            _dumps({name: _check_wire(check) for name, check in lists.items()}) if lists else ""
        ),
        "attributes": _dumps(rest) if rest else "",
    }
    row.update((ATTRIBUTE_PREFIX + name, value) for name, value in own.items())
    return row


def _customer_cells(contact: Contact) -> dict[str, str]:
    customer = contact.customer
    if customer is None:
        return dict.fromkeys(
            (
                "customer_last_purchase_at",
                "customer_product_categories",
                "customer_relationship_ended_at",
                "customer_objection_offered_at_collection",
            ),
            "",
        )
    for category in customer.product_categories:
        if not category or category != category.strip() or _CATEGORY_SEPARATOR in category:
            raise InputError(
                f"cannot be written in a |-separated cell: {category!r}",
                field="customer_product_categories",
            )
    return {
        "customer_last_purchase_at": _ts(customer.last_purchase_at),
        "customer_product_categories": _CATEGORY_SEPARATOR.join(customer.product_categories),
        "customer_relationship_ended_at": _ts(customer.relationship_ended_at),
        # always written: this cell is what makes an all-default customer present
        "customer_objection_offered_at_collection": _flag(customer.objection_offered_at_collection),
    }
