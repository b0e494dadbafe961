"""Context rules of the sensitive-data detector: is a lexicon match about a person?

Why: the CNIL asks re-users to filter out art. 9 and art. 10 data about people, not every word
of a medical, religious or legal vocabulary. An advert "accessible PMR", a butcher's "halal", a
lawyer offering help "en garde à vue" or a question "si vous êtes syndiqué" reveal nothing
about anyone; "depuis mon AVC" or "vends le fauteuil roulant de ma mère" do. The markers are data
(``data/context.json``, one list per rule, with why it exists); this module says in which
window each rule looks and in which order the rules apply. Policy decisions:

- negation keeps a statement about a person sensitive ("je ne suis pas malade" is health data,
  "pas de casier judiciaire" relates to convictions); it only removes places, practices, objects;
- hypothetical, generic and required-of-applicants mentions are never about a person;
- a profession linked to a term ("surveillant de prison") is a job, not a fact about someone.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from licite.detectors import kernel
from licite.detectors.lexicon import Entry
from licite.detectors.terms import NUMBER, Trie, build_trie, expand, fold, gc_paused, walk

__all__ = ["Hits", "Verdict", "Window", "judge", "marker_trie", "person_cues"]

#: A marker found in the text: (first token, end token).
Span = tuple[int, int]


@cache
def _rules() -> dict[str, Any]:
    raw: dict[str, Any] = json.loads(
        resources.files(__package__).joinpath("data", "context.json").read_text("utf-8")
    )
    return raw


@cache
def _connectors() -> frozenset[str]:
    """Words inside a place name: "rue *de l'*Église", "Place *Notre-Dame*"."""
    return frozenset(t for w in _rules()["toponym"]["connectors"] for p in expand(w) for t in p)


@cache
def _owners() -> frozenset[str]:
    """Person nouns that make a pet or a school a description of a person ("dog mum")."""
    return frozenset(fold(w) for w in _rules()["soft"]["owners"])


#: Words between a person noun and the pet it owns ("maman *d'un* chat", "mum *to two* dogs").
_OWNED_BY = frozenset(
    ("de", "d", "of", "to", "un", "une", "a", "an", "des", "deux", "trois", "two", "three")
)


def _owned(words: list[str], span: Span) -> bool:
    """Whether a soft or animal marker is said of a person: "dog *mum*", "college *student*",
    "*maman* d'un chat", "*owner* of two dogs" (see ``owners`` in rule soft)."""
    start, end = span
    owners = _owners()
    if end < len(words) and words[end] in owners:
        return True
    at = start - 1
    while at >= 0 and start - at <= 3 and words[at] in _OWNED_BY:
        at -= 1
    return 0 <= at < start - 1 and words[at] in owners


@cache
def marker_trie(members: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]) -> Trie:
    """Every rule's markers (``data/context.json``) and every category's members
    (rule ``member:<category>``), FR and EN together, in one trie of token phrases."""
    with gc_paused():
        return _marker_trie(members)


def _marker_trie(members: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]) -> Trie:
    raw = _rules()
    items: list[tuple[tuple[str, ...], str]] = []
    for rule, lists in raw.items():
        if rule.startswith("_"):
            continue
        terms = [t for lang in ("fr", "en") for t in lists[lang]]
        if "links" in lists:  # a role noun or verb, then a preposition: "surveillant de"
            terms = [f"{t} ({'|'.join(lists['links'])})" for t in terms]
        items.extend((p, rule) for t in terms for p in expand(t))
    for category, phrases in members:
        items.extend((p, f"member:{category}") for p in phrases)
    return build_trie(items)


def marker_spans(
    trie: Trie, words: list[str], ranges: list[tuple[int, int]]
) -> dict[str, list[Span]]:
    """Every phrase of the markers' ``trie`` in the sorted ``ranges`` of token indices, as
    ``{rule: [(start, end), ...]}`` in text order; in C where the optional kernel is built
    (:mod:`licite.detectors.kernel`, the same result)."""
    if kernel.marker_spans is not None:
        return kernel.marker_spans(trie, words, ranges, NUMBER)
    return _marker_spans(trie, words, ranges)


def _marker_spans(
    trie: Trie, words: list[str], ranges: list[tuple[int, int]]
) -> dict[str, list[Span]]:
    spans: defaultdict[str, list[Span]] = defaultdict(list)
    done = 0
    for low, high in ranges:
        low = max(low, done)
        for start, word in enumerate(words[low:high], low):
            if word.isdigit():
                for end, rules in walk(trie, words, start, high):
                    for rule in rules:
                        spans[rule].append((start, end))
                continue
            node = trie.get(word)
            if node is None:  # most tokens start no marker
                continue
            # ``walk`` unrolled for a phrase whose first token is a word: it only
            # branches at a number ("#"), then it is called for the rest.
            at = start + 1
            while node is not None:
                if at < high and NUMBER in node and words[at].isdigit():
                    for end, rules in walk(node, words, at, high):
                        for rule in rules:
                            spans[rule].append((start, end))
                    break
                if (rules := node.get("")) is not None:
                    for rule in rules:
                        spans[rule].append((start, at))
                if at >= high:
                    break
                node, at = node.get(words[at]), at + 1
        done = max(done, high)
    return spans


@dataclass(frozen=True, slots=True)
class Hits:
    """The markers of each rule found in a text (computed once per text): ``words`` are its
    folded tokens, ``starts`` and ``ends`` their offsets in ``text``."""

    text: str
    words: list[str]
    starts: list[int]
    ends: list[int]
    spans: Mapping[str, list[Span]]

    @classmethod
    def find(
        cls,
        trie: Trie,
        text: str,
        words: list[str],
        starts: list[int],
        ends: list[int],
        ranges: list[tuple[int, int]],
    ) -> Hits:
        """The markers inside ``ranges`` of token indices (the sentences around matches)."""
        spans = marker_spans(trie, words, sorted(ranges))
        if male := spans.get("male"):  # "I'm" is "i" + "m": that "m" is no "M." (monsieur)
            spans["male"] = [m for m in male if not (m[0] and words[m[0] - 1] == "i")]
            # nor is the elided "m'" of "elle m'a présenté sa blonde" (a pronoun, no man)
            spans["male"] = [m for m in spans["male"] if not _elided(text, words, ends, m)]
        if soft := spans.get("soft"):  # the "vous" of "rendez-vous" addresses no customer
            # nor is a person's own provider a business ("his doctor put him on insulin")
            owned = {e for r in ("possessive", "possessive_third") for _, e in spans.get(r, ())}
            # nor is a pet or a school before a person noun ("dog mum", "college student")
            spans["soft"] = [
                s
                for s in soft
                if not (s[0] and (words[s[0] - 1] == "rendez" or s[0] in owned))
                and not _owned(words, s)
            ]
        if animal := spans.get("animal"):  # "Cat lover, diabetic": the lover is no cat
            spans["animal"] = [a for a in animal if not _owned(words, a)]
        if (during := spans.get("duration")) and (person := spans.get("person")):
            # "garantie 2 ans" is a product's duration, no person's age
            after = {end for _, end in during}
            spans["person"] = [p for p in person if not (p[0] in after and words[p[0]].isdigit())]
        if required := spans.get("requirement"):  # "Mme X souhaite un poste…": a verb, no
            # participle ("souhaité", "demandé": accents are optional in the text)
            spans["requirement"] = [r for r in required if not _present(text, starts, ends, r)]
        if (career := spans.get("experience")) and (person := spans.get("person")):
            # "12 ans en oncologie", "10 years in nursing": a career's length, no age
            before = {start for start, _ in career}
            spans["person"] = [p for p in person if not (p[1] in before and words[p[0]].isdigit())]
        if role := spans.get("role"):  # "l'agent a comparé": the verb "a", no preposition "à"
            spans["role"] = [r for r in role if not _avoir(text, words, starts, r)]
        if negation := spans.get("negation"):  # "tenant in No. 4": a house number, no negation
            spans["negation"] = [
                n for n in negation if not (_house_number(words, n) or _restrictive(words, n))
            ]
        if (generic := spans.get("generic_left")) and (person := spans.get("person")):
            # "driver on our books had a DUI": a person marker holding a generic word is no
            # public addressed (the "books" of a CRM's "on our books" names no book)
            spans["generic_left"] = [
                g for g in generic if not any(p[0] <= g[0] and g[1] <= p[1] for p in person)
            ]
        return cls(text, words, starts, ends, spans)

    def quote(self, span: Span) -> str:
        """The marker as written in the text."""
        return self.text[self.starts[span[0]] : self.ends[span[1] - 1]]

    def before(
        self, rule: str, window: Window, size: int, *, sentence: bool = False
    ) -> tuple[int, str] | None:
        """:meth:`last` in ``window.left(size, sentence=sentence)``. Most rules have no marker
        in a text: then the window's bounds are not even computed (and when they are, inline:
        this is the detector's most frequent call)."""
        if rule not in self.spans:
            return None
        low, bound = window.start - size, (window.sentence if sentence else window.clause)[0]
        return self.last(rule, low if low > bound else bound, window.start)

    def after(
        self, rule: str, window: Window, size: int, *, sentence: bool = False
    ) -> tuple[int, str] | None:
        """:meth:`first` in ``window.right(size, sentence=sentence)`` (see :meth:`before`)."""
        if rule not in self.spans:
            return None
        high, bound = window.end + size, (window.sentence if sentence else window.clause)[1]
        return self.first(rule, window.end, high if high < bound else bound)

    def last(self, rule: str, low: int, high: int) -> tuple[int, str] | None:
        """The marker of ``rule`` inside ``[low, high)`` that ends last: (tokens after it, it)."""
        best = None
        for span in self.spans.get(rule, ()):
            if low <= span[0] and span[1] <= high and (best is None or span[1] > best[1]):
                best = span
        return None if best is None else (high - best[1], self.quote(best))

    def count(self, rule: str, low: int, high: int) -> int:
        """How many markers of ``rule`` lie inside ``[low, high)``."""
        return sum(1 for span in self.spans.get(rule, ()) if low <= span[0] and span[1] <= high)

    def first(self, rule: str, low: int, high: int) -> tuple[int, str] | None:
        """The marker of ``rule`` in ``[low, high)`` that starts first: (tokens before it, it)."""
        for span in self.spans.get(rule, ()):  # found in text order
            if low <= span[0] and span[1] <= high:
                return span[0] - low, self.quote(span)
        return None


