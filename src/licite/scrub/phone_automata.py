"""The pre-pass with the C kernels: French numbers settled by digit automata, in numpy.

Nine values in ten of a contact file, and nearly every list value, are a French number
with separators at most, after a label at most (``Tél : 06 12 34 56 78``:
:data:`licite.scrub.notation.LABELLED_FRENCH`). The C kernel reads their nine digits;
France's number types and the overseas gate then run on all of them at once, as automata
over the digits (:mod:`licite.scrub.digit_automaton`) built from the very patterns the DuckDB
pre-pass uses. These values are settled as that pre-pass settles them, with the same answers
(:func:`licite.scrub.phone_sql.french_in_duckdb`): a number valid in France, and one France
rejects that no overseas retry can save. Every other value goes on to the Arrow path, which
settles the other notations itself (the query settled few of them: at 1M contacts it spent
half its time on the tenth of values it mostly left to that path).

A number valid in France is settled whatever opens it. One France rejects is settled, as in
the query, by its first character: ``+`` or ``3`` (never retried), or ``0`` with nine digits
that no overseas number type takes; opening on a label or a separator, it is left to the Arrow
path, which trims it before deciding on the retry.
"""

from __future__ import annotations

from functools import cache

import numpy as np
import numpy.typing as npt
import pyarrow as pa

from licite.scrub import kernels
from licite.scrub.digit_automaton import DigitAutomaton, UnsupportedPattern, compile_digits
from licite.scrub.metadata import fr_valid_pattern, overseas_gate

_PREFIX = np.frombuffer(b"+33", dtype=np.uint8)


@cache
def _automata() -> tuple[DigitAutomaton, DigitAutomaton] | None:
    """France's types and the overseas gate over nine digits, or None when a future
    ``phonenumbers`` writes them with syntax the automata do not model."""
    try:
        return compile_digits(fr_valid_pattern(), 9), compile_digits(overseas_gate(), 9)
    except UnsupportedPattern:
        return None


def available() -> bool:
    """The C kernels are there and both patterns compile to automata."""
    return kernels.available() and _automata() is not None


def settle_french(array: pa.Array, overseas: bool = True) -> tuple[pa.Array, pa.Array]:
    """(E.164 or null, settled) for each value of a ``pa.string()`` array, in order: the
    values in LABELLED_FRENCH settled as the DuckDB pre-pass settles them, every other value
    left unsettled (null, False)."""
    automata = _automata()
    if automata is None:
        raise RuntimeError("France's patterns do not compile to automata (see available)")
    france, gate = automata
    spaced, digits = kernels.french_digits(array)
    where = np.flatnonzero(spaced)
    valid = france.matches(digits)
    if overseas:
        # As the pre-pass: written +33…/33… (never retried), or 0… with nine digits that no
        # overseas number type takes (the retry would fail).
        first = _first_bytes(array, where)
        rejected = (first == ord("+")) | (first == ord("3"))
        rejected |= (first == ord("0")) & ~gate.matches(digits)
        decided = valid | rejected
    else:
        decided = np.ones(len(where), dtype=np.bool_)
    ok = np.zeros(len(array), dtype=np.bool_)
    ok[where[valid]] = True
    settled = np.zeros(len(array), dtype=np.bool_)
    settled[where[decided]] = True
    return _e164(ok, digits[valid]), pa.array(settled)


def _first_bytes(array: pa.Array, where: npt.NDArray[np.intp]) -> npt.NDArray[np.uint8]:
    """The first byte of each value at ``where`` (none of them empty)."""
    _, offsets, data = array.buffers()
    if not len(where) or data is None:
        return np.empty(0, dtype=np.uint8)
    starts = np.frombuffer(offsets, dtype=np.int32)[array.offset : array.offset + len(array)]
    first: npt.NDArray[np.uint8] = np.frombuffer(data, dtype=np.uint8)[starts[where]]
    return first


def _e164(ok: npt.NDArray[np.bool_], digits: npt.NDArray[np.uint8]) -> pa.Array:
    """``+33`` and the nine digits where ``ok``, null elsewhere (``digits``: the rows of the
    valid numbers, in order)."""
    text = np.empty((len(digits), 12), dtype=np.uint8)
    text[:, :3] = _PREFIX
    text[:, 3:] = digits
    return kernels.fixed_strings(ok, text)


__all__ = ["available", "settle_french"]
