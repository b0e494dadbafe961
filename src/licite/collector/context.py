"""What every collector component shares within one crawl: the declared sources and the counts.

Why one place: middlewares and pipelines are built by Scrapy from settings, separately; they
must agree on which source a URL belongs to and count refusals under the same names, so the
final report adds up (pages refused by reason, records by outcome).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request
from scrapy.logformatter import LogFormatter, LogFormatterResult

from licite.collector.sources import SourceDecl, load_sources, origin_of

#: Reasons a page is refused, in report order.
REFUSALS = ("terms", "robots", "tdm", "ssrf", "size", "redirects", "timeout", "not_html", "errors")
#: Meta key: a request licite makes for itself (terms, robots.txt, tdmrep.json).
INTERNAL = "licite_internal"
SOURCE = "licite_source"
PREFIX = "licite/"


class Refused(IgnoreRequest):
    """A page refused for a compliance or safety reason (counted under ``reason``)."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(f"{reason}: {message}")
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Context:
    """The sources of this crawl and the run's switches."""

    sources: tuple[SourceDecl, ...]
    allow_private: bool
    db: str | None
    run_id: str | None

    def source_for(self, request: Request) -> SourceDecl | None:
        """The source a request belongs to: the spider's tag, else the one declaring its host."""
        name = request.meta.get(SOURCE)
        for source in self.sources:
            if source.name == name:
                return source
        origin = origin_of(request.url)
        for source in self.sources:
            if origin in source.origins:
                return source
        return None

    def allowed_origins(self, source: SourceDecl | None) -> frozenset[str]:
        if source is None:
            return frozenset()
        return source.origins | {origin_of(source.terms.url)}


class CrawlComponent:
    """A middleware or pipeline of licite: Scrapy builds it from the crawler, and it reads the
    crawl's shared context."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.context: Context = context_for(crawler)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)


def context_for(crawler: Crawler) -> Context:
    """The crawl's context, built once from the ``LICITE_*`` settings."""
    cached: Context | None = getattr(crawler, "_licite_context", None)
    if cached is None:
        settings = crawler.settings
        path = settings.get("LICITE_SOURCES")
        if not path:
            raise ValueError("the LICITE_SOURCES setting (path of the sources file) is required")
        names = settings.getlist("LICITE_SOURCE_NAMES")
        sources = [s for s in load_sources(Path(path)) if not names or s.name in names]
        cached = Context(
            sources=tuple(sources),
            allow_private=settings.getbool("LICITE_ALLOW_PRIVATE"),
            db=settings.get("LICITE_DB"),
            run_id=settings.get("LICITE_RUN_ID"),
        )
        crawler._licite_context = cached  # type: ignore[attr-defined]
    return cached


def count(crawler: Crawler, key: str, by: int = 1) -> None:
    assert crawler.stats is not None
    crawler.stats.inc_value(PREFIX + key, by)


def refuse(crawler: Crawler, reason: str, message: str) -> Refused:
    """Count a refused page and return the exception that drops it."""
    count(crawler, f"refused/{reason}")
    return Refused(reason, message)


class QuietLogFormatter(LogFormatter):
    """Scrapy's log lines without the items: a log must never hold a person's data."""

    def scraped(self, item: Any, response: Any, spider: Any) -> LogFormatterResult:
        return {"level": logging.DEBUG, "msg": "Scraped one record from %(src)s",
                "args": {"src": getattr(response, "url", "?")}}  # fmt: skip

    def dropped(
        self, item: Any, exception: BaseException, response: Any, spider: Any
    ) -> LogFormatterResult:
        return {"level": logging.DEBUG, "msg": "Dropped: %(why)s", "args": {"why": exception}}


__all__ = [
    "INTERNAL",
    "REFUSALS",
    "SOURCE",
    "Context",
    "QuietLogFormatter",
    "Refused",
    "context_for",
    "count",
    "refuse",
]
