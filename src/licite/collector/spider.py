"""The spider: start URLs of each declared source, declared links followed, records extracted.

Why so little: every compliance decision lives in the middlewares and pipelines, so that the
same components protect a Scrapy user's own spider. The spider only counts what happened to
each page so the report adds up (fetched, or refused by one reason).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Request, Response
from twisted.internet.error import TimeoutError as TwistedTimeout
from twisted.python.failure import Failure

from licite.collector.context import SOURCE, Refused, context_for, count
from licite.collector.extraction import Record, extract_records
from licite.collector.guards import TERMS_META
from licite.collector.optouts import ROBOTS_META, TDM_META
from licite.collector.sources import SourceDecl


def failure_reason(error: BaseException) -> str | None:
    """The report's reason for a failed page; None when it was already counted."""
    from scrapy.exceptions import DownloadCancelledError, DownloadTimeoutError

    if isinstance(error, Refused):
        return None
    if isinstance(error, IgnoreRequest):
        return "redirects" if "redirect" in str(error) else "errors"
    if isinstance(error, DownloadCancelledError) and "size" in str(error):
        return "size"
    if isinstance(error, DownloadTimeoutError | TwistedTimeout):
        return "timeout"
    return "errors"


class SourceSpider(scrapy.Spider):
    """Crawls every source of the context, within each one's page budget."""

    name = "licite"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._seen: set[str] = set()
        self._budget: dict[str, int] = {}

    def _sources(self) -> tuple[SourceDecl, ...]:
        return context_for(self.crawler).sources

    def _request(self, url: str, source: SourceDecl) -> Request | None:
        if url in self._seen:
            return None
        if self._budget.get(source.name, 0) <= 0:
            count(self.crawler, "pages/over_budget")
            return None
        self._seen.add(url)
        self._budget[source.name] -= 1
        # dont_filter: the spider dedupes itself, and a redirect loop must reach the redirect
        # limit (and be counted) rather than vanish in Scrapy's duplicate filter
        meta = {SOURCE: source.name}
        return Request(url, callback=self.parse, errback=self.failed, meta=meta, dont_filter=True)

    async def start(self) -> AsyncIterator[Any]:
        cap = self.crawler.settings.getint("LICITE_MAX_PAGES")
        for source in self._sources():
            self._budget[source.name] = min(source.max_pages, cap) if cap else source.max_pages
            for url in source.start_urls:
                if request := self._request(url, source):
                    yield request

    def parse(self, response: Response) -> Iterator[Any]:
        source = next(s for s in self._sources() if s.name == response.meta[SOURCE])
        if not isinstance(response, HtmlResponse):
            count(self.crawler, "refused/not_html")
            return
        if response.status >= 400:
            count(self.crawler, "refused/errors")
            return
        count(self.crawler, "pages/fetched")
        fetched_at = datetime.now(UTC).isoformat()
        for record in extract_records(response.text, response.url, source, fetched_at):
            yield self._stamp(record, response)
        for selector in source.follow:
            for href in response.css(selector).css("::attr(href)").getall():
                if request := self._request(response.urljoin(href), source):
                    yield request

    def _stamp(self, record: Record, response: Response) -> Record:
        record.robots = response.meta.get(ROBOTS_META, "allowed")
        record.tdm = response.meta.get(TDM_META, "unset")
        record.terms_sha256 = response.meta.get(TERMS_META)
        return record

    def failed(self, failure: Failure) -> None:
        reason = failure_reason(failure.value) if failure.value else "errors"
        if reason:
            count(self.crawler, f"refused/{reason}")


__all__ = ["SourceSpider", "failure_reason"]
