"""Email address detector, including the obfuscated forms common in ads.

Why: an email address is a channel identifier; whether it may be used to prospect depends on
the audience (CPCE L.34-5 consent for consumers, the CNIL's tolerance for professional
addresses), so the rules must know that a text holds one. Ads hide addresses from harvesters
("jean [at] gmail [dot] com", "jean arobase gmail point com"): those are still personal data
(GDPR art. 4(1)) and are reported with a lower score.
"""

from __future__ import annotations

import re

from licite.core.findings import Finding
from licite.detectors.checks import lowered

__all__ = ["CATEGORIES", "DETECTOR", "detect", "might_match", "validate"]

DETECTOR = "email-pattern"
CATEGORIES: frozenset[str] = frozenset({"email"})
SCORE = 0.95
OBFUSCATED_SCORE = 0.6

_LOCAL = r"[\w+\-]+(?:\.[\w+\-]+)*"
_LABEL = r"[^\W_](?:[\w\-]{0,61}[^\W_])?"
#: A top-level domain is letters (any script, for IDN) or its punycode form.
_TLD = r"(?:[^\W\d_]{2,63}|xn--[a-z0-9\-]{1,59})"
_EMAIL = re.compile(
    rf"(?<![\w.+\-])(?P<local>{_LOCAL})@(?P<domain>(?:{_LABEL}\.)+{_TLD})(?![\w\-]|\.[^\W_])",
    re.IGNORECASE,
)
_LOCAL_PART = re.compile(_LOCAL)
_LOCAL_CHARS = frozenset("_.+-")  # besides letters and digits
_DOMAIN_AFTER = re.compile(rf"(?:{_LABEL}\.)+{_TLD}(?![\w\-]|\.[^\W_])", re.IGNORECASE)
#: File names that look like addresses: "logo@2x.png" is an image, not a mailbox.
_FILE_SUFFIXES = frozenset(
    {"png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "tif", "tiff", "avif", "heic",
     "css", "js", "mjs", "map", "pdf", "mp4", "webm"}
)  # fmt: skip

#: "@" hidden: bracketed ("[at]", "(@)"), spelled ("arobase"), the bare word "at", or "@ "
#: followed by a space (a space before "@" alone is a social-media handle: "suivez-nous @acme").
#: Spaces around the token are skipped in Python: a regex starting with ``\s*`` scans slowly.
#: In any case; written so that it starts with one character class (the branch is then chosen
#: by lookbehinds) and without IGNORECASE (the cases spelled out, "ſ" too, as IGNORECASE has it):
#: the regex engine then skips to the candidate characters instead of trying every branch at
#: every position (four times faster). Group ``word`` (the "t") takes part for a bare "at" only.
_A, _ROBASE = "[aA]", "[rR][oO][bB][aA][sS\u017f][eE]"
_AT = re.compile(
    r"[\[({<@aA]"
    rf"(?:(?<=[\[({{<])\s*(?:{_A}[tT]|@|{_A}{_ROBASE})\s*[\])}}>]"  # "[at]", "( @ )", "(arobase)"
    rf"|(?<!\w{_A})(?<={_A}){_ROBASE}\b"  # "arobase" as a word
    rf"|(?<=\s{_A})(?P<word>[tT])(?=\s)"  # " at "
    r"|(?<=@)(?=\s))"  # "@ "
)
_OPEN, _CLOSE = r"\s*[\[({<]\s*", r"\s*[\])}>]\s*"
_DOT = rf"(?:{_OPEN}(?:dot|point|\.){_CLOSE}|\s+(?:dot|point)\s+|\.)"
_OBFUSCATED_DOMAIN = re.compile(
    rf"(?P<domain>{_LABEL}(?:{_DOT}{_LABEL})*{_DOT}(?P<tld>[^\W\d_]{{2,24}}))(?![\w\-]|\.[^\W_])",
    re.IGNORECASE,
)
_PLAIN_DOT = re.compile(r"[^.\s]\.[^.\s]")
#: The prefilter's forms of a hidden "@" (searched in lower case; see :func:`might_match`).
_BARE_AT = re.compile(r"at(?<=\sat)(?=\s)")  # "at" first: the engine scans for a literal
_BRACKET_AT = re.compile(r"[\[({<]\s*at\s*[\])}>]")


