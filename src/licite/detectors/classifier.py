"""A second opinion on GDPR art. 9 / art. 10 data: a linear classifier over the words of a text.

Why: the lexicons (:mod:`licite.detectors.sensitive`) are precise but only find the phrasings
someone wrote down; writers who never saw them phrase things otherwise ("sa greffe de rein
tient bon", "il ne boit plus depuis Pâques"). A logistic regression per category, trained on
the labelled snippets of independent writers (``benchmarks/train_classifier.py``), recognises
the vocabulary around such phrasings. It adds: a category is reported when the model's
probability reaches its threshold and no lexicon finding already revealed that category about
a person (:func:`licite.detectors.registry.scan_text` passes those). It checks the lexicons'
weakest verdict only (:func:`confirm`): a trait or condition tied to no one, taken as said of the
text's subject, is judged not about a person where the model rules its category out (p under
:data:`CONFIRM`); every other lexicon verdict stands, and no mention is removed. A text that
speaks of no one (no pronoun, honorific, relative, role
or first name: ``data/person_cues.json``) gets no finding: notices, policies and product ads
weigh towards a category without being about anybody.

How: the text is folded (no case, no accents) and split into words, its features; each word
the model knows weighs
``(1 + ln tf) × idf``, the vector is scaled to unit length, and the probability is the
logistic of its dot product with the category's coefficients. The weights ship with licite
(``data/classifier.json``): no model download, no scikit-learn at run time. A finding's span
is the sentence that weighs most towards its category; its explanation names the words that
weigh most.
"""

from __future__ import annotations

import json
import math
import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from functools import cache, partial, reduce
from importlib import resources
from operator import add

from licite.core.findings import ART9_CATEGORIES, ART10_CATEGORIES, Finding
from licite.detectors import kernel
from licite.detectors.context import person_cues
from licite.detectors.sensitive import made_by_default, overturned, split_words, word_offsets

__all__ = [
    "CATEGORIES",
    "CONFIRM",
    "DETECTOR",
    "MIN_WORDS",
    "Model",
    "confirm",
    "detect",
    "features",
    "model",
    "probabilities",
]

DETECTOR: str = "sensitive-classifier"
CATEGORIES: frozenset[str] = ART9_CATEGORIES | ART10_CATEGORIES
#: A sentence of the original text: up to a full stop, a question or exclamation mark, a
#: semicolon or a line break (the span a finding of this detector covers).
_SENTENCE = re.compile(r"[^.!?;\n]+[.!?;]*")
#: The most words scored as one: the writers' snippets the model learnt from run up to about 60
#: words (350 characters). A longer text is scored by stretches of at most that many words, or
#: the few words that reveal something would weigh little in the length of a long text's
#: vector (four snippets joined: F1 0.918 scored whole against 0.937 one by one).
WINDOW = 60
#: The fewest words a text must hold to be scored, and a stretch's tail to be scored on its
#: own: the model learnt from sentences (all the writers' snippets but one hold 8 words or more);
#: a name, a title or a city alone ("David Edge") is too little to judge, its one known word
#: weighing as a whole vector.
MIN_WORDS = 5
#: Under this probability the model rules a category out of a stretch: a lexicon finding about
#: a person only by default is then judged not about one (:func:`confirm`). Chosen on the
#: writers held out of the fit (benchmarks/README.md, sixteenth session): it turns a fifth of
#: the lexicons' false positives on them into "not about a person", for 4 true ones in ~2,600.
CONFIRM = 0.01
_SENTENCE_ENDS = frozenset(".!?;\n")


def features(text: str) -> set[str]:
    """The distinct words of ``text``, folded (``Dialysé`` gives ``dialyse``) as the lexicons'
    detector reads them (it has usually just split this text: its words are reused). Counting
    repeats and pairs of words were tried too: no better on held-out writers, and slower."""
    return set(split_words(text)[1])


@dataclass(frozen=True)
class Model:
    """The shipped weights, as read at run time: for each word the model knows, a vector of
    its idf squared, then its idf times each category's coefficient. A text's vectors, summed,
    give in their first place the squared length of the text's idf vector and in the others
    its dot products with the coefficients before scaling: one pass over the text's words."""

    categories: tuple[str, ...]
    thresholds: tuple[float, ...]
    #: Each threshold as a score before the logistic: what a text's score is compared with.
    cuts: tuple[float, ...]
    intercepts: tuple[float, ...]
    vectors: dict[str, tuple[float, ...]]
    trained_on: tuple[str, ...]


@cache
def model() -> Model:
    """The model of ``data/classifier.json`` (read once)."""
    raw = json.loads(
        resources.files(__package__).joinpath("data", "classifier.json").read_text("utf-8")
    )
    thresholds = tuple(float(t) for t in raw["thresholds"])
    return Model(
        categories=tuple(raw["categories"]),
        thresholds=thresholds,
        cuts=tuple(math.log(t / (1 - t)) for t in thresholds),
        intercepts=tuple(float(b) for b in raw["intercepts"]),
        vectors={
            name: (idf * idf, *(idf * c for c in coefficients))
            for name, idf, coefficients in zip(
                raw["features"], raw["idf"], raw["coefficients"], strict=True
            )
        },
        trained_on=tuple(raw["trained_on"]),
    )


