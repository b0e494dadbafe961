"""One crawl in this process: ``python -m licite.collector.process JOB.json``.

Why a process per crawl: Twisted's reactor starts once per process, so the CLI, the tests and
the benchmark each run a crawl in a fresh child. The job file gives the Scrapy settings and
where to write the result; progress goes to stdout as JSON lines, the result (the ``licite/``
counters) is written atomically at the end, so a killed crawl leaves no result that looks
complete.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, Self

from scrapy import signals
from scrapy.crawler import Crawler, CrawlerProcess
from twisted.internet.task import LoopingCall

from licite.collector.context import PREFIX
from licite.collector.spider import SourceSpider


def licite_counts(stats: dict[str, Any]) -> dict[str, Any]:
    """The ``licite/`` counters without their prefix."""
    return {k[len(PREFIX) :]: v for k, v in stats.items() if k.startswith(PREFIX)}


class Progress:
    """Prints the counters as one JSON line every half second (read by licite.services)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.loop = LoopingCall(self.tick)
        crawler.signals.connect(self.opened, signal=signals.spider_opened)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def opened(self) -> None:
        self.loop.start(0.5, now=True)

    def closed(self) -> None:
        if self.loop.running:
            self.loop.stop()
        self.tick()

    def tick(self) -> None:
        assert self.crawler.stats is not None
        counts = licite_counts(self.crawler.stats.get_stats())
        sys.stdout.write(json.dumps({"progress": counts}) + "\n")
        sys.stdout.flush()


def warm_up() -> None:
    """Load the detectors' lexicons and extruct before the reactor starts: done lazily inside a
    callback, this takes long enough to make pages in flight time out."""
    from licite.collector.extraction import schema_records
    from licite.detectors.redact import redact_text

    redact_text("Tél. 06 12 34 56 78, NIR 1 85 05 78 006 084 91, opéré du cœur", "warm-up")
    list(schema_records('<script type="application/ld+json">{}</script>', "http://x/"))


def run(job: dict[str, Any]) -> dict[str, Any]:
    """Run the crawl described by ``job`` and return its counters."""
    warm_up()
    settings = dict(job["settings"])
    settings["EXTENSIONS"] = {**settings.get("EXTENSIONS", {}), f"{__name__}.Progress": 900}
    process = CrawlerProcess(settings, install_root_handler=False)
    crawler = process.create_crawler(SourceSpider)
    process.crawl(crawler)
    process.start()
    assert crawler.stats is not None
    stats = crawler.stats.get_stats()
    return {"counts": licite_counts(stats), "finish_reason": str(stats.get("finish_reason"))}


def main(argv: list[str]) -> int:
    job = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    result = run(job)
    out = Path(job["result"])
    temporary = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    temporary.write_text(json.dumps(result), encoding="utf-8")
    temporary.replace(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
