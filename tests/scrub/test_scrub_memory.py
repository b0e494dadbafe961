"""The bulk jobs' memory helpers: Arrow on the system allocator inside a block, and the C
heap's freed pages handed back."""

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
