"""Benchmark ``licite scrub`` on generated files, against naive pandas + phonenumbers and the floor.

Usage: python benchmarks/scrub.py [--count 1000000] [--list-size 10000000] [--naive 20000]

Data: generate_scrub.py (seeded) writes the contacts and a Bloctel-like list once into
benchmarks/data/. Each measure runs in a process of its own (wall time, and the peak memory
of that process and its workers), in the same run:

* floor: DuckDB reads the contact file and writes it back, no work;
* licite (list file): ``scrub_file`` against the list file, list reading included;
* licite without the C kernels: the same with ``LICITE_SCRUB_KERNELS=0`` (the DuckDB/Arrow way
  a machine without a compiler runs), when the kernels are built;
* list import: the list imported into a fresh SQLite store as keyed hashes
  (``licite lists import``), once;
* licite (hashed list): the scrub against that stored list (the import is not repeated: a
  stored list serves every scrub until it is replaced), compared with the list-file run;
* naive: pandas + phonenumbers row by row on the first ``--naive`` contacts and list rows,
  extrapolated to the full sizes (said so in the table);
* mismatches: every distinct phone value of both files normalised by licite and by
  phonenumbers (``parse(raw, "FR")``; and core's normalise_phone with overseas retries),
  plus the shared reference cases, with and without the C kernels. Must be 0.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
#: pandas, for the naive phase only: ``make bench-scrub`` installs it there, outside the
#: virtual environment, so that the licite phases run as in an install without pandas.
NAIVE_DEPS = HERE.parent / "var" / "bench-naive"


def ensure_data(count: int, list_size: int, seed: int) -> Path:
    folder = HERE / "data" / f"scrub-{count}-{list_size}-seed{seed}"
    if not (folder / "suppression-emails.csv").exists():
        subprocess.run(
            [sys.executable, str(HERE / "generate_scrub.py"), "--count", str(count),
             "--list-size", str(list_size), "--seed", str(seed), "--out", str(folder)],
            check=True,
        )  # fmt: skip
    return folder


def measure(phase: str, folder: Path, extra: list[str]) -> dict[str, Any]:
    """Run one phase in a child process; its JSON result plus wall time and peak memory."""
    command = [sys.executable, __file__, "--phase", phase, "--data", str(folder), *extra]
    env = dict(os.environ)
    if phase == "plain":
        env["LICITE_SCRUB_KERNELS"] = "0"
    if phase == "naive":  # pandas lives apart (see requirements-scrub.lock)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(NAIVE_DEPS), env.get("PYTHONPATH")]))
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    output = process.stdout.read() if process.stdout else ""
    if status != 0:
        raise SystemExit(f"phase {phase} failed (status {status})")
    result: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    result["work_seconds"] = result.get("seconds", wall)
    if not result.get("extrapolated"):
        result["seconds"] = wall  # the whole process: interpreter, imports and work
    result["peak_mb"] = usage.ru_maxrss / 1024
    return result


# ---- phases (run in the child) -------------------------------------------------------------


def phase_floor(folder: Path) -> dict[str, Any]:
    import duckdb

    with _scratch("licite-bench-floor-") as scratch:
        out = scratch / "copy.csv"
        start = time.perf_counter()
        con = duckdb.connect()
        con.execute(
            f"COPY (SELECT * FROM read_csv('{folder / 'contacts.csv'}', all_varchar=true)) "
            f"TO '{out}' (FORMAT csv, HEADER true)"
        )
        return {"seconds": time.perf_counter() - start}


@contextmanager
def _scratch(prefix: str) -> Iterator[Path]:
    """A temporary folder for a phase's outputs, removed after it (at 10M contacts each run
    wrote 0.8 GB, and left it)."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def phase_licite(folder: Path) -> dict[str, Any]:
    from licite.services.scrub import scrub_file

    with _scratch("licite-bench-scrub-") as out:
        start = time.perf_counter()
        summary = scrub_file(folder / "contacts.csv", [str(folder / "bloctel-like.csv")], out)
        seconds = time.perf_counter() - start
    return {"seconds": seconds, "excluded": summary.excluded, "clean": summary.clean}


def phase_import(folder: Path) -> dict[str, Any]:
    from licite.services.lists import import_list
    from licite.store import upgrade

    work = Path(tempfile.mkdtemp(prefix="licite-bench-hashed-"))
    url = f"sqlite:///{work / 'licite.db'}"
    upgrade(url)
    start = time.perf_counter()
    imported = import_list(folder / "bloctel-like.csv", url, name="bloctel-like")
    seconds = time.perf_counter() - start
    size = (work / "licite.db").stat().st_size
    return {"seconds": seconds, "store": url, "stored": imported.stored, "bytes": size}


def phase_hashed(folder: Path, store: str) -> dict[str, Any]:
    from licite.services.scrub import scrub_file

    with _scratch("licite-bench-hashed-out-") as out:
        start = time.perf_counter()
        summary = scrub_file(folder / "contacts.csv", ["bloctel-like"], out, db=store)
        seconds = time.perf_counter() - start
    return {"seconds": seconds, "excluded": summary.excluded, "clean": summary.clean}


