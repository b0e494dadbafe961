"""Invariants of the decision engine over random, valid requests (hypothesis).

Each property is something the law guarantees whatever the rest of the request says: an
objection, a withdrawal or a Bloctel registration can only close doors (RGPD art. 21, 7(3);
C. consom. L223-1), a consumer call at 23:00 needs an out-of-hours consent (D223-9 al. 2), an
allowed contact has a basis and a refused one its reasons with their texts, the offset used to
write ``at`` changes nothing, and a column-wise batch answers as the one-by-one path does.
"""

from __future__ import annotations

import copy
from datetime import datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.rules.helpers import ALL_CHANNELS, CONTROLLER

from licite.core.normalize import normalise_phone, timezone_for_phone
from licite.core.request import parse_request
from licite.rules.engine import evaluate
from licite.rules.frame import build_frame
from licite.services.decide import decide
from licite.services.screening import screen

Json = dict[str, Any]
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

OFFSETS = [
    timezone(timedelta(hours=h, minutes=m))
    for h, m in ((0, 0), (1, 0), (2, 0), (-4, 0), (4, 0), (5, 30), (-10, 0), (14, 0))
]
PHONES = [
    "06 12 34 56 78", "+33 1 42 00 00 00", "+596 696 20 12 34", "0692 12 34 56",
    "+44 20 7946 0958",
]  # fmt: skip
TIMEZONES = [None, None, "Europe/Paris", "America/Martinique", "Indian/Reunion"]
CONTROLLERS = [CONTROLLER, "acme  sas", "Other SA"]
CALLER_IDS = [None, "+33162000001", "09 47 71 23 45", "06 12 34 56 78", "01 42 00 00 00", "ACME"]
SOURCE_TYPES = [
    "own_form", "sale", "broker", "classified_ads", "online_directory", "company_website",
    "social_network", "sirene", "other_public",
]  # fmt: skip
SOURCE_NAMES = [None, "leboncoin.fr", "Pages Jaunes", "sources publiques", "DataList SA"]
METHODS = [
    "unticked_checkbox", "double_opt_in", "signed_form", "recorded_oral", "pre_ticked_box",
    "terms_acceptance", "bundled_with_service", "implied",
]  # fmt: skip
PURPOSES = ["commercial_prospecting", "non_commercial_prospecting", "satisfaction_survey"]
SECTORS = ["general", "general", "energy_renovation", "home_adaptation", "cpf_training", "press"]
ATTRIBUTES = [
    {},
    {"job_title": "Directrice financière"},
    {"notes": "Atteint de diabète"},
    {"notes": "condamné pour vol"},
    {"nir": "185057800608491"},
]
CATEGORIES = st.lists(st.sampled_from(["shoes", "bags", "Shoes"]), max_size=2)
TRISTATE = st.sampled_from([None, True, False])

AT = st.datetimes(
    min_value=datetime(2018, 6, 1),
    max_value=datetime(2027, 12, 31),
    timezones=st.sampled_from(OFFSETS),
)


class Rel(int):
    """A timestamp not yet placed: this many seconds after (negative: before) ``at``."""


def rel(days_before: int, days_after: int = 0) -> st.SearchStrategy[Rel]:
    return st.integers(-days_before * 86400, days_after * 86400).map(Rel)


def maybe(strategy: st.SearchStrategy[Any], odds: int = 1) -> st.SearchStrategy[Any]:
    """None, or a value of ``strategy`` once in ``odds + 1`` draws."""
    return st.one_of(*[st.none()] * odds, strategy)


def mostly(usual: Any, *others: Any) -> st.SearchStrategy[Any]:
    """``usual`` (the lawful value) four times in five, else one of ``others``."""
    return st.one_of(
        st.just(usual), st.just(usual), st.just(usual), st.just(usual), st.sampled_from(others)
    )


