"""Open a contact file of any supported format as one DuckDB table, all cells as text.

CSV is sniffed (encoding from the bytes, delimiter and header by DuckDB's sniffer) and what
was found is reported; unreadable rows (ragged, bad quoting, bad bytes) are not dropped but
kept with their line number and error for ``rejected.csv``. Parquet and JSON Lines keep their
types (identifiers are cast to text when matched); XLSX is read with openpyxl, as text.
"""

from __future__ import annotations

import codecs
import dataclasses
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pyarrow as pa

from licite.core.errors import InputError
from licite.scrub import split
from licite.scrub.sql import identifier

FORMATS = {".csv": "csv", ".txt": "csv", ".tsv": "csv", ".parquet": "parquet",
           ".jsonl": "jsonl", ".ndjson": "jsonl", ".xlsx": "xlsx"}  # fmt: skip
TABLE = "contacts"
_SAMPLE = 1 << 20
_DELIMITERS = (",", ";", "\t", "|")


@dataclass(slots=True)
class Source:
    """A contact file loaded as table ``contacts``, with what was sniffed and what was not read."""

    path: Path
    format: str
    columns: list[str]
    rows: int
    encoding: str | None = None
    delimiter: str | None = None
    rejected: list[tuple[int, str, str]] = field(default_factory=list)
    #: Set where only the key columns were loaded: the outputs are then copied from the file.
    copy: split.Copy | None = None


def file_format(path: Path) -> str:
    """``csv``, ``parquet``, ``jsonl`` or ``xlsx`` from the file name."""
    found = FORMATS.get(path.suffix.lower())
    if found is None:
        raise InputError(
            f"unsupported file type {path.suffix!r} (use .csv, .parquet, .jsonl or .xlsx)",
            file=str(path),
        )
    return found


#: Given a file's columns, those the scrub matches on (:func:`licite.scrub.keys.detect_columns`).
KeyColumns = Callable[[list[str]], Sequence[str]]


def load(
    con: duckdb.DuckDBPyConnection, path: Path, work: Path, keys: KeyColumns | None = None
) -> Source:
    """Load ``path`` into table ``contacts`` of ``con``; ``work`` holds any transcoded copy.

    With ``keys``, a CSV file whose records :mod:`licite.scrub.split` can copy is loaded with
    its key columns only (``Source.copy`` says how to copy it); ``Source.columns`` are still
    all of the file's."""
    if not path.is_file():
        raise InputError("no such file", file=str(path))
    if path.stat().st_size == 0:
        raise InputError("the file is empty (0 bytes): nothing to scrub", file=str(path))
    kind = file_format(path)
    try:
        if kind == "csv":
            source = _csv(con, path, work, keys)
        elif kind == "parquet":
            con.execute(f"CREATE TABLE {TABLE} AS SELECT * FROM read_parquet(?)", [str(path)])
            source = Source(path, kind, [], 0)
        elif kind == "jsonl":
            con.execute(
                f"CREATE TABLE {TABLE} AS SELECT * FROM read_json(?, format='newline_delimited')",
                [str(path)],
            )
            source = Source(path, kind, [], 0)
        else:
            con.register("xlsx_rows", _xlsx(path))
            con.execute(f"CREATE TABLE {TABLE} AS SELECT * FROM xlsx_rows")
            con.unregister("xlsx_rows")
            source = Source(path, kind, [], 0)
    except duckdb.Error as error:
        raise InputError(f"cannot read the file: {_first_line(error)}", file=str(path)) from None
    if not source.columns:
        source.columns = [row[0] for row in con.execute(f"DESCRIBE {TABLE}").fetchall()]
    source.rows = int(con.sql(f"SELECT count(*) FROM {TABLE}").fetchall()[0][0])
    return source


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0]


