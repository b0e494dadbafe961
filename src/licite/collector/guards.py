"""Downloader middlewares that decide whether a source may be fetched at all.

- :class:`SourcePolicyMiddleware`: the source's terms were reviewed as allowing reuse and have
  not changed since (CNIL practice n°1; re-user recommendations, June 2024). Otherwise the
  source collects nothing: every page is refused with reason ``terms``.
- :class:`SSRFGuardMiddleware`: only the hosts the source declared, and no private, loopback or
  link-local address unless the run allows it (LICITE_ALLOW_PRIVATE).
"""

from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.http import Request, Response
from scrapy.utils.httpobj import urlparse_cached

from licite.collector.context import INTERNAL, CrawlComponent, refuse
from licite.collector.internal import Memo, fetch
from licite.collector.report import status_text
from licite.collector.sources import SourceDecl, Terms
from licite.collector.ssrf import addresses_refusal, host_refusal, resolve
from licite.collector.terms import terms_sha256, terms_text

#: Meta key: the terms hash the page was fetched under (for provenance).
TERMS_META = "licite_terms_sha256"


def effective_terms(source: SourceDecl, db: str | None) -> Terms:
    """The latest review in the store when there is one, else the declaration's own."""
    if not db:
        return source.terms
    from licite.store.collection import latest_review
    from licite.store.engine import make_engine, session_scope

    with session_scope(make_engine(db)) as session:
        review = latest_review(session, source.name)
    if review is None:
        return source.terms
    return Terms(
        url=source.terms.url, verdict=review.verdict, reviewed_at=review.reviewed_at.date(),
        reviewed_by=review.reviewed_by, sha256=review.sha256,
    )  # fmt: skip


class SourcePolicyMiddleware(CrawlComponent):
    """Refuses every page of a source whose terms forbid reuse, are unreviewed or changed."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self._checks: Memo[str | None] = Memo()
        self._hashes: dict[str, str | None] = {}

    async def process_request(self, request: Request) -> None:
        if request.meta.get(INTERNAL):
            return
        source = self.context.source_for(request)
        if source is None:
            return  # the SSRF guard refuses hosts no source declares
        # one slot per site (host and port), so politeness applies per site
        request.meta.setdefault("download_slot", urlparse_cached(request).netloc)
        why = await self._checks.get(source.name, lambda: self._check(source))
        if why:
            raise refuse(self.crawler, "terms", why)
        request.meta[TERMS_META] = self._hashes.get(source.name)

    async def _check(self, source: SourceDecl) -> str | None:
        terms = effective_terms(source, self.context.db)
        status = await self._status(source, terms)
        assert self.crawler.stats is not None
        self.crawler.stats.set_value(f"licite/source/{source.name}", status)
        return None if status == "collected" else status_text(status, "en")

    async def _status(self, source: SourceDecl, terms: Terms) -> str:
        """A code of licite.collector.report.SOURCE_STATUSES (``changed@DATE`` with its date)."""
        if terms.verdict == "forbids":
            return "forbids"
        if terms.verdict != "allows" or not terms.sha256:
            return "unreviewed"
        self._hashes[source.name] = terms.sha256
        outcome = await fetch(self.crawler, terms.url, source.name)
        if isinstance(outcome, Exception) or outcome.status >= 400:
            return "unfetchable"
        content_type = (outcome.headers.get(b"Content-Type") or b"text/html").decode("latin-1")
        if terms_sha256(terms_text(outcome.body, content_type)) != terms.sha256:
            return f"changed@{terms.reviewed_at}"
        return "collected"


class SSRFGuardMiddleware(CrawlComponent):
    """Refuses undeclared hosts and internal addresses (every resolved address is checked)."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self._hosts: Memo[str | None] = Memo()

    async def process_request(self, request: Request) -> None:
        source = self.context.source_for(request)
        why = host_refusal(request.url, self.context.allowed_origins(source))
        if why is None:
            parts = urlparse_cached(request)
            host = parts.hostname or ""
            port = parts.port or (443 if parts.scheme == "https" else 80)

            async def check() -> str | None:
                addresses = await resolve(host, port)
                return addresses_refusal(addresses, self.context.allow_private)

            why = await self._hosts.get(f"{host}:{port}", check)
        if why:
            raise refuse(self.crawler, "ssrf", why)

    def process_response(self, request: Request, response: Response) -> Response:
        return response


__all__ = ["SSRFGuardMiddleware", "SourcePolicyMiddleware", "effective_terms"]
