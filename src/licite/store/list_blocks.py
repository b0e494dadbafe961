"""How a list's keyed hashes are packed: sorted blocks of binary digests, one row each.

A list of ten million numbers stored one row per hash cost over a minute to import (three
B-trees of random 64-character keys grew on every insert) and as long again to look a
million contacts up. Packed, the same list is ~300 rows of about a megabyte: each block holds
up to :data:`BLOCK_ENTRIES` digests, sorted, with their ``listed`` flag and ``checked_at``, as
an Arrow IPC stream (a documented format any Arrow tool reads), and the row keeps the block's
first and last hash so a lookup reads only the blocks whose range holds what it seeks.

Matching is vectorised: the sought digests are ordered once by their first eight bytes, each
block's slice of them is found by bisection, matched with ``numpy.searchsorted`` on those
prefixes and checked on the whole digests. Nothing here knows SQL (:mod:`licite.store.lists`
does) or a plaintext value (the digests are keyed hashes).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.ipc as ipc

from licite.core.keyed import DIGEST_BYTES

#: Digests per block: ~1 MB rows, few enough that a 20M list is ~600 rows.
BLOCK_ENTRIES = 32_768
DIGEST = pa.binary(DIGEST_BYTES)
TIMESTAMP = pa.timestamp("us", tz="UTC")
#: The check dates are run-end encoded (an import gives every entry the same one): a block is
#: then its digests and a bitmap. Not compressed: digests do not compress, and zstd made
#: decoding 25 times slower (0.4 ms a block against 0.017) for 20 % less space.
_DATES = pa.run_end_encoded(pa.int32(), TIMESTAMP)
_SCHEMA = pa.schema([("h", DIGEST), ("listed", pa.bool_()), ("checked_at", _DATES)])

Digests = npt.NDArray[np.bytes_]


@dataclass(frozen=True, slots=True)
class Block:
    """One packed block: its range (hex, as indexed), size and encoded body."""

    first_hash: str
    last_hash: str
    entry_count: int
    body: bytes


def as_digests(array: pa.Array, *, nulls: bool = False) -> Digests:
    """A ``binary(32)`` Arrow array as a NumPy ``S32`` view, without a copy. Nulls are refused
    unless ``nulls``: the caller then ignores what their slots hold."""
    if array.type != DIGEST:
        raise TypeError(f"expected binary({DIGEST_BYTES}) digests, got {array.type}")
    if array.null_count and not nulls:
        raise ValueError("a digest column holds no nulls")
    data = array.buffers()[1]
    assert data is not None
    start = array.offset * DIGEST_BYTES
    return np.frombuffer(data, dtype=f"S{DIGEST_BYTES}", count=len(array), offset=start)


#: Digests whose sorted prefixes are compared at once when looking for ties.
_TIE_SLICE = 1 << 20


def sort_order(digests: Digests) -> npt.NDArray[np.intp]:
    """The order that sorts ``digests`` bytewise: by their first eight bytes as an integer
    (several times faster than comparing 32-byte strings), whole digests only on a tie. The
    default sort, not a stable one: distinct prefixes have one order, and a tie is sorted
    again on whole digests (20M prefixes: about a third of the stable sort's time)."""
    prefixes = _prefix(digests)
    order = np.argsort(prefixes)
    # Ties looked for a slice at a time: the sorted prefixes of twenty million digests at once
    # would be 160 MB more at the import's peak.
    for start in range(0, len(order), _TIE_SLICE):
        ordered = prefixes[order[start : start + _TIE_SLICE + 1]]
        if np.any(ordered[1:] == ordered[:-1]):  # two digests share eight bytes: 1 in 10^5 at 20M
            return np.argsort(digests, kind="stable")
    return order


def _prefix(digests: Digests) -> npt.NDArray[np.uint64]:
    """The first eight bytes of each digest as an integer: same order, cheaper to compare."""
    leading = np.ascontiguousarray(digests).view(np.uint8).reshape(-1, DIGEST_BYTES)[:, :8]
    prefix = leading.copy().view(np.uint64).ravel()
    if np.little_endian:  # the bytes read as a big-endian integer, swapped in place
        prefix.byteswap(inplace=True)
    return prefix


def pack(digests: pa.Array, listed: pa.Array, checked_at: pa.Array) -> Iterator[Block]:
    """Blocks of ``digests`` (distinct, any order) with their flags and check dates
    (``checked_at`` may be dictionary-encoded: an import's one date is then not repeated
    for every entry, only decoded a block at a time)."""
    table = pa.table({"h": digests, "listed": listed, "checked_at": checked_at})
    order = sort_order(as_digests(digests))
    for start in range(0, table.num_rows, BLOCK_ENTRIES):
        # Taken a block at a time: a sorted copy of the whole list would double its memory.
        part = table.take(pa.array(order[start : start + BLOCK_ENTRIES]))
        hashes, flags, dates = (column.combine_chunks() for column in part.columns)
        if pa.types.is_dictionary(dates.type):
            dates = dates.dictionary_decode()
        dates = pc.run_end_encode(dates.cast(TIMESTAMP), run_end_type=pa.int32())
        yield encode(pa.RecordBatch.from_arrays([hashes, flags, dates], schema=_SCHEMA))


def encode(batch: pa.RecordBatch) -> Block:
    """One sorted batch as a block."""
    sink = pa.BufferOutputStream()
    with ipc.new_stream(sink, _SCHEMA) as writer:
        writer.write_batch(batch)
    hashes = batch.column(0)
    first, last = hashes[0].as_py(), hashes[len(hashes) - 1].as_py()
    return Block(first.hex(), last.hex(), batch.num_rows, sink.getvalue().to_pybytes())


def decode(body: bytes) -> pa.RecordBatch:
    """A block's entries (zero copy): ``h`` (binary(32), sorted), ``listed``, ``checked_at``
    (run-end encoded: :func:`entry_rows` decodes it)."""
    return ipc.open_stream(pa.py_buffer(body)).read_next_batch()


@dataclass(frozen=True, slots=True)
class Sought:
    """Digests looked up, left in place: their order by eight-byte prefix, and the prefixes in
    that order. Whole digests are gathered only for the few a block may hold (a sorted copy
    of ten million digests took 320 MB)."""

    digests: Digests
    order: npt.NDArray[np.intp]
    prefixes: npt.NDArray[np.uint64]


def sought(digests: Digests) -> Sought:
    """``digests`` ready to be looked up in blocks. Equal prefixes may come in any order (each
    position is looked up on its own): NumPy's default sort, not a stable one (0.66 s against
    1.78 s for the 8.27M digests of a 10M-contact scrub)."""
    prefixes = _prefix(digests)
    order = np.argsort(prefixes)
    return Sought(digests, order, prefixes[order])


def match(wanted: Sought, first_hash: str, last_hash: str) -> slice:
    """The slice of ``wanted`` (in prefix order) a block's range can hold (empty: skip its
    body). By prefix, so a few neighbours of the range may come too: :func:`found_in` checks
    whole digests."""
    low, high = (int.from_bytes(bytes.fromhex(h[:16]), "big") for h in (first_hash, last_hash))
    start = int(np.searchsorted(wanted.prefixes, np.uint64(low), "left"))
    return slice(start, int(np.searchsorted(wanted.prefixes, np.uint64(high), "right")))


def found_in(
    block: pa.RecordBatch, wanted: Sought, part: slice
) -> tuple[npt.NDArray[np.intp], pa.Array]:
    """Which of ``wanted[part]`` the block holds: their positions in the sought digests and
    the block's row for each."""
    held = as_digests(block.column(0))
    if len(held) == 0 or part.stop <= part.start:
        return np.empty(0, dtype=np.intp), pa.array([], pa.int64())
    held_prefix = _prefix(held)
    prefixes = wanted.prefixes[part]
    rows = np.minimum(np.searchsorted(held_prefix, prefixes), len(held) - 1)
    candidate = held_prefix[rows] == prefixes
    positions, rows = wanted.order[part][candidate], rows[candidate]
    whole = wanted.digests[positions]
    hit = held[rows] == whole
    if not hit.all():  # another held digest shares the eight bytes: search whole digests
        exact = np.minimum(np.searchsorted(held, whole[~hit]), len(held) - 1)
        rows[~hit] = exact
        hit[~hit] = held[exact] == whole[~hit]
    return positions[hit], pa.array(rows[hit])


def plain_column(block: pa.RecordBatch, index: int) -> pa.Array:
    """A decoded block's column ``index``, the dates run-end decoded."""
    column = block.column(index)
    return pc.run_end_decode(column) if column.type == _DATES else column


def entry_rows(
    block: pa.RecordBatch, rows: pa.Array | None
) -> Iterator[tuple[str, bool, datetime | None]]:
    """Chosen rows of a block (all when None) as (hex hash, listed, checked_at): small
    lookups and exports."""
    columns = [plain_column(block, i) for i in range(3)]
    if rows is not None:
        columns = [column.take(rows) for column in columns]
    hashes, flags = columns[0].to_pylist(), columns[1].to_pylist()
    checked = pc.cast(columns[2], pa.int64()).to_pylist()
    for digest, flag, micros in zip(hashes, flags, checked, strict=True):
        yield digest.hex(), bool(flag), _instant(micros)


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


def _instant(micros: int | None) -> datetime | None:
    return None if micros is None else _EPOCH + timedelta(microseconds=micros)


def timestamps(values: Sequence[datetime | None]) -> pa.Array:
    """Aware datetimes (or None) as the blocks' UTC timestamp column; naive ones are refused,
    as the store refuses them everywhere."""
    micros: list[int | None] = []
    for value in values:
        if value is not None and value.utcoffset() is None:
            raise ValueError(f"naive datetime refused by the store: {value.isoformat()}")
        micros.append(None if value is None else (value - _EPOCH) // _MICROSECOND)
    return pa.array(micros, pa.int64()).cast(TIMESTAMP)


def same_date(value: datetime | None, count: int) -> pa.Array:
    """One date (or None) for ``count`` entries, dictionary-encoded: one byte an entry where
    a repeated timestamp column takes eight (160 MB at twenty million numbers)."""
    indices = pa.array(np.zeros(count, dtype=np.int8))
    return pa.DictionaryArray.from_arrays(indices, timestamps([value]))


__all__ = [
    "BLOCK_ENTRIES",
    "DIGEST",
    "Block",
    "Digests",
    "Sought",
    "as_digests",
    "decode",
    "encode",
    "entry_rows",
    "found_in",
    "match",
    "pack",
    "plain_column",
    "same_date",
    "sort_order",
    "sought",
    "timestamps",
]
