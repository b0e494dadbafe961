"""What the ledger hands out: consent receipts (Kantara v1.1, DPV), notices, access reports,
suppression files, and what purge removes."""

from __future__ import annotations

import calendar
import csv
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft4Validator
from tests.ledger.conftest import OBJECTED_AT, PROFILE, Run, check_email

from licite.core.errors import ConfigError, InputError
from licite.services.controller import TEXT_ITEMS, load_profile
from licite.store.ledger_requests import add_months

BENOIT = "benoit.lambert18@example.com"


def _kantara_schema(shared_reference: Path) -> Draft4Validator:
    folder = shared_reference / "consent" / "kantara-cr-v1.1"
    schema = json.loads((folder / "kantara-consent-receipt-v1_1-schema.json").read_text())
    return Draft4Validator(schema)


def test_the_validator_agrees_with_the_reference_cases(shared_reference: Path) -> None:
    validator = _kantara_schema(shared_reference)
    cases = json.loads((shared_reference / "consent/kantara-cr-v1.1/cases.json").read_text())
    for case in cases["cases"]:
        assert validator.is_valid(case["receipt"]) == case["expected_valid"], case["id"]


@pytest.mark.parametrize("controllers", [["Immo Provence SAS"], ["Immo Provence SAS", "Partner"]])
def test_kantara_receipts_validate(
    run: Run, tmp_path: Path, shared_reference: Path, controllers: list[str]
) -> None:
    options = [arg for name in controllers for arg in ("--controller", name)]
    run("consent", "add", "--email", BENOIT, "--channel", "email", "--channel", "sms", *options,
        "--method", "double_opt_in", "--form-id", "web", "--ip", "192.0.2.1")  # fmt: skip
    run("consent", "withdraw", "--email", BENOIT, "--channel", "sms")
    out = tmp_path / "receipts.json"
    run("consent", "export", "--email", BENOIT, "--profile", str(PROFILE), "--out", str(out))
    receipts = json.loads(out.read_text(encoding="utf-8"))
    validator = _kantara_schema(shared_reference)
    assert len(receipts) == 1
    for receipt in receipts:
        assert sorted(e.message for e in validator.iter_errors(receipt)) == []
        purpose = receipt["services"][0]["purposes"][0]
        assert purpose["thirdPartyDisclosure"] == (len(controllers) > 1)
        assert purpose["termination"].startswith("Withdrawn")


def test_dpv_records_carry_the_27560_terms(run: Run, tmp_path: Path) -> None:
    run("consent", "add", "--email", BENOIT, "--channel", "email", "--controller", "Immo Provence "
        "SAS", "--method", "recorded_oral", "--recording-id", "rec-1")  # fmt: skip
    out = tmp_path / "dpv.json"
    run("consent", "export", "--email", BENOIT, "--profile", str(PROFILE), "--format", "dpv",
        "--out", str(out))  # fmt: skip
    (record,) = json.loads(out.read_text(encoding="utf-8"))
    assert record["@type"] == "dpv:ConsentRecord"
    assert record["dct:conformsTo"] == "https://w3id.org/dpv/schema/dpv-27560#record"
    assert record["dpv:hasConsentStatus"][0]["@type"][0] == "dpv:ConsentGiven"
    for prefix in ("dpv", "dct", "eu-gdpr"):
        assert prefix in record["@context"]


