"""A list file of bare numbers read without DuckDB gives what DuckDB reads, value for value.

:func:`licite.scrub.list_lines.line_phones` stands for DuckDB's CSV reader followed by
:func:`licite.scrub.kernels.plain_split` on a one-column list file (the query that
:func:`licite.scrub.importers.list_queries` writes for it). The property: on any file, its answer
is None (then the scrub reads the file with DuckDB) or exactly DuckDB's, values and order; and
files of bare numbers, with or without a header, ``\\n`` or ``\\r\\n``, with or without a last
newline, read by blocks that cut lines anywhere, always get an answer.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import numpy as np
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from tests.scrub.modes import KERNELS_TESTED, kernels_set

from licite.core.errors import InputError
from licite.scrub import kernels
from licite.scrub.importers import list_queries
from licite.scrub.list_lines import LineFile, line_phones
from licite.scrub.matcher import read_phones

pytestmark = KERNELS_TESTED


#: Each example writes a file and reads it with DuckDB (tens of ms).
FILES = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
NSN = st.from_regex(r"[1-9][0-9]{8}", fullmatch=True)
#: Bare numbers: plain notations (held as tails) and the others (held as they are).
BARE = st.one_of(
    NSN.map(lambda n: "0" + n),
    NSN.map(lambda n: "+33" + n),
    st.from_regex(r"[0-9+]{1,20}", fullmatch=True),
    st.just("0" * 64),
)
#: Lines of other shapes, each enough to send the file to DuckDB.
ODD = st.sampled_from(
    ["", " 0612345678", "06 12 34 56 78", "0612345678;1", '"0612345678"', "abc", "0" * 65,
     "06\r12", "\ufeff0612345678", "é", "0612345678,"]
)  # fmt: skip


def duckdb_read(path: Path) -> tuple[list[str | None], list[int]]:
    """What the scrub reads of the file the DuckDB way: (others, tails)."""
    source = list_queries(path, "plain")
    con = duckdb.connect()
    try:
        phones = read_phones(con, source.queries["phone"])
    finally:
        con.close()
    return phones.others.to_pylist(), phones.tails.tolist()


def write(path: Path, lines: list[str], header: bool, crlf: bool, last_newline: bool) -> None:
    end = "\r\n" if crlf else "\n"
    text = end.join((["phone"] if header else []) + lines) + (end if last_newline else "")
    path.write_bytes(text.encode("utf-8"))


@FILES
@given(
    lines=st.lists(BARE, min_size=1, max_size=40),
    header=st.booleans(),
    crlf=st.booleans(),
    last_newline=st.booleans(),
    block=st.integers(1, 200),
)
def test_bare_numbers_read_as_duckdb_reads_them(
    tmp_path: Path, lines: list[str], header: bool, crlf: bool, last_newline: bool, block: int
) -> None:
    path = tmp_path / "list.csv"
    write(path, lines, header, crlf, last_newline)
    if not header and not any(c.isdigit() for c in lines[0]):
        # A first line without a digit ("+") is a header, and it names no column: refused.
        with pytest.raises(InputError, match="no phone, email or SIREN column"):
            list_queries(path, "plain")
        return
    source = list_queries(path, "plain")
    assert source.lines == LineFile(path, header)
    split = line_phones(source.lines, block)
    assert split is not None
    others, tails = split
    assert (others.to_pylist(), tails.tolist()) == duckdb_read(path)


@FILES
@given(
    lines=st.lists(st.one_of(BARE, ODD), min_size=1, max_size=20),
    header=st.booleans(),
    crlf=st.booleans(),
    block=st.integers(1, 200),
)
def test_any_file_read_as_duckdb_reads_it_or_left_to_duckdb(
    tmp_path: Path, lines: list[str], header: bool, crlf: bool, block: int
) -> None:
    path = tmp_path / "list.csv"
    write(path, lines, header, crlf, True)
    try:
        source = list_queries(path, "plain")
        expected = duckdb_read(path)
    except Exception:  # DuckDB refuses the file (or finds no phone in it): nothing to match
        return
    if source.lines is None:
        return
    split = line_phones(source.lines, block)
    event("left to DuckDB" if split is None else "read by lines")
    if split is not None:
        assert (split[0].to_pylist(), split[1].tolist()) == expected


@pytest.mark.parametrize(
    "content",
    [
        b"0612345678\n\n0612345679\n",  # an empty line
        b"0612345678\n06 12 34 56 79\n",  # a space
        b"0612345678\r0612345679\n",  # a lone carriage return
        b"0612345678\n" + b"1" * 65 + b"\n",  # longer than any number
        b"1" * 100,  # one long line without an end
        b"\xef\xbb\xbf0612345678\n",  # a byte-order mark on a value
        b"0612345678\n0612345679\x00\n",
    ],
)
def test_other_shapes_are_left_to_duckdb(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "list.txt"
    path.write_bytes(content)
    assert line_phones(LineFile(path, header=False)) is None


def test_a_quoted_or_broken_header_is_left_to_duckdb(tmp_path: Path) -> None:
    # DuckDB skips empty lines before a header: "\r\n0612345678\r\n0612345679" holds one value.
    for header in (b'"phone"\n', b"phone\rnumber\n", b"p" * 5000 + b"\n", b"\n", b"\r\n"):
        path = tmp_path / "list.csv"
        path.write_bytes(header + b"0612345678\n")
        assert line_phones(LineFile(path, header=True)) is None


def test_a_header_alone_holds_no_value(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(b"phone")
    split = line_phones(LineFile(path, header=True))
    assert split is not None
    assert len(split[0]) == 0 and len(split[1]) == 0


def test_a_missing_file_is_left_to_duckdb(tmp_path: Path) -> None:
    assert line_phones(LineFile(tmp_path / "gone.csv", header=False)) is None


def test_off_without_the_kernels(tmp_path: Path) -> None:
    path = tmp_path / "list.txt"
    path.write_bytes(b"0612345678\n")
    with kernels_set(False):
        assert line_phones(LineFile(path, header=False)) is None
    assert line_phones(LineFile(path, header=False)) is not None


@pytest.mark.parametrize(
    ("name", "content", "fmt", "one_column"),
    [
        ("plain.csv", "phone\n0612345678\n", "plain", True),
        ("bare.txt", "0612345678\n+33612345679\n", "plain", True),
        ("bloctel.csv", "0612345678\n", "bloctel", True),
        ("bloctel-status.csv", "numero;statut\n0612345678;1\n", "bloctel", False),
        ("two.csv", "phone,email\n0612345678,a@example.com\n", "plain", False),
        ("stock.csv", "siren,statutDiffusionUniteLegale\n123456789,P\n", "sirene", False),
    ],
)
def test_list_queries_offer_lines_for_one_column_files_only(
    tmp_path: Path, name: str, content: str, fmt: str, one_column: bool
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    source = list_queries(path, fmt)
    assert (source.lines is not None) == one_column


def test_read_phones_takes_the_lines_or_duckdb_alike(tmp_path: Path) -> None:
    """The scrub's reader: the same PhoneList from the lines as from DuckDB, and from DuckDB
    when the lines do not fit."""
    for content in ("phone\n0612345678\n+33612345679\n0033612345678\n", "0612345678\n\n061\n"):
        path = tmp_path / "list.csv"
        path.write_text(content, encoding="utf-8")
        source = list_queries(path, "plain")
        con = duckdb.connect()
        try:
            by_lines = read_phones(con, source.queries["phone"], source.lines)
        finally:
            con.close()
        others, tails = duckdb_read(path)
        assert by_lines.others.to_pylist() == others
        assert np.array_equal(by_lines.tails, np.array(tails, dtype=np.uint32))


@pytest.mark.parametrize(
    ("block", "tails", "others"),
    [
        (b"", [], []),
        (b"0612345678\n+33612345679\r\n+\n0033612345678\n", [612345678, 0x80000000 | 612345679],
         ["+", "0033612345678"]),
        (b"0612345678", None, None),  # a block ends at a line end
        (b"0612345678\r\n\r\n", None, None),
    ],
)  # fmt: skip
def test_line_tails_splits_whole_lines_of_digits(
    block: bytes, tails: list[int] | None, others: list[str] | None
) -> None:
    split = kernels.line_tails(block)
    if tails is None:
        assert split is None
    else:
        assert split is not None
        assert (split[0].tolist(), split[1].to_pylist()) == (tails, others)
