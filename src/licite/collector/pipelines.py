"""Item pipelines, in this order: minimise, detect, opposition, provenance, store.

Why this order: nothing that is not needed is kept past the first step (GDPR art. 5(1)(c),
CNIL practice n°2); data that must not be held (art. 9, art. 10, the NIR under décret 2019-341)
is screened before anything is written; a person on an opposition or suppression list is not
collected at all (the CNIL's prior "liste repoussoir", GDPR art. 21); every stored field
carries where it came from (art. 14(2)(f)).
"""

from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from licite.collector.context import CrawlComponent, count
from licite.collector.extraction import Record
from licite.collector.sources import SourceDecl
from licite.core.errors import InputError
from licite.core.findings import ART9_CATEGORIES, ART10_CATEGORIES, FORBIDDEN_CATEGORIES
from licite.core.keyed import KeyKind, keyed_hash, normalise_key
from licite.detectors.redact import redact_text
from licite.detectors.registry import scan_text

#: List types a contact must not be on to be collected (licite.store.lists).
OPPOSITION_LISTS = ("suppression", "objections", "blocklist", "bloctel")
IDENTIFIERS: tuple[KeyKind, ...] = ("phone", "email")


class _Stage(CrawlComponent):
    """A pipeline that knows the crawl's sources."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.sources = {s.name: s for s in self.context.sources}

    def source(self, item: Record) -> SourceDecl:
        return self.sources[item.source]

    def drop(self, key: str, message: str) -> DropItem:
        count(self.crawler, key)
        return DropItem(message, log_level="DEBUG")


class MinimisePipeline(_Stage):
    """Keeps only ``profile.keep`` (and, until screened, ``profile.free_text``)."""

    def process_item(self, item: Record) -> Record:
        count(self.crawler, "records/read")
        profile = self.source(item).profile
        allowed = set(profile.keep) | set(profile.free_text)
        for name in [n for n in item.fields if n not in profile.keep]:
            count(self.crawler, "fields/dropped_minimisation")
            if name not in allowed:
                del item.fields[name]
        item.transient = {n for n in item.fields if n not in profile.keep}
        return item


class DetectPipeline(_Stage):
    """Drops records revealing art. 9/10 data, NIR fields, and free text not kept; redacts kept
    free text."""

    def process_item(self, item: Record) -> Record:
        profile = self.source(item).profile
        for name, value in list(item.fields.items()):
            found = [f for f in scan_text(value, name, FORBIDDEN_CATEGORIES) if f.about_person]
            categories = {f.category for f in found}
            if categories & (ART9_CATEGORIES | ART10_CATEGORIES):
                for category in sorted(categories):
                    count(self.crawler, f"sensitive/{category}")
                raise self.drop("records/dropped_sensitive", "art. 9/10 data in the record")
            if "nir" in categories and name not in profile.free_text:
                count(self.crawler, "fields/dropped_sensitive")
                del item.fields[name]
        for name in item.transient:
            item.fields.pop(name, None)
        for name in profile.free_text:
            if name in item.fields:
                redacted, replaced = redact_text(item.fields[name], name)
                if replaced:
                    count(self.crawler, "fields/redacted")
                    item.fields[name] = redacted
        return item


class OppositionPipeline(_Stage):
    """Normalises the contact points and skips contacts on an opposition or suppression list."""

    def open_spider(self) -> None:
        from licite.store.engine import make_engine
        from licite.store.secret import load_secret

        self.engine = make_engine(self.context.db)
        self.secret = load_secret(self.context.db)

    def process_item(self, item: Record) -> Record:
        from licite.store.engine import session_scope
        from licite.store.lists import listed_hashes

        hashes: list[str] = []
        for kind in IDENTIFIERS:
            if kind not in item.fields:
                continue
            try:
                normal = normalise_key(kind, item.fields[kind])
            except InputError:
                count(self.crawler, "fields/invalid")
                del item.fields[kind]
                continue
            item.fields[kind] = normal
            hashes.append(keyed_hash(self.secret, kind, normal))
        if not hashes:
            raise self.drop("records/no_contact_point", "no valid phone or email")
        with session_scope(self.engine) as session:
            listed = listed_hashes(session, hashes, OPPOSITION_LISTS)
        if listed:
            raise self.drop("records/opposed", "on an opposition or suppression list")
        item.provenance["_key"] = {"hash": hashes[0]}
        return item


class ProvenancePipeline(_Stage):
    """Attaches to each kept field the page, selector, time and verdicts it was read under."""

    def process_item(self, item: Record) -> Record:
        for name in item.fields:
            item.provenance[name] = {
                "selector": item.selectors.get(name),
                "url": item.url,
                "fetched_at": item.fetched_at,
                "robots": item.robots,
                "tdm": item.tdm,
                "terms_sha256": item.terms_sha256,
            }
        return item


__all__ = [
    "OPPOSITION_LISTS",
    "DetectPipeline",
    "MinimisePipeline",
    "OppositionPipeline",
    "ProvenancePipeline",
]
