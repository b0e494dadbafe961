"""Read contact files (CSV or JSON Lines) row by row, turning bad rows into located errors.

Nothing is lost: every physical row comes out either as a :class:`Contact` or as an
:class:`InputError` naming the file, the line and the field, so counts always add up.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

import orjson

from licite.core.errors import ConfigError, InputError
from licite.core.flat import check_header, contact_from_row
from licite.core.model import Contact
from licite.core.request import parse_contact

Row = tuple[int, Contact | InputError]
Progress = Callable[[int], None]

JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json"})
REPLACEMENT = "\ufffd"


class _CountingReader(io.RawIOBase):
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


def _text(path: Path, progress: Progress | None) -> io.TextIOWrapper:
    raw = path.open("rb")
    buffered = io.BufferedReader(_CountingReader(raw, progress), buffer_size=1 << 20)
    return io.TextIOWrapper(buffered, encoding="utf-8-sig", errors="replace", newline="")


def file_format(path: Path) -> str:
    """``csv`` or ``jsonl``, from the file name."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    raise ConfigError(f"{path}: unknown contact file type {suffix!r} (use .csv or .jsonl)")


def read_contacts(path: Path, progress: Progress | None = None) -> Iterator[Row]:
    """Every row of ``path`` as (line number, contact or error)."""
    if not path.exists():
        raise ConfigError(f"{path}: no such file")
    reader = _read_csv if file_format(path) == "csv" else _read_jsonl
    yield from reader(path, progress)


def _read_csv(path: Path, progress: Progress | None) -> Iterator[Row]:
    name = str(path)
    with _text(path, progress) as handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        if header is None:
            return
        try:
            check_header(header)
        except InputError as error:
            raise error.located(row=1, file=name) from None
        width = len(header)
        for cells in reader:
            line = reader.line_num
            if not cells:
                continue
            try:
                if len(cells) != width:
                    raise InputError(f"row has {len(cells)} cells, the header has {width}")
                row = dict(zip(header, cells, strict=True))
                if REPLACEMENT in "".join(cells):
                    raise InputError("row is not valid UTF-8")
                yield line, contact_from_row(row)
            except InputError as error:
                yield line, error.located(row=line, file=name)


def _read_jsonl(path: Path, progress: Progress | None) -> Iterator[Row]:
    name = str(path)
    with _text(path, progress) as handle:
        for line, text in enumerate(handle, start=1):
            if not text.strip():
                continue
            try:
                if REPLACEMENT in text:
                    raise InputError("line is not valid UTF-8")
                yield line, parse_contact(load_json(text))
            except InputError as error:
                yield line, error.located(row=line, file=name)


def load_json(text: str | bytes) -> object:
    """Parse JSON; a syntax error becomes an :class:`InputError`."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError as error:
        raise InputError(f"invalid JSON: {error}") from None
