"""The real ``licite`` command line, run as a subprocess: ``decide`` and ``rules``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from tests.rules.helpers import request

from licite.rules.table import RULES

LICITE = Path(sys.executable).with_name("licite")


def licite(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LICITE), *args], input=stdin, capture_output=True, text=True, timeout=60, check=False
    )


def lines(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines()]


EMAIL = request("email", contact={"id": "ok"})  # consenting consumer: allowed on consent
POSTAL = request("postal_mail", consented=False, contact={"id": "post"})
REFUSED = request("email", consented=False, contact={"id": "no-consent"})


@pytest.fixture(scope="module", autouse=True)
def _installed() -> None:
    if not LICITE.exists():
        pytest.skip(f"the licite script is not installed next to {sys.executable}")


def test_single_object(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps(EMAIL, indent=2), encoding="utf-8")
    done = licite("decide", str(path))
    assert done.returncode == 0, done.stderr
    (answer,) = lines(done.stdout)
    assert answer["contact_id"] == "ok"
    assert answer["allowed"] is True and answer["basis"] == "consent"
    assert answer["rules_version"] == "2026-08-11"


def test_array(tmp_path: Path) -> None:
    path = tmp_path / "many.json"
    path.write_text(json.dumps([EMAIL, REFUSED, POSTAL]), encoding="utf-8")
    done = licite("decide", str(path))
    assert done.returncode == 0, done.stderr
    answers = lines(done.stdout)
    assert [a["contact_id"] for a in answers] == ["ok", "no-consent", "post"]
    assert [a["allowed"] for a in answers] == [True, False, True]
    assert answers[1]["reasons"][0]["code"] == "consent_required"
    assert "CPCE art. L34-5" in answers[1]["reasons"][0]["legal_refs"]


def _with(base: dict[str, Any], path: tuple[str, ...], value: Any) -> str:
    out = json.loads(json.dumps(base))
    target = out
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return json.dumps(out)


def test_json_lines_with_invalid_lines(tmp_path: Path) -> None:
    rows = [
        json.dumps(EMAIL),  # 1 ok
        '{"at": "2026-12-01T10:30:00+01:00", "contact": ',  # 2 invalid JSON
        _with(EMAIL, ("contact", "shoe_size"), "42"),  # 3 unknown field
        json.dumps(REFUSED),  # 4 ok (refused)
        _with(EMAIL, ("campaign", "channel"), "pigeon"),  # 5 wrong enum
        _with(EMAIL, ("at",), "2026-12-01T10:30:00"),  # 6 timestamp without offset
        _with(EMAIL, ("contact", "phone"), "not a phone"),  # 7 unparseable phone
        json.dumps(POSTAL),  # 8 ok
    ]
    path = tmp_path / "requests.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    done = licite("decide", str(path))
    assert done.returncode == 2
    assert "5 invalid request" in done.stderr
    answers = lines(done.stdout)
    assert len(answers) == len(rows)  # one line out per line in, in order
    assert answers[0]["contact_id"] == "ok"
    assert answers[3]["contact_id"] == "no-consent" and answers[3]["allowed"] is False
    assert answers[7]["contact_id"] == "post" and answers[7]["allowed"] is True
    errors = {index + 1: a["error"] for index, a in enumerate(answers) if "error" in a}
    assert set(errors) == {2, 3, 5, 6, 7}
    for line, error in errors.items():
        assert error["line"] == line
        assert error["file"] == str(path)
        assert error["code"] == "invalid_request"
        assert error["message"]
    assert "JSON" in errors[2]["message"]
    assert errors[3]["field"] == "contact.shoe_size"
    assert errors[5]["field"] == "campaign.channel"
    assert "pigeon" in errors[5]["message"]
    assert errors[6]["field"] == "at"
    assert "offset" in errors[6]["message"]
    assert errors[7]["field"] == "contact.phone"


def test_stdin() -> None:
    text = json.dumps(EMAIL) + "\n" + json.dumps(REFUSED) + "\n"
    done = licite("decide", "-", stdin=text)
    assert done.returncode == 0, done.stderr
    assert [a["allowed"] for a in lines(done.stdout)] == [True, False]


def test_rules_as_json() -> None:
    done = licite("rules", "--format", "json")
    assert done.returncode == 0, done.stderr
    table = json.loads(done.stdout)
    assert [row["id"] for row in table] == [rule.id for rule in RULES]
    for row in table:
        assert row["legal_refs"] and row["message"]["fr"] and row["message"]["en"]
        assert row["effect"] in {"refuse", "oblige", "basis"}
