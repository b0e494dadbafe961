"""Downloader middlewares for the sites' machine-readable opt-outs: robots.txt and TDMRep.

- robots.txt (RFC 9309), parsed by Protego, fetched once per site and cached for the crawl:
  2xx → its rules; 4xx → "unavailable", everything allowed (§2.3.1.3); 5xx or unreachable →
  complete disallow (§2.3.1.4). A ``Crawl-delay`` for licite becomes the site's download delay.
  The CNIL asks scrapers to respect such signals (AI focus sheet, June 2025; LEGAL.md §1.3).
- TDMRep (W3C CG final report; DSM Directive 2019/790 art. 4): ``/.well-known/tdmrep.json``
  checked before the first page of a site; headers and HTML meta checked on every response, in
  the spec's priority order (licite.collector.tdmrep). A reserved page is not used. When the
  file alone reserves a path, the page is not even fetched: a header could in theory lift the
  reservation, but the safer reading is to take the site at its word (LEGAL.md §10.2).
"""

from __future__ import annotations

from dataclasses import dataclass

from protego import Protego
from scrapy.crawler import Crawler
from scrapy.http import Request, Response, TextResponse
from scrapy.utils.httpobj import urlparse_cached

from licite.collector import tdmrep
from licite.collector.context import INTERNAL, CrawlComponent, refuse
from licite.collector.internal import Memo, Outcome, fetch

#: The product token licite's user agent answers to in robots.txt groups.
ROBOTS_TOKEN = "licite"
ROBOTS_META = "licite_robots"
TDM_META = "licite_tdm"
_TDM_FILE_META = "licite_tdm_file"


def _origin(request: Request) -> str:
    parts = urlparse_cached(request)
    return f"{parts.scheme}://{parts.netloc}"


@dataclass(frozen=True, slots=True)
class Robots:
    """A site's robots.txt as licite reads it."""

    label: str  # parsed | unavailable | unreachable
    parser: Protego | None = None

    def allows(self, url: str, agent: str = ROBOTS_TOKEN) -> bool:
        if self.label == "unreachable":
            return False
        return self.parser is None or self.parser.can_fetch(url, agent)

    def delay(self) -> float:
        value = self.parser.crawl_delay(ROBOTS_TOKEN) if self.parser else None
        return float(value or 0.0)


def read_robots(outcome: Outcome) -> Robots:
    """RFC 9309 §2.3.1: what a fetch of /robots.txt means for the crawl."""
    if isinstance(outcome, Exception) or outcome.status >= 500:
        return Robots("unreachable")
    if outcome.status >= 400:
        return Robots("unavailable")
    return parse_robots(outcome.body.decode("utf-8", errors="replace"))


def parse_robots(text: str) -> Robots:
    """Protego's parse, after dropping a leading UTF-8 byte-order mark (Protego would read
    ``\ufeffUser-agent`` as an unknown line and ignore the group: more permissive than
    Google and RFC 9309 parsers)."""
    return Robots("parsed", Protego.parse(text.removeprefix("\ufeff")))


class RobotsMiddleware(CrawlComponent):
    """Refuses pages robots.txt disallows for licite; honours Crawl-delay."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self._sites: Memo[Robots] = Memo()

    async def process_request(self, request: Request) -> None:
        if request.meta.get(INTERNAL):
            return
        origin = _origin(request)

        async def load() -> Robots:
            return read_robots(await fetch(self.crawler, f"{origin}/robots.txt"))

        robots = await self._sites.get(origin, load)
        if not robots.allows(request.url):
            why = "disallowed by robots.txt"
            if robots.label == "unreachable":
                why = "robots.txt unreachable (5xx or error): complete disallow"
            raise refuse(self.crawler, "robots", why)
        request.meta[ROBOTS_META] = "allowed" if robots.label == "parsed" else "no_robots_txt"
        if delay := robots.delay():
            self._slow_down(request, delay)

    def _slow_down(self, request: Request, delay: float) -> None:
        request.meta["autothrottle_dont_adjust_delay"] = True
        assert self.crawler.engine is not None
        downloader = self.crawler.engine.downloader
        key = request.meta.get("download_slot") or downloader.get_slot_key(request)
        request.meta["download_slot"] = key
        slot = downloader.slots.get(key)
        if slot is not None:  # the first page opens the slot; the delay applies after it
            slot.delay = max(slot.delay, delay)


class TDMRepMiddleware(CrawlComponent):
    """Refuses pages whose text-and-data-mining rights are reserved (TDMRep)."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self._files: Memo[tuple[tdmrep.Rule, ...]] = Memo()

    async def process_request(self, request: Request) -> None:
        if request.meta.get(INTERNAL):
            return
        origin = _origin(request)

        async def load() -> tuple[tdmrep.Rule, ...]:
            outcome = await fetch(self.crawler, origin + tdmrep.WELL_KNOWN)
            if isinstance(outcome, Exception) or outcome.status != 200:
                return ()
            return tdmrep.parse_file(outcome.body)

        declared = tdmrep.from_file(await self._files.get(origin, load), request.url)
        if declared.reserved:
            raise refuse(self.crawler, "tdm", "reserved by /.well-known/tdmrep.json")
        request.meta[_TDM_FILE_META] = declared

    def process_response(self, request: Request, response: Response) -> Response:
        if request.meta.get(INTERNAL):
            return response
        headers = tdmrep.from_headers(
            {str(k): str(v) for k, v in response.headers.to_unicode_dict().items()}
        )
        steps = [request.meta.get(_TDM_FILE_META, tdmrep.Declared()), headers]
        if isinstance(response, TextResponse) and b"html" in (
            response.headers.get(b"Content-Type") or b""
        ):
            steps.append(tdmrep.from_html(response.text))
        verdict = tdmrep.decide(*steps)
        if verdict.reserved:
            raise refuse(self.crawler, "tdm", "reserved by the page's TDMRep header or meta")
        request.meta[TDM_META] = verdict.label
        return response


__all__ = [
    "ROBOTS_TOKEN",
    "Robots",
    "RobotsMiddleware",
    "TDMRepMiddleware",
    "parse_robots",
    "read_robots",
]
