"""The batch check (``licite.services.check.check_file``) on small CSV and JSON Lines files.

Counts add up, bad rows are rejected with their line and field, the result files are written
atomically, and each contact gets the verdict that ``decide`` gives it one by one.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from tests.rules.helpers import AT, consent, request, scraped

from licite.core.flat import contact_to_row, csv_header
from licite.core.request import parse_campaign, parse_contact
from licite.core.timeutil import parse_timestamp
from licite.services.check import check_file
from licite.services.decide import decide

CAMPAIGN = request("email")["campaign"]


def contact(contact_id: str, consented: bool = True, **fields: Any) -> dict[str, Any]:
    """A contact object of the decision format (the lawful default of the rule tests)."""
    out = request("email", consented=consented, contact={"id": contact_id, **fields})["contact"]
    return out


#: A mix of verdicts for a consumer email campaign on 2026-12-01.
CONTACTS = [
    contact("ok-consent"),
    contact("no-consent", consented=False),
    contact("scraped-no-consent", consented=False, source=scraped()),
    contact("objected", objections=[{"at": "2026-11-25T10:00:00+01:00", "channels": ["*"]}]),
    contact("pre-ticked", consents=[consent(method="pre_ticked_box")]),
    contact("b2b-related", audience="professional", consented=False),
    contact("generic", kind="organisation", audience="professional", consented=False),
    contact("health", attributes={"notes": "Atteint de diabète"}),
    contact("nir", attributes={"nir": "185057800608491"}),
    contact("terms-unchecked", source=scraped(terms_forbid_reuse=None)),
]
#: Valid contacts an email campaign cannot reach: rejected with field ``email``.
NO_EMAIL = contact("no-email", email=None)


def expected_verdicts() -> dict[str, tuple[bool, str, list[str]]]:
    """contact id → (allowed, basis, reason codes in table order), decided one by one."""
    out = {}
    for item in CONTACTS:
        answer = decide({"at": AT, "contact": item, "campaign": CAMPAIGN}).to_wire()
        codes = [reason["code"] for reason in answer["reasons"]]
        out[item["id"]] = (answer["allowed"], answer["basis"] or "", codes)
    return out


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def verdicts(out: Path) -> dict[str, tuple[bool, str, list[str]]]:
    found: dict[str, tuple[bool, str, list[str]]] = {}
    for row in read_csv(out / "allowed.csv"):
        found[row["id"]] = (True, row["basis"], [])
    for row in read_csv(out / "refused.csv"):
        found[row["id"]] = (False, "", row["reasons"].split(";"))
    return found


def run(path: Path, out: Path) -> Any:
    return check_file(path, parse_campaign(CAMPAIGN), parse_timestamp(AT), out)


def write_csv(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=csv_header())
        writer.writeheader()
        writer.writerows(rows)


def assert_output_complete(out: Path) -> None:
    for name in ("allowed.csv", "refused.csv", "rejected.csv", "summary.json"):
        assert (out / name).is_file(), name
    assert not list(out.glob(".licite-partial-*")), "a work folder was left behind"


@pytest.fixture
def csv_file(tmp_path: Path) -> Path:
    rows = [contact_to_row(parse_contact(item)) for item in [*CONTACTS, NO_EMAIL]]
    bad = contact_to_row(parse_contact(CONTACTS[0])) | {"id": "bad-audience", "audience": "alien"}
    bad_time = contact_to_row(parse_contact(CONTACTS[0])) | {
        "id": "bad-time",
        "collected_at": "2026-11-21T10:30:00",
    }
    # line 1 is the header: contacts on lines 2-11, no-email on 12, bad rows on 13 and 14
    path = tmp_path / "contacts.csv"
    write_csv(path, [*rows, bad, bad_time])
    return path


def test_csv_counts_add_up(csv_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    summary = run(csv_file, out)
    assert summary.rows_in == len(CONTACTS) + 3
    assert summary.rows_in == summary.allowed + summary.refused + summary.rejected
    assert summary.rejected == 3
    assert summary.allowed + summary.refused == len(CONTACTS)
    assert_output_complete(out)
    written = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert written["rows_in"] == summary.rows_in
    assert written["rules_version"] == "2026-08-11"
    assert sum(written["by_basis"].values()) == summary.allowed


def test_csv_rejected_rows_name_line_and_field(csv_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run(csv_file, out)
    rejected = {row["line"]: row for row in read_csv(out / "rejected.csv")}
    assert set(rejected) == {"12", "13", "14"}
    assert rejected["12"]["id"] == "no-email"
    assert rejected["12"]["field"] == "email"  # an email campaign needs an email address
    assert rejected["13"]["field"] == "audience"
    assert "alien" in rejected["13"]["error"]
    assert rejected["14"]["field"] == "collected_at"
    assert "offset" in rejected["14"]["error"]


def test_csv_verdicts_match_decide(csv_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run(csv_file, out)
    expected = expected_verdicts()
    assert {allowed for allowed, _, _ in expected.values()} == {True, False}  # a real mix
    assert verdicts(out) == expected


def test_jsonl_counts_errors_and_verdicts(tmp_path: Path) -> None:
    path = tmp_path / "contacts.jsonl"
    lines = [json.dumps(item, ensure_ascii=False) for item in CONTACTS]
    lines.insert(2, '{"id": "broken", ')  # line 3: invalid JSON
    lines.insert(4, json.dumps({**CONTACTS[0], "id": "extra", "favourite_colour": "blue"}))
    wrong_enum = {**CONTACTS[0], "id": "bad-enum", "consents": [consent(channels=["pigeon"])]}
    lines.append(json.dumps(wrong_enum))
    lines.append(json.dumps(NO_EMAIL))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    summary = run(path, out)
    assert summary.rows_in == len(CONTACTS) + 4
    assert summary.rows_in == summary.allowed + summary.refused + summary.rejected
    assert summary.rejected == 4
    assert_output_complete(out)
    rejected = {row["line"]: row for row in read_csv(out / "rejected.csv")}
    assert set(rejected) == {"3", "5", str(len(lines) - 1), str(len(lines))}
    assert "JSON" in rejected["3"]["error"]
    assert rejected["5"]["field"] == "favourite_colour"
    wrong = rejected[str(len(lines) - 1)]
    assert wrong["id"] == "" and "pigeon" in wrong["error"]
    assert wrong["field"].startswith("consents") and "channels" in wrong["field"]
    assert rejected[str(len(lines))]["field"] == "email"
    assert verdicts(out) == expected_verdicts()


def test_empty_file_writes_empty_results(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_text("", encoding="utf-8")
    out = tmp_path / "out"
    summary = run(path, out)
    assert (summary.rows_in, summary.allowed, summary.refused, summary.rejected) == (0, 0, 0, 0)
    assert_output_complete(out)
