"""What every ledger command shares: the person named by email/phone, the store, the trail.

A ledger command is one unit of work: its changes and its audit event commit together, then the
chain head checkpoint beside the secret is moved on (:mod:`licite.services.audit`), so deleting
the last events of the trail is detected as well as editing one.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from licite.core.errors import ConfigError
from licite.core.keyed import KeyKind, hash_value, normalise_key
from licite.store.audit import append_event
from licite.store.engine import database_url, make_engine, session_scope
from licite.store.ledger import find_contact_ids
from licite.store.secret import load_secret


@dataclass(frozen=True, slots=True)
class Person:
    """The identifiers a person gave, normalised (E.164 phone, one spelling of email)."""

    email: str | None = None
    phone: str | None = None

    @classmethod
    def of(cls, email: str | None, phone: str | None) -> Person:
        """Normalise; raises ConfigError when neither is given, InputError when one is invalid."""
        if not email and not phone:
            raise ConfigError("give --email or --phone (or both) to name the person")
        return cls(
            email=normalise_key("email", email) if email else None,
            phone=normalise_key("phone", phone) if phone else None,
        )

    def keys(self) -> list[tuple[KeyKind, str]]:
        pairs: list[tuple[KeyKind, str | None]] = [("email", self.email), ("phone", self.phone)]
        return [(kind, value) for kind, value in pairs if value]

    def hashes(self, secret: bytes) -> list[tuple[KeyKind, str]]:
        """The keyed hash of each identifier (what objections and request logs keep)."""
        return [(kind, hash_value(secret, kind, value)) for kind, value in self.keys()]

    def contact_ids(self, session: Session) -> list[str]:
        return find_contact_ids(session, email=self.email, phone=self.phone)


@dataclass(frozen=True, slots=True)
class Ledger:
    """An open store: its URL and a session inside one unit of work."""

    url: str
    session: Session

    def secret(self) -> bytes:
        return load_secret(self.url)

    def event(self, kind: str, payload: Mapping[str, object], at: datetime) -> None:
        """Append an audit event (never a person's plaintext: ids, hashes and counts only)."""
        append_event(self.session, kind, payload, at.astimezone(UTC))


@contextmanager
def ledger(db: str | None) -> Iterator[Ledger]:
    """One unit of work on the store; on success the chain checkpoint moves on."""
    from licite.services.audit import write_checkpoint

    url = database_url(db)
    engine = make_engine(url)
    try:
        with session_scope(engine) as session:
            yield Ledger(url, session)
        with session_scope(engine) as session:
            write_checkpoint(url, session)
    finally:
        engine.dispose()


__all__ = ["Ledger", "Person", "ledger"]
