"""The copy of a CSV file's records into clean and excluded (``licite.scrub.split``): each
record kept byte for byte, the same rows as DuckDB's writing, and DuckDB's writing whenever
the copy cannot follow its reading of the file."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.scrub.modes import kernels_set

from licite.scrub import split
from licite.services.scrub import scrub_file

pytestmark = pytest.mark.skipif(
    split._compiled is None, reason="licite.scrub._split is not built (no C compiler here)"
)


@pytest.fixture(autouse=True)
def copy_on() -> Iterator[None]:
    with kernels_set(True):
        yield


@pytest.fixture
def duckdb_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(split, "available", lambda: False)


def test_each_record_is_copied_byte_for_byte(tmp_path: Path) -> None:
    records = [
        b'"id";"tel";"note"\r\n',
        b'1;"06 12 34 56 78";"dit ""oui"";\r\nsur deux lignes"\r\n',  # on the list
        b"2;0699999999;\r\n",
        b"\r\n",  # blank: skipped, as DuckDB does
        b"3;0612;trop;de;champs\r\n",  # ragged: rejected
        b'4;+33 6 12 34 56 78;"a;b"',  # on the list, no line end
    ]
    contacts = tmp_path / "c.csv"
    contacts.write_bytes(b"".join(records))
    listed = tmp_path / "optout.csv"
    listed.write_text("0612345678\n")
    summary = scrub_file(contacts, [str(listed)], tmp_path / "o")
    assert summary.written_by == "copy"
    assert (summary.rows_in, summary.clean, summary.excluded, summary.rejected) == (4, 1, 2, 1)
    assert (tmp_path / "o" / "clean.csv").read_bytes() == records[0] + records[2]
    added = b";optout;phone on optout"
    assert (tmp_path / "o" / "excluded.csv").read_bytes() == (
        b'"id";"tel";"note";list;reason\r\n' + records[1][:-2] + added + b"\r\n"
        + records[5] + added
    )  # fmt: skip
    rejected = list(csv.reader(io.StringIO((tmp_path / "o" / "rejected.csv").read_text())))
    assert [row[0] for row in rejected[1:]] == ["5"]  # DuckDB's line: records, blank included
    body = json.loads((tmp_path / "o" / "summary.json").read_text())
    assert body["written_by"] == "copy"


def test_a_file_in_another_encoding_is_copied_from_its_utf8_transcription(tmp_path: Path) -> None:
    contacts = tmp_path / "c.csv"
    text = "nom;tél\r\nHélène;06 12 34 56 78\r\nZoë;07 00 00 00 01\r\n"
    contacts.write_bytes(text.encode("cp1252"))
    listed = tmp_path / "l.csv"
    listed.write_text("0612345678\n")
    summary = scrub_file(contacts, [str(listed)], tmp_path / "o")
    assert (summary.encoding, summary.written_by) == ("cp1252", "copy")
    clean = (tmp_path / "o" / "clean.csv").read_bytes().decode("utf-8")
    excluded = (tmp_path / "o" / "excluded.csv").read_bytes().decode("utf-8")
    assert clean == "nom;tél\r\nZoë;07 00 00 00 01\r\n"
    assert excluded == "nom;tél;list;reason\r\nHélène;06 12 34 56 78;l;phone on l\r\n"


def test_list_and_reason_are_quoted_where_they_must_be(tmp_path: Path) -> None:
    contacts = tmp_path / "c.csv"
    contacts.write_text("id,tel\n1,0612345678\n")
    listed = tmp_path / "opt,out.csv"
    listed.write_text("0612345678\n")
    scrub_file(contacts, [str(listed)], tmp_path / "o")
    excluded = (tmp_path / "o" / "excluded.csv").read_text()
    assert excluded == 'id,tel,list,reason\n1,0612345678,"opt,out","phone on opt,out"\n'


def test_bytes_not_utf8_past_the_sniffed_part_are_rejected_by_duckdb(tmp_path: Path) -> None:
    """DuckDB loads only the key columns for the copy, and checks the encoding of those only:
    the copy finds the bad bytes in another column, and the run starts again the other way,
    which rejects that row with its line."""
    contacts = tmp_path / "c.csv"
    lines = [b"id,tel,note"] + [b"%d,06%08d,abcdefghij" % (i, i) for i in range(60_000)]
    contacts.write_bytes(b"\n".join(lines) + b"\n9,0612345678,caf\xe9\n")
    listed = tmp_path / "l.csv"
    listed.write_text("0600000001\n")
    summary = scrub_file(contacts, [str(listed)], tmp_path / "o")
    assert summary.written_by == "duckdb"
    assert summary.copy_given_up == "line 60002: bytes that are not UTF-8"
    assert (summary.rows_in, summary.clean, summary.excluded, summary.rejected) == (
        60_001, 59_999, 1, 1
    )  # fmt: skip
    rejected = list(csv.reader(io.StringIO((tmp_path / "o" / "rejected.csv").read_text())))
    assert rejected[1][0] == "60002" and "utf-8" in rejected[1][1].lower()


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("id,tel\n1,0612345678\n", "spreadsheet_safe"),  # neutralising needs each cell
        ("id,tel\r1,0612345678\r", "line ends"),  # CR alone
        ("#export\nid,tel\n1,0612345678\n", "preamble"),
    ],
)
def test_what_the_copy_cannot_follow_is_written_by_duckdb(
    tmp_path: Path, text: str, why: str
) -> None:
    contacts = tmp_path / "c.csv"
    contacts.write_text(text, newline="")
    listed = tmp_path / "l.csv"
    listed.write_text("0612345678\n")
    summary = scrub_file(contacts, [str(listed)], tmp_path / "o",
                         spreadsheet_safe=why == "spreadsheet_safe")  # fmt: skip
    assert (summary.written_by, summary.copy_given_up) == ("duckdb", None)
    assert summary.excluded == 1


def test_a_record_that_is_not_its_row_stops_the_copy(tmp_path: Path) -> None:
    contacts = tmp_path / "c.csv"
    contacts.write_text("id,tel\n1,0612345678\n2,0699999999\n")
    job = split.Copy(contacts, split.Dialect(",", '"'), 2, (1,), True)
    rows = [(np.zeros(2, np.int32), [pa.array(["0612345678", "0600000000"])])]
    with pytest.raises(split.Mismatch, match="line 3: field 2 is not the value DuckDB read"):
        split.copy_records(job, rows, b",list,reason", [b""], tmp_path / "a", tmp_path / "b")
    short = [(np.zeros(3, np.int32), [pa.array(["0612345678", "0699999999", "x"])])]
    with pytest.raises(split.Mismatch, match="ends 1 rows before"):
        split.copy_records(job, short, b",list,reason", [b""], tmp_path / "a", tmp_path / "b")
    few = [(np.zeros(1, np.int32), [pa.array(["0612345678"])])]
    with pytest.raises(split.Mismatch, match="line 3: a record DuckDB did not read"):
        split.copy_records(job, few, b",list,reason", [b""], tmp_path / "a", tmp_path / "b")


# Cells: phones (some on the lists), emails (some on a list), text needing quotes or not.
PHONES = ["06 12 34 56 78", "+33612345679", "0612345670", "0033 6 12 34 56 71", "", "N/A"]
EMAILS = ["a@b.fr", " X@Y.FR", "c@d.fr", ""]
TEXTS = ["x", "", "a,b", "a;b", 'dit "oui"', "deux\nlignes", "  espaces ", "é", "=1+1", "a\tb"]


#: Column layouts: keys in the middle, the phone last, a single column.
LAYOUTS = [["id", "phone", "email", "note"], ["note", "email", "phone"], ["phone"]]


@st.composite
def contact_files(draw: st.DrawFn) -> tuple[bytes, str]:
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    ending = draw(st.sampled_from(["\n", "\r\n"]))
    quoting = draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]))
    header = draw(st.sampled_from(LAYOUTS))
    body = io.StringIO()
    writer = csv.writer(body, delimiter=delimiter, lineterminator=ending, quoting=quoting)
    writer.writerow(header)
    for i in range(draw(st.integers(0, 25))):
        drawn = {"phone": PHONES, "email": EMAILS, "note": TEXTS}
        cells = [str(i) if name == "id" else draw(st.sampled_from(drawn[name])) for name in header]
        shape = draw(st.sampled_from(["row"] * 8 + ["blank", "ragged"]))
        if shape == "blank":
            body.write(ending)
        writer.writerow([*cells, "extra"] if shape == "ragged" else cells)
    bom = "\ufeff" if draw(st.booleans()) else ""
    return (bom + body.getvalue()).encode("utf-8"), delimiter


def parsed(path: Path, delimiter: str) -> list[list[str]]:
    # The copy keeps a file's byte order mark (spreadsheets read UTF-8 by it); DuckDB drops it.
    # A single column's empty value is the file's own `""` copied, an empty line from DuckDB.
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [row or [""] for row in csv.reader(handle, delimiter=delimiter)]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(contact_files())
def test_the_copy_gives_duckdbs_rows(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch,
    case: tuple[bytes, str],
) -> None:  # fmt: skip
    """Any mix of quoting, delimiters, line ends, blank and ragged lines, phones and emails on
    several lists: the copy is used, and gives DuckDB's rows, lists and reasons."""
    text, delimiter = case
    where = tmp_path_factory.mktemp("case")
    contacts = where / "c.csv"
    contacts.write_bytes(text)
    lists = {"phones": "0612345678\n+33 6 12 34 56 71\n", "more": "phone\n0612345679\n",
             "emails": "email\nx@y.fr\nc@d.fr\n"}  # fmt: skip
    for name, body in lists.items():
        (where / f"{name}.csv").write_text(body)
    against = [str(where / f"{name}.csv") for name in lists]
    results = {}
    for way in ("copy", "duckdb"):
        with monkeypatch.context() as patch:
            if way == "duckdb":
                patch.setattr(split, "available", lambda: False)
            summary = scrub_file(contacts, against, where / way)
        assert summary.written_by == way
        outputs = [parsed(where / way / f"{name}.csv", delimiter) for name in ("clean", "excluded")]
        counts = (summary.rows_in, summary.clean, summary.excluded, summary.rejected)
        results[way] = (counts, summary.by_list, outputs)
    assert results["copy"] == results["duckdb"]
