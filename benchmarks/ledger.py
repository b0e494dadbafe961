"""The ledger's batch paths on generated data: suppression import, and reading the store for
``check --from-store`` with and without the ledger enrichment (consents, hashed objections).

    python benchmarks/ledger.py --count 100000 --objections 0.1

Why: an objection must be honoured on every check, so the enrichment runs on every stored
contact; its cost is measured against reading the contacts alone (the floor), in one run.
"""

from __future__ import annotations

import argparse
import csv
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import generate_contacts  # beside this script (run as python benchmarks/ledger.py)

from licite.services import objections
from licite.services.ledger_view import with_ledger
from licite.services.store_jobs import import_contacts, upgrade_store
from licite.store import iter_contacts, make_engine, session_scope


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _read(url: str, enrich: bool) -> tuple[int, float]:
    engine = make_engine(url)
    start = time.perf_counter()
    count = 0
    with session_scope(engine) as session:
        stream = iter_contacts(session)
        for _ in with_ledger(session, url, stream) if enrich else stream:
            count += 1
    engine.dispose()
    return count, time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--objections", type=float, default=0.1, help="share of people objecting")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        contacts = base / "contacts.csv"
        generate_contacts.main(["--count", str(args.count), "--out", str(contacts),
                                "--seed", str(args.seed)])  # fmt: skip
        url, _ = upgrade_store(str(base / "licite.db"))
        start = time.perf_counter()
        result = import_contacts(contacts, url)
        print(f"import: {result.imported:,} contacts in {time.perf_counter() - start:.1f} s")
        suppression = base / "optouts.csv"
        with (
            contacts.open(newline="", encoding="utf-8") as source,
            suppression.open("w", newline="", encoding="utf-8") as target,
        ):
            writer = csv.writer(target)
            writer.writerow(("email", "phone"))
            step = max(1, round(1 / args.objections))
            for number, row in enumerate(csv.DictReader(source)):
                if number % step == 0:
                    writer.writerow((row["email"], row["phone"]))
        start = time.perf_counter()
        counts, added = objections.import_file(url, suppression, datetime.now(UTC), plaintext=True)
        took = time.perf_counter() - start
        print(f"suppression import (plaintext, hashed): {counts.rows_in:,} rows, {added:,} hashes, "
              f"{counts.rejected:,} rejected, {counts.rows_in / took:,.0f} rows/s")  # fmt: skip
        for label, enrich in (("floor: iter_contacts", False), ("with ledger", True)):
            count, took = _read(url, enrich)
            print(f"{label}: {count:,} contacts, {count / took:,.0f} contacts/s")
    print(f"peak memory: {_peak_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
