"""Reading records from a page: CSS selectors per declared field, and schema.org data.

Why: the declaration says exactly which element holds which field, so nothing else is read;
schema.org Person, Organization and ContactPoint (JSON-LD and microdata, read by extruct) are
the contact points a site publishes *for* being contacted. Values are raw text here; the
pipelines minimise, screen and normalise them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

import extruct
from parsel import Selector

from licite.collector.sources import SourceDecl

#: schema.org property → licite field name.
SCHEMA_FIELDS = {
    "name": "name",
    "telephone": "phone",
    "email": "email",
    "jobTitle": "job_title",
    "contactType": "contact_type",
    "description": "description",
}
PERSON_TYPES = frozenset({"Person"})
ORGANISATION_TYPES = frozenset({"Organization", "LocalBusiness", "Corporation", "ContactPoint"})


@dataclass(slots=True)
class Record:
    """One record read from a page, on its way through the pipelines (a Scrapy item)."""

    source: str
    url: str
    fetched_at: str
    fields: dict[str, str] = field(default_factory=dict)
    selectors: dict[str, str] = field(default_factory=dict)
    kind: str = "person"
    robots: str = "allowed"
    tdm: str = "unset"
    terms_sha256: str | None = None
    transient: set[str] = field(default_factory=set)
    provenance: dict[str, dict[str, str | None]] = field(default_factory=dict)


def _clean(value: str, name: str) -> str:
    text = " ".join(value.split())
    lowered = text.lower()
    if name == "phone" and lowered.startswith("tel:"):
        text = unquote(text[4:])
    if name == "email" and lowered.startswith("mailto:"):
        text = unquote(text[7:].split("?", 1)[0])
    return text.strip()


def css_value(scope: Selector, selector: str, name: str) -> str | None:
    """The text (or ``::attr``) the selector points at, whitespace collapsed, or None."""
    if "::" in selector:
        found = [v for v in scope.css(selector).getall() if v.strip()]
    else:
        found = [" ".join(n.css("::text, *::text").getall()) for n in scope.css(selector)]
    values = [_clean(v, name) for v in found]
    values = [v for v in values if v]
    return " ".join(values) if values else None


def css_records(
    page: Selector, source: SourceDecl
) -> Iterator[tuple[dict[str, str], dict[str, str]]]:
    """(fields, selectors) for each record element (or the whole page)."""
    scopes = page.css(source.extract.record) if source.extract.record else [page]
    for scope in scopes:
        fields: dict[str, str] = {}
        selectors: dict[str, str] = {}
        for name, selector in source.extract.fields.items():
            value = css_value(scope, selector, name)
            if value is not None:
                fields[name], selectors[name] = value, selector
        if fields:
            yield fields, selectors


def _flat(node: Mapping[str, Any], path: str) -> tuple[dict[str, str], dict[str, str]]:
    fields: dict[str, str] = {}
    selectors: dict[str, str] = {}
    for key, name in SCHEMA_FIELDS.items():
        value = node.get(key)
        if isinstance(value, str) and value.strip():
            fields[name], selectors[name] = _clean(value, name), f"{path}.{key}"
    address = node.get("address")
    if isinstance(address, Mapping):
        if isinstance(code := address.get("postalCode"), str):
            fields["postal_code"], selectors["postal_code"] = code.strip(), f"{path}.address"
        parts = [address.get(k) for k in ("streetAddress", "postalCode", "addressLocality")]
        if all(isinstance(p, str) for p in parts):
            fields["postal_address"] = ", ".join(str(p).strip() for p in parts)
            selectors["postal_address"] = f"{path}.address"
    return fields, selectors


def _types(node: Mapping[str, Any]) -> set[str]:
    declared = node.get("@type")
    names = declared if isinstance(declared, list) else [declared]
    return {str(n).rsplit("/", 1)[-1] for n in names if n}


def schema_records(html: str, url: str) -> Iterator[tuple[str, dict[str, str], dict[str, str]]]:
    """(kind, fields, selectors) of each Person, Organization or ContactPoint on the page."""
    try:
        data = extruct.extract(html, base_url=url, syntaxes=["json-ld", "microdata"], uniform=True)
    except Exception:
        return
    for syntax, items in data.items():
        stack: list[tuple[Any, str]] = [(item, f"schema.org/{syntax}") for item in items]
        while stack:
            node, path = stack.pop(0)
            if isinstance(node, list):
                stack.extend((n, path) for n in node)
                continue
            if not isinstance(node, Mapping):
                continue
            types = _types(node)
            if types & (PERSON_TYPES | ORGANISATION_TYPES):
                fields, selectors = _flat(node, f"{path}:{'/'.join(sorted(types))}")
                if fields:
                    kind = "person" if types & PERSON_TYPES else "organisation"
                    yield kind, fields, selectors
            for key in ("contactPoint", "employee", "member", "founder", "@graph"):
                if key in node:
                    stack.append((node[key], path))


def extract_records(html: str, url: str, source: SourceDecl, fetched_at: str) -> Iterator[Record]:
    """Every record of a page, as declared by the source."""
    page = Selector(text=html)
    for fields, selectors in css_records(page, source):
        yield Record(source.name, url, fetched_at, fields, selectors)
    if source.extract.schema_org:
        for kind, fields, selectors in schema_records(html, url):
            yield Record(source.name, url, fetched_at, fields, selectors, kind=kind)


__all__ = ["Record", "css_records", "css_value", "extract_records", "schema_records"]
