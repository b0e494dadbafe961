"""The sensitive-data detector as a whole: API, offsets, lexicon files, properties, speed.

The per-category tables are in ``test_sensitive_<family>.py``; the context rules (negation,
hypothetical and generic forms, false friends, objects) in ``test_sensitive_context.py``.
"""

from __future__ import annotations

import gc
import json
import re
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from licite.core.findings import ART9_CATEGORIES, ART10_CATEGORIES, Finding
from licite.detectors import sensitive, terms
from licite.detectors.lexicon import KINDS
from licite.detectors.sensitive import CATEGORIES, DETECTOR, detect, fold, lexicon
from licite.detectors.terms import expand, walk

LEXICONS = resources.files("licite.detectors").joinpath("data", "lexicons")

#: Texts with at least one mention about a person, for the properties.
SAMPLES = [
    "vends fauteuil roulant depuis mon AVC",
    "militante CGT",
    "dispo sauf pendant le ramadan",
    "Mme Durand, 72 ans, diabétique de type 2",
    "Il a été condamné à 2 ans de prison avec sursis",
    "Elle est d'origine algérienne",
    "I'm a wheelchair user",
    "Devout Muslim, prays five times a day",
    "He was convicted of theft in 2015",
    "Lifelong Labour voter",
    "Je suis lesbienne",
    "Porteuse de la mutation BRCA1",
    "ses empreintes digitales ont été relevées",
]
NEUTRAL = ["table", "chêne", "Lyon", "livraison", "garden", "offers", "12", "rue", "devis", "été"]


def _in_lexicon(finding: Finding) -> bool:
    """The finding's text, folded, is a phrase of the lexicon for its category."""
    words = [fold(w) for w in sensitive._TOKEN.findall(finding.text)]
    for end, entries in walk(lexicon().trie, words, 0, len(words)):
        if end == len(words) and any(finding.category in e.categories for e in entries):
            return True
    return False


def test_detector_api() -> None:
    assert DETECTOR == "sensitive-terms"
    assert CATEGORIES == ART9_CATEGORIES | ART10_CATEGORIES
    assert detect("") == []
    assert detect("Table en chêne massif, très bon état") == []


@pytest.mark.parametrize("text", SAMPLES)
def test_findings_are_exact_spans_with_field_score_and_explanation(text: str) -> None:
    findings = detect(text, field="notes")
    assert any(f.about_person for f in findings)
    for f in findings:
        assert text[f.start : f.end] == f.text
        assert f.field == "notes"
        assert f.detector == DETECTOR
        assert 0 < f.score <= 1
        assert ("art. 10" if f.category in ART10_CATEGORIES else "art. 9") in f.explanation
        assert f"« {f.text} »" in f.explanation
        assert _in_lexicon(f)


def test_offsets_index_the_original_text_whatever_its_accents_and_case() -> None:
    text = "Note : Ma Sœur Est DIABÉTIQUE et sous chimiothérapie"
    spans = [(f.text, f.start, f.end) for f in detect(text)]
    assert spans == [("DIABÉTIQUE", 19, 29), ("chimiothérapie", 38, 52)]
    decomposed = "je suis diabe\u0301tique"  # NFD: e + combining acute accent
    assert [f.text for f in detect(decomposed)] == ["diabe\u0301tique"]


def test_explanation_names_the_entry_and_the_rule() -> None:
    [finding] = detect("vends fauteuil roulant de ma mère décédée")
    assert finding.about_person
    assert "« fauteuil roulant »" in finding.explanation
    assert "object" in finding.explanation and "« ma mère »" in finding.explanation


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Église", "eglise"), ("Œuvre", "oeuvre"), ("ça déjà", "ca deja"), ("", "")],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(
    ("term", "phrases"),
    [
        ("handicapé(e)(s)", {"handicape", "handicapee", "handicapes", "handicapees"}),
        ("jui(f|ve)", {"juif", "juive"}),
        ("(|très )pieuse", {"pieuse", "tres pieuse"}),
        ("militant (de gauche|écolo)", {"militant de gauche", "militant ecolo"}),
        ("burn-out", {"burn out", "burnout"}),
        ("enceinte de # mois", {"enceinte de # mois"}),
        ("d'origine", {"d origine"}),
    ],
)
def test_term_syntax(term: str, phrases: set[str]) -> None:
    assert {" ".join(p) for p in expand(term)} == phrases


def test_term_syntax_macros_and_errors() -> None:
    assert expand("d'origine {O}", {"O": ["kabyle(s)"]}) == [
        ("d", "origine", "kabyle"),
        ("d", "origine", "kabyles"),
    ]
    with pytest.raises(ValueError, match="unknown macro"):
        expand("{NOPE}")
    with pytest.raises(ValueError, match="unbalanced"):
        expand("malade(s")


@pytest.mark.parametrize("category", sorted(CATEGORIES))
def test_lexicon_files_cover_both_languages_with_valid_groups(category: str) -> None:
    raw = json.loads(LEXICONS.joinpath(f"{category}.json").read_text("utf-8"))
    assert raw["category"] == category and raw["legal"]
    langs = {g["lang"] for g in raw["entries"] if g["kind"] != "false_friend"}
    assert langs == {"fr", "en"}
    assert {g["kind"] for g in raw["entries"]} <= set(KINDS)
    assert set(raw["members"]) == {"fr", "en"}
    sizes = lexicon().sizes[category]
    assert sizes["fr"] >= 60 and sizes["en"] >= 35
    terms = [t for g in raw["entries"] for t in g["terms"]]
    terms += [t for ts in raw["members"].values() for t in ts]
    assert not [t for t in terms if re.search(r"[?*\[\]\\^$.]", t)], "regex syntax in a term"
    assert not [t for t in terms if t != t.strip() or "  " in t]


