"""Read the list files licite imports: which values a list holds, by kind.

A list file is first described as DuckDB queries, one per kind, giving each raw value ``v``
and whether the file lists it (:func:`list_queries`): ``licite scrub`` runs them inside its
own matching query, so a list of tens of millions of numbers is never held in memory;
``licite lists import`` runs them to Arrow arrays (:func:`read_list`).

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

from dataclasses import dataclass, replace
from pathlib import Path

import duckdb
import pyarrow as pa

from licite.core.errors import InputError
from licite.core.keyed import KeyKind
from licite.scrub.keys import detect_columns
from licite.scrub.list_lines import LineFile
from licite.scrub.sql import identifier, literal

LIST_FORMATS = ("plain", "bloctel", "brevo", "mailchimp", "sirene")
_LISTED = ("1", "oui", "o", "inscrit", "listed", "true", "yes", "y")


@dataclass(frozen=True, slots=True)
class ListQueries:
    """A list file's values by kind, as self-contained DuckDB queries yielding ``v`` (the raw
    value, text) and ``listed`` (false only where a status column says so)."""

    path: Path
    queries: dict[KeyKind, str]
    has_status: bool
    #: The rows the file holds (for SIRENE, those of units in partial diffusion).
    count: str
    #: A one-column CSV/TXT whose every row is listed: its lines may be read without DuckDB
    #: (:mod:`licite.scrub.list_lines`); None for any other file.
    lines: LineFile | None = None


@dataclass(slots=True)
class ListFile:
    """The raw values of a list file by kind, with ``listed`` flags where the file gives them."""

    values: dict[KeyKind, pa.Array]
    listed: dict[KeyKind, pa.Array]
    rows: int


def list_queries(path: Path, fmt: str = "plain") -> ListQueries:
    """Describe a list file; raises :class:`InputError` naming the file for anything unreadable
    (a read error found later, while a query runs, is the caller's to name: see
    :func:`read_error`)."""
    if fmt not in LIST_FORMATS:
        raise InputError(f"unknown list format {fmt!r} (one of {', '.join(LIST_FORMATS)})")
    if not path.is_file():
        raise InputError("no such list file", file=str(path))
    if path.stat().st_size == 0:
        raise InputError("the list file is empty (0 bytes): refusing an empty list", file=str(path))
    con = duckdb.connect()
    try:
        return _describe(con, path, fmt)
    except duckdb.Error as error:
        raise read_error(error, path) from None
    finally:
        con.close()


def read_error(error: duckdb.Error, path: Path) -> InputError:
    """A DuckDB error while reading a list, as the error licite reports."""
    message = str(error).strip().splitlines()[0]
    return InputError(f"cannot read the list: {message}", file=str(path))


def read_list(path: Path, fmt: str = "plain") -> ListFile:
    """Read a list file's values into Arrow arrays, in file order."""
    described = list_queries(path, fmt)
    con = duckdb.connect()
    values: dict[KeyKind, pa.Array] = {}
    listed: dict[KeyKind, pa.Array] = {}
    try:
        rows = int(con.sql(described.count).fetchall()[0][0])
        for kind, query in described.queries.items():
            table = con.sql(query).to_arrow_table()
            values[kind] = table.column("v").combine_chunks().cast(pa.string())
            if described.has_status:
                listed[kind] = table.column("listed").combine_chunks()
    except duckdb.Error as error:
        raise read_error(error, path) from None
    finally:
        con.close()
    return ListFile(values, listed, rows)


def _describe(con: duckdb.DuckDBPyConnection, path: Path, fmt: str) -> ListQueries:
    parquet = path.suffix.lower() == ".parquet"
    header = fmt == "sirene" or (not parquet and _has_header(path))
    if parquet:
        source = f"read_parquet({literal(str(path))})"
    else:
        source = f"read_csv({literal(str(path))}, header={str(header).lower()}, all_varchar=true)"
    names = [row[0] for row in con.sql(f"DESCRIBE SELECT * FROM {source}").fetchall()]
    lines = LineFile(path, header) if not parquet and len(names) == 1 else None
    file = str(path)
    if fmt == "sirene":
        if "siren" not in names or "statutDiffusionUniteLegale" not in names:
            raise InputError(
                "a SIRENE stock file needs the columns siren and statutDiffusionUniteLegale",
                file=file,
            )
        rows = f"FROM {source} WHERE statutDiffusionUniteLegale = 'P'"
        query = f"SELECT CAST(siren AS VARCHAR) AS v, true AS listed {rows}"
        return ListQueries(path, {"siren": query}, False, f"SELECT count(*) {rows}")
    known = [n for n in names if not n.startswith("column")]
    if fmt == "bloctel" or not known:
        return replace(_headerless(con, path, source, names, fmt), lines=lines)
    columns = detect_columns(names, {}, file)
    queries: dict[KeyKind, str] = {
        kind: f"SELECT CAST({identifier(name)} AS VARCHAR) AS v, true AS listed FROM {source}"
        for kind, name in columns.items()
    }
    return ListQueries(path, queries, False, f"SELECT count(*) FROM {source}", lines)


def _has_header(path: Path) -> bool:
    """A header is a first line without a digit or an ``@`` (values always have one); empty
    lines before it do not count, as DuckDB skips them (a first value would otherwise be
    taken for the header's name)."""
    with path.open("rb") as handle:
        first = handle.readline()
        while first and not first.rstrip(b"\r\n"):
            first = handle.readline()
    return not any(ch.isdigit() or ch == "@" for ch in first.decode("utf-8", "replace"))


def _headerless(
    con: duckdb.DuckDBPyConnection, path: Path, source: str, names: list[str], fmt: str
) -> ListQueries:
    first = f"CAST({identifier(names[0])} AS VARCHAR)"
    if fmt == "bloctel":
        if len(names) == 1:
            query = f"SELECT {first} AS v, true AS listed FROM {source}"
            return ListQueries(path, {"phone": query}, False, f"SELECT count(*) FROM {source}")
        status = f"lower(trim(CAST({identifier(names[1])} AS VARCHAR)))"
        words = ", ".join(literal(word) for word in _LISTED)
        listed = f"coalesce({status} IN ({words}), false)"
        query = f"SELECT {first} AS v, {listed} AS listed FROM {source}"
        return ListQueries(path, {"phone": query}, True, f"SELECT count(*) FROM {source}")
    if len(names) > 1:
        raise InputError(
            "a list without a header must have one column (or name its columns: phone, email, "
            "siren)",
            file=str(path),
        )
    is_email = f"coalesce(contains({first}, '@'), false)"
    queries: dict[KeyKind, str] = {
        "email": f"SELECT {first} AS v, true AS listed FROM {source} WHERE {is_email}",
        "phone": f"SELECT {first} AS v, true AS listed FROM {source} WHERE NOT {is_email}",
    }
    # Which kinds the column holds (one pass): a contact column no list holds is not matched.
    held = con.sql(f"SELECT bool_or({is_email}), bool_or(NOT {is_email}) FROM {source}").fetchall()
    emails, phones = held[0]
    present = {k: q for k, q in queries.items() if (emails if k == "email" else phones)}
    return ListQueries(path, present, False, f"SELECT count(*) FROM {source}")


__all__ = ["LIST_FORMATS", "ListFile", "ListQueries", "list_queries", "read_error", "read_list"]
