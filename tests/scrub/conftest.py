"""Fixtures of the scrub tests: a migrated SQLite store (with its secret) per test."""

from __future__ import annotations

from pathlib import Path

import pytest

from licite.store import upgrade


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'licite.db'}"
    upgrade(url)
    return url
