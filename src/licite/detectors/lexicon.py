"""The lexicons of the sensitive-data detector (``data/lexicons/<category>.json``), loaded.

Why: each category's words are data a lawyer can read and extend; this module turns them into
one trie of phrases, the members (words that tie a person to a category, for the context rules)
and the anchors, the tokens without which no term can match (never a function word of
``data/stopwords.json``), so that most texts are ruled out by one set look-up.

A lexicon file holds ``entries``: groups of ``terms`` (see :mod:`licite.detectors.terms`) of one
``lang`` and ``kind`` (see :data:`KINDS`), optionally ``cased`` (capitals must be kept: ``FO``),
``needs: "member"`` (no mention at all without a membership word: ``militant du PS``),
``needs: "name"`` (no mention at all without a first name right after: ``Sœur Marie``),
``needs: "end"`` (no mention at all unless the text ends with it: ``my brother is inside``),
``needs: "post"`` (no mention at all without a membership word or post in the five words
before: ``State Senator Maria Lopez (D)``),
``needs: "opening"`` (no mention at all unless it is the text's first word, a comma or a full
stop right after: a profile's label, ``Bi, 27 ans, Nantes``),
``needs: "holder"`` (a community's organisation, about its post-holder when one is named:
``Association des Arméniens de Valence — président : M. X``; else judged as any place),
``not_title`` (a capitalised word inside a sentence is a name: ``M. Gay``), ``leave`` (a leave
or absence for health: only a person takes one, so a doctor named before it is whom it is
about, whatever business words stand near: ``Dr Faure … fermé pour congé maternité``), ``also``
(more categories: a hereditary disease is genetic and health data) and ``partner`` (``f``, ``m`` or
``couple``: a partner or couple word that reveals an orientation beside people of one gender;
``pair``: a wedding word followed by two first names of one gender; ``to_m`` or ``to_f``: a
spouse word said of oneself before a first name of the same gender, "husband to Tom";
``named``: a partner word of no gender before a first name of the owner's gender, "his
partner Steve").
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import chain
from pathlib import Path
from types import ModuleType
from typing import Any

from licite.detectors import terms
from licite.detectors.lexicon_cache import cached
from licite.detectors.terms import NUMBER, Trie, build_trie, expand, fold, gc_paused

__all__ = ["KINDS", "Entry", "Lexicon", "load"]

#: trait: says something of a person (``diabétique``); condition: names the category
#: (``diabète``); context: a place, practice or organisation that needs a link to a person
#: (``mosquée``, ``CGT``); object: a thing for sale or use (``fauteuil roulant``);
#: false_friend: a phrase that hides any term it covers (``rue de l'Église``).
KINDS = ("trait", "condition", "context", "object", "false_friend")
_WORD = re.compile(r"[\w\u0300-\u036f]+")


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon term as written, with what the context rules need to know about it."""

    categories: tuple[str, ...]
    kind: str
    lang: str
    form: str
    upper: frozenset[str] = frozenset()
    capital: frozenset[str] = frozenset()
    not_title: bool = False
    #: For a partner or a couple word of sex_life: "f" or "m" (the partner's gender: "sa
    #: compagne", "son époux") or "couple" ("pacsés"); it reveals an orientation only beside
    #: people of the same gender (see :func:`licite.detectors.context.judge`); "pair" for a
    #: wedding or PACS word followed by two first names ("Mariage de Julien et Mathieu");
    #: "to_m" or "to_f" for a spouse word said of oneself before a first name ("wife to Sarah");
    #: "named" for a partner word of no gender before a first name ("his partner Steve").
    partner: str = ""
    #: "member" for an organisation named only with a membership word ("militant du PS");
    #: "name" for a title that reveals a faith only before a first name ("Père Antoine");
    #: "end" for a phrase that reveals it only when it ends the text ("my son is inside");
    #: "post" for a party's initial that a post must precede ("Hon. Linda Carver (R)");
    #: "opening" for a label that says it of the writer only as a profile's first word ("Bi,
    #: 27 ans, Nantes"); "holder" for a community's organisation, said of its named post-holder
    #: ("Amicale des Portugais de Champigny, présidente Maria Ferreira").
    needs: str = ""
    #: A leave or absence for health ("arrêt maladie", "on medical leave"): a doctor named
    #: before it is whom it is about, whatever business words stand near.
    leave: bool = False

    def __reduce__(self) -> tuple[type[Entry], tuple[object, ...]]:
        """Unpickled (the lexicon cache) through ``__init__``: a mypyc-compiled frozen class
        lacks the ``__setstate__`` that pure dataclasses get."""
        return (Entry, (self.categories, self.kind, self.lang, self.form, self.upper,
                        self.capital, self.not_title, self.partner, self.needs,
                        self.leave))  # fmt: skip


