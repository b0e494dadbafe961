"""``licite.services.scan``: findings per row of CSV, JSON Lines and plain text; redacted copies.

The texts use what the detectors certainly find (a NIR with a valid key, "adhérente CGT",
"diabétique"); span checks compare each finding with the text it was found in, so a richer
lexicon does not break them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from licite.core.errors import ConfigError
from licite.core.findings import Finding
from licite.services import scan as service
from licite.services.scan import RowResult, Scan, ScanSummary, redact_file, redacted_path

NIR = "1 85 05 78 006 084 91"  # valid control key
UNION = "Elle est adhérente CGT"
HEALTH = "Marie est diabétique"


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def scan(path: Path, **options: Any) -> tuple[list[RowResult], ScanSummary]:
    job = Scan(path, **options)
    rows = list(job)
    return rows, job.summary


def categories(result: RowResult) -> list[tuple[str | None, str]]:
    return [(f.field, f.category) for f in result.findings]


def check_spans(result: RowResult, texts: dict[str | None, str]) -> None:
    for finding in result.findings:
        assert texts[finding.field][finding.start : finding.end] == finding.text


# --- CSV ----------------------------------------------------------------------------------------


def test_csv_columns_rows_ids_and_offsets(tmp_path: Path) -> None:
    path = write(
        tmp_path / "notes.csv",
        f'id,name,comment\na1,{UNION},RAS\na2,Paul,"NIR {NIR}, {HEALTH}"\na3,,\n',
    )
    rows, summary = scan(path, columns=["comment"])
    assert [(r.row, r.id) for r in rows] == [(1, "a1"), (2, "a2"), (3, "a3")]
    assert rows[0].findings == []  # the union term is in a column not scanned
    assert ("comment", "nir") in categories(rows[1])
    assert ("comment", "health") in categories(rows[1])
    check_spans(rows[1], {"comment": f"NIR {NIR}, {HEALTH}"})
    nir = next(f for f in rows[1].findings if f.category == "nir")
    assert (nir.start, nir.end, nir.text, nir.detector) == (4, 25, NIR, "nir")
    assert summary.rows == 3 and summary.rows_with_findings == 1
    assert summary.encoding == "utf-8" and summary.kind == "csv"

    rows, summary = scan(path)  # every column
    assert ("name", "union") in categories(rows[0])
    assert summary.rows_by_category["union"] == 1


def test_csv_semicolons_ragged_rows_blank_lines_and_no_id(tmp_path: Path) -> None:
    path = write(tmp_path / "r.csv", f"name;comment\nA;{UNION};{HEALTH}\n\nB\n;\n")
    rows, summary = scan(path)
    assert [(r.row, r.id) for r in rows] == [(1, None), (2, None), (3, None)]
    assert ("comment", "union") in categories(rows[0])
    assert ("#3", "health") in categories(rows[0])  # a cell past the header is named by position
    assert summary.rows == 3


def test_the_classifier_can_be_left_out(tmp_path: Path) -> None:
    text = "She lost her hair after the treatment and wears a wig now."
    path = write(tmp_path / "n.csv", f"id,comment\nx1,{text}\n")
    rows, _ = scan(path)
    assert [(f.category, f.detector) for f in rows[0].findings] == [
        ("health", "sensitive-classifier")
    ]
    rows, summary = scan(path, second_opinion=False)
    assert rows[0].findings == [] and summary.rows_with_findings == 0


def test_unknown_column_is_a_config_error(tmp_path: Path) -> None:
    path = write(tmp_path / "a.csv", "id,comment\n1,x\n")
    with pytest.raises(ConfigError, match=r"no column \['notes'\].*id, comment"):
        Scan(path, columns=["notes"])


def test_options_for_the_wrong_format_are_refused(tmp_path: Path) -> None:
    text = write(tmp_path / "a.txt", "x\n")
    with pytest.raises(ConfigError, match="--columns"):
        Scan(text, columns=["x"])
    with pytest.raises(ConfigError, match="--text-field"):
        Scan(text, text_fields=["x"])


def test_empty_cells_and_empty_file(tmp_path: Path) -> None:
    rows, summary = scan(write(tmp_path / "e.csv", "id,a,b\n,,\n1,,\n"))
    assert [(r.row, r.id, r.findings) for r in rows] == [(1, None, []), (2, "1", [])]
    assert summary.rows == 2
    rows, summary = scan(write(tmp_path / "empty.csv", ""))
    assert rows == [] and summary.rows == 0


# --- JSON Lines ----------------------------------------------------------------------------------

DOC = {
    "id": 7,
    "name": "Jean",
    "contact": {"notes": UNION, "history": [{"text": f"NIR {NIR}"}, 3, None]},
    "tags": [HEALTH],
}


def test_jsonl_every_string_by_default_with_dotted_fields(tmp_path: Path) -> None:
    path = write(tmp_path / "c.jsonl", json.dumps(DOC) + "\n\n" + json.dumps({"x": 1}) + "\n")
    rows, summary = scan(path)
    assert [(r.row, r.id) for r in rows] == [(1, 7), (2, None)]
    found = categories(rows[0])
    assert ("contact.notes", "union") in found
    assert ("contact.history.0.text", "nir") in found
    assert ("tags.0", "health") in found
    check_spans(rows[0], {"contact.notes": UNION, "contact.history.0.text": f"NIR {NIR}",
                          "tags.0": HEALTH})  # fmt: skip
    assert summary.rows == 2


def test_jsonl_text_fields(tmp_path: Path) -> None:
    path = write(tmp_path / "c.ndjson", json.dumps(DOC) + "\n")
    rows, _ = scan(path, text_fields=["contact.history", "tags.0", "missing.field"])
    assert {field for field, _ in categories(rows[0])} == {"contact.history.0.text", "tags.0"}
    rows, _ = scan(path, text_fields=["contact.notes"])
    assert {field for field, _ in categories(rows[0])} == {"contact.notes"}


def test_invalid_json_line_is_accounted_for(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.jsonl", f'{{"id": 1, "n": "{HEALTH}"}}\n{{"id": 2,\n[1, 2]\n')
    rows, summary = scan(path)
    assert [r.row for r in rows] == [1, 2, 3]
    assert rows[1].findings == [] and rows[1].error and "line 2" in rows[1].error
    assert rows[1].to_dict()["error"] == rows[1].error
    assert rows[2].error is None and rows[2].id is None
    assert summary.errors == 1 and summary.rows == 3


# --- plain text and encodings ------------------------------------------------------------------


def test_plain_text_every_line_is_a_row(tmp_path: Path) -> None:
    path = write(tmp_path / "notes.log", f"{UNION}\r\n\nNIR {NIR}")
    rows, summary = scan(path)
    assert [(r.row, r.id) for r in rows] == [(1, None), (2, None), (3, None)]
    assert categories(rows[0]) == [(None, "union")]
    assert rows[1].findings == []
    assert (rows[2].findings[0].start, rows[2].findings[0].end) == (4, 25)
    assert summary.kind == "text"


def test_cp1252_is_detected_and_offsets_index_the_decoded_text(tmp_path: Path) -> None:
    line = f"Café « déjà » : {HEALTH}"
    path = write(tmp_path / "win.csv", f"id;remarque\n1;{line}\n", encoding="cp1252")
    rows, summary = scan(path)
    assert summary.encoding == "cp1252"
    (health,) = [f for f in rows[0].findings if f.category == "health"]
    assert health.text == "diabétique" and line[health.start : health.end] == "diabétique"


def test_utf8_bom(tmp_path: Path) -> None:
    path = write(tmp_path / "bom.csv", f"id,comment\n1,{HEALTH}\n", encoding="utf-8-sig")
    rows, summary = scan(path, columns=["id"])
    assert summary.encoding == "utf-8-sig"
    assert rows[0].id == "1"  # the BOM is not part of the first column's name


@pytest.mark.parametrize(
    "data", [b"PK\x03\x04\x00\x00binary", "id\n1\n".encode("utf-16"), bytes(range(1, 32)) * 50]
)
def test_binary_file_is_refused_clearly(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "data.csv"
    path.write_bytes(data)
    with pytest.raises(ConfigError, match="looks binary"):
        Scan(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such file"):
        Scan(tmp_path / "nope.csv")


def test_long_cell_is_capped_and_counted(tmp_path: Path) -> None:
    cell = f"{HEALTH} " + "x" * 1_000_000 + f" NIR {NIR}"
    path = write(tmp_path / "long.csv", f"id,comment\n1,{cell}\n2,{UNION}\n")
    rows, summary = scan(path)
    assert summary.capped == 1 and summary.rows == 2
    assert {f.category for f in rows[0].findings} == {"health"}  # the NIR is past the cap
    assert categories(rows[1]) == [("comment", "union")]

    copy = redact_file(path, tmp_path / "out.csv")
    assert copy.capped == 1
    text = (tmp_path / "out.csv").read_text(encoding="utf-8")
    assert NIR not in text and "[TRUNCATED]" in text and len(text) < 100_200


def test_findings_not_about_a_person_only_with_include_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fake(text: str, field: str | None = None, **_: object) -> list[Finding]:
        return [
            Finding("health", 0, 4, text[:4], 0.5, "fake", "", field, about_person=False),
            Finding("union", 5, 8, text[5:8], 0.6, "fake", "", field),
        ]

    monkeypatch.setattr(service, "scan_text", fake)
    path = write(tmp_path / "a.txt", "Livre CGT\n")
    rows, summary = scan(path)
    assert categories(rows[0]) == [(None, "union")] and summary.findings == 1
    rows, summary = scan(path, include_all=True)
    assert [f["about_person"] for f in rows[0].to_dict(True)["findings"]] == [False, True]
    assert summary.findings == 2


def test_jsonl_output_shape(tmp_path: Path) -> None:
    import io

    job = Scan(write(tmp_path / "a.txt", f"NIR {NIR}\n"))
    out = io.StringIO()
    summary = service.write_jsonl(job, out)
    assert json.loads(out.getvalue()) == {
        "row": 1,
        "id": None,
        "findings": [
            {"category": "nir", "start": 4, "end": 25, "text": NIR, "score": 0.95,
             "detector": "nir", "field": None}
        ],
    }  # fmt: skip
    assert summary.to_dict()["by_category"] == {"nir": {"findings": 1, "rows": 1}}
    assert summary.to_dict()["encoding"] == "utf-8"


# --- redaction ----------------------------------------------------------------------------------


def test_redact_csv_keeps_header_dialect_and_unscanned_cells(tmp_path: Path) -> None:
    source = f'id;name;comment\r\n1;{UNION};"NIR {NIR}; ok"\r\n2;Paul;RAS\r\n'
    path = write(tmp_path / "notes.csv", source)
    summary = redact_file(path, columns=["comment"])
    out = redacted_path(path)
    assert out == tmp_path / "notes.redacted.csv" and summary.output == str(out)
    expected = f'id;name;comment\r\n1;{UNION};"NIR [NIR]; ok"\r\n2;Paul;RAS\r\n'
    assert out.read_bytes().decode() == expected
    assert summary.by_category == {"nir": 1} and summary.rows == 2


def test_redact_jsonl_changes_only_rows_with_findings(tmp_path: Path) -> None:
    clean = '{"id":  1,   "note": "rien", "big": 123456789012345678901234567890}'
    lines = [clean, json.dumps(DOC), "", f"not json {NIR}"]
    path = write(tmp_path / "c.jsonl", "\n".join(lines) + "\n")
    summary = redact_file(path, tmp_path / "out.jsonl", text_fields=["contact.notes"])
    out = (tmp_path / "out.jsonl").read_text(encoding="utf-8").split("\n")
    assert out[0] == clean  # byte for byte
    redacted = json.loads(out[1])
    assert redacted["contact"]["notes"] == "Elle est adhérente [UNION]"
    assert redacted["tags"] == [HEALTH]  # not a --text-field
    assert redacted["contact"]["history"] == DOC["contact"]["history"]  # type: ignore[index]
    assert out[2:] == ["", "not json [NIR]", ""]
    assert summary.errors == 1 and summary.rows == 3


def test_redact_text_keeps_encoding_and_line_endings(tmp_path: Path) -> None:
    path = write(tmp_path / "n.txt", f"Café : {HEALTH}\r\nNIR {NIR}\nfin", encoding="cp1252")
    summary = redact_file(path)
    data = redacted_path(path).read_bytes()
    assert data == "Café : Marie est [HEALTH]\r\nNIR [NIR]\nfin".encode("cp1252")
    assert summary.encoding == "cp1252"
    assert summary.rows == 3 and summary.rows_with_findings == 2


def test_redacting_the_copy_again_changes_nothing(tmp_path: Path) -> None:
    path = write(tmp_path / "n.csv", f'id,comment\n1,"{UNION}, {HEALTH}, {NIR}"\n')
    redact_file(path, tmp_path / "once.csv")
    redact_file(tmp_path / "once.csv", tmp_path / "twice.csv")
    assert (tmp_path / "twice.csv").read_bytes() == (tmp_path / "once.csv").read_bytes()


def test_redact_refuses_to_overwrite_its_input(tmp_path: Path) -> None:
    path = write(tmp_path / "n.txt", "x\n")
    with pytest.raises(ConfigError, match="cannot replace its input"):
        redact_file(path, path)


def test_redact_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "n.txt", "a\nb\n")

    def boom(text: str, field: str | None = None, **_: object) -> tuple[str, list[Finding]]:
        raise RuntimeError("interrupted")

    monkeypatch.setattr(service, "redact_text", boom)
    with pytest.raises(RuntimeError):
        redact_file(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["n.txt"]
