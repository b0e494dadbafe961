"""Bring a store's schema up to date with the Alembic migrations shipped in the package.

Alembic is configured in code (no ``alembic.ini`` to install or find): the script directory is
the ``migrations`` folder next to this module, so an installed wheel migrates the same way as a
checkout. Failures leave as :class:`~licite.core.errors.StoreError`.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from licite.core.errors import StoreError
from licite.store.engine import database_url, describe, make_engine, store_error
from licite.store.secret import ensure_secret

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(url: str | None = None) -> Config:
    """An Alembic configuration for the store at ``url`` (resolved like :func:`database_url`)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # ConfigParser interpolation: a percent-encoded password must not be read as a reference.
    config.set_main_option("sqlalchemy.url", database_url(url).replace("%", "%%"))
    return config


def head_revision() -> str:
    """The newest revision shipped with this version of licite."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:  # pragma: no cover - the package always ships a first revision
        raise StoreError(f"no migrations found in {MIGRATIONS_DIR}")
    return head


def upgrade(url: str | None = None, revision: str = "head") -> str:
    """Migrate the store to ``revision`` (creating the file if needed); returns the revision.

    The whole upgrade runs in one transaction: on failure the store is left as it was. The
    installation's hashing secret is created beside it the first time (:mod:`.secret`).
    """
    engine = make_engine(url, transactional_ddl=True)
    config = alembic_config(url)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            current = MigrationContext.configure(connection).get_current_revision()
    except SQLAlchemyError as error:
        raise store_error(error, describe(engine)) from error
    except CommandError as error:
        raise StoreError(f"cannot migrate {describe(engine)}: {error}") from error
    finally:
        engine.dispose()
    if current is None:  # pragma: no cover - upgrade always stamps a revision
        raise StoreError(f"migration of {describe(engine)} left no revision")
    ensure_secret(url)
    return current


def current_revision(url: str | None = None) -> str | None:
    """The revision the store is at, or None if it was never migrated."""
    engine = make_engine(url)
    if _missing_sqlite_file(engine):
        return None  # do not create an empty file just to look at it
    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    except SQLAlchemyError as error:
        raise store_error(error, describe(engine)) from error
    finally:
        engine.dispose()


def _missing_sqlite_file(engine: Engine) -> bool:
    name = engine.url.database
    if engine.dialect.name != "sqlite" or not name or name == ":memory:":
        return False
    return not name.startswith("file:") and not Path(name).exists()


def is_current(url: str | None = None) -> bool:
    """Whether the store is at the newest shipped revision (the edges warn when it is not)."""
    return current_revision(url) == head_revision()
