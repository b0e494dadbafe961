"""Pruning a list before normalising never drops a value that could meet a contact.

:func:`licite.scrub.matcher.candidates` leaves out the plain-notation list numbers whose last
nine digits end no contact key; the property: every list value whose key (as lists are
normalised, overseas retries included) is among the contact keys is kept.
"""

from __future__ import annotations

import re

import duckdb
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.scrub.modes import kernels_set

from licite.core.keyed import KeyKind
from licite.scrub import kernels
from licite.scrub.matcher import STRING_SET_LIMIT, candidates
from licite.scrub.notation import PLAIN
from licite.scrub.phones import normalise_phones

#: The three probes keep the same values: by strings in DuckDB (few contacts), by integers in
#: DuckDB (-1: always) and by the C kernels (built where a compiler is: they ignore the limit).
PROBES = pytest.mark.parametrize(
    "limit",
    [
        pytest.param(STRING_SET_LIMIT, id="strings"),
        pytest.param(-1, id="integers"),
        pytest.param(
            None, id="c-kernels",
            marks=pytest.mark.skipif(not kernels.built(), reason="the C kernels are not built"),
        ),
    ],
)  # fmt: skip


def kept(kind: KeyKind, listed: pa.Array, keys: pa.Array, limit: int | None) -> list[str | None]:
    """candidates() over a list held in DuckDB as a scrub reads a list file (``limit`` None:
    by the C kernels)."""
    con = duckdb.connect()
    try:
        con.register("list_file", pa.table({"v": listed}))
        query = "SELECT v, true AS listed FROM list_file"
        with kernels_set(limit is None):
            found = candidates(kind, query, keys, con, STRING_SET_LIMIT if limit is None else limit)
        values: list[str | None] = found.to_pylist()
        return values
    finally:
        con.close()


NSN = st.from_regex(r"[1-9][0-9]{8}", fullmatch=True)
#: Plain notations (pruned) and others (always kept); overseas prefixes are where a national
#: number France rejects gets another calling code.
LIST_VALUE = st.one_of(
    NSN.map(lambda n: "0" + n),
    NSN.map(lambda n: "+33" + n),
    st.sampled_from(["0639", "0690", "0694", "0696", "0262", "0590", "0269"]).flatmap(
        lambda p: st.from_regex(r"[0-9]{6}", fullmatch=True).map(lambda d: p + d)
    ),
    NSN.map(lambda n: "0" + n[0] + " " + n[1:3] + " " + n[3:5] + " " + n[5:]),
    st.sampled_from(["+44 20 7946 0958", "0612345678 poste 12", "N/A", "", "+596 696 20 12 34"]),
)


@PROBES
@settings(max_examples=300, deadline=None)
@given(st.lists(LIST_VALUE, max_size=30), st.lists(LIST_VALUE, max_size=30))
def test_no_value_that_can_match_is_pruned(
    limit: int | None, listed: list[str], contacts: list[str]
) -> None:
    listed_arr = pa.array(listed + contacts[::2], pa.string())
    keys = normalise_phones(pa.array(contacts, pa.string()))
    left = set(kept("phone", listed_arr, keys, limit))
    wanted = set(keys.drop_null().to_pylist())
    list_keys = normalise_phones(listed_arr).to_pylist()
    for value, key in zip(listed_arr.to_pylist(), list_keys, strict=True):
        if key is not None and key in wanted:
            assert value in left


@PROBES
def test_plain_values_of_nobody_are_pruned_and_others_kept(limit: int | None) -> None:
    keys = normalise_phones(pa.array(["06 12 34 56 78", "0696 20 12 34"]))
    listed = pa.array(["0612345678", "+33612345678", "0696201234", "0711111111", "N/A", "+32 2 1"])
    # In no particular order: the C kernels give the plain values after the others.
    assert sorted(kept("phone", listed, keys, limit)) == sorted(  # type: ignore[type-var]
        ["0612345678", "+33612345678", "0696201234", "N/A", "+32 2 1"]
    )
    assert kept("email", listed, keys, limit) == listed.to_pylist()


@PROBES
@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(alphabet="0123456789+3 e._-", min_size=8, max_size=13),
            NSN.map(lambda n: "0" + n),
            NSN.map(lambda n: "+33" + n),
        ),
        max_size=40,
    )
)
def test_without_contacts_exactly_the_plain_notation_is_pruned(
    limit: int | None, listed: list[str]
) -> None:
    """The SQL test of plain notation is the PLAIN pattern, character for character."""
    left = kept("phone", pa.array(listed, pa.string()), pa.array([], pa.string()), limit)
    assert left == [v for v in listed if not re.fullmatch(PLAIN, v)]
