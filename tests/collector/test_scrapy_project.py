"""A plain Scrapy project with licite's settings block from docs/collect.md, run by
``scrapy crawl`` in a subprocess against the sample ads site on 127.0.0.1."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from collector_sites import REPO, SAMPLES, render
from samples.sites.server import serving
from sqlalchemy import func, select

from licite.store.engine import make_engine, session_scope
from licite.store.migrate import upgrade
from licite.store.schema import contacts, provenance

SPIDER = """
from datetime import UTC, datetime

import scrapy

from licite.collector.context import context_for
from licite.collector.extraction import extract_records


class OwnSpider(scrapy.Spider):
    name = "own"

    async def start(self):
        for source in context_for(self.crawler).sources:
            for url in source.start_urls:
                yield scrapy.Request(url)

    def parse(self, response):
        source = context_for(self.crawler).source_for(response.request)
        now = datetime.now(UTC).isoformat()
        yield from extract_records(response.text, response.url, source, now)
        for href in response.css("a.annonce::attr(href)").getall():
            yield response.follow(href)
"""


def settings_block() -> str:
    text = (REPO / "docs" / "collect.md").read_text("utf-8")
    found = re.search(r"<!-- scrapy-settings -->\n```python\n(.*?)```", text, re.S)
    assert found, "docs/collect.md lost its Scrapy settings block"
    return found.group(1)


def test_components_work_in_a_plain_scrapy_project(tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "own" / "spiders").mkdir(parents=True)
    (project / "scrapy.cfg").write_text("[settings]\ndefault = own.settings\n")
    (project / "own" / "__init__.py").write_text("")
    (project / "own" / "spiders" / "__init__.py").write_text("")
    (project / "own" / "spiders" / "own.py").write_text(SPIDER)
    db = f"sqlite:///{tmp_path / 'licite.db'}"
    upgrade(db)
    with serving(SAMPLES, ["annonces"]) as urls:
        template = (SAMPLES / "sources.toml").read_text("utf-8").split("[[source]]")[1]
        reviewed = 'verdict = "allows"\nsha256 = "{sha:annonces}"'
        template = template.replace('verdict = "unknown"', reviewed)
        (project / "sources.toml").write_text("[[source]]" + render(template, urls, SAMPLES))
        overrides = (f'\nLICITE_DB = "{db}"\nLICITE_ALLOW_PRIVATE = True\n'
                     "DOWNLOAD_DELAY = 0\nAUTOTHROTTLE_ENABLED = False\n")  # fmt: skip
        (project / "own" / "settings.py").write_text(
            'BOT_NAME = "own"\nSPIDER_MODULES = ["own.spiders"]\n' + settings_block() + overrides
        )
        env = {**os.environ, "PYTHONPATH": str(project)}
        done = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "own"], cwd=project, env=env,
            capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Camille" not in done.stderr, "items must not reach the log"
    with session_scope(make_engine(db)) as session:
        stored = session.scalar(select(func.count()).select_from(contacts))
        origins = session.scalar(select(func.count()).select_from(provenance))
    # canapé, vélo, cours (the fauteuil ad reveals health data and is dropped)
    assert stored == 3 and origins and origins >= 3 * 3
