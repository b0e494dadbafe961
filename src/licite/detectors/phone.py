"""Phone number detector: French national notations, overseas departments, +CC/00CC forms.

Why: a phone number is a channel identifier; calling or texting it for prospecting is governed
by CPCE L.34-5 (automated calls, SMS) and C. consom. L.223-1 (Bloctel), so the rules must know
that a text holds one. Validity is libphonenumber's (``phonenumbers``), as in
:mod:`licite.core.normalize`; it is only asked about digit windows a compiled regex found, so a
text without a phone-like run costs one regex pass.

A run of digits is split into its groups and a number must start and end on group boundaries.
National numbers (leading 0) must be written as French numbers are (``06 12 34 56 78``,
``0612345678``, ``0590 12 34 56``, ``0 800 123 456`` ...) with one kind of separator: so the digit
runs of a NIR, SIRET, IBAN or card (groups of 3 or 4) and dates (``01/05/2024 10``) never yield
a phone. International numbers (``+CC`` or ``00CC``) take any grouping; the longest valid prefix
of the run wins (``+33 6 12 34 56 78 12 rue ...``). An 11-digit national number is tried as a UK
number for English texts.
"""

from __future__ import annotations

import re
from functools import lru_cache

from licite.core.findings import Finding
from licite.core.normalize import OVERSEAS_REGIONS, phone_e164
from licite.detectors.checks import context_near, numbers_from

__all__ = ["CATEGORIES", "DETECTOR", "detect", "might_match", "validate"]

DETECTOR = "phone-libphonenumber"
CATEGORIES: frozenset[str] = frozenset({"phone"})
SCORE = 0.85
CONTEXT_SCORE = 0.95

#: At least 8 digits, each pair of digits joined by up to 3 separators or parentheses ("+33 (0)6",
#: "(415) 555", "(+33) 6"); the windows checked in Python are stricter. The run starts with a digit
#: not preceded by a digit (a fast scan); a "+" or "(+" before it is looked up after.
_RUN = re.compile(r"\d(?<!\d\d)(?:[ .\-/\u00a0()]{0,3}\d){7,}")
_GROUP = re.compile(r"\d+")
#: How national numbers are grouped when written (group lengths).
_FR_GROUPINGS = frozenset(
    {(10,), (2, 2, 2, 2, 2), (4, 2, 2, 2), (1, 3, 2, 2, 2), (4, 3, 3), (1, 3, 3, 3), (2, 4, 4)}
)
_UK_GROUPINGS = frozenset({(11,), (3, 4, 4), (5, 6), (4, 3, 4), (5, 3, 3)})
_MAX_INTERNATIONAL = 15  # E.164 allows at most 15 digits
_CONTEXT = re.compile(
    r"(?i)\b(?:t[ée]l|t[ée]l[ée]phone|phone|portable|mobile|gsm|fax|appel\w*|call|whatsapp|sms)\b"
)


def might_match(text: str) -> bool:
    """Cheap prefilter: a run of at least 8 digits (what every phone number has)."""
    return _RUN.search(text) is not None


@lru_cache(maxsize=65_536)
def validate(raw: str) -> str | None:
    """E.164 of ``raw`` when libphonenumber says it is a valid number, else None.

    National numbers are read as French, then in the overseas regions that share the national
    notation (``0696 ...`` is Martinique), then, with 11 digits, as British.
    """
    raw = raw.strip()
    e164 = phone_e164(raw)
    if e164 is not None or raw[:1] == "+" or raw[:2] == "00":
        return e164
    digits = sum(char.isdigit() for char in raw)
    for region in OVERSEAS_REGIONS if digits == 10 else ("GB",) if digits == 11 else ():
        e164 = phone_e164(raw, region)
        if e164 is not None:
            return e164
    return None


def _national(text: str, groups: list[re.Match[str]], i: int) -> int | None:
    """Index past the last group of a valid national number starting at group ``i``."""
    lengths: list[int] = []
    for j in range(i, len(groups)):
        lengths.append(len(groups[j].group()))
        total = sum(lengths)
        if total >= 10:
            shape = tuple(lengths)
            if (total == 10 and shape in _FR_GROUPINGS) or (total == 11 and shape in _UK_GROUPINGS):
                separators = {text[groups[k].end() : groups[k + 1].start()] for k in range(i, j)}
                one_kind = len(separators) <= 1 and all(len(sep) == 1 for sep in separators)
                if one_kind and validate(text[groups[i].start() : groups[j].end()]):
                    return j + 1
            if total >= 11:
                return None
    return None


def _international(text: str, start: int, groups: list[re.Match[str]], i: int) -> int | None:
    """Index past the last group of the longest valid ``+CC``/``00CC`` number from group ``i``."""
    ends = []
    total = 0
    for j in range(i, len(groups)):
        total += len(groups[j].group())
        if total > _MAX_INTERNATIONAL + 2:
            break
        if total >= 8:
            ends.append(j)
    for j in reversed(ends):
        if validate(text[start : groups[j].end()]):
            return j + 1
    return None


def _parenthesised(text: str, group: re.Match[str]) -> bool:
    """A "(0)" or "(415)" group: a trunk prefix or an area code, never where a number starts."""
    start, end = group.span()
    return end - start <= 4 and text[start - 1 : start] == "(" and text[end : end + 1] == ")"


def _lead(text: str, start: int) -> int:
    """Where the "+" or "(+" of an international number before ``start`` is, else ``start``."""
    if text[start - 1 : start] != "+" or start == 0:
        return start
    return start - 2 if start >= 2 and text[start - 2] == "(" else start - 1


def _numbers(text: str, run: re.Match[str]) -> list[tuple[int, int]]:
    """Spans of the valid numbers in one run of digits."""
    groups = list(_GROUP.finditer(text, run.start(), run.end()))
    lead = _lead(text, run.start())
    glued = lead > 0 and text[lead - 1].isalnum()
    spans = []
    i = 0
    while i < len(groups):
        first = groups[i]
        end: int | None = None
        if i == 0 and lead < run.start():
            end = _international(text, lead, groups, 0)
        # Only a group with a leading 0 starts a number here: tested first, as most do not
        elif (
            (digits := first.group())[0] == "0"
            and (i > 0 or not glued)
            and not _parenthesised(text, first)
        ):
            if digits.startswith("00"):
                end = _international(text, first.start(), groups, i)
            else:
                end = _national(text, groups, i)
        if end is None:
            i += 1
            continue
        spans.append((lead if i == 0 else first.start(), groups[end - 1].end()))
        i = end
    return spans


def detect(text: str, field: str | None = None) -> list[Finding]:
    """Every valid phone number in ``text`` (national French, overseas, international)."""
    findings: list[Finding] = []
    for run in _RUN.finditer(text, numbers_from(text)):
        for start, end in _numbers(text, run):
            found = text[start:end]
            near = context_near(text, start, end, _CONTEXT)
            findings.append(
                Finding(
                    category="phone",
                    start=start,
                    end=end,
                    text=found,
                    score=CONTEXT_SCORE if near else SCORE,
                    detector=DETECTOR,
                    explanation=f"phone number {found!r} is the valid number {validate(found)} "
                    "(libphonenumber)",
                    field=field,
                )
            )
    return findings