def _elided(text: str, words: list[str], ends: list[int], span: Span) -> bool:
    """Whether a one-token marker "m" is the pronoun "m'" (an apostrophe right after it)."""
    start, end = span
    if words[start] != "m" or end != start + 1 or ends[start] >= len(text):
        return False
    return text[ends[start]] in "'\u2019"


#: The words that complete a French "ne" into a negation; "ne … que" restricts instead.
_NE_PARTNERS = frozenset(
    ("pas", "plus", "jamais", "rien", "personne", "aucun", "aucune", "guère", "point", "ni")
)


#: Present forms of the verbs whose past participles mark a requirement ("exigé", "demandé",
#: "souhaité"): a person asks ("Mme Ouali souhaite un poste", "elle demande si…").
_ASKS = frozenset({"demande", "demandes", "demandent", "souhaite", "souhaites", "souhaitent"})


def _present(text: str, starts: list[int], ends: list[int], span: Span) -> bool:
    """Whether the requirement marker ``span`` is written as a present verb, no accent."""
    return span[1] - span[0] == 1 and text[starts[span[0]] : ends[span[0]]].lower() in _ASKS


def _restrictive(words: list[str], span: Span) -> bool:
    """Whether a "ne" is the restrictive "ne … que" ("elle ne retire son voile que chez elle":
    she wears it), a "que" coming before any word that would make it a negation."""
    start, end = span
    if words[start] not in ("ne", "n") or end != start + 1:
        return False
    for word in words[end : end + 8]:
        if word in _NE_PARTNERS:
            return False
        if word in ("que", "qu"):
            return True
    return False


#: Words after "a" that make it the preposition "à" written without its accent ("a la prison").
_AFTER_A = frozenset(
    (
        "la",
        "l",
        "le",
        "les",
        "un",
        "une",
        "mon",
        "ma",
        "mes",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "notre",
        "nos",
        "votre",
        "vos",
        "domicile",
        "temps",
        "mi",
        "plein",
        "titre",
    )
)


def _avoir(text: str, words: list[str], starts: list[int], span: Span) -> bool:
    """Whether a role marker ends on the verb "a" ("l'agent a comparé son selfie", "le
    conseiller a vérifié"), not on "à" (written "à", or "a" before an article: "agent a la
    prison"): the role noun is then the subject of a verb, no post tied to the term."""
    last = span[1] - 1
    if words[last] != "a" or text[starts[last]] not in "aA":
        return False
    return last + 1 >= len(words) or words[last + 1] not in _AFTER_A


def _house_number(words: list[str], span: Span) -> bool:
    """Whether a negation marker is "No" before a number ("flat No. 4")."""
    start, end = span
    return words[start] == "no" and end == start + 1 and end < len(words) and words[end].isdigit()


class Window:
    """A match (tokens ``start:end``) with its clause and sentence (token bounds). Built for each
    match and never changed. A plain class with its own ``__init__``: a dataclass's generated
    one stays Python code in the compiled build (five times slower to call there), and a frozen
    dataclass is three times slower to build."""

    __slots__ = (
        "after",
        "capitalised",
        "clause",
        "end",
        "head",
        "head_named",
        "name_token",
        "opening",
        "priced",
        "sentence",
        "start",
        "tail",
    )  # fmt: skip

    def __init__(
        self,
        start: int,
        end: int,
        clause: tuple[int, int],
        sentence: tuple[int, int],
        priced: bool,
        capitalised: bool,
        name_token: int = -1,
        tail: tuple[int, int] = (0, 0),
        head: tuple[int, int] = (0, 0),
        head_named: bool = False,
        after: tuple[int, int] = (0, 0),
        opening: int = 0,
    ) -> None:
        self.start = start
        self.end = end
        self.clause = clause
        self.sentence = sentence
        #: The sentence shows a price (€, $, £).
        self.priced = priced
        #: The match starts with a capital letter in the text.
        self.capitalised = capitalised
        #: "Jean Vidal (Parti socialiste)": the capitalised token before the parenthesis the
        #: match opens, else -1.
        self.name_token = name_token
        #: The sentence after a dash that ends the match's sentence ("CGT — Secrétaire : X").
        self.tail = tail
        #: The sentence before a dash that starts the match's sentence ("Clinique X — diabète").
        self.head = head
        #: Whether a person's name stands on its own in a clause of the head or before the
        #: match in its sentence ("Cabinet X – Marc Vigier, ostéopathe, non-voyant"): a trait is
        #: then said of that person, and the head's business words do not make it a specialty.
        self.head_named = head_named
        #: The sentence after the match's, for a biometric match only (see :func:`_enrolled`).
        self.after = after
        #: Where the text's first sentence ends (token index): a note names whom it is about
        #: there (see :func:`_note_subject`).
        self.opening = opening

    def moved(self, start: int, clause: tuple[int, int]) -> Window:
        """This window with the match taken to start at token ``start``, in ``clause``."""
        return Window(
            start, self.end, clause, self.sentence, self.priced, self.capitalised,
            self.name_token, self.tail, self.head, self.head_named, self.after, self.opening,
        )  # fmt: skip

    def left(self, size: int, *, sentence: bool = False) -> tuple[int, int]:
        low, bound = self.start - size, (self.sentence if sentence else self.clause)[0]
        return (low if low > bound else bound), self.start

    def right(self, size: int, *, sentence: bool = False) -> tuple[int, int]:
        high, bound = self.end + size, (self.sentence if sentence else self.clause)[1]
        return self.end, (high if high < bound else bound)


class Verdict:
    """Whether the match is about a person, and the rule that decided it, in words. Never
    changed once built; a plain class for the reason :class:`Window` is one."""

    __slots__ = ("about_person", "by_default", "reason")

    def __init__(self, about_person: bool, reason: str, by_default: bool = False) -> None:
        self.about_person = about_person
        self.reason = reason
        #: About a person only by default: a trait or condition tied to no one in particular
        #: is taken as said of the text's subject (the weakest verdict; see
        #: ``sensitive.BY_DEFAULT``).
        self.by_default = by_default

    def __repr__(self) -> str:
        return f"Verdict({self.about_person!r}, {self.reason!r}, by_default={self.by_default!r})"


def _quote(found: tuple[int, str] | None) -> str:
    return "" if found is None else f" « {found[1]} »"


#: Categories whose terms name organisations people join: a post in one, or a named person
#: beside one, is membership ("Secrétaire générale adjointe de la FSU", "Mme Garnier (CFTC)").
_MEMBERSHIP = frozenset({"union", "politics"})
#: A call to vote, capitalised as a slogan is ("Vote Labour", "Votez PS"), which a person
#: saying their own vote does not write ("I vote Labour", "je vote PS").
_SLOGANS = frozenset({"Vote", "Votez", "VOTE", "VOTEZ"})
#: Kinds of term that state a fact (not a place, practice or object).
_STATED = frozenset({"trait", "condition"})
#: Possessives that make a capitalised title a relative ("ma Sœur Julie", "my Sister Anne").
_KIN_OWNERS = frozenset(
    (
        "mon",
        "ma",
        "mes",
        "ton",
        "ta",
        "tes",
        "son",
        "sa",
        "ses",
        "notre",
        "nos",
        "votre",
        "vos",
        "leur",
        "leurs",
        "my",
        "your",
        "his",
        "her",
        "our",
        "their",
    )
)
#: Rules whose markers are a person's honorific ("Mme", "M.", "Ms").
_HONORIFICS = ("named", "female", "male")
#: Who a sentence of enrolment may name: an honorific, a first name ("Stéphane enrôlé hier"),
#: or the subject of a note ("collaborateur Diallo réenrôlé"). Not the writer: "mon ancien
#: smartphone, empreinte et visage effacés" is a sale.
_ENROLLED = (*_HONORIFICS, "male_name", "female_name", "subject", "person", "possessive_third")


