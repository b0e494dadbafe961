"""Arrow's allocator for the bulk jobs (scrub, list import).

Arrow's default allocator (mimalloc) keeps what a step freed for its own reuse, so the columns
a job has finished with still count in its resident memory while the next step allocates on
top of them. The system allocator hands large blocks back at once: at ten million contacts the
scrub peaked at 1.3-1.5 GB instead of 1.97 GB, and the import of twenty million numbers at
1.44 GB instead of 1.62 GB, at the same speed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pyarrow as pa


@contextmanager
def system_allocator() -> Iterator[None]:
    """Arrow allocates from the system allocator inside the block (restored after it)."""
    pool = pa.default_memory_pool()
    pa.set_memory_pool(pa.system_memory_pool())
    try:
        yield
    finally:
        pa.set_memory_pool(pool)


__all__ = ["system_allocator"]
