"""The round trip with a scrubbing service (Bloctel): export the numbers, import the answer.

Bloctel (C. consom. art. L223-1 to L223-5) takes a file of French numbers and answers, for
each, whether it is on the opposition list. Layout assumed (UNCONFIRMED, from the public
guide for professionals): upload and answer are text files, one national number per line
(``0612345678``); the answer holds either the numbers that may be called (one column: the
others were listed) or ``numero;statut`` lines. Each number's answer is stored as a keyed
hash with its ``checked_at``; the decision engine refuses a check older than 30 days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from tempfile import TemporaryDirectory

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from licite.core.errors import InputError
from licite.core.timeutil import utc_now
from licite.scrub.importers import ListFile, read_list
from licite.scrub.keys import detect_columns, normalise_keys
from licite.scrub.memory import system_allocator
from licite.scrub.sources import TABLE, load
from licite.services.lists import BLOCTEL_CODES, VALID_DAYS, ImportedList, store_list
from licite.services.scan import atomic_text


@dataclass(frozen=True, slots=True)
class Export:
    """Counts of an export for the scrubbing service."""

    rows: int
    written: int
    foreign: int
    invalid: int


def export_for_scrub(contacts: Path, out: Path, phone: str | None = None) -> Export:
    """Write the distinct French numbers of a contact file, national notation, one a line."""
    with TemporaryDirectory(prefix="licite-export-") as work:
        con = duckdb.connect()
        try:
            source = load(con, contacts, Path(work))
            column = detect_columns(source.columns, {"phone": phone}, str(contacts)).get("phone")
            if column is None:
                raise InputError("no phone column found (name it with --phone)", file=str(contacts))
            raw = (
                con.sql(
                    f'SELECT DISTINCT CAST("{column}" AS VARCHAR) AS r FROM {TABLE} '
                    f'WHERE "{column}" IS NOT NULL'
                )
                .to_arrow_table()
                .column("r")
            )
        finally:
            con.close()
    normalised = normalise_keys("phone", raw)
    keys = normalised.drop_null().unique()
    french = [k for k in keys.to_pylist() if k.startswith(BLOCTEL_CODES)]
    numbers = sorted({"0" + k[len(_code(k)) :] for k in french})
    with atomic_text(out, encoding="ascii") as handle:
        handle.writelines(f"{number}\n" for number in numbers)
    invalid = normalised.null_count
    return Export(source.rows, len(numbers), len(keys) - len(french), invalid)


def _code(e164: str) -> str:
    return next(code for code in BLOCTEL_CODES if e164.startswith(code))


def import_result(
    result: Path, submitted: Path, db: str | None, *, name: str = "bloctel",
    checked_at: datetime | None = None,
) -> ImportedList:  # fmt: skip
    """Store the service's answer for every submitted number, with when it was checked."""
    with system_allocator():  # each column freed as the import goes, not kept for reuse
        return _import_result(result, submitted, db, name, checked_at)


def _import_result(
    result: Path, submitted: Path, db: str | None, name: str, checked_at: datetime | None
) -> ImportedList:
    answer = read_list(result, "bloctel")
    sent = read_list(submitted, "plain")
    if "phone" not in sent.values:
        raise InputError("the submitted file holds no phone numbers", file=str(submitted))
    sent_keys = normalise_keys("phone", sent.values["phone"]).drop_null().unique()
    answer_keys = normalise_keys("phone", answer.values["phone"])
    unknown = pc.invert(pc.is_in(answer_keys.drop_null(), sent_keys))
    if pc.any(unknown).as_py():
        raise InputError(
            "the result holds numbers that were not submitted: wrong --submitted file?",
            file=str(result),
        )
    if "phone" in answer.listed:  # numero;statut: the answer says it for each number
        values, flags = answer.values["phone"], answer.listed["phone"]
    else:  # the numbers that may be called: every other submitted number was listed
        clean = pc.fill_null(pc.is_in(sent_keys, answer_keys.drop_null()), False)
        values, flags = sent_keys, pc.invert(clean)
    at = utc_now()
    listed = ListFile({"phone": values}, {"phone": pa.array(flags, pa.bool_())}, answer.rows)
    days = VALID_DAYS["bloctel"]
    return store_list(db, listed, name, "bloctel", result.name, at, days, checked_at or at)


__all__ = ["Export", "export_for_scrub", "import_result"]
