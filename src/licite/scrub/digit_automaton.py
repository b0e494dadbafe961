"""A regular expression over digits, compiled to an automaton that numpy runs on a whole column.

libphonenumber describes valid national numbers by regular expressions over digits. For a
column of numbers that all have the same length (France's nine digits), a full match of such
a pattern is the run of a deterministic automaton with one transition table per position:
nine look-ups per number, done for the whole column at once by numpy, in place of a regex
engine per value. The automaton is built from Python's own parse of the pattern (the parser
``re`` uses), so it accepts exactly the strings of that length that ``re.fullmatch`` accepts;
a pattern using anything but digits, digit classes, groups, alternation, repeats and the
outer anchors is refused (:class:`UnsupportedPattern`), and callers keep their regex path.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

_c: Any
_sre: Any
try:  # the parser of ``re`` (``sre_parse`` before Python 3.11, deprecated since)
    _c = importlib.import_module("re._constants")
    _sre = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - a Python without it: callers keep their regex path
    _c = _sre = None

_DIGITS = frozenset(range(10))
#: ``ord("0")``: where the digits start in an automaton's tables.
_ZERO = 0x30


class UnsupportedPattern(ValueError):
    """The pattern uses syntax the automaton does not model; match it with a regex instead."""


@dataclass(frozen=True, slots=True)
class DigitAutomaton:
    """Accepts the strings of ``length`` ASCII digits that fully match one pattern.

    ``tables[p]`` maps (state before position ``p``, digit) to the state after it, flattened
    and read at ``state * 10 + ord(digit)`` (each table starts with 48 unused entries, so that
    the ASCII digits are read as they come); every run starts in state 0; ``accepting`` says
    which states after the last position accept."""

    length: int
    tables: tuple[npt.NDArray[np.int32], ...]
    accepting: npt.NDArray[np.bool_]

    def matches(self, digits: npt.NDArray[np.uint8]) -> npt.NDArray[np.bool_]:
        """For each row of ``digits`` (shape (n, length), ASCII digits: ``b"0"``-``b"9"``),
        whether it matches."""
        if digits.ndim != 2 or digits.shape[1] != self.length:
            raise ValueError(f"expected digits of shape (n, {self.length}), not {digits.shape}")
        state = np.zeros(len(digits), dtype=np.int32)
        index = np.empty(len(digits), dtype=np.int32)
        for position, table in enumerate(self.tables):
            np.multiply(state, 10, out=index)
            np.add(index, digits[:, position], out=index)
            np.take(table, index, out=state)
        return self.accepting[state]


def compile_digits(pattern: str, length: int) -> DigitAutomaton:
    """The automaton of ``pattern`` (full match) over strings of ``length`` digits.

    Raises :class:`UnsupportedPattern` when the pattern holds anything else than digits,
    digit classes (``\\d``, ``[0-36-9]``, ``[^5]``), non-capturing or capturing groups,
    alternation, repeats and ``^`` / ``$`` at its very ends."""
    if _sre is None or _c is None:
        raise UnsupportedPattern("this Python has no re._parser")
    try:
        parsed = list(_sre.parse(pattern))
    except Exception as error:  # re.error: not a pattern at all
        raise UnsupportedPattern(str(error)) from error
    if parsed and parsed[0] in ((_c.AT, _c.AT_BEGINNING), (_c.AT, _c.AT_BEGINNING_STRING)):
        parsed = parsed[1:]
    if parsed and parsed[-1] in ((_c.AT, _c.AT_END), (_c.AT, _c.AT_END_STRING)):
        parsed = parsed[:-1]
    nfa = _Nfa(length)
    end = nfa.sequence(parsed, nfa.state())
    return nfa.layered(end)


class _Nfa:
    """A Thompson automaton: each state's digit moves and its empty moves."""

    def __init__(self, length: int) -> None:
        self.length = length
        self.moves: list[list[tuple[frozenset[int], int]]] = []
        self.empty: list[list[int]] = []

    def state(self) -> int:
        self.moves.append([])
        self.empty.append([])
        return len(self.moves) - 1

    def sequence(self, items: Iterable[tuple[Any, Any]], start: int) -> int:
        for op, argument in items:
            start = self.item(op, argument, start)
        return start

    def item(self, op: Any, argument: Any, start: int) -> int:
        if op is _c.LITERAL or op is _c.IN or op is _c.NOT_LITERAL:
            if op is _c.IN:
                digits = _class(argument)
            elif op is _c.LITERAL:
                digits = _literal(argument)
            else:  # [^5]: every digit but one (any digit, when the one is no digit)
                digits = _DIGITS - _literal(argument) if 0x30 <= argument <= 0x39 else _DIGITS
            end = self.state()
            self.moves[start].append((digits, end))
            return end
        if op is _c.SUBPATTERN:
            return self.sequence(argument[-1], start)
        if op is _c.BRANCH:
            end = self.state()
            for alternative in argument[1]:
                self.empty[self.sequence(alternative, start)].append(end)
            return end
        if op is _c.MAX_REPEAT or op is _c.MIN_REPEAT:
            least, most, body = argument
            # Each copy of the body takes one digit or more, or adds nothing: more copies than
            # there are digits add no string of this length.
            most = self.length if most is _c.MAXREPEAT else min(most, self.length)
            for _ in range(least):
                start = self.sequence(body, start)
            ends = [start]
            for _ in range(max(most - least, 0)):
                start = self.sequence(body, start)
                ends.append(start)
            end = self.state()
            for state in ends:
                self.empty[state].append(end)
            return end
        raise UnsupportedPattern(f"unsupported pattern element {op}")

    def _closure(self, states: Iterable[int]) -> frozenset[int]:
        seen = set(states)
        stack = list(seen)
        while stack:
            for target in self.empty[stack.pop()]:
                if target not in seen:
                    seen.add(target)
                    stack.append(target)
        return frozenset(seen)

    def layered(self, end: int) -> DigitAutomaton:
        """The subset construction, one layer per position (a state is a set of NFA states)."""
        current: dict[frozenset[int], int] = {self._closure([0]): 0}
        tables = []
        for _ in range(self.length):
            following: dict[frozenset[int], int] = {}
            table = np.zeros(len(current) * 10 + _ZERO, dtype=np.int32)
            for states, number in current.items():
                for digit in range(10):
                    moves = (move for state in states for move in self.moves[state])
                    reached = self._closure(target for digits, target in moves if digit in digits)
                    table[number * 10 + _ZERO + digit] = following.setdefault(
                        reached, len(following)
                    )
            tables.append(table)
            current = following
        accepting = np.zeros(max(len(current), 1), dtype=np.bool_)
        for states, number in current.items():
            accepting[number] = end in states
        return DigitAutomaton(self.length, tuple(tables), accepting)


def _literal(code: int) -> frozenset[int]:
    if not 0x30 <= code <= 0x39:
        raise UnsupportedPattern(f"a literal that is not a digit: {chr(code)!r}")
    return frozenset({code - 0x30})


def _class(items: Sequence[tuple[Any, Any]]) -> frozenset[int]:
    """The digits a character class holds (only digits are ever tested)."""
    found: set[int] = set()
    negate = False
    for op, argument in items:
        if op is _c.NEGATE:
            negate = True
        elif op is _c.LITERAL:
            found |= _literal(argument)
        elif op is _c.RANGE:
            low, high = argument
            if low > 0x39 or high < 0x30:
                continue
            if low < 0x30 or high > 0x39:
                raise UnsupportedPattern("a range beyond the digits")
            found.update(range(low - 0x30, high - 0x30 + 1))
        elif op is _c.CATEGORY and argument is _c.CATEGORY_DIGIT:
            found |= _DIGITS
        else:
            raise UnsupportedPattern(f"unsupported class element {op}")
    return frozenset(_DIGITS - found) if negate else frozenset(found)


__all__ = ["DigitAutomaton", "UnsupportedPattern", "compile_digits"]
