"""Keyed hashes: how licite keeps what it only has to *match* (objections, opposition lists).

An opposition list or an objection kept after erasure must still recognise the person, but must
not let anyone who reads the store recover them: a plain SHA-256 of a phone number is reversed
by enumerating the 10^9 French numbers in minutes. An HMAC-SHA-256 under the installation's
secret (kept outside the database, see :mod:`licite.store.secret`) is not.

Values are normalised first (E.164 for phones, one spelling for emails, nine digits for a
SIREN) so every notation of the same number yields the same hash; the kind is part of the
message so a phone and an email can never collide.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable
from typing import Literal

from licite.core.errors import InputError
from licite.core.model import Contact
from licite.core.normalize import normalise_email, normalise_phone

KeyKind = Literal["phone", "email", "siren"]
KEY_KINDS: tuple[KeyKind, ...] = ("phone", "email", "siren")
#: Minimum secret length in bytes (HMAC-SHA-256's block of strength).
SECRET_BYTES = 32
#: Length of a keyed hash as bytes (the store packs lists as binary digests of this size).
DIGEST_BYTES = hashlib.sha256().digest_size


def keyed_hash(secret: bytes, kind: KeyKind, normalised: str) -> str:
    """Hex HMAC-SHA-256 of an already normalised value; see :func:`normalise_key`."""
    if len(secret) < SECRET_BYTES:
        raise ValueError(f"the hashing secret must hold at least {SECRET_BYTES} bytes")
    message = f"{kind}:{normalised}".encode()
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


def normalise_key(kind: KeyKind, raw: str) -> str:
    """The one spelling of ``raw`` that is hashed; raises :class:`InputError` when invalid."""
    if kind == "phone":
        return normalise_phone(raw)
    if kind == "email":
        return normalise_email(raw)
    siren = "".join(raw.split())
    if len(siren) != 9 or not siren.isdigit():
        raise InputError(f"not a SIREN (nine digits): {raw!r}")
    return siren


def hash_value(secret: bytes, kind: KeyKind, raw: str) -> str:
    """Normalise then hash: the keyed hash of a raw phone, email or SIREN."""
    return keyed_hash(secret, kind, normalise_key(kind, raw))


def contact_hashes(
    secret: bytes, contact: Contact, kinds: Iterable[KeyKind] = KEY_KINDS
) -> list[str]:
    """Keyed hashes of a stored contact's identifiers of ``kinds``: the store keeps them
    normalised already (E.164, one email spelling, nine-digit SIREN), so they are hashed as
    they are."""
    values: dict[KeyKind, str | None] = {
        "phone": contact.phone,
        "email": contact.email,
        "siren": contact.sirene.siren if contact.sirene else None,
    }
    return [keyed_hash(secret, kind, value) for kind in kinds if (value := values[kind])]


__all__ = [
    "DIGEST_BYTES",
    "KEY_KINDS",
    "SECRET_BYTES",
    "KeyKind",
    "contact_hashes",
    "hash_value",
    "keyed_hash",
    "normalise_key",
]
