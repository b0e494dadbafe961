"""Detector of GDPR art. 9 special categories and art. 10 criminal data in French and English text.

Why: art. 9 forbids processing health, religion, politics, trade-union, origin, sex-life,
genetic and biometric data without an art. 9(2) exception (9(2)(e) "manifestly made public"
does not cover a third-party page), art. 10 restricts criminal data, and the CNIL expects
re-users of public data to exclude them automatically. No other tool does this in French.

How: the lexicons (:mod:`licite.detectors.lexicon`) are matched token by token on folded text
(no case, no accents), so offsets always index the original text; false friends ("rue de
l'Église", "enceinte Bluetooth") hide what they cover; :mod:`licite.detectors.context` then
says whether each mention is about a person. Most texts hold no anchor token at all: one set
look-up on their tokens rules them out.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import cache
from itertools import accumulate, compress, repeat
from operator import attrgetter

from licite.core.findings import ART10_CATEGORIES, Finding
from licite.detectors import kernel
from licite.detectors.ancestry import with_ancestry
from licite.detectors.checks import lowered
from licite.detectors.context import PRICE, Hits, Verdict, Window, judge, marker_trie
from licite.detectors.lexicon import Entry, Lexicon, load
from licite.detectors.terms import FOLD, NUMBER, Trie, fold

__all__ = [
    "BY_DEFAULT",
    "CATEGORIES",
    "DETECTOR",
    "NOT_ABOUT",
    "detect",
    "fold",
    "lexicon",
    "made_by_default",
    "overturned",
    "split_words",
    "word_offsets",
]

DETECTOR = "sensitive-terms"
#: The categories, one lexicon file each (``data/lexicons/<category>.json``), in load order.
_ORDER = (
    "health",
    "religion",
    "politics",
    "union",
    "origin",
    "sex_life",
    "genetic",
    "biometric",
    "criminal",
)
#: The categories this detector reports (GDPR art. 9 and art. 10).
CATEGORIES = frozenset(_ORDER)
_TOKEN = re.compile(r"[\w\u0300-\u036f]+")
#: ``_TOKEN`` as a group: ``split`` returns separators and tokens in turn, so that the running sum
#: of their lengths gives every token's offsets without a Python loop.
_SPLIT = re.compile(f"({_TOKEN.pattern})")
#: What may separate the tokens of one term: spaces, a hyphen, an apostrophe, an ampersand
#: (terms write "a&e", "mr & mr": "&" is no token, so it only ever stands between two), a plus
#: sign ("LGBTQ+ and proud": the "+" of a label is no token either).
_GAP = re.compile(r"[\s\-\u2010\u2011\u2013'\u2019&+]{1,4}")
#: A full stop after a title, an initial or a house number ("M. Gay", "Dr. Martin", "J. Dupont",
#: "tenant in No. 4", the CRM shorthand "Cl. a eu un infarctus" for the client, the US "Rep.",
#: "Sen.", "Gov." and "Hon." before an official's name) ends nothing: the title before the "."
#: not preceded by a word character.
_TITLES = frozenset(
    [*string.ascii_letters, "Mr", "Ms", "Dr", "St", "Pr", "Me", "No", "Cl",
     "Mme", "Mrs", "Ste", "Rep", "Hon", "Sen", "Gov", "Mlle"]
)  # fmt: skip
#: Marks that end a sentence; marks that end a clause only; the dashes that end a sentence when
#: spaced ("Vends fauteuil - 150 €"), a clause otherwise when they are clause marks too; and a
#: "." that is a full stop (after no title) ends a sentence.
_SENTENCE_MARKS = "!?;\n\r•·|…"
_CLAUSE_MARKS = ',:()[]/–—"«»'
_DASHES = "-–—"


def _class(marks: str) -> str:
    return "[" + "".join(map(re.escape, marks)) + "]"


#: The titles of each length, from 1 up.
_TITLES_BY_LENGTH = tuple(
    frozenset(t for t in _TITLES if len(t) == size) for size in range(1, max(map(len, _TITLES)) + 1)
)
#: After a "." (``(?<=\.)``), one lookbehind per length of title.
_FULL_STOP = r"(?<=\.)" + "".join(
    rf"(?<!(?<!\w)(?:{'|'.join(sorted(titles))})\.)" for titles in _TITLES_BY_LENGTH if titles
)
#: Clause ends, in one scan: a character, then lookarounds saying whether it cuts (so that the
#: regex engine scans for the character class); group 1 takes part when the cut also ends a
#: sentence. (``_tokens.cuts`` in C reads the same marks and titles.)
_CUT = re.compile(
    _class("." + _SENTENCE_MARKS + _CLAUSE_MARKS + _DASHES)
    + rf"(?:((?<={_class(_SENTENCE_MARKS)})|{_FULL_STOP}|(?<= {_class(_DASHES)})(?= ))"
    + rf"|(?<={_class(_CLAUSE_MARKS)}))"
)
#: The dashes that cut when spaced (see :func:`_across_dash`).
_DASH_MARKS = frozenset(_DASHES)
_END = re.Match.end
_SENTENCE = attrgetter("lastindex")  # 1 when group 1 of ``_CUT`` took part, else None
#: Tokens of a sentence after a dash short enough to be a site's name or its opening hours
#: ("– Glasgow branch.", "– permanences mercredi 14h-18h."), not a statement.
_SHORT_TAIL = 6

#: Words that may open an item of a comma-cut list ("..., or disability", "..., de handicap").
_LIST_AND = frozenset({"or", "and", "ou", "et", "nor", "ni"})
_LIST_GLUE = (
    _LIST_AND
    | {"de", "d", "du", "des", "of", "à", "a", "au", "aux"}
    | {"la", "le", "l", "les", "une", "un", "the", "an"}
)
#: Kinds of term that a list of grounds names ("regardless of age, disability, religion").
_LISTED = frozenset({"condition", "context"})
#: Honorifics (as written) that make the capitalised word after them a surname.
_HONORIFIC = frozenset({"M", "MM", "Mme", "Mmes", "Mlle", "Mr", "Mrs", "Ms", "Miss", "Dr"})

_SCORES = {"trait": 0.9, "condition": 0.8, "context": 0.7, "object": 0.7}
#: The score of a mention not about a person.
NOT_ABOUT = 0.3
#: The score of a finding about a person by default only (a trait or condition tied to no one in
#: particular, taken as said of the text's subject): the weakest verdict about a person, the one
#: the classifier's second opinion may overturn (:func:`licite.detectors.classifier.confirm`).
BY_DEFAULT = 0.6
#: How an explanation says whether the mention is about a person, before the rule's reason.
_ABOUT = "; about a person: "
_NOT_ABOUT_TEXT = "; not about a person: "


def made_by_default(finding: Finding) -> bool:
    """Whether ``finding`` is this detector's, about a person by default only (score
    :data:`BY_DEFAULT`)."""
    return finding.detector == DETECTOR and finding.about_person and finding.score == BY_DEFAULT


def overturned(finding: Finding, why: str) -> Finding:
    """``finding`` (made by default) judged not about a person after all, ``why`` saying what
    decided it before the default rule's reason in its explanation."""
    return replace(
        finding,
        score=NOT_ABOUT,
        explanation=finding.explanation.replace(_ABOUT, f"{_NOT_ABOUT_TEXT}{why} ", 1),
        about_person=False,
    )


