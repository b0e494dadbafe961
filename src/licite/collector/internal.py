"""Fetching what licite needs for itself (terms page, robots.txt, tdmrep.json), once per key.

Why: those files must be read *before* the first page of a site and reused after (RFC 9309
§2.4 caching, TDMRep "check the well-known file before scraping a server"); many requests may
wait on the same answer, so the first one computes it and the others await its result.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

from scrapy.crawler import Crawler
from scrapy.http import Request, Response
from scrapy.http.request import NO_CALLBACK
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.defer import Deferred

from licite.collector.context import INTERNAL, SOURCE

T = TypeVar("T")
Outcome = Response | Exception


class Memo(Generic[T]):
    """Computes each key's value once; concurrent callers await the first computation."""

    def __init__(self) -> None:
        self._done: dict[str, T] = {}
        self._waiting: dict[str, list[Deferred[T]]] = {}

    async def get(self, key: str, compute: Callable[[], Awaitable[T]]) -> T:
        if key in self._done:
            return self._done[key]
        if key in self._waiting:
            waiter: Deferred[T] = Deferred()
            self._waiting[key].append(waiter)
            return await maybe_deferred_to_future(waiter)
        self._waiting[key] = []
        value = await compute()
        self._done[key] = value
        for waiter in self._waiting.pop(key):
            waiter.callback(value)
        return value


async def fetch(crawler: Crawler, url: str, source: str | None = None) -> Outcome:
    """Download ``url`` through the engine (so every downloader middleware applies)."""
    request = Request(
        url, priority=1000, callback=NO_CALLBACK, dont_filter=True,
        meta={INTERNAL: True, SOURCE: source, "dont_retry": True},
    )  # fmt: skip
    assert crawler.engine is not None
    try:
        return await crawler.engine.download_async(request)
    except Exception as error:
        return error


__all__ = ["Memo", "Outcome", "fetch"]
