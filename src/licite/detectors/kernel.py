"""The lexicons' detector's token loops in C, where the optional ``_tokens.c`` was built.

Each name is the C function, or None: without a C compiler at install, or with
``LICITE_DETECT_KERNEL=0`` in the environment (to measure or test the Python way). Callers then
run their Python version, which gives the same results (``tests/detectors/test_tokens_kernel.py``
holds them equal): :func:`licite.detectors.sensitive.split_words`, ``word_offsets``, ``_cuts``
and ``term_starts``, :func:`licite.detectors.context.marker_spans`, the classifier's sums.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from types import ModuleType
from typing import Any

_tokens: ModuleType | None
try:
    from licite.detectors import _tokens
except ImportError:
    _tokens = None

_on = os.environ.get("LICITE_DETECT_KERNEL", "1") != "0"
_Spans = dict[str, list[tuple[int, int]]]
_Ranges = list[tuple[int, int]]
_Rows = tuple[dict[str, int], bytes, int]
_Indices = tuple[list[int], list[int]]

#: A ``str.translate`` table of code points under U+0370 as the array ``split`` folds with.
fold_map: Callable[[dict[int, str]], bytes] | None = None
#: ``(parts, words)`` of a lower-cased text (``sensitive._split_lowered``), given a fold map.
split: Callable[[str, bytes], tuple[list[str], list[str]]] | None = None
#: The token indices where sentences and clauses begin (``sensitive._cuts``).
cuts: Callable[[str, list[int], str, str, str, tuple[frozenset[str], ...]], _Indices] | None = None
#: Where the first run of so many decimal digits starts, few separators between two, or -1
#: (``checks.digits_from``).
digit_run: Callable[[str, str, int], int] | None = None
#: Whether two ASCII capitals are followed by two decimal digits (every IBAN starts so).
capitals_digits: Callable[[str], bool] | None = None
#: Each token's (starts, ends) in the text split into parts (``sensitive.word_offsets``).
offsets: Callable[[list[str]], tuple[list[int], list[int]]] | None = None
#: The bits of a trie's first tokens, for ``term_starts`` (built once per trie).
start_filter: Callable[[dict[str, Any]], bytes] | None = None
#: The tokens where a term may start (``sensitive._term_starts``), given a trie's filter.
term_starts: Callable[[dict[str, Any], list[str], str, bytes], list[int]] | None = None
#: The context markers in ranges of tokens (``context._marker_spans``).
marker_spans: Callable[[dict[str, Any], list[str], _Ranges, str], _Spans] | None = None
#: The classifier's vectors as one array of doubles, a row per word (built once).
vector_rows: Callable[[dict[str, tuple[float, ...]]], _Rows] | None = None
#: A stretch's column sums of the classifier's word vectors (``classifier._sums``).
column_sums: Callable[[_Rows, list[str], int, int], list[float] | None] | None = None
if _tokens is not None and _on:
    fold_map, split, marker_spans = _tokens.fold_map, _tokens.split, _tokens.marker_spans
    start_filter, term_starts = _tokens.start_filter, _tokens.term_starts
    column_sums, offsets, cuts = _tokens.column_sums, _tokens.offsets, _tokens.cuts
    vector_rows, digit_run, capitals_digits = (
        _tokens.vector_rows,
        _tokens.digit_run,
        _tokens.capitals_digits,
    )