def lexicon() -> Lexicon:
    """The packaged lexicons, expanded and compiled once."""
    return load(_ORDER)


@cache
def _markers() -> Trie:
    lex = lexicon()
    return marker_trie(tuple((c, tuple(lex.members[c])) for c in _ORDER))


def _case_ok(original: str, entry: Entry) -> bool:
    """A cased term (``FO``, ``PrEP``) keeps its capitals: ``fo`` or ``Sud`` are other words."""
    for word in _TOKEN.findall(original):
        folded = fold(word)
        if (folded in entry.upper and not word.isupper()) or (
            folded in entry.capital and word.islower()
        ):
            return False
    return True


def _longest(
    node: Trie | None, text: str, words: list[str], starts: list[int], ends: list[int], i: int
) -> tuple[int, Entry] | None:
    """The longest phrase at token ``i`` (``node``: the trie's node for that token) whose
    tokens are joined by spaces, hyphens or apostrophes only, with the first of its entries
    whose case fits."""
    best = None
    at = i + 1
    while node is not None:
        for entry in node.get("", ()):
            if not (entry.upper or entry.capital) or _case_ok(
                text[starts[i] : ends[at - 1]], entry
            ):
                best = (at, entry)
                break
        if at == len(words):
            break
        word = words[at]
        node = node.get(word) or (node.get("#") if word.isdigit() else None)
        if node is not None and not _GAP.fullmatch(text, ends[at - 1], starts[at]):
            break
        at += 1
    return best


