"""Packed lists: the block codec against plain sets, compaction, and the migration that packs
the rows a store already held."""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime, timedelta

import numpy as np
import pyarrow as pa
import pytest
from alembic import command
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, func, select, text

from licite.store import list_blocks as blocks
from licite.store import make_engine, upgrade
from licite.store.engine import session_scope
from licite.store.lists import (
    ListEntry,
    add_entries,
    get_list,
    iter_entries,
    listed_in,
    lookup,
    replace_list,
)
from licite.store.migrate import alembic_config
from licite.store.schema import list_blocks

AT = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
digest = st.binary(min_size=32, max_size=32)


def _array(values: list[bytes]) -> pa.Array:
    return pa.array(values, blocks.DIGEST)


@settings(max_examples=60, deadline=None)
@given(st.lists(digest, unique=True, max_size=60), st.lists(digest, max_size=40))
def test_blocks_find_exactly_the_held_digests(held: list[bytes], sought: list[bytes]) -> None:
    """Whatever the bytes (zeros at the end included), a block finds a sought digest if and
    only if it holds it, at the row that holds it."""
    sought = sought + held[::3]
    packed = list(blocks.pack(_array(held), pa.array([True] * len(held)),
                              blocks.timestamps([None] * len(held))))  # fmt: skip
    wanted = blocks.sought(blocks.as_digests(_array(sought)))
    found: set[bytes] = set()
    for block in packed:
        batch = blocks.decode(block.body)
        hashes = batch.column(0).to_pylist()
        assert hashes == sorted(hashes)
        assert (block.first_hash, block.last_hash) == (hashes[0].hex(), hashes[-1].hex())
        part = blocks.match(wanted, block.first_hash, block.last_hash)
        at, rows = blocks.found_in(batch, wanted, part)
        for position, row in zip(at.tolist(), rows.to_pylist(), strict=True):
            assert sought[position] == hashes[row]
            found.add(sought[position])
    assert found == set(sought) & set(held)


def test_sort_order_is_bytewise_even_when_prefixes_tie() -> None:
    tied = [b"\x01" * 8 + bytes([i]) * 24 for i in (9, 0, 5)] + [b"\x00" * 32, b"\xff" * 32]
    order = blocks.sort_order(blocks.as_digests(_array(tied)))
    assert [tied[i] for i in order] == sorted(tied)
    pair = [b"\x02" * 8 + b"\x07" * 24, b"\x00" * 32, b"\x02" * 8 + b"\x01" * 24]
    order = blocks.sort_order(blocks.as_digests(_array(pair)))
    assert [pair[i] for i in order] == sorted(pair)


#: Digests whose eight-byte prefixes differ in their low bits only, or not at all: the bits
#: that the sort and the lookup drop to hold each digest's position.
near_digest = st.builds(
    lambda high, low, rest: high + bytes([low]) + rest,
    st.sampled_from([b"\x00" * 7, b"\x05" * 7, b"\xff" * 7]),
    st.integers(0, 255),
    st.binary(min_size=24, max_size=24),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(near_digest, unique=True, max_size=80), st.lists(near_digest, max_size=40))
def test_leading_bits_that_tie_never_change_an_order_or_a_match(
    held: list[bytes], sought: list[bytes]
) -> None:
    order = blocks.sort_order(blocks.as_digests(_array(held)))
    assert [held[i] for i in order] == sorted(held)
    sought = sought + held[::2]
    wanted = blocks.sought(blocks.as_digests(_array(sought)))
    assert wanted.prefixes.tolist() == sorted(wanted.prefixes.tolist())
    found: set[tuple[int, bytes]] = set()
    for block in blocks.pack(_array(held), pa.array([True] * len(held)),
                             blocks.timestamps([None] * len(held))):  # fmt: skip
        batch = blocks.decode(block.body)
        hashes = batch.column(0).to_pylist()
        at, rows = blocks.found_in(batch, wanted, blocks.match(wanted, block.first_hash,
                                                               block.last_hash))  # fmt: skip
        for position, row in zip(at.tolist(), rows.to_pylist(), strict=True):
            assert sought[position] == hashes[row]
            found.add((position, sought[position]))
    assert found == {(p, d) for p, d in enumerate(sought) if d in set(held)}


def test_one_import_date_is_dictionary_encoded_and_decoded_in_each_block() -> None:
    count = blocks.BLOCK_ENTRIES + 5
    held = [hashlib.sha256(str(i).encode()).digest() for i in range(count)]
    dates = blocks.same_date(AT, count)
    assert pa.types.is_dictionary(dates.type) and dates.nbytes < 2 * count
    packed = list(blocks.pack(_array(held), pa.array([True] * count), dates))
    assert len(packed) == 2
    for block in packed:
        rows = list(blocks.entry_rows(blocks.decode(block.body), None))
        assert {row[2] for row in rows} == {AT}
    none = list(blocks.pack(_array(held[:3]), pa.array([True] * 3), blocks.same_date(None, 3)))
    assert {row[2] for row in blocks.entry_rows(blocks.decode(none[0].body), None)} == {None}


