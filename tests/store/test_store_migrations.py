"""Migrations shipped in the package build exactly the schema the code declares."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

import licite.store.migrations
from licite.core.errors import StoreError
from licite.store import current_revision, head_revision, make_engine, upgrade
from licite.store.migrate import alembic_config, is_current
from licite.store.schema import metadata


def test_upgrade_fresh_file_reaches_head(tmp_path: Path) -> None:
    path = tmp_path / "fresh.db"
    assert current_revision(str(path)) is None
    assert not path.exists(), "looking at the revision must not create the file"
    assert upgrade(str(path)) == head_revision()
    assert current_revision(str(path)) == head_revision()
    assert is_current(str(path))
    assert upgrade(str(path)) == head_revision(), "upgrading again is a no-op"


def test_migrations_match_models_exactly(db_url: str) -> None:
    engine = make_engine(db_url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, metadata) == []
        tables = set(inspect(connection).get_table_names())
    engine.dispose()
    assert tables == set(metadata.tables) | {"alembic_version"}


def test_downgrade_to_base_and_back(db_url: str) -> None:
    command.downgrade(alembic_config(db_url), "base")
    assert current_revision(db_url) is None
    engine = make_engine(db_url)
    with engine.connect() as connection:
        assert set(inspect(connection).get_table_names()) == {"alembic_version"}
    engine.dispose()
    assert upgrade(db_url) == head_revision()


def test_migration_scripts_ship_inside_the_package() -> None:
    folder = Path(licite.store.migrations.__file__).parent
    assert (folder / "env.py").is_file()
    assert (folder / "script.py.mako").is_file()
    assert (folder / "versions" / "0001_initial.py").is_file()


def test_unknown_revision_raises_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot migrate"):
        upgrade(str(tmp_path / "x.db"), revision="9999")


def test_alembic_is_loaded_only_by_the_migration_functions() -> None:
    """A scrub against stored lists reads the store but never migrates it: Alembic (~0.1 s)
    stays unloaded until ``upgrade`` or a revision is asked for."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "import licite.store, licite.store.lists, licite.store.secret, licite.store.audit\n"
        "assert 'alembic' not in sys.modules, 'alembic loaded by the store'\n"
        "from licite.store import head_revision, upgrade\n"
        "assert callable(upgrade) and head_revision()\n"
        "assert 'alembic' in sys.modules\n"
        "try:\n"
        "    licite.store.no_such_name\n"
        "except AttributeError:\n"
        "    pass\n"
        "else:\n"
        "    raise SystemExit('no AttributeError')\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
