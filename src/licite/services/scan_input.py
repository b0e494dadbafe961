"""Read a file to scan (CSV, JSON Lines or plain text) row by row, whatever its encoding.

The encoding is found in a first pass that reads the file in chunks: strict UTF-8, UTF-8 with
a BOM, else cp1252 (the usual encoding of French spreadsheets exported on Windows); a file with
NUL bytes, or mostly control characters, is refused as binary. The second pass yields one
:class:`Record` per row with the texts to scan and what is needed to write the row back
(:mod:`licite.services.scan` redacts them). Memory does not grow with the file: one row at a
time.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any, TextIO

from licite.core.errors import ConfigError, InputError
from licite.services.reading import CountingReader, Progress

#: A field's place in its row: CSV cell index, JSON path, or None (the whole line).
Key = int | tuple[str | int, ...] | None

JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json"})
CHUNK = 1 << 20
SAMPLE = 1 << 16
#: Control bytes that text files do not contain (tab, newlines, form feed and escape excepted).
CONTROLS = bytes(b for b in range(32) if b not in b"\t\n\v\f\r\x1b")
DELIMITERS = ",;\t|"
csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))


@dataclass(frozen=True, slots=True)
class Field:
    """One text of a row: its name in the output, its place in the row and its value."""

    name: str | None
    key: Key
    text: str


@dataclass(slots=True)
class Record:
    """One row: the texts to scan and, to write it back, its parsed value (``raw``: CSV cells
    or JSON value), its original text and line ending (JSON Lines and plain text). ``blank``
    rows (empty lines of CSV or JSON Lines) are not data rows; ``row`` counts data rows."""

    row: int
    line: int
    fields: list[Field] = field(default_factory=list)
    id: Any = None
    error: str | None = None
    raw: Any = None
    text: str = ""
    ending: str = ""
    blank: bool = False


def file_kind(path: Path) -> str:
    """``csv``, ``jsonl`` or ``text``, from the file name."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return "csv"
    return "jsonl" if suffix in JSONL_SUFFIXES else "text"


def _refuse_binary(path: Path, data: bytes, offset: int) -> None:
    nul = data.find(b"\x00")
    if nul >= 0:
        raise ConfigError(
            f"{path}: looks binary (NUL byte at byte {offset + nul}); licite scans CSV, "
            "JSON Lines or plain text in UTF-8 or cp1252 (UTF-16 files must be converted)"
        )
    if offset == 0 and data:
        sample = data[:SAMPLE]
        if len(sample.translate(None, CONTROLS)) < 0.9 * len(sample):
            raise ConfigError(f"{path}: looks binary (mostly control characters), not text")


def detect_encoding(path: Path) -> str:
    """``utf-8``, ``utf-8-sig`` (UTF-8 with a BOM) or ``cp1252``; binary files are refused."""
    if not path.is_file():
        raise ConfigError(f"{path}: no such file")
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    valid = True
    bom = False
    offset = 0
    with path.open("rb") as raw:
        while data := raw.read(CHUNK):
            _refuse_binary(path, data, offset)
            if offset == 0:
                bom = data.startswith(codecs.BOM_UTF8)
            offset += len(data)
            if valid:
                try:
                    decoder.decode(data)
                except UnicodeDecodeError:
                    valid = False
    if valid:
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            valid = False
    if not valid:
        return "cp1252"
    return "utf-8-sig" if bom else "utf-8"


def _split_ending(line: str) -> tuple[str, str]:
    if line.endswith("\r\n"):
        return line[:-2], "\r\n"
    if line.endswith(("\n", "\r")):
        return line[:-1], line[-1]
    return line, ""


@dataclass(frozen=True, slots=True)
class CsvLayout:
    """The header and dialect of a CSV file (kept when the file is written back)."""

    header: list[str]
    delimiter: str
    lineterminator: str


