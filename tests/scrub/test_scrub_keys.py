"""Column-wise keys equal core's normalise_key; columns are found or refused clearly."""

from __future__ import annotations

import os

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.scrub.modes import KERNEL_MODES, kernels_set

from licite.core.errors import InputError
from licite.core.keyed import KeyKind, keyed_hash, normalise_key
from licite.scrub import hashing, kernels
from licite.scrub.keys import detect_columns, normalise_blocks, normalise_keys


def core_key(kind: KeyKind, value: str) -> str | None:
    try:
        return normalise_key(kind, value)
    except InputError:
        return None


EMAILS = [" A@B.fr ", "x", "ÉLO@x.fr", "a b@c.de", "a@b.c\t", "A@B.C.", "a@\u00a0b.fr",
          "\x0ba@b.fr", "a@b.fr\x1c", "İ@x.fr", "a@@b.fr", ""]  # fmt: skip
SIRENS = [
    "123 456 789",
    "12345678",
    "１２３４５６７８９",
    "123\t456\n789",
    "123456789x",
    "\x1c123456789",
]


@pytest.mark.parametrize(("kind", "values"), [("email", EMAILS), ("siren", SIRENS)])
def test_table(kind: KeyKind, values: list[str]) -> None:
    got = normalise_keys(kind, pa.array(values)).to_pylist()
    assert got == [core_key(kind, v) for v in values]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=15), max_size=20), st.sampled_from(["email", "siren"]))
def test_any_text(values: list[str], kind: KeyKind) -> None:
    got = normalise_keys(kind, pa.array(values, pa.string())).to_pylist()
    assert got == [core_key(kind, v) for v in values]


def keyed_hashes(secret: bytes, kind: KeyKind, keys: pa.Array) -> list[str | None]:
    """The digests in hex, as core's keyed_hash writes them."""
    digests = hashing.keyed_digests(secret, kind, keys).to_pylist()
    return [None if d is None else d.hex() for d in digests]


@KERNEL_MODES
@settings(max_examples=50, deadline=None)
@given(st.lists(st.text(max_size=80), max_size=30), st.sampled_from(["phone", "email", "siren"]))
def test_keyed_hashes_equal_core(kernels_on: bool, values: list[str], kind: KeyKind) -> None:
    """Values longer than a SHA-256 block (64 bytes) included."""
    secret = b"k" * 32
    with kernels_set(kernels_on):
        assert keyed_hashes(secret, kind, pa.array(values, pa.string())) == [
            keyed_hash(secret, kind, v) for v in values
        ]


@KERNEL_MODES
def test_keyed_hashes_with_a_long_secret_and_nulls(kernels_on: bool) -> None:
    secret = os.urandom(80)
    with kernels_set(kernels_on):
        got = keyed_hashes(secret, "phone", pa.array(["+33612345678", None]))
        assert got == [keyed_hash(secret, "phone", "+33612345678"), None]
        with pytest.raises(ValueError, match="at least"):
            keyed_hashes(b"short", "phone", pa.array(["x"]))


@pytest.mark.skipif(not kernels.hmac_built(), reason="licite.scrub._hmac is not built")
def test_keyed_hashes_in_c_split_over_two_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    """The two threads' halves come back in order, nulls in place, whatever the split."""
    monkeypatch.setattr(kernels, "_HMAC_SPLIT", 4)
    secret = os.urandom(32)
    values = [f"+3361234{i:04d}" if i % 7 else None for i in range(101)] + ["x" * 200, "é" * 40]
    for size in (4, 5, 101, len(values)):
        part = pa.array(values[:size], pa.string())
        with kernels_set(True):
            got = keyed_hashes(secret, "phone", part)
        assert got == [None if v is None else keyed_hash(secret, "phone", v) for v in values[:size]]


@pytest.mark.parametrize(
    ("columns", "explicit", "expected"),
    [
        (["id", "Téléphone", "E-mail"], {}, {"phone": "Téléphone", "email": "E-mail"}),
        (["Email Address", "Phone Number"], {},
         {"email": "Email Address", "phone": "Phone Number"}),
        (["EMAIL", "SMS"], {}, {"email": "EMAIL", "phone": "SMS"}),
        (["siren", "portable"], {}, {"siren": "siren", "phone": "portable"}),
        (["a", "b"], {"phone": "b"}, {"phone": "b"}),
    ],
)  # fmt: skip
def test_detect_columns(
    columns: list[str], explicit: dict[KeyKind, str], expected: dict[str, str]
) -> None:
    assert detect_columns(columns, explicit, "f.csv") == expected


def test_missing_columns_are_named() -> None:
    with pytest.raises(InputError, match=r"no column 'tel'.*'a', 'b'"):
        detect_columns(["a", "b"], {"phone": "tel"}, "f.csv")
    with pytest.raises(InputError, match="no phone, email or SIREN column"):
        detect_columns(["a", "b"], {}, "f.csv")


