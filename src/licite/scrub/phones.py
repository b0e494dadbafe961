"""Phone numbers to E.164 for a whole column at once, identical to ``phonenumbers``.

Three steps over the *distinct* raw values of a column (each value is normalised once):

1. the French notations (``06 12 34 56 78``, ``+33 6…``, ``0033…``, ``33…``) and the
   international ones (``+49 151…``, ``0044…``) are settled by Arrow's RE2 kernels against
   libphonenumber's own patterns (:mod:`licite.scrub.metadata`), in C++, for the whole array;
2. values without a single digit are invalid (``phonenumbers`` cannot parse them either);
3. what is left (letters, extensions, national prefixes after ``+``, overseas numbers in
   national notation) goes through ``phonenumbers`` itself, in one process per core.

``overseas=True`` gives :func:`licite.core.normalize.normalise_phone`'s answer (a national
number that France rejects is tried in the overseas departments), which is how list entries
are hashed; ``overseas=False`` gives exactly ``phonenumbers.parse(raw, "FR")``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from licite.core.errors import InputError
from licite.core.normalize import normalise_phone, phone_e164
from licite.scrub.metadata import CodeRules, Desc, code_rules, fr_valid_pattern

_SEPARATORS = "[ .\\-\u00a0]"
_FRENCH = r"^(?:0|\+33|0033|33|\+33\(0\))(?P<n>[1-9]\d{8})$"
_INTERNATIONAL = r"^(?:\+|00)(?P<d>[1-9]\d{6,16})$"
#: Below this many unsettled values, starting worker processes costs more than it saves.
_POOL_THRESHOLD = 20_000
_CHUNK = 5_000


def normalise_phones(
    raw: pa.Array | pa.ChunkedArray, *, overseas: bool = True, workers: int | None = None
) -> pa.Array:
    """E.164 (or null when not a valid number) for each value of ``raw``, in order."""
    text = pc.utf8_trim_whitespace(_strings(raw))
    compact = pc.replace_substring_regex(text, pattern=_SEPARATORS, replacement="")
    result = _french(compact)
    settled = pc.is_valid(result)
    national = pc.struct_field(pc.extract_regex(compact, pattern=_FRENCH), [0])
    french_invalid = pc.and_(pc.is_valid(national), pc.invert(settled))
    if overseas:  # normalise_phone retries national numbers in the overseas departments
        french_invalid = pc.and_(french_invalid, pc.invert(pc.starts_with(text, "0")))
    settled = pc.or_(settled, french_invalid)
    international, decided = _international(compact, settled)
    result = pc.coalesce(result, international)
    settled = pc.or_(settled, decided)
    no_digit = pc.invert(pc.match_substring_regex(text, pattern=r"\p{Nd}"))
    settled = pc.fill_null(pc.or_kleene(settled, pc.fill_null(no_digit, True)), False)
    pending = pc.filter(_strings(raw), pc.invert(settled))
    if len(pending):
        slow = pa.array(_slow(pending.to_pylist(), overseas, workers), pa.string())
        result = pc.replace_with_mask(result, pc.invert(settled), slow)
    return result


def _strings(raw: pa.Array | pa.ChunkedArray) -> pa.Array:
    array = raw.combine_chunks() if isinstance(raw, pa.ChunkedArray) else raw
    if not pa.types.is_string(array.type):
        array = pc.cast(array, pa.string())
    return array


def _french(compact: pa.Array) -> pa.Array:
    national = pc.struct_field(pc.extract_regex(compact, pattern=_FRENCH), [0])
    valid = pc.match_substring_regex(national, pattern=f"^(?:{fr_valid_pattern()})$")
    return pc.if_else(valid, pc.binary_join_element_wise("+33", national, ""), None)


def _international(compact: pa.Array, settled: pa.Array) -> tuple[pa.Array, pa.Array]:
    """E.164 of ``+``/``00`` numbers under a calling code the fast path settles, and where."""
    digits = pc.struct_field(pc.extract_regex(compact, pattern=_INTERNATIONAL), [0])
    digits = pc.if_else(settled, None, digits)
    code = _calling_code(digits)
    rules = code_rules()
    positions: list[np.ndarray] = []
    values: list[pa.Array] = []
    for value in pc.unique(code.drop_null()).to_pylist():
        if value not in rules:
            continue
        where = pc.indices_nonzero(pc.fill_null(pc.equal(code, value), False))
        subset = pc.take(digits, where)
        valid, certain = _validate(pc.utf8_slice_codeunits(subset, len(value)), rules[value])
        e164 = pc.if_else(valid, pc.binary_join_element_wise("+", subset, ""), None)
        positions.append(pc.filter(where, certain).to_numpy())
        values.append(pc.filter(e164, certain))
    decided = np.zeros(len(compact), dtype=bool)
    if not positions:
        return pa.nulls(len(compact), pa.string()), pa.array(decided)
    index = np.concatenate(positions)
    order = np.argsort(index, kind="stable")
    decided[index] = True
    ordered = pc.take(pa.concat_arrays(values), pa.array(order))
    result = pc.replace_with_mask(pa.nulls(len(compact), pa.string()), pa.array(decided), ordered)
    return result, pa.array(decided)


def _calling_code(digits: pa.Array) -> pa.Array:
    """The calling code a ``+`` number starts with (codes are prefix-free: shortest first)."""
    known = {str(code) for code in _all_codes()}
    code = pa.nulls(len(digits), pa.string())
    for size in (3, 2, 1):
        prefix = pc.utf8_slice_codeunits(digits, 0, size)
        sized = pa.array(sorted(c for c in known if len(c) == size), pa.string())
        code = pc.if_else(pc.fill_null(pc.is_in(prefix, sized), False), prefix, code)
    return code


def _all_codes() -> Sequence[int]:
    from phonenumbers.phonenumberutil import COUNTRY_CODE_TO_REGION_CODE

    return list(COUNTRY_CODE_TO_REGION_CODE)


def _matches(nsn: pa.Array, desc: Desc) -> pa.Array:
    pattern = pc.match_substring_regex(nsn, pattern=f"^(?:{desc.pattern})$")
    if not desc.lengths:
        return pattern
    lengths = pa.array(sorted(desc.lengths), pa.int32())
    return pc.and_(pc.is_in(pc.utf8_length(nsn), lengths), pattern)


def _validate(nsn: pa.Array, rules: CodeRules) -> tuple[pa.Array, pa.Array]:
    """(valid, certain): libphonenumber's region choice then type check, column-wise.

    ``certain`` is False where ``phonenumbers`` would strip a national prefix after the
    calling code (``+44 (0)20…``): those go to the slow path.
    """
    certain = pa.array([True] * len(nsn))
    if rules.national_prefix_for_parsing:
        prefixed = pc.match_substring_regex(
            nsn, pattern=f"^(?:{rules.national_prefix_for_parsing})"
        )
        certain = pc.invert(pc.fill_null(prefixed, False))
    if len(rules.regions) == 1:
        return _typed(nsn, rules.regions[0]), certain
    valid = pa.array([False] * len(nsn))
    undecided = pa.array([True] * len(nsn))
    for region in rules.regions:
        if region.leading_digits is not None:
            hit = pc.match_substring_regex(nsn, pattern=f"^(?:{region.leading_digits})")
        else:
            hit = _typed(nsn, region)
        hit = pc.and_(undecided, pc.fill_null(hit, False))
        valid = pc.or_(valid, pc.and_(hit, pc.fill_null(_typed(nsn, region), False)))
        undecided = pc.and_(undecided, pc.invert(hit))
    return valid, certain


def _typed(nsn: pa.Array, region: object) -> pa.Array:
    from licite.scrub.metadata import RegionRules

    assert isinstance(region, RegionRules)
    general = _matches(nsn, region.general)
    typed = pa.array([False] * len(nsn))
    for desc in region.types:
        typed = pc.or_(typed, pc.fill_null(_matches(nsn, desc), False))
    return pc.and_(pc.fill_null(general, False), typed)


def slow_one(raw: str, overseas: bool) -> str | None:
    """One value through ``phonenumbers`` (what the fast path leaves)."""
    if not overseas:
        return phone_e164(raw)
    try:
        return normalise_phone(raw)
    except InputError:
        return None


def _slow_chunk(values: list[str], overseas: bool) -> list[str | None]:
    return [slow_one(value, overseas) for value in values]


def _slow(values: list[str], overseas: bool, workers: int | None) -> list[str | None]:
    count = workers if workers is not None else min(2, os.cpu_count() or 1)
    if count <= 1 or len(values) < _POOL_THRESHOLD:
        return _slow_chunk(values, overseas)
    chunks = [values[i : i + _CHUNK] for i in range(0, len(values), _CHUNK)]
    # spawn, not fork: the parent runs DuckDB threads, which a fork would copy half-way.
    with ProcessPoolExecutor(count, mp_context=get_context("spawn")) as pool:
        parts = pool.map(_slow_chunk, chunks, [overseas] * len(chunks))
        return [value for part in parts for value in part]


__all__ = ["normalise_phones", "slow_one"]
