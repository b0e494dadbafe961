"""Types of the C kernels (``_kernels.c``); use them through :mod:`licite.scrub.kernels`."""

from typing_extensions import Buffer

def french_digits(
    validity: Buffer | None, offsets: Buffer, data: Buffer, offset: int, length: int, /
) -> tuple[bytes, bytes]: ...
def international_compact(
    validity: Buffer | None, offsets: Buffer, data: Buffer, offset: int, length: int, /
) -> tuple[bytes, bytes]: ...
def tail_table(tails: Buffer, /) -> bytes: ...
def plain_keep(
    validity: Buffer | None, offsets: Buffer, data: Buffer, offset: int, length: int,
    table: Buffer, /,
) -> bytes: ...  # fmt: skip
