"""The DuckDB pre-pass: French numbers, valid or not, settled on every core.

Most values of any contact file are French numbers in one of the usual notations. DuckDB
evaluates one query over a whole column on every core, where the Arrow kernels of
:mod:`licite.scrub.phones` run one after another, one thread each. The pre-pass reads the
notations of :mod:`licite.scrub.notation` with the same RE2 patterns as the Arrow path and
checks the nine digits against France's types, so it gives what that path gives (itself held
equal to ``phonenumbers``); every other value goes on to that path.

A number France rejects is settled here too when no overseas retry can save it (one regex,
the union of the overseas number types: :func:`licite.scrub.metadata.overseas_gate`): at 1M
contacts, two fifths of what reached the Arrow path. (Validating the overseas regions here in
full was measured: the query grew slower by about as much as the Arrow path saved, so the few
that pass the gate stay with that path.)
"""

from __future__ import annotations

import duckdb
import pyarrow as pa

from licite.scrub import kernels
from licite.scrub.metadata import fr_valid_pattern, overseas_gate
from licite.scrub.notation import (
    FRENCH,
    LEADING,
    SEPARATORS,
    SPACED_FRENCH,
    TRAILING,
    characters,
)
from licite.scrub.sql import literal


def _pre_pass(overseas: bool, nine: bool = False) -> str:
    """The query: for each value of ``raw``, ``e164`` and ``done`` (settled here). Settled:
    a French number valid in France, and one France rejects that nothing else can make
    valid — written ``+33…``/``33…`` (never retried), or ``0…`` whose national number no
    overseas number type accepts (the retry would fail), or any when overseas
    retries are off. Every other value goes on to the Arrow path.

    As _general: words and punctuation stripped around the number, separators removed, the
    national number checked against France's types. What it settles holds only digits,
    ``+`` and ``(0)`` between separators, so no extension can be cut from it and no other
    step applies. The first character decides the retry as the Arrow path's
    ``starts_with(text, "0")`` does; one that trimming could change is left to that path.

    ``nine``: table ``phones`` also has column ``nine``, the nine digits of each value in
    LABELLED_FRENCH (SPACED_FRENCH after words that ``LEADING`` strips) and null for the
    others, read by :func:`licite.scrub.kernels.french_nine`."""
    core = f"regexp_replace(regexp_replace(raw, {literal(LEADING)}, ''), {literal(TRAILING)}, '')"
    # A value of only separators and a French number (SPACED_FRENCH: nine in ten of a contact
    # file, nearly every list value) has nothing to strip: its national number is the last
    # nine digits left once its separators are removed (15 % less CPU for the pre-pass at 10M
    # contacts than stripping words, removing separators and extracting from every value).
    if nine:
        spaced, digits = "nine IS NOT NULL", "nine"
    else:
        spaced = f"regexp_full_match(raw, {literal(SPACED_FRENCH)})"
        digits = f"right({_compact('raw')}, 9)"
    national = (
        f"CASE WHEN {spaced} THEN {digits} "
        f"ELSE regexp_extract({_compact(core)}, {literal(FRENCH)}, 1) END"
    )
    valid = literal(f"(?:{fr_valid_pattern()})")
    if overseas:
        rejected = (
            f"(prefix(raw, '+') OR prefix(raw, '3') OR prefix(raw, '0') AND NOT "
            f"regexp_full_match(n, {literal(overseas_gate())}))"
        )
    else:
        rejected = "true"
    return (
        f"SELECT CASE WHEN ok THEN '+33' || n END AS e164, "
        f"coalesce(n <> '' AND (ok OR {rejected}), false) AS done FROM (SELECT raw, n, "
        f"n <> '' AND regexp_full_match(n, {valid}) AS ok "
        f"FROM (SELECT raw, {national} AS n FROM phones))"
    )


def _compact(value: str) -> str:
    """``value`` without separators (``replace``: half the time of a global regex)."""
    for separator in characters(SEPARATORS):
        value = f"replace({value}, {literal(separator)}, '')"
    return value


def french_in_duckdb(array: pa.Array, overseas: bool = True) -> tuple[pa.Array, pa.Array]:
    """(E.164 or null, settled) for each value, in order (see :func:`_pre_pass`). With the C
    kernels built, they read the values in LABELLED_FRENCH and their nine digits (the query's
    costliest test, and its four replacements, for nine values in ten); this query then runs
    only where :mod:`licite.scrub.phone_automata` cannot (see ``phones._settle``)."""
    if len(array) == 0:
        return pa.nulls(0, pa.string()), pa.array([], pa.bool_())
    columns = {"raw": array}
    if kernels.available():
        columns["nine"] = kernels.french_nine(array)
    con = duckdb.connect()
    try:
        con.register("phones", pa.table(columns))
        found = con.sql(_pre_pass(overseas, "nine" in columns)).to_arrow_table()
    finally:
        con.close()
    e164 = found.column("e164").combine_chunks().cast(pa.string())
    return e164, found.column("done").combine_chunks()


__all__ = ["french_in_duckdb"]
