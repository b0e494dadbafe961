"""Ancestry shares in the results of a DNA test: "38 % Afrique de l'Ouest", "12% Ashkenazi Jewish".

Why: a genealogical DNA test's breakdown by population is genetic data (GDPR art. 4(13): it
results from the analysis of a biological sample) and reveals the person's racial or ethnic
origin (art. 9(1)). The lexicons match the test ("23andMe", "test ADN"), not the populations:
those are any place or people name ("45% Irish", "41 % Bretagne", "40 % berbère"), and a
nationality alone is no ethnic origin elsewhere. So a share is read only next to such a test.
A people word in a share names an ancestry, not a faith: "15 % juif séfarade" is origin, and
the religion finding on it is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from licite.core.findings import Finding

__all__ = ["with_ancestry"]

#: A genetic finding that is a genealogical test or its results (a paternity test has none).
_TEST = re.compile(
    r"(?i)adn|dna|23andme|ancestry|myheritage|g[ée]n[ée]alog|ancestral|geneanet|ascendance"
)
#: How far from a test its shares are looked for (characters before and after it).
_BEFORE, _AFTER = 120, 260
_WORD = r"[^\W\d_][\w'\u2019\-]*"
#: A share: a percentage (up to 100), then a population of one to three words, the later ones
#: capitalised after "de", "du", "&", "and"… ("Afrique de l'Ouest", "British & Irish") or
#: adjectives right after the first ("péninsule ibérique", "West African").
_SHARE = re.compile(
    r"(?<![\w.,])(?:100|\d{1,2}(?:[.,]\d{1,2})?)[ \u00a0\u202f]?%[ \u00a0\u202f]+"
    r"(?:d['\u2019] ?(?:ascendance|origine) +)?"
    rf"(?P<who>{_WORD}(?:[ \u00a0](?:(?:de|du|des|d'|d\u2019|&|and|et)[ \u00a0]?)?{_WORD}){{0,2}})"
)
#: Words that make the percentage something else than a population: a chance, a match, a
#: discount, a Neanderthal share ("2 % néandertalien"), or the end of the population's name.
_NOT_POPULATION_WORDS = """
    de d des du of the a an un une le la les l chance chances risk risque risques
    probabilité probabilite probability probable match matching matched adn dna sûr sur sure
    certain certaine certains identique identiques identical shared partagé partage commun
    compatible néandertalien néandertalienne neandertalien neanderthal neandertal remise off
    discount plus more less moins pour for to à au aux en in on et and ou or is are est sont
    was were par by with avec sans without que qui that which fiable reliable accurate
    précis exact positive positif négatif negative ce cette this these mes my mon ma son
    sa his her their leur"""
_NOT_POPULATION = frozenset(_NOT_POPULATION_WORDS.split())
#: Words that join a population's name to a capitalised part ("de l'Ouest", "British & Irish").
_GLUE = frozenset({"de", "du", "des", "d'", "d\u2019", "and", "et"})
#: A person named right before a share: "turns out I'm 40% Yoruba", "je suis à 38 %".
_PERSON = re.compile(
    r"(?i)(?:\bI'm|\bI am|\bje suis(?: à| a)?|\bj'suis|\b(?:il|elle) est(?: à| a)?|\b(?:he|she)'s"
    r"|\b(?:he|she) is|\bwe're|\bon est|\bsuis à|\bsuis a)[ \u00a0]*$"
)


def with_ancestry(text: str, findings: list[Finding], field: str | None) -> list[Finding]:
    """``findings`` with an origin finding for each ancestry share near a genealogical test,
    and a genetic one when the share is the only genetic finding about a person; religion
    findings inside a share are dropped."""
    tests = [f for f in findings if f.category == "genetic" and _TEST.search(f.text)]
    if not tests:
        return findings
    tests.sort(key=lambda f: not f.about_person)  # a share is read with a test said of someone
    shares: dict[tuple[int, int], tuple[Finding, re.Match[str]]] = {}
    for test in tests:
        low, high = max(0, test.start - _BEFORE), min(len(text), test.end + _AFTER)
        for share in _SHARE.finditer(text, low, high):
            population = _population(share)
            if population is not None:
                shares.setdefault(population, (test, share))
    if not shares:
        return findings
    kept = [f for f in findings if not (f.category == "religion" and _inside(f, shares))]
    genetic_about = any(f.category == "genetic" and f.about_person for f in kept)
    for (start, end), (test, share) in sorted(shares.items()):
        about, reason = _whose(text, test, share)
        # kept unless an origin finding already covers the whole share: one inside it
        # ("séfarade" of "15 % juif séfarade") would leave the religion word just dropped bare
        if not any(f.category == "origin" and f.start <= start and end <= f.end for f in kept):
            kept.append(_finding(text, start, end, "origin", test, about, reason, field))
        if about and not genetic_about:
            kept.append(_finding(text, start, end, "genetic", test, about, reason, field))
            genetic_about = True
    return kept


def _population(share: re.Match[str]) -> tuple[int, int] | None:
    """The share's span, cut after the population's last word (None: no population)."""
    who = share.group("who")
    words = list(re.finditer(_WORD, who))
    if not words or _bare(words[0].group()).lower() in _NOT_POPULATION:
        return None
    last = words[0]
    glued = False
    for word in words[1:]:
        token = word.group()
        if token.lower() in _GLUE:
            glued = True
            continue
        named = _bare(token)
        glued = glued or "&" in who[last.end() : word.start()]
        if token.lower() in _NOT_POPULATION or (glued and not named[:1].isupper()):
            break  # "autochtone du côté", "ouest-africaine que personne"
        last, glued = word, False
    return share.start(), share.start("who") + last.end()


def _bare(word: str) -> str:
    """``word`` without an elided article ("l'Ouest", "d'ADN")."""
    return word[2:] if word[:2].lower() in ("l'", "l\u2019", "d'", "d\u2019") else word


def _inside(finding: Finding, shares: Iterable[tuple[int, int]]) -> bool:
    return any(start <= finding.start and finding.end <= end for start, end in shares)


def _whose(text: str, test: Finding, share: re.Match[str]) -> tuple[bool, str]:
    if test.about_person:
        return True, f"a share in the results of « {test.text} », which is about a person"
    if _PERSON.search(text, max(0, share.start() - 30), share.start()):
        return True, "a person says it of themselves or of someone named just before"
    return False, f"a share in the results of « {test.text} », not said of a person"


def _finding(
    text: str,
    start: int,
    end: int,
    category: str,
    test: Finding,
    about: bool,
    reason: str,
    field: str | None,
) -> Finding:
    found = text[start:end]
    verdict = "about a person" if about else "not about a person"
    return Finding(
        category,
        start,
        end,
        found,
        0.8 if about else 0.3,
        test.detector,
        f"« {found} » ({category}, GDPR art. 9): an ancestry share near the genealogical test "
        f"« {test.text} »; {verdict}: {reason}",
        field,
        about,
    )
