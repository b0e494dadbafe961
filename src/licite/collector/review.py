"""``licite source review``: fetch a source's terms page safely, hash it, point at its clauses.

Why outside Scrapy: one page, read before any crawl, by a person waiting at the terminal; the
same guards apply (declared URL only, every resolved address checked, no redirect followed,
size and time limits), and the text and hash are computed exactly as the crawl recomputes them
(licite.collector.terms), so an unchanged page never pauses a source.
"""

from __future__ import annotations

import asyncio
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from licite.collector.settings import LIMITS, USER_AGENT
from licite.collector.ssrf import addresses_refusal, resolve
from licite.collector.terms import Clause, find_clauses, terms_sha256, terms_text
from licite.core.errors import ConfigError


@dataclass(frozen=True, slots=True)
class TermsPage:
    """The terms as read now."""

    url: str
    text: str
    sha256: str
    clauses: tuple[Clause, ...]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def fetch_terms(url: str, allow_private: bool, agent: str = USER_AGENT) -> TermsPage:
    """Fetch and read the terms page at ``url`` as ``agent``; ConfigError when it cannot be
    read."""
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    why = addresses_refusal(asyncio.run(resolve(parts.hostname or "", port)), allow_private)
    if why:
        raise ConfigError(f"terms page {url} refused (SSRF guard): {why}; see --allow-private")
    opener = urllib.request.build_opener(_NoRedirect)
    request = urllib.request.Request(url, headers={"User-Agent": agent})
    limit = int(LIMITS["DOWNLOAD_MAXSIZE"])
    try:
        with opener.open(request, timeout=LIMITS["DOWNLOAD_TIMEOUT"]) as response:
            body = response.read(limit + 1)
            content_type = response.headers.get("Content-Type", "text/html")
    except urllib.error.HTTPError as error:
        raise ConfigError(f"terms page {url} answered HTTP {error.code}") from error
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise ConfigError(f"terms page {url} could not be fetched: {error}") from error
    if len(body) > limit:
        raise ConfigError(f"terms page {url} is larger than {limit} bytes")
    text = terms_text(body, content_type)
    return TermsPage(url, text, terms_sha256(text), tuple(find_clauses(text)))


__all__ = ["TermsPage", "fetch_terms"]
