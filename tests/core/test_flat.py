"""CSV rows ↔ contacts: header checks, every cell type, JSON cells, and the two guarantees that
matter — a row gives the same contact as its JSON equivalent, and ``contact_to_row`` inverts
``contact_from_row``."""

from __future__ import annotations

import csv
import json
import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
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
from licite.core.errors import InputError
from licite.core.flat import (
    CSV_COLUMNS,
    REQUIRED_COLUMNS,
    check_header,
    contact_from_row,
    contact_to_row,
    csv_header,
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
from licite.core.request import parse_contact

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "contacts.csv"
DOC = ROOT / "docs" / "contacts-csv.md"

BASE = {
    "id": "c-1",
    "audience": "consumer",
    "collected_at": "2026-11-20T10:00:00+01:00",
    "source_type": "classified_ads",
}


def row(**cells: str) -> dict[str, str]:
    """A minimal valid row with some cells changed (``attr_x`` stands for ``attr.x``)."""
    out = dict(BASE)
    out.update({k.replace("attr_", "attr.", 1): v for k, v in cells.items()})
    return out


def error_field(cells: dict[str, str]) -> str | None:
    with pytest.raises(InputError) as caught:
        contact_from_row(cells)
    return caught.value.field


# --- header -------------------------------------------------------------------------------


def test_columns_follow_the_documentation() -> None:
    documented = re.findall(r"^\| `([a-z_.<>]+)` \|", DOC.read_text("utf-8"), re.MULTILINE)
    assert tuple(c for c in documented if not c.startswith("attr.")) == CSV_COLUMNS
    assert "attr.<name>" in documented


def test_full_header_is_accepted() -> None:
    check_header(csv_header(("job_title", "company")))
    check_header(REQUIRED_COLUMNS)


@pytest.mark.parametrize(
    ("columns", "field"),
    [
        ([*REQUIRED_COLUMNS, "emial"], "emial"),
        ([*REQUIRED_COLUMNS, "attr."], "attr."),
        ([*REQUIRED_COLUMNS, "Phone"], "Phone"),
        ([*REQUIRED_COLUMNS, "phone", "phone"], "phone"),
        ([*REQUIRED_COLUMNS, "attr.x", "attr.x"], "attr.x"),
        (["audience", "collected_at", "source_type"], "id"),
        (["id", "collected_at", "source_type"], "audience"),
        (["id", "audience", "source_type"], "collected_at"),
        (["id", "audience", "collected_at", "source_name"], "source_type"),
    ],
)
def test_bad_header_names_the_column(columns: list[str], field: str) -> None:
    with pytest.raises(InputError) as caught:
        check_header(columns)
    assert caught.value.field == field


# --- cells --------------------------------------------------------------------------------

PARIS_WINTER = timezone(timedelta(hours=1))

GOOD_CELLS: list[tuple[str, str, Any, Any]] = [
    ("kind", "organisation", lambda c: c.kind, ContactKind.ORGANISATION),
    ("audience", "professional", lambda c: c.audience, Audience.PROFESSIONAL),
    ("email", " Jean.Dupont@Example.NET ", lambda c: c.email, "jean.dupont@example.net"),
    ("phone", "06 12 34 56 78", lambda c: c.phone, "+33612345678"),
    ("phone", "0696 20 12 34", lambda c: c.phone, "+596696201234"),
    ("postal_address", "3 rue X, 13100 Aix", lambda c: c.postal_address, "3 rue X, 13100 Aix"),
    ("timezone", "America/Martinique", lambda c: c.timezone, "America/Martinique"),
    (
        "informed_at",
        "2026-11-21T09:00:00+01:00",
        lambda c: c.informed_at,
        datetime(2026, 11, 21, 9, tzinfo=PARIS_WINTER),
    ),
    (
        "last_prospect_initiated_contact_at",
        "2026-11-22T08:00:00Z",
        lambda c: c.last_prospect_initiated_contact_at,
        datetime(2026, 11, 22, 8, tzinfo=UTC),
    ),
    ("contract_in_progress", "OUI", lambda c: c.contract_in_progress, True),
    ("contract_in_progress", "0", lambda c: c.contract_in_progress, False),
    ("source_type", "sirene", lambda c: c.source.type, SourceType.SIRENE),
    ("source_name", "Annonces Sud", lambda c: c.source.name, "Annonces Sud"),
    ("source_url", "https://a.example/1", lambda c: c.source.url, "https://a.example/1"),
    ("source_terms_forbid_reuse", "Yes", lambda c: c.source.terms_forbid_reuse, True),
    ("source_robots_disallowed", "no", lambda c: c.source.robots_disallowed, False),
    ("source_tdm_reserved", "1", lambda c: c.source.tdm_reserved, True),
    (
        "customer_last_purchase_at",
        "2026-01-05T12:00:00+01:00",
        lambda c: c.customer,
        Customer(last_purchase_at=datetime(2026, 1, 5, 12, tzinfo=PARIS_WINTER)),
    ),
    (
        "customer_product_categories",
        "gestion_locative | transaction||",
        lambda c: c.customer,
        Customer(product_categories=("gestion_locative", "transaction")),
    ),
    (
        "customer_relationship_ended_at",
        "2022-01-05T12:00:00+01:00",
        lambda c: c.customer.relationship_ended_at,
        datetime(2022, 1, 5, 12, tzinfo=PARIS_WINTER),
    ),
    (
        "customer_objection_offered_at_collection",
        "false",
        lambda c: c.customer,
        Customer(objection_offered_at_collection=False),
    ),
    ("sirene_siren", "552100554", lambda c: c.sirene, Sirene(siren="552100554")),
    ("sirene_diffusion", "P", lambda c: c.sirene, Sirene(diffusion=Diffusion.PARTIAL)),
    ("sirene_natural_person", "non", lambda c: c.sirene, Sirene(natural_person=False)),
    (
        "bloctel_listed",
        "true",
        lambda c: c.opposition_lists,
        {"bloctel": OppositionCheck(listed=True)},
    ),
    (
        "bloctel_checked_at",
        "2026-07-01T10:00:00+02:00",
        lambda c: c.opposition_lists["bloctel"].checked_at,
        datetime(2026, 7, 1, 8, tzinfo=UTC),
    ),
    ("attr.job_title", "Gérante", lambda c: c.attributes, {"job_title": "Gérante"}),
    ("consents", "null", lambda c: c.consents, ()),
    ("objections", "[]", lambda c: c.objections, ()),
    (
        "interactions",
        '[{"at":"2026-11-01T10:00:00Z","channel":"sms","outcome":"refused"}]',
        lambda c: c.interactions,
        (Interaction(datetime(2026, 11, 1, 10, tzinfo=UTC), Channel.SMS, Outcome.REFUSED),),
    ),
    (
        "attributes",
        '{"notes": "x", "empty": null}',
        lambda c: c.attributes,
        {"notes": "x"},
    ),
]


@pytest.mark.parametrize(("column", "cell", "read", "expected"), GOOD_CELLS)
def test_good_cell(column: str, cell: str, read: Any, expected: Any) -> None:
    assert read(contact_from_row(row(**{column: cell}))) == expected


def test_empty_cells_mean_not_given() -> None:
    cells = dict.fromkeys(csv_header(("job_title",)), "") | BASE
    contact = contact_from_row(cells)
    assert contact == Contact(
        id="c-1",
        audience=Audience.CONSUMER,
        collected_at=datetime(2026, 11, 20, 10, tzinfo=PARIS_WINTER),
        source=Source(type=SourceType.CLASSIFIED_ADS),
    )
    assert contact.customer is None and contact.sirene is None


BAD_CELLS: list[tuple[str, str, str]] = [
    ("kind", "personne", "kind"),
    ("audience", "particulier", "audience"),
    ("audience", "Consumer", "audience"),
    ("email", "jean.dupont@example", "email"),
    ("phone", "06 12", "phone"),
    ("timezone", "Europe/Pariss", "timezone"),
    ("collected_at", "2026-11-15T10:00:00", "collected_at"),
    ("collected_at", "15/11/2026", "collected_at"),
    ("informed_at", "hier", "informed_at"),
    ("last_prospect_initiated_contact_at", "2026-11-15", "last_prospect_initiated_contact_at"),
    ("contract_in_progress", "peut-être", "contract_in_progress"),
    ("source_type", "facebook", "source_type"),
    ("source_terms_forbid_reuse", "vrai", "source_terms_forbid_reuse"),
    ("source_robots_disallowed", "2", "source_robots_disallowed"),
    ("source_tdm_reserved", "y", "source_tdm_reserved"),
    ("customer_last_purchase_at", "2026-01-05", "customer_last_purchase_at"),
    ("customer_relationship_ended_at", "x", "customer_relationship_ended_at"),
    ("customer_objection_offered_at_collection", "?", "customer_objection_offered_at_collection"),
    ("sirene_siren", "12345", "sirene_siren"),
    ("sirene_siren", "55210055A", "sirene_siren"),
    ("sirene_diffusion", "N", "sirene_diffusion"),
    ("sirene_natural_person", "maybe", "sirene_natural_person"),
    ("bloctel_listed", "inscrit", "bloctel_listed"),
    ("bloctel_checked_at", "2026-13-01T00:00:00Z", "bloctel_checked_at"),
    ("notacolumn", "x", "notacolumn"),
]


@pytest.mark.parametrize(("column", "cell", "field"), BAD_CELLS)
def test_bad_cell_names_its_column(column: str, cell: str, field: str) -> None:
    assert error_field(row(**{column: cell})) == field


@pytest.mark.parametrize("column", ["id", "audience", "collected_at", "source_type"])
def test_required_cell_empty(column: str) -> None:
    assert error_field(row(**{column: ""})) == column


VALID_CONSENT = {
    "channels": ["email"],
    "given_at": "2026-10-01T09:00:00+02:00",
    "method": "double_opt_in",
}


def consents(*changes: dict[str, Any]) -> str:
    """A consents cell: one valid consent per ``changes`` dict, with those fields changed."""
    return json.dumps([VALID_CONSENT | change for change in changes])


JSON_ERRORS: list[tuple[str, str, str]] = [
    ("consents", '[{"channels": ["email"]', "consents"),
    ("consents", "{}", "consents"),
    ("consents", consents({}, {"method": "opt_in"}), "consents[1].method"),
    ("consents", consents({"channels": ["email", "mail"]}), "consents[0].channels[1]"),
    ("consents", consents({"given_at": "2026-10-01"}), "consents[0].given_at"),
    ("consents", consents({"colour": "red"}), "consents[0].colour"),
    ("consents", '[{"channels": ["email"], "method": "implied"}]', "consents[0].given_at"),
    ("objections", "[1]", "objections[0]"),
    ("objections", '[{"channels": ["*"]}]', "objections[0].at"),
    ("interactions", '{"at": 1}', "interactions"),
    (
        "interactions",
        '[{"at": "2026-11-01T10:00:00Z", "channel": "sms", "outcome": "busy"}]',
        "interactions[0].outcome",
    ),
    ("opposition_lists", "[]", "opposition_lists"),
    ("opposition_lists", '{"bloctel": {"listed": "yes"}}', "opposition_lists.bloctel.listed"),
    ("attributes", '{"age": 42}', "attributes.age"),
    ("attributes", "nan", "attributes"),
]


@pytest.mark.parametrize(("column", "cell", "field"), JSON_ERRORS)
def test_json_cell_errors_name_column_and_path(column: str, cell: str, field: str) -> None:
    assert error_field(row(**{column: cell})) == field


def test_bloctel_columns_merge_with_opposition_lists() -> None:
    contact = contact_from_row(
        row(bloctel_listed="false", opposition_lists='{"robinson": {"listed": true}}')
    )
    assert contact.opposition_lists == {
        "robinson": OppositionCheck(listed=True),
        "bloctel": OppositionCheck(listed=False),
    }
    twice = row(bloctel_checked_at="2026-07-01T10:00:00Z", opposition_lists='{"bloctel": {}}')
    assert error_field(twice) == "bloctel_checked_at"


def test_attribute_columns_merge_with_attributes_cell() -> None:
    cells = row(attr_job_title="Notaire", attributes='{"notes": "x", "job_title": "Notaire"}')
    assert contact_from_row(cells).attributes == {"notes": "x", "job_title": "Notaire"}
    clash = row(attr_job_title="Notaire", attributes='{"job_title": "Gérant"}')
    assert error_field(clash) == "attr.job_title"


def test_surplus_cells_from_dictreader() -> None:
    trailing: dict[Any, Any] = row() | {None: ["", ""]}
    assert contact_from_row(trailing).id == "c-1"
    surplus: dict[Any, Any] = row() | {None: ["x"]}
    with pytest.raises(InputError, match="more cells"):
        contact_from_row(surplus)
    short: dict[str, Any] = row() | {"email": None}
    assert contact_from_row(short).email is None


# --- equivalence with the JSON format ------------------------------------------------------

_BOOLEANS = {"true": True, "1": True, "yes": True, "oui": True}
_BOOL_COLUMNS = {
    "contract_in_progress",
    "source_terms_forbid_reuse",
    "source_robots_disallowed",
    "source_tdm_reserved",
    "customer_objection_offered_at_collection",
    "sirene_natural_person",
    "bloctel_listed",
}
_JSON_COLUMNS = {"consents", "objections", "interactions", "opposition_lists", "attributes"}


def nest(cells: dict[str, str]) -> dict[str, Any]:
    """The decision-format object a CSV row stands for — written the slow, obvious way, as an
    independent reading of docs/contacts-csv.md."""
    out: dict[str, Any] = {}
    groups: dict[str, dict[str, Any]] = {"source": {}, "customer": {}, "sirene": {}}
    bloctel: dict[str, Any] = {}
    attributes: dict[str, Any] = {}
    for column, cell in cells.items():
        if cell == "":
            continue
        value: Any = cell
        if column in _BOOL_COLUMNS:
            value = _BOOLEANS.get(cell.strip().lower(), False)
        elif column in _JSON_COLUMNS:
            value = json.loads(cell)
        elif column == "customer_product_categories":
            value = [p.strip() for p in cell.split("|") if p.strip()]
        if column.startswith("attr."):
            attributes[column[5:]] = value
        elif column.startswith("bloctel_"):
            bloctel[column[8:]] = value
        elif column.split("_")[0] in groups:
            prefix, _, field = column.partition("_")
            groups[prefix][field] = value
        else:
            out[column] = value
    for name, group in groups.items():
        if group:
            out[name] = group
    if bloctel:
        out["opposition_lists"] = {**out.get("opposition_lists", {}), "bloctel": bloctel}
    if attributes:
        out["attributes"] = {**out.get("attributes", {}), **attributes}
    return out


HAND_ROWS = [
    row(),
    row(
        kind="organisation",
        audience="professional",
        email="Contact@Cabinet-Fabre.example",
        phone="04 65 71 12 34",
        source_type="company_website",
        source_name="Site du cabinet",
        source_terms_forbid_reuse="false",
        sirene_siren="552100554",
        sirene_diffusion="O",
        sirene_natural_person="false",
        attr_company="Cabinet Fabre",
    ),
    row(
        phone="+596 696 20 12 34",
        timezone="America/Martinique",
        consents=json.dumps(
            [
                VALID_CONSENT | {"controllers": ["Immo Provence SAS"], "proof": {"id": "p1"}},
                VALID_CONSENT | {"method": "implied", "withdrawn_at": "2026-11-01T00:00:00Z"},
            ]
        ),
        objections='[{"at": "2026-09-01T10:00:00Z", "channels": ["sms"], "controller": null}]',
        interactions='[{"at": "2026-11-20T10:00:00Z", "channel": "phone_call", '
        '"controller": "Immo Provence SAS", "outcome": "refused"}]',
    ),
    row(
        source_type="sale",
        customer_last_purchase_at="2025-06-01T10:00:00+02:00",
        customer_product_categories="gestion_locative|transaction_immobiliere",
        customer_objection_offered_at_collection="oui",
        contract_in_progress="Yes",
        bloctel_listed="1",
        bloctel_checked_at="2026-07-30T10:00:00+02:00",
        opposition_lists='{"robinson": {"listed": false}}',
        informed_at="2026-11-21T10:00:00+01:00",
        last_prospect_initiated_contact_at="2026-11-25T10:00:00+01:00",
        attributes='{"notes": "rappeler"}',
        attr_job_title="Retraitée",
    ),
]


@pytest.mark.parametrize("cells", HAND_ROWS, ids=lambda r: r.get("source_type", "?"))
def test_row_equals_its_json_equivalent(cells: dict[str, str]) -> None:
    assert contact_from_row(cells) == parse_contact(nest(cells))


def _sample_rows() -> list[dict[str, str]]:
    with SAMPLE.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames is not None
        check_header(reader.fieldnames)
        return list(reader)


def test_every_good_sample_row_equals_its_json_equivalent() -> None:
    good = [r for r in _sample_rows() if "-bad-" not in r["id"]]
    assert len(good) > 300
    for cells in good:
        assert contact_from_row(cells) == parse_contact(nest(cells)), cells["id"]


# --- samples/contacts.csv ------------------------------------------------------------------

#: The rows samples/generate.py plants, by id suffix, and the column each error must name.
PLANTED = {
    "bad-audience-enum": "audience",
    "bad-timestamp-no-offset": "collected_at",
    "bad-phone": "phone",
    "bad-email": "email",
    "bad-boolean": "contract_in_progress",
    "bad-consents-json": "consents",
    "bad-consent-method": "consents[0].method",
    "bad-source-type": "source_type",
}


def test_sample_rejects_exactly_the_planted_rows() -> None:
    rejected: dict[str, str | None] = {}
    for cells in _sample_rows():
        try:
            contact_from_row(cells)
        except InputError as error:
            rejected[cells["id"].split("-", 1)[1]] = error.field
    assert rejected == PLANTED


def test_sample_covers_every_source_type_audience_and_kind() -> None:
    contacts = [contact_from_row(r) for r in _sample_rows() if "-bad-" not in r["id"]]
    assert {c.source.type for c in contacts} == set(SourceType)
    assert {c.audience for c in contacts} == set(Audience)
    assert {c.kind for c in contacts} == set(ContactKind)
    methods = {consent.method for c in contacts for consent in c.consents}
    assert methods == set(ConsentMethod)


def test_sample_round_trips_through_a_csv_file(tmp_path: Path) -> None:
    contacts = [contact_from_row(r) for r in _sample_rows() if "-bad-" not in r["id"]]
    names = ("job_title", "company")
    path = tmp_path / "out.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=csv_header(names))
        writer.writeheader()
        writer.writerows(contact_to_row(c, names) for c in contacts)
    with path.open(encoding="utf-8", newline="") as handle:
        assert [contact_from_row(r) for r in csv.DictReader(handle)] == contacts


# --- contact_to_row is the inverse ---------------------------------------------------------

_offsets = st.sampled_from(
    [UTC, PARIS_WINTER, timezone(timedelta(hours=2)), timezone(-timedelta(hours=4))]
)
_instants = st.datetimes(datetime(1990, 1, 1), datetime(2040, 1, 1), timezones=_offsets)
_maybe_instant = st.none() | _instants
_text = st.text(min_size=1, max_size=20)
_maybe_text = st.none() | _text
_maybe_bool = st.none() | st.booleans()
_channels = st.frozensets(st.sampled_from(Channel))
_json_scalar = st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=10)
_category = st.text(min_size=1, max_size=12).map(str.strip).filter(lambda s: s and "|" not in s)

