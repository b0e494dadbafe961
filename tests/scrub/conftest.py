"""Fixtures of the scrub tests: a migrated SQLite store (with its secret) per test; the C
kernels on for a module that tests them (``tests.scrub.modes.KERNELS_TESTED``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.scrub.modes import kernels_set

from licite.store import upgrade


@pytest.fixture(scope="module")
def kernels_on_module() -> Iterator[None]:
    with kernels_set(True):
        yield


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'licite.db'}"
    upgrade(url)
    return url
