"""The classifier's second opinion: same probabilities as scikit-learn; it adds findings and
overturns only the lexicons' verdicts made by default."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from licite.detectors import classifier, context, sensitive
from licite.detectors.redact import redact_text
from licite.detectors.registry import categories_of, scan_text

CHECK = Path(__file__).with_name("classifier_check.json")
#: The writers measured on arrival against the shipped model (benchmarks/train_classifier.py).
FRESH = {f"holdout{n}" for n in range(122, 130)}

#: Texts of our own wording whose category no lexicon term reveals, and the classifier does.
SECOND_OPINIONS = [
    ("She lost her hair after the treatment and wears a wig now.", "health"),
    ("Il a eu ses premières crises l'an dernier et ne conduit plus depuis.", "health"),
]
#: Texts with nothing to report: the classifier stays silent too.
SILENT = [
    "Vends vélo de course, très bon état.",
    "Appartement lumineux, orientation plein sud, proche église.",
    "Boulangerie Martin, 12 rue de l'Église, 69002 Lyon",
    "",
    "   ",
    "!!! ... ???",
]


def test_probabilities_match_scikit_learn() -> None:
    """The pure-Python scorer gives the probabilities scikit-learn gave for the same weights
    (written by ``benchmarks/train_classifier.py --write``)."""
    checks = json.loads(CHECK.read_text("utf-8"))
    assert len(checks) > 100
    for check in checks:
        got = classifier.probabilities(check["text"])
        assert got == pytest.approx(check["p"], abs=1e-7), check["text"]


def test_the_model_says_what_it_was_trained_on() -> None:
    model = classifier.model()
    assert set(model.categories) == classifier.CATEGORIES == categories_of(classifier.DETECTOR)
    assert all(0.5 <= t < 1 for t in model.thresholds)
    # Never the main corpus (benchmarks/detect.py measures on it) nor the fresh writers
    assert "corpus" not in model.trained_on
    assert not FRESH & set(model.trained_on)
    assert len(model.trained_on) >= 50


@pytest.mark.parametrize(("text", "category"), SECOND_OPINIONS)
def test_a_category_no_lexicon_term_reveals(text: str, category: str) -> None:
    assert not [f for f in sensitive.detect(text) if f.about_person]
    findings = [f for f in scan_text(text) if f.detector == classifier.DETECTOR]
    assert [f.category for f in findings] == [category]
    finding = findings[0]
    assert text[finding.start : finding.end] == finding.text
    assert finding.about_person and finding.score >= classifier.model().thresholds[0]
    assert "GDPR art. 9" in finding.explanation and "«" in finding.explanation
    assert not scan_text(text, second_opinion=False)
    # and redaction replaces the sentence
    redacted, replaced = redact_text(text)
    assert replaced == findings and "[HEALTH]" in redacted
    assert redact_text(text, second_opinion=False) == (text, [])


@pytest.mark.parametrize("text", SILENT)
def test_silent_on_clean_text(text: str) -> None:
    assert classifier.detect(text) == []
    assert scan_text(text) == scan_text(text, second_opinion=False)


def test_known_categories_are_not_reported_again() -> None:
    text, category = SECOND_OPINIONS[0]
    assert classifier.detect(text, "notes", {category}) == []
    assert [f.field for f in classifier.detect(text, "notes")] == ["notes"]


def test_categories_filter_the_second_opinion() -> None:
    text, _ = SECOND_OPINIONS[0]
    assert scan_text(text, categories={"email"}) == []
    assert [f.category for f in scan_text(text, categories={"health"})] == ["health"]


def test_a_category_the_lexicons_revealed_is_left_to_them() -> None:
    text = "Mon mari et moi cherchons un T3, je suis enceinte de six mois."
    assert classifier.probabilities(text)["health"] > 0.9
    assert {f.detector for f in scan_text(text) if f.category == "health"} == {"sensitive-terms"}


def test_words_are_folded_as_the_lexicons_read_them() -> None:
    text = "Dialysé trois fois par semaine, ŒDÈME"
    decomposed = unicodedata.normalize("NFD", text)
    assert classifier.features(text) == {"dialyse", "trois", "fois", "par", "semaine", "oedeme"}
    assert classifier.features(decomposed) == classifier.features(text)
    assert classifier.probabilities(decomposed) == classifier.probabilities(text)


_WORDS = st.sampled_from(
    [w for text, _ in SECOND_OPINIONS for w in text.split()]
    + ["malade", "église", "syndiqué", "prison", "gay", "vends", "rue", "de", "la", ".", "\n"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=40).map(" ".join))
def test_the_second_opinion_adds_and_only_overturns_verdicts_made_by_default(text: str) -> None:
    """An objection-like invariant: the classifier removes no finding; it changes a lexicon
    finding only from "about a person by default" to "not about a person" (same mention, same
    span), where the model rules the category out; and it adds findings only on categories no
    lexicon finding still reveals about a person."""
    alone = scan_text(text, second_opinion=False)
    both = scan_text(text)
    lexicon = [f for f in both if f.detector != classifier.DETECTOR]
    assert len(lexicon) == len(alone)
    for before, after in zip(alone, lexicon, strict=True):
        if after == before:
            continue
        assert before.about_person and before.score == sensitive.BY_DEFAULT
        assert not after.about_person and after.score == sensitive.NOT_ABOUT
        assert (after.category, after.start, after.end, after.text, after.detector) == (
            before.category, before.start, before.end, before.text, before.detector
        )  # fmt: skip
        assert "the classifier rules it out" in after.explanation
    revealed = {f.category for f in lexicon if f.about_person}
    for finding in both:
        if finding.detector == classifier.DETECTOR:
            assert finding.category not in revealed
            assert text[finding.start : finding.end] == finding.text


def test_a_verdict_made_by_default_is_overturned_where_the_model_rules_it_out() -> None:
    """A trait tied to no one is taken as said of the text's subject; in a table of shares the
    model rules religion out, so the mention is kept as not about a person (the lexicons alone
    keep it about one: --lexicon-only is the stricter reading)."""
    text = "Panel stats: 61% married, 14% no religion, 6% disabled. Full tables in the annex."
    alone = {f.category: f for f in scan_text(text, second_opinion=False)}
    assert alone["religion"].about_person and alone["religion"].score == sensitive.BY_DEFAULT
    checked = {f.category: f for f in scan_text(text)}
    assert not checked["religion"].about_person
    assert "rules it out here (p = 0.0" in checked["religion"].explanation
    # the same weakest verdict where the model finds the category stays about a person
    profile = "Diabétique, cherche colocation calme à Lyon près du métro."
    (health,) = [f for f in scan_text(profile) if f.category == "health"]
    assert health.about_person and health.score == sensitive.BY_DEFAULT


def test_a_lexicon_term_names_the_tag_of_a_merged_span() -> None:
    """The classifier adds politics to "militante CGT" over the whole sentence; the redacted
    span is tagged by the term the text says (the union), not by the classifier."""
    text = "Elle est militante CGT à Lyon"
    detectors = {(f.category, f.detector) for f in scan_text(text)}
    assert ("union", "sensitive-terms") in detectors
    assert redact_text(text)[0] == "[UNION]"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Elle vient à la rupture du jeûne chaque soir pendant le Ramadan.", "elle"),
        ("Karim vient à la rupture du jeûne chaque soir pendant le Ramadan.", "karim"),
    ],
)
def test_a_text_that_speaks_of_no_one_gets_no_second_opinion(text: str, cue: str) -> None:
    """A notice weighs towards a category as much as a note about someone, but reveals nothing
    about a person: without a pronoun, an honorific, a relative, a role or a first name the
    classifier stays silent, and its explanation names the word that shows someone."""
    notice = "Mosquée du quartier : rupture du jeûne offerte chaque soir pendant le Ramadan."
    assert classifier.probabilities(notice)["religion"] >= 0.7
    assert classifier.detect(notice) == []
    (finding,) = classifier.detect(text)
    assert finding.category == "religion"
    assert f"« {cue} »" in finding.explanation


@pytest.mark.parametrize("text", ["David Edge", "Sarah Cohen", "Mohamed Ali, Lyon", "Rev. Jones"])
def test_a_name_alone_is_too_short_to_judge(text: str) -> None:
    """A contact's name field holds a word or two the model knows (first names come with
    faiths and origins in its training texts): scored alone, one word would weigh as a whole
    vector. Under MIN_WORDS words, the classifier says nothing."""
    assert len(sensitive.split_words(text)[1]) < classifier.MIN_WORDS
    assert classifier.detect(text) == []
    assert all(f.detector != classifier.DETECTOR for f in scan_text(text))


def test_a_short_tail_joins_the_stretch_before_it() -> None:
    """A long text is never cut so as to leave fewer than MIN_WORDS words to score alone."""
    words = [f"w{i}" for i in range(classifier.WINDOW + classifier.MIN_WORDS - 1)]
    parts, _ = sensitive.split_words(" ".join(words))
    count = len(words)
    assert classifier._stretch_end(parts, 0, count) == count
    longer = count + 1
    parts, _ = sensitive.split_words(" ".join([*words, "end"]))
    assert classifier._stretch_end(parts, 0, longer) == classifier.WINDOW


#: Notes that name someone and reveal nothing: a surname or a first name is no evidence of a
#: faith or an origin (the model once read a religion into "Mme Sarah Cohen a appelé…").
NAMED = [
    "Mme Sarah Cohen a appelé pour modifier son contrat de box internet.",
    "Mr David Levy called about his broadband contract renewal.",
    "M. Mohamed Benali souhaite un devis pour une cuisine équipée.",
    "Mr Singh called about the kitchen quote, call back on Monday.",
    "Mme Haddad demande un rappel pour son devis de toiture.",
]


@pytest.mark.parametrize("text", NAMED)
def test_a_name_is_no_evidence(text: str) -> None:
    assert classifier.detect(text) == []


def test_the_model_has_no_people_s_names() -> None:
    """benchmarks/train_classifier.py leaves names out of the vocabulary: the context rules'
    first names (but a one-word lexicon term such as "christian") and the texts' surnames."""
    words = set(classifier.model().vectors)
    one_word_terms = {w for w, child in sensitive.lexicon().trie.items() if "" in child}
    assert not words & (context.given_names() - one_word_terms)
    assert not words & {"cohen", "levy", "benali", "haddad", "singh", "diallo", "nguyen"}