def validate(address: str) -> bool:
    """Whether ``address`` is an email address as this detector reads them (not a file name)."""
    match = _EMAIL.fullmatch(address)
    return match is not None and not _is_file_name(match.group("domain"))


def might_match(text: str) -> bool:
    """Cheap prefilter, substring tests first: an "@", "arobase", an "at" between brackets, or
    a bare "at" in a text that spells out a dot (then the obfuscation regex decides). The
    searches run on the lower-cased text without IGNORECASE, which is several times faster."""
    if "@" in text:
        return True
    lower = lowered(text)
    if "arobase" in lower:
        return True
    if "at" not in lower:
        return False
    if ("dot" in lower or "point" in lower) and _BARE_AT.search(lower):
        return True
    bracket = "[" in text or "(" in text or "{" in text or "<" in text
    return bracket and _BRACKET_AT.search(lower) is not None


def _is_file_name(domain: str) -> bool:
    return domain.rsplit(".", 1)[-1].lower() in _FILE_SUFFIXES


def _finding(text: str, start: int, end: int, score: float, why: str, field: str | None) -> Finding:
    return Finding(
        category="email",
        start=start,
        end=end,
        text=text[start:end],
        score=score,
        detector=DETECTOR,
        explanation=why,
        field=field,
    )


def _local_start(text: str, at: int) -> int:
    """Where the local part ending at ``at`` starts (a backward walk: cheaper than a regex)."""
    start = at
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in _LOCAL_CHARS):
        start -= 1
    while start < at and text[start] in ".-+":
        start += 1  # "...jean@": the dots belong to the sentence
    return start


def _plain(text: str, field: str | None) -> list[Finding]:
    findings: list[Finding] = []
    at = text.find("@")
    while at != -1:
        start = _local_start(text, at)
        domain = _DOMAIN_AFTER.match(text, at + 1)
        if (
            domain is not None
            and _LOCAL_PART.fullmatch(text, start, at)
            and not _is_file_name(domain.group())
            and text[max(0, start - 2) : start] != "//"  # "ftp://user@host" names a URL's user
            and not (findings and start < findings[-1].end)  # "a@b.fr@c.fr": one address
        ):
            end = domain.end()
            why = f"email address {text[start:end]!r} (local part @ domain with a top-level domain)"
            findings.append(_finding(text, start, end, SCORE, why, field))
        at = text.find("@", at + 1)
    return findings


def _obfuscated(text: str, field: str | None) -> list[Finding]:
    findings: list[Finding] = []
    for at in _AT.finditer(text):
        local_end = len(text[: at.start()].rstrip())
        start = _local_start(text, local_end)
        domain_start = len(text) - len(text[at.end() :].lstrip())
        domain = _OBFUSCATED_DOMAIN.match(text, domain_start)
        if (
            domain is None
            or not _LOCAL_PART.fullmatch(text, start, local_end)
            or _is_file_name(domain.group("tld"))
        ):
            continue
        # A bare "at" is an English word: only with a spelled-out dot ("jean at gmail dot com").
        if at.group("word") and _PLAIN_DOT.search(domain.group("domain")):
            continue
        found = text[start : domain.end()]
        why = f'obfuscated email address {found!r} ("at"/"dot" written out to hide it)'
        findings.append(_finding(text, start, domain.end(), OBFUSCATED_SCORE, why, field))
    return findings


def detect(text: str, field: str | None = None) -> list[Finding]:
    """Every email address in ``text``: plain ones, then obfuscated ones that do not overlap."""
    if not might_match(text):
        return []
    findings = _plain(text, field) if "@" in text else []
    for hidden in _obfuscated(text, field):
        if not any(f.start < hidden.end and hidden.start < f.end for f in findings):
            findings.append(hidden)
    findings.sort(key=lambda f: f.start)
    return findings