def naive_e164(raw: object) -> str | None:
    import phonenumbers

    if not isinstance(raw, str):
        return None
    try:
        number = phonenumbers.parse(raw, "FR")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phase_naive(folder: Path, rows: int, count: int, list_size: int) -> dict[str, Any]:
    try:
        import pandas as pd
    except ImportError:
        raise SystemExit(
            f"the naive phase needs pandas in {NAIVE_DEPS}: run `make bench-scrub` (or skip it: "
            "--skip naive)"
        ) from None

    start = time.perf_counter()
    listed = pd.read_csv(folder / "bloctel-like.csv", dtype=str, nrows=rows)
    numbers = set(listed["phone"].map(naive_e164).dropna())
    list_seconds = time.perf_counter() - start
    start = time.perf_counter()
    contacts = pd.read_csv(folder / "contacts.csv", dtype=str, keep_default_na=False, nrows=rows)
    keys = contacts["phone"].map(naive_e164)
    hit = keys.isin(numbers)
    contacts[~hit].to_csv(tempfile.mktemp(suffix=".csv"), index=False)
    contact_seconds = time.perf_counter() - start
    total = list_seconds * list_size / len(listed) + contact_seconds * count / len(contacts)
    return {"seconds": total, "measured_rows": rows, "extrapolated": True}


def phase_mismatch(folder: Path) -> dict[str, Any]:
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    import duckdb
    import pyarrow as pa

    from licite.scrub import kernels
    from licite.scrub.phones import normalise_phones

    con = duckdb.connect()
    values = con.sql(
        f"SELECT DISTINCT phone FROM (SELECT phone FROM read_csv('{folder / 'contacts.csv'}', "
        f"all_varchar=true) UNION ALL SELECT phone FROM read_csv('{folder / 'bloctel-like.csv'}',"
        " all_varchar=true)) WHERE phone IS NOT NULL"
    ).fetchall()
    raw = [v for (v,) in values]
    runs: list[dict[bool, list[str | None]]] = []
    for kernels_on in [True, False] if kernels.built() else [False]:
        os.environ["LICITE_SCRUB_KERNELS"] = "1" if kernels_on else "0"
        runs.append(
            {o: normalise_phones(pa.array(raw), overseas=o).to_pylist() for o in (False, True)}
        )
    chunks = [raw[i : i + 20_000] for i in range(0, len(raw), 20_000)]
    with ProcessPoolExecutor(2, mp_context=get_context("fork")) as pool:
        pure = [
            v for part in pool.map(_reference_chunk, chunks, [False] * len(chunks)) for v in part
        ]
        both = [
            v for part in pool.map(_reference_chunk, chunks, [True] * len(chunks)) for v in part
        ]
    bad: list[int] = []
    for ours in runs:
        bad += [i for i, (a, b) in enumerate(zip(ours[False], pure, strict=True)) if a != b]
        bad += [i for i, (a, b) in enumerate(zip(ours[True], both, strict=True)) if a != b]
    cases = _reference_cases()
    modes = "with and without the C kernels" if len(runs) == 2 else "C kernels not built"
    return {"distinct": len(raw), "mismatches": len(bad), "examples": [raw[i] for i in bad[:5]],
            "modes": modes, "reference_cases": cases}  # fmt: skip


def _reference_chunk(values: list[str], overseas: bool) -> list[str | None]:
    from licite.core.errors import InputError
    from licite.core.normalize import normalise_phone

    if not overseas:
        return [naive_e164(v) for v in values]
    out: list[str | None] = []
    for value in values:
        try:
            out.append(normalise_phone(value))
        except InputError:
            out.append(None)
    return out


def _reference_cases() -> dict[str, int] | str:
    import pyarrow as pa

    from licite.scrub.phones import normalise_phones

    path = HERE.parent.parent / "shared" / "reference" / "phone" / "fr-normalisation-cases.json"
    if not path.is_file():
        return f"{path} not found"
    cases = [c for c in json.loads(path.read_text())["cases"] if c["default_region"] == "FR"]
    wrong = 0
    for kernels_on in ("1", "0"):  # the caller's runs: with and without the C kernels
        os.environ["LICITE_SCRUB_KERNELS"] = kernels_on
        got = normalise_phones(pa.array([c["input"] for c in cases]), overseas=False).to_pylist()
        wrong += sum(g != c["expected_e164"] for c, g in zip(cases, got, strict=True))
    return {"cases": len(cases), "mismatches": wrong}


# ---- driver --------------------------------------------------------------------------------


