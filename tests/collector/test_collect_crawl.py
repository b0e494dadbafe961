"""Real Scrapy crawls (child processes) of fixture sites on 127.0.0.1: every refusal path, the
pipelines' drops, the store, re-runs, and a terms change pausing a source."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from licite.collector.report import LINES, source_statuses
from licite.core.keyed import hash_value
from licite.services.collect import CollectReport, collect, review_source
from licite.store.audit import iter_events
from licite.store.collection import get_run, origins_of
from licite.store.engine import make_engine, session_scope
from licite.store.lists import ListEntry, replace_list
from licite.store.repo import iter_contacts
from licite.store.schema import contacts, provenance
from licite.store.secret import load_secret

ADS = "Annonces Démo — bonnes affaires"
DIRECTORY = "Annuaire Démo des artisans"
COMPANY = "Démo Industries — site de l'entreprise"
#: Fast and strict for tests: no politeness delay, 3 s timeout (the slow page takes 5), no retry.
FAST = {"DOWNLOAD_TIMEOUT": 3, "RETRY_ENABLED": False}


def run(sources: Path, db: str, **options: Any) -> CollectReport:
    options.setdefault("allow_private", True)
    return collect(sources, db=db, polite=False, overrides=FAST, **options)


@pytest.fixture(scope="module")
def runs(sites: tuple[Path, Path], store: str) -> dict[str, CollectReport]:
    """First run, then a re-run with a suppression list, then a run after a terms change."""
    sources, samples = sites
    for name, verdict in ((ADS, "allows"), (DIRECTORY, "forbids"), (COMPANY, "allows")):
        review_source(sources, name, db=store, allow_private=True, verdict=verdict, reviewer="T")
    first = run(sources, store)
    secret = load_secret(store)
    with session_scope(make_engine(store)) as session:
        entry = ListEntry("phone", hash_value(secret, "phone", "07 56 78 90 12"))
        replace_list(session, name="repoussoir", list_type="suppression", origin="test",
                     imported_at=datetime.now(UTC), entries=[entry])  # fmt: skip
    second = run(sources, store)
    terms = samples / "annonces" / "cgu.html"
    terms.write_text(terms.read_text("utf-8").replace("RGPD", "RGPD et de nos conditions"))
    third = run(sources, store, only=ADS)
    return {"first": first, "second": second, "third": third}


def test_every_refusal_reason_happens(runs: dict[str, CollectReport]) -> None:
    counts = runs["first"].counts
    assert runs["first"].status == "completed"
    assert counts["refused/terms"] >= 2  # the directory forbids reuse; "Blank" was never reviewed
    assert counts["refused/robots"] == 2  # Disallow /equipe/privee/; robots.txt answering 503
    assert counts["refused/tdm"] == 2  # tdmrep.json reserves /presse/; a page's meta
    assert counts["refused/ssrf"] == 2  # redirect to an undeclared host; link to 10.255.255.1
    assert counts["refused/size"] == 2  # two pages of 3 MB
    assert counts["refused/redirects"] == 1  # a redirect loop
    assert counts["refused/timeout"] == 1  # a page slower than the timeout
    assert counts["refused/not_html"] == 2  # a PDF and a JSON document
    assert counts["refused/errors"] == 2  # HTTP 500 and 404
    statuses = source_statuses(counts)
    assert "forbid reuse" in statuses[DIRECTORY]
    assert "interdisent" in source_statuses(counts, "fr")[DIRECTORY]
    assert "not reviewed" in statuses["Blank"]
    assert statuses[ADS] == statuses[COMPANY] == "collected"
    assert set(counts) - {k for k in counts if k.startswith(("source/", "sensitive/"))} <= set(
        LINES
    )


def test_records_add_up_and_sensitive_data_is_dropped(runs: dict[str, CollectReport]) -> None:
    counts = runs["first"].counts
    outcomes = ("stored", "already_stored", "merged", "dropped_sensitive", "opposed",
                "no_contact_point")  # fmt: skip
    assert counts["records/read"] == sum(counts.get(f"records/{o}", 0) for o in outcomes)
    assert counts["records/dropped_sensitive"] == 2  # health in an ad, an offence in another
    assert counts["sensitive/health"] == counts["sensitive/criminal"] == 1
    assert counts["fields/dropped_sensitive"] == 1  # a NIR in a name
    assert counts["fields/redacted"] == 1  # a NIR in a kept title
    assert counts["fields/dropped_minimisation"] > 0


def test_stored_contacts_are_minimised_and_ready_for_check(
    runs: dict[str, CollectReport], store: str
) -> None:
    with session_scope(make_engine(store)) as session:
        stored = list(iter_contacts(session))
        assert len(stored) == runs["first"].counts["records/stored"]
        by_name = {c.attributes.get("name"): c for c in stored}
        for contact in stored:
            assert contact.source.url and contact.source.name and contact.collected_at
            assert contact.source.terms_forbid_reuse is False
            assert not set(contact.attributes) - {"name", "postal_code", "ad_title", "job_title"}
            assert "ad_text" not in contact.attributes and "price" not in contact.attributes
            origins = origins_of(session, contact.id)
            assert all(o.terms_sha256 and o.url == contact.source.url for o in origins)
            assert {o.robots for o in origins} <= {"allowed", "no_robots_txt"}
            assert {o.tdm for o in origins} <= {"not_reserved", "unset"}
            fields = {o.field for o in origins}
            assert fields == set(contact.attributes) | {
                f for f in ("phone", "email") if getattr(contact, f)
            }
        assert "Bob Malformed" in by_name, "a record of malformed HTML is still read"
        assert by_name["Camille Martin"].phone == "+33612345678"
        assert "[NIR]" in by_name["Paul Durand"].attributes["ad_title"]
        assert "Lucie Petit" not in by_name and "David Edge" not in by_name
        chloe = next(c for c in stored if c.email == "chloe@edge.example")
        assert "name" not in chloe.attributes  # the name field held a NIR
        assert by_name["Sophie Lambert"].attributes["job_title"] == "Directrice commerciale"
        run = get_run(session, runs["first"].run_id)
        assert run is not None and run["status"] == "completed" and run["counts"]
        kinds = [e.kind for e in iter_events(session)]
        assert kinds.count("source_review") == 3 and kinds.count("collection_run") == 3


def test_rerun_updates_provenance_without_duplicates(
    runs: dict[str, CollectReport], store: str
) -> None:
    first, second = runs["first"].counts, runs["second"].counts
    assert second.get("records/stored", 0) == 0
    assert second["records/opposed"] == 1  # on the suppression list since the first run
    assert second["records/already_stored"] == first["records/stored"] - 1
    with session_scope(make_engine(store)) as session:
        assert session.scalar(select(func.count()).select_from(contacts)) == first["records/stored"]
        run_ids = set(session.scalars(select(provenance.c.run_id)))
        assert runs["second"].run_id in run_ids


def test_changed_terms_pause_the_source(runs: dict[str, CollectReport]) -> None:
    counts = runs["third"].counts
    assert "changed" in source_statuses(counts)[ADS]
    assert counts["refused/terms"] == 1 and counts.get("pages/fetched", 0) == 0
    assert counts.get("records/read", 0) == 0


def test_private_addresses_refused_unless_allowed(sites: tuple[Path, Path], store: str) -> None:
    report = collect(sites[0], db=store, only="Edge", polite=False, overrides=FAST)
    assert report.counts["refused/ssrf"] == 1 and report.counts.get("pages/fetched", 0) == 0
