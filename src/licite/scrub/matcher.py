"""Which contacts a list holds: distinct identifiers matched once, flags joined back to rows.

Each mapped column's distinct raw values are normalised once (:mod:`licite.scrub.keys`);
a list read from a file is matched on normalised keys in memory (it is never stored; its
plain-notation numbers that no contact can meet are left out before normalising), a
stored list on keyed hashes (it holds nothing else). The hits, (raw value, list name) pairs,
go back to DuckDB, which marks the rows: an integer column numbering each row's (lists,
reason) pair, and table ``licite_marks`` of the pairs (see :func:`flag`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import TypeAlias

import duckdb
import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from licite.core.keyed import KeyKind
from licite.scrub import kernels
from licite.scrub.importers import ListQueries, read_error
from licite.scrub.keys import normalise_blocks
from licite.scrub.list_lines import LineFile, line_phones
from licite.scrub.notation import PLAIN
from licite.scrub.sources import TABLE
from licite.scrub.sql import identifier, literal

#: A column of values: one array, or blocks of it (:func:`licite.scrub.keys.normalise_blocks`).
Column: TypeAlias = pa.Array | pa.ChunkedArray
#: Up to this many contact tails, list values are probed as strings (see :func:`candidates`).
STRING_SET_LIMIT = 2_000_000
#: Rows of a list file read at a time when the C kernels test them.
_BATCH = 1_000_000
#: The marking's own tables (see :func:`_mark_one` and :func:`_mark_several`).
_WORK_TABLES = ("licite_pairs", "licite_hit_marks", "licite_flagged")


@dataclass(frozen=True, slots=True)
class StoreLookup:
    """The chosen stored lists: the kinds of keys they hold, and ``find`` (kind, keys, nulls
    included) -> for each list on which some of them are listed, its name and their
    positions in ``keys``."""

    kinds: frozenset[KeyKind]
    find: Callable[[KeyKind, Column], dict[str, npt.NDArray[np.intp]]]


@dataclass(frozen=True, slots=True)
class FileList:
    """A list read from a file: its name and where its values are (read while matched, and
    then only those that can meet a contact: see :func:`candidates`)."""

    name: str
    source: ListQueries


def file_list(name: str, source: ListQueries) -> FileList:
    return FileList(name, source)


def candidates(
    kind: KeyKind, query: str, keys: Column, con: duckdb.DuckDBPyConnection | None = None,
    string_set_limit: int = STRING_SET_LIMIT,
) -> pa.Array:  # fmt: skip
    """The values a list ``query`` (``v``, ``listed``) lists that may share a key with the
    contacts' ``keys``, in no particular order; the others are left out before normalising,
    and the list is read in DuckDB without ever being held whole (its plain phones are held as
    4-byte tails with the C kernels). A phone in plain notation (``0612345678``,
    ``+33612345678``: nearly all of any list) has as key, if any, a calling code followed by
    its last nine digits (France's or an overseas one); when no contact key ends with those
    digits it cannot match, whatever its key. Other notations are all kept.

    With the C kernels built, the list is split in C as DuckDB reads it (:func:`read_phones`)
    and its plain values' tails probed in C (:func:`_near_in_c`; ``string_set_limit`` does not
    apply). Otherwise it runs as a semi-join in DuckDB, on every
    core (Arrow's is_in probes millions on one), in one of two ways that keep the same values:
    up to ``string_set_limit`` contact tails, a probe of the whole value among the two plain
    notations of each tail (a string hash: the cheaper per list value); beyond, a probe of its
    last nine digits as a 32-bit integer, whose hash table stays small (two strings per tail
    held 16M strings at 10M contacts: 0.7 GB more at the peak)."""
    own = con is None
    db = duckdb.connect() if con is None else con
    try:
        if kind != "phone":
            found = db.sql(f"SELECT v FROM ({query}) WHERE listed")
        elif kernels.available():
            return _near_in_c(read_phones(db, query), keys)
        else:
            tails = pc.utf8_slice_codeunits(keys.drop_null(), -9)
            db.register("contact_tails", pa.table({"t": tails}))
            near = _near_strings if len(tails) <= string_set_limit else _near_integers
            found = db.sql(near(query))
        return found.to_arrow_table().column("v").combine_chunks().cast(pa.string())
    finally:
        if own:
            db.close()
        else:
            db.unregister("contact_tails")


@dataclass(frozen=True, slots=True)
class PhoneList:
    """A list file's phone values as the C kernels hold them from reading to matching: those
    not in plain notation as they are (nulls included), the plain ones as 4-byte tails (their
    nine digits and whether written ``+33``: :func:`licite.scrub.kernels.plain_split`)."""

    others: pa.Array
    tails: npt.NDArray[np.uint32]


def read_phones(
    con: duckdb.DuckDBPyConnection, query: str, lines: LineFile | None = None
) -> PhoneList:
    """A list's phone values, split in C batch by batch as DuckDB reads the file, or straight
    from its ``lines`` when they are bare numbers (:mod:`licite.scrub.list_lines`: the same
    values, in the same order). It needs no contact key, so :func:`flag` runs it while the
    contacts are normalised."""
    if lines is not None and (split := line_phones(lines)) is not None:
        return PhoneList(*split)
    others: list[pa.Array] = []
    tails: list[npt.NDArray[np.uint32]] = []
    try:
        for batch in con.sql(f"SELECT v FROM ({query}) WHERE listed").to_arrow_reader(_BATCH):
            part, plain = kernels.plain_split(batch.column(0).cast(pa.string()))
            others.append(part)
            tails.append(plain)
    except OSError as error:  # DuckDB's read error, passed on by Arrow's stream
        raise duckdb.Error(str(error)) from None
    return PhoneList(
        pa.concat_arrays(others) if others else pa.array([], pa.string()),
        np.concatenate(tails) if tails else np.empty(0, dtype=np.uint32),
    )


def _read_apart(con: duckdb.DuckDBPyConnection, source: ListQueries) -> PhoneList:
    """:func:`read_phones` on a cursor of its own (one connection is not shared by threads),
    under the run's memory limit all the same."""
    cursor = con.cursor()
    try:
        return read_phones(cursor, source.queries["phone"], source.lines)
    finally:
        cursor.close()


def _near_in_c(phones: PhoneList, keys: Column) -> pa.Array:
    """The values of :func:`candidates`: the others all, the plain ones whose nine digits end a
    contact key (a hash set of the contacts' tails, probed in C), written back."""
    found = kernels.tails_in(phones.tails, kernels.tail_table(keys))
    return pa.concat_arrays([phones.others, kernels.plain_values(phones.tails[found])])


def _near_strings(query: str) -> str:
    """Kept: null, one of the plain notations of a contact tail, or not plain (PLAIN)."""
    tails = "SELECT '0' || t FROM contact_tails UNION ALL SELECT '+33' || t FROM contact_tails"
    return (
        f"SELECT v FROM ({query}) WHERE listed AND (v IS NULL OR v IN ({tails}) OR NOT "
        f"regexp_full_match(v, {literal(PLAIN)}))"
    )


def _near_integers(query: str) -> str:
    """The same by the last nine digits as an integer, cast only once PLAIN has matched (a
    plain value's last nine digits are digits, the first not 0: the cast is exact). Casting
    every value and checking it by a round trip to text cost 0.6-1 s more on a list of 20M."""
    return (
        f"SELECT v FROM ({query}) WHERE listed AND (v IS NULL OR NOT "
        f"regexp_full_match(v, {literal(PLAIN)}) OR TRY_CAST(right(v, 9) AS UINTEGER) IN "
        "(SELECT TRY_CAST(t AS UINTEGER) FROM contact_tails))"
    )


Marks = npt.NDArray[np.int32]


def flag(
    con: duckdb.DuckDBPyConnection, columns: Mapping[KeyKind, str], files: Sequence[FileList],
    stored: StoreLookup | None, mark: str | None,
) -> tuple[dict[str, int], Marks | None]:  # fmt: skip
    """Mark the rows on some list: column ``mark`` (INTEGER, added to the contact table) holds
    the number of the row's (lists, reason) pair, null for a row on no list (an integer: two
    text columns updated made the update 3x and the scans after it 2x slower at 10M rows); table
    ``licite_marks`` (``k``, ``list``, ``reason``, ``n``) gives each pair and how many rows it
    marks. With ``mark`` None, the table is left as it is and the marks come back instead, one
    per row in the table's order, 0 for a row on no list (:class:`_Codes`).

    Returns the count of invalid distinct values of each kind matched, and those marks. A kind
    that no chosen list can hold (an email column scrubbed against list files of phone
    numbers) is not normalised at all."""
    with ThreadPoolExecutor(1) as reader:
        # List files of phones are read (in C) while the contacts are normalised: the reading
        # needs no contact key, and on two cores the two overlap.
        early = {
            index: reader.submit(_read_apart, con, listed.source)
            for index, listed in enumerate(files)
            if "phone" in columns and "phone" in listed.source.queries and kernels.available()
        }
        return _flag(con, columns, files, stored, mark, early)


def _flag(
    con: duckdb.DuckDBPyConnection, columns: Mapping[KeyKind, str], files: Sequence[FileList],
    stored: StoreLookup | None, mark: str | None, early: dict[int, Future[PhoneList]],
) -> tuple[dict[str, int], Marks | None]:  # fmt: skip
    invalid: dict[str, int] = {}
    codes = _Codes(con) if mark is None else None
    parts: list[tuple[str, str]] = []
    for kind, column in columns.items():
        in_store = stored is not None and kind in stored.kinds
        if not in_store and not any(kind in listed.source.queries for listed in files):
            continue
        raw = (
            con.sql(
                f"SELECT DISTINCT CAST({identifier(column)} AS VARCHAR) AS raw FROM {TABLE} "
                f"WHERE {identifier(column)} IS NOT NULL"
            )
            .to_arrow_table()
            .column("raw")
        )
        # The slow path's worker processes are forked once the early reads are over.
        keys = normalise_blocks(kind, raw, before_fork=lambda: wait(early.values()))
        invalid[kind] = keys.null_count
        pairs, lists_hit = _hits(con, kind, raw, keys, files, stored, early)
        con.register(f"pairs_{kind}", pairs)
        # One row per matched raw value: its lists (sorted) and the reason, grouped only when
        # a value may be on several lists (each list gives a raw value once: a semi-join of
        # distinct values, or a stored list's distinct positions). Counting the distinct
        # values instead took 1.2 s at 10M contacts.
        if lists_hit > 1:
            per_value = (
                f"SELECT raw, list_sort(list_distinct(list(name))) AS names, string_agg(DISTINCT "
                f"'{kind} on ' || name, '; ' ORDER BY '{kind} on ' || name) AS why "
                f"FROM pairs_{kind} GROUP BY raw"
            )
        else:
            per_value = (
                f"SELECT raw, [name] AS names, '{kind} on ' || name AS why FROM pairs_{kind}"
            )
        con.execute(f"CREATE TABLE hits_{kind} AS {per_value}")
        con.unregister(f"pairs_{kind}")
        # The distinct values and their keys (hundreds of MB at 10M rows) are not needed
        # past this point: freed before DuckDB builds the next tables.
        del raw, keys, pairs
        if codes is not None:
            codes.add(con, kind, column)
        parts.append((kind, column))
    marks = None
    if codes is not None:
        marks = codes.marks(con)
    elif mark is not None:
        con.execute(f'ALTER TABLE {TABLE} ADD COLUMN "{mark}" INTEGER')
        if len(parts) == 1:
            _mark_one(con, *parts[0], mark)
        elif parts:
            _mark_several(con, parts, mark)
        else:
            con.execute(
                "CREATE TABLE licite_marks (k INTEGER, list VARCHAR, reason VARCHAR, n BIGINT)"
            )
    # The hits (millions of values at 10M contacts) are not needed past the marks: dropped, the
    # contact table keeps more of DuckDB's memory for the writes instead of spilling.
    for table in [f"hits_{kind}" for kind, _ in parts] + list(_WORK_TABLES):
        con.execute(f"DROP TABLE IF EXISTS {table}")
    return invalid, marks


class _Codes:
    """The marks of :func:`flag` as an array, and table ``licite_marks``, with no string built
    per row: each kind's few (lists, reason) combinations are numbered, and a row's code
    combines its kinds' numbers (a join of the rows with the kind's hits, scattered by row
    number, as soon as the kind is matched: its hits are dropped before the next kind's
    columns come). Only each distinct code then gets its lists (sorted, distinct) and its
    reasons (in the order of the kinds), as :func:`_mark_several` writes them per row."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        size = int(con.sql(f"SELECT count(*) FROM {TABLE}").fetchall()[0][0])
        self.codes = np.zeros(size, dtype=np.int64)
        self.stride = 1
        self.kinds: list[tuple[int, list[tuple[list[str], str]]]] = []

    def add(self, con: duckdb.DuckDBPyConnection, kind: str, column: str) -> None:
        """Number the rows of table ``hits_{kind}``'s values, then drop it."""
        con.execute(
            "CREATE OR REPLACE TEMP TABLE licite_combos AS SELECT (row_number() OVER (ORDER BY "
            f"why))::BIGINT AS c, names, why FROM (SELECT DISTINCT names, why FROM hits_{kind})"
        )
        numbered = con.sql("SELECT c, names, why FROM licite_combos ORDER BY c").fetchall()
        combos = [(list(names), str(why)) for _, names, why in numbered]
        found = con.sql(
            f"SELECT t.rowid AS r, k.c FROM {TABLE} t JOIN hits_{kind} h ON "
            f"CAST(t.{identifier(column)} AS VARCHAR) = h.raw JOIN licite_combos k "
            "ON h.names = k.names AND h.why = k.why"
        ).to_arrow_table()
        con.execute(f"DROP TABLE hits_{kind}")
        con.execute("DROP TABLE licite_combos")
        self.codes[found.column("r").to_numpy()] += found.column("c").to_numpy() * self.stride
        self.kinds.append((self.stride, combos))
        self.stride *= len(combos) + 1

    def marks(self, con: duckdb.DuckDBPyConnection) -> Marks:
        """Each row's pair number (0: on no list); table ``licite_marks`` created."""
        flagged = np.flatnonzero(self.codes)
        distinct, inverse = np.unique(self.codes[flagged], return_inverse=True)
        labels = [_label(int(code), self.kinds) for code in distinct]
        pairs = sorted(set(labels))
        number = {pair: k for k, pair in enumerate(pairs, start=1)}
        marks = np.zeros(len(self.codes), dtype=np.int32)
        marks[flagged] = np.array([number[label] for label in labels], dtype=np.int32)[inverse]
        counts = np.bincount(marks[flagged], minlength=len(pairs) + 1)
        con.register("licite_pair_rows", pa.table({
            "k": pa.array(range(1, len(pairs) + 1), pa.int32()),
            "list": pa.array([name for name, _ in pairs], pa.string()),
            "reason": pa.array([reason for _, reason in pairs], pa.string()),
            "n": pa.array(counts[1:].astype(np.int64)),
        }))  # fmt: skip
        con.execute("CREATE TEMP TABLE licite_marks AS SELECT * FROM licite_pair_rows")
        con.unregister("licite_pair_rows")
        return marks


def _label(code: int, kinds: Sequence[tuple[int, list[tuple[list[str], str]]]]) -> tuple[str, str]:
    """The (lists, reason) pair of a row's code (see :class:`_Codes`)."""
    names: set[str] = set()
    reasons = []
    for stride, combos in kinds:
        number = code // stride % (len(combos) + 1)
        if number:
            names.update(combos[number - 1][0])
            reasons.append(combos[number - 1][1])
    return ";".join(sorted(names)), "; ".join(reasons)


def _mark_one(con: duckdb.DuckDBPyConnection, kind: str, column: str, mark: str) -> None:
    """One kind matched (the usual case): each matched value gets its pair's number and the
    rows take it by value, in one update (a table of flagged rows, then an update by row
    number, cost 2.5 times as much at 10M contacts)."""
    con.execute(
        "CREATE TEMP TABLE licite_pairs AS SELECT (row_number() OVER (ORDER BY list, reason))"
        "::INTEGER AS k, list, reason FROM (SELECT DISTINCT array_to_string(names, ';') AS list, "
        f"why AS reason FROM hits_{kind})"
    )
    con.execute(
        f"CREATE TEMP TABLE licite_hit_marks AS SELECT h.raw, p.k FROM hits_{kind} h JOIN "
        "licite_pairs p ON array_to_string(h.names, ';') = p.list AND h.why = p.reason"
    )
    con.execute(
        f'UPDATE {TABLE} SET "{mark}" = m.k FROM licite_hit_marks m '
        f"WHERE CAST({TABLE}.{identifier(column)} AS VARCHAR) = m.raw"
    )
    con.execute(
        "CREATE TEMP TABLE licite_marks AS SELECT p.k, p.list, p.reason, c.n FROM licite_pairs p "
        f'JOIN (SELECT "{mark}" AS k, count(*) AS n FROM {TABLE} WHERE "{mark}" IS NOT NULL '
        "GROUP BY 1) c USING (k)"
    )


def _mark_several(
    con: duckdb.DuckDBPyConnection, parts: Sequence[tuple[str, str]], mark: str
) -> None:
    """Several kinds: a row's lists are those of all its values, its reasons joined in the
    order of the kinds; the flagged rows are gathered, then numbered by pair."""
    joins = " ".join(
        f"LEFT JOIN hits_{kind} h_{kind} ON CAST(c.{identifier(column)} AS VARCHAR) = h_{kind}.raw"
        for kind, column in parts
    )
    names = ", ".join(f"coalesce(h_{kind}.names, [])" for kind, _ in parts)
    whys = ", ".join(f"h_{kind}.why" for kind, _ in parts)
    found = " OR ".join(f"h_{kind}.raw IS NOT NULL" for kind, _ in parts)
    con.execute(
        f"CREATE TEMP TABLE licite_flagged AS SELECT c.rowid AS r, array_to_string(list_sort("
        f"list_distinct(flatten([{names}]))), ';') AS list, concat_ws('; ', {whys}) AS reason "
        f"FROM {TABLE} c {joins} WHERE {found}"
    )
    con.execute(
        "CREATE TEMP TABLE licite_marks AS SELECT (row_number() OVER (ORDER BY list, reason))"
        "::INTEGER AS k, list, reason, n FROM (SELECT list, reason, count(*) AS n "
        "FROM licite_flagged GROUP BY list, reason)"
    )
    con.execute(
        f'UPDATE {TABLE} SET "{mark}" = m.k FROM licite_flagged f JOIN licite_marks m '
        f"USING (list, reason) WHERE {TABLE}.rowid = f.r"
    )


def _semi_join(raw: Column, keys: Column, listed: Column) -> pa.Array:
    """The raw values whose key the list holds: a hash join in DuckDB, on every core (a list
    of millions of keys would otherwise be hashed on one)."""
    con = duckdb.connect()
    try:
        con.register("contact_keys", pa.table({"raw": raw, "k": keys}))
        con.register("list_keys", pa.table({"k": listed}))
        found = con.sql("SELECT raw FROM contact_keys SEMI JOIN list_keys USING (k)")
        return found.to_arrow_table().column("raw").combine_chunks().cast(pa.string())
    finally:
        con.close()


def _hits(
    con: duckdb.DuckDBPyConnection, kind: KeyKind, raw: Column, keys: Column,
    files: Sequence[FileList], stored: StoreLookup | None,
    early: dict[int, Future[PhoneList]],
) -> tuple[pa.Table, int]:  # fmt: skip
    """The (raw value, list name) pairs, and how many lists have some (``early``: the phone
    lists already being read, by position in ``files``; each is let go once matched, so that
    the next kind's columns do not come on top of it: 20M numbers are 80 MB of tails)."""
    raws: list[pa.Array] = []
    names: list[pa.Array] = []
    for index, listed in enumerate(files):
        if kind not in listed.source.queries:
            continue
        try:
            # On the run's connection: the list is read under its memory limit (a
            # connection of its own could take as much again at 10M contacts).
            if kind == "phone" and index in early:
                wanted = _near_in_c(early.pop(index).result(), keys)
            else:
                wanted = candidates(kind, listed.source.queries[kind], keys, con)
        except duckdb.Error as error:
            raise read_error(error, listed.source.path) from None
        # Duplicates are harmless: the join dedups on its own.
        found = _semi_join(raw, keys, normalise_blocks(kind, wanted).drop_null())
        raws.append(found)
        names.append(pa.repeat(pa.scalar(listed.name, pa.string()), len(found)))
    if stored is not None and kind in stored.kinds:
        # Keys line up with the raw values: a list's positions pick its raw values directly
        # (no distinct keys, no join: both cost more at 10M values than hashing the repeats).
        for name, positions in sorted(stored.find(kind, keys).items()):
            found = raw.take(pa.array(positions)).cast(pa.string())
            if isinstance(found, pa.ChunkedArray):
                found = found.combine_chunks()
            raws.append(found)
            names.append(pa.repeat(pa.scalar(name, pa.string()), len(found)))
    if not raws:
        return pa.table({"raw": pa.array([], pa.string()), "name": pa.array([], pa.string())}), 0
    table = pa.table({"raw": pa.concat_arrays(raws), "name": pa.concat_arrays(names)})
    return table, sum(1 for found in raws if len(found))


__all__ = ["STRING_SET_LIMIT", "FileList", "StoreLookup", "candidates", "file_list", "flag"]
