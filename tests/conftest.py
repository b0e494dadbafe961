"""Shared fixtures: the project's shared reference material, located in place (never copied);
the lexicon cache kept inside the test session; the Hypothesis profiles."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

#: ``make test`` is the landing gate, so its property tests draw the same examples on every run
#: (derandomized: a pass on one machine is a pass in CI); ``make test-explore`` draws new ones
#: each run, to look for the failures the gate's examples miss.
settings.register_profile("gate", derandomize=True, print_blob=True)
settings.register_profile("explore", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("LICITE_HYPOTHESIS_PROFILE", "gate"))

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


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The lexicon cache of the session's own (never the user's ~/.cache), for the commands
    run in this process and in child processes alike."""
    previous = os.environ.get("LICITE_CACHE_DIR")
    os.environ["LICITE_CACHE_DIR"] = str(tmp_path_factory.mktemp("licite-cache") / "cache")
    yield
    if previous is None:
        os.environ.pop("LICITE_CACHE_DIR", None)
    else:
        os.environ["LICITE_CACHE_DIR"] = previous
