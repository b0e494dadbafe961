"""Types of the records' copy in C (``_split.c``); use it through :mod:`licite.scrub.split`."""

from typing_extensions import Buffer

def split_rows(
    data: Buffer, pos: int, line: int, skip: Buffer, skip_at: int, marks: Buffer,
    keys: tuple[tuple[Buffer | None, Buffer, Buffer, int, int], ...], key_fields: tuple[int, ...],
    suffixes: tuple[bytes, ...], clean_fd: int, excluded_fd: int, delimiter: bytes,
    quote: bytes | None, columns: int, check_utf8: int, final: bool, /,
) -> tuple[int, int, int, int, int]: ...  # fmt: skip
def record_end(
    data: Buffer, pos: int, delimiter: bytes, quote: bytes | None, /
) -> tuple[int, int, int]: ...
