"""The term syntax of the sensitive-data lexicons, and the token tries they compile to.

Why: the words that reveal GDPR art. 9 and art. 10 data must be readable and extendable by a
lawyer, not buried in regexes. Terms are written as a French dictionary prints them
(``handicapé(e)(s)``, ``d'origine {ORIGIN}``) and expanded into every inflection, folded (lower
case, no accents, ligatures spelled out), so that matching is one dictionary step per token of
the text whatever its accents and case, and costs the same for 100 or 100 000 terms.

Syntax: ``(x)`` is optional, ``(x|y)`` a required choice, ``(|x|y)`` an optional one, nested
freely and across spaces (``(de gauche|de droite)``); ``{NAME}`` inserts a macro's terms;
``#`` is any number; hyphens and apostrophes split tokens (``burn-out`` also gives ``burnout``).
"""

from __future__ import annotations

import gc
import re
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["FOLD", "NUMBER", "Trie", "build_trie", "expand", "fold", "gc_paused", "walk"]

NUMBER = "#"
#: A trie of token phrases: a token leads to the next node; key "" holds what ends there.
Trie = dict[str, Any]
_TERM_TOKEN = re.compile(r"[\w\u0300-\u036f]+|#")
_MACRO = re.compile(r"\{\w+\}")
_MAX_VARIANTS = 20_000


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        decomposed = unicodedata.normalize("NFD", chr(code))
        base, marks = decomposed[0], decomposed[1:]
        if marks and base.isascii() and all(unicodedata.combining(m) for m in marks):
            table[code] = base.lower()
    for code in range(0x300, 0x370):  # combining accents of decomposed (NFD) text
        table[code] = ""
    for letters, spelled in {"œŒ": "oe", "æÆ": "ae", "ß": "ss", "øØ": "o"}.items():
        table.update({ord(letter): spelled for letter in letters})
    return table


#: Accented letters to their base letter, ligatures spelled out (``str.translate`` table).
FOLD = _fold_table()


def fold(word: str) -> str:
    """``word`` in lower case without accents (``Œuvré`` gives ``oeuvre``)."""
    lowered = word.lower()
    return lowered if lowered.isascii() else lowered.translate(FOLD)


def _split_top(text: str) -> list[str]:
    """``text`` split at the ``|`` that are not inside parentheses."""
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for char in text:
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    return [*parts, "".join(current)]


def _variants(text: str) -> list[str]:
    """Every string ``text`` stands for."""
    variants, i = [""], 0
    while i < len(text):
        if text[i] != "(":
            j = text.find("(", i)
            j = len(text) if j < 0 else j
            variants = [v + text[i:j] for v in variants]
            i = j
            continue
        depth, j = 1, i + 1
        while depth:
            if j == len(text):
                raise ValueError(f"unbalanced parentheses in {text!r}")
            depth += (text[j] == "(") - (text[j] == ")")
            j += 1
        alternatives = _split_top(text[i + 1 : j - 1])
        options = [o for a in alternatives for o in _variants(a)]
        if len(alternatives) == 1:
            options = ["", *options]
        variants = [v + o for v in variants for o in options]
        if len(variants) > _MAX_VARIANTS:
            raise ValueError(f"{text!r} expands to more than {_MAX_VARIANTS} phrases")
        i = j
    return variants


def expand(term: str, macros: dict[str, list[str]] | None = None) -> list[tuple[str, ...]]:
    """Every folded token sequence that ``term`` stands for (``#`` stays a token)."""
    for name, terms in (macros or {}).items():
        choice = terms[0] if len(terms) == 1 else "(" + "|".join(terms) + ")"
        term = term.replace("{" + name + "}", choice)
    if _MACRO.search(term):
        raise ValueError(f"unknown macro in {term!r}")
    phrases: dict[tuple[str, ...], None] = {}
    # Folded once, before the choices multiply it: folding works letter by letter and keeps
    # every letter a word character, so the tokens are those of each variant folded.
    for variant in _variants(fold(term)):
        for form in (variant, variant.replace("-", "")) if "-" in variant else (variant,):
            tokens = tuple(_TERM_TOKEN.findall(form))
            if tokens:
                phrases[tokens] = None
    return list(phrases)


def build_trie(items: Iterable[tuple[tuple[str, ...], Any]]) -> Trie:
    """A trie of ``(phrase, payload)``: the payloads of a phrase, in order, under its last key.
    (A node is created only when missing: ``setdefault(token, {})`` built an empty dict for
    every token of every phrase.)"""
    root: Trie = {}
    for tokens, payload in items:
        node = root
        for token in tokens:
            after = node.get(token)
            if after is None:
                after = node[token] = {}
            node = after
        found = node.get("")
        if found is None:
            node[""] = [payload]
        else:
            found.append(payload)
    return root


@contextmanager
def gc_paused(freeze: bool = False) -> Iterator[None]:
    """Cyclic garbage collection held off while a lexicon is built: its millions of new dicts
    and tuples (no cycle among them) set off collection after collection, each walking all that
    was built so far (the trie alone: 4.5 s with collections, 0.7 s without). With ``freeze``,
    what is alive at the end (a structure kept as long as the process) is moved out of the
    collector's sight before collection resumes: otherwise the first collection after it walks
    all of it (~0.5 s), and so do the full ones, the several at interpreter exit (6 s after
    every ``licite scan``) among them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        if freeze:
            gc.freeze()
    finally:
        if enabled:
            gc.enable()


def walk(trie: Trie, words: list[str], start: int, stop: int) -> Iterator[tuple[int, Any]]:
    """Every phrase of ``trie`` that ``words[start:]`` begins with: ``(end, payloads)``."""
    stack = [(trie, start)]
    while stack:
        node, at = stack.pop()
        if "" in node:
            yield at, node[""]
        if at < stop:
            word = words[at]
            if (after := node.get(word)) is not None:
                stack.append((after, at + 1))
            if word.isdigit() and (after := node.get(NUMBER)) is not None:
                stack.append((after, at + 1))