@settings(max_examples=60, deadline=None)
@given(
    prefix=st.lists(st.sampled_from(NEUTRAL), min_size=1, max_size=12),
    text=st.sampled_from(SAMPLES),
)
def test_unrelated_text_before_a_match_shifts_its_offsets(prefix: list[str], text: str) -> None:
    head = " ".join(prefix) + ". "
    shifted = [(f.category, f.start, f.end, f.about_person) for f in detect(head + text)]
    alone = [
        (f.category, f.start + len(head), f.end + len(head), f.about_person) for f in detect(text)
    ]
    assert shifted == alone


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(alphabet="aeiouéèçœ AEÉ'’-.,;:!?\n0123456789€", max_size=12),
            st.sampled_from(["diabète", "CGT", "FO", "Église", "rue", "ne", "pas", "mon", "#"]),
            st.sampled_from(SAMPLES),
        ),
        max_size=8,
    )
)
def test_any_text_gives_exact_spans_from_the_lexicon(parts: list[str]) -> None:
    text = " ".join(parts)
    for f in detect(text):
        assert text[f.start : f.end] == f.text
        assert _in_lexicon(f)


def _texts_of_500(seed: str) -> str:
    return (seed * (500 // len(seed) + 1))[:500]


CLEAN = _texts_of_500(
    "Bonjour, je vends une table en chêne massif très bon état, prix à débattre. Livraison "
    "possible autour de Lyon. Lovely three-bedroom house with a south-facing garden. "
)
HITS = _texts_of_500(
    "Mme Durand, 72 ans, diabétique depuis 2010, rappeler après 14h. Appartement proche de "
    "l'église, accessible PMR, 12 rue de l'Église. Her husband uses a wheelchair. "
)


def test_texts_of_500_characters() -> None:
    """Speed is measured in benchmarks/detect.py, not timed here (a timed bound failed on
    loaded machines): a long text without a mention gives nothing, and one repeating its
    mentions gives each of them."""
    assert detect(CLEAN) == []
    found = {(f.category, f.about_person) for f in detect(HITS)}
    assert ("health", True) in found


def test_a_trie_keeps_every_payload_of_a_phrase_in_order_and_the_collector_is_restored() -> None:
    items = [(("a", "b"), 1), (("a",), 2), (("a", "b"), 3), (("c",), 4)]
    assert terms.build_trie(items) == {"a": {"b": {"": [1, 3]}, "": [2]}, "c": {"": [4]}}
    for enabled in (True, False):
        (gc.enable if enabled else gc.disable)()
        with terms.gc_paused():
            assert not gc.isenabled()
        assert gc.isenabled() is enabled
    gc.enable()


def test_what_a_frozen_build_made_is_out_of_the_collectors_sight() -> None:
    gc.enable()
    before = gc.get_freeze_count()
    with terms.gc_paused(freeze=True):
        kept = [{"node": [i]} for i in range(1_000)]
        assert not gc.isenabled()
    assert gc.isenabled()
    assert gc.get_freeze_count() >= before + 2 * len(kept)  # each dict and its list


#: A lone combining accent is a token that folds to nothing; after a context marker ("Madame",
#: "il est", "son mari") the marker trie's walk once read that empty word as the key of what
#: ends at a node, and crashed on the list found there.
LONE_ACCENTS = [
    ("Madame \u0301 est diabétique", "health"),
    ("Mme \u0301 diabétique", "health"),
    ("M. \u0301\u0301 est diabétique depuis", "health"),
    ("il est \u0301 diabétique", "health"),
    ("son mari \u0301 est musulman", "religion"),
    ("İl est \u0301 diabétique", "health"),  # "İ" grows when lowered: the other folding path
]


@pytest.mark.parametrize(("text", "category"), LONE_ACCENTS)
def test_lone_combining_accents_are_words_like_others(text: str, category: str) -> None:
    from licite.detectors.registry import scan_text

    found = scan_text(text)
    assert any(f.category == category and f.about_person for f in found)
    assert "" not in sensitive.split_words(text)[1]


#: Words that start markers and terms, and tokens that fold to nothing or grow when lowered.
_WORDS = "madame mme m. il est son mari ma femme elle sa client le la de en 12 2 ans"
_TERMS = "diabétique musulman cgt syndiqué avc casier judiciaire gay handicap"
_PIECES = [
    *_WORDS.split(),
    *_TERMS.split(),
    "\u0301",
    "\u0301\u0327",
    "e\u0301",
    "İ",
    "ß",
    ",",
    ".",
    "-",
    "\n",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25), st.sampled_from([" ", "", "  "]))
def test_scan_never_fails_on_pieces_of_markers_and_accents(pieces: list[str], sep: str) -> None:
    from licite.detectors.registry import scan_text

    text = sep.join(pieces)
    for finding in scan_text(text):
        assert text[finding.start : finding.end] == finding.text