#: Adds a column one by one from its start: what ``sum`` does up to Python 3.11, and fastest
#: there; from 3.12 ``sum`` compensates its rounding (other last bits than the C sums), so the
#: same plain additions are made by ``reduce``.
_add_up: Callable[[Iterable[float], float], float] = (
    sum if sys.version_info < (3, 12) else partial(reduce, add)
)


def _scores(m: Model, found: Iterable[str]) -> tuple[float, list[float]]:
    """(length, scores): the length of the text's idf vector over the distinct words ``found``
    that the model knows (0 when it knows none), and each category's score before the logistic
    (the unit-length vector's dot product with the coefficients, plus the intercept)."""
    return _from_sums(m, _sums(m.vectors, found))


def _sums(vectors: dict[str, tuple[float, ...]], found: Iterable[str]) -> list[float] | None:
    """The column sums of the vectors of the words ``found`` that the model knows, or None
    when it knows none. Summed one by one in the order of ``found`` (text order), from 0.0
    (:data:`_add_up`): the same text always gives the same last bits, on every Python and in C
    (``_tokens.column_sums`` adds the same way)."""
    get = vectors.get
    known = [v for v in map(get, found) if v is not None]  # one look-up a word
    if not known:
        return None
    return [_add_up(column, 0.0) for column in zip(*known, strict=True)]


def _from_sums(m: Model, sums: list[float] | None) -> tuple[float, list[float]]:
    if sums is None:
        return 0.0, list(m.intercepts)
    norm = math.sqrt(sums[0])
    return norm, [d / norm + b for d, b in zip(sums[1:], m.intercepts, strict=True)]


def _stretch_sums(m: Model, words: list[str], first: int, end: int) -> list[float] | None:
    """:func:`_sums` of the distinct words of ``words[first:end]``, in C where the optional
    kernel is built (the same floats)."""
    if kernel.column_sums is not None:
        return kernel.column_sums(_rows(m), words, first, end)
    return _sums(m.vectors, dict.fromkeys(words[first:end]))


#: The last model's vectors as the C sums read them (one tuple, replaced whole: threads never
#: see half of it).
_vector_rows: tuple[Model | None, tuple[dict[str, int], bytes, int]] = (None, ({}, b"", 0))


def _rows(m: Model) -> tuple[dict[str, int], bytes, int]:
    """``m``'s vectors as one array of doubles (``_tokens.vector_rows``), built once and kept
    with the very model they come from."""
    global _vector_rows
    last = _vector_rows
    if last[0] is m:
        return last[1]
    assert kernel.vector_rows is not None
    built = kernel.vector_rows(m.vectors)
    _vector_rows = (m, built)
    return built


def _logistic(score: float) -> float:
    return 1.0 / (1.0 + math.exp(-score)) if score > -500 else 0.0


def probabilities(text: str) -> dict[str, float]:
    """The model's probability that ``text`` reveals each category about a person."""
    m = model()
    _, scores = _scores(m, dict.fromkeys(split_words(text)[1]))
    return {c: _logistic(s) for c, s in zip(m.categories, scores, strict=True)}


def detect(
    text: str, field: str | None = None, known: Collection[str] = frozenset()
) -> list[Finding]:
    """A finding for each category not in ``known`` whose probability reaches its threshold,
    on the sentence that weighs most towards it. A text of more than :data:`WINDOW` words is
    scored by stretches of at most that many consecutive words, cut after a sentence where one
    ends near, each on its own."""
    if not text:
        return []
    m = model()
    parts, words = split_words(text)
    count = len(words)
    cues = person_cues()
    if count < MIN_WORDS or cues.isdisjoint(words):
        return []  # too short to judge, or no one is spoken of: nothing revealed about a person
    cue = next(w for w in words if w in cues)
    offsets: tuple[list[int], list[int]] | None = None  # computed for the first finding only
    findings = []
    for (first, end), (norm, scores) in zip(*_scored(m, text, parts, words), strict=True):
        for k, (score, cut, category) in enumerate(zip(scores, m.cuts, m.categories, strict=True)):
            if norm and score >= cut and category not in known:
                starts, ends = offsets = offsets or word_offsets(parts)
                stretch = (starts[first], ends[end - 1], norm)
                at = (words, starts, stretch)
                findings.append(_finding(m, text, field, at, k, _logistic(score), cue))
    return findings


def _stretches(parts: list[str], count: int) -> list[tuple[int, int]]:
    """The (first, end) word indices of the stretches a text of ``count`` words is scored by."""
    stretches = []
    end = 0
    while end < count:
        first, end = end, _stretch_end(parts, end, count)
        stretches.append((first, end))
    return stretches