def judge(entry: Entry, category: str, window: Window, hits: Hits) -> Verdict | None:
    """The verdict on one match, or None when it is no mention at all (a street name, an
    ambiguous acronym without a membership word)."""
    joined = category in _MEMBERSHIP
    religious = category == "religion"
    if window.capitalised and (
        _in_place_name(window, hits)
        or (religious and _surname_after_first_name(window, hits))
        or (category in ("religion", "origin") and _surname_after_title(window, hits))
    ):
        return None
    member_rule = f"member:{category}"
    named_party = joined and window.name_token >= 0  # "Jean Dupont (LR)"
    # "le maire de la commune (PS)": a post a few words before the party's parenthesis
    if entry.needs == "member" and not (
        named_party
        or hits.before(member_rule, window, 5)
        or hits.after(member_rule, window, 2)
        or _post_after(entry, window, hits)
    ):
        return None
    # "Councilmember Maria Delgado (D)": one letter opening a parenthesis is a party only under
    # a post ("Block D (R)", "taille S (R)" name none)
    if entry.needs == "post" and not (
        hits.text[hits.starts[window.start] - 1 : hits.starts[window.start]] == "("
        and hits.before(member_rule, window, 5)
    ):
        return None
    if entry.partner:
        return _same_gender(entry.partner, window, hits)
    if entry.needs == "name":  # "Père Antoine", "Sister Agnes": a title before a first name
        # "ma Sœur Julie", "my Sister Anne": after a possessive the title is a relative
        if not _capital_name(hits, window.end) or (
            window.start and hits.words[window.start - 1] in _KIN_OWNERS
        ):
            return None
        return Verdict(True, "a religious title before a first name")
    # "my brother is inside" ends the text: nothing after it makes it a room or a building
    if entry.needs == "end" and hits.text[hits.ends[window.end - 1] :].strip(" .!?…\n"):
        return None
    if entry.needs == "opening":  # "Bi, 27 ans, Nantes": a profile's label is its writer's
        return _opening(window, hits)
    # "Association des Arméniens de Valence — président : M. X": its post-holder's community
    if entry.needs == "holder" and (holder := _holder(window, hits)) is not None:
        return Verdict(True, f"a post-holder of a community's organisation{_quote(holder)}")
    if _quoted(window, hits) and not hits.before("insulted", window, 4, sentence=True):
        return Verdict(False, "a word in quotation marks, used loosely")
    if found := hits.before("fiction", window, 14, sentence=True):
        return Verdict(False, f"a story or a character{_quote(found)}, not a person")
    # "asked staff not to mention his UKIP leafleting": one person's data, not a rule
    mine_before = window.start and hits.words[window.start - 1] in _SPECIFIC_POSSESSIVES
    if not mine_before and (found := hits.before("policy", window, 8, sentence=True)):
        return Verdict(False, f"a rule about recording the category{_quote(found)}, no one's data")
    # "promener mon chien, je suis en burn-out": the speaker, nearer than the pet, is meant
    if (found := hits.before("animal", window, 10, sentence=True)) and not (
        (me := hits.before("pronoun", window, found[0])) and me[0] < found[0]
    ):
        return Verdict(False, f"an animal{_quote(found)}, not a person")
    if category == "biometric" and (found := hits.before("refusal", window, 6)):
        return Verdict(False, f"refused{_quote(found)}: no biometric data was taken")
    # A possessive before the term or inside it ("un scan de mon visage" was asked of the writer)
    mine = (window.left(2)[0], window.end)
    owned = hits.last("possessive", *mine) or hits.last("possessive_third", *mine)
    if (
        not owned
        and (found := hits.before("hypothetical", window, 6))
        and not _asked(found, window, hits, trait=entry.kind == "trait")
        and not hits.before("specific", window, 8)  # "Applicants are a Hmong family"
    ):
        return Verdict(False, f"hypothetical{_quote(found)}")  # not "si le résultat de son test"
    # "Agence recrute auxiliaires de vie … personnes atteintes d'Alzheimer": a job offer
    if not owned and (found := _offer(window, hits)):
        return Verdict(False, f"a job offer{_quote(found)}, no one in particular")
    # "UNISON Hospital Branch", "Islamic Center of Dearborn" are names, no public addressed
    if joined and (found := hits.before("sought", window, 4)):
        return Verdict(False, f"sought by an advert{_quote(found)}, no person yet")
    named_org = entry.kind == "context" and (joined or (religious and window.capitalised))
    # "accès par reconnaissance faciale : photo de Mme R. enregistrée": an enrolment of a named
    # person is hers, whatever generic words the note uses about the system (the reader itself
    # too: "Pointeuse biométrique : empreinte de Kevin enregistrée")
    enrolled = _enrolled(window, hits) if category == "biometric" else None
    if not enrolled and (
        generic := _generic(
            window,
            hits,
            member_rule,
            trait=entry.kind == "trait",
            org=named_org,
            care=entry.kind == "condition",
        )
    ):
        return Verdict(False, generic)
    role = hits.before("role", window, 4)
    owner = hits.before("possessive", window, 4) or hits.before("pronoun", window, 4)
    if role and not joined and not (owner and owner[0] < role[0]):  # "bénévole dans ma paroisse"
        return Verdict(False, f"a profession or post{_quote(role)}, not a fact about a person")
    required = hits.before("requirement", window, 4)
    if required and _requester(window, hits, window.start - required[0]):
        required = None  # "Mr Cohen demande report RDV -> Kippour": his own request
    if not required and (after := hits.after("requirement", window, 4)):
        # "casier vierge exigé" asks it of anyone; "I'm 7 months pregnant so need…", "I'm a
        # wheelchair user and need step-free access": what the speaker needs is theirs, and so
        # is what they offer ("casier judiciaire vierge que je peux fournir")
        at = window.end + after[0]
        offered = hits.last("pronoun", max(at - 3, window.end), at)
        required = None if hits.before("person", window, 6) or offered else after
    if required and (asking := hits.before("asking", window, 6)):
        # "M. X demande s'il peut installer un coin prière": a person's question, no requirement
        required = None if asking[1].lower().startswith(required[1].lower()) else required
    if required and not owned:  # "requested deletion of her face template" is hers
        return Verdict(False, f"a requirement of an offer{_quote(required)}")
    # "SEIU 1199 member", "NUM lodge secretary": the post may follow an organisation
    member = hits.before(member_rule, window, 4) or hits.after(
        member_rule, window, 2 if joined else 1
    )
    if member and window.priced and member[1] in _SLOGANS:
        # "Vintage 'Vote Labour 1945' poster, £40": a slogan printed on a thing for sale
        return Verdict(False, f"a slogan{_quote(member)} on a thing for sale")
    if member is None and joined:
        member = _holder(window, hits)
    elif member is None and category == "religion" and entry.kind in ("context", "trait"):
        member = _minister(window, hits)
    elif member is None:
        # "les frontaliers enregistrent leurs empreintes au système EES": a possessive opening
        # the term says whose prints they are, whatever system or business word is near
        member = enrolled or (owned if category == "biometric" and entry.kind in _STATED else None)
    return _tie(entry, window, hits, member, soft_ok=not joined)


#: Quotation marks, opening and closing.
_QUOTES = {"«": "»", "“": "”", '"': '"'}


def _quoted(window: Window, hits: Hits) -> bool:
    """Whether the match stands alone in quotation marks ("c'est « criminel » à ce prix-là",
    "batterie « malade »"): a word quoted on its own is used loosely, where a quoted phrase
    reports what was said ("« un gitan » d'après le syndic")."""
    if window.end - window.start > 2:  # « parce qu'il est noir »: a sentence reported
        return False
    text, starts, ends = hits.text, hits.starts, hits.ends
    before = text[ends[window.start - 1] if window.start else 0 : starts[window.start]]
    end = window.end
    after = text[ends[end - 1] : starts[end] if end < len(starts) else len(text)]
    return any(mark in before and _QUOTES[mark] in after for mark in _QUOTES)


#: Possessives of one person ("his UKIP leafleting", "sa religion"), not of a public ("leur").
_SPECIFIC_POSSESSIVES = frozenset({"his", "her", "my", "son", "sa", "ses", "mon", "ma", "mes"})

#: Markers of a particular person in a sentence (see :func:`_offer`).
_SOMEONE = ("possessive", "pronoun")


def _offer(window: Window, hits: Hits) -> tuple[int, str] | None:
    """The recruiting word of a job offer in the match's sentence, unless the sentence names a
    person there (an honorific, a possessive, a first-person pronoun: "Carer wanted for my
    husband (Parkinson's)" is a family's own ad)."""
    found = hits.before("recruiting", window, 15, sentence=True) or hits.after(
        "recruiting", window, 15, sentence=True
    )
    if found is None or _named_person(window, hits, *window.sentence):
        return None
    if any(hits.first(rule, *window.sentence) for rule in _SOMEONE):
        return None
    return found


