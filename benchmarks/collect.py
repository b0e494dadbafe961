"""Collector throughput: pages/s with the polite defaults and with politeness off, peak memory.

Generates a site of N ad pages (seeded) plus an index, serves it on 127.0.0.1 with the sample
sites' server, and runs ``licite.services.collect.collect`` (a real Scrapy crawl in a child
process, every middleware and pipeline on, an SQLite store) twice: polite (the defaults: one
request at a time, 1 s delay, AutoThrottle), on a few pages since it is ~1 page/s by design; and
politeness off (no delay, 16 requests at a time) on every page. Peak memory is the largest
resident set of a crawl child (``RUSAGE_CHILDREN``). Also crawls the bundled sample sites.

    python benchmarks/collect.py --pages 1000 --polite-pages 20
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.sites.server import SAMPLES_DIR, fill_ports, serving

from licite.collector.terms import terms_sha256, terms_text
from licite.services.collect import collect, review_source
from licite.store.migrate import upgrade

FIRST = ["Camille", "Hugo", "Lucie", "Paul", "Nina", "Léa", "Louis", "Emma", "Jules", "Chloé"]
LAST = ["Martin", "Bernard", "Petit", "Durand", "Robert", "Richard", "Dubois", "Moreau"]
TEXTS = [
    "Canapé en tissu gris, très bon état, à venir chercher sur place.",
    "Vélo de course taille 56, entretenu régulièrement. Appeler le soir.",
    "Tondeuse thermique 46 cm, démarre au quart de tour.",
    "Je vends le fauteuil acheté après mon opération du cœur, je n'en ai plus besoin.",
]
SOURCE = """[[source]]
name = "Bench"
type = "classified_ads"
start_urls = ["http://127.0.0.1:{port}/"]
follow = ["a.annonce"]
max_pages = {max_pages}
audience = "consumer"
[source.terms]
url = "http://127.0.0.1:{port}/cgu.html"
verdict = "allows"
sha256 = "{sha}"
[source.extract]
record = "article"
[source.extract.fields]
name = ".auteur"
phone = "a[href^='tel:']::attr(href)"
ad_text = ".description"
[source.profile]
purpose = "commercial_prospecting"
keep = ["name", "phone"]
free_text = ["ad_text"]
"""


def generate(root: Path, pages: int, seed: int) -> None:
    rng = random.Random(seed)
    site = root / "bench"
    site.mkdir(parents=True)
    links = "\n".join(f'<a class="annonce" href="/a/{i}.html">{i}</a>' for i in range(pages))
    (site / "index.html").write_text(f"<html><body>{links}</body></html>", "utf-8")
    (site / "cgu.html").write_text("<html><body><p>Annonces publiques.</p></body></html>")
    (site / "robots.txt").write_text("User-agent: *\nAllow: /\n")
    (site / "a").mkdir()
    for i in range(pages):
        phone = "06 " + " ".join(f"{rng.randrange(100):02d}" for _ in range(4))
        body = (
            f"<html><body><article><p class='auteur'>{rng.choice(FIRST)} {rng.choice(LAST)}</p>"
            f"<a href='tel:{phone}'>{phone}</a><div class='description'>{rng.choice(TEXTS)}"
            f"</div></article>{'<p>Lorem ipsum dolor sit amet.</p>' * 40}</body></html>"
        )
        (site / "a" / f"{i}.html").write_text(body, "utf-8")


def crawl(sources: Path, db: str, polite: bool, **options: object) -> tuple[float, dict]:
    started = time.perf_counter()
    report = collect(sources, db=db, polite=polite, allow_private=True, **options)  # type: ignore[arg-type]
    return time.perf_counter() - started, report.counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--polite-pages", type=int, default=20)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="licite-bench-") as tmp:
        root = Path(tmp)
        generate(root / "sites", args.pages, args.seed)
        rows = []
        with serving(root / "sites") as urls:
            port = int(urls["bench"].rsplit(":", 1)[1])
            sha = terms_sha256(terms_text((root / "sites" / "bench" / "cgu.html").read_bytes()))
            for label, polite, cap in (("polite defaults", True, args.polite_pages),
                                       ("politeness off", False, args.pages + 1)):  # fmt: skip
                db = f"sqlite:///{root / (label.replace(' ', '-') + '.db')}"
                upgrade(db)
                sources = root / f"{label.replace(' ', '-')}.toml"
                sources.write_text(SOURCE.format(port=port, sha=sha, max_pages=cap), "utf-8")
                seconds, counts = crawl(sources, db, polite)
                pages = counts.get("pages/fetched", 0)
                rows.append((label, pages, seconds, counts.get("records/stored", 0)))
        with serving(SAMPLES_DIR) as urls:
            ports = {name: int(url.rsplit(":", 1)[1]) for name, url in urls.items()}
            sources = root / "samples.toml"
            sources.write_text(fill_ports((SAMPLES_DIR / "sources.toml").read_text("utf-8"), ports))
            db = f"sqlite:///{root / 'samples.db'}"
            upgrade(db)
            for name in (
                "Annonces Démo — bonnes affaires",
                "Démo Industries — site de l'entreprise",
            ):
                review_source(
                    sources, name, db=db, allow_private=True, verdict="allows", reviewer="b"
                )
            for label, polite in (("sample sites, polite", True), ("sample sites, off", False)):
                seconds, counts = crawl(sources, db, polite)
                rows.append((label, counts.get("pages/fetched", 0), seconds,
                             counts.get("records/stored", 0)))  # fmt: skip
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print("| run | pages used | seconds (with process start) | pages/s | contacts stored |")
    print("|---|---|---|---|---|")
    for label, pages, seconds, stored in rows:
        print(f"| {label} | {pages} | {seconds:.1f} | {pages / seconds:.1f} | {stored} |")
    print(f"\npeak memory of a crawl process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
