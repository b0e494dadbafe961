"""Scrapy settings for licite's collector: the compliance components and polite defaults.

Why in code: a crawl is polite unless someone decides otherwise in writing. Defaults: an
identifying User-Agent with a contact URL, one request at a time per site, a delay between
requests with AutoThrottle on top, robots.txt Crawl-delay honoured, and hard limits on page
size, redirects and time. Scrapy users copy :data:`COMPONENTS` into their own settings
(docs/collect.md).
"""

from __future__ import annotations

import re
from typing import Any

from licite import __version__
from licite.core.errors import ConfigError

#: The default contact in the User-Agent: licite's page on the collector. Operators should name
#: their own (``licite collect --contact``, ``$LICITE_CONTACT``): site owners must reach *them*.
CONTACT_URL = "https://github.com/licite/licite/blob/main/docs/collect.md"
CONTACT_ENV = "LICITE_CONTACT"
_CONTACT = re.compile(r"https?://[^\s()]+|(?:mailto:)?[^@\s()]+@[^@\s()]+\.[^@\s().]+")


def user_agent(contact: str | None = None) -> str:
    """The identifying User-Agent, with the operator's contact URL or email address."""
    reach = (contact or CONTACT_URL).strip()
    if not _CONTACT.fullmatch(reach):
        raise ConfigError(
            f"the collector's contact must be an http(s) URL or an email address, got {reach!r}"
        )
    return f"licite/{__version__} (+{reach})"


USER_AGENT = user_agent()

#: The components, with their order: SSRF guard, source policy, robots.txt, TDMRep first; then
#: the pipelines minimise → detect → opposition → provenance → store.
COMPONENTS: dict[str, Any] = {
    "DOWNLOADER_MIDDLEWARES": {
        "licite.collector.guards.SSRFGuardMiddleware": 10,
        "licite.collector.guards.SourcePolicyMiddleware": 20,
        "licite.collector.optouts.RobotsMiddleware": 30,
        "licite.collector.optouts.TDMRepMiddleware": 40,
    },
    "ITEM_PIPELINES": {
        "licite.collector.pipelines.MinimisePipeline": 100,
        "licite.collector.pipelines.DetectPipeline": 200,
        "licite.collector.pipelines.OppositionPipeline": 300,
        "licite.collector.pipelines.ProvenancePipeline": 400,
        "licite.collector.storage.StorePipeline": 500,
    },
    "LOG_FORMATTER": "licite.collector.context.QuietLogFormatter",
    "ROBOTSTXT_OBEY": False,  # licite's RobotsMiddleware obeys it, with RFC 9309 error handling
}

POLITE: dict[str, Any] = {
    "USER_AGENT": USER_AGENT,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
    "DOWNLOAD_DELAY": 1.0,
    "RANDOMIZE_DOWNLOAD_DELAY": True,
    "AUTOTHROTTLE_ENABLED": True,
    "AUTOTHROTTLE_START_DELAY": 1.0,
    "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0,
}

LIMITS: dict[str, Any] = {
    "DOWNLOAD_MAXSIZE": 2 * 1024 * 1024,
    "DOWNLOAD_WARNSIZE": 0,
    "DOWNLOAD_TIMEOUT": 20,
    "REDIRECT_MAX_TIMES": 5,
    "RETRY_TIMES": 1,
    "COOKIES_ENABLED": False,
    "TELNETCONSOLE_ENABLED": False,
    "DOWNLOAD_HANDLERS": {"file": None, "s3": None, "ftp": None, "data": None},
    "LOG_LEVEL": "ERROR",
}


def crawl_settings(
    *, sources: str, names: list[str], db: str, run_id: str, allow_private: bool,
    max_pages: int | None, polite: bool = True, delay: float | None = None,
    overrides: dict[str, Any] | None = None, contact: str | None = None,
) -> dict[str, Any]:  # fmt: skip
    """Every setting of a licite crawl; ``polite=False`` is for benchmarks and tests only."""
    settings: dict[str, Any] = {**COMPONENTS, **LIMITS, **POLITE, "USER_AGENT": user_agent(contact)}
    if delay is not None:
        settings["DOWNLOAD_DELAY"] = delay
        settings["AUTOTHROTTLE_START_DELAY"] = max(delay, 0.01)
    if not polite:
        settings |= {
            "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False,
            "CONCURRENT_REQUESTS_PER_DOMAIN": 16, "RANDOMIZE_DOWNLOAD_DELAY": False,
        }  # fmt: skip
    settings |= {
        "LICITE_SOURCES": sources,
        "LICITE_SOURCE_NAMES": names,
        "LICITE_DB": db,
        "LICITE_RUN_ID": run_id,
        "LICITE_ALLOW_PRIVATE": allow_private,
        "LICITE_MAX_PAGES": max_pages or 0,
    }
    return settings | (overrides or {})


__all__ = [
    "COMPONENTS",
    "CONTACT_ENV",
    "CONTACT_URL",
    "LIMITS",
    "POLITE",
    "USER_AGENT",
    "crawl_settings",
    "user_agent",
]