def _opening(window: Window, hits: Hits) -> Verdict | None:
    """A label that is the text's first word, then a comma or a full stop ("Bi, 26, Boston"),
    or an item of the profile's opening list after a gender ("Femme 42 ans, bi, Amiens") or an
    age ("Jess, 34, bi"), or after one's own age in any sentence ("I'm 19, bi, and…"), else
    no mention: anywhere else, or in capitals ("BI, SQL": business intelligence), or before
    "tri" ("Bi, tri ou quadri-zone"), it is a prefix or an abbreviation."""
    at, end = window.start, window.end
    if end >= len(hits.words):
        return None
    if at:
        # after a gender opening the profile, or right after an age ("I'm 19, bi, and…")
        comma = hits.text[hits.ends[at - 1] : hits.starts[at]].strip() == ","
        # "Camille, 27 ans, bi": the age may be followed by its unit
        unit = at > 1 and hits.words[at - 1] in ("ans", "yo")
        aged = comma and (_age(hits, at - 2) if unit else _age(hits, at - 1))
        listed = aged or (
            comma and any(low == 0 for g in ("female", "male") for low, _ in hits.spans.get(g, ()))
        )
        said = aged and at > 1 and hits.words[at - 2] in _AGE_BEFORE
        # a sentence opening on the label, in a profile that opens on a name and an age
        # ("Sinéad, 29, Galway. Bi, vegetarian")
        if not said and window.sentence[0] == at and _profile_opening(hits):
            said = True
        # … or then an age ("… LGBT+ friendly. Bi, 24 ans, main support"): a profile's opening
        # list, later in the text
        if not said and window.sentence[0] == at and _age(hits, end):
            after = end + 1
            said = (
                after >= len(hits.words)
                or hits.words[after] in ("ans", "yo", "years")
                or ("," in hits.text[hits.ends[end] : hits.starts[after]])
            )
        # a later sentence that opens a profile ("hey! Ellie, 26, bi, vegan")
        later = window.sentence[0] and not _profile_opening(hits, window.sentence[0])
        if not said and (not listed or later):
            return None
    elif hits.text[: hits.starts[at]].strip():
        return None
    if hits.text[hits.ends[end - 1] : hits.starts[end]].strip()[:1] not in (",", "."):
        return None
    if hits.quote((at, end)).isupper() or hits.words[end] == "tri":
        return None
    return Verdict(True, "a label opening a profile: the writer's own")


def _profile_opening(hits: Hits, at: int = 0) -> bool:
    """Whether the text (or the sentence at token ``at``) opens as a profile: a capitalised
    word, a comma, then an age ("Sinéad, 29, Galway.", "Marc, 41 ans, Lyon")."""
    return (
        len(hits.words) > at + 2
        and hits.text[hits.starts[at]].isupper()
        and hits.text[hits.ends[at] : hits.starts[at + 1]].strip() == ","
        and _age(hits, at + 1)
    )


#: The words before an age said of oneself ("I'm 19", "j'ai 19 ans", "aged 19").
_AGE_BEFORE = frozenset({"m", "am", "im", "ai", "age", "âge", "aged"})


def _age(hits: Hits, at: int) -> bool:
    """Token ``at`` is a number an adult's profile gives as its age: an item of its opening
    list ("Jess, 34, bi") or after "I'm" ("I'm 19, bi"), not a count ("Lot de 25, bi")."""
    word = hits.words[at]
    if not (word.isdigit() and 16 <= int(word) <= 99):
        return False
    return (
        at == 0
        or "," in hits.text[hits.ends[at - 1] : hits.starts[at]]
        or hits.words[at - 1] in _AGE_BEFORE
    )


def _asked(found: tuple[int, str], window: Window, hits: Hits, *, trait: bool) -> bool:
    """Whether the hypothetical marker ``found`` is the "si" of an indirect question ("demande
    s'il peut", "veut savoir si le quartier…"): the asking marker ends with it or a token before.
    A bare "si" ("demande si l'immeuble a un accès biométrique") asks about a thing unless the
    match is a trait, said of people ("si le quartier est tranquille pour une famille noire")."""
    asked = hits.before("asking", window, found[0] + 6)
    if asked is None or not 0 <= asked[0] - found[0] <= 1:
        return False
    return trait or asked[1].split()[-1].lower() != "si"


def _requester(window: Window, hits: Hits, end: int) -> tuple[int, str] | None:
    """Who makes the request whose marker ends at token ``end``: a person named with an
    honorific or a client ("cliente demande un prêt pour sa FIV") up to 3 tokens before it."""
    start = min((s for s, e in hits.spans["requirement"] if e == end), default=end)
    low = max(window.clause[0], start - 3)
    return _named_person(window, hits, low, start) or hits.last("subject", low, start)


def _name_before(window: Window, hits: Hits) -> tuple[int, str] | None:
    """The name right before the parenthesis the match opens ("Jean Vidal (PS)"), if any."""
    if window.name_token < 0:
        return None
    return 0, hits.quote((window.name_token, window.name_token + 1))


def _holder(window: Window, hits: Hits) -> tuple[int, str] | None:
    """Who holds a union or party the match names: a name before its parenthesis, an
    honorific in its clause, a post then an honorific later in its sentence ("SNES-FSU,
    section du lycée : secrétaire de section Mme Roussel"), or a post holder after a dash."""
    return (
        _name_before(window, hits)
        or hits.before("named", window, 6)
        or hits.before("post", window, 4, sentence=True)  # "Branch secretary, UNISON Bradford"
        or hits.after("named", window, 4)
        or _post_named(window, hits)
        or hits.first("post", *window.tail)
        or hits.after("post", window, 2)  # "NPP constituency chairman", "PSA delegate"
        or _post_of(window, hits)
    )


def _post_after(entry: Entry, window: Window, hits: Hits) -> tuple[int, str] | None:
    """An English acronym that needs a membership word may have it right after it: a member
    word ("UTAG strike", "NUM member") or a post ("NPP constituency chairman", "PSA
    delegate"). French acronyms keep needing one before them ("militant FO")."""
    if entry.lang != "en":
        return None
    return hits.after(f"member:{entry.categories[0]}", window, 1) or hits.after("post", window, 2)


def _post_of(window: Window, hits: Hits) -> tuple[int, str] | None:
    """A post that heads a phrase ending in the match: "Chair of the Mitchells Plain branch of
    the ANC Youth League" (the post, then "of", up to 12 tokens before, in the sentence)."""
    low = window.left(12, sentence=True)[0]
    for start, end in hits.spans.get("post", ()):
        if low <= start and end < window.start and hits.words[end] == "of":
            return window.start - end, hits.quote((start, end))
    return None


def _post_named(window: Window, hits: Hits) -> tuple[int, str] | None:
    low, high = window.right(12, sentence=True)
    post = hits.first("post", low, high)
    if post is None:
        return None
    after = low + post[0] + 1
    if any(hits.first(rule, after, high) for rule in _HONORIFICS):
        return post
    # "district secretary: Fiona Campbell", "President: Marcus Lee": a first name right after
    near = min(after + 3, high)
    return post if any(hits.first(rule, after, near) for rule, _ in _NAMES) else None


def _enrolled(window: Window, hits: Hits) -> tuple[int, str] | None:
    """Whose biometric data a note records: a person named with an honorific right after the
    match, or in a sentence that says it was enrolled or recorded (the match's, else the next
    one), a person named there by an honorific, a first name or as the note's subject
    ("empreintes de M. Faivre enregistrées", "Nadia enrôlée ce matin", "template captured for
    Ms Lopez", "Pointeuse à reconnaissance de l'iris installée ; Stéphane enrôlé hier")."""
    # "la borne du parking reconnaît le visage de Mme Roux": whose face, right after the match
    if named := next((f for rule in _HONORIFICS if (f := hits.after(rule, window, 2))), None):
        return named
    around = _around(window, 10, 12, sentence=True)
    for low, high in (around, window.after):  # "… iris installée ; Stéphane enrôlé hier"
        if low < high and hits.first("enrolment", low, high):
            found = next((f for rule in _ENROLLED if (f := hits.first(rule, low, high))), None)
            if found:
                return found
    return None


def _minister(window: Window, hits: Hits) -> tuple[int, str] | None:
    """Whose place of worship the match names: a name before its parenthesis, a clergy title
    in its sentence (a title that specific ties the whole sentence), or a minister named after
    a directory dash."""
    return (
        _name_before(window, hits)
        or hits.before("clergy", window, 10, sentence=True)
        or hits.after("clergy", window, 8, sentence=True)
        or hits.first("clergy_post", *window.tail)
    )


#: English possessives that open a partner term and give its owner's gender ("his ex-husband").
_OWNERS = {"his": "male", "her": "female"}
#: Partner values of a spouse word said of oneself before a first name ("husband to Tom"): the
#: gender of the writer, which the name must share to reveal an orientation.
_SPOUSES = {"to_m": "male", "to_f": "female"}


def _same_gender(partner: str, window: Window, hits: Hits) -> Verdict | None:
    """A partner of the speaker's gender ("Mme Roux et sa compagne", "M. Tran + son époux") or
    a couple of two people of one gender ("M. Fabre et M. Nguyen, pacsés"); else no mention.
    A note may name the client a dozen words before her partner ("Mme X veut que le devis soit
    aussi au nom de sa compagne"): the nearest gender marker decides, up to 14 tokens back."""
    left = window.left(14, sentence=True)
    if partner == "pair":
        return _name_pair(window, hits)
    if partner == "named":
        return _named_partner(window, hits, left)
    if (spouse := _SPOUSES.get(partner)) is not None:
        # "husband to Tom", "wife of Sarah": a spouse of the first name right after the term;
        # "compagnon pacsé de M. Olivier Marty": of the person an honorific names there
        if _person_gender_at(hits, window.end) != spouse:
            return None
        return Verdict(True, f"a spouse of a first name of the same gender ({spouse})")
    if partner != "couple" and (owner := _OWNERS.get(hits.words[window.start])) is not None:
        # "his ex-husband", "her late wife": the possessive gives the owner's gender
        if owner != ("female" if partner == "f" else "male"):
            return None
        return Verdict(True, f"a partner of the same gender as «{hits.words[window.start]}»")
    if partner != "couple":
        # "Lead: Ms Kaplan, 33 - 'my wife and I…'", "Aoife here — me and my wife": a note's
        # heading before a dash names the speaker when the sentence names no one before
        nearest = _nearest_gender(hits, left) or (
            _nearest_gender(hits, window.head) if window.head[0] < window.head[1] else None
        )
        if nearest is None:  # "son époux M. Paul Girard (assuré : M. Henri Vasseur)": count them
            return _couple(window, hits, left[0], "female" if partner == "f" else "male")
        if nearest[1] != ("female" if partner == "f" else "male"):
            return None
        return Verdict(True, f"a partner of the same gender as «{nearest[0][1]}»")
    return _couple(window, hits, left[0])


