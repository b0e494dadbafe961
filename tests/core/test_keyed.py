"""Keyed hashes: every notation of one value gives one hash; the key and the kind matter."""

from __future__ import annotations

import pytest

from licite.core.errors import InputError
from licite.core.keyed import hash_value, keyed_hash, normalise_key

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))


@pytest.mark.parametrize(
    ("kind", "a", "b"),
    [
        ("phone", "06 12 34 56 78", "+33612345678"),
        ("phone", "0033 6 12 34 56 78", "06.12.34.56.78"),
        ("email", " Jean.Dupont@Example.FR ", "jean.dupont@example.fr"),
        ("siren", "732 829 320", "732829320"),
    ],
)
def test_notations_of_one_value_hash_alike(kind: str, a: str, b: str) -> None:
    assert hash_value(KEY, kind, a) == hash_value(KEY, kind, b)  # type: ignore[arg-type]


def test_key_and_kind_change_the_hash() -> None:
    base = keyed_hash(KEY, "phone", "+33612345678")
    assert len(base) == 64
    assert keyed_hash(OTHER_KEY, "phone", "+33612345678") != base
    assert keyed_hash(KEY, "email", "+33612345678") != base


def test_plain_sha256_is_not_what_is_stored() -> None:
    import hashlib

    assert keyed_hash(KEY, "phone", "+33612345678") != hashlib.sha256(b"+33612345678").hexdigest()


@pytest.mark.parametrize(("kind", "raw"), [("phone", "12"), ("email", "nobody"), ("siren", "12")])
def test_invalid_values_are_input_errors(kind: str, raw: str) -> None:
    with pytest.raises(InputError):
        normalise_key(kind, raw)  # type: ignore[arg-type]


def test_short_key_is_refused() -> None:
    with pytest.raises(ValueError, match="at least 32 bytes"):
        keyed_hash(b"short", "phone", "+33612345678")


def test_contact_hashes_hash_the_stored_identifiers_of_the_kinds_asked() -> None:
    from datetime import UTC, datetime

    from licite.core.enums import Audience, ContactKind, SourceType
    from licite.core.keyed import contact_hashes
    from licite.core.model import Contact, Source

    contact = Contact(
        id="c1", kind=ContactKind.PERSON, audience=Audience.CONSUMER,
        email="a@example.fr", phone="+33612345678",
        collected_at=datetime(2026, 1, 1, tzinfo=UTC), source=Source(type=SourceType.OWN_FORM),
    )  # fmt: skip
    phone, email = (
        keyed_hash(KEY, "phone", "+33612345678"),
        keyed_hash(KEY, "email", "a@example.fr"),
    )
    assert contact_hashes(KEY, contact) == [phone, email]
    assert contact_hashes(KEY, contact, ("email",)) == [email]
