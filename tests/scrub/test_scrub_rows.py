"""String arrays written from rows of bytes (``licite.scrub.rows``)."""

from __future__ import annotations

import numpy as np

from licite.scrub.rows import fixed_strings, prefixed, strings_at


def rows(*texts: str, width: int = 9) -> np.ndarray:
    if not texts:
        return np.empty((0, width), dtype=np.uint8)
    return np.array([list(t.encode()) for t in texts], dtype=np.uint8)


def test_fixed_strings_fill_the_present_slots_in_order() -> None:
    present = np.array([False, True, False, True])
    assert fixed_strings(present, rows("ab", "cd")).to_pylist() == [None, "ab", None, "cd"]
    assert fixed_strings(np.zeros(3, dtype=bool), rows()).to_pylist() == [None] * 3


def test_prefixed() -> None:
    assert bytes(prefixed("+33", rows("612345678"))[0]) == b"+33612345678"
    assert prefixed("0", rows()).shape == (0, 10)


def test_strings_at_several_widths_any_order() -> None:
    parts = [
        (np.array([4, 0]), rows("+33612345678", "+33712345678")),
        (np.array([2]), prefixed("+590", rows("590271234"))),
        (np.array([], dtype=np.intp), rows()),
    ]
    assert strings_at(6, parts).to_pylist() == [
        "+33712345678",
        None,
        "+590590271234",
        None,
        "+33612345678",
        None,
    ]
    assert strings_at(2, []).to_pylist() == [None, None]
