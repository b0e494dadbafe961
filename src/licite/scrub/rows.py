"""String arrays written from rows of bytes, with numpy, straight into Arrow's buffers.

The C kernels and the digit automata hand numbers back as rows of ASCII bytes of one width
(nine digits, ``+33`` and nine digits…): a string array over them needs only its offsets (a
running sum) and its validity, where building each string in Python, or joining columns in
Arrow, cost several times as much.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc


def fixed_strings(present: npt.NDArray[np.bool_], rows: npt.NDArray[np.uint8]) -> pa.Array:
    """A ``pa.string()`` array as long as ``present``: where it is True, the next row of
    ``rows`` (bytes of one width, UTF-8), in order; null elsewhere. Written straight into the
    array's buffers."""
    width = rows.shape[1]
    offsets = np.zeros(len(present) + 1, dtype=np.int32)
    np.cumsum(present, out=offsets[1:])
    offsets *= width
    validity = pa.array(present).buffers()[1]
    data = pa.py_buffer(np.ascontiguousarray(rows).reshape(-1))
    return pa.Array.from_buffers(pa.string(), len(present), [validity, pa.py_buffer(offsets), data])


def prefixed(prefix: str, rows: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint8]:
    """``prefix`` (ASCII) before each row of bytes."""
    head = np.frombuffer(prefix.encode("ascii"), dtype=np.uint8)
    out = np.empty((len(rows), len(head) + rows.shape[1]), dtype=np.uint8)
    out[:, : len(head)] = head
    out[:, len(head) :] = rows
    return out


def strings_at(
    size: int, parts: Sequence[tuple[npt.NDArray[np.intp], npt.NDArray[np.uint8]]]
) -> pa.Array:
    """A ``pa.string()`` array of ``size`` values: each part's rows (bytes of one width) at its
    positions, in any order (no position in two parts); null elsewhere."""
    arrays = []
    for positions, rows in parts:
        if not len(positions):
            continue
        if len(positions) > 1 and (positions[1:] < positions[:-1]).any():
            order = np.argsort(positions)
            positions, rows = positions[order], rows[order]
        present = np.zeros(size, dtype=np.bool_)
        present[positions] = True
        arrays.append(fixed_strings(present, rows))
    if not arrays:
        return pa.nulls(size, pa.string())
    return arrays[0] if len(arrays) == 1 else pc.coalesce(*arrays)


__all__ = ["fixed_strings", "prefixed", "strings_at"]
