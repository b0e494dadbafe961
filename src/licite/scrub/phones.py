"""Phone numbers to E.164 for a whole column at once, identical to ``phonenumbers``.

Four steps over the *distinct* raw values of a column (each value is normalised once):

0. the French notations (most of any file: ``06 12 34 56 78``, ``Tél : +33 6…``), valid in France
   or beyond any overseas retry, are settled by one DuckDB query on every core
   (:mod:`licite.scrub.phone_sql`); with the C kernels built, those with separators only
   (after a label such as ``Tél :`` at most) are settled instead, overseas retry included, by
   automata over their nine digits (:mod:`licite.scrub.phone_automata`), and the others left
   to step 1;
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

import gc
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from functools import cache
from multiprocessing import get_context
from typing import Literal, overload

import numpy as np
import phonenumbers
import pyarrow as pa
import pyarrow.compute as pc

from licite.core.errors import InputError
from licite.core.normalize import OVERSEAS_REGIONS, fast_fr_e164, normalise_phone, phone_e164
from licite.scrub import kernels, phone_automata
from licite.scrub.memory import release_freed
from licite.scrub.metadata import (
    CodeRules,
    Desc,
    RegionRules,
    calling_codes,
    fr_valid_pattern,
    overseas_codes,
    overseas_gate,
    rules_for,
)
from licite.scrub.notation import (
    FRENCH,
    INTERNATIONAL,
    LEADING,
    NATIONAL,
    PLAIN,
    SEPARATORS,
    TRAILING,
    WORDED,
)
from licite.scrub.phone_sql import french_in_duckdb

#: From this many values, the fast path runs in one thread per core. Each thread pays the
#: path's fixed cost (a few kernel calls for each calling code and region met): measured on
#: two cores, two threads were slower than one at 65k values, even at 100k, faster at 130k.
_THREAD_THRESHOLD = 120_000
#: From this many values, a column is settled in one block per core at least.
_SPLIT = 200_000
#: Below this many unsettled values, starting worker processes costs more than it saves.
_POOL_THRESHOLD = 4_000
_CHUNK = 5_000
#: A national prefix 0 in brackets right after a calling code (``+44(0)20…``, ``0032(0)4…``).
_BRACKETED_PREFIX = r"^(\+|00)([1-9]\d{0,2})\(0\)"


@overload
def normalise_phones(
    raw: pa.Array | pa.ChunkedArray, *, overseas: bool = ..., workers: int | None = ...,
    block: int = ..., before_fork: Callable[[], object] | None = ..., joined: Literal[True] = ...,
) -> pa.Array: ...  # fmt: skip
@overload
def normalise_phones(
    raw: pa.Array | pa.ChunkedArray, *, overseas: bool = ..., workers: int | None = ...,
    block: int = ..., before_fork: Callable[[], object] | None = ..., joined: bool,
) -> pa.Array | pa.ChunkedArray: ...  # fmt: skip
def normalise_phones(
    raw: pa.Array | pa.ChunkedArray, *, overseas: bool = True, workers: int | None = None,
    block: int = 2_000_000, before_fork: Callable[[], object] | None = None, joined: bool = True,
) -> pa.Array | pa.ChunkedArray:  # fmt: skip
    """E.164 (or null when not a valid number) for each value of ``raw``, in order.

    The pre-pass and the Arrow path run ``block`` values at a time in all, a share of them
    on each core (a list of tens of millions never holds more than one block's intermediate
    arrays; whole blocks on each core raised the import of 20M numbers from 1.39-1.40 to
    1.51 GB at its peak, shares to 1.45-1.48 GB), a column of :data:`_SPLIT` values or more
    in one share per core at least. The values neither settles go to ``phonenumbers``
    together, in one pool (a pool per block cost 0.2 s each). ``before_fork`` is called
    before that pool's processes are forked: a caller running a query in another thread
    waits for it there (a fork must not copy a lock held mid-query). Not ``joined``, the
    blocks come back as the chunks of one column: joining them held the keys twice, 0.2 GB
    more at the scrub's peak at 10M contacts."""
    everything = _strings(raw)
    count = workers if workers is not None else min(2, os.cpu_count() or 1)
    block = max(block // count, 1)  # a share for each core
    if len(everything) >= _SPLIT:
        block = min(block, -(-len(everything) // count))
    starts = range(0, len(everything), block) if len(everything) else [0]
    blocks = [everything.slice(start, block) for start in starts]
    parts = _settle_blocks(blocks, overseas, count)
    pending = [
        pc.filter(values, pc.invert(settled))
        for values, (_, settled) in zip(blocks, parts, strict=True)
    ]
    slow = _slow(pa.concat_arrays(pending).to_pylist(), overseas, workers, before_fork)
    results, taken = [], 0
    for left in pending:
        # Patched block by block (a patch of the joined column would copy it whole once more),
        # each block's first answers let go as soon as it is patched.
        result, settled = parts.pop(0)
        if len(left):
            answers = pa.array(slow[taken : taken + len(left)], pa.string())
            result = pc.replace_with_mask(result, pc.invert(settled), answers)
            taken += len(left)
        results.append(result)
    whole = pa.concat_arrays(results) if joined else pa.chunked_array(results, pa.string())
    if len(blocks) > 1:
        # Block after block, the freed buffers stayed in the C heap; handing them back costs
        # page faults later, which one block (1M contacts: +0.2 s) does not repay.
        del results, pending
        release_freed()
    return whole


def _settle_blocks(
    blocks: list[pa.Array], overseas: bool, count: int
) -> list[tuple[pa.Array, pa.Array]]:
    """:func:`_settle` of each block, in one thread per core when there are several blocks
    (the kernels, numpy and Arrow release the GIL; a single thread left the other core idle
    once a list file was read: half the time at 10M contacts)."""
    if count <= 1 or len(blocks) <= 1:
        return [_settle(values, overseas, count) for values in blocks]
    with ThreadPoolExecutor(count) as threads:
        return list(threads.map(lambda values: _settle(values, overseas, 1), blocks))


def _settle(array: pa.Array, overseas: bool, count: int) -> tuple[pa.Array, pa.Array]:
    """(E.164 or null, settled) by the pre-pass, then by the Arrow path for what it left."""
    if phone_automata.available():
        early, done = phone_automata.settle_french(array, overseas)
    else:
        early, done = french_in_duckdb(array, overseas)
    unsettled = pc.invert(done)
    result, settled = _fast_threads(pc.filter(array, unsettled), overseas, count)
    return pc.replace_with_mask(early, unsettled, result), pc.replace_with_mask(
        done, unsettled, settled
    )


def _fast_threads(array: pa.Array, overseas: bool, count: int) -> tuple[pa.Array, pa.Array]:
    """:func:`_fast`, in one thread per core from _THREAD_THRESHOLD values (Arrow's kernels
    release the GIL)."""
    if count <= 1 or len(array) < _THREAD_THRESHOLD:
        return _fast(array, overseas)
    size = -(-len(array) // count)
    parts = [array.slice(i * size, size) for i in range(count)]
    with ThreadPoolExecutor(count) as threads:
        done = list(threads.map(lambda part: _fast(part, overseas), parts))
    return pa.concat_arrays([r for r, _ in done]), pa.concat_arrays([s for _, s in done])


def _fast(array: pa.Array, overseas: bool) -> tuple[pa.Array, pa.Array]:
    """(E.164 or null, settled) for each value. Plain ``0612345678`` / ``+33612345678``
    values, most of any list, are all settled here through one anchored pattern (a national
    number France rejects goes straight to the overseas retry); the rest takes _general."""
    plain = pc.fill_null(pc.match_substring_regex(array, pattern=PLAIN), False)
    values = pc.filter(array, plain)
    nsn = pc.utf8_slice_codeunits(values, -9)
    valid = pc.fill_null(
        pc.match_substring_regex(nsn, pattern=f"^(?:{fr_valid_pattern()})$"), False
    )
    plain_result = pc.if_else(valid, pc.binary_join_element_wise("+33", nsn, ""), None)
    if overseas:
        retry = pc.and_(pc.invert(valid), pc.starts_with(values, "0"))
        abroad, _ = _overseas(values, retry)
        plain_result = pc.coalesce(plain_result, abroad)
    rest = pc.invert(plain)
    result = pc.replace_with_mask(pa.nulls(len(array), pa.string()), plain, plain_result)
    settled = _const(True, len(array))
    if kernels.available():
        # International numbers with separators only (half of what reaches this path): the
        # kernel removes them, and _general would find no French number, no words and no
        # extension in them, only this compact text for _international.
        compact = kernels.international_compact(array)
        international = compact.is_valid()
        numbers = compact.filter(international)
        found, decided = _international(numbers, _const(False, len(numbers)))
        result = pc.replace_with_mask(result, international, found)
        settled = pc.replace_with_mask(settled, international, decided)
        rest = pc.and_(rest, pc.invert(international))
    rest_result, rest_settled = _general(pc.filter(array, rest), overseas)
    result = pc.replace_with_mask(result, rest, rest_result)
    settled = pc.replace_with_mask(settled, rest, rest_settled)
    return result, settled


def _general(array: pa.Array, overseas: bool) -> tuple[pa.Array, pa.Array]:
    """Every other notation: (E.164 or null, settled) — unsettled values need phonenumbers."""
    text = pc.utf8_trim_whitespace(array)
    # What phonenumbers' _extract_possible_number drops: words before the number (``Tél :``)
    # and punctuation after it (kept to letters and ASCII so both agree on what is a digit).
    core = pc.replace_substring_regex(text, pattern=LEADING, replacement="")
    core = pc.replace_substring_regex(core, pattern=TRAILING, replacement="")
    # An extension (``ext. 5``, ``#3``, ``x12``) is cut by phonenumbers' own pattern; on
    # printable ASCII, where RE2 and Python agree on digits and case.
    # Every extension form holds a letter, ``#``, ``;``, ``,`` or ``~``: others are not cut.
    marked = pc.match_substring_regex(core, pattern=r"^[\x20-\x7e]*[A-Za-z#;,~][\x20-\x7e]*$")
    marked = pc.fill_null(marked, False)
    cut = pc.replace_substring_regex(
        pc.filter(core, marked), pattern=_extension_pattern(), replacement=""
    )
    core = pc.replace_with_mask(core, marked, cut)
    compact = pc.replace_substring_regex(core, pattern=SEPARATORS, replacement="")
    result = _french(compact)
    settled = pc.or_(pc.is_valid(result), _worded(core))
    national = pc.struct_field(pc.extract_regex(compact, pattern=FRENCH), [0])
    french_invalid = pc.and_(pc.is_valid(national), pc.invert(settled))
    if overseas:  # normalise_phone retries national numbers in the overseas departments
        retry = pc.and_(french_invalid, pc.starts_with(text, "0"))
        french_invalid = pc.and_(french_invalid, pc.invert(retry))
        abroad, decided = _overseas(compact, retry)
        result = pc.coalesce(result, abroad)
        settled = pc.or_(settled, decided)
    settled = pc.or_(settled, french_invalid)
    # "+32 (0)4…": the brackets are punctuation to phonenumbers, so this is "+32 04…", whose
    # national prefix _international strips as parse does.
    unbracketed = pc.replace_substring_regex(
        compact, pattern=_BRACKETED_PREFIX, replacement=r"\1\20"
    )
    international, decided = _international(unbracketed, settled)
    result = pc.coalesce(result, international)
    settled = pc.or_(settled, decided)
    no_digit = pc.invert(pc.match_substring_regex(text, pattern=r"\p{Nd}"))
    return result, pc.fill_null(pc.or_kleene(settled, pc.fill_null(no_digit, True)), False)


def _worded(core: pa.Array) -> pa.Array:
    """National numbers followed by a word (``06… poste 12``, ``01… (standard)``), settled as
    invalid without parsing. phonenumbers turns a number holding three ASCII letters or more
    into keypad digits (after cutting a known extension, as _general did), so the national
    number gets longer than any length France or an overseas region allows. Only letters,
    digits, spaces, dots, dashes and brackets: ``/`` or ``\\`` may start a second number
    that phonenumbers would cut."""
    longest = max(_national_lengths(), default=0)
    if not longest:
        return _const(False, len(core))
    shaped = pc.fill_null(pc.match_substring_regex(core, pattern=WORDED), False)
    # Counted only where the shape fits, letters and digits together as what is left once
    # the shape's punctuation is removed (a regex count pays per match: digits cost more
    # than the rest of this rule).
    where = pc.indices_nonzero(shaped)
    subset = pc.take(core, where)
    letters = pc.count_substring_regex(subset, pattern="[A-Za-z]")
    alnum = pc.utf8_length(pc.replace_substring_regex(subset, pattern=r"[ .()\-]+", replacement=""))
    # The national prefix 0 stripped, the number is still longer than ``longest``.
    too_long = pc.greater_equal(alnum, longest + 2)
    worded = np.zeros(len(core), dtype=bool)
    worded[where.to_numpy()[np.asarray(pc.and_(pc.greater_equal(letters, 3), too_long))]] = True
    return pa.array(worded)


@cache
def _national_lengths() -> frozenset[int]:
    """The national lengths valid in France or an overseas region (empty: rule not usable)."""
    france = phonenumbers.PhoneMetadata.metadata_for_region("FR", None)
    overseas = _overseas_lengths()
    if france is None or france.general_desc is None or not overseas:
        return frozenset()
    if france.national_prefix_for_parsing != "0" or not france.general_desc.possible_length:
        return frozenset()
    return overseas | frozenset(france.general_desc.possible_length)


def _const(value: bool, size: int) -> pa.Array:
    return pa.array(np.full(size, value, dtype=bool))


def _strings(raw: pa.Array | pa.ChunkedArray) -> pa.Array:
    array = raw.combine_chunks() if isinstance(raw, pa.ChunkedArray) else raw
    if not pa.types.is_string(array.type):
        array = pc.cast(array, pa.string())
    return array


def _french(compact: pa.Array) -> pa.Array:
    national = pc.struct_field(pc.extract_regex(compact, pattern=FRENCH), [0])
    valid = pc.match_substring_regex(national, pattern=f"^(?:{fr_valid_pattern()})$")
    return pc.if_else(valid, pc.binary_join_element_wise("+33", national, ""), None)


def _overseas(compact: pa.Array, retry: pa.Array) -> tuple[pa.Array, pa.Array]:
    """``0XXXXXXXXX`` that France rejects, tried as normalise_phone does: the overseas
    regions in order, the first calling code under which the nine digits are valid wins."""
    # Only the retried values are looked at (a few percent of a list): extraction and the
    # gate over the whole column cost more than the validation itself.
    retried = pc.indices_nonzero(pc.fill_null(retry, False))
    national = pc.struct_field(pc.extract_regex(pc.take(compact, retried), pattern=NATIONAL), [0])
    # Validity needs some overseas number type: one regex rules most out.
    possible = pc.fill_null(pc.match_substring_regex(national, pattern=overseas_gate()), False)
    gated = pc.indices_nonzero(possible)
    nsn = pc.take(national, gated)
    found = pa.nulls(len(nsn), pa.string())
    for code in overseas_codes():
        rules = rules_for(code)
        assert rules is not None
        valid = _validate(nsn, rules)
        e164 = pc.binary_join_element_wise("+" + code, nsn, "")
        found = pc.if_else(pc.and_(pc.is_null(found), pc.fill_null(valid, False)), e164, found)
    positions = retried.to_numpy()
    decided = np.zeros(len(compact), dtype=bool)
    # every retried national number is settled here, found or not
    decided[positions[np.asarray(national.is_valid())]] = True
    chosen = np.zeros(len(compact), dtype=bool)
    chosen[positions[gated.to_numpy()]] = True
    result = pc.replace_with_mask(pa.nulls(len(compact), pa.string()), pa.array(chosen), found)
    return result, pa.array(decided)


@cache
def _extension_pattern() -> str:
    from phonenumbers.phonenumberutil import _EXTN_PATTERNS_FOR_PARSING

    return f"(?i)(?:{_EXTN_PATTERNS_FOR_PARSING})$"


def _international(compact: pa.Array, settled: pa.Array) -> tuple[pa.Array, pa.Array]:
    """E.164 of ``+``/``00`` numbers under a calling code the fast path settles, and where."""
    digits = pc.struct_field(pc.extract_regex(compact, pattern=INTERNATIONAL), [0])
    digits = pc.if_else(settled, None, digits)
    code = _calling_code(digits)
    positions: list[np.ndarray] = []
    values: list[pa.Array] = []
    for value in pc.unique(code.drop_null()).to_pylist():
        rules = rules_for(value)
        if rules is None:
            continue
        where = pc.indices_nonzero(pc.fill_null(pc.equal(code, value), False))
        subset = pc.take(digits, where)
        national, certain = _after_prefix(pc.utf8_slice_codeunits(subset, len(value)), rules)
        e164 = pc.binary_join_element_wise("+" + value, national, "")
        e164 = pc.if_else(_validate(national, rules), e164, None)
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
    known = calling_codes()
    code = pa.nulls(len(digits), pa.string())
    for size in (3, 2, 1):
        prefix = pc.utf8_slice_codeunits(digits, 0, size)
        sized = pa.array(sorted(c for c in known if len(c) == size), pa.string())
        code = pc.if_else(pc.fill_null(pc.is_in(prefix, sized), False), prefix, code)
    return code


def _matches(nsn: pa.Array, desc: Desc) -> pa.Array:
    pattern = pc.match_substring_regex(nsn, pattern=f"^(?:{desc.pattern})$")
    if not desc.lengths:
        return pattern
    lengths = pa.array(sorted(desc.lengths), pa.int32())
    return pc.and_(pc.is_in(pc.utf8_length(nsn), lengths), pattern)


def _after_prefix(nsn: pa.Array, rules: CodeRules) -> tuple[pa.Array, pa.Array]:
    """(national, certain): the national significant number ``phonenumbers`` keeps of the
    digits after the calling code, and where the fast path knows it. A national prefix there
    (``+32 0475…``, ``+44 (0)20…``) is stripped as ``parse`` strips it, where the code has a
    :class:`~licite.scrub.metadata.PrefixRule`: unless the number fits the main region's
    general pattern with the prefix and not without it, and only if what is left has a
    possible length, not a local-only one (a length over the longest passes, as in
    ``_test_number_length``). Under any other prefix rule those numbers are not ``certain``:
    the slow path takes them."""
    certain = _const(True, len(nsn))
    if not rules.national_prefix_for_parsing:
        return nsn, certain
    prefixed = pc.fill_null(
        pc.match_substring_regex(nsn, pattern=f"^(?:{rules.national_prefix_for_parsing})"), False
    )
    rule = rules.prefix_rule
    if rule is None:
        return nsn, pc.invert(prefixed)
    written = pc.filter(nsn, prefixed)
    # RE2 takes the first alternative that matches, as re.match does (``0|180020``: ``0``).
    left = pc.replace_substring_regex(
        written, pattern=f"^(?:{rule.prefix})", replacement="", max_replacements=1
    )
    general = f"^(?:{rule.general})$"
    kept_whole = pc.and_(
        pc.match_substring_regex(written, pattern=general),
        pc.invert(pc.match_substring_regex(left, pattern=general)),
    )
    size = pc.utf8_length(left)
    possible = pc.or_(
        pc.is_in(size, pa.array(rule.lengths, pa.int32())),
        pc.greater(size, rule.lengths[-1]),
    )
    if rule.local_only:
        possible = pc.and_(
            possible, pc.invert(pc.is_in(size, pa.array(sorted(rule.local_only), pa.int32())))
        )
    stripped = pc.if_else(pc.and_(pc.invert(kept_whole), possible), left, written)
    return pc.replace_with_mask(nsn, prefixed, stripped), certain


def _validate(nsn: pa.Array, rules: CodeRules) -> pa.Array:
    """Valid national significant numbers: libphonenumber's region choice then type check,
    column-wise."""
    if len(rules.regions) == 1:
        return _typed(nsn, rules.regions[0])
    # Each region is tried on the numbers no region before it took, and its types only on
    # those its leading digits take (+1 has 25 regions: every region's types on every +1
    # number was a third of this path's time).
    valid = np.zeros(len(nsn), dtype=bool)
    undecided = np.arange(len(nsn))
    for region in rules.regions:
        if not len(undecided):
            break
        subset = pc.take(nsn, undecided)
        if region.leading_digits is None:
            hit = np.asarray(_typed(subset, region))
            valid[undecided[hit]] = True
        else:
            leading = pc.match_substring_regex(subset, pattern=f"^(?:{region.leading_digits})")
            hit = np.asarray(pc.fill_null(leading, False))
            chosen = undecided[hit]
            valid[chosen[np.asarray(_typed(pc.take(nsn, chosen), region))]] = True
        undecided = undecided[~hit]
    return pa.array(valid)


def _typed(nsn: pa.Array, region: RegionRules) -> pa.Array:
    """Valid in ``region``: its general pattern, then one of its types, each type tried only
    on the values the general pattern let through (few, when a code is tried on many)."""
    general = pc.indices_nonzero(pc.fill_null(_matches(nsn, region.general), False))
    subset = pc.take(nsn, general)
    typed = _const(False, len(subset))
    for desc in region.types:
        typed = pc.or_(typed, pc.fill_null(_matches(subset, desc), False))
    valid = np.zeros(len(nsn), dtype=bool)
    valid[general.to_numpy()[np.asarray(typed)]] = True
    return pa.array(valid)


def slow_one(raw: str, overseas: bool) -> str | None:
    """One value through ``phonenumbers`` (what the fast path leaves); parsed once in
    France, the overseas regions only tried when one of them can accept the number."""
    text = raw.strip()
    if not overseas or not text.startswith("0"):
        return phone_e164(raw)
    fast = fast_fr_e164(text)
    if fast is not None:
        return fast
    try:
        number: phonenumbers.PhoneNumber | int = phonenumbers.parse(text, "FR")
    except phonenumbers.NumberParseException as error:
        number = error.error_type
    if isinstance(number, phonenumbers.PhoneNumber) and phonenumbers.is_valid_number(number):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if not _may_be_overseas(text, number):
        return None
    try:
        return normalise_phone(raw)
    except InputError:
        return None


def _may_be_overseas(text: str, parsed: phonenumbers.PhoneNumber | int) -> bool:
    """False when no overseas region can accept what France rejected (``parsed``: the
    number, or the parse error's type), which spares eight parses. Parsed as a national
    number, a region keeps the same digits as France and strips the same national prefix
    ``0`` or not, so its national number is at most one digit longer or shorter than
    France's; if no overseas length is that close, none fits."""
    lengths = _overseas_lengths()
    if not lengths or "".join(ch for ch in text if ch.isdigit()).startswith("00"):
        return True  # no length rule to rely on, or an international prefix: parse them all
    if not isinstance(parsed, phonenumbers.PhoneNumber):
        kind = phonenumbers.NumberParseException
        return parsed not in (kind.NOT_A_NUMBER, kind.TOO_LONG, kind.TOO_SHORT_NSN)
    size = len(phonenumbers.national_significant_number(parsed))
    return any(abs(size - n) <= 1 for n in lengths)


@cache
def _overseas_lengths() -> frozenset[int]:
    """The national lengths valid in some overseas region; empty if one of them (or its
    national prefix) does not follow the rule _may_be_overseas relies on."""
    found: set[int] = set()
    for region in OVERSEAS_REGIONS:
        meta = phonenumbers.PhoneMetadata.metadata_for_region(region, None)
        if meta is None or meta.national_prefix_for_parsing != "0":
            return frozenset()
        general = meta.general_desc
        if meta.national_prefix_transform_rule or general is None or not general.possible_length:
            return frozenset()
        found.update(general.possible_length)
    return frozenset(found)


def _slow_chunk(values: list[str], overseas: bool) -> list[str | None]:
    return [slow_one(value, overseas) for value in values]


def _slow(
    values: list[str], overseas: bool, workers: int | None,
    before_fork: Callable[[], object] | None = None,
) -> list[str | None]:  # fmt: skip
    count = workers if workers is not None else min(2, os.cpu_count() or 1)
    if count <= 1 or len(values) < _POOL_THRESHOLD:
        try:
            return _slow_chunk(values, overseas)
        finally:
            # phonenumbers keeps the error it catches in a local (``sys.exc_info()``): a
            # reference cycle holding its callers' frames, with their columns, until the
            # collector runs, which the C and DuckDB steps after this one seldom make it do
            # (at 10M contacts, 270 MB were still held through the writing step).
            gc.collect(1)
    if before_fork is not None:
        before_fork()
    size = min(_CHUNK, -(-len(values) // (count * 2)))  # at least two chunks a worker
    chunks = [values[i : i + size] for i in range(0, len(values), size)]
    # fork (as ``licite check``): workers only run phonenumbers, never DuckDB, and called
    # between queries, DuckDB's threads hold no lock a child could inherit.
    with ProcessPoolExecutor(count, mp_context=get_context("fork")) as pool:
        parts = pool.map(_slow_chunk, chunks, [overseas] * len(chunks))
        return [value for part in parts for value in part]


__all__ = ["normalise_phones", "slow_one"]