def _cuts(text: str, starts: list[int]) -> tuple[list[int], list[int]]:
    """Token indices where a sentence, and where a clause, begins (after a cut in the text): the
    first token that starts after each cut. In C where the optional kernel is built, else
    :func:`_regex_cuts` (the same lists)."""
    if kernel.cuts is not None:
        titles = _TITLES_BY_LENGTH
        return kernel.cuts(text, starts, _SENTENCE_MARKS, _CLAUSE_MARKS, _DASHES, titles)
    return _regex_cuts(text, starts)


def _regex_cuts(text: str, starts: list[int]) -> tuple[list[int], list[int]]:
    """:func:`_cuts` by the regex ``_CUT``: ``bisect_left`` mapped over the cuts' ends (once:
    the sentence cuts are picked from the clause cuts' tokens), in text order, so
    that the indices come sorted and ``dict.fromkeys`` drops repeats (no Python loop per cut).
    One scan finds the clause cuts; the sentence cuts are those whose group 1 took part."""
    cuts = list(_CUT.finditer(text))
    after = list(map(bisect_left, repeat(starts), map(_END, cuts)))
    return list(dict.fromkeys(compress(after, map(_SENTENCE, cuts)))), list(dict.fromkeys(after))


def _bounds(cuts: list[int], i: int, count: int) -> tuple[int, int]:
    k = bisect_right(cuts, i)
    return (cuts[k - 1] if k else 0), (cuts[k] if k < len(cuts) else count)


def detect(text: str, field: str | None = None) -> list[Finding]:
    """Every art. 9 / art. 10 mention in ``text``; ``about_person`` says whether it is about
    a person (generic, hypothetical and object-only mentions are returned with False)."""
    if not text:
        return []
    lex = lexicon()
    tokens = _tokens(text, lex.anchors)
    if tokens is None:
        return []
    words, starts, ends = tokens
    found: list[tuple[int, int, Entry]] = []
    end = 0
    trie = lex.trie
    for i in term_starts(trie, words):
        if i < end:  # inside the term found last
            continue
        best = _longest(trie.get(words[i]) or trie[NUMBER], text, words, starts, ends, i)
        if best is not None:
            end = best[0]
            if best[1].kind != "false_friend":
                found.append((i, *best))
    if not found:
        return []
    return _findings(text, field, words, starts, ends, found)


def _tokens(text: str, anchors: frozenset[str]) -> tuple[list[str], list[int], list[int]] | None:
    """The folded tokens of ``text`` with their start and end offsets, or None when no token
    is an anchor.

    Offsets are only computed for the few texts that hold an anchor: the running sum of the
    lengths of the separators and tokens that ``split`` returns in turn (only non-word
    characters separate tokens)."""
    parts, words = split_words(text)
    if anchors.isdisjoint(words):
        return None
    return words, *word_offsets(parts)


def _term_starts(trie: Trie, words: list[str]) -> list[int]:
    """The indices of the tokens where a term of ``trie`` may start: the token leads into the
    trie (a number through ``#``), and either a one-token term ends there or the next token
    leads on. Every token is tried (a dict look-up each): restricting the starts to the reach
    of the anchors cost more than the look-ups it saved, and found the same terms. Most tokens
    begin no term here."""
    starts = []
    last = len(words) - 1
    for i, word in enumerate(words):
        node = trie.get(word) or (trie.get(NUMBER) if word.isdigit() else None)
        if node is None:
            continue
        if "" not in node:  # no one-token term: the next token must lead on
            if i == last:
                continue
            after = words[i + 1]
            if after not in node and not (NUMBER in node and after.isdigit()):
                continue
        starts.append(i)
    return starts


def term_starts(trie: Trie, words: list[str]) -> list[int]:
    """:func:`_term_starts`, in C where the optional kernel is built (same result): there a
    bit filter of the trie's first tokens (alone, and with each token that may follow) passes
    over most tokens without a look-up in the trie, whose dicts are scattered in memory."""
    if kernel.term_starts is not None:
        return kernel.term_starts(trie, words, NUMBER, _start_filter(trie))
    return _term_starts(trie, words)


