"""Keyword detector for GDPR art. 9 special categories and art. 10 criminal data (FR + EN).

Why: art. 9 forbids processing health, religion, politics, trade-union, origin, sex-life,
genetic and biometric data without an art. 9(2) exception (art. 9(2)(e) "manifestly made
public" does not cover a third-party page), art. 10 restricts criminal data, and the CNIL
expects scrapers to filter such data out automatically. This first detector is a plain lexicon:
it favours precision over recall (ambiguous words only in a disambiguating phrase; false friends
such as "rue de l'Église" or "maison de santé" are never reported).

The lexicon is data (``data/sensitive_terms.json``) so that a lawyer can read and extend it. It
is matched case-insensitively on accent-stripped text, with one compiled alternation per
category; accents are stripped character for character, so offsets index the original text.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

from licite.core.findings import ART9_CATEGORIES, ART10_CATEGORIES, Finding

__all__ = ["DETECTOR", "Lexicon", "detect", "fold", "lexicon"]

DETECTOR = "sensitive-terms"
SCORE = 0.6
_DATA = "sensitive_terms.json"
_SPACE = r"\s+"


def _fold_table() -> dict[int, str]:
    """One-to-one map of accented Latin letters to their base letter (keeps offsets)."""
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        decomposed = unicodedata.normalize("NFD", chr(code))
        base, marks = decomposed[0], decomposed[1:]
        if marks and base.isascii() and all(unicodedata.combining(m) for m in marks):
            table[code] = base
    table.update({ord("\u2019"): "'", ord("\u2018"): "'", ord("\u02bc"): "'"})
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """``text`` without accents, with straight apostrophes, same length (``Église``: ``Eglise``)."""
    return text if text.isascii() else text.translate(_FOLD)


def _strip_accents(term: str) -> str:
    decomposed = unicodedata.normalize("NFD", term)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_FOLD)


def _body(terms: list[str]) -> str:
    """``terms`` as one alternation; a space matches any run of whitespace."""
    return "|".join("(?:" + _strip_accents(t).replace(" ", _SPACE) + ")" for t in terms)


def _bounded(body: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The compiled lexicon: one pattern per category, and the false friends.

    ``any_term`` is every category in one pattern: a single pass that rules out the (usual)
    text with no term at all before the per-category passes run.
    """

    patterns: dict[str, re.Pattern[str]]
    any_term: re.Pattern[str]
    false_friends: re.Pattern[str]


@cache
def lexicon() -> Lexicon:
    """The packaged lexicon, compiled once."""
    raw = json.loads(resources.files(__package__).joinpath("data", _DATA).read_text("utf-8"))
    categories: dict[str, list[str]] = raw["categories"]
    unknown = set(categories) - ART9_CATEGORIES - ART10_CATEGORIES
    if unknown:
        raise ValueError(f"{_DATA}: unknown categories {sorted(unknown)}")
    bodies = {category: _body(terms) for category, terms in categories.items()}
    return Lexicon(
        patterns={category: _bounded(body) for category, body in bodies.items()},
        any_term=_bounded("|".join(bodies.values())),
        false_friends=_bounded(_body(raw["false_friends"])),
    )


def _legal_basis(category: str) -> str:
    return "GDPR art. 10" if category in ART10_CATEGORIES else "GDPR art. 9"


def detect(text: str, field: str | None = None) -> list[Finding]:
    """Every lexicon term in ``text`` that is not part of a false friend."""
    lex = lexicon()
    folded = fold(text)
    if lex.any_term.search(folded) is None:
        return []
    hits = sorted(
        (
            (category, match)
            for category, pattern in lex.patterns.items()
            for match in pattern.finditer(folded)
        ),
        key=lambda hit: hit[1].start(),
    )
    if not hits:
        return []
    excluded = [m.span() for m in lex.false_friends.finditer(folded)]
    return [
        Finding(
            category=category,
            start=match.start(),
            end=match.end(),
            text=(found := text[match.start() : match.end()]),
            score=SCORE,
            detector=DETECTOR,
            explanation=f"{category} term {found!r} ({_legal_basis(category)})",
            field=field,
        )
        for category, match in hits
        if not any(start < match.end() and match.start() < end for start, end in excluded)
    ]