def _named_partner(window: Window, hits: Hits, left: tuple[int, int]) -> Verdict | None:
    """A partner word of no gender named right after ("Mark and his partner Steve", "M. Roy
    et son conjoint Marc"): the first name's gender against the owner's (the possessive's in
    English, else the nearest gender marker or first name before); else no mention."""
    named = _gender_at(hits, window.end)
    if not named:
        # "buyers = Mr Lee and his partner Mr Okafor" too, in a note about a client or a
        # person, with no business word: "Solicitors: Mr Hale and his partner Mr Dunn" are
        # partners in a firm
        named = _person_gender_at(hits, window.end)
        low, high = _around(window, 14, 14, sentence=True)
        personal = hits.first("subject", low, high) or any(
            low <= a and b <= high and not window.start <= a < window.end
            for a, b in hits.spans.get("person", ())  # another person marker than the match
        )
        if not named or not personal or hits.first("soft", low, high):
            return None
    owner = _OWNERS.get(hits.words[window.start], "")
    if not owner:
        nearest = _nearest_gender(hits, left)
        if nearest is None:
            return None
        owner = nearest[1]
    if owner != named:
        return None
    return Verdict(True, f"a partner named with a first name of the owner's gender ({named})")


def _nearest_gender(hits: Hits, left: tuple[int, int]) -> tuple[tuple[int, str], str] | None:
    """The gender marker nearest before a partner word in ``left``, else the last first name
    there, as ``((tokens after it, it), gender)``; None when there is neither."""
    near = [(d, g) for g in ("female", "male") if (d := hits.last(g, *left))]
    # "qu'il vit avec son copain": the subject pronoun of the partner's verb, a few words back
    near += _subject_pronoun(hits, left)
    near = near or _first_name(hits, *left) or _gender_tag(hits, left) or _profile_gender(hits)
    near = near or _speaker_agreement(hits) or _self_named(hits) or _signature_gender(hits)
    return min(near) if near else None


#: A profile opening on its writer's gender and age: "Femme, 52 ans", "Woman, 29", "Homme 36 ans".
#: A place may come between ("Fille de Lomé, 26 ans", "Guy from Leeds, 31").
#: Or one adjective ("Mec calme, 29 ans"), and at any sentence's start.
_PROFILE = re.compile(
    r"(?i)(?:^|(?<=[.!?])\s+)(femme|woman|homme|man|mec|guy|girl|fille|gars)"
    r"(?: (?:de|d'|du|from|in) ?(?-i:[A-ZÀ-Ý])[\w'’-]*(?: (?-i:[A-ZÀ-Ý])[\w'’-]*)?"
    r"| (?-i:[a-zàâçéèêëîïôûù]+))?[ ,]+(\d{2})\b"
)
_PROFILE_GENDER = {"femme": "female", "woman": "female", "girl": "female", "fille": "female"}


def _profile_gender(hits: Hits) -> list[tuple[tuple[int, str], str]]:
    """The writer's gender when a sentence opens on it and an age ("Femme, 52 ans, Libourne. J'ai
    perdu ma compagne", "… chez mon copain à Liège. Mec calme, 29 ans"): a profile's label, said
    of whoever writes the rest."""
    found = _PROFILE.search(hits.text)
    if found is None:
        noun = _PROFILE_NOUN.search(hits.text)
        if noun is None:
            return []
        feminine = noun.group(1).lower().endswith(_FEMININE_ENDINGS)
        return [((len(hits.words), noun.group()), "female" if feminine else "male")]
    word = found.group(1).lower()
    return [((len(hits.words), found.group()), _PROFILE_GENDER.get(word, "male"))]


#: A French profile opening on a noun of trade with its gender, then an age ("Agriculteur 42
#: ans, …", "Infirmière, 35 ans"): "-eur"/"-euse", "-ier"/"-ière", "-ien"/"-ienne", "-ant"/"-ante".
_PROFILE_NOUN = re.compile(
    r"(?:^|(?<=[.!?])\s+)([A-ZÀ-Ý][a-zàâçéèêëîïôûù]+(?:euse|rice|ière|ienne|ante|ente|eur|ier|ien"
    r"|ant|ent))[ ,]+\d{2} ans\b"
)
_FEMININE_ENDINGS = ("euse", "rice", "ière", "ienne", "ante", "ente")


#: The writer naming themself anywhere ("… my husband Callum. I'm Rob, 34", "moi c'est Mathieu").
_SELF_NAMED = re.compile(
    r"\b(?:I['’]m|I am|my name is|moi c['’]est|je m['’]appelle|ici c['’]est)\s+([A-ZÀ-Ý][\w'’-]+)"
)


def _self_named(hits: Hits) -> list[tuple[tuple[int, str], str]]:
    """The writer's gender from the first name they give themself, when the text gives one."""
    found = _SELF_NAMED.search(hits.text)
    if found is None:
        return []
    gender = _name_gender(fold(found.group(1).lower()))
    return [((len(hits.words), found.group()), gender)] if gender else []


#: A review or a post signed with a first name after a dash ("… mon mariage avec Julien. — Thomas").
_SIGNATURE = re.compile(r"[—–-]\s*[A-ZÀ-Ý][\w'’-]*[\s.!]*$")


def _signature_gender(hits: Hits) -> list[tuple[tuple[int, str], str]]:
    """The writer's gender from a signature that ends the text, a dash and one first name
    ("Sorted me and my boyfriend … Cheers Leon! – Marcus"): said of whoever wrote it."""
    if not hits.words or _SIGNATURE.search(hits.text) is None:
        return []
    name = hits.words[-1]
    gender = _name_gender(name)
    return [((len(hits.words), "signature " + name), gender)] if gender else []


def given_names() -> frozenset[str]:
    """Every one-word first name of rules ``male_name`` and ``female_name``, folded."""
    return _given_name_set("male_name") | _given_name_set("female_name")


@cache
def person_cues() -> frozenset[str]:
    """The folded words that show a text speaks of someone (``data/person_cues.json``: pronouns,
    honorifics, relatives, roles) and the first names of the context rules."""
    raw = json.loads(
        resources.files(__package__).joinpath("data", "person_cues.json").read_text("utf-8")
    )
    return frozenset(fold(w) for lang in ("fr", "en") for w in raw[lang]) | given_names()


def _name_gender(name: str) -> str:
    """The gender of a folded one-word first name, read from the lists themselves (markers
    are only found near matches, and a signature or a self-introduction may stand apart);
    empty when the lists do not have it."""
    return next((gender for rule, gender in _NAMES if name in _given_name_set(rule)), "")


@cache
def _given_name_set(rule: str) -> frozenset[str]:
    """The one-word first names of rule ``male_name`` or ``female_name``, folded."""
    lists = _rules()[rule]
    return frozenset(fold(n) for lang in ("fr", "en") for n in lists[lang] if " " not in n)


#: Subject pronouns that tell a gender, and how far back before a partner word they count.
_PRONOUN_GENDER = {"il": "male", "elle": "female", "he": "male", "she": "female"}
_PRONOUN_REACH = 4
_THIRD_POSSESSIVES = frozenset({"son", "sa", "ses", "his", "her"})


def _subject_pronoun(hits: Hits, left: tuple[int, int]) -> list[tuple[tuple[int, str], str]]:
    """The last gendered subject pronoun among the few tokens before a partner word ("qu'il
    vit avec son copain", "she lives with her girlfriend"), as :func:`_nearest_gender` gives a
    marker."""
    low, high = left
    if high >= len(hits.words) or hits.words[high] not in _THIRD_POSSESSIVES:
        return []  # "She told me my wife…": a first-person partner is the writer's
    for at in range(high - 1, max(low, high - _PRONOUN_REACH) - 1, -1):
        gender = _PRONOUN_GENDER.get(hits.words[at])
        if gender:
            return [((high - at - 1, hits.quote((at, at + 1))), gender)]
    return []


#: French agrees an adjective or a participle with the writer: "je suis fière", "j'étais
#: ravi", "Heureuse de…" opening a sentence, "je n'y serais jamais arrivé". Forms that differ
#: by gender only; the feminine listed first in each pair.
_AGREED = (
    ("ravie", "ravi"), ("fière", "fier"), ("heureuse", "heureux"), ("contente", "content"),
    ("mariée", "marié"), ("pacsée", "pacsé"), ("arrivée", "arrivé"), ("née", "né"),
    ("partie", "parti"), ("venue", "venu"), ("allée", "allé"), ("engagée", "engagé"),
    ("devenue", "devenu"), ("restée", "resté"), ("diplômée", "diplômé"), ("installée", "installé"),
    ("tombée", "tombé"), ("reconnaissante", "reconnaissant"), ("émue", "ému"),
)  # fmt: skip
_AGREEMENT = re.compile(
    r"(?i)(?:\b(?:je suis|j['’]étais|je serais|j['’]ai été|je me sens|je suis tellement|je suis "
    r"très|je suis si|je n['’]y serais jamais|je ne serais jamais|je serais jamais|je suis "
    r"toujours)\s+|(?:^|[.!?]\s+)(?:toujours\s+|tellement\s+|si\s+|très\s+)?)("
    + "|".join(word for pair in _AGREED for word in pair)
    + r")\b"
)
#: "on est ravies", "nous sommes mariées": the writer and whoever "on" counts are women (a
#: masculine plural may be a mixed group and tells nothing).
_AGREED_PLURAL = re.compile(
    r"(?i)\b(?:on est|on s['’]est|nous sommes|on était|nous étions)\s+"
    r"(?:très\s+|si\s+|tellement\s+)?("
    + "|".join(pair[0] + "s" for pair in _AGREED if not pair[0].endswith("s"))
    + r")\b"
)
_FEMININE = frozenset(pair[0] for pair in _AGREED)


