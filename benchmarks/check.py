"""Benchmark ``licite check`` on generated contacts, against the naive row-by-row approach.

Usage: python benchmarks/check.py [--count 1000000] [--campaign phone_call] [--naive 20000]

It generates the contact file once (benchmarks/data/, seeded, see generate_contacts.py), then
measures in the same run:

* licite: ``check_file`` as the CLI runs it (blocks of rows, column-wise rule evaluation, one
  worker process per core), wall time, rows/s and peak memory (main process + workers);
* naive: the obvious approach, one ``decide()`` call per row (parse, screen, evaluate the
  rule table for that row alone), on the first ``--naive`` rows, extrapolated;
* floor: reading and parsing the CSV with the csv module and doing nothing else.
"""

from __future__ import annotations

import argparse
import csv
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from licite.core.flat import contact_from_row
from licite.core.model import DecisionRequest
from licite.core.request import parse_campaign
from licite.core.timeutil import parse_timestamp
from licite.rules import engine
from licite.services.check import check_file, default_workers
from licite.services.reading import load_json
from licite.services.screening import forbidden_categories

HERE = Path(__file__).parent
AT = "2026-12-01T10:30:00+01:00"


def ensure_data(count: int, seed: int) -> Path:
    path = HERE / "data" / f"contacts-{count}-seed{seed}.csv"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, str(HERE / "generate_contacts.py"), "--count", str(count),
             "--out", str(path), "--seed", str(seed)],
            check=True,
        )  # fmt: skip
    return path


def peak_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def run_licite(path: Path, campaign_path: Path, workers: int | None) -> tuple[float, int]:
    campaign = parse_campaign(load_json(campaign_path.read_bytes()))
    out = Path(tempfile.mkdtemp(prefix="licite-bench-"))
    start = time.perf_counter()
    summary = check_file(path, campaign, parse_timestamp(AT), out, workers=workers)
    elapsed = time.perf_counter() - start
    assert summary.rows_in == summary.allowed + summary.refused + summary.rejected
    shutil.rmtree(out)
    return elapsed, summary.rows_in


def run_naive(path: Path, campaign_path: Path, rows: int) -> tuple[float, int]:
    """One decision per row: what a straightforward per-row rules engine does."""
    campaign = parse_campaign(load_json(campaign_path.read_bytes()))
    at = parse_timestamp(AT)
    done = 0
    start = time.perf_counter()
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            try:
                contact = contact_from_row(row)
            except Exception:  # rejected rows count as processed
                done += 1
                continue
            request = DecisionRequest(at, contact, campaign)
            engine.decide(request, forbidden_categories(contact))
            done += 1
            if done >= rows:
                break
    return time.perf_counter() - start, done


def run_floor(path: Path) -> tuple[float, int]:
    start = time.perf_counter()
    with path.open(encoding="utf-8", newline="") as handle:
        count = sum(1 for _ in csv.reader(handle)) - 1
    return time.perf_counter() - start, count


def line(name: str, rows: int, seconds: float) -> None:
    print(f"{name:<34}{rows:>12,}{seconds:>10.1f}{rows / seconds:>12,.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--campaign", default="phone_call")
    parser.add_argument("--naive", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args()
    path = ensure_data(args.count, args.seed)
    campaign = HERE.parent / "samples" / "campaigns" / f"{args.campaign}.json"
    size = path.stat().st_size / 1e6
    print(f"data: {path.name} ({args.count:,} rows, {size:.0f} MB), campaign {args.campaign}")
    print(f"workers: {args.workers or default_workers()}")
    floor_s, floor_n = run_floor(path)
    licite_s, licite_n = run_licite(path, campaign, args.workers)
    own, children = peak_mb()
    naive_s, naive_n = run_naive(path, campaign, args.naive)
    print(f"{'approach':<34}{'rows':>12}{'seconds':>10}{'rows/s':>12}")
    line("floor (csv.reader, no work)", floor_n, floor_s)
    line("licite check", licite_n, licite_s)
    line("naive: decide() row by row", naive_n, naive_s)
    print(f"peak memory: main {own:.0f} MB, largest worker {children:.0f} MB")


if __name__ == "__main__":
    main()
