"""The lexicons' detector's token loops in C (``_tokens.c``) give exactly what their Python
versions give: the split and folding of any text, the starts of terms in the shipped lexicons'
trie, the context markers found in ranges of tokens, the classifier's sums to the last bit, and
every finding of a whole scan."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from functools import reduce
from operator import add
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from licite.detectors import checks, classifier, context, iban, sensitive
from licite.detectors.terms import FOLD, NUMBER

CORPUS = Path(__file__).resolve().parents[2] / "benchmarks" / "detect_corpus" / "corpus.jsonl"

#: Letters, accents both precomposed and combining, ligatures, other scripts' letters and
#: digits (Arabic-Indic, superscripts: str.isdigit takes them), "_", the marks that cut words.
ALPHABET = (
    "abcdeEFGhijklmnoxyz0123456789_ éèêëàâäîïôöùûüçÉÈÀÇÔœŒæÆßøØ\u0301\u0300\u0327\u036f"
    "\u0370αβγЖжñÑ٣٤²³½ⅻ\u00a0\t\n.,;:!?'’-–—/()«»&+#@"
)


def _kernel() -> ModuleType:
    try:
        from licite.detectors import _tokens
    except ImportError:
        pytest.skip("the C token loops were not built here (no compiler): Python does it all")
    return _tokens


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=80))
def test_split_is_the_regex_split_and_fold(text: str) -> None:
    lowered = text.lower()
    if len(lowered) != len(text):  # the Python way folds each token of the original then
        lowered = text
    kernel = _kernel()
    assert kernel.split(lowered, kernel.fold_map(FOLD)) == sensitive._split_lowered(lowered)


@pytest.mark.parametrize(
    "text",
    ["", " ", "abc", "  l'église  ", "œuvre_1 ٣٤ x²", "e\u0301te\u0301", "\u0301", "a" * 5000],
)
def test_split_cases(text: str) -> None:
    kernel = _kernel()
    assert kernel.split(text, kernel.fold_map(FOLD)) == sensitive._split_lowered(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=80))
def test_offsets_are_the_running_sums(text: str) -> None:
    parts = sensitive.split_words(text)[0]
    assert _kernel().offsets(parts) == sensitive._offsets(parts)


def test_offsets_refuse_what_split_never_gives() -> None:
    kernel = _kernel()
    with pytest.raises(TypeError):
        kernel.offsets(["", "a"])  # an even number of parts
    with pytest.raises(TypeError):
        kernel.offsets(["", 1, ""])  # type: ignore[list-item]


#: Every mark that cuts, titles and what they are tested against (letters, digits, spaces).
_CUT_PIECES = [
    *'.!?;\n\r•·|…,:()[]/–—"«»-_ aZé1\u00a0',
    *("Mr", "Mme", "Mlle", "Dr", "Gov", "St", "No", "x", " - ", " – ", "J.", "M. ", "...", " — "),
]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_CUT_PIECES), max_size=30))
def test_cuts_are_the_regex_ones(pieces: list[str]) -> None:
    text = "".join(pieces)
    starts = sensitive.word_offsets(sensitive.split_words(text)[0])[0]
    marks = (sensitive._SENTENCE_MARKS, sensitive._CLAUSE_MARKS, sensitive._DASHES)
    found = _kernel().cuts(text, starts, *marks, sensitive._TITLES_BY_LENGTH)
    assert found == sensitive._regex_cuts(text, starts)


@pytest.mark.parametrize(
    "text",
    ["", ".", "M. Gay. Il est diabétique.", "Dr. X - 150 €", "fin.Début", "a – b—c", "J.-P. Roux"],
)
def test_cuts_cases(text: str) -> None:
    starts = sensitive.word_offsets(sensitive.split_words(text)[0])[0]
    marks = (sensitive._SENTENCE_MARKS, sensitive._CLAUSE_MARKS, sensitive._DASHES)
    found = _kernel().cuts(text, starts, *marks, sensitive._TITLES_BY_LENGTH)
    assert found == sensitive._regex_cuts(text, starts)


#: Digits (and other scripts' decimals, and digits that are not decimal), the separators a run
#: allows, capitals, letters.
_NUMBER_PIECES = [*"0123456789٣²", *" .-/\u00a0()", "  ", "A", "Z", "FR", "GB", "a", "x", "_"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_NUMBER_PIECES), max_size=30))
def test_digit_runs_are_the_regex_ones(pieces: list[str]) -> None:
    text = "".join(pieces)
    found = _kernel().digit_run(text, checks._RUN_SEPARATORS, checks._RUN_DIGITS)
    expected = checks._DIGIT_RUN.search(text)
    assert found == (-1 if expected is None else expected.start())


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_NUMBER_PIECES), max_size=30))
def test_capitals_digits_start_every_iban_candidate(pieces: list[str]) -> None:
    text = "".join(pieces)
    found = _kernel().capitals_digits(text)
    assert found == (re.search(r"[A-Z][A-Z]\d\d", text) is not None)
    if iban._CANDIDATE.search(text):
        assert found


def test_the_fold_map_folds_as_translate_does() -> None:
    """Every code point, alone and inside a word, folds as ``str.translate(FOLD)`` folds it
    (those the map does not hold, from U+0370 up, stay as they are)."""
    kernel = _kernel()
    fold = kernel.fold_map(FOLD)
    for code in range(0x80, 0x3000):
        char = chr(code)
        if not (char.isalnum() or char == "_" or 0x300 <= code <= 0x36F):
            continue  # not a token character: split never folds it
        word = f"é{char}x"
        assert kernel.split(word, fold)[1] == [word.translate(FOLD)], hex(code)


@pytest.mark.parametrize(
    "table",
    [{0x370: "a"}, {-1: "a"}, {"é": "e"}, {0xE9: "abc"}, {0xE9: 101}],
    ids=["past the map", "negative", "str key", "three characters", "int value"],
)
def test_the_fold_map_refuses_what_it_cannot_hold(table: dict[object, object]) -> None:
    with pytest.raises(ValueError):
        _kernel().fold_map(table)  # type: ignore[arg-type]


def test_the_fold_map_deletes_what_maps_to_none() -> None:
    kernel = _kernel()
    assert kernel.split("e\u0301", kernel.fold_map({0x301: None}))[1] == ["e"]  # type: ignore[dict-item]


def _vocabulary() -> list[str]:
    """Words that lead into the shipped trie, words that continue its terms, and others."""
    trie = sensitive.lexicon().trie
    starts = sorted(trie)[:: max(1, len(trie) // 400)]
    follow = sorted({w for s in starts for w in trie[s] if w})[:400]
    return [*starts, *follow, "", "12", "٣", "²", "zzz", "le", "de", NUMBER]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_term_starts_are_the_python_ones(data: st.DataObject) -> None:
    words = data.draw(st.lists(st.sampled_from(_vocabulary()), max_size=40))
    trie = sensitive.lexicon().trie
    expected = sensitive._term_starts(trie, words)
    assert _kernel().term_starts(trie, words, NUMBER) == expected
    assert _kernel().term_starts(trie, words, NUMBER, sensitive._start_filter(trie)) == expected


def test_term_starts_on_the_corpus() -> None:
    trie = sensitive.lexicon().trie
    kernel = _kernel()
    bits = sensitive._start_filter(trie)
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        _, words = sensitive.split_words(json.loads(line)["text"])
        expected = sensitive._term_starts(trie, words)
        assert kernel.term_starts(trie, words, NUMBER) == expected
        assert kernel.term_starts(trie, words, NUMBER, bits) == expected


def test_start_filter_misses_no_start_of_the_shipped_lexicons() -> None:
    """Every first token of a one-token term, and every first token with every token that may
    follow it (a number through "#"), passes the filter: it only ever passes over tokens that
    start nothing."""
    trie = sensitive.lexicon().trie
    kernel = _kernel()
    bits = kernel.start_filter(trie)
    checked = 0
    for first, node in trie.items():
        for after in node:
            words = [first] if after == "" else [first, after]
            if first == NUMBER:  # a number leads there
                words[0] = "1789"
            if after == NUMBER:
                words[1] = "42"
            expected = sensitive._term_starts(trie, words)
            assert kernel.term_starts(trie, words, NUMBER, bits) == expected, words
            checked += 1
    assert checked > 100_000


def test_start_filter_is_kept_with_its_trie() -> None:
    """A reloaded lexicon (another trie) gets a filter of its own, never the last one."""
    _kernel()
    trie = sensitive.lexicon().trie
    other = {"zzyzx": {"": ["x"]}}
    assert sensitive._start_filter(trie) is sensitive._start_filter(trie)
    assert sensitive.term_starts(other, ["a", "zzyzx"]) == [1]
    assert sensitive.term_starts(trie, ["zzyzx"]) == sensitive._term_starts(trie, ["zzyzx"])


def _marker_vocabulary() -> list[str]:
    """Words that start context markers (numbers among them), words that continue them."""
    trie = sensitive._markers()
    starts = sorted(trie)[:: max(1, len(trie) // 300)]
    follow = sorted({w for s in starts for w in trie[s] if w})[:300]
    return [*starts, *follow, "12", "3", "٣", "ans", "years", "old", "m", "i", "zzz", NUMBER]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_marker_spans_are_the_python_ones(data: st.DataObject) -> None:
    words = data.draw(st.lists(st.sampled_from(_marker_vocabulary()), max_size=40))
    bounds = st.integers(0, len(words))
    ranges = sorted(data.draw(st.lists(st.tuples(bounds, bounds), max_size=5)))
    trie = sensitive._markers()
    found = _kernel().marker_spans(trie, words, ranges, NUMBER)
    assert found == context._marker_spans(trie, words, ranges)


def test_marker_spans_on_the_corpus() -> None:
    trie = sensitive._markers()
    kernel = _kernel()
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        _, words = sensitive.split_words(json.loads(line)["text"])
        ranges = [(0, len(words)), (len(words) // 3, len(words) // 2)]
        found = kernel.marker_spans(trie, words, ranges, NUMBER)
        assert found == context._marker_spans(trie, words, ranges)


def _model_words() -> list[str]:
    """Words the classifier knows, and words it does not."""
    known = sorted(classifier.model().vectors)
    return [*known[:: max(1, len(known) // 300)], "zzz", "qwxy", "la", "de", "the"]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_column_sums_are_the_python_ones_to_the_last_bit(data: st.DataObject) -> None:
    words = data.draw(st.lists(st.sampled_from(_model_words()), max_size=90))
    first = data.draw(st.integers(0, len(words) + 2))
    end = data.draw(st.integers(0, len(words) + 2))
    vectors = classifier.model().vectors
    found = _kernel().column_sums(classifier._rows(classifier.model()), words, first, end)
    expected = classifier._sums(vectors, dict.fromkeys(words[first:end]))
    assert found == expected  # floats compared exactly
    # and the plain additions the Python way makes from 3.12 (where sum compensates)
    known = [vectors[w] for w in dict.fromkeys(words[first:end]) if w in vectors]
    plain = [reduce(add, column, 0.0) for column in zip(*known, strict=True)] or None
    assert found == plain


def test_column_sums_on_the_corpus() -> None:
    vectors = classifier.model().vectors
    kernel = _kernel()
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        _, words = sensitive.split_words(json.loads(line)["text"])
        for first, end in ((0, len(words)), (len(words) // 2, len(words))):
            expected = classifier._sums(vectors, dict.fromkeys(words[first:end]))
            rows = classifier._rows(classifier.model())
            assert kernel.column_sums(rows, words, first, end) == expected


def test_vector_rows_hold_every_vector() -> None:
    vectors = classifier.model().vectors
    index, rows, width = _kernel().vector_rows(vectors)
    table = memoryview(rows).cast("d")
    assert sorted(index.values()) == list(range(len(vectors)))
    for word, vector in vectors.items():
        assert tuple(table[index[word] * width : (index[word] + 1) * width]) == vector


def test_column_sums_of_a_long_stretch_count_each_word_once() -> None:
    """More distinct words than the sums' small table of seen rows holds."""
    vectors = classifier.model().vectors
    words = sorted(vectors)[:500] * 3
    rows = classifier._rows(classifier.model())
    assert _kernel().column_sums(rows, words, 0, len(words)) == classifier._sums(
        vectors, dict.fromkeys(words)
    )