# Strategies are built once, at import (building them inside each draw costs more than the
# decision itself); timestamps are drawn as ``Rel`` offsets and placed around ``at`` afterwards.
CHANNEL_LISTS = st.lists(st.sampled_from(ALL_CHANNELS), min_size=1, unique=True)
CONSENT = st.fixed_dictionaries(
    {
        "channels": CHANNEL_LISTS,
        "controllers": st.one_of(
            st.just([CONTROLLER]), st.lists(st.sampled_from(CONTROLLERS), max_size=2)
        ),
        "purpose": mostly(*PURPOSES),
        "given_at": rel(800, 5),
        "withdrawn_at": maybe(rel(100, 5), 3),
        "method": st.one_of(st.sampled_from(METHODS[:4]), st.sampled_from(METHODS)),
        "collected_by": maybe(st.sampled_from([*CONTROLLERS, "DataList SA"])),
        "proof": mostly({"form": "f-1"}, None),
        "out_of_hours": st.booleans(),
    }
)
OBJECTION = st.fixed_dictionaries(
    {
        "at": rel(400, 5),
        "channels": st.one_of(st.just(["*"]), CHANNEL_LISTS),
        "controller": maybe(st.sampled_from(CONTROLLERS)),
    }
)
INTERACTION = st.fixed_dictionaries(
    {
        "at": rel(90, 2),
        "channel": st.sampled_from(["phone_call", "automated_call", "sms"]),
        "controller": maybe(st.sampled_from(CONTROLLERS)),
        "outcome": st.sampled_from(["answered", "no_answer", "refused"]),
    }
)
CUSTOMER = st.fixed_dictionaries(
    {
        "last_purchase_at": maybe(rel(1800)),
        "product_categories": CATEGORIES,
        "relationship_ended_at": maybe(rel(1800)),
        "objection_offered_at_collection": mostly(True, False),
    }
)
BLOCTEL = st.fixed_dictionaries({"listed": TRISTATE, "checked_at": maybe(rel(60, 2))})
SIRENE = st.fixed_dictionaries(
    {
        "siren": st.just("123456789"),
        "diffusion": st.sampled_from(["O", "O", "P"]),
        "natural_person": TRISTATE,
    }
)
SOURCE = st.fixed_dictionaries(
    {
        "type": st.sampled_from(SOURCE_TYPES),
        "name": mostly("leboncoin.fr", *SOURCE_NAMES),
        "terms_forbid_reuse": mostly(False, None, True),
        "robots_disallowed": mostly(False, None, True),
        "tdm_reserved": mostly(None, False, True),
    }
)
CONTACT = st.fixed_dictionaries(
    {
        "kind": mostly("person", "organisation"),
        "audience": st.sampled_from(["consumer", "professional"]),
        "email": st.just("jeanne.dupont@example.fr"),
        "phone": st.sampled_from(PHONES),
        "postal_address": st.just("12 rue des Lilas, 13100 Aix-en-Provence"),
        "timezone": st.sampled_from(TIMEZONES),
        "attributes": mostly(*ATTRIBUTES),
        "collected_at": rel(1300),
        "source": SOURCE,
        "informed_at": maybe(rel(60, 5)),
        "last_prospect_initiated_contact_at": maybe(rel(1500)),
        "customer": maybe(CUSTOMER, 2),  # a customer once in three
        "contract_in_progress": st.booleans(),
        "consents": st.lists(CONSENT, max_size=2),
        "objections": st.one_of(
            st.just([]), st.just([]), st.lists(OBJECTION, min_size=1, max_size=1)
        ),
        "opposition_lists": st.one_of(st.just({}), st.fixed_dictionaries({"bloctel": BLOCTEL})),
        "interactions": st.lists(INTERACTION, max_size=5),
        "sirene": maybe(SIRENE, 3),
    }
)
CAMPAIGN = st.fixed_dictionaries(
    {
        "controller": st.sampled_from(CONTROLLERS[:2]),
        "channel": st.sampled_from(ALL_CHANNELS),
        "purpose": mostly(*PURPOSES),
        "product_categories": CATEGORIES,
        "related_to_profession": st.booleans(),
        "sector": st.sampled_from(SECTORS),
        "caller_id": st.sampled_from(CALLER_IDS),
        "message": st.fixed_dictionaries(
            {"sender_identified": mostly(True, False), "opt_out_means": mostly(True, False)}
        ),
    }
)


def place(value: Any, at: datetime) -> Any:
    """Turn every ``Rel`` into a timestamp around ``at``, in an offset that varies with it."""
    if isinstance(value, Rel):
        moment = at + timedelta(seconds=int(value))
        return moment.astimezone(OFFSETS[value % len(OFFSETS)]).isoformat()
    if isinstance(value, dict):
        return {key: place(item, at) for key, item in value.items()}
    if isinstance(value, list):
        return [place(item, at) for item in value]
    return value


@st.composite
def contacts(draw: st.DrawFn, at: datetime, index: int = 0) -> Json:
    return {"id": f"c-{index}", **place(draw(CONTACT), at)}


def campaigns() -> st.SearchStrategy[Json]:
    return CAMPAIGN


@st.composite
def requests(draw: st.DrawFn, channel: str | None = None, audience: str | None = None) -> Json:
    at = draw(AT)
    contact = draw(contacts(at))
    campaign = draw(campaigns())
    if channel:
        campaign["channel"] = channel
    if audience:
        contact["audience"] = audience
    return {"at": at.isoformat(), "contact": contact, "campaign": campaign}


def answer(request: Json) -> Json:
    return decide(request).to_wire()


def changed(request: Json, **contact: Any) -> Json:
    out = copy.deepcopy(request)
    out["contact"].update(contact)
    return out


def before_at(request: Json, days: int = 1) -> str:
    return (datetime.fromisoformat(request["at"]) - timedelta(days=days)).isoformat()


def is_personal(contact: Json) -> bool:
    sirene = contact.get("sirene") or {}
    return contact["kind"] == "person" or sirene.get("natural_person") is True