def sniff_encoding(path: Path) -> str:
    """``utf-8`` (with or without BOM), ``utf-16``, else ``cp1252`` or ``latin-1``."""
    with path.open("rb") as handle:
        sample = handle.read(_SAMPLE)
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    cut = sample if len(sample) < _SAMPLE else sample[: sample.rfind(b"\n") + 1]
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            cut.decode(encoding)
        except UnicodeDecodeError:
            continue
        return "utf-8" if encoding == "utf-8-sig" else encoding
    return "latin-1"


def sniff_delimiter(path: Path) -> str:
    """The delimiter the header line uses most (``,`` ``;`` tab ``|``): rows that use another
    one are then ragged and rejected with their line number, never misread."""
    with path.open("rb") as handle:
        header = handle.readline().decode("utf-8", "replace")
    counts = {sep: header.count(sep) for sep in _DELIMITERS}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def _utf8(path: Path, encoding: str, work: Path) -> Path:
    """A UTF-8 copy of a file in another encoding (DuckDB reads UTF-8), streamed."""
    target = work / f"{path.stem}.utf8.csv"
    with path.open(encoding=encoding, newline="") as src, target.open("w", newline="") as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
    return target


_READ = (
    "read_csv(?, delim=?, header=true, all_varchar=true, store_rejects=true, "
    "rejects_scan='licite_scan', rejects_table='licite_rejects', max_line_size=10000000{})"
)


def _csv(con: duckdb.DuckDBPyConnection, path: Path, work: Path, keys: KeyColumns | None) -> Source:
    encoding = sniff_encoding(path)
    readable = path if encoding == "utf-8" else _utf8(path, encoding, work)
    delimiter = sniff_delimiter(readable)
    sniffed = split.copyable(con, readable, delimiter) if keys is not None else None
    copy = None
    columns: list[str] = []
    if keys is not None and sniffed is not None:
        dialect, columns = sniffed  # the sniffer's names: no second sniff to describe the file
        reader = _READ.format(", " + split.reader_options(dialect))
        wanted = list(dict.fromkeys(keys(columns)))
        picked = ", ".join(identifier(name) for name in wanted)
        try:
            con.execute(f"CREATE TABLE {TABLE} AS SELECT {picked} FROM {reader}",
                        [str(readable), delimiter])  # fmt: skip
        except duckdb.BinderException as error:  # the reader named the columns otherwise
            raise split.Mismatch(f"the columns' names: {_first_line(error)}") from None
        key_fields = tuple(columns.index(name) for name in wanted)
        copy = split.Copy(readable, dialect, len(columns), key_fields, encoding == "utf-8")
    else:
        con.execute(f"CREATE TABLE {TABLE} AS SELECT * FROM {_READ.format('')}",
                    [str(readable), delimiter])  # fmt: skip
    rejected = con.execute(
        "SELECT line, string_agg(DISTINCT error_message, '; '), any_value(csv_line) "
        "FROM licite_rejects GROUP BY line ORDER BY line"
    ).fetchall()
    found = [(int(line), str(message), str(text or "")) for line, message, text in rejected]
    if copy is not None:
        copy = dataclasses.replace(copy, rejected_lines=[line for line, _, _ in found])
    return Source(path, "csv", columns, 0, encoding, delimiter, found, copy)


def _xlsx(path: Path) -> pa.Table:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises zipfile, KeyError and its own errors
        raise InputError(f"not a readable XLSX workbook: {error}", file=str(path)) from None
    try:
        rows = book.worksheets[0].iter_rows(values_only=True)
        header = next(rows, None)
        if header is None:
            raise InputError("the workbook's first sheet is empty", file=str(path))
        names = [
            str(name) if name is not None else f"column{i + 1}" for i, name in enumerate(header)
        ]
        columns: list[list[str | None]] = [[] for _ in names]
        for row in rows:
            for index in range(len(names)):
                value = row[index] if index < len(row) else None
                columns[index].append(None if value is None else _cell(value))
    finally:
        book.close()
    return pa.table(
        {name: pa.array(values, pa.string()) for name, values in zip(names, columns, strict=True)}
    )


def _cell(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


__all__ = ["FORMATS", "TABLE", "Source", "file_format", "load", "sniff_delimiter", "sniff_encoding"]
