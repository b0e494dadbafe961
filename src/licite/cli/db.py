"""``licite db upgrade`` and ``licite import contacts``: the store's commands."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from licite.cli.options import DbOption

db_app = typer.Typer(help="Create or migrate the store.", no_args_is_help=True)
import_app = typer.Typer(help="Bring data into the store.", no_args_is_help=True)


@db_app.command("upgrade")
def upgrade(db: DbOption = None) -> None:
    """Create the store or migrate it to the latest schema (Alembic).

    Example: licite db upgrade --db licite.db
    """
    from licite.services.store_jobs import upgrade_store

    url, revision = upgrade_store(db)
    typer.echo(f"{url}: schema at revision {revision}")


@import_app.command("contacts")
def import_contacts(
    file: Annotated[Path, typer.Argument(help="Contact file (.csv or .jsonl).")],
    db: DbOption = None,
    rejects: Annotated[
        Path | None,
        typer.Option("--rejects", help="Write rejected rows (line, field, error) to this CSV."),
    ] = None,
) -> None:
    """Import contacts into the store, minimised: attribute values that hold data which must
    not be kept (GDPR art. 9/10, NIR) are dropped at the door. Re-importing an id replaces it.

    Example: licite import contacts samples/contacts.csv --db licite.db
    """
    from licite.services.store_jobs import import_contacts as run

    result = run(file, db, rejects)
    typer.echo(
        f"{result.rows_in} rows: {result.imported} imported, {result.rejected} rejected, "
        f"{result.attributes_dropped} attribute value(s) dropped (data that must not be held)"
    )