# --- (a) an objection to everyone, on every channel, only closes doors ------------------------


@SETTINGS
@given(requests())
def test_objection_never_allows(request: Json) -> None:
    before = answer(request)
    objection = {"at": before_at(request), "channels": ["*"], "controller": None}
    after = answer(changed(request, objections=[*request["contact"]["objections"], objection]))
    assert not (after["allowed"] and not before["allowed"])
    if is_personal(request["contact"]):
        assert not after["allowed"]
        assert "objection_on_file" in {r["code"] for r in after["reasons"]}


# --- (b) withdrawing every consent only closes doors ------------------------------------------


@SETTINGS
@given(requests())
def test_withdrawing_consents_never_allows(request: Json) -> None:
    withdrawn = [{**c, "withdrawn_at": before_at(request)} for c in request["contact"]["consents"]]
    before, after = answer(request), answer(changed(request, consents=withdrawn))
    assert not (after["allowed"] and not before["allowed"])


# --- (c) a Bloctel registration only closes doors ---------------------------------------------


@SETTINGS
@given(requests(channel="phone_call"))
def test_bloctel_listing_never_allows(request: Json) -> None:
    lists = request["contact"]["opposition_lists"]
    checked = (lists.get("bloctel") or {}).get("checked_at")
    listed = {"bloctel": {"listed": True, "checked_at": checked}}
    before, after = answer(request), answer(changed(request, opposition_lists=listed))
    assert not (after["allowed"] and not before["allowed"])


# --- (d) a consumer call at 23:00 local needs an out-of-hours consent (D223-9 al. 2) ----------


def at_local_23h(request: Json) -> tuple[str, datetime]:
    contact = request["contact"]
    zone = contact["timezone"] or timezone_for_phone(normalise_phone(contact["phone"]))
    local = datetime.fromisoformat(request["at"]).astimezone(ZoneInfo(zone))
    late = local.replace(hour=23, minute=0, second=0, microsecond=0)
    return late.isoformat(), late


@SETTINGS
@given(
    requests(channel="phone_call", audience="consumer"),
    st.sampled_from(["phone_call", "automated_call"]),
)
def test_consumer_call_at_23h_needs_out_of_hours_consent(request: Json, channel: str) -> None:
    request["campaign"]["channel"] = channel
    request["at"], late = at_local_23h(request)
    contact, campaign = request["contact"], request["campaign"]
    in_force = late.astimezone(ZoneInfo("Europe/Paris")).date() >= datetime(2023, 3, 1).date()
    canvassing = campaign["purpose"] != "non_commercial_prospecting" and is_personal(contact)
    if not (in_force and canvassing):
        return  # D223-9 applies from 2023-03-01 to the canvassing of a (natural-person) consumer
    response = answer(request)
    if response["allowed"]:
        assert any(c["out_of_hours"] for c in contact["consents"]), response


# --- (e) allowed ⇔ no reasons; a basis exactly when allowed -----------------------------------
# --- (f) every reason and obligation cites a text and speaks French and English ---------------


@SETTINGS
@given(requests())
def test_decision_shape(request: Json) -> None:
    response = answer(request)
    assert response["allowed"] == (not response["reasons"])
    assert (response["basis"] is not None) == response["allowed"]
    for item in [*response["reasons"], *response["obligations"]]:
        assert item["legal_refs"], item
        assert item["message"]["fr"].strip() and item["message"]["en"].strip(), item
    assert response["rules_version"]


# --- (g) the offset used to write ``at`` changes nothing ----------------------------------------


@SETTINGS
@given(requests(), st.sampled_from(OFFSETS))
def test_offset_of_at_is_irrelevant(request: Json, offset: timezone) -> None:
    moved = copy.deepcopy(request)
    moved["at"] = datetime.fromisoformat(request["at"]).astimezone(offset).isoformat()
    assert answer(moved) == answer(request)


# --- (h) column-wise batch == one by one ------------------------------------------------------


@st.composite
def batches(draw: st.DrawFn) -> tuple[str, Json, list[Json]]:
    at = draw(AT)
    campaign = draw(campaigns())
    size = draw(st.integers(1, 10))
    people = [draw(contacts(at, index)) for index in range(size)]
    return at.isoformat(), campaign, people


@SETTINGS
@given(batches())
def test_batch_equals_one_by_one(batch: tuple[str, Json, list[Json]]) -> None:
    at, campaign, people = batch
    one_by_one = [answer({"at": at, "contact": c, "campaign": campaign}) for c in people]
    parsed = [parse_request({"at": at, "contact": c, "campaign": campaign}) for c in people]
    contacts_ = [p.contact for p in parsed]
    frame = build_frame(contacts_, screen(contacts_))
    evaluation = evaluate(frame, parsed[0].campaign, parsed[0].at)
    assert [d.to_wire() for d in evaluation.decisions()] == one_by_one
    assert [[r["code"] for r in d["reasons"]] for d in one_by_one] == evaluation.refusal_codes()