#: The last trie filtered and its filter (one tuple, replaced whole: threads never see half).
_filtered: tuple[Trie, bytes] = ({}, b"")


def _start_filter(trie: Trie) -> bytes:
    """The filter of ``trie``, built once: kept with the very trie it was built from, so that a
    reloaded lexicon never meets a filter that lacks its terms."""
    global _filtered
    last = _filtered
    if last[0] is trie:
        return last[1]
    assert kernel.start_filter is not None
    built = kernel.start_filter(trie)
    _filtered = (trie, built)
    return built


def word_offsets(parts: list[str]) -> tuple[list[int], list[int]]:
    """(starts, ends): each word's offsets in the text that :func:`split_words` split into
    ``parts`` (separators and words in turn), from the running sum of the parts' lengths (in
    C where the optional kernel is built: the same lists)."""
    if kernel.offsets is not None:
        return kernel.offsets(parts)
    return _offsets(parts)


def _offsets(parts: list[str]) -> tuple[list[int], list[int]]:
    bounds = list(accumulate(map(len, parts)))
    return bounds[0:-1:2], bounds[1::2]


#: The last text split and its parts: the classifier reads the words of the text this detector
#: has just split (one tuple, replaced whole, so that threads never see half of it).
_last_split: tuple[str, list[str], list[str]] = ("", [""], [])
#: :data:`FOLD` as the C split folds with (None without the C loops).
_FOLD_MAP: bytes | None = kernel.fold_map(FOLD) if kernel.fold_map is not None else None


def split_words(text: str) -> tuple[list[str], list[str]]:
    """(parts, words): ``text`` split into separators and tokens in turn, and its tokens folded.

    Tokens are read from the lower-cased text, which keeps offsets unless a letter grows (as
    "İ" does: then each token of the original is folded instead). The last text's answer is
    kept, for :mod:`licite.detectors.classifier`, which needs the same words."""
    global _last_split
    last = _last_split
    if text is last[0]:
        return last[1], last[2]
    lower = lowered(text)
    if len(lower) != len(text):
        parts = _SPLIT.split(text)
        words = [fold(w) or w for w in parts[1::2]]
    elif kernel.split is not None and _FOLD_MAP is not None:
        parts, words = kernel.split(lower, _FOLD_MAP)
    else:
        parts, words = _split_lowered(lower)
    _last_split = (text, parts, words)
    return parts, words


def _split_lowered(lowered: str) -> tuple[list[str], list[str]]:
    """(parts, words) of a lower-cased text whose length lowering kept: its tokens are folded
    where they are not ASCII (``_tokens.split`` in C does the same). A token of combining
    accents alone, which folds to nothing, is kept as it is: an empty word would be read as the
    key under which the tries keep what ends at a node."""
    parts = _SPLIT.split(lowered)
    raw: list[str] = parts[1::2]
    if lowered.isascii():
        return parts, raw
    return parts, [w if w.isascii() else (w.translate(FOLD) or w) for w in raw]


