"""Write ``clean`` and ``excluded`` of a CSV file by copying its records (``_split.c``).

Why: the rows' marks need only the key columns, and DuckDB holding every column of ten
million rows (spilled beyond its memory limit) then formatting each cell again took a third
of the run. Copied, each record also stays exactly as the file wrote it (quoting, line ends);
an excluded one gets its list and reason as two more fields before its line end.

Only where the copy can follow DuckDB's reading (:func:`copyable`): quotes ``"`` (doubled
inside a field) or none, lines ending in LF or CRLF, no comment or preamble lines. Each
record's key fields are compared with the values DuckDB read for its row; any disagreement
raises :class:`Mismatch`, and the caller writes the outputs with DuckDB instead (so does it
for other formats, with ``--spreadsheet-safe``, without the compiled module or with
``LICITE_SCRUB_KERNELS=0``).
"""

from __future__ import annotations

import mmap
from collections.abc import Iterable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import BinaryIO

import duckdb
import numpy as np
import pyarrow as pa

from licite.scrub import kernels

_compiled: ModuleType | None
try:
    from licite.scrub import _split as _compiled
except ImportError:  # no compiler at install: DuckDB writes the outputs
    _compiled = None

#: The sniffer's words for "no quote", "no escape", "no comment".
_NONE = "(empty)"


class Mismatch(Exception):
    """The copy cannot follow DuckDB's reading of this file (the message says where)."""


@dataclass(frozen=True, slots=True)
class Dialect:
    """How a CSV file is quoted, as DuckDB's sniffer found it and the copy follows it."""

    delimiter: str
    quote: str | None


def available() -> bool:
    """The copy is compiled and not turned off (``LICITE_SCRUB_KERNELS=0``, as the kernels)."""
    return _compiled is not None and kernels._on()


def copyable(
    con: duckdb.DuckDBPyConnection, path: Path, delimiter: str
) -> tuple[Dialect, list[str]] | None:
    """The file's dialect and its columns' names (as DuckDB names them: ``a_1`` for a second
    ``a``), or None where the copy could not follow DuckDB's reading of it."""
    if not available() or len(delimiter.encode("utf-8")) != 1:
        return None
    try:
        found = con.execute(
            "SELECT Quote, Escape, NewLineDelimiter, Comment, SkipRows, Columns FROM "
            "sniff_csv(?, delim=?, header=true, store_rejects=true, max_line_size=10000000)",
            [str(path), delimiter],
        ).fetchall()
    except duckdb.Error:
        return None
    quote, escape, newline, comment, skip, columns = found[0]
    if quote not in ('"', _NONE) or escape not in ('"', _NONE) or comment != _NONE:
        return None
    if newline not in ("\\n", "\\r\\n") or skip != 0:
        return None
    return Dialect(delimiter, None if quote == _NONE else quote), [c["name"] for c in columns]


def reader_options(dialect: Dialect) -> str:
    """The read_csv options that make DuckDB read the file as the copy will cut it."""
    quote = dialect.quote or ""
    return f"quote='{quote}', escape='{quote}'"


def suffix(values: Sequence[str], dialect: Dialect) -> bytes:
    """Fields added at the end of a record: each after the delimiter, quoted where needed."""
    fields = []
    for value in values:
        if any(c in value for c in (dialect.delimiter, '"', "\n", "\r")) or value != value.strip():
            value = '"' + value.replace('"', '""') + '"'
        fields.append(dialect.delimiter + value)
    return "".join(fields).encode("utf-8")


@dataclass(frozen=True, slots=True)
class Copy:
    """What the copy needs beyond the rows: the file's shape as DuckDB read it (see
    :func:`licite.scrub.sources.load`, which sets it where it loads the key columns only)."""

    #: The file DuckDB read (the UTF-8 copy of a file in another encoding).
    path: Path
    dialect: Dialect
    #: How many fields each record has, and which of them DuckDB loaded (in its order).
    columns: int
    key_fields: tuple[int, ...]
    #: DuckDB checked the encoding of the loaded columns only: the copy checks the rest.
    check_utf8: bool
    #: DuckDB's numbers of the lines it rejected (records, blank lines included; header 1).
    rejected_lines: Sequence[int] = ()


def copy_records(
    job: Copy, rows: Iterable[tuple[np.ndarray, Sequence[pa.Array]]],
    header_suffix: bytes, suffixes: Sequence[bytes], clean: Path, excluded: Path,
) -> tuple[int, int]:  # fmt: skip
    """Copy the header to both outputs, then each batch's rows (marks: 0 for clean, ``k`` for
    ``suffixes[k]``; the key columns' values as DuckDB read them) into one of them. Returns
    how many went to each; raises :class:`Mismatch` where a record is not the row it should
    be."""
    with ExitStack() as files:
        source = files.enter_context(job.path.open("rb"))
        data = files.enter_context(mmap.mmap(source.fileno(), 0, access=mmap.ACCESS_READ))
        keep = files.enter_context(clean.open("wb", buffering=0))
        drop = files.enter_context(excluded.open("wb", buffering=0))
        data.madvise(mmap.MADV_SEQUENTIAL)
        try:
            return _copy(job, data, rows, header_suffix, tuple(suffixes), keep, drop)
        except ValueError as error:
            raise Mismatch(str(error)) from None


def _copy(
    job: Copy, data: mmap.mmap, rows: Iterable[tuple[np.ndarray, Sequence[pa.Array]]],
    header_suffix: bytes, suffixes: tuple[bytes, ...], keep: BinaryIO, drop: BinaryIO,
) -> tuple[int, int]:  # fmt: skip
    assert _compiled is not None
    delimiter = job.dialect.delimiter.encode("utf-8")
    quote = job.dialect.quote.encode("utf-8") if job.dialect.quote else None
    skip = np.unique(np.asarray(job.rejected_lines, dtype=np.int64))
    end, content_end, fields = _compiled.record_end(data, 0, delimiter, quote)
    if fields != job.columns:
        raise ValueError(f"line 1: {fields} fields in the header, DuckDB read {job.columns}")
    keep.write(data[:end])
    drop.write(data[:content_end] + header_suffix + data[content_end:end])
    pos, line, skip_at = end, 2, 0
    written = [0, 0]
    outputs = (keep.fileno(), drop.fileno(), delimiter, quote, job.columns)
    for marks, keys in rows:
        pos, line, skip_at, kept, dropped = _compiled.split_rows(
            data, pos, line, skip, skip_at, np.ascontiguousarray(marks, np.int32),
            tuple(kernels._buffers(key) for key in keys), job.key_fields, suffixes, *outputs,
            int(job.check_utf8), False,
        )  # fmt: skip
        written[0] += kept
        written[1] += dropped
        # The pages copied leave the process's memory (a 765 MB file counted whole in its
        # peak otherwise); the file stays in the system's cache.
        data.madvise(mmap.MADV_DONTNEED, 0, pos - pos % mmap.PAGESIZE)
    no_rows = np.empty(0, np.int32)
    _compiled.split_rows(data, pos, line, skip, skip_at, no_rows, (), (), suffixes, *outputs,
                         0, True)  # fmt: skip
    return written[0], written[1]


__all__ = ["Copy", "Dialect", "Mismatch", "available", "copy_records", "copyable", "suffix"]
