"""Keyed hashes for a whole column, as the binary digests the stored lists are packed in.

HMAC-SHA-256 is two SHA-256 passes over the padded key (RFC 2104):
``H((K ^ opad) || H((K ^ ipad) || m))``. The inner state after ``K ^ ipad || kind:`` and the
outer state after ``K ^ opad`` are the same for every value, so they are computed once and
copied: each value then costs the two compressions it must, ~0.6 µs in CPython against 1.4 µs
for ``hmac.digest`` and 1.2 µs for DuckDB's ``sha256`` (measured here). Columns of more than
:data:`_POOL_THRESHOLD` values are split over the cores. The message is the same
``kind:normalised`` as :func:`licite.core.keyed.keyed_hash`, and a test holds both equal.

Where the optional C extension ``_hmac`` is built (a compiler and OpenSSL's headers at
install), the same loop runs in C, in two threads: ~0.1 µs a value instead of ~1.5 µs
(:func:`licite.scrub.kernels.keyed_digests`); tests hold it equal too.
"""

from __future__ import annotations

import hashlib
import mmap
import os
from concurrent.futures import ProcessPoolExecutor
from itertools import pairwise
from multiprocessing import get_context
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa

from licite.core.keyed import DIGEST_BYTES, SECRET_BYTES, KeyKind
from licite.scrub import kernels

DIGEST = pa.binary(DIGEST_BYTES)
_BLOCK = 64  # SHA-256's block size in bytes
_POOL_THRESHOLD = 200_000
_CHUNK = 65_536  # offsets turned into Python integers a chunk at a time
#: What forked workers read: set just before the pool starts, inherited, never pickled.
_SHARED: dict[str, Any] = {}


def _key_block(secret: bytes) -> bytes:
    """The HMAC key, hashed when longer than a block, padded to one block (RFC 2104)."""
    if len(secret) < SECRET_BYTES:
        raise ValueError(f"the hashing secret must hold at least {SECRET_BYTES} bytes")
    if len(secret) > _BLOCK:
        secret = hashlib.sha256(secret).digest()
    return secret.ljust(_BLOCK, b"\0")


def _states(secret: bytes, kind: KeyKind) -> tuple[hashlib._Hash, hashlib._Hash]:
    """The inner state after ``K ^ ipad`` and ``kind:``, the outer after ``K ^ opad``."""
    key = _key_block(secret)
    inner = hashlib.sha256(bytes(b ^ 0x36 for b in key))
    inner.update(f"{kind}:".encode())
    return inner, hashlib.sha256(bytes(b ^ 0x5C for b in key))


def _digest_range(start: int, stop: int) -> None:
    """Write the digests of values ``start:stop`` of the shared column into the shared output,
    a chunk at a time (ten million digests held as Python objects would take 650 MB)."""
    data: memoryview = _SHARED["data"]
    offsets: npt.NDArray[np.int64] = _SHARED["offsets"]
    out: mmap.mmap = _SHARED["out"]
    inner, outer = _SHARED["states"]
    fresh_inner, fresh_outer = inner.copy, outer.copy
    blank = fresh_outer()
    blank.update(inner.digest())
    empty = blank.digest()  # of an empty value: what a null slot holds (a tenth of a scrub's)
    for low in range(start, stop, _CHUNK):
        high = min(low + _CHUNK, stop)
        digests: list[bytes] = []
        append = digests.append
        for begin, end in pairwise(offsets[low : high + 1].tolist()):
            if begin == end:
                append(empty)
                continue
            message = fresh_inner()
            message.update(data[begin:end])
            final = fresh_outer()
            final.update(message.digest())
            append(final.digest())
        out[DIGEST_BYTES * low : DIGEST_BYTES * high] = b"".join(digests)


def keyed_digests(
    secret: bytes, kind: KeyKind, keys: pa.Array | pa.ChunkedArray, workers: int | None = None
) -> pa.Array:
    """The ``binary(32)`` keyed hash of each normalised key (null stays null), in order.

    The values are read in place and the workers (forked) write into one shared anonymous
    map that becomes the result's buffer: nothing is copied or sent back (at ten million
    keys, copies and transfers had added 0.8 GB to the scrub's peak)."""
    column = keys if pa.types.is_string(keys.type) or pa.types.is_large_string(keys.type) \
        else keys.cast(pa.string())  # fmt: skip
    if kernels.hmac_available() and pa.types.is_string(column.type):
        # In C, a chunked column's chunks are read where they are (joined, the keys were
        # held twice at the peak of a scrub against a stored list).
        key, prefix = _key_block(secret), f"{kind}:".encode()
        digests = kernels.keyed_digests(key, prefix, column)
        valid = column.is_valid()
        valid = valid.combine_chunks() if isinstance(valid, pa.ChunkedArray) else valid
        validity = valid.buffers()[1] if column.null_count else None
        return pa.Array.from_buffers(DIGEST, len(column), [validity, digests])
    strings = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    size = len(strings)
    buffers = strings.buffers()
    width = np.int64 if pa.types.is_large_string(strings.type) else np.int32
    offsets = (
        np.frombuffer(buffers[1], dtype=width, count=size + 1,
                      offset=strings.offset * np.dtype(width).itemsize)
        if size else np.zeros(1, dtype=width)
    )  # fmt: skip
    out = mmap.mmap(-1, max(DIGEST_BYTES * size, 1))  # shared with forked children
    _SHARED.update(data=memoryview(buffers[2] if size and buffers[2] is not None else b""),
                   offsets=offsets, out=out, states=_states(secret, kind))  # fmt: skip
    try:
        count = workers if workers is not None else min(2, os.cpu_count() or 1)
        if count <= 1 or size < _POOL_THRESHOLD:
            _digest_range(0, size)
        else:
            step = -(-size // count)
            bounds = [(i, min(i + step, size)) for i in range(0, size, step)]
            # fork (as the phone slow path): workers only hash, never touch DuckDB.
            with ProcessPoolExecutor(count, mp_context=get_context("fork")) as pool:
                list(pool.map(_digest_range, *zip(*bounds, strict=True)))
    finally:
        _SHARED.clear()
    # A null slot was hashed as whatever its bounds held, then hidden by the keys' own
    # validity: cheaper than skipping each one, and the nulls stay in place with no copy.
    validity = strings.is_valid().buffers()[1] if strings.null_count else None
    return pa.Array.from_buffers(DIGEST, size, [validity, pa.py_buffer(out)])


__all__ = ["DIGEST", "keyed_digests"]