def test_found_in_sees_past_digests_that_share_eight_bytes() -> None:
    held = sorted(b"\x07" * 8 + bytes([i]) * 24 for i in range(5))
    packed = next(blocks.pack(_array(held), pa.array([True] * 5), blocks.timestamps([None] * 5)))
    wanted = blocks.sought(
        blocks.as_digests(_array([held[3], b"\x07" * 8 + b"\x09" * 24, held[0]]))
    )
    part = blocks.match(wanted, packed.first_hash, packed.last_hash)
    at, rows = blocks.found_in(blocks.decode(packed.body), wanted, part)
    assert sorted(zip(at.tolist(), rows.to_pylist(), strict=True)) == [(0, 3), (2, 0)]


def test_large_lists_span_blocks_and_keep_dates() -> None:
    count = blocks.BLOCK_ENTRIES * 2 + 5
    values = [hashlib.sha256(str(i).encode()).digest() for i in range(count)]
    when = [AT + timedelta(seconds=i % 3) if i % 4 else None for i in range(count)]
    packed = list(blocks.pack(_array(values), pa.array([i % 2 == 0 for i in range(count)]),
                              blocks.timestamps(when)))  # fmt: skip
    assert [b.entry_count for b in packed] == [blocks.BLOCK_ENTRIES] * 2 + [5]
    rows = {h: (flag, at) for b in packed for h, flag, at in blocks.entry_rows(
        blocks.decode(b.body), None)}  # fmt: skip
    for i in (0, 1, 7, count - 1):
        assert rows[values[i].hex()] == (i % 2 == 0, when[i])


def test_naive_dates_are_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        blocks.timestamps([datetime(2026, 1, 1)])


def _entry(i: int, listed: bool = True) -> ListEntry:
    return ListEntry("phone", hashlib.sha256(b"n%d" % i).hexdigest(), listed, AT)


def test_small_additions_are_merged_and_stay_found(engine: Engine) -> None:
    with session_scope(engine) as session:
        replace_list(session, name="objections", list_type="objections", origin="t",
                     imported_at=AT, entries=[_entry(0)])  # fmt: skip
        for i in range(1, 21):
            assert add_entries(session, "objections", [_entry(i), _entry(i - 1)]) == 1
        count = session.execute(select(func.count()).select_from(list_blocks)).scalar_one()
        assert count <= 9, "small blocks are merged once more than eight gather"
        stored = get_list(session, "objections")
        assert stored is not None and stored.entry_count == 21
        assert set(lookup(session, [_entry(i).key_hash for i in range(25)])) == {
            _entry(i).key_hash for i in range(21)
        }
        assert sorted(row[1] for row in iter_entries(session, "objections")) == sorted(
            _entry(i).key_hash for i in range(21)
        )


def test_listed_in_answers_each_digest_in_order(engine: Engine) -> None:
    with session_scope(engine) as session:
        replace_list(session, name="a", list_type="suppression", origin="t", imported_at=AT,
                     entries=[_entry(1), _entry(2, listed=False)])  # fmt: skip
        replace_list(session, name="b", list_type="blocklist", origin="t", imported_at=AT,
                     entries=[_entry(1), _entry(3)])  # fmt: skip
        sought = _array([bytes.fromhex(_entry(i).key_hash) for i in (3, 2, 1, 4, 1)])
        found = listed_in(session, "phone", sought, ["a", "b"])
        assert {name: at.tolist() for name, at in found.items()} == {"a": [2, 4], "b": [0, 2, 4]}
        only_a = listed_in(session, "phone", sought, ["a"])
        assert {name: at.tolist() for name, at in only_a.items()} == {"a": [2, 4]}
        assert listed_in(session, "email", sought, ["a", "b"]) == {}
        # A null digest never matches, whatever bytes its slot holds.
        held = bytes.fromhex(_entry(1).key_hash)
        with_null = pa.Array.from_buffers(
            blocks.DIGEST, 2, [pa.array([False, True]).buffers()[1], pa.py_buffer(held * 2)]
        )
        found = listed_in(session, "phone", with_null, ["a"])
        assert {name: at.tolist() for name, at in found.items()} == {"a": [1]}


def test_migration_packs_the_rows_a_store_held(tmp_path: pytest.TempPathFactory) -> None:
    url = f"sqlite:///{tmp_path}/old.db"
    upgrade(url, revision="0005")
    digests = [os.urandom(32).hex() for _ in range(50)]
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO lists (id, name, list_type, origin, imported_at, entry_count) "
            "VALUES (1, 'old', 'bloctel', 'r.csv', '2026-10-01 08:00:00', 50)"
        ))  # fmt: skip
        for i, key_hash in enumerate(digests):
            connection.execute(
                text("INSERT INTO list_entries (list_id, key_kind, key_hash, listed, checked_at)"
                     " VALUES (1, 'phone', :h, :l, :c)"),
                {"h": key_hash, "l": i % 2, "c": "2026-10-01 08:00:00" if i % 3 else None},
            )  # fmt: skip
    upgrade(url)
    with session_scope(engine) as session:
        found = lookup(session, digests)
    checked = datetime(2026, 10, 1, 8, tzinfo=UTC)
    assert {h: [(m.listed, m.checked_at) for m in found[h]] for h in found} == {
        h: [(i % 2 == 1, checked if i % 3 else None)] for i, h in enumerate(digests)
    }
    command.downgrade(alembic_config(url), "0005")
    with engine.connect() as connection:
        back = connection.execute(text("SELECT key_hash, listed FROM list_entries")).all()
    engine.dispose()
    assert sorted(back) == sorted((h, i % 2) for i, h in enumerate(digests))
    assert np.all(np.array([len(h) for h, _ in back]) == 64)