def _findings(
    text: str,
    field: str | None,
    words: list[str],
    starts: list[int],
    ends: list[int],
    found: list[tuple[int, int, Entry]],
) -> list[Finding]:
    sentences, clauses = _cuts(text, starts)
    located = [(i, end, entry, _bounds(sentences, i, len(words))) for i, end, entry in found]
    around = dict.fromkeys(at for *_, at in located)  # the matches' sentences, each once
    tails = {at: _tail(text, starts, ends, (sentences, clauses), at[1]) for at in around}
    heads = {at: _across_dash(text, starts, ends, sentences, at[0], at[0] - 1) for at in around}
    # The sentence after a biometric match: it may say whose data was enrolled ("Pointeuse à
    # reconnaissance de l'iris installée ; Stéphane enrôlé hier")
    nexts = {
        at: _bounds(sentences, at[1], len(words)) if at[1] < len(words) else (at[1], at[1])
        for i, end, entry, at in located
        if "biometric" in entry.categories
    }
    opening = _bounds(sentences, 0, len(words))
    ranges = [
        opening,
        *tails,
        *(r for r in (*tails.values(), *heads.values(), *nexts.values()) if r[0] < r[1]),
    ]
    hits = Hits.find(_markers(), text, words, starts, ends, ranges)
    findings = []
    for i, end, entry, sentence in located:
        first, last = starts[i], ends[end - 1]
        if entry.not_title and i != sentence[0] and text[first:last].istitle():
            continue  # "M. Gay", "Jean Gay": a surname
        if i and _surname_after_honorific(text, starts, ends, i, last):
            continue  # "Mme Chrétien", "Mrs Priest", "M. Dieu"
        clause = _bounds(clauses, i, len(words))
        name_token = -1
        before = clause[0] - 1
        if _opened(text, starts, ends, clause, i, sentence):
            if text[starts[before]].isupper():
                # "Mme Garnier (CFTC, mandatée)": the parenthesis belongs to the name before it
                name_token = before
                clause = (_bounds(clauses, before, len(words))[0], clause[1])
            elif "politics" in entry.categories:  # "conseillère départementale (LR)": to the post
                clause = (_bounds(clauses, before, len(words))[0], clause[1])
        window = Window(
            i,
            end,
            clause,
            sentence,
            priced=PRICE.search(text, starts[sentence[0]], ends[sentence[1] - 1]) is not None,
            capitalised=text[first].isupper(),
            name_token=name_token,
            tail=tails[sentence],
            head=heads[sentence],
            after=nexts.get(sentence, (0, 0)),
            opening=opening[1],
            head_named=entry.kind == "trait"
            and heads[sentence][0] < heads[sentence][1]
            and _names(text, starts, ends, clauses, heads[sentence][0], i),
        )
        listed = entry.kind in _LISTED and clause[0] > sentence[0]
        for category in entry.categories:
            verdict = judge(entry, category, window, hits)
            if verdict is not None and verdict.about_person and listed:
                verdict = _as_listed(
                    verdict, entry, category, window, hits, (text, starts, ends, clauses)
                )
            if verdict is not None:
                findings.append(_finding(text, first, last, entry, category, verdict, field))
    return with_ancestry(text, findings, field)


def _as_listed(
    verdict: Verdict,
    entry: Entry,
    category: str,
    window: Window,
    hits: Hits,
    located: tuple[str, list[int], list[int], list[int]],
) -> Verdict:
    """The verdict on a match said of a person, unless it is an item of a list that something
    before the list makes generic ("regardless of age, disability, religion"): a list only
    ever demotes, so a directory's "M. Dupont, psychiatre, ..." stays as judged alone."""
    text, starts, ends, clauses = located
    start, clause = _list_head(text, hits.words, starts, ends, clauses, window)
    if start != window.start:
        listed = judge(entry, category, window.moved(start, clause), hits)
        if listed is not None and not listed.about_person:
            return listed
    return verdict


def _list_head(
    text: str,
    words: list[str],
    starts: list[int],
    ends: list[int],
    clauses: list[int],
    window: Window,
) -> tuple[int, tuple[int, int]]:
    """For a match alone in an item of a comma-cut list ("regardless of age, disability,
    religion or sexual orientation", "sans distinction d'âge, de handicap ou d'origine"): the
    list's first item and a clause from it, so that what stands before the list (a generic or
    hypothetical marker) applies to every item; else the window's own start and clause. Items are
    short (3 tokens at most, the match's own with at most 4 tokens after it, which start with a
    conjunction: "religion or sexual orientation"); the first one ends the clause that opens
    the list (a list that opens its sentence has nothing before it)."""
    i, end, clause = window.start, window.end, window.clause
    low, rest = clause[0], clause[1] - end
    if i - low > 3 or not _LIST_GLUE.issuperset(words[low:i]):
        return i, clause
    if rest and (rest > 4 or words[end] not in _LIST_AND):
        return i, clause  # "..., my husband and I get odd looks": a statement, not an item
    while low and "," in text[ends[low - 1] : starts[low]]:
        prev = _bounds(clauses, low - 1, len(words))
        if prev[1] - prev[0] > 3:
            return low - 1, (prev[0], clause[1])
        low = prev[0]
    return i, clause  # nothing before the list


