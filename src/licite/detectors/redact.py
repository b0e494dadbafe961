"""Redaction: replace what the detectors found by a category tag, to minimise free text.

Why: GDPR art. 5(1)(c) (data minimisation) and art. 9/10 ask that special-category data, criminal
data and the NIR are not kept when a purpose does not need them; free-text notes can keep their
useful part once such spans are replaced by a tag (``[HEALTH]``, ``[NIR]``, ``[PHONE]``).

Only findings about a person (:attr:`~licite.core.findings.Finding.about_person`) are replaced.
Overlapping spans are merged into one tag (that of the longest finding, the first on a tie); the
text between findings is left as it was, character for character. Tags already in the text are
never redacted again, so redacting twice gives the same text as redacting once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from licite.core.findings import ALL_CATEGORIES, Finding
from licite.detectors.classifier import DETECTOR as CLASSIFIER
from licite.detectors.registry import scan_text

__all__ = ["TAG_PATTERN", "TRUNCATED", "redact", "redact_text", "tag"]

#: What replaces the end of a text too long to be scanned in full.
TRUNCATED = "[TRUNCATED]"

#: A tag that :func:`redact` writes (or :data:`TRUNCATED`): never redacted again.
TAG_PATTERN = re.compile(
    r"\[(?:" + "|".join(sorted(c.upper() for c in ALL_CATEGORIES)) + r"|TRUNCATED)\]"
)


def tag(category: str) -> str:
    """The tag that replaces a finding of ``category`` (``health`` → ``[HEALTH]``)."""
    return f"[{category.upper()}]"


def _tags(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in TAG_PATTERN.finditer(text)] if "[" in text else []


def _spans(text: str, findings: Iterable[Finding]) -> list[tuple[int, int, Finding]]:
    """The about-person findings as merged spans, each with the finding that names its tag."""
    tags = _tags(text)
    chosen = sorted(
        (f for f in findings if f.about_person and f.start < f.end),
        key=lambda f: (f.start, f.start - f.end),
    )
    merged: list[tuple[int, int, Finding]] = []
    for finding in chosen:
        if finding.start < 0 or finding.end > len(text):
            raise ValueError(f"finding {finding.start}..{finding.end} is outside the text")
        if any(start < finding.end and finding.start < end for start, end in tags):
            continue
        if merged and finding.start < merged[-1][1]:
            start, end, best = merged[-1]
            if _names_better(finding, best):
                best = finding
            merged[-1] = (start, max(end, finding.end), best)
        else:
            merged.append((finding.start, finding.end, finding))
    return merged


def _names_better(finding: Finding, other: Finding) -> bool:
    """Whether ``finding`` names a merged span's tag rather than ``other``: a lexicon term
    before the classifier's sentence (the term is what the text says), then the longer."""
    return (finding.detector != CLASSIFIER, finding.end - finding.start) > (
        other.detector != CLASSIFIER,
        other.end - other.start,
    )


def redact(text: str, findings: Iterable[Finding]) -> str:
    """``text`` with each about-person finding's span replaced by its category tag."""
    spans = _spans(text, findings)
    if not spans:
        return text
    pieces: list[str] = []
    last = 0
    for start, end, finding in spans:
        pieces += [text[last:start], tag(finding.category)]
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def redact_text(
    text: str, field: str | None = None, *, second_opinion: bool = True
) -> tuple[str, list[Finding]]:
    """Scan ``text`` with every detector and redact it; also returns the findings replaced
    (``second_opinion``: as :func:`licite.detectors.registry.scan_text`)."""
    findings = scan_text(text, field, second_opinion=second_opinion)
    if not findings:
        return text, []
    tags = _tags(text)
    replaced = [
        f
        for f in findings
        if f.about_person and not any(s < f.end and f.start < e for s, e in tags)
    ]
    return redact(text, replaced), replaced
