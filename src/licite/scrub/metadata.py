"""libphonenumber's validity rules as anchored RE2 patterns, one set per country calling code.

The vectorised normaliser (:mod:`licite.scrub.phones`) must agree with ``phonenumbers`` on every
value, so it does not carry rules of its own: it compiles the very patterns ``phonenumbers``
validates with (``_number_type_helper``: general description, then any number type, each
gated by its possible lengths) and only settles the codes whose parsing it can reproduce
exactly. Codes it cannot (non-geographic ``001`` entities) are left to ``phonenumbers``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import phonenumbers
from phonenumbers.phonenumberutil import COUNTRY_CODE_TO_REGION_CODE

from licite.core.normalize import OVERSEAS_REGIONS

_TYPES = (
    "premium_rate", "toll_free", "shared_cost", "voip", "personal_number", "pager", "uan",
    "voicemail", "fixed_line", "mobile",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Desc:
    """One number description: a pattern, allowed only at some lengths (empty: any)."""

    pattern: str
    lengths: frozenset[int]


@dataclass(frozen=True, slots=True)
class RegionRules:
    """What makes a national significant number valid in one region."""

    region: str
    leading_digits: str | None
    general: Desc
    types: tuple[Desc, ...]


@dataclass(frozen=True, slots=True)
class PrefixRule:
    """How ``phonenumbers.parse`` strips a national prefix written after the calling code
    (``+32 0475…``, ``+44 (0)20…``), for a code whose main region's prefix pattern captures
    nothing (no carrier code) and has no transform rule: that ``prefix`` pattern; the
    region's general pattern (the number, with or without the prefix, must fit it); its
    possible lengths in order and its local-only ones (``_test_number_length``)."""

    prefix: str
    general: str
    lengths: tuple[int, ...]
    local_only: frozenset[int]


@dataclass(frozen=True, slots=True)
class CodeRules:
    """A calling code: its regions in libphonenumber's order, its national prefix, and how
    that prefix is stripped after the code when the fast path can do it (None: left to
    ``phonenumbers``)."""

    code: str
    national_prefix_for_parsing: str | None
    regions: tuple[RegionRules, ...]
    prefix_rule: PrefixRule | None = None


def _desc(desc: object) -> Desc | None:
    pattern = getattr(desc, "national_number_pattern", None)
    if desc is None or not pattern:
        return None
    lengths = frozenset(n for n in getattr(desc, "possible_length", ()) or () if n > 0)
    return Desc(pattern, lengths)


def _region(region: str) -> RegionRules | None:
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region, None)
    if meta is None:
        return None
    general = _desc(meta.general_desc)
    if general is None:
        return None
    fixed, mobile = _desc(meta.fixed_line), _desc(meta.mobile)
    types = [d for name in _TYPES[:-2] if (d := _desc(getattr(meta, name))) is not None]
    if fixed is not None:
        types.append(fixed)
    if mobile is not None and not meta.same_mobile_and_fixed_line_pattern:
        types.append(mobile)
    return RegionRules(region, meta.leading_digits, general, tuple(types))


@cache
def rules_for(code: str) -> CodeRules | None:
    """The rules of one calling code (loaded on first use), or None when the fast path
    leaves it to phonenumbers (non-geographic entities, missing metadata)."""
    regions = COUNTRY_CODE_TO_REGION_CODE.get(int(code))
    if not regions or "001" in regions:
        return None
    parsed = [r for region in regions if (r := _region(region)) is not None]
    if len(parsed) != len(regions):
        return None
    main = phonenumbers.PhoneMetadata.metadata_for_region(regions[0], None)
    prefix = main.national_prefix_for_parsing if main is not None else None
    return CodeRules(code, prefix or None, tuple(parsed), _prefix_rule(main))


def _prefix_rule(main: phonenumbers.PhoneMetadata | None) -> PrefixRule | None:
    """The code's :class:`PrefixRule`, when its main region's prefix pattern (digits,
    classes, alternatives: ``0``, ``0|180020``, ``[08]``) has no group (a group may capture a
    carrier code) and no transform rule, and the region has a general pattern and possible
    lengths."""
    if main is None or main.national_prefix_transform_rule or main.general_desc is None:
        return None
    prefix = main.national_prefix_for_parsing or ""
    general = main.general_desc.national_number_pattern
    lengths = tuple(main.general_desc.possible_length or ())
    if not prefix or not general or not lengths or re.compile(prefix).groups:
        return None
    if not set(prefix) <= set("0123456789|[]-?"):  # what RE2 and re read alike, leftmost first
        return None
    if any(n < 1 for n in lengths) or list(lengths) != sorted(lengths):
        return None
    local = frozenset(main.general_desc.possible_length_local_only or ())
    return PrefixRule(prefix, general, lengths, local)


@cache
def calling_codes() -> frozenset[str]:
    """Every calling code libphonenumber knows."""
    return frozenset(str(code) for code in COUNTRY_CODE_TO_REGION_CODE)


@cache
def fr_valid_pattern() -> str:
    """The union of the FR number types (what ``is_valid_number`` accepts in France)."""
    rules = rules_for("33")
    assert rules is not None
    region = rules.regions[0]
    return "|".join(f"(?:{d.pattern})" for d in region.types)


@cache
def overseas_codes() -> tuple[str, ...]:
    """The calling codes of the overseas regions, in the order normalise_phone tries them."""
    regions = (phonenumbers.country_code_for_region(r) for r in OVERSEAS_REGIONS)
    return tuple(dict.fromkeys(str(code) for code in regions))


@cache
def overseas_gate() -> str:
    """Any number type of any overseas region, anchored: a necessary condition for a national
    number France rejects to be valid in one of them (validity is the general pattern and a
    type; the types are the narrower: Saint-Pierre's general pattern takes every ``7…``)."""
    patterns = []
    for code in overseas_codes():
        rules = rules_for(code)
        assert rules is not None
        patterns += [f"(?:{desc.pattern})" for region in rules.regions for desc in region.types]
    return f"^(?:{'|'.join(patterns)})$"


__all__ = [
    "CodeRules", "Desc", "PrefixRule", "RegionRules", "calling_codes", "fr_valid_pattern",
    "overseas_codes", "overseas_gate", "rules_for",
]  # fmt: skip
