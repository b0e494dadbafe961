"""Fixtures of the ledger tests: a real store (SQLite; PostgreSQL when a server is given)
holding a few sample contacts, driven through the real command line (Typer's runner)."""

from __future__ import annotations

import csv
import gc
import os
import uuid
import warnings
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from typer.testing import CliRunner, Result

from licite.cli import app

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
PROFILE = SAMPLES / "controller.toml"
EMAIL_CAMPAIGN = SAMPLES / "campaigns" / "email.json"
AT = "2026-12-01T10:30:00+01:00"
#: When the tests' objections are made: before AT, so that a check at AT sees them whatever the
#: wall clock (an objection recorded "now" is not in force at an earlier AT).
OBJECTED_AT = "2026-11-25T10:00:00+01:00"
#: A consumer without consent, one with consent, one who objected in the contact file.
IDS = ("c0002-bloctel-listed", "c0008-ordinary-form", "c0006-objection-everyone")
POSTGRES_ENV = "LICITE_TEST_POSTGRES_URL"

Run = Callable[..., Result]


def sample_rows(ids: Iterable[str], path: Path, drop: Iterable[str] = ()) -> Path:
    """Write the sample rows with these ids to ``path`` (columns in ``drop`` emptied)."""
    wanted, emptied = set(ids), set(drop)
    with (SAMPLES / "contacts.csv").open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        rows = [row for row in reader if row["id"] in wanted]
        header = reader.fieldnames or []
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, header)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: ("" if k in emptied else v) for k, v in row.items()})
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def db(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """A store: an SQLite file, or a fresh database on the PostgreSQL server named by
    ``$LICITE_TEST_POSTGRES_URL`` (skipped, with the reason, when none is given)."""
    monkeypatch.delenv("LICITE_SECRET_FILE", raising=False)
    monkeypatch.delenv("LICITE_DATABASE_URL", raising=False)
    if request.param == "sqlite":
        yield str(tmp_path / "licite.db")
        return
    server = os.environ.get(POSTGRES_ENV)
    if not server:
        pytest.skip(f"no PostgreSQL server: set {POSTGRES_ENV} to run the suite on one")
    monkeypatch.setenv("LICITE_SECRET_FILE", str(tmp_path / "pg.secret"))
    name = f"licite_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    # The import and check jobs leave their engines to the garbage collector, where psycopg
    # (unlike sqlite3) warns about each connection still open: not what is tested here.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        try:
            yield make_url(server).set(database=name).render_as_string(hide_password=False)
        finally:
            gc.collect()
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


@pytest.fixture
def run(db: str, tmp_path: Path) -> Run:
    """``run("consent", "add", …)``: the CLI against the store; fails the test on a bad exit
    unless ``expect`` (an exit code or an exception type) says otherwise."""
    runner = CliRunner()

    def invoke(*args: str, expect: int | type[BaseException] = 0) -> Result:
        result = runner.invoke(app, [*args, "--db", db])
        if isinstance(expect, int):
            assert result.exit_code == expect, (result.output, result.exception)
        else:
            assert isinstance(result.exception, expect), (result.output, result.exception)
        return result

    invoke("db", "upgrade")
    invoke("import", "contacts", str(sample_rows(IDS, tmp_path / "contacts.csv")))
    return invoke


def check_email(run: Run, out: Path) -> dict[str, str]:
    """Check the stored contacts for the sample email campaign: id → 'allowed' or reasons."""
    run("check", "--from-store", "--campaign", str(EMAIL_CAMPAIGN), "--at", AT, "--out", str(out))
    verdicts = {}
    for name in ("allowed", "refused"):
        with (out / f"{name}.csv").open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                verdicts[row["id"]] = "allowed" if name == "allowed" else row["reasons"]
    return verdicts
