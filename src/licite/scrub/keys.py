"""Which columns hold the identifiers, and their normalised keys for a whole column at once.

Keys are what :func:`licite.core.keyed.normalise_key` gives (E.164 phones, trimmed lower-case
emails, nine-digit SIRENs), computed column-wise: values outside the plain-ASCII fast path go
through the very function of ``core`` so both always agree.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping, Sequence
from typing import Literal, overload

import pyarrow as pa
import pyarrow.compute as pc

from licite.core.errors import InputError
from licite.core.keyed import KEY_KINDS, KeyKind, normalise_key
from licite.scrub.phones import normalise_phones

#: Header names recognised for each kind, compared without case, accents or punctuation.
ALIASES: dict[KeyKind, tuple[str, ...]] = {
    "phone": ("phone", "telephone", "tel", "mobile", "portable", "gsm", "numero",
              "phonenumber", "msisdn", "numerodetelephone", "sms", "cellphone"),
    "email": ("email", "mail", "courriel", "emailaddress", "adresseemail", "adressemail"),
    "siren": ("siren", "sirenesiren", "numerosiren"),
}  # fmt: skip
_EMAIL = r"^[^@\s]+@[^@\s]+\.[^@\s.]+$"
_FAST_CHARS = r"^[\x20-\x7e\t\n\r\f]*$"
#: Plus the accented Latin letters of French names (U+00C0-U+017F but U+0130, whose lower
#: case is two characters in Python): there Python's lower() and Arrow's agree letter by letter.
_FAST_EMAIL = r"^[\x20-\x7e\t\n\r\f\x{00C0}-\x{012F}\x{0131}-\x{017F}]*$"


def _plain(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "".join(ch for ch in folded.lower() if ch.isalnum())


def detect_columns(
    columns: Sequence[str], explicit: Mapping[KeyKind, str | None], file: str
) -> dict[KeyKind, str]:
    """The column of each kind: the one named with an option, else a recognised header."""
    chosen: dict[KeyKind, str] = {}
    for kind in KEY_KINDS:
        name = explicit.get(kind)
        if name is not None:
            if name not in columns:
                raise InputError(
                    f"the header has no column {name!r} (given for the {kind}); it has: "
                    + ", ".join(repr(c) for c in columns),
                    file=file,
                )
            chosen[kind] = name
            continue
        found = [c for c in columns if _plain(c) in ALIASES[kind]]
        if found:
            chosen[kind] = found[0]
    if not chosen:
        raise InputError(
            "no phone, email or SIREN column found; name one with --phone, --email or --siren "
            "(columns: " + ", ".join(repr(c) for c in columns) + ")",
            file=file,
        )
    return chosen


def normalise_keys(kind: KeyKind, raw: pa.Array | pa.ChunkedArray) -> pa.Array:
    """The normalised key of each value (null when it is not a valid ``kind``)."""
    if kind == "phone":
        return normalise_phones(raw)
    array = raw.combine_chunks() if isinstance(raw, pa.ChunkedArray) else raw
    if not pa.types.is_string(array.type):
        array = pc.cast(array, pa.string())
    # Printable ASCII (and \t \n \r \f) is where RE2's \s and Python's str.strip agree.
    fast_chars = _FAST_EMAIL if kind == "email" else _FAST_CHARS
    ascii_ = pc.fill_null(pc.match_substring_regex(array, pattern=fast_chars), True)
    if kind == "email":
        lowered = pc.utf8_lower(pc.utf8_trim_whitespace(array))
        fast = pc.if_else(pc.match_substring_regex(lowered, pattern=_EMAIL), lowered, None)
    else:
        compact = pc.replace_substring_regex(array, pattern=r"\s", replacement="")
        fast = pc.if_else(pc.match_substring_regex(compact, pattern=r"^\d{9}$"), compact, None)
    others = pc.filter(array, pc.invert(ascii_))
    if len(others) == 0:
        return fast
    slow = pa.array([_one(kind, value) for value in others.to_pylist()], pa.string())
    return pc.replace_with_mask(fast, pc.invert(ascii_), slow)


@overload
def normalise_blocks(
    kind: KeyKind, raw: pa.Array | pa.ChunkedArray, block: int = ...,
    before_fork: Callable[[], object] | None = ..., *, joined: Literal[True],
) -> pa.Array: ...  # fmt: skip
@overload
def normalise_blocks(
    kind: KeyKind, raw: pa.Array | pa.ChunkedArray, block: int = ...,
    before_fork: Callable[[], object] | None = ..., *, joined: bool = ...,
) -> pa.Array | pa.ChunkedArray: ...  # fmt: skip
def normalise_blocks(
    kind: KeyKind, raw: pa.Array | pa.ChunkedArray, block: int = 2_000_000,
    before_fork: Callable[[], object] | None = None, *, joined: bool = False,
) -> pa.Array | pa.ChunkedArray:  # fmt: skip
    """:func:`normalise_keys` a block at a time: a list of tens of millions of values never
    holds more than one block's intermediate arrays. Phones are split by
    :func:`licite.scrub.phones.normalise_phones` itself, step by step (``before_fork``: see
    there). The keys come back in blocks (a chunked array), unless ``joined``: for a scrub,
    joining them held the keys twice at its peak (260 MB for ten million emails, 0.2 GB for
    phones). A list's import wants them joined: its grouping of twenty million keys in
    blocks peaked 0.27 GB higher than the join."""
    if kind == "phone":
        return normalise_phones(raw, block=block, before_fork=before_fork, joined=joined)
    chunks = raw.chunks if isinstance(raw, pa.ChunkedArray) else [raw]
    parts = [
        normalise_keys(kind, chunk.slice(start, block))
        for chunk in chunks
        for start in range(0, len(chunk), block)
    ]
    if joined:
        return pa.concat_arrays(parts) if parts else pa.array([], pa.string())
    return pa.chunked_array(parts, pa.string())


def _one(kind: KeyKind, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return normalise_key(kind, value)
    except InputError:
        return None


__all__ = ["ALIASES", "detect_columns", "normalise_blocks", "normalise_keys"]