ART14 = [f"14(1)({x})" for x in "abcdef"] + [f"14(2)({x})" for x in "abcdefg"] + ["art. 21"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_notices_contain_every_art14_item(run: Run, tmp_path: Path, lang: str) -> None:
    out = tmp_path / "notices"
    run("notices", "render", "--due", "--profile", str(PROFILE), "--out", str(out), "--lang",
        lang, "--at", "2026-12-20T00:00:00+01:00")  # fmt: skip
    files = sorted(out.iterdir())
    assert [f.name for f in files] == [f"c0002-bloctel-listed.{lang}.md",
                                       f"c0006-objection-everyone.{lang}.md"]  # fmt: skip
    notice = files[0].read_text(encoding="utf-8")
    profile = load_profile(PROFILE)
    for item in ART14:
        assert item in notice, item
    for item in TEXT_ITEMS:
        assert profile.text(item, lang) in notice, item
    for fact in (
        "De Particulier à Particulier Provence",
        "pap-provence.example/annonce/9496795598",
        "CNIL",
        profile.identity["email"],
        profile.dpo["email"] if profile.dpo else "",
    ):
        assert fact in notice  # fmt: skip


def test_notices_due_then_marked_sent(run: Run, tmp_path: Path) -> None:
    late = "2026-12-20T00:00:00+01:00"
    assert "2 notice(s) due, 2 overdue" in run("notices", "due", "--at", late).output
    assert "0 notice(s) due" in run("notices", "due", "--at", "2026-11-20T00:00:00+01:00").output
    sent = tmp_path / "sent.csv"
    sent.write_text("contact_id,sent_at\nc0002-bloctel-listed,2026-12-02T09:00:00+01:00\n"
                    "unknown,\nc0006-objection-everyone,yesterday\n", encoding="utf-8")  # fmt: skip
    result = run("notices", "mark-sent", str(sent), "--rejects", str(tmp_path / "rej.csv"))
    assert "3 rows: 1 marked sent, 2 rejected" in result.output
    rejected = list(csv.DictReader((tmp_path / "rej.csv").read_text("utf-8").splitlines()))
    assert [(r["line"], r["field"]) for r in rejected] == [("3", "contact_id"), ("4", "sent_at")]
    assert "1 notice(s) due" in run("notices", "due", "--at", late).output


def test_suppression_files_round_trip(run: Run, tmp_path: Path) -> None:
    plain = tmp_path / "optouts.csv"
    plain.write_text(f"email,phone,channels,at\nalain.aubert32@example.com,,email,{OBJECTED_AT}\n"
                     ",not a phone,,\n,,,\n", encoding="utf-8")  # fmt: skip
    result = run("suppression", "import", str(plain), "--plaintext", "--rejects",
                 str(tmp_path / "rej.csv"))  # fmt: skip
    assert "3 rows: 1 accepted (1 new hash(es)), 2 rejected" in result.output
    assert "objection_on_file" in check_email(run, tmp_path / "out")["c0008-ordinary-form"]
    hashes = tmp_path / "hashes.csv"
    run("suppression", "export", "--out", str(hashes))
    assert "alain" not in hashes.read_text(encoding="utf-8")
    again = run("suppression", "import", str(hashes))
    assert "1 accepted (0 new hash(es))" in again.output, "an identical objection is not doubled"
    bad = tmp_path / "bad.csv"
    bad.write_text("key_kind,key_hash\nemail,xyz\n", encoding="utf-8")
    assert "1 rejected" in run("suppression", "import", str(bad)).output


def test_subject_access_exports_everything_and_logs_the_deadline(run: Run, tmp_path: Path) -> None:
    run("consent", "add", "--email", BENOIT, "--channel", "email", "--controller", "Immo "
        "Provence SAS", "--method", "double_opt_in", "--ip", "192.0.2.1")  # fmt: skip
    result = run("subject", "access", "--email", BENOIT, "--out", str(tmp_path / "a"),
                 "--at", "2026-01-31T12:00:00+01:00")  # fmt: skip
    assert "answer due by 2026-02-28" in result.output
    report = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert (
        report["contacts"][0]["data"]["source"]["name"] == "De Particulier à Particulier Provence"
    )
    assert report["consents"][0]["ip"] == "192.0.2.1"
    assert report["requests"][0]["kind"] == "access"
    html = (tmp_path / "a.html").read_text(encoding="utf-8")
    assert "Lambert" in html and "<script" not in html


def test_rectify_and_unknown_field(run: Run, tmp_path: Path) -> None:
    run("subject", "rectify", "--email", BENOIT, "--set", "postal_address=1 rue Neuve, 13001 "
        "Marseille", "--set", "attr.first_name=Benoit")  # fmt: skip
    found = run("subject", "access", "--email", BENOIT, "--out", str(tmp_path / "a")).output
    assert "1 contact(s) exported" in found
    data = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["contacts"][0]["data"]
    assert (data["postal_address"], data["attributes"]["first_name"]) == (
        "1 rue Neuve, 13001 Marseille",
        "Benoit",
    )
    run("subject", "rectify", "--email", BENOIT, "--set", "audience=x", expect=ConfigError)
    run("subject", "rectify", "--email", "x@example.com", "--set", "phone=1", expect=InputError)


def test_purge_applies_three_years(run: Run) -> None:
    run("object", "--email", BENOIT, "--at", OBJECTED_AT)
    early = run("purge", "--at", "2029-11-01T00:00:00+01:00").output
    assert "removed 0" in early
    dry = run("purge", "--dry-run", "--at", "2029-12-01T00:00:00+01:00").output
    assert "would remove 3" in dry
    done = run("purge", "--at", "2029-12-01T00:00:00+01:00").output
    assert "removed 3" in done and "3 hashed objection(s) kept" in done


@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)),
       st.integers(min_value=0, max_value=48))  # fmt: skip
def test_add_months_keeps_the_day_or_the_month_end(moment: datetime, months: int) -> None:
    later = add_months(moment.replace(tzinfo=UTC), months)
    assert (later.year - moment.year) * 12 + later.month - moment.month == months
    assert later.day == min(moment.day, calendar.monthrange(later.year, later.month)[1])
    assert later.time() == moment.time()