@dataclass(frozen=True, slots=True)
class Lexicon:
    """``trie``: phrases to entries (false friends first); ``anchors``: one token of every
    category phrase (a text holding none has no term); ``members``: per category, the phrases
    that tie a person to it; ``sizes``: terms per category and language, as written."""

    trie: Trie
    anchors: frozenset[str]
    members: dict[str, list[tuple[str, ...]]]
    sizes: dict[str, dict[str, int]]

    def __reduce__(self) -> tuple[type[Lexicon], tuple[object, ...]]:
        """As :meth:`Entry.__reduce__`."""
        return (Lexicon, (self.trie, self.anchors, self.members, self.sizes))  # fmt: skip


def _read(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.files(__package__).joinpath("data", name).read_text("utf-8")
    )
    return data


def _cases(term: str) -> tuple[frozenset[str], frozenset[str]]:
    """Tokens written in capitals (``FO``) and with a capital (``PrEP``) in a cased term. A token
    written both ways among the alternatives (``Unite|UNITE``) needs a capital, not capitals."""
    forms: dict[str, set[str]] = {}
    for word in _WORD.findall(term):
        forms.setdefault(fold(word), set()).add(word)
    upper = frozenset(f for f, words in forms.items() if all(w.isupper() for w in words))
    capital = frozenset(
        f for f, words in forms.items() if f not in upper and not any(w.islower() for w in words)
    )
    return upper, capital


def _entries(raw: dict[str, Any], category: str) -> Iterator[Entry]:
    for group in raw["entries"]:
        kind = group["kind"]
        if kind not in KINDS:
            raise ValueError(f"{category}: unknown kind {kind!r}")
        categories = () if kind == "false_friend" else (category, *group.get("also", ()))
        for term in group["terms"]:
            upper, capital = _cases(term) if group.get("cased") else (frozenset(), frozenset())
            yield Entry(
                categories,
                kind,
                group["lang"],
                term,
                upper,
                capital,
                not_title=group.get("not_title", False),
                partner=group.get("partner", ""),
                needs=group.get("needs", ""),
                leave=group.get("leave", False),
            )


def _anchor(tokens: tuple[str, ...], stop: frozenset[str]) -> str:
    """The longest token that is neither a function word nor a number."""
    content = [t for t in tokens if t not in stop and t != NUMBER] or list(tokens)
    return max(reversed(content), key=len)


@cache
def load(categories: tuple[str, ...]) -> Lexicon:
    """The lexicons of ``categories`` (one file each), expanded and compiled once, and kept
    on disk for the next process (see :mod:`licite.detectors.lexicon_cache`)."""
    names = [f"lexicons/{category}.json" for category in categories] + ["stopwords.json"]
    data = resources.files(__package__).joinpath("data")
    sources = [data.joinpath(name).read_bytes() for name in names]
    # The code that shapes the result is part of the key: a new release never reads an old trie.
    modules = (terms, sys.modules[__name__])
    code = [found for module in modules if (found := _code(module)) is not None]
    # Its millions of objects live as long as the process and hold no cycle: frozen.
    with gc_paused(freeze=True):
        if len(code) < len(modules):  # the code cannot be read (a zip, a frozen build): no cache
            return _load(categories)
        return cached("lexicon", [repr(categories).encode(), *sources, *code], Lexicon,
                      lambda: _load(categories))  # fmt: skip


def _code(module: ModuleType) -> bytes | None:
    """The module's file as bytes (source or compiled), or None when it cannot be read."""
    try:
        return Path(module.__file__).read_bytes() if module.__file__ else None
    except OSError:
        return None


def _load(categories: tuple[str, ...]) -> Lexicon:
    """Built with the collector paused by the caller (see :func:`load`). The phrases go
    straight into the trie, false friends first (they win over the terms
    they cover), never held in a list of their own (~1.2M pairs: ~400 MB more at the peak)."""
    files: list[tuple[str, list[Entry], dict[str, list[str]]]] = []
    members: dict[str, list[tuple[str, ...]]] = {}
    sizes: dict[str, dict[str, int]] = {}
    for category in categories:
        raw = _read(f"lexicons/{category}.json")
        if raw["category"] != category:
            raise ValueError(f"lexicons/{category}.json names {raw['category']!r}")
        macros: dict[str, list[str]] = raw.get("macros", {})
        members[category] = [p for ts in raw["members"].values() for t in ts for p in expand(t)]
        sizes[category] = {}
        files.append((category, list(_entries(raw, category)), macros))  # read once
    stop = frozenset(fold(w) for w in _read("stopwords.json")["words"].split())
    anchors: set[str] = set()

    def phrases(false_friends: bool) -> Iterator[tuple[tuple[str, ...], Entry]]:
        for category, entries, macros in files:
            counts = sizes[category]
            for entry in entries:
                if (entry.kind == "false_friend") != false_friends:
                    continue
                expanded = expand(entry.form, macros)
                if not false_friends:
                    counts[entry.lang] = counts.get(entry.lang, 0) + 1
                    if any(p[0] == NUMBER for p in expanded):
                        raise ValueError(f"{category}: {entry.form!r} starts with a number")
                    anchors.update(_anchor(phrase, stop) for phrase in expanded)
                for phrase in expanded:
                    yield phrase, entry

    trie = build_trie(chain(phrases(True), phrases(False)))
    return Lexicon(trie, frozenset(anchors), members, sizes)
