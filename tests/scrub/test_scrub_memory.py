"""The bulk jobs' memory helpers: Arrow on the system allocator inside a block, and the C
heap's freed pages handed back; and no column outliving its step through phonenumbers' cycles."""

from __future__ import annotations

import platform
import sys

import pyarrow as pa
import pytest

from licite.scrub import memory


def test_system_allocator_inside_the_block_only() -> None:
    before = pa.default_memory_pool().backend_name
    with memory.system_allocator():
        assert pa.default_memory_pool().backend_name == "system"
    assert pa.default_memory_pool().backend_name == before


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc",
    reason="malloc_trim is glibc's",
)
def test_freed_pages_handed_back_on_glibc() -> None:
    assert memory._malloc_trim() is not None
    memory.release_freed()


def test_release_freed_is_harmless_anywhere(monkeypatch: pytest.MonkeyPatch) -> None:
    memory._malloc_trim.cache_clear()
    monkeypatch.setattr(sys, "platform", "darwin")
    try:
        assert memory._malloc_trim() is None
        memory.release_freed()  # nothing to call: nothing done
    finally:
        memory._malloc_trim.cache_clear()


class _Column:
    """Stands for a column a caller holds while the phones are normalised (weakly referable)."""


def test_the_slow_path_leaves_no_cycle_holding_its_callers_columns() -> None:
    # phonenumbers keeps the error it catches in a local, a reference cycle through the frames
    # of its callers: their columns would live on until the collector runs, which the steps
    # after the normalising (C, DuckDB) seldom make it do.
    import gc
    import weakref

    from licite.scrub.phones import normalise_phones

    def caller() -> weakref.ref[_Column]:
        column = _Column()
        # "+" then an unknown calling code: phonenumbers catches INVALID_COUNTRY_CODE and
        # retries, which makes the cycle; numbers of no notation the fast path settles.
        values = [f"+0{n:08d} x" for n in range(50)] + [f"++999 {n:06d}" for n in range(50)]
        assert normalise_phones(pa.array(values), workers=1).null_count == len(values)
        return weakref.ref(column)

    gc.disable()
    try:
        column = caller()
        assert column() is None, "a reference cycle still holds the caller's frame"
    finally:
        gc.enable()
