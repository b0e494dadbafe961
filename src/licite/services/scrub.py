"""``licite scrub``: remove from a contact file everyone on the chosen opposition lists.

The file is loaded once into DuckDB (spilling to disk beyond its memory limit), identifiers
are matched as distinct values (:mod:`licite.scrub.matcher`) and four files are written in a
hidden work folder inside ``--out``, moved into place only when all are complete, summary
last: ``clean``, ``excluded`` (plus ``list`` and ``reason``), ``rejected.csv`` and
``summary.json``. Counts add up: in = clean + excluded + rejected.

A CSV file is loaded with its key columns only, and its records are copied into the outputs
(:mod:`licite.scrub.split`), where the copy can follow DuckDB's reading of it; where it turns
out not to, the run starts again the other way, DuckDB holding and writing every column.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import duckdb
import numpy as np
import numpy.typing as npt
import pyarrow as pa

from licite.core.errors import ConfigError, InputError
from licite.core.keyed import KeyKind
from licite.core.timeutil import utc_now
from licite.scrub import matcher, sources, split, writers
from licite.scrub.hashing import keyed_digests
from licite.scrub.importers import list_queries
from licite.scrub.keys import detect_columns
from licite.scrub.memory import system_allocator
from licite.scrub.sql import identifier, literal

# The store (SQLAlchemy, Alembic: ~0.4 s to import) is imported only when a run uses it.
#: DuckDB's memory limit (beyond it, the contact table spills to disk). At 10M contacts the
#: process peaked at 1.50-1.57 GB under 1 GB (DuckDB's own allocations come on top of its
#: limit, and the matching's columns on top of both), at 1.40-1.42 GB under 900 MB. Once a CSV
#: file's key columns alone were loaded (its records copied), 900 MB gave 1,259-1,449 MB
#: (MiB, as the benchmark reports) and 800 MB 1,314, for 0.2 s more (9.5 s, not 9.3).
MEMORY_LIMIT = os.environ.get("LICITE_SCRUB_MEMORY", "800MB")


@dataclass(slots=True)
class ScrubSummary:
    """What a scrub read, matched and wrote (counts and settings, nothing of a person)."""

    file: str
    format: str
    encoding: str | None
    delimiter: str | None
    columns: dict[str, str]
    lists: list[str]
    rows_in: int = 0
    clean: int = 0
    excluded: int = 0
    rejected: int = 0
    by_list: dict[str, int] = field(default_factory=dict)
    invalid_values: dict[str, int] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)
    #: How clean and excluded were written: ``copy`` (the file's records copied as they are)
    #: or ``duckdb`` (each cell written again); and why a copy was given up, if one was.
    written_by: str = "duckdb"
    copy_given_up: str | None = None


@dataclass(slots=True)
class Against:
    """The lists chosen with ``--against``: files (read now) and stored lists (by name)."""

    files: list[matcher.FileList]
    stored: list[str]


def resolve_against(values: Sequence[str], db: str | None, list_format: str) -> Against:
    """A file path is read as a list file; ``type:T`` is every stored list of type T; any
    other value is the name of a stored list."""
    if not values:
        raise ConfigError("give at least one --against list (a file or a stored list name)")
    files, names = [], []
    wanted_types = [v.split(":", 1)[1] for v in values if v.startswith("type:")]
    for value in values:
        path = Path(value)
        if path.is_file() or path.suffix.lower() in (".csv", ".txt", ".parquet"):
            # Read while matched; a status column (Bloctel's ``numero;statut``) lists only
            # the rows it marks.
            files.append(matcher.file_list(path.stem, list_queries(path, list_format)))
        elif not value.startswith("type:"):
            names.append(value)
    if names or wanted_types:
        from licite.store import lists as store_lists
        from licite.store.engine import database_url, make_engine, session_scope

        with session_scope(make_engine(database_url(db))) as session:
            stored = store_lists.all_lists(session)
        known = {s.name for s in stored}
        for name in names:
            if name not in known:
                raise ConfigError(f"--against {name}: no such file and no stored list of that name")
        names += [s.name for s in stored if s.list_type in wanted_types and s.name not in names]
    return Against(files, names)


def _store_lookup(db: str | None, names: list[str]) -> matcher.StoreLookup:
    from licite.store import lists as store_lists
    from licite.store.engine import database_url, make_engine, session_scope
    from licite.store.secret import load_secret

    url = database_url(db)
    secret = load_secret(url)

    engine = make_engine(url)

    def find(kind: KeyKind, keys: matcher.Column) -> dict[str, npt.NDArray[np.intp]]:
        digests = keyed_digests(secret, kind, keys)
        with session_scope(engine) as session:
            return store_lists.listed_in(session, kind, digests, names)

    with session_scope(engine) as session:
        # A kind none of the lists holds (emails, against lists of numbers) is not even read.
        kinds = frozenset(store_lists.kinds_held(session, names))
    return matcher.StoreLookup(kinds, find)


def scrub_file(
    contacts: Path, against: Sequence[str], out: Path, *, db: str | None = None,
    columns: Mapping[KeyKind, str | None] | None = None, spreadsheet_safe: bool = False,
    list_format: str = "plain", step: Callable[[str], None] = lambda _: None,
) -> ScrubSummary:  # fmt: skip
    """Scrub ``contacts`` against the ``against`` lists into ``out`` (see the module doc)."""
    explicit = columns or {}
    with system_allocator():  # the matching's columns freed before the writing step
        try:
            return _scrub(contacts, against, out, db, explicit, spreadsheet_safe, list_format,
                          step, copy=not spreadsheet_safe)  # fmt: skip
        except split.Mismatch as why:
            summary = _scrub(contacts, against, out, db, explicit, spreadsheet_safe,
                             list_format, step, copy=False)  # fmt: skip
            summary.copy_given_up = str(why)
            return summary


def _scrub(
    contacts: Path, against: Sequence[str], out: Path, db: str | None,
    columns: Mapping[KeyKind, str | None], spreadsheet_safe: bool, list_format: str,
    step: Callable[[str], None], *, copy: bool,
) -> ScrubSummary:  # fmt: skip
    step("lists")
    chosen = resolve_against(against, db, list_format)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".licite-partial-", dir=out))
    con = duckdb.connect(
        config={"memory_limit": MEMORY_LIMIT, "temp_directory": str(work / "spill")}
    )
    try:
        step("read")
        file = str(contacts)
        keys = (lambda found: list(detect_columns(found, columns, file).values())) if copy else None
        source = sources.load(con, contacts, work, keys)
        mapping = detect_columns(source.columns, columns, file)
        step("match")
        lookup = _store_lookup(db, chosen.stored) if chosen.stored else None
        # Copied, the rows' marks come back as an array. Otherwise they go into the contact
        # table itself, so both outputs are filtered scans, which DuckDB returns in insertion
        # order (preserve_insertion_order): no join (joins lose the order), no sort of the
        # whole rows (which spilled to disk on large files).
        mark = _free_name("licite__mark", set(source.columns))
        invalid, marks = matcher.flag(
            con, mapping, chosen.files, lookup, None if source.copy else mark
        )
        summary = ScrubSummary(
            contacts.name, source.format, source.encoding, source.delimiter,
            {str(kind): name for kind, name in mapping.items()},
            [f.name for f in chosen.files] + chosen.stored, invalid_values=invalid,
        )  # fmt: skip
        step("write")
        _write(con, source, summary, work, spreadsheet_safe, mark, marks)
        if source.copy is not None:
            summary.written_by = "copy"
        summary.files = _commit(work, out, summary)
    except BaseException:
        con.close()
        shutil.rmtree(work, ignore_errors=True)
        raise
    con.close()
    shutil.rmtree(work, ignore_errors=True)
    if chosen.stored or db is not None:
        _audit(db, summary)
    return summary


def _write(
    con: duckdb.DuckDBPyConnection, source: sources.Source, summary: ScrubSummary, work: Path,
    spreadsheet_safe: bool, mark: str, marks: matcher.Marks | None,
) -> None:  # fmt: skip
    ext = source.path.suffix.lower()
    taken = set(source.columns)
    list_col = "list" if "list" not in taken else "licite_list"
    reason_col = "reason" if "reason" not in taken else "licite_reason"
    table = sources.TABLE
    # Pair k is the k-th (marks number the pairs 1, 2, … in this order).
    pairs = con.sql("SELECT list, reason, n FROM licite_marks ORDER BY k").fetchall()
    excluded_rows = sum(int(count) for *_, count in pairs)
    if source.copy is not None and marks is not None:
        copied = _copy(con, source.copy, pairs, (list_col, reason_col), work / f"clean{ext}",
                       work / f"excluded{ext}", marks)  # fmt: skip
        if copied != (source.rows - excluded_rows, excluded_rows):  # pragma: no cover
            raise RuntimeError(f"the copy wrote {copied} rows, not what the marks count")
    else:
        # Each pair's text picked by the mark from a constant list: the output keeps scan order.
        names = "[" + ", ".join(literal(str(name)) for name, _, _ in pairs) + "]"
        reasons = "[" + ", ".join(literal(str(reason)) for _, reason, _ in pairs) + "]"
        keep = f'* EXCLUDE ("{mark}")'
        clean = f'SELECT {keep} FROM {table} WHERE "{mark}" IS NULL'
        excluded = (
            f'SELECT {keep}, CAST({names}["{mark}"] AS VARCHAR) AS "{list_col}", '
            f'CAST({reasons}["{mark}"] AS VARCHAR) AS "{reason_col}" FROM {table} '
            f'WHERE "{mark}" IS NOT NULL'
        )
        options = {"delimiter": source.delimiter or ",", "spreadsheet_safe": spreadsheet_safe}
        try:
            writers.write(con, clean, work / f"clean{ext}", source.format, **options)  # type: ignore[arg-type]
            writers.write(con, excluded, work / f"excluded{ext}", source.format, **options)  # type: ignore[arg-type]
        except duckdb.Error as error:
            raise InputError(f"cannot write the results: {error}", file=str(source.path)) from None
    with (work / "rejected.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(("line", "error", "content"))
        for line, message, text in source.rejected:
            writer.writerow((line, message, writers.neutralise(text) if spreadsheet_safe else text))
    summary.excluded = excluded_rows
    summary.rejected = len(source.rejected)
    summary.rows_in = source.rows + summary.rejected
    summary.clean = source.rows - summary.excluded
    # Counted per (lists, reason) pair, then per list: no row of millions unnested.
    by_list: Counter[str] = Counter()
    for lists_of_row, _, count in pairs:
        for name in str(lists_of_row).split(";"):
            by_list[name] += int(count)
    summary.by_list = dict(sorted(by_list.items()))
    if summary.rows_in != summary.clean + summary.excluded + summary.rejected:  # pragma: no cover
        raise RuntimeError("scrub counts do not add up")


#: Rows handed to the copy at a time (their marks and key values, from DuckDB).
_COPY_BATCH = 1_000_000


def _copy(
    con: duckdb.DuckDBPyConnection, copy: split.Copy, pairs: Sequence[tuple[object, ...]],
    added: tuple[str, str], clean: Path, excluded: Path, marks: matcher.Marks,
) -> tuple[int, int]:  # fmt: skip
    """clean and excluded copied from the file's records, by each row's mark (the number
    ``k`` of its pair in ``pairs``, whose list and reason the excluded record gets as two more
    fields); returns how many records went to each."""
    suffixes = [b""] + [split.suffix([str(name), str(reason)], copy.dialect)
                        for name, reason, _ in pairs]  # fmt: skip
    described = con.execute(f"DESCRIBE {sources.TABLE}").fetchall()
    keys = ", ".join(f"CAST({identifier(row[0])} AS VARCHAR)" for row in described)
    reader = con.sql(f"SELECT {keys} FROM {sources.TABLE}").to_arrow_reader(_COPY_BATCH)

    def batches() -> Iterator[tuple[matcher.Marks, list[pa.Array]]]:
        done = 0
        for batch in reader:
            yield marks[done : done + batch.num_rows], batch.columns
            done += batch.num_rows

    return split.copy_records(copy, batches(), split.suffix(list(added), copy.dialect),
                              suffixes, clean, excluded)  # fmt: skip


def _free_name(base: str, taken: set[str]) -> str:
    name = base
    while name in taken:
        name = "_" + name
    return name


def _commit(work: Path, out: Path, summary: ScrubSummary) -> dict[str, str]:
    """Move the finished files into place, summary last; returns their paths."""
    names = [p.name for p in work.iterdir() if p.is_file()]
    paths = {}
    for name in sorted(names):
        os.replace(work / name, out / name)
        paths[name.split(".")[0]] = str(out / name)
    paths["summary"] = str(out / "summary.json")
    summary.files = paths
    body = {**asdict(summary), "counts": {"in": summary.rows_in, "clean": summary.clean,
            "excluded": summary.excluded, "rejected": summary.rejected}}  # fmt: skip
    temporary = work / "summary.json"
    temporary.write_text(json.dumps(body, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(temporary, out / "summary.json")
    return paths


def _audit(db: str | None, summary: ScrubSummary) -> None:
    from licite.store.audit import append_event
    from licite.store.engine import database_url, make_engine, session_scope

    payload = {
        "file": summary.file, "lists": summary.lists, "columns": summary.columns,
        "counts": {"in": summary.rows_in, "clean": summary.clean, "excluded": summary.excluded,
                   "rejected": summary.rejected},
        "by_list": summary.by_list,
    }  # fmt: skip
    with session_scope(make_engine(database_url(db))) as session:
        append_event(session, "scrub", payload, utc_now())


__all__ = ["Against", "ScrubSummary", "resolve_against", "scrub_file"]
