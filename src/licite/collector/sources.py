"""Source declarations (shared/spec/sources-format.md): read, validate, refuse with a location.

The declaration is the evidence of the CNIL's practice n°1 (verify the nature and origin of
the data, GDPR art. 5(1)(a), 14(2)(f)), so a bad one stops the run before anything is fetched,
with an error naming the file, the source and the field.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from licite.core.enums import Audience, SourceType
from licite.core.errors import InputError

VERDICTS = ("allows", "forbids", "unknown")
#: Fields a record may carry into the store outside ``attributes`` (see licite.core.model).
CONTACT_FIELDS = ("phone", "email", "postal_address")


@dataclass(frozen=True, slots=True)
class Terms:
    """The reviewed terms of use of the site."""

    url: str
    verdict: str = "unknown"
    reviewed_at: date | None = None
    reviewed_by: str | None = None
    sha256: str | None = None


@dataclass(frozen=True, slots=True)
class Extract:
    """How records are read from a page."""

    record: str | None
    schema_org: bool
    fields: dict[str, str]


@dataclass(frozen=True, slots=True)
class Profile:
    """The purpose profile: the only fields that may be kept, and the free text to screen."""

    purpose: str
    keep: tuple[str, ...]
    free_text: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SourceDecl:
    """One declared source."""

    name: str
    type: SourceType
    start_urls: tuple[str, ...]
    follow: tuple[str, ...]
    max_pages: int
    audience: Audience
    terms: Terms
    extract: Extract
    profile: Profile

    @property
    def origins(self) -> frozenset[str]:
        """``host:port`` of the start URLs: the only places that may be fetched."""
        return frozenset(origin_of(url) for url in self.start_urls)


def origin_of(url: str) -> str:
    """The network location (``host[:port]``, lower case) of a URL."""
    return urlsplit(url).netloc.lower()


class _Fields:
    """Typed reads of one TOML table, raising InputError located at file/source/field."""

    def __init__(self, table: dict[str, Any], file: str, source: str, prefix: str) -> None:
        self.table, self.file, self.source, self.prefix = table, file, source, prefix

    def error(self, key: str, message: str) -> InputError:
        field = f"{self.prefix}{key}"
        return InputError(f"source {self.source!r}: {message}", field=field, file=self.file)

    def get(self, key: str, kind: type, default: Any = ..., *, allow_none: bool = False) -> Any:
        if key not in self.table:
            if default is ...:
                raise self.error(key, "is required")
            return default
        value = self.table[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.error(key, f"must be a {kind.__name__}, got {value!r}")
        return value

    def strings(self, key: str, default: Any = ...) -> tuple[str, ...]:
        values = self.get(key, list, default)
        if not all(isinstance(v, str) and v for v in values):
            raise self.error(key, "must be a list of non-empty strings")
        return tuple(values)

    def choice(self, key: str, choices: tuple[str, ...], default: Any = ...) -> str:
        value: str = self.get(key, str, default)
        if value not in choices:
            raise self.error(key, f"must be one of {', '.join(choices)}, got {value!r}")
        return value

    def table_at(self, key: str, default: Any = ...) -> _Fields:
        inner = self.get(key, dict, {} if default is not ... else ...)
        return _Fields(inner, self.file, self.source, f"{self.prefix}{key}.")


def _url(fields: _Fields, key: str, value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise fields.error(key, f"must be an http(s) URL, got {value!r}")
    return value


def _date(fields: _Fields, key: str) -> date | None:
    value = fields.table.get(key)
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as error:
        raise fields.error(key, f"must be a date (YYYY-MM-DD), got {value!r}") from error


def _source(raw: Any, file: str, index: int) -> SourceDecl:
    if not isinstance(raw, dict):
        raise InputError("each [[source]] must be a table", field=f"source[{index}]", file=file)
    name = raw.get("name")
    label = name if isinstance(name, str) and name else f"#{index + 1}"
    top = _Fields(raw, file, label, "")
    name = top.get("name", str)
    start_urls = tuple(_url(top, "start_urls", u) for u in top.strings("start_urls"))
    if not start_urls:
        raise top.error("start_urls", "must list at least one URL")
    max_pages = top.get("max_pages", int, 100)
    if max_pages < 1:
        raise top.error("max_pages", "must be at least 1")
    terms = top.table_at("terms")
    reviewed_at = _date(terms, "reviewed_at")
    sha = terms.get("sha256", str, None)
    if sha is not None and (len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha)):
        raise terms.error("sha256", "must be 64 lower-case hex digits")
    extract = top.table_at("extract")
    fields = extract.get("fields", dict, {})
    for key, selector in fields.items():
        if not isinstance(selector, str) or not selector:
            raise extract.error(f"fields.{key}", "must be a CSS selector string")
    profile = top.table_at("profile")
    keep = profile.strings("keep")
    free_text = profile.strings("free_text", [])
    return SourceDecl(
        name=name,
        type=SourceType(top.choice("type", tuple(t.value for t in SourceType))),
        start_urls=start_urls,
        follow=top.strings("follow", []),
        max_pages=max_pages,
        audience=Audience(top.choice("audience", tuple(a.value for a in Audience))),
        terms=Terms(
            url=_url(terms, "url", terms.get("url", str)),
            verdict=terms.choice("verdict", VERDICTS, "unknown"),
            reviewed_at=reviewed_at,
            reviewed_by=terms.get("reviewed_by", str, None),
            sha256=sha,
        ),
        extract=Extract(
            record=extract.get("record", str, None),
            schema_org=extract.get("schema_org", bool, False),
            fields=dict(fields),
        ),
        profile=Profile(purpose=profile.get("purpose", str), keep=keep, free_text=free_text),
    )


def parse_sources(text: str, file: str) -> list[SourceDecl]:
    """Every source of a declaration file's text; InputError at the first bad field."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise InputError(f"not valid TOML: {error}", file=file) from error
    raw = document.get("source")
    if not isinstance(raw, list) or not raw:
        raise InputError("declares no [[source]]", field="source", file=file)
    result = [_source(item, file, index) for index, item in enumerate(raw)]
    names = [s.name for s in result]
    for name in names:
        if names.count(name) > 1:
            raise InputError(f"source {name!r} is declared twice", field="name", file=file)
    return result


def load_sources(path: Path, only: str | None = None) -> list[SourceDecl]:
    """The sources declared in ``path`` (only the one named ``only`` when given)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise InputError(
            f"cannot read the sources file: {error.strerror}", file=str(path)
        ) from error
    found = parse_sources(text, str(path))
    if only is None:
        return found
    chosen = [s for s in found if s.name == only]
    if not chosen:
        known = ", ".join(repr(s.name) for s in found)
        raise InputError(f"no source named {only!r} (declared: {known})", file=str(path))
    return chosen


__all__ = [
    "CONTACT_FIELDS",
    "VERDICTS",
    "Extract",
    "Profile",
    "SourceDecl",
    "Terms",
    "load_sources",
    "origin_of",
    "parse_sources",
]
