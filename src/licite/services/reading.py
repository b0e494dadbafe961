"""Read contact files (CSV or JSON Lines) row by row, turning bad rows into located errors.

Reading is split in two so a batch can be spread over processes: :class:`RawRows` walks the
file and yields each row's raw payload (CSV cells or a JSON line) with its line number, and
:func:`parse_payload` turns one payload into a :class:`Contact` (or raises an
:class:`InputError`). Nothing is lost: every physical row comes out, so counts add up.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

import orjson

from licite.core.errors import ConfigError, InputError
from licite.core.flat import check_header, contact_from_cells
from licite.core.model import Contact
from licite.core.request import parse_contact

Row = tuple[int, Contact | InputError]
Payload = list[str] | str
Progress = Callable[[int], None]

JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json"})
REPLACEMENT = "\ufffd"


class CountingReader(io.RawIOBase):
    """A raw stream that reports how many bytes were consumed (for the progress bar)."""

    def __init__(self, raw: BinaryIO, progress: Progress | None) -> None:
        self.raw = raw
        self.progress = progress

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        count = self.raw.readinto(buffer)  # type: ignore[attr-defined]
        if count and self.progress:
            self.progress(count)
        return int(count or 0)

    def close(self) -> None:
        self.raw.close()
        super().close()


def file_format(path: Path) -> str:
    """``csv`` or ``jsonl``, from the file name."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    raise ConfigError(f"{path}: unknown contact file type {suffix!r} (use .csv or .jsonl)")


class RawRows:
    """The rows of a contact file as (line, raw payload); the CSV header is checked on open."""

    def __init__(self, path: Path, progress: Progress | None = None) -> None:
        if not path.is_file():
            raise ConfigError(f"{path}: no such file")
        self.path = path
        self.name = str(path)
        self.format = file_format(path)
        raw = CountingReader(path.open("rb"), progress)
        buffered = io.BufferedReader(raw, buffer_size=1 << 20)
        self._text = io.TextIOWrapper(buffered, encoding="utf-8-sig", errors="replace", newline="")
        self.header: list[str] = []
        self._csv = csv.reader(self._text) if self.format == "csv" else None
        if self._csv is not None:
            self.header = next(self._csv, [])
            if self.header:
                try:
                    check_header(self.header)
                except InputError as error:
                    self.close()
                    raise error.located(row=1, file=self.name) from None

    def __iter__(self) -> Iterator[tuple[int, Payload]]:
        try:
            if self._csv is not None:
                reader = self._csv
                for cells in reader:
                    if cells:
                        yield reader.line_num, cells
            else:
                for line, text in enumerate(self._text, start=1):
                    if text.strip():
                        yield line, text
        finally:
            self.close()

    def close(self) -> None:
        self._text.close()


def parse_payload(
    fmt: str, header: list[str], payload: Payload, maybe_binary: bool = True
) -> Contact:
    """The contact of one raw row; raises :class:`InputError` (field named, line not yet).

    ``maybe_binary=False`` skips the per-row check for undecodable bytes when the caller knows
    its whole block decoded cleanly."""
    if fmt == "csv":
        cells = payload
        if len(cells) != len(header):
            raise InputError(f"row has {len(cells)} cells, the header has {len(header)}")
        if maybe_binary and REPLACEMENT in "".join(cells):
            raise InputError("row is not valid UTF-8")
        return contact_from_cells(header, cells)
    assert isinstance(payload, str)
    if maybe_binary and REPLACEMENT in payload:
        raise InputError("line is not valid UTF-8")
    return parse_contact(load_json(payload))


def read_contacts(path: Path, progress: Progress | None = None) -> Iterator[Row]:
    """Every row of ``path`` as (line number, contact or located error)."""
    rows = RawRows(path, progress)
    for line, payload in rows:
        try:
            yield line, parse_payload(rows.format, rows.header, payload)
        except InputError as error:
            yield line, error.located(row=line, file=rows.name)


def load_json(text: str | bytes) -> object:
    """Parse JSON; a syntax error becomes an :class:`InputError`."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError as error:
        raise InputError(f"invalid JSON: {error}") from None
