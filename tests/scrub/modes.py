"""The two ways the scrub runs its per-value loops, for tests that must hold both.

With the C kernels built (:mod:`licite.scrub.kernels`), licite uses them; a machine without a
compiler runs the DuckDB/Arrow way. Tests of results run under both: ``KERNEL_MODES``
parametrises a test with ``kernels`` (True: the C kernels, skipped where they are not built)
and :func:`kernels_set` switches inside it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from licite.scrub import kernels

#: Skips a test (or a module, as ``pytestmark``) where the C kernels are not built.
NEEDS_KERNELS = pytest.mark.skipif(
    not kernels.built(), reason="licite.scrub._kernels is not built (no C compiler here)"
)
C_KERNELS = pytest.param(True, id="c-kernels", marks=NEEDS_KERNELS)
WITHOUT_C = pytest.param(False, id="without-c")
KERNEL_MODES = pytest.mark.parametrize("kernels_on", [C_KERNELS, WITHOUT_C])


#: For a module of tests of the C kernels themselves: skipped where they are not built, on
#: (even under ``LICITE_SCRUB_KERNELS=0``) where they are (fixture in ``conftest.py``).
KERNELS_TESTED = [NEEDS_KERNELS, pytest.mark.usefixtures("kernels_on_module")]


@contextmanager
def kernels_set(on: bool) -> Iterator[None]:
    """The C kernels used (``on``) or not, inside the block."""
    previous = os.environ.get("LICITE_SCRUB_KERNELS")
    os.environ["LICITE_SCRUB_KERNELS"] = "1" if on else "0"
    try:
        yield
    finally:
        if previous is None:
            del os.environ["LICITE_SCRUB_KERNELS"]
        else:
            os.environ["LICITE_SCRUB_KERNELS"] = previous
