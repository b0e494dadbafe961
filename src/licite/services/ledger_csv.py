"""CSV in and out for the ledger's batch commands: rows by line, rejects with reasons, atomic.

Every batch command (consent import, suppression import, notices mark-sent) reads its file with
:func:`read_rows`, writes a rejected row with its line, field and reason through
:class:`Rejects`, and reports counts that add up: rows in = accepted + rejected.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from licite.core.errors import ConfigError, InputError


def read_rows(path: Path, required: Sequence[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row by column name) of a UTF-8 CSV whose header holds ``required``."""
    if not path.is_file():
        raise ConfigError(f"{path}: no such file")
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        header = reader.fieldnames or []
        missing = [name for name in required if name not in header]
        if missing:
            raise InputError(f"missing column(s) {', '.join(missing)}", file=str(path), row=1)
        try:
            for row in reader:
                yield reader.line_num, {k: (v or "").strip() for k, v in row.items() if k}
        except (UnicodeDecodeError, csv.Error) as error:
            raise InputError(str(error), file=str(path), row=reader.line_num) from error


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write a CSV atomically (temporary file, then rename); returns the number of rows."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    count = 0
    try:
        with temporary.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            for row in rows:
                writer.writerow(row)
                count += 1
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return count


@dataclass(slots=True)
class Counts:
    """A batch's counts: ``rows_in == accepted + rejected``."""

    rows_in: int = 0
    accepted: int = 0
    rejected: int = 0
    reasons: dict[str, int] = field(default_factory=dict)


class Rejects:
    """Rejected rows (line, field, error), written atomically to ``path`` when one is given."""

    def __init__(self, path: Path | None, counts: Counts) -> None:
        self.path, self.counts = path, counts
        self.rows: list[tuple[int | None, str, str]] = []

    def add(self, line: int, error: InputError) -> None:
        self.counts.rejected += 1
        self.counts.reasons[error.message] = self.counts.reasons.get(error.message, 0) + 1
        self.rows.append((line, error.field or "", error.message))

    def __enter__(self) -> Rejects:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if kind is None and self.path is not None:
            write_csv(self.path, ("line", "field", "error"), self.rows)


def split_list(raw: str, *, spaces: bool = True) -> list[str]:
    """A multi-valued cell: values separated by ``|`` or ``;`` (and spaces unless told not)."""
    parts = raw.replace(";", "|").split("|")
    if spaces:
        parts = [word for part in parts for word in part.split()]
    return [value.strip() for value in parts if value.strip()]


__all__ = ["Counts", "Rejects", "read_rows", "split_list", "write_csv"]
