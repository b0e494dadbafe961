"""The C kernels read what the patterns they stand for read, value for value.

:func:`licite.scrub.kernels.french_nine` stands for ``LABELLED_FRENCH`` and the nine digits the
DuckDB pre-pass takes from it (and :mod:`licite.scrub.phone_automata` settles them as that
pre-pass does); :func:`licite.scrub.kernels.international_compact` for
``INTERNATIONAL`` (not ``FRENCH``) once separators are removed;
:func:`licite.scrub.kernels.plain_split` for ``PLAIN``, and the probe of the contacts' tails.
Each is checked against the pattern run by Python's ``re`` (in ASCII mode: RE2's ``\\d`` is
ASCII), on arrays with nulls and slices, and the pre-pass as a whole against the DuckDB way.
"""

from __future__ import annotations

import re

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.scrub.modes import KERNELS_TESTED, kernels_set

from licite.scrub import kernels, phone_automata
from licite.scrub.notation import FRENCH, INTERNATIONAL, LABELLED_FRENCH, PLAIN, SEPARATORS
from licite.scrub.phone_sql import french_in_duckdb
from licite.scrub.phones import normalise_phones

pytestmark = KERNELS_TESTED


def nine_expected(value: str | None) -> str | None:
    if value is None or not re.fullmatch(LABELLED_FRENCH, value, re.ASCII):
        return None
    return re.sub(r"\D", "", value, flags=re.ASCII)[-9:]  # a label holds no digit


#: French numbers written with gaps anywhere, near misses (a digit too many or few, a bracket
#: out of place, another space character), labels (and characters no label holds), overseas
#: numbers and any text.
ATOMS = st.sampled_from(
    ["0", "3", "+", "(", ")", "6", "1", "9", " ", ".", "-", "\u00a0", "\u2009", "\u202f",
     "\u0663", "a", "é", "/", "00", "33", "34", "+33", "(0)", "612345678", "12345678", "0612345678",
     "Tél : ", "N°", ";", "×", "ÿ", "Ā", ":", "#", "~",
     "590271234", "696123456", "639012345", "639800000", "262", "0590", "0033"]
)  # fmt: skip
SPACED = st.lists(ATOMS, max_size=14).map("".join)
VALUES = st.lists(st.one_of(st.none(), SPACED, st.text(max_size=16)), max_size=30)


@settings(max_examples=400, deadline=None)
@given(VALUES, st.integers(0, 3))
def test_french_nine_is_spaced_french_and_its_last_nine_digits(
    values: list[str | None], cut: int
) -> None:
    array = pa.array(values, pa.string()).slice(cut)
    assert kernels.french_nine(array).to_pylist() == [nine_expected(v) for v in values[cut:]]


@pytest.mark.parametrize(
    ("value", "nine"),
    [
        ("06 12 34 56 78", "612345678"),
        (" +33 (0) 6.12.34.56.78 ", "612345678"),
        ("0033-6-12-34-56-78", "612345678"),
        ("33612345678", "612345678"),
        ("06\u00a012\u00a034\u00a056\u00a078", "612345678"),
        ("06\u202f12\u202f34\u202f56\u202f78", None),  # a narrow space is no separator
        ("0612345678 ", "612345678"),
        ("061234567", None),
        ("06123456789", None),
        ("0012345678", None),  # the national number cannot start with 0
        ("+33(6)12345678", None),
        ("+3 3 6 1 2 3 4 5 6 7 8", "612345678"),
        ("34612345678", None),  # Spain's calling code
        ("+34612345678", None),
        ("0034612345678", None),
        ("+33(1)612345678", None),
        ("+33(0612345678", None),
        ("Tél : 0612345678", "612345678"),  # a label: what LEADING strips
        ("Tél. : +33 (0)6 12 34 56 78", "612345678"),
        ("Portable de Zoé : 06 12 34 56 78", "612345678"),
        ("Tel2: 0612345678", None),  # a digit in the label
        ("N° 0612345678", None),  # ° is no letter
        ("Tél;0612345678", None),  # nor is ; LEADING's
        ("Τηλ 0612345678", None),  # Greek letters: LEADING's, not the kernel's (left to Arrow)
        ("Tél : 0612345678 poste 2", None),
        ("0\u0663612345678", None),  # an Arabic-Indic digit is no ASCII digit
        ("", None),
    ],
)
def test_french_nine_cases(value: str, nine: str | None) -> None:
    assert nine_expected(value) == nine
    assert kernels.french_nine(pa.array([value])).to_pylist() == [nine]