def test_kernel_refuses_wrong_types() -> None:
    kernel = _kernel()
    with pytest.raises(TypeError):
        kernel.split(b"bytes", kernel.fold_map(FOLD))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        kernel.split("text", FOLD)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        kernel.split("text", b"too short")
    with pytest.raises(TypeError):
        kernel.term_starts({}, ["a", 1], NUMBER)  # type: ignore[list-item]
    with pytest.raises(TypeError):
        kernel.digit_run("12345678", " ", 0)
    with pytest.raises(TypeError):
        kernel.capitals_digits(b"FR76")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        kernel.cuts("a. b", [0, "3"], "!", ",", "-", ())  # type: ignore[list-item]
    with pytest.raises(TypeError):
        kernel.cuts("a. b", [0, 3], "!" * 33, ",", "-", ())
    with pytest.raises(TypeError):
        kernel.cuts("a. b", [0, 3], "!", ",", "-", ({"a"}, "Mr"))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        kernel.term_starts({}, ["a"], NUMBER, b"too short")
    with pytest.raises(IndexError):
        kernel.marker_spans({}, ["a"], [(0, 2)], NUMBER)
    with pytest.raises(ValueError):
        kernel.vector_rows({"a": (1.0,), "b": (1.0, 2.0)})
    with pytest.raises(TypeError):
        kernel.vector_rows({"a": (1,)})  # type: ignore[dict-item]
    with pytest.raises(TypeError):
        kernel.column_sums({"a": (1.0,)}, ["a"], 0, 1)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        kernel.column_sums(({"a": 0, "b": 1}, b"\0" * 8, 1), ["a"], 0, 1)
    with pytest.raises(ValueError):
        kernel.column_sums(kernel.vector_rows({}), ["a"], -1, 1)


_DUMP = """
import json, sys
from licite.detectors import classifier, context, sensitive
from licite.detectors.registry import scan_text
from licite.detectors import kernel
assert (kernel.split is None) == (sys.argv[1] == "0")
for line in open(sys.argv[2], encoding="utf-8"):
    text = json.loads(line)["text"]
    for t in (text, text.upper(), " ".join([text] * 4)):
        print(repr(scan_text(t)))
"""


def test_scan_with_and_without_the_kernel_is_identical() -> None:
    _kernel()
    outputs = [
        subprocess.run(
            [sys.executable, "-c", _DUMP, flag, str(CORPUS)],
            env={**os.environ, "LICITE_DETECT_KERNEL": flag},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for flag in ("0", "1")
    ]
    assert outputs[0] == outputs[1] and outputs[0].count("\n") >= 2_900
