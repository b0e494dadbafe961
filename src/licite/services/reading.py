"""Read contact files (CSV or JSON Lines) row by row, turning bad rows into located errors.

A file is read in blocks of whole rows (:mod:`licite.services.blocks`), which yield each row's
raw payload (CSV cells or a JSON line) with its line number; :func:`parse_payload` turns one
payload into a :class:`Contact` (or raises an :class:`InputError`). A batch check spreads the
blocks over processes; :func:`read_contacts` walks them in order. Nothing is lost: every
physical row comes out, so counts add up.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

import orjson

from licite.core.errors import ConfigError, InputError
from licite.core.flat import contact_from_cells
from licite.core.model import Contact
from licite.core.request import parse_contact
from licite.services.blocks import Payload, block_rows, read_block, read_header, split_blocks

Row = tuple[int, Contact | InputError]
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
    if not path.is_file():
        raise ConfigError(f"{path}: no such file")
    fmt = file_format(path)
    header, start = read_header(path, fmt)
    for block in split_blocks(path, fmt, start, progress=progress):
        text = read_block(path, block)
        for line, payload in block_rows(text, fmt, block):
            try:
                yield line, parse_payload(fmt, header, payload)
            except InputError as error:
                yield line, error.located(row=line, file=str(path))


def load_json(text: str | bytes) -> object:
    """Parse JSON; a syntax error becomes an :class:`InputError`."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError as error:
        raise InputError(f"invalid JSON: {error}") from None
