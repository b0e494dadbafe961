"""The real ``licite scan`` and ``licite redact`` commands, run as subprocesses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

LICITE = Path(sys.executable).with_name("licite")
NIR = "1 85 05 78 006 084 91"  # valid control key
FINDING_KEYS = {"category", "start", "end", "text", "score", "detector", "field"}


def licite(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LICITE), *args], capture_output=True, text=True, timeout=60, check=False, cwd=cwd
    )


def lines(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines()]


@pytest.fixture(scope="module", autouse=True)
def _installed() -> None:
    if not LICITE.exists():
        pytest.skip(f"the licite script is not installed next to {sys.executable}")


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    path = tmp_path / "notes.csv"
    path.write_text(
        f"id,name,comment\nc1,Jean,NIR {NIR}\nc2,Paul,\nc3,Marie,Elle est militante CGT\n",
        encoding="utf-8",
    )
    return path


def test_scan_jsonl_shape(notes: Path) -> None:
    done = licite("scan", str(notes), "--columns", "comment", "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    rows = lines(done.stdout)
    assert [{k: r[k] for k in ("row", "id")} for r in rows] == [
        {"row": 1, "id": "c1"},
        {"row": 2, "id": "c2"},
        {"row": 3, "id": "c3"},
    ]
    assert all(set(r) == {"row", "id", "findings"} for r in rows)
    assert rows[0]["findings"] == [
        {"category": "nir", "start": 4, "end": 25, "text": NIR, "score": 0.95,
         "detector": "nir", "field": "comment"}
    ]  # fmt: skip
    assert rows[1]["findings"] == []
    union = [f for f in rows[2]["findings"] if f["category"] == "union"]
    assert union and all(set(f) == FINDING_KEYS for f in rows[2]["findings"])
    assert "Elle est militante CGT"[union[0]["start"] : union[0]["end"]] == union[0]["text"]
    assert "encoding utf-8" in done.stderr  # the summary goes to stderr, not into the stream


def test_scan_columns_comma_separated_or_repeated(notes: Path) -> None:
    one = licite("scan", str(notes), "--columns", "name,comment", "--format", "jsonl")
    two = licite(
        "scan", str(notes), "--columns", "name", "--columns", "comment", "--format", "jsonl"
    )
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout


def test_scan_all_adds_about_person(notes: Path) -> None:
    done = licite("scan", str(notes), "--format", "jsonl", "--all")
    assert done.returncode == 0, done.stderr
    findings = [f for row in lines(done.stdout) for f in row["findings"]]
    assert findings and all("about_person" in f for f in findings)


def test_scan_table(notes: Path) -> None:
    done = licite("scan", str(notes))
    assert done.returncode == 0, done.stderr
    assert "Findings" in done.stdout and "nir" in done.stdout and "union" in done.stdout
    assert "3 rows, 2 with findings" in done.stdout and "encoding utf-8" in done.stdout


def test_scan_and_redact_speak_french_too(notes: Path, tmp_path: Path) -> None:
    done = licite("scan", str(notes), "--lang", "fr")
    assert done.returncode == 0, done.stderr
    assert "Constats" in done.stdout and "Par catégorie" in done.stdout
    assert "3 lignes, dont 2 avec constats" in done.stdout and "encodage utf-8" in done.stdout
    assert "Findings" not in done.stdout and "rows" not in done.stdout
    out = tmp_path / "notes.clean.csv"
    redacted = licite(
        "redact", str(notes), "--columns", "comment", "--out", str(out), "--lang", "fr"
    )
    assert redacted.returncode == 0, redacted.stderr
    assert f"écrit: {out}" in redacted.stdout.replace("\n", "")
    bad = tmp_path / "c.jsonl"
    bad.write_text('{"id": "a"}\n{oops\n', encoding="utf-8")
    failed = licite("scan", str(bad), "--format", "jsonl", "--lang", "fr")
    assert failed.returncode == 2
    assert "1 ligne(s) illisible(s)" in failed.stderr


def test_scan_out_is_written_atomically(notes: Path, tmp_path: Path) -> None:
    out = tmp_path / "findings.jsonl"
    done = licite("scan", str(notes), "--format", "jsonl", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert len(lines(out.read_text(encoding="utf-8"))) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["findings.jsonl", "notes.csv"]


def test_scan_invalid_json_line_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "a", "n": "x"}\n{oops\n{"id": "b"}\n', encoding="utf-8")
    done = licite("scan", str(path), "--format", "jsonl")
    assert done.returncode == 2
    rows = lines(done.stdout)
    assert [(r["row"], r["id"], r["findings"]) for r in rows] == [
        (1, "a", []),
        (2, None, []),
        (3, "b", []),
    ]
    assert "line 2" in rows[1]["error"] and "unreadable" in done.stderr


def test_scan_cp1252_says_so(tmp_path: Path) -> None:
    path = tmp_path / "win.txt"
    path.write_bytes("Café, diabétique\n".encode("cp1252"))
    done = licite("scan", str(path), "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    assert "encoding cp1252" in done.stderr


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        (b"\x00\x01binary", (), "looks binary"),
        (None, (), "no such file"),
        (b"id,comment\n", ("--columns", "notes"), "no column"),
        (b"x\n", ("--text-field", "notes"), "JSON Lines files only"),
    ],
)
def test_scan_config_errors_exit_3(
    tmp_path: Path, content: bytes | None, args: tuple[str, ...], message: str
) -> None:
    path = tmp_path / "in.csv"
    if content is not None:
        path.write_bytes(content)
    done = licite("scan", str(path), *args)
    assert done.returncode == 3
    assert message in done.stderr and "Traceback" not in done.stderr


def test_redact_writes_a_copy_next_to_the_input(notes: Path) -> None:
    done = licite("redact", str(notes), "--columns", "comment")
    assert done.returncode == 0, done.stderr
    copy = notes.with_name("notes.redacted.csv")
    text = copy.read_text(encoding="utf-8")
    assert text.splitlines()[:3] == ["id,name,comment", "c1,Jean,NIR [NIR]", "c2,Paul,"]
    assert "[UNION]" in text and NIR not in text
    assert "nir" in done.stdout and str(copy) in done.stdout


def test_redact_out(notes: Path, tmp_path: Path) -> None:
    out = tmp_path / "clean.csv"
    done = licite("redact", str(notes), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "[NIR]" in out.read_text(encoding="utf-8")
    assert not notes.with_name("notes.redacted.csv").exists()


def test_lexicon_only_leaves_the_classifier_out(tmp_path: Path) -> None:
    path = tmp_path / "n.csv"
    path.write_text("id,comment\nx1,She lost her hair after the treatment.\n", encoding="utf-8")
    done = licite("scan", str(path), "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    assert [f["detector"] for f in lines(done.stdout)[0]["findings"]] == ["sensitive-classifier"]
    done = licite("scan", str(path), "--format", "jsonl", "--lexicon-only")
    assert lines(done.stdout)[0]["findings"] == []
    out = tmp_path / "copy.csv"
    done = licite("redact", str(path), "--lexicon-only", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "She lost her hair" in out.read_text(encoding="utf-8")