def _surname_after_honorific(
    text: str, starts: list[int], ends: list[int], i: int, last: int
) -> bool:
    """Whether the match from token ``i`` to ``last`` is a capitalised word right after an
    honorific, a first name between them or not ("Mrs Priest", "M. Dieu", "Mrs Christine
    Church"): a surname, whatever its lexicon kind ("I'M" is no honorific: the "M" must not
    follow an apostrophe or a letter)."""
    first = starts[i]
    if not text[first:last].istitle():
        return False
    if i > 1 and text[ends[i - 1] : first] == " " and text[starts[i - 1] : ends[i - 1]].istitle():
        i -= 1  # a first name
    head, tail = starts[i - 1], ends[i - 1]
    return (
        text[head:tail] in _HONORIFIC
        and (head == 0 or text[head - 1].isspace() or text[head - 1] in "(,;")
        and text[tail : starts[i]] in (" ", ". ", "\u00a0", ".\u00a0")
    )


def _names(
    text: str, starts: list[int], ends: list[int], clauses: list[int], low: int, high: int
) -> bool:
    """Whether a clause among tokens ``[low, high)`` is a person's name: two words or more, each
    a capital then small letters, initials allowed ("Marc Vigier", "Dr Hannah Lewis")."""
    at = low
    while at < high:
        clause = _bounds(clauses, at, len(starts))
        first, last = max(clause[0], low), min(clause[1], high)
        words = [text[a:b] for a, b in zip(starts[first:last], ends[first:last], strict=True)]
        full = [w for w in words if len(w) > 1]
        if len(full) >= 2 and all(
            (w[0].isupper() and (len(w) == 1 or w[1:].islower())) for w in words
        ):
            return True
        at = clause[1]
    return False


def _tail(
    text: str,
    starts: list[int],
    ends: list[int],
    cuts: tuple[list[int], list[int]],
    cut: int,
) -> tuple[int, int]:
    """The sentence after a dash that ends a match's sentence (``cuts``: sentence and clause
    starts), and the next one too when that sentence is a short site name and the next one
    names someone ("UNISON branch - Royal Infirmary. Branch secretary: Denise Carter")."""
    sentences, clauses = cuts
    low, high = _across_dash(text, starts, ends, sentences, cut, cut)
    if 0 < high - low <= _SHORT_TAIL and high < len(starts):
        after = _bounds(sentences, high, len(starts))[1]
        if _names(text, starts, ends, clauses, high, after):
            return low, after
    return low, high


def _across_dash(
    text: str, starts: list[int], ends: list[int], sentences: list[int], cut: int, side: int
) -> tuple[int, int]:
    """The sentence on ``side`` (token ``cut`` after the cut, ``cut - 1`` before it) of the cut
    before token ``cut`` when that cut is a dash ("CGT de Brest — Secrétaire : X", "Dr Brooks,
    Psychiatrist - adult ADHD assessments"), else an empty range."""
    if not 0 < cut < len(starts):
        return cut, cut
    between = text[ends[cut - 1] : starts[cut]]
    if _DASH_MARKS.isdisjoint(between):
        return cut, cut
    return _bounds(sentences, side, len(starts))


def _opened(
    text: str,
    starts: list[int],
    ends: list[int],
    clause: tuple[int, int],
    i: int,
    sentence: tuple[int, int],
) -> bool:
    """Whether the match at token ``i`` opens a parenthesis (after a determiner at most) that
    follows a token of the same sentence: "Jean Vidal (Parti socialiste)"."""
    if clause[0] not in (i, i - 1) or clause[0] <= sentence[0]:
        return False
    between = text[ends[clause[0] - 1] : starts[clause[0]]]
    return between.strip() == "("


def _finding(
    text: str,
    start: int,
    end: int,
    entry: Entry,
    category: str,
    verdict: Verdict,
    field: str | None,
) -> Finding:
    found = text[start:end]
    article = "GDPR art. 10" if category in ART10_CATEGORIES else "GDPR art. 9"
    about = _ABOUT if verdict.about_person else _NOT_ABOUT_TEXT
    # Positional arguments, in the order of Finding's fields (keywords cost more per call)
    return Finding(
        category,
        start,
        end,
        found,
        (BY_DEFAULT if verdict.by_default else _SCORES[entry.kind])
        if verdict.about_person
        else NOT_ABOUT,
        DETECTOR,
        f"« {found} » ({category}, {article}): {entry.lang.upper()} {entry.kind} "
        f"« {entry.form} »{about}{verdict.reason}",
        field,
        verdict.about_person,
    )