#: The last text scored, its stretches and each one's (norm, scores): :func:`confirm` and
#: :func:`detect` score the same text in turn (one tuple, replaced whole, so that threads never
#: see half of it).
_last_scored: tuple[str, list[tuple[int, int]], list[tuple[float, list[float]]]] = ("", [], [])


def _scored(
    m: Model, text: str, parts: list[str], words: list[str]
) -> tuple[list[tuple[int, int]], list[tuple[float, list[float]]]]:
    """The stretches of ``text`` (split into ``parts`` and ``words``) and their scores."""
    global _last_scored
    last = _last_scored
    if text is last[0]:
        return last[1], last[2]
    stretches = _stretches(parts, len(words))
    scores = [_from_sums(m, _stretch_sums(m, words, first, end)) for first, end in stretches]
    _last_scored = (text, stretches, scores)
    return stretches, scores


def confirm(text: str, findings: list[Finding]) -> list[Finding]:
    """``findings`` with the lexicons' weakest verdicts checked: a finding about a person only
    by default (a trait or condition tied to no one, taken as said of the text's subject:
    score :data:`licite.detectors.sensitive.BY_DEFAULT`) becomes "not about a person" when the
    model gives its category, on the stretch that holds it, a probability under
    :data:`CONFIRM`. Every other finding is returned as it is, and none is removed: the mention
    stays, with the reason. A text under :data:`MIN_WORDS` words is not judged."""
    if not any(made_by_default(f) for f in findings):
        return findings
    parts, words = split_words(text)
    count = len(words)
    if count < MIN_WORDS:
        return findings
    m = model()
    starts = word_offsets(parts)[0]
    stretches, scored = _scored(m, text, parts, words)
    checked = []
    for finding in findings:
        if not made_by_default(finding):
            checked.append(finding)
            continue
        at = bisect_right(starts, finding.start) - 1
        s = next(i for i, (first, end) in enumerate(stretches) if first <= at < end)
        p = _logistic(scored[s][1][m.categories.index(finding.category)])
        if p >= CONFIRM:
            checked.append(finding)
            continue
        why = f"the classifier rules it out here (p = {p:.3f} < {CONFIRM}), where it was only"
        checked.append(overturned(finding, why))
    return checked


def _stretch_end(parts: list[str], first: int, count: int) -> int:
    """Where the stretch of words from ``first`` ends: after :data:`WINDOW` words, or earlier
    after the last sentence end among its last third, or at the text's end when fewer than
    :data:`MIN_WORDS` words would be left after it (``parts`` alternates separators and words:
    the separator before word ``t`` is ``parts[2t]``)."""
    end = first + WINDOW
    if end + MIN_WORDS > count:
        return count
    for cut in range(end, end - WINDOW // 3, -1):
        if not _SENTENCE_ENDS.isdisjoint(parts[2 * cut]):
            return cut
    return end


def _finding(
    m: Model,
    text: str,
    field: str | None,
    at: tuple[list[str], list[int], tuple[int, int, float]],
    k: int,
    p: float,
    cue: str,
) -> Finding:
    """The finding of category ``k`` on the sentence, among those the stretch overlaps, whose
    words weigh most towards it (each word as it weighs in the stretch's vector). ``at``: the
    text's folded words, their start offsets and the stretch ``(start, end, norm)``; a
    sentence's words are those that start in it (no word crosses a sentence's end), each once,
    in text order; ``cue``: the first word that shows the text speaks of someone."""
    words, starts, (first, last, norm) = at
    vectors = m.vectors
    best: tuple[float, int, int, dict[str, float]] = (-math.inf, first, last, {})
    for sentence in _SENTENCE.finditer(text):
        if sentence.end() <= first or sentence.start() >= last:
            continue
        stripped = sentence.group().strip()
        inside = words[bisect_left(starts, sentence.start()) : bisect_left(starts, sentence.end())]
        weights = {w: vectors[w][k + 1] / norm for w in dict.fromkeys(inside) if w in vectors}
        score = sum(weights.values())
        if stripped and score > best[0]:
            start = sentence.start() + sentence.group().index(stripped[0])
            best = (score, start, start + len(stripped), weights)
    _, start, end, weights = best
    span = text[start:end]
    strongest = sorted(weights, key=lambda w: (-weights[w], w))[:3]  # ties: by the word
    category = m.categories[k]
    article = "GDPR art. 10" if category in ART10_CATEGORIES else "GDPR art. 9"
    return Finding(
        category,
        start,
        end,
        span,
        round(p, 3),
        DETECTOR,
        f"« {span} » ({category}, {article}): classifier p = {p:.2f} (threshold "
        f"{m.thresholds[k]:.2f}), weighed most by {', '.join(f'« {w} »' for w in strongest)}; "
        f"about a person: the text speaks of someone (« {cue} ») and the writers it learnt "
        "from labelled such texts so",
        field,
        True,
    )