@settings(max_examples=200, deadline=None)
@given(VALUES, st.booleans())
def test_pre_pass_the_same_both_ways(values: list[str | None], overseas: bool) -> None:
    array = pa.array([v for v in values if v is not None], pa.string())
    with kernels_set(True):
        in_c = french_in_duckdb(array, overseas)
    with kernels_set(False):
        in_duckdb = french_in_duckdb(array, overseas)
    assert in_c[0].to_pylist() == in_duckdb[0].to_pylist()
    assert in_c[1].to_pylist() == in_duckdb[1].to_pylist()


@settings(max_examples=200, deadline=None)
@given(VALUES, st.booleans(), st.integers(0, 3))
def test_automata_settle_labelled_values_as_the_other_paths(
    values: list[str | None], overseas: bool, cut: int
) -> None:
    """What the automata settle is what the DuckDB/Arrow way gives (itself held equal to
    phonenumbers); they settle every labelled value the DuckDB pre-pass settles, and nothing
    else."""
    array = pa.array(values, pa.string()).slice(cut)
    with kernels_set(True):
        e164, settled = phone_automata.settle_french(array, overseas)
    with kernels_set(False):
        expected = normalise_phones(array, overseas=overseas, workers=1)
        _, pre_pass = french_in_duckdb(array, overseas)
    labelled = [nine_expected(v) is not None for v in values[cut:]]
    for found, done, wanted, early, label in zip(
        e164.to_pylist(), settled.to_pylist(), expected.to_pylist(), pre_pass.to_pylist(),
        labelled, strict=True,
    ):  # fmt: skip
        assert done <= label and (early and label) <= done
        assert found == (wanted if done else None)


@settings(max_examples=50, deadline=None)
@given(VALUES, st.integers(1, 4))
def test_automata_the_same_chunk_by_chunk(values: list[str | None], chunk: int) -> None:
    array = pa.array(values, pa.string())
    whole = phone_automata.settle_french(array)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(phone_automata, "_CHUNK", chunk)
        chunked = phone_automata.settle_french(array)
    assert chunked[0].to_pylist() == whole[0].to_pylist()
    assert chunked[1].to_pylist() == whole[1].to_pylist()


@pytest.mark.parametrize(
    ("value", "e164", "settled"),
    [
        ("06 12 34 56 78", "+33612345678", True),
        ("Tél : 06 12 34 56 78", "+33612345678", True),
        ("+33 5 90 12 34 56", None, True),  # France rejects it, +33 is never retried
        ("0590 27 12 34", "+590590271234", True),  # Guadeloupe's, by the overseas retry
        (" 0 6 96 12 34 56", "+596696123456", True),  # Martinique's mobile
        ("0639 01 23 45", "+262639012345", True),  # Mayotte's, under Réunion's code
        ("0639 80 00 00", None, True),  # no overseas type takes it either
        ("05 55 12 34 56", "+33555123456", True),
        ("Tél : 0590271234", None, True),  # a label first: never retried
        ("0033 5 90 27 12 34", None, False),  # 0033, and Guadeloupe's digits: the Arrow path
        ("0033 6 39 80 00 00", None, True),  # nothing overseas takes them
        ("0033 8 99 99 99 99", "+33899999999", True),
        ("Tél : 0612345678 poste 2", None, False),
    ],
)
def test_automata_cases(value: str, e164: str | None, settled: bool) -> None:
    found, done = phone_automata.settle_french(pa.array([value]), overseas=True)
    assert (found.to_pylist(), done.to_pylist()) == ([e164], [settled])
    if settled:
        with kernels_set(False):
            assert normalise_phones(pa.array([value]), workers=1).to_pylist() == [e164]


