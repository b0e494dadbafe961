"""Write a query's rows in the input's own format: CSV, Parquet, JSON Lines or XLSX.

Spreadsheets run what looks like a formula. XLSX output therefore stores every cell as text;
CSV output, with ``spreadsheet_safe``, prefixes ``'`` to cells starting with ``=``, ``+``,
``-``, ``@``, tab or CR (OWASP's CSV-injection advice) — except a phone number in
international notation (``+`` then only digits and separators), which no spreadsheet runs
as anything but a number and which must reach the dialer unchanged.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from licite.scrub.sql import identifier, literal

_RISKY = r"^[=+\-@\t\r]"
_PHONE = r"^\+[0-9][0-9 .()\-]*$"


def neutralise(value: str) -> str:
    """One cell made safe for a spreadsheet (the rule :func:`safe_select` applies in SQL)."""
    import re

    if re.match(_RISKY, value) and not re.fullmatch(_PHONE, value):
        return "'" + value
    return value


def safe_select(con: duckdb.DuckDBPyConnection, query: str) -> str:
    """``query`` with every text column neutralised as :func:`neutralise` does."""
    described = con.sql(f"DESCRIBE {query}").fetchall()
    parts = []
    for name, kind, *_ in described:
        quoted = identifier(name)
        if kind == "VARCHAR":
            parts.append(
                f"CASE WHEN regexp_matches({quoted}, '{_RISKY}') AND NOT "
                f"regexp_full_match({quoted}, '{_PHONE}') THEN '''' || {quoted} "
                f"ELSE {quoted} END AS {quoted}"
            )
        else:
            parts.append(quoted)
    return f"SELECT {', '.join(parts)} FROM ({query})"


def write(
    con: duckdb.DuckDBPyConnection, query: str, path: Path, fmt: str, *,
    delimiter: str = ",", spreadsheet_safe: bool = False,
) -> None:  # fmt: skip
    """Write the rows of ``query`` to ``path`` (the caller renames it into place)."""
    target = literal(str(path))
    if fmt == "csv":
        select = safe_select(con, query) if spreadsheet_safe else query
        sep = literal(delimiter)
        con.execute(f"COPY ({select}) TO {target} (FORMAT csv, HEADER true, DELIMITER {sep})")
    elif fmt == "parquet":
        con.execute(f"COPY ({query}) TO {target} (FORMAT parquet)")
    elif fmt == "jsonl":
        con.execute(f"COPY ({query}) TO {target} (FORMAT json)")
    else:
        _xlsx(con, query, path)


def _xlsx(con: duckdb.DuckDBPyConnection, query: str, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    sheet = book.create_sheet("contacts")
    relation = con.sql(query)
    sheet.append([_text(sheet, name, WriteOnlyCell) for name in relation.columns])
    reader = relation.to_arrow_reader(batch_size=10_000)
    for batch in reader:
        columns = [column.to_pylist() for column in batch.columns]
        for row in zip(*columns, strict=True):
            sheet.append([_text(sheet, value, WriteOnlyCell) for value in row])
    book.save(path)


def _text(sheet: object, value: object, cell_type: type) -> object:
    cell = cell_type(sheet, value=None if value is None else str(value))
    if value is not None:
        cell.data_type = "s"  # never a formula, whatever the text starts with
    return cell


__all__ = ["neutralise", "safe_select", "write"]
