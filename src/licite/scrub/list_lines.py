"""A list file of bare numbers, one a line, split for the matching without DuckDB.

Why: most opposition lists are one column of numbers (Bloctel's files, a platform's SMS
blocklist, a firm's own export), and DuckDB's CSV reader cost 1.7 CPU-s for 10M such lines
before the C kernels saw a value: more than the rest of the matching at 1M contacts. On such a
file every line *is* a value, so the lines go straight to :func:`licite.scrub.kernels.line_tails`
(0.2 CPU-s). That holds only for lines of 1 to 64 digits or ``+``, ended by ``\\n`` or
``\\r\\n``: no quote, delimiter, space, empty line or other encoding can change what a CSV
reader takes from them. On any other line the answer is None, and the caller reads the file
with DuckDB, the reference (the tests hold both ways equal).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pyarrow as pa

from licite.scrub import kernels

#: Bytes of the file read at a time (a block ends at its last whole line).
BLOCK = 16 * 1024 * 1024
#: The longest line read here, ``\r\n`` included (``LINE_MOST`` in ``_kernels.c``, plus 2).
_LONGEST = 66
#: The longest header read here (a file of other line ends is never read whole as one line).
_HEADER_MOST = 4096


@dataclass(frozen=True, slots=True)
class LineFile:
    """A one-column CSV/TXT list file: its path and whether its first line is a header (which
    DuckDB then skips, as this reader does)."""

    path: Path
    header: bool


def line_phones(
    lines: LineFile, block: int = BLOCK
) -> tuple[pa.Array, npt.NDArray[np.uint32]] | None:
    """The file's values as :func:`licite.scrub.kernels.plain_split` gives them (those not in
    plain notation, the plain ones' tails), in file order; None when the kernels are off, the
    file cannot be read here, or a line is not a bare number (see the module doc)."""
    if not kernels.available():
        return None
    others: list[pa.Array] = []
    tails: list[npt.NDArray[np.uint32]] = []
    try:
        with lines.path.open("rb") as handle:
            if lines.header and not _plain_header(handle.readline(_HEADER_MOST)):
                return None
            rest = b""  # the start of a line the last block cut
            while True:
                data = handle.read(block)
                # At the end of the file, its last line may lack its line end.
                ending = data or (b"\n" if rest else b"")
                chunk = rest + ending
                cut = chunk.rfind(b"\n") + 1
                rest = chunk[cut:]
                if len(rest) > _LONGEST:  # a line too long for a number: not held whole
                    return None
                split = kernels.line_tails(memoryview(chunk)[:cut])
                if split is None:
                    return None
                tails.append(split[0])
                others.append(split[1])
                if not data:
                    break
    except OSError:  # DuckDB then reports it, as for any list
        return None
    return pa.concat_arrays(others), np.concatenate(tails)


def _plain_header(line: bytes) -> bool:
    """A header DuckDB reads as this one line: ended within :data:`_HEADER_MOST` bytes, not
    empty (DuckDB skips empty lines before the header), no quote (a quoted header may span
    lines) and no carriage return but the one ending it."""
    if len(line) == _HEADER_MOST and not line.endswith(b"\n"):
        return False
    text = line.removesuffix(b"\n").removesuffix(b"\r")
    return bool(text) and b'"' not in text and b"\r" not in text


__all__ = ["BLOCK", "LineFile", "line_phones"]
