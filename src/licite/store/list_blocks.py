"""How a list's keyed hashes are packed: sorted blocks of binary digests, one row each.

A list of ten million numbers stored one row per hash cost over a minute to import (three
B-trees of random 64-character keys grew on every insert) and as long again to look a
million contacts up. Packed, the same list is ~300 rows of about a megabyte: each block holds
up to :data:`BLOCK_ENTRIES` digests, sorted, with their ``listed`` flag and ``checked_at``, as
an Arrow IPC stream (a documented format any Arrow tool reads), and the row keeps the block's
first and last hash so a lookup reads only the blocks whose range holds what it seeks.

Matching is vectorised: the sought digests are ordered once by the leading bits of their
first eight bytes, each block's slice of them is found by bisection, matched with
``numpy.searchsorted`` on those bits and checked on the whole digests. Nothing here knows
SQL (:mod:`licite.store.lists` does) or a plaintext value (the digests are keyed hashes).
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


#: Positions written into the sort keys a slice at a time (all at once: 160 MB more at 20M).
_POSITIONS = 1 << 20


def sort_order(digests: Digests) -> npt.NDArray[np.intp]:
    """The order that sorts ``digests`` bytewise: by their first eight bytes as an integer
    (several times faster than comparing 32-byte strings, see :func:`_prefix_order`), whole
    digests only where the leading bits kept there tie (a few hundred runs at 20M digests,
    each sorted again on its own)."""
    order, leading, _ = _prefix_order(_prefix(digests))
    ties = np.flatnonzero(leading[1:] == leading[:-1])
    del leading
    if len(ties):
        breaks = np.diff(ties) > 1
        starts = ties[np.concatenate(([True], breaks))]
        ends = ties[np.concatenate((breaks, [True]))] + 2
        for start, end in zip(starts.tolist(), ends.tolist(), strict=True):
            run = order[start:end]
            order[start:end] = run[np.argsort(digests[run], kind="stable")]
    return order


def _prefix_order(
    prefixes: npt.NDArray[np.uint64],
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.uint64], int]:
    """(order, leading, shift): an order that sorts ``prefixes`` by their leading bits, those
    bits in that order (the ``shift`` low bits zero), and ``shift``. One in-place sort of
    integers that hold each prefix's leading bits and its position in the ``shift`` low ones:
    NumPy sorts 8.27M integers in 0.2 s where its argsort took 1.5-2 s. Prefixes whose leading
    bits tie come in position order (they may differ in the bits dropped). ``prefixes`` (a
    fresh array: :func:`_prefix`) becomes ``leading``, so that no more than it and the order
    are ever held (20M digests: 160 MB each)."""
    shift = max(1, (len(prefixes) - 1).bit_length())
    low = np.uint64((1 << shift) - 1)
    keyed = prefixes
    keyed &= ~low
    for start in range(0, len(keyed), _POSITIONS):
        end = min(len(keyed), start + _POSITIONS)
        keyed[start:end] |= np.arange(start, end, dtype=np.uint64)
    keyed.sort()
    order = keyed & low
    keyed &= ~low
    return order.view(np.intp), keyed, shift


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
    """Digests looked up, left in place: their order by the leading bits of their eight-byte
    prefix, and those bits in that order (the ``shift`` low bits zero: see
    :func:`_prefix_order`). Whole digests are gathered only for the few a block may hold (a
    sorted copy of ten million digests took 320 MB)."""

    digests: Digests
    order: npt.NDArray[np.intp]
    prefixes: npt.NDArray[np.uint64]
    shift: int


def sought(digests: Digests) -> Sought:
    """``digests`` ready to be looked up in blocks. Equal leading bits may come in any order
    (each position is looked up on its own, and :func:`found_in` checks whole digests)."""
    return Sought(digests, *_prefix_order(_prefix(digests)))


def _leading(prefix: int | npt.NDArray[np.uint64], shift: int) -> npt.NDArray[np.uint64]:
    """Prefixes cut to the leading bits that :class:`Sought` compares."""
    return np.asarray(prefix, dtype=np.uint64) & ~np.uint64((1 << shift) - 1)


def match(wanted: Sought, first_hash: str, last_hash: str) -> slice:
    """The slice of ``wanted`` (in prefix order) a block's range can hold (empty: skip its
    body). By leading bits, so a few neighbours of the range may come too: :func:`found_in`
    checks whole digests."""
    low, high = (
        _leading(int.from_bytes(bytes.fromhex(h[:16]), "big"), wanted.shift)
        for h in (first_hash, last_hash)
    )
    start = int(np.searchsorted(wanted.prefixes, low, "left"))
    return slice(start, int(np.searchsorted(wanted.prefixes, high, "right")))


def found_in(
    block: pa.RecordBatch, wanted: Sought, part: slice
) -> tuple[npt.NDArray[np.intp], pa.Array]:
    """Which of ``wanted[part]`` the block holds: their positions in the sought digests and
    the block's row for each."""
    held = as_digests(block.column(0))
    if len(held) == 0 or part.stop <= part.start:
        return np.empty(0, dtype=np.intp), pa.array([], pa.int64())
    held_prefix = _leading(_prefix(held), wanted.shift)
    prefixes = wanted.prefixes[part]
    rows = np.minimum(np.searchsorted(held_prefix, prefixes), len(held) - 1)
    candidate = held_prefix[rows] == prefixes
    positions, rows = wanted.order[part][candidate], rows[candidate]
    whole = wanted.digests[positions]
    hit = held[rows] == whole
    if not hit.all():  # another held digest shares the leading bits: search whole digests
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
