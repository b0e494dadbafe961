"""The column-wise phone normaliser agrees with phonenumbers on every value.

Reference: ``phonenumbers.parse(raw, "FR")`` then E.164 when valid (``overseas=False``), and
:func:`licite.core.normalize.normalise_phone` (``overseas=True``, how lists are hashed).
"""

from __future__ import annotations

import json
from contextlib import nullcontext
from pathlib import Path

import phonenumbers
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.scrub.modes import KERNEL_MODES, kernels_set

from licite.core.errors import InputError
from licite.core.normalize import normalise_phone
from licite.scrub import phones
from licite.scrub.phones import normalise_phones


def parsed_fr(raw: str) -> str | None:
    try:
        number = phonenumbers.parse(raw, "FR")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def with_overseas(raw: str) -> str | None:
    try:
        return normalise_phone(raw)
    except InputError:
        return None


def mismatches(
    values: list[str], workers: int = 1, kernels_on: bool | None = None
) -> list[tuple[str, str | None, str | None]]:
    """Values normalised otherwise than the reference; ``kernels_on``: the C kernels used or
    not (None: as installed)."""
    found = []
    for overseas, reference in ((False, parsed_fr), (True, with_overseas)):
        with nullcontext() if kernels_on is None else kernels_set(kernels_on):
            got = normalise_phones(
                pa.array(values, pa.string()), overseas=overseas, workers=workers
            )
        for value, result in zip(values, got.to_pylist(), strict=True):
            if result != reference(value):
                found.append((value, result, reference(value)))
    return found


@KERNEL_MODES
def test_reference_cases(shared_reference: Path, kernels_on: bool) -> None:
    path = shared_reference / "phone" / "fr-normalisation-cases.json"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    cases = [c for c in json.loads(path.read_text("utf-8"))["cases"] if c["default_region"] == "FR"]
    with kernels_set(kernels_on):
        got = normalise_phones(pa.array([c["input"] for c in cases]), overseas=False).to_pylist()
    assert [
        (c["input"], g) for c, g in zip(cases, got, strict=True) if g != c["expected_e164"]
    ] == []


def example_numbers() -> list[str]:
    """libphonenumber's example number of every region and type, in every notation."""
    values = set()
    fmt = phonenumbers.PhoneNumberFormat
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in range(12):
            number = phonenumbers.example_number_for_type(region, kind)
            if number is None:
                continue
            e164 = phonenumbers.format_number(number, fmt.E164)
            values.update(
                phonenumbers.format_number(number, f) for f in (fmt.INTERNATIONAL, fmt.NATIONAL)
            )
            values.update({e164, "00" + e164[1:], e164[1:], e164[:-1], e164 + "7"})
            # A national prefix after the calling code, which parse strips or keeps by the
            # main region's rule ("+44 (0)20…", "+7 8…", "+44 180020…").
            code, nsn = number.country_code, phonenumbers.national_significant_number(number)
            values.update(f"+{code} {p}{nsn}" for p in ("0", "(0)", "1", "8", "80", "180020"))
            values.add(f"00{code} (0) {nsn}")
    return sorted(values)


@KERNEL_MODES
def test_every_region_example_in_every_notation(kernels_on: bool) -> None:
    assert mismatches(example_numbers(), kernels_on=kernels_on) == []


NOTATIONS = [
    "06 12 34 56 78", "06.12.34.56.78", "+33 6 12 34 56 78", "+33(0)6 12 34 56 78",
    "0033612345678", "33612345678", "0696 20 12 34", "0590 12 34 56", "0508 41 12 34",
    "+44 (0)20 7946 0000", "+1 (212) 555-0100", "Tél : 06 12 34 56 78", "0612345678 ext. 5",
    "0612345678#3", "0612345678 poste 12", "0696201234 (standard)", "0800-FLOWERS", "N/A",
    "", "   ", "06 12", "+999 123 456 789", "０６１２３４５６７８",
    "06\u00a012\u00a034\u00a056\u00a078",
    "+33 6 12 34 56 78.", "tel:+33612345678", "00 33 6 12 34 56 78", "+32 470 12 34 56",
    "+32 (0)470 12 34 56", "+32 0470123456", "0032 (0)470 12 34 56", "+212 (0)612345678",
    "+44(0)2079460000", "+32 (0) 470", "+375 80 29 123 45 67", "+370 8 612 34567",
]  # fmt: skip


@pytest.mark.parametrize("value", NOTATIONS)
def test_notations(value: str) -> None:
    assert mismatches([value]) == []


@KERNEL_MODES
def test_notations_together_both_ways(kernels_on: bool) -> None:
    assert mismatches(NOTATIONS, kernels_on=kernels_on) == []


PIECES = st.sampled_from(
    ["0", "6", "7", "1", "9", "33", "+", "+33", "00", "(0)", " ", ".", "-", "ext", "#", "x",
     "poste", "é", "0590", "0696", "+44", "+1", "+49", "+262", "12", "345", "6789", "\u00a0",
     "+7", "+32", "+375", "8", "180020"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=12).map("".join))
