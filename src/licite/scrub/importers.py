"""Read the list files licite imports: which values a list holds, by kind, as Arrow arrays.

Layouts (documented in docs/scrub.md; those of outside services are assumed from their
public exports and marked so):

- ``plain``: a CSV/TXT of numbers, emails or SIRENs; with a header, the columns are found as
  for contacts (``phone``, ``email``, ``siren``…); without one, a single column whose values
  are emails when they hold ``@`` and phone numbers otherwise.
- ``bloctel``: Bloctel's returned file, ``numero;statut`` (statut ``1``/``inscrit``/``oui``:
  listed) or a single column of numbers, all listed.
- ``brevo``: Brevo's blocklist export (``EMAIL`` and/or ``SMS`` columns).
- ``mailchimp``: Mailchimp's unsubscribed/cleaned export (``Email Address``, ``Phone Number``).
- ``sirene``: INSEE's ``StockUniteLegale`` file; the SIRENs whose
  ``statutDiffusionUniteLegale`` is ``P`` (partial diffusion: natural persons who objected).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from licite.core.errors import InputError
from licite.core.keyed import KeyKind
from licite.scrub.keys import detect_columns

LIST_FORMATS = ("plain", "bloctel", "brevo", "mailchimp", "sirene")
_LISTED = ("1", "oui", "o", "inscrit", "listed", "true", "yes", "y")


@dataclass(slots=True)
class ListFile:
    """The raw values of a list file by kind, with ``listed`` flags where the file gives them."""

    values: dict[KeyKind, pa.ChunkedArray]
    listed: dict[KeyKind, pa.ChunkedArray]
    rows: int


def read_list(path: Path, fmt: str = "plain") -> ListFile:
    """Read a list file; raises :class:`InputError` naming the file for anything unreadable."""
    if fmt not in LIST_FORMATS:
        raise InputError(f"unknown list format {fmt!r} (one of {', '.join(LIST_FORMATS)})")
    if not path.is_file():
        raise InputError("no such list file", file=str(path))
    if path.stat().st_size == 0:
        raise InputError("the list file is empty (0 bytes): refusing an empty list", file=str(path))
    con = duckdb.connect()
    try:
        table = _table(con, path, fmt)
    except duckdb.Error as error:
        message = str(error).strip().splitlines()[0]
        raise InputError(f"cannot read the list: {message}", file=str(path)) from None
    finally:
        con.close()
    return _values(table, fmt, str(path))


def _table(con: duckdb.DuckDBPyConnection, path: Path, fmt: str) -> pa.Table:
    source = str(path)
    if path.suffix.lower() == ".parquet":
        return con.sql("SELECT * FROM read_parquet($1)", params=[source]).to_arrow_table()
    if fmt == "sirene":
        return con.sql(
            "SELECT siren FROM read_csv($1, header=true, all_varchar=true) "
            "WHERE statutDiffusionUniteLegale = 'P'",
            params=[source],
        ).to_arrow_table()
    return con.sql(
        "SELECT * FROM read_csv($1, header=$2, all_varchar=true)",
        params=[source, _has_header(path)],
    ).to_arrow_table()


def _has_header(path: Path) -> bool:
    """A header is a first line without a digit or an ``@`` (values always have one)."""
    with path.open("rb") as handle:
        first = handle.readline().decode("utf-8", "replace")
    return not any(ch.isdigit() or ch == "@" for ch in first)


def _values(table: pa.Table, fmt: str, file: str) -> ListFile:
    names = table.column_names
    if fmt == "sirene":
        return ListFile({"siren": _column(table, "siren")}, {}, table.num_rows)
    known = [n for n in names if not n.startswith("column")]
    if fmt == "bloctel" or not known:
        return _headerless(table, fmt, file)
    columns = detect_columns(names, {}, file)
    values = {kind: _column(table, name) for kind, name in columns.items()}
    return ListFile(values, {}, table.num_rows)


def _headerless(table: pa.Table, fmt: str, file: str) -> ListFile:
    first = _column(table, table.column_names[0])
    if fmt == "bloctel":
        listed: dict[KeyKind, pa.ChunkedArray] = {}
        if table.num_columns > 1:
            status = pc.utf8_lower(pc.utf8_trim_whitespace(_column(table, table.column_names[1])))
            listed["phone"] = pc.fill_null(pc.is_in(status, pa.array(_LISTED)), False)
        return ListFile({"phone": first}, listed, table.num_rows)
    if table.num_columns > 1:
        raise InputError(
            "a list without a header must have one column (or name its columns: phone, email, "
            "siren)",
            file=file,
        )
    is_email = pc.fill_null(pc.match_substring(first, "@"), False)
    values: dict[KeyKind, pa.ChunkedArray] = {
        "email": pc.filter(first, is_email), "phone": pc.filter(first, pc.invert(is_email))
    }  # fmt: skip
    return ListFile({k: v for k, v in values.items() if len(v)}, {}, table.num_rows)


def _column(table: pa.Table, name: str) -> pa.ChunkedArray:
    """A column as read, in chunks: combining tens of millions of values would copy them all."""
    column = table.column(name)
    if not pa.types.is_string(column.type):
        column = pc.cast(column, pa.string())
    return column


__all__ = ["LIST_FORMATS", "ListFile", "read_list"]
