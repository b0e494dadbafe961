"""Digit automata accept exactly what ``re.fullmatch`` accepts, on strings of their length.

Checked on libphonenumber's own patterns (France's types, the overseas gate, and every
calling code's types), on strings drawn to match them and on any digits, and on hand-made
patterns covering each element the automata model; anything else is refused.
"""

from __future__ import annotations

import re
from functools import cache

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from licite.scrub.digit_automaton import DigitAutomaton, UnsupportedPattern, compile_digits
from licite.scrub.metadata import calling_codes, fr_valid_pattern, overseas_gate, rules_for


def as_rows(strings: list[str]) -> np.ndarray:
    return np.array([[ord(c) for c in s] for s in strings], dtype=np.uint8).reshape(
        len(strings), -1
    )


@cache
def automaton(pattern: str, length: int) -> DigitAutomaton:
    return compile_digits(pattern, length)


def agree(pattern: str, strings: list[str]) -> None:
    length = len(strings[0])
    found = automaton(pattern, length).matches(as_rows(strings)).tolist()
    assert found == [re.fullmatch(pattern, s) is not None for s in strings]


PATTERNS = [fr_valid_pattern(), overseas_gate()]


@pytest.mark.parametrize("pattern", PATTERNS, ids=["france", "overseas-gate"])
@settings(max_examples=300, deadline=None)
@given(st.data())
def test_phone_patterns(pattern: str, data: st.DataObject) -> None:
    nine = st.from_regex(r"[0-9]{9}", fullmatch=True)
    # Strings the pattern takes, with one digit changed: the near misses.
    taken = st.from_regex(pattern, fullmatch=True, alphabet="0123456789").filter(
        lambda s: len(s) == 9
    )
    strings = data.draw(st.lists(st.one_of(nine, taken), min_size=1, max_size=20))
    strings += [s[:i] + str((int(s[i]) + 1) % 10) + s[i + 1 :] for s in strings for i in (0, 4, 8)]
    agree(pattern, strings)


def test_every_calling_codes_types() -> None:
    """Each type of every region, at each of its lengths, on random digits and its own
    example numbers: all compile, all agree."""
    rng = np.random.default_rng(5)
    compiled = 0
    for code in sorted(calling_codes()):
        rules = rules_for(code)
        if rules is None:
            continue
        for region in rules.regions:
            for desc in (region.general, *region.types):
                for length in sorted(desc.lengths) or [9]:
                    rows = rng.integers(0, 10, size=(200, length))
                    strings = ["".join(map(str, row)) for row in rows]
                    agree(desc.pattern, strings)
                    compiled += 1
    assert compiled > 1000


@pytest.mark.parametrize(
    ("pattern", "length", "taken", "refused"),
    [
        (r"\d{3}", 3, ["000", "999"], []),
        (r"12|3[4-6]", 2, ["12", "34", "36"], ["13", "37", "33"]),
        (r"[^5]\d", 2, ["05", "99"], ["50", "55"]),
        (r"(?:1\d{2,3}|2)\d", 4, ["1234", "1000"], ["2000", "3000"]),
        (r"1*2+3?", 4, ["1112", "1223", "2222", "1122"], ["1113", "3333", "2231"]),
        (r"^(1|2)(?:34)$", 3, ["134", "234"], ["334"]),
        (r"(\d)\d*?", 5, ["12345"], []),
        (r"[a-z0-3]\d", 2, ["00", "39"], ["40", "99"]),  # letters never meet a digit
        (r"1{0}2", 1, ["2"], ["1"]),
    ],
)
def test_elements(pattern: str, length: int, taken: list[str], refused: list[str]) -> None:
    agree(pattern, taken + refused)
    found = automaton(pattern, length).matches(as_rows(taken + refused)).tolist()
    assert found == [True] * len(taken) + [False] * len(refused)


@pytest.mark.parametrize(
    "pattern", [r"a\d", r"1(?=2)\d", r"(1)\1", r"1^2", r"\w", r"1$2", r"[", r"1\b2", r"[0-a]"]
)
def test_refused_patterns(pattern: str) -> None:
    with pytest.raises(UnsupportedPattern):
        compile_digits(pattern, 2)


def test_rows_of_another_length_are_refused() -> None:
    with pytest.raises(ValueError, match=r"shape \(n, 9\)"):
        compile_digits(r"\d{9}", 9).matches(np.zeros((2, 8), dtype=np.uint8))


def test_no_rows() -> None:
    assert compile_digits(r"\d{9}", 9).matches(np.zeros((0, 9), dtype=np.uint8)).tolist() == []