def test_random_notations(value: str) -> None:
    assert mismatches([value]) == []


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=20))
def test_any_text(value: str) -> None:
    assert mismatches([value]) == []


def test_threads_and_worker_processes_give_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    values = example_numbers()[:3000] + NOTATIONS * 10
    expected = normalise_phones(pa.array(values), workers=1).to_pylist()
    monkeypatch.setattr(phones, "_THREAD_THRESHOLD", 100)
    monkeypatch.setattr(phones, "_POOL_THRESHOLD", 10)
    monkeypatch.setattr(phones, "_CHUNK", 50)
    assert normalise_phones(pa.array(values), workers=2).to_pylist() == expected


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("block", [1, 7, 1000])
def test_blocks_give_the_same(block: int, workers: int) -> None:
    """The Arrow path runs block by block (a block per thread with two workers) and one slow
    pass takes every block's leftovers: the values come back in order, whatever the block
    size and the number of threads."""
    values = [None, *NOTATIONS, "0612345678 poste 12", "+44 (0)20 7946 0958", "06 90 12 34 56"]
    expected = normalise_phones(pa.array(values, pa.string()), workers=1).to_pylist()
    got = normalise_phones(pa.array(values, pa.string()), block=block, workers=workers)
    assert got.to_pylist() == expected
    assert expected == [None if v is None else with_overseas(v) for v in values]


def test_a_long_column_is_split_into_a_block_per_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    values = pa.array([None, *NOTATIONS, "06 90 12 34 56"] * 3, pa.string())
    expected = normalise_phones(values, workers=1).to_pylist()
    seen: list[int] = []
    settle = phones._settle_blocks

    def counted(blocks: list[pa.Array], overseas: bool, count: int) -> object:
        seen.append(len(blocks))
        return settle(blocks, overseas, count)

    monkeypatch.setattr(phones, "_settle_blocks", counted)
    monkeypatch.setattr(phones, "_SPLIT", 10)
    assert normalise_phones(values, workers=2).to_pylist() == expected
    assert seen == [2]


def test_nulls_and_other_types() -> None:
    assert normalise_phones(pa.array([None, "0612345678"])).to_pylist() == [None, "+33612345678"]
    assert normalise_phones(pa.array([612345678], pa.int64())).to_pylist() == ["+33612345678"]
    assert normalise_phones(pa.array([], pa.string())).to_pylist() == []


# Plain notation (``0`` or ``+33`` then nine digits, the first not 0: nearly every list value)
# takes the pre-pass's shortcut: its last nine digits as the national number. Every first
# digit and the overseas prefixes France rejects (``0590``, ``0696``, ``0262``…) included.
PLAIN_VALUES = st.builds(
    lambda prefix, head, rest: prefix + head + rest,
    st.sampled_from(["0", "+33"]),
    st.sampled_from(["1", "2", "3", "4", "5", "6", "7", "8", "9", "590", "596", "594", "262",
                     "269", "508", "681", "687", "689", "639", "690", "691", "694", "697"]),
    st.text(alphabet="0123456789", min_size=6, max_size=8),
).filter(lambda value: len(value.lstrip("+").removeprefix("33")) in (9, 10))  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(PLAIN_VALUES, min_size=1, max_size=40))
def test_plain_notation_shortcut(values: list[str]) -> None:
    assert mismatches(values) == []


# A French number with separators anywhere (SPACED_FRENCH) takes the pre-pass's other shortcut:
# its last nine digits once the separators are removed. Near misses (eight or ten digits, a
# first digit 0, a bracket out of place) must fall through to the general path unchanged.
SPACED_VALUES = st.builds(
    lambda atoms, gaps: "".join(atom + gap for atom, gap in zip(atoms, gaps, strict=False)),
    st.builds(
        lambda prefix, digits: [*prefix, *digits],
        st.sampled_from([["0"], ["+", "3", "3"], ["0", "0", "3", "3"], ["3", "3"],
                         ["+", "3", "3", "(", "0", ")"], ["(", "0", ")"], ["+"]]),
        st.lists(st.sampled_from("0123456789"), min_size=8, max_size=10),
    ),
    st.lists(st.sampled_from(["", "", "", " ", ".", "-", "\u00a0", "  ", " - "]), min_size=16,
             max_size=16),
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(SPACED_VALUES, min_size=1, max_size=40))
def test_spaced_notation_shortcut(values: list[str]) -> None:
    assert mismatches(values) == []


def test_before_fork_is_called_before_the_worker_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A caller's query running in another thread is waited for before any fork."""
    monkeypatch.setattr(phones, "_POOL_THRESHOLD", 2)
    calls: list[int] = []
    # Left to phonenumbers: a national prefix after a code whose prefix rule captures a
    # carrier code (Argentina, South Korea).
    values = ["+54 (0)11 1234 5678", "+82 (0)2 1234 5678", "0612345678 poste 12", "x"]
    got = normalise_phones(pa.array(values), workers=2, before_fork=lambda: calls.append(1))
    assert calls == [1]
    assert got.to_pylist() == [with_overseas(v) for v in values]