class Source:
    """A file to scan: its kind, encoding and (CSV) layout, read again on each iteration."""

    def __init__(
        self, path: Path, columns: Sequence[str] = (), text_fields: Sequence[str] = ()
    ) -> None:
        self.path = path
        self.kind = file_kind(path)
        if columns and self.kind != "csv":
            raise ConfigError(f"{path}: --columns applies to CSV files only")
        if text_fields and self.kind != "jsonl":
            raise ConfigError(f"{path}: --text-field applies to JSON Lines files only")
        self.encoding = detect_encoding(path)
        self.text_fields = tuple(text_fields)
        self.layout = CsvLayout([], ",", "\r\n")
        self.selected: list[int] | None = None
        if self.kind == "csv":
            with self._open(None) as handle:
                self.layout = self._layout(handle)[0]
            self.selected = self._select(columns)

    def _open(self, progress: Progress | None) -> TextIO:
        buffered = io.BufferedReader(CountingReader(self.path.open("rb"), progress), CHUNK)
        return io.TextIOWrapper(buffered, encoding=self.encoding, errors="replace", newline="")

    def _layout(self, handle: TextIO) -> tuple[CsvLayout, Any]:
        first = handle.readline()
        delimiter = max(DELIMITERS, key=first.count) if first else ","
        delimiter = delimiter if first.count(delimiter) else ","
        _, ending = _split_ending(first)
        reader = csv.reader(chain([first], handle), delimiter=delimiter)
        header = next(reader, [])
        return CsvLayout(header, delimiter, ending or "\r\n"), reader

    def _select(self, columns: Sequence[str]) -> list[int] | None:
        if not columns:
            return None
        names = [name.strip() for name in self.layout.header]
        missing = [c for c in columns if c not in names]
        if missing:
            raise ConfigError(f"{self.path}: no column {missing} (columns: {', '.join(names)})")
        return [names.index(c) for c in dict.fromkeys(columns)]

    def records(self, progress: Progress | None = None) -> Iterator[Record]:
        """Every row, in file order (blank CSV/JSON Lines rows as ``blank`` records)."""
        with self._open(progress) as handle:
            if self.kind == "csv":
                yield from self._csv_records(handle)
            elif self.kind == "jsonl":
                yield from self._jsonl_records(handle)
            else:
                for number, line in enumerate(handle, start=1):
                    body, ending = _split_ending(line)
                    yield Record(
                        number, number, [Field(None, None, body)], text=body, ending=ending
                    )

    def _csv_records(self, handle: TextIO) -> Iterator[Record]:
        layout, reader = self._layout(handle)
        names = [name.strip() for name in layout.header]
        id_at = next((i for i, name in enumerate(names) if name.lower() == "id"), None)
        row = 0
        while True:
            line = reader.line_num + 1
            try:
                cells = next(reader, None)
            except csv.Error as error:
                raise InputError(
                    f"unreadable CSV ({error})", row=line, file=str(self.path)
                ) from None
            if cells is None:
                return
            if not cells:
                yield Record(0, line, blank=True)
                continue
            row += 1
            indexes = self.selected if self.selected is not None else range(len(cells))
            fields = [
                Field(
                    names[i] if i < len(names) else f"#{i + 1}",
                    i,
                    cells[i] if i < len(cells) else "",
                )
                for i in indexes
            ]
            ident = cells[id_at] if id_at is not None and id_at < len(cells) else None
            yield Record(row, line, fields, id=ident or None, raw=cells)

    def _jsonl_records(self, handle: TextIO) -> Iterator[Record]:
        row = 0
        for number, line in enumerate(handle, start=1):
            body, ending = _split_ending(line)
            if not body.strip():
                yield Record(0, number, blank=True, text=body, ending=ending)
                continue
            row += 1
            try:
                value = json.loads(body)
            except (ValueError, RecursionError) as error:
                message = f"line {number}: invalid JSON ({error})"
                yield Record(row, number, error=message, text=body, ending=ending)
                continue
            ident = value.get("id") if isinstance(value, dict) else None
            fields = [Field(_name(path), path, text) for path, text in self._strings(value)]
            yield Record(row, number, fields, id=ident, raw=value, text=body, ending=ending)

    def _strings(self, value: Any) -> Iterator[tuple[tuple[str | int, ...], str]]:
        if not self.text_fields:
            yield from strings(value, ())
            return
        seen: set[tuple[str | int, ...]] = set()
        for wanted in self.text_fields:
            found = resolve(value, wanted)
            if found is not None:
                for path, text in strings(found[1], found[0]):
                    if path not in seen:
                        seen.add(path)
                        yield path, text


def _text_records(handle: TextIO) -> Iterator[Record]:
    for number, line in enumerate(handle, start=1):
        body, ending = _split_ending(line)
        yield Record(number, number, [Field(None, None, body)], text=body, ending=ending)


def _cell(names: list[str], cells: list[str], index: int) -> Field:
    """Cell ``index`` of a row; a cell past the header is named by its position (``#7``)."""
    name = names[index] if index < len(names) else f"#{index + 1}"
    return Field(name, index, cells[index] if index < len(cells) else "")


def _name(path: tuple[str | int, ...]) -> str | None:
    return ".".join(str(part) for part in path) if path else None


def strings(value: Any, path: tuple[str | int, ...]) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Every string in a JSON value with its path, in document order (iterative: no depth limit)."""
    stack: list[tuple[tuple[str | int, ...], Any]] = [(path, value)]
    while stack:
        where, item = stack.pop()
        if isinstance(item, str):
            yield where, item
        elif isinstance(item, dict):
            stack.extend(reversed([((*where, k), v) for k, v in item.items()]))
        elif isinstance(item, list):
            stack.extend(reversed([((*where, i), v) for i, v in enumerate(item)]))


def resolve(value: Any, dotted: str) -> tuple[tuple[str | int, ...], Any] | None:
    """The path and value at ``dotted`` (``contact.notes``, ``notes.0``), or None if absent.

    A top-level key that itself contains dots is matched first."""
    if isinstance(value, dict) and dotted in value:
        return (dotted,), value[dotted]
    path: list[str | int] = []
    for part in dotted.split("."):
        if isinstance(value, dict) and part in value:
            value = value[part]
            path.append(part)
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
            path.append(int(part))
        else:
            return None
    return tuple(path), value


def set_at(document: Any, path: tuple[str | int, ...], new: str) -> Any:
    """``document`` with the string at ``path`` replaced by ``new`` (changed in place)."""
    if not path:
        return new
    target = document
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = new
    return document
