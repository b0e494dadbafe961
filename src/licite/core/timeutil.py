"""Timestamps: ISO 8601 with a UTC offset, always; a naive timestamp is an input error."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from licite.core.errors import InputError

PARIS = ZoneInfo("Europe/Paris")


def parse_timestamp(raw: object) -> datetime:
    """Parse an ISO 8601 timestamp that carries an offset (``Z`` or ``+01:00``)."""
    if not isinstance(raw, str):
        raise InputError(f"expected an ISO 8601 timestamp string, got {type(raw).__name__}")
    try:
        value = datetime.fromisoformat(raw.strip())
    except ValueError:
        raise InputError(f"not an ISO 8601 timestamp: {raw!r}") from None
    if value.tzinfo is None or value.utcoffset() is None:
        raise InputError(f"timestamp without a UTC offset: {raw!r} (add Z or +01:00)")
    return value


def format_timestamp(value: datetime) -> str:
    return value.isoformat()


def paris_midnight(day: date) -> datetime:
    """The first instant of a calendar day in France (when French law comes into force)."""
    return datetime.combine(day, time(0), tzinfo=PARIS)


def utc_now() -> datetime:
    """The current time; only the edges call it, logic takes time as a parameter."""
    return datetime.now(UTC)
