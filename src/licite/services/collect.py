"""Use cases of the collector: review a source's terms, and run a collection.

Why a child process per crawl: Scrapy's Twisted reactor starts once per process, and a CLI,
a test session or a benchmark runs several crawls. The run is recorded in the store (its
settings and report, table ``collection_runs``) and in the audit trail (``collection_run``);
a crawl that dies is recorded as failed with the counts it had reached.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from licite.collector.review import TermsPage, fetch_terms
from licite.collector.settings import CONTACT_ENV, crawl_settings, user_agent
from licite.collector.sources import SourceDecl, load_sources
from licite.core.errors import ConfigError, InputError, LiciteError
from licite.core.timeutil import utc_now
from licite.store import collection
from licite.store.audit import append_event
from licite.store.engine import database_url, make_engine, session_scope
from licite.store.secret import load_secret

Progress = Callable[[dict[str, Any]], None]


@dataclass(slots=True)
class CollectReport:
    """What a run did: its id, status and counters (see licite.collector.report)."""

    run_id: str
    status: str
    counts: dict[str, Any] = field(default_factory=dict)


def _contact(explicit: str | None) -> str | None:
    """The operator's contact for the User-Agent: the option, else ``$LICITE_CONTACT``."""
    return explicit or os.environ.get(CONTACT_ENV) or None


def review_source(
    sources_file: Path, name: str, *, db: str | None, allow_private: bool = False,
    verdict: str | None = None, reviewer: str | None = None, contact: str | None = None,
) -> tuple[SourceDecl, TermsPage, bool]:  # fmt: skip
    """Fetch the source's terms and, when a verdict is given, record the review.

    Returns the source, the terms as read, and whether a review was recorded.
    """
    (source,) = load_sources(sources_file, only=name)
    if verdict is not None and verdict not in ("allows", "forbids", "unknown"):
        raise InputError(f"verdict must be allows, forbids or unknown, got {verdict!r}")
    if verdict is not None and not (reviewer and reviewer.strip()):
        raise ConfigError("a review needs the reviewer's name (--reviewer)")
    page = fetch_terms(source.terms.url, allow_private, user_agent(_contact(contact)))
    if verdict is None:
        return source, page, False
    url = database_url(db)
    now = utc_now()
    review = collection.Review(
        source_name=source.name, terms_url=page.url, verdict=verdict,
        reviewed_by=str(reviewer).strip(), reviewed_at=now, sha256=page.sha256,
        clauses=len(page.clauses),
    )  # fmt: skip
    with session_scope(make_engine(url)) as session:
        collection.add_review(session, review)
        payload = {"source": source.name, "terms_url": page.url, "verdict": verdict,
                   "sha256": page.sha256, "clauses": len(page.clauses)}  # fmt: skip
        append_event(session, "source_review", payload, now, actor=review.reviewed_by)
    return source, page, True


def collect(
    sources_file: Path, *, db: str | None, only: str | None = None, max_pages: int | None = None,
    allow_private: bool = False, polite: bool = True, delay: float | None = None,
    on_progress: Progress | None = None, overrides: dict[str, Any] | None = None,
    contact: str | None = None,
) -> CollectReport:  # fmt: skip
    """Collect from the declared sources in a child process; record the run and its report."""
    sources = load_sources(sources_file, only=only)
    if max_pages is not None and max_pages < 1:
        raise ConfigError("--max-pages must be at least 1")
    url = database_url(db)
    load_secret(url)  # fail before crawling when the store was never initialised
    engine = make_engine(url)
    report = CollectReport(run_id=uuid.uuid4().hex, status="running")
    names = [s.name for s in sources]
    settings = crawl_settings(
        sources=str(sources_file.resolve()), names=names, db=url, run_id=report.run_id,
        allow_private=allow_private, max_pages=max_pages, polite=polite, delay=delay,
        overrides=overrides, contact=_contact(contact),
    )  # fmt: skip
    recorded = {
        "allow_private": allow_private, "max_pages": max_pages, "polite": polite,
        "delay": settings["DOWNLOAD_DELAY"], "user_agent": settings["USER_AGENT"],
    }  # fmt: skip
    with session_scope(engine) as session:
        collection.start_run(session, report.run_id, utc_now(), sources_file.name, names, recorded)
    try:
        report.counts, report.status = _crawl(settings, on_progress)
    except Exception:
        report.status = "failed"
        raise
    finally:
        if report.status == "running":
            report.status = "interrupted"
        with session_scope(engine) as session:
            collection.finish_run(session, report.run_id, utc_now(), report.status, report.counts)
            payload = {"run_id": report.run_id, "sources": names, "status": report.status,
                       "counts": report.counts, "settings": recorded}  # fmt: skip
            append_event(session, "collection_run", payload, utc_now())
    return report


def _crawl(settings: dict[str, Any], on_progress: Progress | None) -> tuple[dict[str, Any], str]:
    """Run the crawl in ``python -m licite.collector.process``; returns (counts, status)."""
    with tempfile.TemporaryDirectory(prefix="licite-collect-") as tmp:
        job, result = Path(tmp) / "job.json", Path(tmp) / "result.json"
        job.write_text(json.dumps({"settings": settings, "result": str(result)}), "utf-8")
        command = [sys.executable, "-m", "licite.collector.process", str(job)]
        counts: dict[str, Any] = {}
        log = Path(tmp) / "stderr.log"
        with (
            log.open("w", encoding="utf-8") as stderr,
            subprocess.Popen(command, stdout=subprocess.PIPE, stderr=stderr, text=True) as child,
        ):
            assert child.stdout is not None
            for line in child.stdout:
                try:
                    counts = json.loads(line)["progress"]
                except (ValueError, KeyError, TypeError):
                    continue
                if on_progress:
                    on_progress(counts)
        errors = log.read_text(encoding="utf-8", errors="replace")
        if child.returncode != 0 or not result.exists():
            tail = errors.strip().splitlines()[-1:] or ["no output"]
            if child.returncode != 0 and not counts:
                raise LiciteError(f"the crawl process failed (exit {child.returncode}): {tail[0]}")
            return counts, "failed"
        return json.loads(result.read_text("utf-8"))["counts"], "completed"


__all__ = ["CollectReport", "collect", "review_source"]
