"""Cut a contact file into blocks of whole rows that separate processes can read on their own.

A block ends on a newline that is not inside a quoted CSV cell: in CSV every ``"`` belongs to
a quoted cell (a literal quote is written ``""``), so a newline preceded by an even number of
quotes since the start of the file ends a row. JSON Lines never has a raw newline inside a
line. Each block knows the file line it starts on, so errors still name the right line.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from licite.core.errors import InputError
from licite.core.flat import check_header

BLOCK_BYTES = 2 << 20
Payload = list[str] | str


@dataclass(frozen=True, slots=True)
class Block:
    """Bytes ``start``..``end`` of a file; its first byte begins file line ``first_line``."""

    index: int
    start: int
    end: int
    first_line: int


def read_header(path: Path, fmt: str) -> tuple[list[str], int]:
    """The CSV header (checked) and the byte offset where the data starts."""
    if fmt != "csv":
        return [], 0
    with path.open("rb") as raw:
        first = raw.readline()
    text = first.decode("utf-8-sig", errors="replace")
    header = next(csv.reader([text]), [])
    try:
        check_header(header)
    except InputError as error:
        raise error.located(row=1, file=str(path)) from None
    return header, len(first)


def split_blocks(
    path: Path,
    fmt: str,
    start: int,
    block_bytes: int = BLOCK_BYTES,
    progress: Callable[[int], None] | None = None,
) -> Iterator[Block]:
    """Blocks of about ``block_bytes`` covering ``path`` from ``start`` to its end."""
    quotes_odd = False
    line = 2 if start else 1
    index = 0
    with path.open("rb") as raw:
        raw.seek(start)
        carry = b""
        offset = start
        while True:
            data = raw.read(block_bytes)
            if not data and not carry:
                return
            buffer = carry + data
            cut = _last_row_end(buffer, quotes_odd, fmt) if data else len(buffer)
            if cut < 0:
                carry = buffer
                continue
            piece = buffer[:cut]
            yield Block(index, offset, offset + len(piece), line)
            if progress:
                progress(len(piece))
            index += 1
            line += piece.count(b"\n")
            if fmt == "csv":
                quotes_odd ^= piece.count(b'"') % 2 == 1
            offset += len(piece)
            carry = buffer[cut:]


def _last_row_end(buffer: bytes, quotes_odd: bool, fmt: str) -> int:
    """Index just after the last newline of ``buffer`` that ends a row, or -1."""
    position = buffer.rfind(b"\n")
    if fmt != "csv":
        return position + 1 if position >= 0 else -1
    while position >= 0:
        inside = quotes_odd ^ (buffer.count(b'"', 0, position) % 2 == 1)
        if not inside:
            return position + 1
        position = buffer.rfind(b"\n", 0, position)
    return -1


def read_block(path: Path, block: Block) -> str:
    """The text of a block; undecodable bytes become U+FFFD (their rows are then rejected)."""
    with path.open("rb") as raw:
        raw.seek(block.start)
        data = raw.read(block.end - block.start)
    return data.decode("utf-8-sig" if block.start == 0 else "utf-8", errors="replace")


def block_rows(text: str, fmt: str, block: Block) -> Iterator[tuple[int, Payload]]:
    """The rows of a block's text as (file line, CSV cells or JSON text); blank rows skipped."""
    if fmt == "csv":
        reader = csv.reader(io.StringIO(text, newline=""))
        base = block.first_line - 1
        for cells in reader:
            if cells:
                yield base + reader.line_num, cells
        return
    for number, row in enumerate(text.splitlines(), start=block.first_line):
        if row.strip():
            yield number, row
