"""The pre-pass with the C kernels: French numbers settled by digit automata, in numpy.

Nine values in ten of a contact file, and nearly every list value, are a French number
with separators at most, after a label at most (``Tél : 06 12 34 56 78``:
:data:`licite.scrub.notation.LABELLED_FRENCH`). The C kernel reads their nine digits and how
they open; France's number types, the overseas gate and the overseas regions' types then run
on all of them at once, as automata over the digits (:mod:`licite.scrub.digit_automaton`)
built from the very patterns the Arrow path uses (:mod:`licite.scrub.metadata`). Every other
value goes on to the Arrow path, which settles the other notations itself (the DuckDB
pre-pass, which this replaces, settled few of them: at 1M contacts it spent half its time on
the tenth of values it mostly left to that path).

What each value gets is what the Arrow path gives it (:func:`licite.scrub.phones._general`,
held equal to ``phonenumbers``): the E.164 form of a number valid in France; for one France
rejects, the overseas retry of :func:`licite.core.normalize.normalise_phone` when the value,
trimmed, opens on ``0`` and the nine digits (the first overseas calling code under which they
are valid, or none), and no number otherwise (``+33…``, ``33…``, ``Tél : 0…`` are never
retried). A rejected ``0033…`` is left to the Arrow path unless no overseas type takes its
digits.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np
import numpy.typing as npt
import pyarrow as pa

from licite.scrub import kernels
from licite.scrub.digit_automaton import DigitAutomaton, UnsupportedPattern, compile_digits
from licite.scrub.metadata import (
    CodeRules,
    Desc,
    RegionRules,
    fr_valid_pattern,
    overseas_codes,
    overseas_gate,
    rules_for,
)
from licite.scrub.rows import prefixed, strings_at

#: The length of a French national significant number.
_NINE = 9
#: Values settled at a time (see :func:`settle_french`).
_CHUNK = 1 << 18


@dataclass(frozen=True, slots=True)
class _Region:
    """One region's validity over nine digits: its general description and the union of its
    types, each None when it never takes nine digits; ``leading``: its leading digits, which
    choose it among the regions of a shared calling code (None: validity chooses)."""

    leading: DigitAutomaton | None
    general: DigitAutomaton | None
    types: DigitAutomaton | None

    def valid(self, digits: npt.NDArray[np.uint8]) -> npt.NDArray[np.bool_]:
        if self.general is None or self.types is None:
            return np.zeros(len(digits), dtype=np.bool_)
        return self.general.matches(digits) & self.types.matches(digits)


@dataclass(frozen=True, slots=True)
class _Code:
    """A calling code's validity over nine digits, as ``phones._validate`` decides it: one
    region's types, or the regions in order, the first whose leading digits (or validity)
    fits deciding."""

    text: str
    regions: tuple[_Region, ...]

    def valid(self, digits: npt.NDArray[np.uint8]) -> npt.NDArray[np.bool_]:
        if len(self.regions) == 1:
            return self.regions[0].valid(digits)
        valid = np.zeros(len(digits), dtype=np.bool_)
        undecided = np.ones(len(digits), dtype=np.bool_)
        for region in self.regions:
            fits = region.valid(digits)
            hit = undecided & (fits if region.leading is None else region.leading.matches(digits))
            valid |= hit & fits
            undecided &= ~hit
        return valid


@dataclass(frozen=True, slots=True)
class _Automata:
    france: DigitAutomaton
    gate: DigitAutomaton
    overseas: tuple[_Code, ...]


def _desc(desc: Desc) -> DigitAutomaton | None:
    if desc.lengths and _NINE not in desc.lengths:
        return None
    return compile_digits(desc.pattern, _NINE)


def _region(region: RegionRules) -> _Region:
    nine = [f"(?:{d.pattern})" for d in region.types if not d.lengths or _NINE in d.lengths]
    leading = region.leading_digits
    return _Region(
        compile_digits(f"(?:{leading})\\d*", _NINE) if leading is not None else None,
        _desc(region.general),
        compile_digits("|".join(nine), _NINE) if nine else None,
    )


def _code(rules: CodeRules) -> _Code:
    return _Code(rules.code, tuple(_region(region) for region in rules.regions))


@cache
def _automata() -> _Automata | None:
    """France's types, the overseas gate and the overseas codes over nine digits, or None when
    a future ``phonenumbers`` writes one with syntax the automata do not model."""
    try:
        codes = [rules_for(code) for code in overseas_codes()]
        if any(rules is None for rules in codes):
            return None
        return _Automata(
            compile_digits(fr_valid_pattern(), _NINE),
            compile_digits(overseas_gate(), _NINE),
            tuple(_code(rules) for rules in codes if rules is not None),
        )
    except UnsupportedPattern:
        return None


def available() -> bool:
    """The C kernels are there and every pattern compiles to an automaton."""
    return kernels.available() and _automata() is not None


def settle_french(array: pa.Array, overseas: bool = True) -> tuple[pa.Array, pa.Array]:
    """(E.164 or null, settled) for each value of a ``pa.string()`` array, in order: the
    values in LABELLED_FRENCH settled (see the module's docstring), every other value left
    unsettled (null, False). ``overseas=False``: no retry, as ``phonenumbers.parse(raw, "FR")``.

    Run :data:`_CHUNK` values at a time, the chunks' answers then joined by Arrow: numpy's
    temporaries for a whole block of 2M values (tens of MB each) stayed in the C heap once
    freed, and at 10M contacts the peak grew by 0.2 GB."""
    automata = _automata()
    if automata is None:
        raise RuntimeError("the phone patterns do not compile to automata (see available)")
    parts = [
        _settle(array.slice(start, _CHUNK), overseas, automata)
        for start in range(0, len(array), _CHUNK)
    ]
    if len(parts) == 1:
        return parts[0]
    if not parts:
        return pa.nulls(0, pa.string()), pa.array([], pa.bool_())
    return (
        pa.concat_arrays([e164 for e164, _ in parts]),
        pa.concat_arrays([settled for _, settled in parts]),
    )


def _settle(array: pa.Array, overseas: bool, automata: _Automata) -> tuple[pa.Array, pa.Array]:
    forms, digits = kernels.french_digits(array)
    where = np.flatnonzero(forms)
    valid = automata.france.matches(digits)
    numbers = [(where[valid], prefixed("+33", digits[valid]))]
    decided = np.ones(len(where), dtype=np.bool_)
    if overseas:
        form = forms[where]
        rejected = np.flatnonzero(~valid)
        outside = ~automata.gate.matches(digits[rejected])  # no overseas type takes them
        retried = form[rejected] == kernels.ZERO_AND_NINE
        # 0033…: as the DuckDB pre-pass, settled only when it opens on 0 and nothing overseas
        # takes its digits; the Arrow path decides the others.
        other = form[rejected] == kernels.OTHER_ON_ZERO
        opens_on_zero = _first_bytes(array, where[rejected]) == ord("0")
        decided[rejected[other & ~(outside & opens_on_zero)]] = False
        tried = rejected[retried & ~outside]
        for code, found in _overseas(automata.overseas, digits[tried]):
            chosen = tried[found]
            numbers.append((where[chosen], prefixed(f"+{code.text}", digits[chosen])))
    settled = np.zeros(len(array), dtype=np.bool_)
    settled[where[decided]] = True
    return strings_at(len(array), numbers), pa.array(settled)


def _overseas(
    codes: tuple[_Code, ...], digits: npt.NDArray[np.uint8]
) -> list[tuple[_Code, npt.NDArray[np.intp]]]:
    """For each overseas code, in the order normalise_phone tries them, the rows of
    ``digits`` valid under it and under no code before it."""
    left = np.ones(len(digits), dtype=np.bool_)
    chosen = []
    for code in codes:
        if not left.any():
            break
        taken = np.flatnonzero(left)
        found = taken[code.valid(digits[taken])]
        left[found] = False
        chosen.append((code, found))
    return chosen


def _first_bytes(array: pa.Array, where: npt.NDArray[np.intp]) -> npt.NDArray[np.uint8]:
    """The first byte of each value at ``where`` (none of them empty)."""
    _, offsets, data = array.buffers()
    if not len(where) or data is None:
        return np.empty(0, dtype=np.uint8)
    starts = np.frombuffer(offsets, dtype=np.int32)[array.offset : array.offset + len(array)]
    first: npt.NDArray[np.uint8] = np.frombuffer(data, dtype=np.uint8)[starts[where]]
    return first


__all__ = ["available", "settle_french"]
