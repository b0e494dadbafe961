"""Property: whatever valid contact goes in comes back equal (hypothesis generates them)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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
from licite.store import get_contact, make_engine, save_contacts, upgrade
from licite.store.engine import session_scope

text = st.text(st.characters(codec="utf-8"), max_size=20)
maybe_text = st.none() | text
maybe_bool = st.none() | st.booleans()
offsets = st.integers(min_value=-12 * 60, max_value=14 * 60).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
instants = st.builds(
    lambda at, tz: at.replace(tzinfo=UTC).astimezone(tz),
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1)),
    offsets,
)
maybe_instant = st.none() | instants
channel_sets = st.frozensets(st.sampled_from(Channel), min_size=1)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(text, inner, max_size=3),
    max_leaves=6,
)

consents = st.builds(
    Consent,
    channels=channel_sets,
    controllers=st.lists(text, max_size=3).map(tuple),
    given_at=instants,
    method=st.sampled_from(ConsentMethod),
    purpose=text,
    withdrawn_at=maybe_instant,
    collected_by=maybe_text,
    proof=st.none() | st.dictionaries(text, json_values, max_size=3),
    out_of_hours=st.booleans(),
)
objections = st.one_of(
    st.builds(Objection, at=instants, channels=channel_sets, controller=maybe_text),
    st.builds(
        Objection,
        at=instants,
        channels=st.just(frozenset(Channel)),
        all_channels=st.just(True),
        controller=maybe_text,
    ),
)
contacts = st.builds(
    Contact,
    id=text.filter(bool),
    audience=st.sampled_from(Audience),
    collected_at=instants,
    source=st.builds(
        Source,
        type=st.sampled_from(SourceType),
        name=maybe_text,
        url=maybe_text,
        terms_forbid_reuse=maybe_bool,
        robots_disallowed=maybe_bool,
        tdm_reserved=maybe_bool,
    ),
    kind=st.sampled_from(ContactKind),
    email=maybe_text,
    phone=maybe_text,
    postal_address=maybe_text,
    timezone=maybe_text,
    attributes=st.dictionaries(text, text, max_size=3),
    informed_at=maybe_instant,
    last_prospect_initiated_contact_at=maybe_instant,
    customer=st.none()
    | st.builds(
        Customer,
        last_purchase_at=maybe_instant,
        product_categories=st.lists(text, max_size=3).map(tuple),
        relationship_ended_at=maybe_instant,
        objection_offered_at_collection=st.booleans(),
    ),
    contract_in_progress=st.booleans(),
    consents=st.lists(consents, max_size=3).map(tuple),
    objections=st.lists(objections, max_size=3).map(tuple),
    opposition_lists=st.dictionaries(
        text, st.builds(OppositionCheck, listed=maybe_bool, checked_at=maybe_instant), max_size=3
    ),
    interactions=st.lists(
        st.builds(
            Interaction,
            at=instants,
            channel=st.sampled_from(Channel),
            outcome=st.sampled_from(Outcome),
            controller=maybe_text,
        ),
        max_size=3,
    ).map(tuple),
    sirene=st.none()
    | st.builds(
        Sirene, siren=maybe_text, diffusion=st.sampled_from(Diffusion), natural_person=maybe_bool
    ),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(contact=contacts)
def test_any_contact_round_trips(tmp_path: Path, contact: Contact) -> None:
    url = f"sqlite:///{tmp_path / 'property.db'}"
    upgrade(url)
    engine = make_engine(url)
    try:
        with session_scope(engine) as session:
            save_contacts(session, [contact])
        with session_scope(engine) as session:
            assert get_contact(session, contact.id) == contact
    finally:
        engine.dispose()
