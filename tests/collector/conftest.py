"""Fixture sites for the collector: the bundled samples and edge cases, served on 127.0.0.1."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from samples.sites.server import fill_ports, serving

from licite.collector.terms import terms_sha256, terms_text
from licite.store.migrate import upgrade

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SAMPLES = REPO / "samples" / "sites"

#: Sources of the edge-case sites ({sha:NAME} is the hash of that site's cgu.html).
EDGE_SOURCES = """
[[source]]
name = "Edge"
type = "classified_ads"
start_urls = ["http://127.0.0.1:{port:edge}/"]
follow = ["a.p"]
audience = "consumer"
[source.terms]
url = "http://127.0.0.1:{port:edge}/cgu.html"
verdict = "allows"
sha256 = "{sha:edge}"
[source.extract]
record = "div.rec"
[source.extract.fields]
name = ".n"
email = "a[href^='mailto:']::attr(href)"
ad_text = ".t"
[source.profile]
purpose = "commercial_prospecting"
keep = ["name", "email"]
free_text = ["ad_text"]

[[source]]
name = "Down"
type = "classified_ads"
start_urls = ["http://127.0.0.1:{port:down}/"]
audience = "consumer"
[source.terms]
url = "http://127.0.0.1:{port:down}/cgu.html"
verdict = "allows"
sha256 = "{sha:down}"
[source.extract]
record = "div.rec"
[source.extract.fields]
email = "a[href^='mailto:']::attr(href)"
[source.profile]
purpose = "commercial_prospecting"
keep = ["email"]

[[source]]
name = "Blank"
type = "classified_ads"
start_urls = ["http://127.0.0.1:{port:blank}/"]
audience = "consumer"
[source.terms]
url = "http://127.0.0.1:{port:blank}/cgu.html"
[source.extract.fields]
email = "a::attr(href)"
[source.profile]
purpose = "commercial_prospecting"
keep = ["email"]
"""


def render(template: str, urls: dict[str, str], root: Path) -> str:
    ports = {name: int(url.rsplit(":", 1)[1]) for name, url in urls.items()}
    text = fill_ports(template, ports)
    for name in urls:
        terms = root / name / "cgu.html"
        if terms.exists():
            text = text.replace(f"{{sha:{name}}}", terms_sha256(terms_text(terms.read_bytes())))
    return text


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """Copies of the sample and edge sites, served; yields (sources file, copy of samples)."""
    tmp = tmp_path_factory.mktemp("sites")
    samples, edge = tmp / "samples", tmp / "edge"
    shutil.copytree(SAMPLES, samples, ignore=shutil.ignore_patterns("*.py", "*.sh", "*.toml"))
    shutil.copytree(HERE / "sites", edge)
    with serving(samples) as sample_urls, serving(edge) as edge_urls:
        text = render((SAMPLES / "sources.toml").read_text("utf-8"), sample_urls, samples)
        text += render(EDGE_SOURCES, edge_urls, edge)
        path = tmp / "sources.toml"
        path.write_text(text, "utf-8")
        yield path, samples


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('store') / 'licite.db'}"
    upgrade(url)
    return url
