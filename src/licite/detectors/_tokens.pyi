"""Types of the token loops in C (``_tokens.c``); use them through
:mod:`licite.detectors.sensitive` (``split_words``, ``term_starts``)."""

from typing import Any

def split(lowered: str, table: dict[int, str], /) -> tuple[list[str], list[str]]: ...
def term_starts(trie: dict[str, Any], words: list[str], number: str, /) -> list[int]: ...
def marker_spans(
    trie: dict[str, Any], words: list[str], ranges: list[tuple[int, int]], number: str, /
) -> dict[str, list[tuple[int, int]]]: ...
