"""Named predicates over columns, combined with ``&``, ``|`` and ``~`` (as in django-rules).

A predicate maps a :class:`~licite.rules.facts.Facts` (one batch of contacts, one campaign,
one instant) to a boolean NumPy array with one value per contact. The same predicate serves a
single decision (a batch of one) and a million-row check, so both give the same reasons.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from licite.rules.facts import Facts

Mask = npt.NDArray[np.bool_]


class Predicate:
    """A named boolean column; its name is the expression a lawyer reads in the rule table."""

    __slots__ = ("doc", "fn", "name", "precedence")

    def __init__(
        self, name: str, fn: Callable[[Facts], Mask], doc: str = "", precedence: int = 3
    ) -> None:
        self.name = name
        self.fn = fn
        self.doc = doc
        self.precedence = precedence

    def __call__(self, facts: Facts) -> Mask:
        return facts.cached(self)

    def _wrapped(self, outer: int) -> str:
        return f"({self.name})" if self.precedence < outer else self.name

    def __and__(self, other: Predicate) -> Predicate:
        return Predicate(
            f"{self._wrapped(2)} & {other._wrapped(2)}",
            lambda f: self(f) & other(f),
            precedence=2,
        )

    def __or__(self, other: Predicate) -> Predicate:
        return Predicate(
            f"{self._wrapped(1)} | {other._wrapped(1)}",
            lambda f: self(f) | other(f),
            precedence=1,
        )

    def __invert__(self) -> Predicate:
        return Predicate(f"~{self._wrapped(3)}", lambda f: ~self(f), precedence=3)

    def named(self, name: str, doc: str) -> Predicate:
        """The same predicate under a name of its own (a defined term of the rule table)."""
        return Predicate(name, self.fn, doc=f"{doc} ({self.name})")

    def __repr__(self) -> str:
        return f"Predicate({self.name})"


def always(facts: Facts) -> Mask:
    return np.ones(facts.n, dtype=bool)