def _repeated(
    results: dict[str, dict[str, Any]], folder: Path, extra: list[str], store: list[str],
    repeat: int,
) -> None:  # fmt: skip
    """More runs of the timed phases (floor, list file, without the C kernels, hashed),
    interleaved so that the machine's drift falls on each alike; each phase's entry becomes
    its median run, with its work range."""
    phases = [p for p in ("floor", "licite", "plain", "hashed") if p in results]
    runs: dict[str, list[dict[str, Any]]] = {p: [results[p]] for p in phases}
    for _ in range(repeat - 1):
        for phase in phases:
            runs[phase].append(measure(phase, folder, extra + (store if phase == "hashed" else [])))
    for phase in phases:
        ordered = sorted(runs[phase], key=lambda r: r["work_seconds"])
        median = dict(ordered[len(ordered) // 2])
        median["range"] = f"{ordered[0]['work_seconds']:.1f}–{ordered[-1]['work_seconds']:.1f} s"
        median["peak_mb"] = max(r["peak_mb"] for r in ordered)
        results[phase] = median


def _kernels_built() -> bool:
    from licite.scrub import kernels

    return kernels.built()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--list-size", type=int, default=10_000_000)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--naive", type=int, default=20_000, help="rows measured for naive")
    parser.add_argument("--skip", nargs="*", default=[], help="phases to skip")
    parser.add_argument(
        "--repeat", type=int, default=1,
        help="runs of each timed scrub phase, interleaved; the table gives the median and range",
    )  # fmt: skip
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--store", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        result = {
            "floor": lambda: phase_floor(args.data),
            "licite": lambda: phase_licite(args.data),
            "plain": lambda: phase_licite(args.data),
            "import": lambda: phase_import(args.data),
            "hashed": lambda: phase_hashed(args.data, args.store),
            "naive": lambda: phase_naive(args.data, args.naive, args.count, args.list_size),
            "mismatch": lambda: phase_mismatch(args.data),
        }[args.phase]()
        print(json.dumps(result))
        return
    folder = ensure_data(args.count, args.list_size, args.seed)
    extra = ["--count", str(args.count), "--list-size", str(args.list_size),
             "--naive", str(args.naive)]  # fmt: skip
    print(f"data: {folder} ({args.count:,} contacts, {args.list_size:,} list numbers)")
    print(f"{'what':<30} {'wall s':>7} {'work s':>7} {'contacts/s':>11} {'peak MB':>8}  notes")
    results: dict[str, dict[str, Any]] = {}
    labels = {
        "floor": "floor (DuckDB read+write)",
        "licite": "licite, list file",
        "plain": "licite, no C kernels",
        "import": "list import, keyed hashes",
        "hashed": "licite, hashed list in store",
        "naive": "naive pandas + phonenumbers",
    }
    try:
        for phase in labels:
            needed = phase == "import" and "hashed" not in args.skip  # the hashed run reads it
            if (phase in args.skip and not needed) or (phase == "import" and not needed):
                continue
            if phase == "plain" and not _kernels_built():
                continue  # the licite run above was already without them
            store = ["--store", results["import"]["store"]] if phase == "hashed" else []
            results[phase] = measure(phase, folder, extra + store)
        if args.repeat > 1:
            store = ["--store", results["import"]["store"]] if "import" in results else []
            _repeated(results, folder, extra, store, args.repeat)
    finally:
        _remove_store(results)
    for phase, result in results.items():
        note = ""
        if phase == "import":
            note = (f"{args.list_size / result['seconds']:,.0f} list values/s, "
                    f"{result['stored']:,} hashes, {result['bytes'] / 1e6:,.0f} MB "
                    "(once per list, not per scrub)")  # fmt: skip
        if phase == "hashed" and "licite" in results:
            ratio = result["work_seconds"] / results["licite"]["work_seconds"] - 1
            same = result["excluded"] == results["licite"]["excluded"]
            note = f"work {ratio:+.0%} vs list file; same exclusions: {'yes' if same else 'NO'}"
        if phase == "plain" and "licite" in results:
            ratio = result["work_seconds"] / results["licite"]["work_seconds"] - 1
            same = result["excluded"] == results["licite"]["excluded"]
            note = f"work {ratio:+.0%} vs with them; same exclusions: {'yes' if same else 'NO'}"
        if phase == "naive":
            note = f"measured on {result['measured_rows']:,} rows of each file, extrapolated"
        if "range" in result:
            note = f"median of {args.repeat}, work {result['range']}; " + note
        rate = "–" if phase == "import" else f"{args.count / result['seconds']:,.0f}"
        print(
            f"{labels[phase]:<30} {result['seconds']:>7.1f} {result['work_seconds']:>7.1f} "
            f"{rate:>11} {result['peak_mb']:>8.0f}  {note}"
        )
    if "mismatch" not in args.skip:
        result = measure("mismatch", folder, extra)
        print(
            f"mismatches with phonenumbers: {result['mismatches']} on {result['distinct']:,} "
            f"distinct phone values (both modes, {result['modes']}); "
            f"reference: {result['reference_cases']}"
        )
        if result["mismatches"]:
            print(f"  e.g. {result['examples']}")
            raise SystemExit(1)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"(driver process peak {own:.0f} MB)")


def _remove_store(results: dict[str, dict[str, Any]]) -> None:
    """The store the import phase wrote (0.6 GB at 20M numbers), once the hashed runs read it."""
    if "import" in results:
        url = results["import"]["store"]
        shutil.rmtree(Path(url.removeprefix("sqlite:///")).parent, ignore_errors=True)


if __name__ == "__main__":
    main()
