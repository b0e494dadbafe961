"""Types of the token loops in C (``_tokens.c``); use them through
:mod:`licite.detectors.sensitive` (``split_words``, ``term_starts``)."""

from typing import Any

def fold_map(table: dict[int, str], /) -> bytes: ...
def split(lowered: str, fold: bytes, /) -> tuple[list[str], list[str]]: ...
def cuts(
    text: str,
    starts: list[int],
    sentence_marks: str,
    clause_marks: str,
    dashes: str,
    titles: frozenset[str],
    /,
) -> tuple[list[int], list[int]]: ...
def offsets(parts: list[str], /) -> tuple[list[int], list[int]]: ...
def start_filter(trie: dict[str, Any], /) -> bytes: ...
def term_starts(
    trie: dict[str, Any], words: list[str], number: str, filter: bytes = ..., /
) -> list[int]: ...
def marker_spans(
    trie: dict[str, Any], words: list[str], ranges: list[tuple[int, int]], number: str, /
) -> dict[str, list[tuple[int, int]]]: ...
def column_sums(
    vectors: dict[str, tuple[float, ...]], words: list[str], first: int, end: int, /
) -> list[float] | None: ...