LATIN = st.text(alphabet=[chr(c) for c in range(0xC0, 0x180)] + list("aZ@. \t-"), max_size=14)


@settings(max_examples=300, deadline=None)
@given(st.lists(LATIN, max_size=20))
def test_accented_emails_take_the_fast_path_and_agree(values: list[str]) -> None:
    got = normalise_keys("email", pa.array(values, pa.string())).to_pylist()
    assert got == [core_key("email", v) for v in values]


def test_keyed_digests_split_over_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """The forked workers' halves come back in order, nulls in place (the Python way)."""
    monkeypatch.setattr(hashing, "_POOL_THRESHOLD", 4)
    secret = b"s" * 32
    values = [f"+3361234{i:04d}" if i % 7 else None for i in range(101)]
    with kernels_set(False):
        digests = hashing.keyed_digests(secret, "phone", pa.array(values, pa.string()), workers=2)
    assert digests.type == pa.binary(32)
    got = [None if d is None else d.hex() for d in digests.to_pylist()]
    assert got == [None if v is None else keyed_hash(secret, "phone", v) for v in values]


@KERNEL_MODES
@pytest.mark.parametrize("workers", [1, 2])
def test_empty_slots_take_the_empty_values_digest(
    monkeypatch: pytest.MonkeyPatch, workers: int, kernels_on: bool
) -> None:
    """Empty slots (the nulls, mostly) take a digest computed once per worker: it is the empty
    value's own, and nulls stay null."""
    monkeypatch.setattr(hashing, "_POOL_THRESHOLD", 2)
    secret = b"u" * 32
    values = ["", None, "+33612345678", "", None, "+33712345678"]
    with kernels_set(kernels_on):
        digests = hashing.keyed_digests(
            secret, "phone", pa.array(values, pa.string()), workers=workers
        )
    got = [None if d is None else d.hex() for d in digests.to_pylist()]
    assert got == [None if v is None else keyed_hash(secret, "phone", v) for v in values]


@KERNEL_MODES
@pytest.mark.parametrize("kind", [pa.string(), pa.large_string()])
def test_keyed_digests_read_both_string_layouts_and_sliced_arrays(
    kind: pa.DataType, kernels_on: bool
) -> None:
    secret = b"t" * 32
    values = pa.array(["", "+33612345678", None, "a@b.fr", "é"], kind).slice(1)
    with kernels_set(kernels_on):
        digests = hashing.keyed_digests(secret, "email", values)
    got = [None if d is None else d.hex() for d in digests.to_pylist()]
    assert got == [None if v is None else keyed_hash(secret, "email", v)
                   for v in values.to_pylist()]  # fmt: skip
    assert hashing.keyed_digests(secret, "phone", pa.array([], kind)).to_pylist() == []


@KERNEL_MODES
@pytest.mark.parametrize("halves", [False, True])
def test_keyed_digests_of_a_chunked_column_are_those_of_the_joined_one(
    monkeypatch: pytest.MonkeyPatch, kernels_on: bool, halves: bool
) -> None:
    """A scrub's keys come in blocks (never joined): each chunk's digests land in their place,
    in both halves when the C hashing splits the column in two threads, chunks cut across."""
    if halves:
        monkeypatch.setattr(kernels, "_HMAC_SPLIT", 4)
    secret = b"c" * 32
    values = [f"+3361234{i:04d}" if i % 5 else None for i in range(23)]
    chunks = [values[0:3], values[3:3], values[3:14], values[14:]]
    column = pa.chunked_array([pa.array(c, pa.string()) for c in chunks], pa.string())
    with kernels_set(kernels_on):
        chunked = hashing.keyed_digests(secret, "phone", column)
        joined = hashing.keyed_digests(secret, "phone", pa.array(values, pa.string()))
    assert chunked.to_pylist() == joined.to_pylist()
    assert [d is None for d in chunked.to_pylist()] == [v is None for v in values]


@pytest.mark.parametrize("kind", ["phone", "email"])
def test_keys_in_blocks_are_the_joined_keys(kind: str) -> None:
    values = (
        ["06 12 34 56 78", "+33 6 12 34 56 79", None, "n/a", "0696 20 12 34", "+49 151 23456789"]
        if kind == "phone"
        else [" A@B.fr", None, "x@y", "é@à.fr", "c@d.fr "]
    ) * 7
    raw = pa.chunked_array([pa.array(values[:9]), pa.array(values[9:])], pa.string())
    blocks = normalise_blocks(kind, raw, block=4)  # type: ignore[arg-type]
    joined = normalise_blocks(kind, raw, block=4, joined=True)  # type: ignore[arg-type]
    assert isinstance(blocks, pa.ChunkedArray) and isinstance(joined, pa.Array)
    assert blocks.to_pylist() == joined.to_pylist() == normalise_keys(kind, raw).to_pylist()  # type: ignore[arg-type]