_consents = st.builds(
    Consent,
    channels=_channels,
    controllers=st.lists(_text, max_size=3).map(tuple),
    given_at=_instants,
    method=st.sampled_from(ConsentMethod),
    purpose=_text,
    withdrawn_at=_maybe_instant,
    collected_by=_maybe_text,
    proof=st.none() | st.dictionaries(_text, _json_scalar, min_size=1, max_size=3),
    out_of_hours=st.booleans(),
)
_objections = st.one_of(
    st.builds(Objection, at=_instants, channels=_channels, controller=_maybe_text),
    st.builds(
        Objection,
        at=_instants,
        channels=st.just(frozenset(Channel)),
        all_channels=st.just(True),
        controller=_maybe_text,
    ),
)
_emails = st.from_regex(r"[a-z0-9._+-]{1,8}@[a-z0-9-]{1,8}\.[a-z]{2,4}", fullmatch=True)
_contacts = st.builds(
    Contact,
    id=_text,
    audience=st.sampled_from(Audience),
    collected_at=_instants,
    source=st.builds(
        Source,
        type=st.sampled_from(SourceType),
        name=_maybe_text,
        url=_maybe_text,
        terms_forbid_reuse=_maybe_bool,
        robots_disallowed=_maybe_bool,
        tdm_reserved=_maybe_bool,
    ),
    kind=st.sampled_from(ContactKind),
    email=st.none() | _emails,
    phone=st.none() | st.integers(0, 10**7 - 1).map(lambda n: f"+3361{n:07d}"),
    postal_address=_maybe_text,
    timezone=st.sampled_from([None, "Europe/Paris", "America/Martinique", "Indian/Reunion"]),
    attributes=st.dictionaries(
        st.sampled_from(["job_title", "notes", "ad_title", "x"]), st.text(max_size=10)
    ),
    informed_at=_maybe_instant,
    last_prospect_initiated_contact_at=_maybe_instant,
    customer=st.none()
    | st.builds(
        Customer,
        last_purchase_at=_maybe_instant,
        product_categories=st.lists(_category, max_size=3).map(tuple),
        relationship_ended_at=_maybe_instant,
        objection_offered_at_collection=st.booleans(),
    ),
    contract_in_progress=st.booleans(),
    consents=st.lists(_consents, max_size=2).map(tuple),
    objections=st.lists(_objections, max_size=2).map(tuple),
    opposition_lists=st.dictionaries(
        st.sampled_from(["bloctel", "robinson"]),
        st.builds(OppositionCheck, listed=_maybe_bool, checked_at=_maybe_instant),
    ),
    interactions=st.lists(
        st.builds(
            Interaction,
            at=_instants,
            channel=st.sampled_from(Channel),
            outcome=st.sampled_from(Outcome),
            controller=_maybe_text,
        ),
        max_size=2,
    ).map(tuple),
    sirene=st.none()
    | st.builds(
        Sirene,
        siren=st.none() | st.from_regex(r"[0-9]{9}", fullmatch=True),
        diffusion=st.sampled_from(Diffusion),
        natural_person=_maybe_bool,
    ),
)


@settings(max_examples=300, deadline=None)
@given(contact=_contacts, own_columns=st.sampled_from([(), ("job_title",), ("notes", "x")]))
def test_round_trip(contact: Contact, own_columns: tuple[str, ...]) -> None:
    cells = contact_to_row(contact, own_columns)
    assert tuple(cells) == csv_header(own_columns)
    assert contact_from_row(cells) == contact


@pytest.mark.parametrize("category", ["a|b", " padded", ""])
def test_unwritable_category(category: str) -> None:
    contact = parse_contact({**nest(row()), "customer": {"product_categories": ["ok", category]}})
    with pytest.raises(InputError) as caught:
        contact_to_row(contact)
    assert caught.value.field == "customer_product_categories"
