"""Shared fixtures: the project's shared reference material, located in place (never copied)."""

from __future__ import annotations

from pathlib import Path

import pytest

#: ``shared/`` lies beside the repository root (``<root>/../shared``); it is not shipped.
SHARED_REFERENCE = Path(__file__).resolve().parents[1].parent / "shared" / "reference"


@pytest.fixture(scope="session")
def shared_reference() -> Path:
    """``shared/reference``, or skip: the conformance files live outside the repository."""
    if not SHARED_REFERENCE.is_dir():
        pytest.skip(
            f"shared reference material not found at {SHARED_REFERENCE} (not in this checkout)"
        )
    return SHARED_REFERENCE
