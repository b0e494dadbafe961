"""The built lexicon kept on disk between processes, so that a command starts at once.

Why: expanding the lexicons' ~620,000 phrases and building their trie takes 4-5 s at every
start of ``licite scan``, ``redact`` or ``check``; reading the built result back takes about a
second. The file is named by the SHA-256 of everything the result depends on (the lexicon and
stopword files, the code that builds it, Python's version): any change is a miss and a rebuild,
never a stale answer. A damaged, foreign or unreadable file is a miss too, and the cache is only
ever a shortcut: without it (``LICITE_CACHE_DIR=off``, or a folder that cannot be written)
everything works, only slower.

Where: ``$LICITE_CACHE_DIR``, else ``$XDG_CACHE_HOME/licite``, else ``~/.cache/licite``. A
pickle runs code when it is read, so the folder is made private (0700) and a file is read only
if it belongs to the user and nobody else can write it or its folder.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from licite.detectors.terms import gc_paused

__all__ = ["CACHE_ENV", "cache_dir", "cached"]

#: The variable naming the cache folder; ``off`` (or empty) turns the cache off.
CACHE_ENV = "LICITE_CACHE_DIR"
_OFF = {"", "off", "0", "no", "false"}
_LOG = logging.getLogger(__name__)
T = TypeVar("T")


def cache_dir() -> Path | None:
    """The cache folder, or None when the cache is turned off."""
    explicit = os.environ.get(CACHE_ENV)
    if explicit is not None:
        return None if explicit.strip().lower() in _OFF else Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "licite"


def key(parts: Iterable[bytes]) -> str:
    """The SHA-256 of ``parts`` (each length-prefixed) and of the Python that pickles them."""
    digest = hashlib.sha256(f"{sys.version}|{pickle.HIGHEST_PROTOCOL}".encode())
    for part in parts:
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


def cached(name: str, parts: Iterable[bytes], kind: type[T], build: Callable[[], T]) -> T:
    """``build()``'s result, read from the cache when a file for ``parts`` is there (and holds a
    ``kind``), else built and written for the next process."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{key(parts)[:32]}.pickle"
    if folder.exists() and not _trusted(folder):
        _LOG.info("cache folder %s not used: not private to this user", folder)
        return build()
    found = _read(path, kind)
    if found is not None:
        return found
    value = build()
    _write(folder, path, value)
    return value


def _trusted(path: Path) -> bool:
    """``path`` belongs to this user and nobody else may write it."""
    if not hasattr(os, "getuid"):  # no owners to check (Windows): the user's own profile
        return True
    info = path.stat()
    return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _read(path: Path, kind: type[T]) -> T | None:
    try:
        if not path.is_file() or not _trusted(path):
            return None
        with path.open("rb") as handle, gc_paused():  # millions of new objects, no cycle
            value = pickle.load(handle)
    except Exception as error:  # a damaged file is a miss, rebuilt and rewritten
        _LOG.info("lexicon cache %s not used: %s", path, error)
        return None
    return value if isinstance(value, kind) else None


def _write(folder: Path, path: Path, value: object) -> None:
    """Written whole then renamed: a reader never sees half a file."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
        try:
            with os.fdopen(descriptor, "wb") as handle, gc_paused():
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        finally:
            Path(temporary).unlink(missing_ok=True)
    except Exception as error:  # read-only home, full disk, an unpicklable build: next time again
        _LOG.info("lexicon cache %s not written: %s", path, error)
