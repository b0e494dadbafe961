"""The installation's hashing secret: created at ``licite db upgrade``, kept outside the database.

A keyed hash is only as private as its key, so the key never lives next to the hashes: a copy
of the database (a backup, a dump sent to a vendor) reveals nothing without it. It is a file of
32 random bytes (hex), readable by its owner only:

- ``$LICITE_SECRET_FILE`` when set;
- for an SQLite store ``path/to/name.db``: ``path/to/name.db.secret``;
- for a server store: ``$XDG_CONFIG_HOME/licite/<sha256 of the URL, 16 hex>.secret``
  (``~/.config`` by default).

Losing it means hashed lists and objections no longer match anything: back it up separately.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
from pathlib import Path

from sqlalchemy.engine import make_url

from licite.core.errors import ConfigError
from licite.core.keyed import SECRET_BYTES
from licite.store.engine import database_url

SECRET_FILE_ENV = "LICITE_SECRET_FILE"


def secret_path(url: str | None = None) -> Path:
    """Where the secret of the store at ``url`` lives (see the module docstring)."""
    explicit = os.environ.get(SECRET_FILE_ENV)
    if explicit:
        return Path(explicit)
    resolved = database_url(url)
    parsed = make_url(resolved)
    name = parsed.database
    is_file = name and name != ":memory:" and not name.startswith("file:")
    if parsed.get_backend_name() == "sqlite" and is_file:
        return Path(f"{name}.secret")
    config_home = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    digest = hashlib.sha256(parsed.render_as_string(hide_password=True).encode()).hexdigest()
    return config_home / "licite" / f"{digest[:16]}.secret"


def ensure_secret(url: str | None = None) -> Path:
    """Create the secret if it does not exist yet (atomically, mode 0600); returns its path."""
    path = secret_path(url)
    if path.exists():
        load_secret(url)  # refuse to go on with a damaged secret
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="ascii") as handle:
            handle.write(secrets.token_hex(SECRET_BYTES) + "\n")
        with contextlib.suppress(FileExistsError):
            os.link(temporary, path)  # never overwrite a secret another process just made
    finally:
        temporary.unlink(missing_ok=True)
    return path


def load_secret(url: str | None = None) -> bytes:
    """The secret's bytes; raises :class:`ConfigError` when it is missing or damaged."""
    path = secret_path(url)
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        raise ConfigError(
            f"the hashing secret {path} is missing: run `licite db upgrade` to create it, or set "
            f"{SECRET_FILE_ENV} to the backed-up copy (hashed lists match nothing without it)"
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"cannot read the hashing secret {path}: {error}") from error
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) < SECRET_BYTES:
        raise ConfigError(
            f"the hashing secret {path} is damaged (expected {SECRET_BYTES * 2} hex digits)"
        )
    return key


__all__ = ["SECRET_FILE_ENV", "ensure_secret", "load_secret", "secret_path"]
