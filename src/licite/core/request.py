"""Build domain objects from JSON-like input, strictly, with errors that name the field.

The wire format is ``shared/spec/decision-format.md``: unknown fields are rejected, wrong enum
values and timestamps without an offset are errors, missing optional fields take the defaults.
Every error is an :class:`InputError` whose ``field`` is the dotted path (``contact.source.type``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Any, TypeVar

from licite.core.enums import (
    COMMERCIAL_PURPOSE,
    Audience,
    Channel,
    ConsentMethod,
    ContactKind,
    Diffusion,
    Outcome,
    Sector,
    SourceType,
)
from licite.core.errors import InputError
from licite.core.model import (
    Campaign,
    Consent,
    Contact,
    Customer,
    DecisionRequest,
    Interaction,
    Message,
    Objection,
    OppositionCheck,
    Sirene,
    Source,
)
from licite.core.normalize import normalise_email, normalise_phone
from licite.core.timeutil import parse_timestamp

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")
Obj = Mapping[str, Any]


class _Fields:
    """Reads one JSON object: tracks which keys were used so unknown ones can be refused."""

    def __init__(self, raw: object, allowed: frozenset[str]) -> None:
        if not isinstance(raw, Mapping):
            raise InputError(f"expected an object, got {_json_type(raw)}")
        unknown = [] if allowed.issuperset(raw) else sorted(set(raw) - allowed)
        if unknown:
            raise InputError(
                f"unknown field (allowed: {', '.join(sorted(allowed))})", field=str(unknown[0])
            )
        self.raw = raw

    def get(self, name: str, parse: Callable[[Any], T], default: T) -> T:
        value = self.raw.get(name)
        if value is None:
            return default
        try:
            return parse(value)
        except InputError as error:
            raise error.at_field(name) from None

    def need(self, name: str, parse: Callable[[Any], T]) -> T:
        value = self.raw.get(name)
        if value is None:
            raise InputError("required field is missing", field=name)
        try:
            return parse(value)
        except InputError as error:
            raise error.at_field(name) from None


def _json_type(value: object) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number" if isinstance(value, int | float) else "value")


def _string(value: Any) -> str:
    if not isinstance(value, str):
        raise InputError(f"expected a string, got {_json_type(value)}")
    return value


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise InputError(f"expected true or false, got {_json_type(value)}")
    return value


def _enum(kind: type[E]) -> Callable[[Any], E]:
    members: dict[str, E] = {member.value: member for member in kind}
    allowed = ", ".join(members)

    def parse(value: Any) -> E:
        member = members.get(value) if isinstance(value, str) else None
        if member is None:
            if not isinstance(value, str):
                raise InputError(f"expected a string, got {_json_type(value)}")
            raise InputError(f"{value!r} is not one of: {allowed}")
        return member

    return parse


def _list(item: Callable[[Any], T]) -> Callable[[Any], tuple[T, ...]]:
    def parse(value: Any) -> tuple[T, ...]:
        if not isinstance(value, list):
            raise InputError(f"expected an array, got {_json_type(value)}")
        out = []
        for index, element in enumerate(value):
            try:
                out.append(item(element))
            except InputError as error:
                raise error.at_field(f"[{index}]") from None
        return tuple(out)

    return parse


def _string_map(value: Any) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise InputError(f"expected an object, got {_json_type(value)}")
    out = {}
    for key, element in value.items():
        if element is None:
            continue
        if not isinstance(element, str):
            raise InputError(f"expected a string, got {_json_type(element)}", field=key)
        out[str(key)] = element
    return out


def _proof(value: Any) -> Mapping[str, object] | None:
    if not isinstance(value, Mapping):
        raise InputError(f"expected an object, got {_json_type(value)}")
    return dict(value) if value else None


def _timezone(value: Any) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    name = _string(value)
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InputError(f"unknown IANA time zone: {name!r}") from None
    return name


_channel = _enum(Channel)
_channels = _list(_channel)
_strings = _list(_string)
_SOURCE_TYPE = _enum(SourceType)
_METHOD = _enum(ConsentMethod)
_OUTCOME = _enum(Outcome)
_DIFFUSION = _enum(Diffusion)
_KIND = _enum(ContactKind)
_AUDIENCE = _enum(Audience)
_SECTOR = _enum(Sector)
_SOURCE_FIELDS = frozenset(Source.__slots__)
_CONSENT_FIELDS = frozenset(Consent.__slots__)
_CUSTOMER_FIELDS = frozenset(Customer.__slots__)
_SIRENE_FIELDS = frozenset(Sirene.__slots__)
_OBJECTION_FIELDS = frozenset({"at", "channels", "controller"})
_INTERACTION_FIELDS = frozenset({"at", "channel", "controller", "outcome"})


def parse_source(raw: object) -> Source:
    f = _Fields(raw, _SOURCE_FIELDS)
    return Source(
        type=f.need("type", _SOURCE_TYPE),
        name=f.get("name", _string, None),
        url=f.get("url", _string, None),
        terms_forbid_reuse=f.get("terms_forbid_reuse", _bool, None),
        robots_disallowed=f.get("robots_disallowed", _bool, None),
        tdm_reserved=f.get("tdm_reserved", _bool, None),
    )


def parse_consent(raw: object) -> Consent:
    f = _Fields(raw, _CONSENT_FIELDS)
    return Consent(
        channels=frozenset(f.need("channels", _channels)),
        controllers=f.get("controllers", _strings, ()),
        purpose=f.get("purpose", _string, COMMERCIAL_PURPOSE),
        given_at=f.need("given_at", parse_timestamp),
        withdrawn_at=f.get("withdrawn_at", parse_timestamp, None),
        method=f.need("method", _METHOD),
        collected_by=f.get("collected_by", _string, None),
        proof=f.get("proof", _proof, None),
        out_of_hours=f.get("out_of_hours", _bool, False),
    )


def _objection_channels(value: Any) -> tuple[frozenset[Channel], bool]:
    if value == ["*"] or value == "*":
        return frozenset(Channel), True
    return frozenset(_channels(value)), False


def parse_objection(raw: object) -> Objection:
    f = _Fields(raw, _OBJECTION_FIELDS)
    channels, everything = f.get("channels", _objection_channels, (frozenset(Channel), True))
    return Objection(
        at=f.need("at", parse_timestamp),
        channels=channels,
        all_channels=everything,
        controller=f.get("controller", _string, None),
    )


def parse_interaction(raw: object) -> Interaction:
    f = _Fields(raw, _INTERACTION_FIELDS)
    return Interaction(
        at=f.need("at", parse_timestamp),
        channel=f.need("channel", _channel),
        controller=f.get("controller", _string, None),
        outcome=f.need("outcome", _OUTCOME),
    )


def parse_customer(raw: object) -> Customer:
    f = _Fields(raw, _CUSTOMER_FIELDS)
    return Customer(
        last_purchase_at=f.get("last_purchase_at", parse_timestamp, None),
        product_categories=f.get("product_categories", _strings, ()),
        relationship_ended_at=f.get("relationship_ended_at", parse_timestamp, None),
        objection_offered_at_collection=f.get("objection_offered_at_collection", _bool, False),
    )


def _siren(value: Any) -> str:
    siren = _string(value)
    if len(siren) != 9 or not siren.isascii() or not siren.isdigit():
        raise InputError(f"a SIREN is 9 digits: {siren!r}")
    return siren


def parse_sirene(raw: object) -> Sirene:
    f = _Fields(raw, _SIRENE_FIELDS)
    return Sirene(
        siren=f.get("siren", _siren, None),
        diffusion=f.get("diffusion", _DIFFUSION, Diffusion.OPEN),
        natural_person=f.get("natural_person", _bool, None),
    )


def parse_opposition_check(raw: object) -> OppositionCheck:
    f = _Fields(raw, frozenset({"listed", "checked_at"}))
    return OppositionCheck(
        listed=f.get("listed", _bool, None),
        checked_at=f.get("checked_at", parse_timestamp, None),
    )


def _opposition_lists(value: Any) -> dict[str, OppositionCheck]:
    if not isinstance(value, Mapping):
        raise InputError(f"expected an object, got {_json_type(value)}")
    out = {}
    for name, check in value.items():
        try:
            out[str(name)] = parse_opposition_check(check)
        except InputError as error:
            raise error.at_field(str(name)) from None
    return out


def _email(value: Any) -> str:
    return normalise_email(_string(value))


def _phone(value: Any) -> str:
    return normalise_phone(_string(value))


_CONTACT_FIELDS = frozenset(Contact.__slots__)


def parse_contact(raw: object) -> Contact:
    """A contact from its JSON object; identifiers come out normalised."""
    f = _Fields(raw, _CONTACT_FIELDS)
    return Contact(
        id=f.need("id", _string),
        kind=f.get("kind", _KIND, ContactKind.PERSON),
        audience=f.need("audience", _AUDIENCE),
        email=f.get("email", _email, None),
        phone=f.get("phone", _phone, None),
        postal_address=f.get("postal_address", _string, None),
        timezone=f.get("timezone", _timezone, None),
        attributes=f.get("attributes", _string_map, {}),
        collected_at=f.need("collected_at", parse_timestamp),
        source=f.need("source", parse_source),
        informed_at=f.get("informed_at", parse_timestamp, None),
        last_prospect_initiated_contact_at=f.get(
            "last_prospect_initiated_contact_at", parse_timestamp, None
        ),
        customer=f.get("customer", parse_customer, None),
        contract_in_progress=f.get("contract_in_progress", _bool, False),
        consents=f.get("consents", _consents, ()),
        objections=f.get("objections", _objections, ()),
        opposition_lists=f.get("opposition_lists", _opposition_lists, {}),
        interactions=f.get("interactions", _interactions, ()),
        sirene=f.get("sirene", parse_sirene, None),
    )


def parse_message(raw: object) -> Message:
    f = _Fields(raw, frozenset({"sender_identified", "opt_out_means"}))
    return Message(
        sender_identified=f.get("sender_identified", _bool, True),
        opt_out_means=f.get("opt_out_means", _bool, True),
    )


_CAMPAIGN_FIELDS = frozenset(Campaign.__slots__)


def parse_campaign(raw: object) -> Campaign:
    f = _Fields(raw, _CAMPAIGN_FIELDS)
    return Campaign(
        controller=f.need("controller", _string),
        channel=f.need("channel", _channel),
        purpose=f.get("purpose", _string, COMMERCIAL_PURPOSE),
        product_categories=f.get("product_categories", _strings, ()),
        related_to_profession=f.get("related_to_profession", _bool, False),
        sector=f.get("sector", _SECTOR, Sector.GENERAL),
        caller_id=f.get("caller_id", _string, None),
        message=f.get("message", parse_message, Message()),
    )


def parse_request(raw: object) -> DecisionRequest:
    """A whole decision request (``at``, ``contact``, ``campaign``)."""
    f = _Fields(raw, frozenset({"at", "contact", "campaign"}))
    return DecisionRequest(
        at=f.need("at", parse_timestamp),
        contact=f.need("contact", parse_contact),
        campaign=f.need("campaign", parse_campaign),
    )


# Single-field parsers for flat formats (``licite.core.flat``): the same parsing as inside
# ``parse_contact``, so a CSV cell and the equivalent JSON field give equal objects.

_consents = _list(parse_consent)
_objections = _list(parse_objection)
_interactions = _list(parse_interaction)


def parse_consents(raw: object) -> tuple[Consent, ...]:
    """A ``consents`` array, as ``parse_contact`` reads it."""
    return _consents(raw)


def parse_objections(raw: object) -> tuple[Objection, ...]:
    """An ``objections`` array, as ``parse_contact`` reads it."""
    return _objections(raw)


def parse_interactions(raw: object) -> tuple[Interaction, ...]:
    """An ``interactions`` array, as ``parse_contact`` reads it."""
    return _interactions(raw)


def parse_opposition_lists(raw: object) -> dict[str, OppositionCheck]:
    """An ``opposition_lists`` object, as ``parse_contact`` reads it."""
    return _opposition_lists(raw)


def parse_attributes(raw: object) -> dict[str, str]:
    """An ``attributes`` object (null values dropped), as ``parse_contact`` reads it."""
    return _string_map(raw)


def parse_timezone(raw: object) -> str:
    """An IANA time-zone name, checked against the tz database."""
    return _timezone(raw)


#: The contact field a channel needs.
CONTACT_POINT = {
    Channel.EMAIL: "email",
    Channel.SMS: "phone",
    Channel.AUTOMATED_CALL: "phone",
    Channel.FAX: "phone",
    Channel.PHONE_CALL: "phone",
    Channel.POSTAL_MAIL: "postal_address",
}


def require_contact_point(contact: Contact, channel: Channel) -> None:
    """Raise :class:`InputError` when the contact has no identifier for ``channel``."""
    name = CONTACT_POINT[channel]
    if not getattr(contact, name):
        raise InputError(f"needed to reach the contact by {channel.value}", field=name)
