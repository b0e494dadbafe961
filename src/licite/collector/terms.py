"""A source's terms of use: their text, its hash, and the clauses a reviewer must read.

Why: the CNIL's re-user recommendations (June 2024) weigh terms that forbid scraping or reuse
for prospecting against legitimate interest (GDPR art. 6(1)(f)); practice n°1 asks to check
them. The hash is taken over the visible text (not the markup) so a new tracking script does not
pause a source, while any change of wording does (shared/spec/sources-format.md).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import lxml.html

#: Words of anti-scraping and anti-reuse clauses, French and English.
CLAUSE_TERMS: tuple[str, ...] = (
    r"extraction",
    r"extraire",
    r"aspiration",
    r"aspirer",
    r"scraping",
    r"scrap(?:er|per)",
    r"crawl(?:er|ing)?",
    r"robots?",
    r"collecte automatis[ée]e",
    r"moyens? automatis[ée]s?",
    r"r[ée]utilisation(?: commerciale)?",
    r"r[ée]utiliser",
    r"prospection",
    r"fouille de textes",
    r"text and data mining",
    r"data mining",
    r"automated (?:means|collection|access)",
    r"harvest(?:ing)?",
    r"spider(?:s|ing)?",
    r"commercial (?:re-?use|use)",
    r"re-?use",
    r"base de donn[ée]es",
    r"database",
)
_CLAUSE = re.compile(r"\b(?:" + "|".join(CLAUSE_TERMS) + r")\b", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Clause:
    """A sentence of the terms that holds one of :data:`CLAUSE_TERMS`."""

    text: str
    terms: tuple[str, ...]


def terms_text(body: bytes, content_type: str = "text/html") -> str:
    """The visible text of a terms page, whitespace collapsed, one block per line."""
    if "html" not in content_type.lower():
        return "\n".join(_SPACE.sub(" ", line).strip() for line in body.decode(errors="replace")
                         .splitlines() if line.strip())  # fmt: skip
    if not body.strip():
        return ""
    root = lxml.html.fromstring(body)
    for element in root.xpath("//script|//style|//noscript|//template"):
        element.drop_tree()
    lines = []
    for block in root.xpath("//body//text()") or root.xpath("//text()"):
        line = _SPACE.sub(" ", str(block)).strip()
        if line:
            lines.append(line)
    return "\n".join(lines)


def terms_sha256(text: str) -> str:
    """Hash of the terms text as compared between the review and each run."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def find_clauses(text: str) -> list[Clause]:
    """Sentences that look like anti-scraping or anti-reuse clauses, in order."""
    found = []
    for sentence in _SENTENCE.split(text):
        hits = tuple(dict.fromkeys(m.group(0).lower() for m in _CLAUSE.finditer(sentence)))
        if hits:
            found.append(Clause(sentence.strip(), hits))
    return found


__all__ = ["CLAUSE_TERMS", "Clause", "find_clauses", "terms_sha256", "terms_text"]