def _speaker_agreement(hits: Hits) -> list[tuple[tuple[int, str], str]]:
    """The writer's gender told by French agreement in the first person ("Fière d'avoir
    soutenu ma thèse… mon épouse Camille", "je n'y serais jamais arrivé sans mon mari"): used
    for a partner word only when nothing nearer tells a gender, and only when every such
    form in the text agrees on one gender."""
    genders = {
        "female" if found.group(1).lower() in _FEMININE else "male"
        for found in _AGREEMENT.finditer(hits.text)
    }
    if _AGREED_PLURAL.search(hits.text):
        genders.add("female")
    if len(genders) != 1:
        return []
    return [((len(hits.words), "first-person agreement"), genders.pop())]


#: A profile's or a post's gender and age in brackets: "(F, 28)", "(28F)", "(m 34)".
_GENDER_TAG = re.compile(r"\((?:([FfMm]),? ?(\d{2})|(\d{2}) ?([FfMm]))\)")


def _gender_tag(hits: Hits, left: tuple[int, int]) -> list[tuple[tuple[int, str], str]]:
    """The last bracketed gender and age in ``left`` ("it's me (F, 28) and my girlfriend"),
    as :func:`_nearest_gender` gives a marker."""
    low, high = left
    if low >= high:
        return []
    found = list(_GENDER_TAG.finditer(hits.text, hits.starts[low], hits.ends[high - 1]))
    if not found:
        return []
    tag = found[-1]
    letter = (tag.group(1) or tag.group(4)).lower()
    after = sum(1 for start in hits.starts[low:high] if start >= tag.end())
    return [((after, tag.group()), "female" if letter == "f" else "male")]


def _couple(window: Window, hits: Hits, low: int, gender: str = "") -> Verdict | None:
    """Two people or more of one gender (``gender``, when given) and none of the other in the
    sentence around the term; else no mention."""
    high = window.right(8, sentence=True)[1]
    # "le couple, deux femmes": a pair marker counts as two people
    counts = {
        g: hits.count(g, low, high)
        + _given_names(hits, f"{g}_name", low, high)
        + 2 * hits.count(f"{g}_pair", low, high)
        for g in ("female", "male")
    }
    if min(counts.values()) == 0 and max(counts.values()) >= 2:
        found = max(counts, key=lambda g: counts[g])
        if gender in ("", found):
            return Verdict(True, f"a couple of two people of one gender ({found})")
    return None


def _given_names(hits: Hits, rule: str, low: int, high: int) -> int:
    """How many first names of ``rule`` in ``[low, high)`` name a person ("Kevin and Andre
    (married couple)"): written with a capital ("marié" is no Marie), not right after a
    capitalised word (the surname "Ali" of "Mme Ait Ali") nor after an honorific, which
    already counted its person ("M. Alain Roche" is one man)."""
    text, starts, ends = hits.text, hits.starts, hits.ends
    titled = {end for g in ("female", "male") for _, end in hits.spans.get(g, ())}
    return sum(
        1
        for at, end in set(hits.spans.get(rule, ()))  # a name in two lists is one person
        if low <= at
        and end <= high
        and text[starts[at]].isupper()
        and at not in titled
        and not (at and text[ends[at - 1] : starts[at]] == " " and text[starts[at - 1]].isupper())
    )


#: Words that greet or thank the reader: a first name right after one is the reader's, not the
#: writer's nor a partner's ("Hi Emma, my wife and I…").
_GREETINGS = frozenset(
    {
        *("hi", "hello", "hey", "dear", "thanks", "thank", "you", "cheers", "morning"),
        *("afternoon", "evening", "bonjour", "bonsoir", "salut", "coucou", "merci"),
        *("cher", "chere"),
    }
)
#: The rules whose markers are first names, and the gender each gives.
_NAMES = (("female_name", "female"), ("male_name", "male"))
#: Before a first name, a saint's place ("St-Denis"); after it, a noun telling a gender.
_SAINTS = frozenset({"st", "saint", "ste", "sainte", "san", "santa", "sao", "são"})
_GENDER_NOUNS = {
    "girl": "female", "woman": "female", "lady": "female", "femme": "female", "fille": "female",
    "guy": "male", "man": "male", "boy": "male", "homme": "male", "garçon": "male", "mec": "male",
}  # fmt: skip


def _gender_at(hits: Hits, at: int) -> str:
    """The gender of a first name at token ``at`` ("" when the token is no first name)."""
    for rule, gender in _NAMES:
        if (at, at + 1) in hits.spans.get(rule, ()):
            return gender
    return ""


#: Articles that may stand between a partner word and whom it is of ("compagnon de l'assuré").
_ARTICLES = frozenset({"l", "le", "la", "the"})


def _person_gender_at(hits: Hits, at: int) -> str:
    """The gender of the person named at token ``at``: a first name, or an honorific or a
    gendered subject word ("M. Olivier Marty", "Mr Okafor", "l'assuré"), after an article."""
    if gender := _gender_at(hits, at):
        return gender
    if at < len(hits.words) and hits.words[at] in _ARTICLES:
        at += 1
    for gender in ("female", "male"):
        if any(start == at for start, _ in hits.spans.get(gender, ())):
            return gender
    return ""


def _capital_name(hits: Hits, at: int) -> bool:
    """Whether token ``at`` is a first name written with a capital ("Père *Antoine*")."""
    return (
        at < len(hits.words) and bool(_gender_at(hits, at)) and hits.text[hits.starts[at]].isupper()
    )


def _first_name(hits: Hits, low: int, high: int) -> list[tuple[tuple[int, str], str]]:
    """The last first name in ``[low, high)`` as ``[((tokens after it, it), gender)]``, when
    no honorific says the gender ("Bernard et son mari"); of a first name and a surname that
    are both first names ("Julie Bernard"), the first one."""
    near = [(d, g) for rule, g in _NAMES if (d := hits.last(rule, low, high))]
    if not near:
        return []
    found, gender = min(near)
    at = high - found[0] - 1
    if at and hits.words[at - 1] in _SAINTS:
        return []  # "St-Denis", "Saint-Étienne": a place
    if at + 1 < len(hits.words) and (noun := _GENDER_NOUNS.get(hits.words[at + 1])):
        gender = noun  # "Christian girl": an adjective before the noun that tells the gender
    before = _gender_at(hits, at - 1) if at > low else ""
    greeting = at - 2 if before else at - 1
    if greeting >= 0 and hits.words[greeting] in _GREETINGS:
        return []  # "Hi Emma, my wife and I…", "Bonjour Sophie, ma femme…": the reader's name
    if before:
        return [((found[0] + 1, hits.quote((at - 1, at))), before)]
    return [(found, gender)]


def _name_pair(window: Window, hits: Hits) -> Verdict | None:
    """A wedding, honeymoon or PACS of two first names of one gender joined by "et", "and",
    "&" or "+", right after the term ("Mariage de Julien et Mathieu", "Voyage de noces Antoine &
    Karim") or right before it, a comma or a colon between ("Julien et Thomas, mariage civil");
    else no mention."""
    gender = _pair_gender(hits, window.end) or _titled_pair(hits, window.end)
    if not gender and window.start >= 3:
        before = hits.text[hits.ends[window.start - 1] : hits.starts[window.start]].strip()
        if before in ("", ",", ":", "-", "\u2013"):
            for first in (window.start - 3, window.start - 2):
                if _pair_end(hits, first) == window.start:
                    gender = _pair_gender(hits, first)
                    break
    if not gender:
        # "Réservation salle des mariages, samedi 15h : M. Thomas Durand et M. Kevin Leroy":
        # two honorifics of one gender joined anywhere in the term's sentence
        low, high = window.sentence
        gender = next(
            (g for at in range(low, high) if (g := _titled_pair(hits, at)) is not None), None
        )
    if gender:
        return Verdict(True, f"a couple of two first names of one gender ({gender})")
    return None


#: Honorifics of one gender, as folded tokens ("M." is "m").
_TITLE_GENDER = {
    "m": "male", "mr": "male", "monsieur": "male", "mme": "female", "mrs": "female",
    "ms": "female", "madame": "female", "mlle": "female", "miss": "female",
}  # fmt: skip


