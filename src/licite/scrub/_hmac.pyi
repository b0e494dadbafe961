"""Types of the keyed hashing in C (``_hmac.c``); use it through :mod:`licite.scrub.kernels`."""

from typing_extensions import Buffer

def keyed_digests(
    key: Buffer, prefix: Buffer, validity: Buffer | None, offsets: Buffer, data: Buffer,
    offset: int, length: int, out: Buffer, /,
) -> None: ...  # fmt: skip