def international_expected(value: str | None) -> str | None:
    if value is None:
        return None
    compact = re.sub(SEPARATORS, "", value)
    if re.fullmatch(FRENCH, compact, re.ASCII):
        return None
    return compact if re.fullmatch(INTERNATIONAL, compact, re.ASCII) else None


PIECES = ["+", "00", "0", "1", "49", "151", "33", "6", "12345678", " ", ".", "-", "\u00a0",
          "(", "x", "+44", "0044"]  # fmt: skip
INTERNATIONAL_VALUES = st.lists(
    st.one_of(
        st.none(), SPACED, st.text(max_size=16),
        st.lists(st.sampled_from(PIECES), max_size=10).map("".join),
    ),
    max_size=30,
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(INTERNATIONAL_VALUES, st.integers(0, 3))
def test_international_compact_is_the_pattern_without_separators(
    values: list[str | None], cut: int
) -> None:
    array = pa.array(values, pa.string()).slice(cut)
    expected = [international_expected(v) for v in values[cut:]]
    assert kernels.international_compact(array).to_pylist() == expected


@pytest.mark.parametrize(
    ("value", "compact"),
    [
        ("+49 151 2345 6789", "+4915123456789"),
        ("0044 20-7946.0958", "00442079460958"),
        ("+1\u00a0212\u00a0555\u00a00100", "+12125550100"),
        ("+33 6 12 34 56 78", None),  # French: the pre-pass's
        ("0033612345678", None),
        ("+336123456789", "+336123456789"),  # ten digits after 33: no French number
        ("+49 (0)151 2345 6789", None),  # a bracketed national prefix: the general path's
        ("+0049151234567", None),
        ("+123456", None),  # six digits: too short
        ("+123456789012345678", None),  # eighteen: too long
        ("00123456789012345678", None),
        ("+49 151 2345 6789 ext. 5", None),
        ("+49\u2009151\u20092345", None),
    ],
)
def test_international_compact_cases(value: str, compact: str | None) -> None:
    assert international_expected(value) == compact
    assert kernels.international_compact(pa.array([value])).to_pylist() == [compact]


NSN = st.from_regex(r"[0-9]{9}", fullmatch=True)
KEYS = st.lists(
    st.one_of(NSN.map(lambda n: "+33" + n), NSN.map(lambda n: "+262" + n), st.none(),
              st.sampled_from(["+4420794609", "+1234", "+33６12345678"])),
    max_size=20,
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(KEYS, st.data(), st.integers(0, 3))
def test_plain_split_and_the_tails_probe(
    keys: list[str | None], data: st.DataObject, cut: int
) -> None:
    """The split keeps every value: those not PLAIN as they are, the PLAIN ones written back
    from their tails, in order; the probe finds the tails that end a contact key."""
    tails = {k[-9:] for k in keys if k is not None and re.fullmatch(r"\d{9}", k[-9:], re.ASCII)}
    # List values: the contacts' own numbers in both plain notations, other plain numbers,
    # near misses and anything.
    own = [p + t for t in sorted(tails) for p in ("0", "+33")]
    listed = data.draw(
        st.lists(
            st.one_of(st.sampled_from(own) if own else st.none(), NSN.map(lambda n: "0" + n),
                      NSN.map(lambda n: "+33" + n), st.none(), SPACED, st.text(max_size=13)),
            max_size=30,
        )
    )  # fmt: skip
    values = listed[cut:]
    others, plain = kernels.plain_split(pa.array(listed, pa.string()).slice(cut))
    is_plain = [v is not None and re.fullmatch(PLAIN, v, re.ASCII) is not None for v in values]
    assert others.to_pylist() == [v for v, p in zip(values, is_plain, strict=True) if not p]
    written = [v for v, p in zip(values, is_plain, strict=True) if p]
    assert kernels.plain_values(plain).to_pylist() == written
    found = kernels.tails_in(plain, kernels.tail_table(pa.array(keys, pa.string())))
    assert found.tolist() == [v[-9:] in tails for v in written]


def test_the_tails_of_chunked_keys_are_those_of_the_joined_keys() -> None:
    keys = ["+33612345675", None, "+262612345680", "+1234", "+33612345699"]
    _, plain = kernels.plain_split(pa.array([f"0{n}" for n in range(612345670, 612345700)]))
    parts = [keys[:2], keys[2:2], keys[2:]]
    chunked = pa.chunked_array([pa.array(part, pa.string()) for part in parts], pa.string())
    joined = kernels.tails_in(plain, kernels.tail_table(pa.array(keys)))
    assert kernels.tails_in(plain, kernels.tail_table(chunked)).tolist() == joined.tolist()
    assert joined.sum() == 3  # 612345675, 612345680 (the +262 key ends so) and 612345699


def test_the_probe_split_in_two_threads_finds_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    _, plain = kernels.plain_split(pa.array([f"0{n}" for n in range(612345670, 612345690)]))
    table = kernels.tail_table(pa.array(["+33612345675", "+262612345680", None, "+1234"]))
    alone = kernels.tails_in(plain, table)
    monkeypatch.setattr(kernels, "_PROBE_SPLIT", 2)
    assert kernels.tails_in(plain, table).tolist() == alone.tolist()
    assert alone.nonzero()[0].tolist() == [5, 10]


def test_without_contacts_no_tail_is_found() -> None:
    table = kernels.tail_table(pa.array([], pa.string()))
    values = pa.array(["0612345678", "+33612345678", "0012345678", "06 12 34 56 78", None, ""])
    others, plain = kernels.plain_split(values)
    assert others.to_pylist() == ["0012345678", "06 12 34 56 78", None, ""]
    assert kernels.tails_in(plain, table).tolist() == [False, False]


def test_bad_arguments_are_refused() -> None:
    table = kernels.tail_table(pa.array(["+33612345678"]))
    _, plain = kernels.plain_split(pa.array(["0612345678"]))
    with pytest.raises(ValueError, match="tail_table"):
        kernels.tails_in(plain, b"not a table")
    with pytest.raises(TypeError, match=r"pa\.string"):
        kernels.french_nine(pa.array([1, 2]))
    compiled = kernels._kernels()
    validity, offsets, data, offset, length = kernels._buffers(pa.array(["0612345678"]))
    with pytest.raises(ValueError, match="shorter"):
        compiled.french_digits(validity, offsets, data, offset, length + 5)
    with pytest.raises(ValueError, match="outside"):
        compiled.plain_split(validity, offsets, b"06", offset, length)
    assert table


def test_turned_off_by_the_environment() -> None:
    with kernels_set(False):
        assert not kernels.available()
        with pytest.raises(RuntimeError, match="not available"):
            kernels.french_nine(pa.array(["0612345678"]))
    with kernels_set(True):
        assert kernels.available()


@pytest.mark.skipif(not kernels.hmac_built(), reason="licite.scrub._hmac is not built")
def test_keyed_hashing_refuses_bad_arguments() -> None:
    strings = pa.array(["+33612345678", "+33712345678"])
    buffers = kernels._buffers(strings)
    with pytest.raises(ValueError, match="32 bytes a value"):
        kernels._hmac.keyed_digests(b"k" * 64, b"phone:", *buffers, bytearray(63))  # type: ignore[union-attr]
    with pytest.raises(ValueError, match="64-byte key"):
        kernels._hmac.keyed_digests(b"k" * 32, b"phone:", *buffers, bytearray(64))  # type: ignore[union-attr]