def test_a_long_text_is_scored_by_stretches_of_words() -> None:
    """Diluted in a long text, the words that reveal something weigh little: past WINDOW words
    the text is scored by stretches of words, each on its own; the finding is the sentence."""
    text, category = "Depuis sa greffe de rein il ne peut plus porter de charges lourdes.", "health"
    filler = "Le jardin est grand et bien exposé, avec une terrasse en bois refaite l'an dernier. "
    long_text = filler * 6 + text + " " + filler * 6
    assert len(classifier.features(long_text)) < 3 * classifier.WINDOW < len(long_text.split())
    whole, alone = classifier.probabilities(long_text), classifier.probabilities(text)
    assert whole[category] < alone[category]  # diluted in the whole text's vector
    findings = classifier.detect(long_text)
    assert [(f.category, f.text) for f in findings] == [(category, text)]
    assert long_text[findings[0].start : findings[0].end] == text


def test_results_do_not_depend_on_the_hash_seed() -> None:
    """Words of equal weight ("cystic" and "fibrosis" always come together) are named in the
    word's order, and the scores are summed in text order, not in the order a set happens to
    hold them in this process: the same probabilities to the last bit."""
    script = (
        "from licite.detectors import classifier\n"
        "text = 'Her son has cystic fibrosis and sees the physio twice a week.'\n"
        "print([f.explanation for f in classifier.detect(text)])\n"
        "print(repr(sorted(classifier.probabilities(text).items())))\n"
        "long = 'Le jardin est grand, la terrasse refaite. ' * 9 + text + ' Vue mer. ' * 20\n"
        "print([(f.score, f.start, f.end) for f in classifier.detect(long)])\n"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3", "4")
    }
    assert len(outputs) == 1 and "« cystic », « fibrosis »" in outputs.pop()
