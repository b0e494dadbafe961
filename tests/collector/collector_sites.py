"""Helpers for the collector tests: the fixture sites and their source declarations."""

from __future__ import annotations

from pathlib import Path

from samples.sites.server import fill_ports

from licite.collector.terms import terms_sha256, terms_text

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
