"""Normalisers shared by every capability: phone numbers to E.164, emails to one spelling.

Phone numbers follow ``phonenumbers`` (libphonenumber) exactly: a fast path settles the usual
French notations without building a ``PhoneNumber`` (it is correct by construction: it only
answers when the national number matches libphonenumber's own FR patterns) and everything else
goes through ``phonenumbers`` once per distinct value.
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers
from phonenumbers import timezone as phone_timezone

from licite.core.errors import InputError

DEFAULT_REGION = "FR"
#: Regions tried, in order, when a French-written number is not valid in metropolitan France:
#: overseas departments dial their numbers in the national format (0590…, 0692…).
OVERSEAS_REGIONS = ("GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF")
DEFAULT_TIMEZONE = "Europe/Paris"
#: French territories outside Europe/Paris, by the region of the number. libphonenumber gives
#: several zones for some ranges (+262 6xx: Mayotte UTC+3 and Réunion UTC+4; +689: three
#: Polynesian zones); the number's own region settles it (C. consom. D223-9: consumer's time).
REGION_TIMEZONES = {
    "GP": "America/Guadeloupe", "BL": "America/St_Barthelemy", "MF": "America/Marigot",
    "MQ": "America/Martinique", "GF": "America/Cayenne", "PM": "America/Miquelon",
    "RE": "Indian/Reunion", "YT": "Indian/Mayotte",
    "NC": "Pacific/Noumea", "PF": "Pacific/Tahiti", "WF": "Pacific/Wallis",
}  # fmt: skip

_SEPARATORS = re.compile(r"[ .\-\u00a0]")
_FAST_FR = re.compile(r"(?:0|\+33|0033|33|\+33\(0\))([1-9]\d{8})")


def _fr_valid_pattern() -> re.Pattern[str]:
    """The union of libphonenumber's FR number-type patterns (what ``is_valid_number`` checks)."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region(DEFAULT_REGION)
    if meta is None:  # pragma: no cover - phonenumbers always ships FR metadata
        raise RuntimeError("phonenumbers has no metadata for FR")
    descs = [
        meta.fixed_line, meta.mobile, meta.toll_free, meta.premium_rate, meta.shared_cost,
        meta.voip, meta.uan, meta.personal_number, meta.pager, meta.voicemail,
    ]  # fmt: skip
    patterns = [d.national_number_pattern for d in descs if d and d.national_number_pattern]
    return re.compile("|".join(f"(?:{p})" for p in patterns))


_FR_VALID = _fr_valid_pattern()


def fast_fr_e164(raw: str) -> str | None:
    """E.164 for a usual French notation that libphonenumber would accept, else None."""
    match = _FAST_FR.fullmatch(_SEPARATORS.sub("", raw))
    if match and _FR_VALID.fullmatch(match.group(1)):
        return "+33" + match.group(1)
    return None


@lru_cache(maxsize=262_144)
def _slow_e164(raw: str, region: str | None) -> str | None:
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_e164(raw: str, region: str | None = DEFAULT_REGION) -> str | None:
    """The E.164 form of ``raw`` as ``phonenumbers`` gives it, or None when not a valid number."""
    raw = raw.strip()
    if region == DEFAULT_REGION:
        fast = fast_fr_e164(raw)
        if fast is not None:
            return fast
    return _slow_e164(raw, region)


def normalise_phone(raw: str) -> str:
    """E.164 for a number written as in a French file; raises :class:`InputError` if invalid.

    A national number that is not valid in metropolitan France is tried in the overseas
    regions, where the same national notation is used (``0696 20 12 34`` is Martinique).
    """
    e164 = phone_e164(raw)
    if e164 is None and raw.strip().startswith("0"):
        for region in OVERSEAS_REGIONS:
            e164 = phone_e164(raw, region)
            if e164 is not None:
                break
    if e164 is None:
        raise InputError(f"not a valid phone number: {raw!r}")
    return e164


_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")


def normalise_email(raw: str) -> str:
    """Trimmed and lower-cased; raises :class:`InputError` when it is not an address."""
    email = raw.strip().lower()
    if not _EMAIL.fullmatch(email):
        raise InputError(f"not a valid email address: {raw!r}")
    return email


def timezone_for_phone(e164: str | None) -> str:
    """The IANA time zone of the person a number belongs to (Europe/Paris when unknown)."""
    if not e164 or e164.startswith("+33"):
        return DEFAULT_TIMEZONE
    return _timezone_abroad(e164)


@lru_cache(maxsize=65_536)
def _timezone_abroad(e164: str) -> str:
    try:
        number = phonenumbers.parse(e164)
    except phonenumbers.NumberParseException:
        return DEFAULT_TIMEZONE
    region = phonenumbers.region_code_for_number(number)
    if region in REGION_TIMEZONES:
        return REGION_TIMEZONES[region]
    zones = [z for z in phone_timezone.time_zones_for_number(number) if not z.startswith("Etc/")]
    return zones[0] if zones else DEFAULT_TIMEZONE


@lru_cache(maxsize=16_384)
def normalise_controller(name: str) -> str:
    """Controller names compare case- and space-insensitively (``ACME  SAS`` = ``acme sas``)."""
    return " ".join(name.casefold().split())