def _titled_pair(hits: Hits, first: int) -> str | None:
    """The gender of two people named by honorifics of one gender, joined right after the term
    ("PACS de M. Le Gall et M. Quéré", "wedding of Mr Hale and Mr Dunn"), else None."""
    words = hits.words
    gender = _TITLE_GENDER.get(words[first]) if first < len(words) else None
    if gender is None:
        return None
    for join in range(first + 2, min(first + 6, len(words) - 1)):
        if (
            words[join] in ("et", "and")
            or hits.text[hits.ends[join - 1] : hits.starts[join]].strip() == "&"
        ):
            second = join + 1 if words[join] in ("et", "and") else join
            return gender if _TITLE_GENDER.get(words[second]) == gender else None
    return None


def _pair_end(hits: Hits, first: int) -> int:
    """The token after a pair of first names joined at token ``first`` ("Julien et Thomas",
    "Antoine & Karim"), or ``first`` when there is none."""
    if first + 1 >= len(hits.words):
        return first
    second = first + 1
    between = hits.text[hits.ends[first] : hits.starts[second]].strip()
    if hits.words[second] in ("et", "and") and not between:
        second += 1
    elif between not in ("&", "+"):
        return first
    return second + 1 if second < len(hits.words) else first


def _pair_gender(hits: Hits, first: int) -> str | None:
    """The gender of two first names of one gender joined at token ``first``, else None."""
    gender = _gender_at(hits, first) if first < len(hits.words) else None
    end = _pair_end(hits, first)
    if gender and end > first and _gender_at(hits, end - 1) == gender:
        return gender
    return None


def _surname_after_first_name(window: Window, hits: Hits) -> bool:
    """Whether a one-word match right after a capitalised first name is a surname ("Sarah
    Deacon, HR manager", "Philippe Chrétien, plombier"): only a space between them."""
    at = window.start - 1
    if at < 0 or window.end - window.start != 1:
        return False
    return hits.text[hits.ends[at] : hits.starts[window.start]].isspace() and _capital_name(
        hits, at
    )


def _surname_after_title(window: Window, hits: Hits) -> bool:
    """Whether a one-word match right after an honorific, an initial between them, is a
    surname ("Mr N. Zulu", "M. Chrétien", "Mme A. Berbère")."""
    at = window.start - 1
    if at < 0 or window.end - window.start != 1:
        return False
    words, text = hits.words, hits.text
    if at and len(words[at]) == 1 and text[hits.ends[at] : hits.ends[at] + 1] == ".":
        at -= 1  # the initial
    # written as an honorific: a capital, and "M" with its full stop ("I'm Hindu" is no "M.")
    title = text[hits.starts[at] : hits.ends[at] + 1]
    return words[at] in _TITLE_GENDER and title[0].isupper() and title not in ("M ", "M")


def _in_place_name(window: Window, hits: Hits) -> bool:
    if hits.after("toponym_right", window, 1):
        return True
    found = hits.before("toponym", window, 4)
    if found is None:
        return False
    between = hits.words[window.start - found[0] : window.start]
    return all(word in _connectors() for word in between)


#: English words for one person, possessive or object ("about her being Luo"), unlike
#: "their", which may be anyone's ("their rights"). (French "son", "sa" are tied by the
#: possessive rules; "lui" follows too many verbs.)
_ONE_PERSON = frozenset({"his", "her", "him"})
#: One person's possessive right before a match that a place noun follows ("her chemo unit"):
#: "our", "notre" stay a business's voice.
_CARED_FOR = frozenset({"his", "her", "my", "son", "sa", "mon", "ma"})


def _generic(
    window: Window, hits: Hits, member_rule: str, *, trait: bool, org: bool, care: bool
) -> str | None:
    """A mention addressed to people in general; a person, pronoun or membership word nearer
    the match than the generic marker keeps it personal ("enrôlée sur la pointeuse")."""
    nearest = None
    for rule in ("person", "pronoun", member_rule):
        if (found := hits.before(rule, window, 4)) and (nearest is None or found[0] < nearest):
            nearest = found[0]
    # "remarks about her being Luo", "comments about him being Asian": one person, by a word
    # that opens the match or stands right before it ("their", "leur" may be anyone's: "how
    # to talk about their disability")
    at = window.start
    if hits.words[at] in _ONE_PERSON or (
        at > window.clause[0] and hits.words[at - 1] in _ONE_PERSON
    ):
        nearest = 0
    found = hits.before("generic_left", window, 4)
    if found and (nearest is None or found[0] < nearest):
        return f"generic mention{_quote(found)}"
    # "proud member of the LGBTQ+ community": one person's community, no public addressed
    # "her dialysis unit", "his chemo unit": a condition's place where one person is cared for
    # ("my hospital trust" is an employer: a place, no condition)
    owned = care and at > window.clause[0] and hits.words[at - 1] in _CARED_FOR
    found = (
        None
        if org or owned or hits.before("belonging", window, 6)
        else hits.after("generic_right", window, 2)
    )
    if found and found[0] == 0:
        return f"qualifies a place, an offer or a public{_quote(found)}"
    first = (window.start, window.start + 1)
    # "my test results", "her biopsy results": a trait that opens on a possessive is one person's
    if (
        trait
        and _plural(hits, window)
        and not hits.first("pronoun", *first)
        and not hits.first("possessive_third", *first)
    ):
        found = hits.before("plural_left", window, 1)
        before = window.left(2)
        owner = next(
            (
                f
                for r in ("possessive", "possessive_third", "pronoun")
                if (f := hits.last(r, *before))
            ),
            None,
        )
        # "les deux mariés, Hugo et Mathieu", "the two brides": a couple, no group
        if found and not (owner and owner[0] == 1) and hits.words[window.start] not in _PAIRS:
            return f"names a group of people{_quote(found)}"
    return None


#: A count of two opening a plural: a couple ("les deux mariés"), not a group.
_PAIRS = frozenset({"deux", "two", "both"})


def _plural(hits: Hits, window: Window) -> bool:
    last = hits.words[window.end - 1]
    return len(last) > 3 and last[-1] in "sx"


def _tie(
    entry: Entry,
    window: Window,
    hits: Hits,
    member: tuple[int, str] | None,
    *,
    soft_ok: bool = True,
) -> Verdict:
    """``soft_ok``: whether a business or sale context may demote a trait or a condition (not
    for a union or a party: "ASLEF member selling old journals" is still a member)."""
    negated = hits.before("negation", window, 4)
    if entry.kind in ("trait", "condition"):
        link = (
            member
            or _link(window, hits, third=True, pronoun=True)
            or _owner_inside(entry, window, hits)
            or (_doctor_before(window, hits) if entry.leave else None)
        )
        note = f"; negated{_quote(negated)}, which still reveals it" if negated else ""
        if link:
            return Verdict(True, f"tied to a person by{_quote(link)}{note}")
        # A trait describes someone: only a business word in its own clause makes it generic
        # ("cuisine d'inspiration asiatique"); a condition is demoted by one in its sentence;
        # either by one in a directory heading before a dash ("Dr X, psychiatre — TDAH"), a
        # trait not when a name stands between ("Cabinet X – Marc Vigier, non-voyant").
        head = window.head if entry.kind == "condition" or not window.head_named else (0, 0)
        if entry.kind == "condition":
            sides = (window.left(15, sentence=True), window.right(15, sentence=True), head)
        else:
            sides = (window.left(4), window.right(2), head)
        # a check always runs on some app or system; a device for sale shows a price
        device = "biometric" in entry.categories and not PRICE.search(hits.text)
        soft = next((f for side in sides if soft_ok and (f := _soft(hits, side, device))), None)
        if soft is None and entry.kind == "condition" and window.priced:
            soft = (0, "price")
        if soft:
            return Verdict(False, f"professional, business or sale context{_quote(soft)}")
        return Verdict(True, f"{entry.kind} said of the text's subject{note}", True)
    if negated:
        return Verdict(False, f"negated{_quote(negated)}")
    thing = entry.kind == "object"  # "vendue par M. Dupont" names its seller, not its user
    tie = member or _link(window, hits, third=False, pronoun=thing, named=not thing)
    if not tie and not soft_ok:  # "Cllr Siobhan Murphy, Labour Party, Tallaght": in apposition
        tie = _apposed_to_named(window, hits)
    if tie:
        return Verdict(True, f"tied to a person by{_quote(tie)}")
    what = "an object" if entry.kind == "object" else "a place, practice or organisation"
    return Verdict(False, f"{what} not tied to a person")


def _apposed_to_named(window: Window, hits: Hits) -> tuple[int, str] | None:
    """A union or a party right after a comma that closes a name with an honorific ("Cllr
    Siobhan Murphy, Labour Party", "Mme Hélène Roy, CFDT"): the person's own."""
    at = window.start
    if at < 2 or hits.text[hits.ends[at - 1] : hits.starts[at]].strip() != ",":
        return None
    return _named_person(window, hits, max(window.sentence[0], at - 5), at)


#: A price sign: a sentence or a text that shows one offers something for sale.
PRICE = re.compile(r"[€$£]")
#: Words of the device or software a biometric check runs on ("vérification faciale de
#: l'appli a échoué", "facial match on the store's tablet"): no business context for it.
_DEVICES = frozenset(
    {"appli", "application", "app", "systeme", "system", "tablette", "tablet", "store"}
    | {"boutique", "agence", "branch", "kiosk", "borne"}
)


def _soft(hits: Hits, side: tuple[int, int], device: bool) -> tuple[int, str] | None:
    """The first business word in ``side``; for a biometric term, not a device's word."""
    if not device:
        return hits.first("soft", *side)
    low, high = side
    for span in hits.spans.get("soft", ()):
        if low <= span[0] and span[1] <= high and hits.words[span[0]] not in _DEVICES:
            return span[0] - low, hits.quote(span)
    return None


