"""Contacts survive the store unchanged: every field, every child, every instant."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, func, select
from store_samples import full_contact, minimal_contact

from licite.core.enums import Channel, ConsentMethod, Outcome, SourceType
from licite.core.errors import StoreError
from licite.core.model import Consent, Interaction, Objection, OppositionCheck, Source
from licite.store import count_contacts, get_contact, iter_contacts, save_contacts
from licite.store.engine import session_scope
from licite.store.schema import consents, contacts, sources

T0 = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)


def test_full_contact_round_trips(engine: Engine) -> None:
    original = full_contact()
    with session_scope(engine) as session:
        assert save_contacts(session, [original]) == 1
    with session_scope(engine) as session:
        [stored] = list(iter_contacts(session))
        assert get_contact(session, original.id) == original
    assert stored == original
    assert stored.objections[0].all_channels
    assert stored.collected_at.tzinfo is UTC, "instants come back aware, in UTC"
    assert stored.collected_at == original.collected_at


def test_minimal_contact_round_trips(engine: Engine) -> None:
    original = minimal_contact("m-1")
    with session_scope(engine) as session:
        save_contacts(session, [original])
    with session_scope(engine) as session:
        assert list(iter_contacts(session)) == [original]
        assert get_contact(session, "nobody") is None


def test_saving_again_replaces_children_and_keeps_first_import(engine: Engine) -> None:
    first = full_contact("c-1")
    with session_scope(engine) as session:
        save_contacts(session, [first], now=T0)
    second = dataclasses.replace(
        first,
        email="autre@example.fr",
        customer=None,
        sirene=None,
        consents=(
            Consent(
                channels=frozenset({Channel.POSTAL_MAIL}),
                controllers=("Other",),
                given_at=T0,
                method=ConsentMethod.SIGNED_FORM,
            ),
        ),
        objections=(),
        opposition_lists={"bloctel": OppositionCheck(listed=False, checked_at=T0)},
        interactions=(Interaction(at=T0, channel=Channel.SMS, outcome=Outcome.REFUSED),),
    )
    later = T0 + timedelta(days=1)
    with session_scope(engine) as session:
        save_contacts(session, [second], now=later)
    with session_scope(engine) as session:
        assert list(iter_contacts(session)) == [second]
        assert session.scalar(select(func.count()).select_from(consents)) == 1
        stamps = session.execute(select(contacts.c.imported_at, contacts.c.updated_at)).one()
    assert stamps == (T0, later)


def test_repeated_id_in_one_call_keeps_the_last(engine: Engine) -> None:
    older, newer = minimal_contact("x"), dataclasses.replace(minimal_contact("x"), email="a@b.fr")
    with session_scope(engine) as session:
        assert save_contacts(session, [older, newer]) == 2
    with session_scope(engine) as session:
        assert list(iter_contacts(session)) == [newer]


def test_identical_sources_are_shared(engine: Engine) -> None:
    site = Source(type=SourceType.ONLINE_DIRECTORY, name="Annuaire", url="https://a.example")
    flagged = dataclasses.replace(site, terms_forbid_reuse=True)
    batch = [minimal_contact("a", site), minimal_contact("b", site), minimal_contact("c", flagged)]
    with session_scope(engine) as session:
        save_contacts(session, batch)
    with session_scope(engine) as session:
        save_contacts(session, [minimal_contact("d", site)])
    with session_scope(engine) as session:
        assert session.scalar(select(func.count()).select_from(sources)) == 2
        assert [c.source for c in iter_contacts(session)] == [site, site, flagged, site]


def test_pagination_over_many_contacts(engine: Engine) -> None:
    originals = {}
    for n in range(12_000):
        contact = minimal_contact(f"p-{n:05d}")
        if n % 7 == 0:
            contact = dataclasses.replace(
                contact,
                objections=(Objection(at=T0, channels=frozenset({Channel.EMAIL})),),
                opposition_lists={"bloctel": OppositionCheck(listed=n % 2 == 0)},
            )
        originals[contact.id] = contact
    with session_scope(engine) as session:
        assert save_contacts(session, originals.values()) == 12_000
    with session_scope(engine) as session:
        assert count_contacts(session) == 12_000
        loaded = list(iter_contacts(session, batch_size=5000))
    assert [c.id for c in loaded] == sorted(originals)
    assert all(contact == originals[contact.id] for contact in loaded)


@pytest.mark.parametrize("batch_size", [1, 2, 3, 10])
def test_page_boundaries(engine: Engine, batch_size: int) -> None:
    batch = [full_contact(f"f-{n}") for n in range(3)]
    with session_scope(engine) as session:
        save_contacts(session, batch)
    with session_scope(engine) as session:
        assert list(iter_contacts(session, batch_size=batch_size)) == batch


def test_naive_datetime_is_refused(engine: Engine) -> None:
    naive = dataclasses.replace(minimal_contact("n"), collected_at=datetime(2024, 1, 1))
    with pytest.raises(StoreError, match="naive datetime"), session_scope(engine) as session:
        save_contacts(session, [naive])
    with session_scope(engine) as session:
        assert count_contacts(session) == 0
