"""The scrub's per-value loops in C, when the optional extension is built.

:mod:`licite.scrub._kernels` (``_kernels.c``) is compiled at install where a C compiler is
there, :mod:`licite.scrub._hmac` (``_hmac.c``, keyed hashes) where OpenSSL's headers are there
too; both read an Arrow string array's buffers in place. Where one is missing, or with
``LICITE_SCRUB_KERNELS=0`` in the environment (to measure or test the other way), callers do
the same work in DuckDB, Arrow and Python: :func:`available` and :func:`hmac_available` tell
which. Both ways give the same results, value for value (``tests/scrub/test_scrub_kernels.py``,
``test_scrub_keys.py`` and the tests run in both modes).
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from itertools import pairwise
from types import ModuleType

import numpy as np
import numpy.typing as npt
import pyarrow as pa

from licite.scrub.rows import fixed_strings, prefixed, strings_at

_compiled: ModuleType | None
try:
    from licite.scrub import _kernels as _compiled
except ImportError:  # no compiler at install: the DuckDB/Arrow way
    _compiled = None
_hmac: ModuleType | None
try:
    from licite.scrub import _hmac
except ImportError:  # no compiler or no OpenSSL headers at install: hashing's Python way
    _hmac = None


#: The bit of a plain tail that says the value was written ``+33`` (``PLUS`` in the C code).
_PLUS = np.uint32(0x80000000)
#: From this many values, the keyed hashing runs in two threads.
_HMAC_SPLIT = 100_000
#: From this many list tails, the probe runs in two threads.
_PROBE_SPLIT = 1_000_000


def built() -> bool:
    """The C kernels were compiled at install."""
    return _compiled is not None


def hmac_built() -> bool:
    """The keyed hashing in C (``_hmac.c``, which needs OpenSSL's headers) was compiled."""
    return _hmac is not None


def _on() -> bool:
    return os.environ.get("LICITE_SCRUB_KERNELS", "1") != "0"


def available() -> bool:
    """The C kernels are built and not turned off (``LICITE_SCRUB_KERNELS=0``)."""
    return _compiled is not None and _on()


def hmac_available() -> bool:
    """The keyed hashing in C is built and not turned off (same switch)."""
    return _hmac is not None and _on()


def _kernels() -> ModuleType:
    if not available():
        raise RuntimeError("the scrub's C kernels are not available (see kernels.available)")
    assert _compiled is not None
    return _compiled


def _buffers(array: pa.Array) -> tuple[pa.Buffer | None, pa.Buffer, pa.Buffer | bytes, int, int]:
    """What the kernels read of a ``pa.string()`` array: validity (or None), offsets, data,
    the array's offset and length."""
    if not pa.types.is_string(array.type):
        raise TypeError(f"the scrub's kernels read pa.string() arrays, not {array.type}")
    validity, offsets, data = array.buffers()
    if offsets is None:  # an empty array may have none
        offsets = pa.py_buffer(np.zeros(array.offset + len(array) + 1, np.int32))
    return validity, offsets, data if data is not None else b"", array.offset, len(array)


#: What :func:`french_digits` says of each value: not a French number written with
#: separators after a label at most (or null); one that does not open on 0 once white space is
#: trimmed (``+33…``, ``Tél : 06…``: never retried overseas); ``0`` and the nine digits,
#: opening on 0 (the overseas retry's form); another form opening on 0 (``0033…``).
NOT_FRENCH, NOT_ON_ZERO, ZERO_AND_NINE, OTHER_ON_ZERO = 0, 1, 2, 3


def french_digits(array: pa.Array) -> tuple[npt.NDArray[np.uint8], npt.NDArray[np.uint8]]:
    """(forms, digits): the form of each value (:data:`NOT_FRENCH` when it is not written as a
    French number with separators anywhere, after a label at most:
    :data:`licite.scrub.notation.LABELLED_FRENCH`, ``Tél : 06 12 34 56 78``), and the nine
    digits of those that are (their last nine), in order: ASCII, one row each."""
    forms, digits = _kernels().french_digits(*_buffers(array))
    nine = np.frombuffer(digits, dtype=np.uint8).reshape(-1, 9)
    return np.frombuffer(forms, dtype=np.uint8), nine


def french_nine(array: pa.Array) -> pa.Array:
    """:func:`french_digits` as a string array: each French value's nine digits, null for the
    others and for nulls."""
    forms, digits = french_digits(array)
    return fixed_strings(forms != NOT_FRENCH, digits)


def international_compact(array: pa.Array) -> pa.Array:
    """For each value that, once its separators are removed, is a number in international
    notation (:data:`licite.scrub.notation.INTERNATIONAL`) but not a French one
    (:data:`licite.scrub.notation.FRENCH`): that text without separators; null for the others
    and for nulls."""
    ends, text = _kernels().international_compact(*_buffers(array))
    offsets = np.frombuffer(ends, dtype=np.int32)
    found = pa.array(offsets[1:] != offsets[:-1])
    return pa.Array.from_buffers(
        pa.string(), len(array), [found.buffers()[1], pa.py_buffer(ends), pa.py_buffer(text)]
    )


def keyed_digests(key: bytes, prefix: bytes, strings: pa.Array | pa.ChunkedArray) -> pa.Buffer:
    """HMAC-SHA-256 of ``prefix`` + each value (``key``: the HMAC key padded to 64 bytes), 32
    bytes each in order, zeros for a null; in two threads from :data:`_HMAC_SPLIT` values,
    each writing its half in place (a chunked column's chunks in place too, never joined)."""
    if _hmac is None or not _on():
        raise RuntimeError("the keyed hashing in C is not available (see kernels.hmac_available)")
    compute = _hmac.keyed_digests
    out = np.empty(32 * len(strings), dtype=np.uint8)
    halves = (
        [0, len(strings)] if len(strings) < _HMAC_SPLIT else [0, len(strings) // 2, len(strings)]
    )
    parts = [(strings.slice(lo, hi - lo), out[32 * lo : 32 * hi]) for lo, hi in pairwise(halves)]
    if isinstance(strings, pa.ChunkedArray):  # each half's chunks, each into its own place
        parts = [
            (chunk, place[32 * start : 32 * (start + len(chunk))])
            for half, place in parts
            for chunk, start in _placed(half.chunks)
        ]
    with ThreadPoolExecutor(len(parts)) as pool:
        list(pool.map(lambda part: compute(key, prefix, *_buffers(part[0]), part[1]), parts))
    return pa.py_buffer(out)


def _placed(chunks: list[pa.Array]) -> list[tuple[pa.Array, int]]:
    """Each chunk and where it starts among them."""
    starts = np.cumsum([0] + [len(chunk) for chunk in chunks])
    return [(chunk, int(start)) for chunk, start in zip(chunks, starts, strict=False)]


def tail_table(keys: pa.Array | pa.ChunkedArray) -> bytes:
    """The hash set of the last nine digits of the contacts' keys (those that are digits)."""
    compiled = _kernels()
    chunks = keys.chunks if isinstance(keys, pa.ChunkedArray) else [keys]
    tails = b"".join(compiled.key_tails(*_buffers(chunk)) for chunk in chunks)
    table: bytes = compiled.tail_table(tails)
    return table


def plain_split(values: pa.Array) -> tuple[pa.Array, npt.NDArray[np.uint32]]:
    """A list's values split: those not in plain notation (:data:`licite.scrub.notation.PLAIN`)
    as they are, nulls included; and the plain ones as 4-byte tails (their nine digits, the
    top bit set for ``+33``), which :func:`plain_values` writes back and :func:`tails_in`
    tests against the contacts."""
    plain, tails = _kernels().plain_split(*_buffers(values))
    others = values.filter(pa.array(~np.frombuffer(plain, dtype=np.bool_)))
    return others, np.frombuffer(tails, dtype=np.uint32)


def line_tails(block: bytes | memoryview) -> tuple[npt.NDArray[np.uint32], pa.Array] | None:
    """:func:`plain_split` of a list file's ``block`` of whole lines (each ended by ``\n`` or
    ``\r\n``) when every line is 1 to 64 digits or ``+``: (the PLAIN lines' tails, the other
    lines); None when a line has another shape (see :mod:`licite.scrub.list_lines`)."""
    split = _kernels().line_tails(block)
    if split is None:
        return None
    tails, ends, text = split
    count = len(ends) // 4 - 1
    buffers = [None, pa.py_buffer(ends), pa.py_buffer(text)]
    others = pa.Array.from_buffers(pa.string(), count, buffers)
    return np.frombuffer(tails, dtype=np.uint32), others


def tails_in(tails: npt.NDArray[np.uint32], table: bytes) -> npt.NDArray[np.bool_]:
    """Which tails (as :func:`plain_split` gives them) end some contact key (``table``:
    :func:`tail_table`); in two threads from :data:`_PROBE_SPLIT` tails (the probe releases
    the GIL)."""
    probe = _kernels().tails_in
    tails = np.ascontiguousarray(tails, dtype=np.uint32)
    if len(tails) < _PROBE_SPLIT:
        return np.frombuffer(probe(table, tails), dtype=np.bool_)
    half = len(tails) // 2
    with ThreadPoolExecutor(2) as pool:
        parts = list(pool.map(lambda part: probe(table, part), (tails[:half], tails[half:])))
    return np.frombuffer(b"".join(parts), dtype=np.bool_)


def plain_values(tails: npt.NDArray[np.uint32]) -> pa.Array:
    """The values the tails were read from: ``0`` or ``+33`` and the nine digits."""
    plus = (tails & _PLUS) != 0
    number = tails & ~np.uint32(_PLUS)
    digits = np.empty((len(tails), 9), dtype=np.uint8)
    for position in range(8, -1, -1):
        digits[:, position] = number % 10 + ord("0")
        number //= 10
    national, international = np.flatnonzero(~plus), np.flatnonzero(plus)
    return strings_at(
        len(tails),
        [
            (national, prefixed("0", digits[national])),
            (international, prefixed("+33", digits[international])),
        ],
    )


__all__ = [
    "NOT_FRENCH",
    "NOT_ON_ZERO",
    "OTHER_ON_ZERO",
    "ZERO_AND_NINE",
    "available",
    "built",
    "french_digits",
    "french_nine",
    "hmac_available",
    "hmac_built",
    "international_compact",
    "keyed_digests",
    "plain_split",
    "plain_values",
    "tail_table",
    "tails_in",
]