#: A doctor's titles, before a surname ("le Dr Lenoir", "docteur Martin", "Pr Leroy").
_DOCTORS = frozenset({"dr", "docteur", "doctor", "pr", "professeur"})
#: How many tokens before a leave its doctor may be named: a directory entry's heading
#: ("Dr Amélie Faure, médecin généraliste. Cabinet fermé du 2 au 30 juin pour congé maternité").
_DOCTOR_REACH = 20


def _doctor_before(window: Window, hits: Hits) -> tuple[int, str] | None:
    """The doctor named nearest before a leave, up to _DOCTOR_REACH tokens, in any sentence:
    only a person takes a leave, so the practice's title and business words beside it ("Cabinet
    fermé", "DDS, family dentistry") make no offer of it ("Dr. Ellis is on medical leave")."""
    words, text, starts = hits.words, hits.text, hits.starts
    for at in range(window.start - 2, max(window.start - _DOCTOR_REACH, 0) - 1, -1):
        if words[at] in _DOCTORS and text[starts[at + 1]].isupper():
            return window.start - at - 2, hits.quote((at, at + 2))
    return None


def _owner_inside(entry: Entry, window: Window, hits: Hits) -> tuple[int, str] | None:
    """A possessive inside an English trait ties it to its owner, whatever business word is
    near: "a nurse to check her pressure and sugar" (a French condition such as "ma religion"
    keeps being demoted: "Ma religion, c'est le beurre salé")."""
    if entry.kind != "trait" or entry.lang != "en":
        return None
    at = window.start  # "scans Ciara's fingerprint to pay": a trait opening on a name's "'s"
    if hits.words[at] == "s" and at and hits.text[hits.starts[at - 1]].isupper():
        return 0, hits.quote((at - 1, at + 1))
    return hits.last("possessive", window.start, window.end) or hits.last(
        "possessive_third", window.start, window.end
    )


def _link(
    window: Window, hits: Hits, *, third: bool, pronoun: bool, named: bool = True
) -> tuple[int, str] | None:
    """The nearest marker tying the match to a person: a relative, a verb of being or
    suffering, an age (in the sentence); a possessive right before it; a person named with an
    honorific (in the sentence for a stated fact, or in the heading of the note whose first
    clause after a dash it is; in the clause otherwise); a first-person
    pronoun in its clause, unless the sentence speaks in a business voice ("je vous propose")."""
    found = hits.before("person", window, 10, sentence=True) or hits.after(
        "person", window, 8, sentence=True
    )
    found = found or hits.before("possessive", window, 2)
    titled = not hits.spans.keys().isdisjoint(_HONORIFICS)  # (windows not built when not)
    if third:
        found = (
            found
            or hits.before("possessive_third", window, 2)
            or hits.before("subject", window, 10, sentence=True)
            or hits.after("subject", window, 8, sentence=True)
            or hits.last("cause", window.left(3)[0], window.start + 1)  # "pour raisons de santé"
            # "Dossier M. Lefebvre : arrêt maladie": whom a file's stated fact is about
            or (
                _named_person(window, hits, *_around(window, 10, 8, sentence=True))
                if titled
                else None
            )
            # "Mrs O'Sullivan - on home dialysis, priority services register": a note's
            # heading names whom the first clause after its dash is about
            or (
                _named_person(window, hits, *window.head)
                if titled and window.clause[0] == window.sentence[0]
                else None
            )
            or _note_subject(window, hits)
        )
    # a place or practice, only with the named person in its clause ("M. X à la mosquée")
    if named and titled:
        found = found or _named_person(window, hits, *_around(window, 6, 4))
    # "Mr Qureshi booked every Friday 1pm for Jummah at the mosque": a place or practice in
    # the sentence that names whom the note is about (only there: "Elle veut porter plainte"
    # two sentences on may be anyone's)
    if named and not third and window.sentence[0] == 0:
        found = found or _note_subject(window, hits)
    if found or not pronoun:
        return found
    if hits.before("business_voice", window, 15, sentence=True) or hits.after(
        "business_voice", window, 15, sentence=True
    ):
        return None
    return hits.before("pronoun", window, 6) or hits.after("pronoun", window, 4)


#: Honorifics of elected officials: their entries tell of the office.
_OFFICIALS = frozenset({"cllr", "councillor", "hon"})


def _note_subject(window: Window, hits: Hits) -> tuple[int, str] | None:
    """Whom a note is about: a person named in its first sentence, before the match, with an
    honorific ("Mme Dufresnoy (Roubaix) : l'infirmier passe pour l'insuline") or a first name
    and an initial ("Candidat Kevin B., cariste. Sort d'un arrêt pour dépression"), not in
    apposition to a business word ("Mme Roux, kinésithérapeute : AVC" names a specialty)."""
    words = hits.words
    high = min(window.opening, window.start)
    for rule in (*_HONORIFICS, "male_name", "female_name"):
        for low, at in hits.spans.get(rule, ()):
            if at > high:
                break
            if rule in _HONORIFICS:
                # "Cllr Baker (Labour). Advice surgery every Saturday": an official's entry
                # tells of the office ("surgery"), not of the person
                if at >= high or not _names_someone(hits, low, at) or words[low] in _OFFICIALS:
                    continue
                name = (low, at + 1)
            elif _initialled(hits, at):
                name = (low, at + 1)
            elif _headed_name(hits, low):
                name = (low, at)
            else:
                continue
            if not _apposed(hits, name[1], window.end):
                return window.start - name[1], hits.quote(name)
    return None


def _initialled(hits: Hits, at: int) -> bool:
    """Whether a first name ending before token ``at`` is written with a capital and followed
    by an initial ("Kevin B.", "Kwame A.")."""
    text, starts, words = hits.text, hits.starts, hits.words
    return (
        text[starts[at - 1]].isupper()
        and at < len(words)
        and len(words[at]) == 1
        and text[starts[at]].isupper()
        and text[starts[at] + 1 : starts[at] + 2] == "."
    )


def _headed_name(hits: Hits, at: int) -> bool:
    """Whether the first name at token ``at`` heads a note: written with a capital, as the
    text's first word before a colon ("Farida : …"), after the note's opening role word
    ("Enfant Lucas, mucoviscidose", "Salarié Loïc : ...") or after a lower-case word, and then
    followed by a comma, a colon or a parenthesis ("VSL lundi pour Enzo (myopathie de
    Duchenne)")."""
    text, starts, ends = hits.text, hits.starts, hits.ends
    if not text[starts[at]].isupper():
        return False
    after = text[ends[at] : ends[at] + 2].lstrip(" ")
    if at == 0:  # "Farida : ne se découvre que devant des femmes": a note's heading
        return after[:1] == ":"
    if at == 1 and (0, 1) in hits.spans.get("note_role", ()):
        return True
    return (
        text[starts[at - 1]].islower()
        and hits.words[at - 1] not in _GREETINGS
        and after[:1] in (",", ":", "(")
    )


#: Honorifics that name someone even before a lower-case name, in notes typed in lower case
#: ("mr benyoucef prefere eviter le vendredi"): "m" alone is left out ("5 m de haut").
_LOWER_TITLES = frozenset({"mr", "mme", "mrs", "ms", "mlle"})


def _names_someone(hits: Hits, low: int, at: int) -> bool:
    """Whether the honorific at token ``low`` names someone with token ``at``: a word with a
    capital ("Mme Texier"), or any word after an honorific typed in lower case."""
    text, starts = hits.text, hits.starts
    if text[starts[at]].isupper():
        return True
    return (
        hits.words[low] in _LOWER_TITLES
        and text[starts[low]].islower()
        and hits.words[at].isalpha()
    )


def _apposed(hits: Hits, after: int, high: int) -> bool:
    """Whether a business word stands in apposition to the name ending before token ``after``:
    up to three tokens after it, before any colon, full stop or dash ("Mme Roux,
    kinésithérapeute", not "Mme Dufresnoy (Roubaix) : l'infirmier passe")."""
    soft = hits.first("soft", after, min(after + 3, high))
    if soft is None:
        return False
    gap = hits.text[hits.ends[after - 1] : hits.starts[after + soft[0]]]
    return not any(mark in gap for mark in ":;.–—")


def _around(window: Window, left: int, right: int, *, sentence: bool = False) -> tuple[int, int]:
    """The token range from ``left`` tokens before the match to ``right`` tokens after it."""
    return window.left(left, sentence=sentence)[0], window.right(right, sentence=sentence)[1]


def _named_person(window: Window, hits: Hits, low: int, high: int) -> tuple[int, str] | None:
    """A person named with an honorific in tokens ``[low, high)``: "Mme Texier", "Mr T.",
    "Ms Hannah Price" (the token after the honorific starts with a capital letter), with no
    business word between the name and the match: "Mme Roux, kinésithérapeute : AVC" names a
    practitioner and her specialty."""
    starts = hits.starts
    for rule in _HONORIFICS:
        for span in hits.spans.get(rule, ()):
            at = span[1]
            if not (low <= span[0] and at <= high and at < len(starts)):
                continue
            between = (at, window.start) if at <= window.start else (window.end, span[0])
            if _names_someone(hits, span[0], at) and not hits.count("soft", *between):
                return 0, hits.quote((span[0], at + 1))
    return None
