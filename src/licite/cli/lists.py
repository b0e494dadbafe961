"""``licite lists``: opposition lists held as keyed hashes, and the round trip with Bloctel."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from licite.cli.options import DbOption

lists_app = typer.Typer(
    help="Opposition, suppression and block lists (stored as keyed hashes, never plaintext).",
    no_args_is_help=True,
)

FormatOption = Annotated[
    str,
    typer.Option("--format", help="Layout: plain, bloctel, brevo, mailchimp or sirene "
                 "(see docs/scrub.md)."),
]  # fmt: skip


def _when(value: str | None) -> datetime | None:
    from licite.core.errors import ConfigError, InputError
    from licite.core.timeutil import parse_timestamp

    if value is None:
        return None
    try:
        return parse_timestamp(value)
    except InputError as error:
        raise ConfigError(f"--checked-at: {error.message}") from None


@lists_app.command("import")
def import_(
    file: Annotated[Path, typer.Argument(help="The list file (.csv, .txt or .parquet).")],
    fmt: FormatOption = "plain",
    name: Annotated[
        str | None,
        typer.Option(
            "--name",
            help="List name (default: the file name without extension).",
            show_default=False,
        ),
    ] = None,
    list_type: Annotated[
        str | None,
        typer.Option(
            "--type",
            help="suppression, objections, "
            "blocklist, bloctel, sirene or other (default: from --format).",
            show_default=False,
        ),
    ] = None,
    valid_days: Annotated[
        int | None,
        typer.Option(
            "--valid-days",
            help="Days the answers hold (default: 30 for Bloctel, else until replaced).",
            show_default=False,
        ),
    ] = None,
    checked_at: Annotated[
        str | None,
        typer.Option(
            "--checked-at",
            help="When the service checked the numbers, ISO 8601 (default: now).",
            show_default=False,
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    """Import a list file into the store as keyed hashes, replacing a list of the same name.

    Example: licite lists import samples/lists/suppression.csv --db licite.db
    """
    from licite.services.lists import import_list

    result = import_list(
        file, db, fmt=fmt, name=name, list_type=list_type, valid_days=valid_days,
        checked_at=_when(checked_at),
    )  # fmt: skip
    invalid = ", ".join(f"{kind}: {n}" for kind, n in result.invalid.items() if n) or "none"
    typer.echo(
        f"list {result.name!r} ({result.list_type}): {result.rows} rows read, {result.stored} "
        f"distinct values stored as keyed hashes; invalid values skipped: {invalid}"
    )


@lists_app.command("show")
def show(db: DbOption = None) -> None:
    """Show the stored lists: type, origin, import date, validity and size.

    Example: licite lists show --db licite.db
    """
    from rich.console import Console
    from rich.table import Table

    from licite.services.lists import show_lists

    table = Table("name", "type", "origin", "imported", "valid until", "entries")
    for item in show_lists(db):
        until = item.expires_at.isoformat(timespec="minutes") if item.expires_at else "-"
        table.add_row(item.name, item.list_type, item.origin,
                      item.imported_at.isoformat(timespec="minutes"), until,
                      str(item.entry_count))  # fmt: skip
    Console().print(table)


@lists_app.command("export")
def export(
    name: Annotated[str, typer.Argument(help="Stored list name.")],
    out: Annotated[Path, typer.Option("--out", help="CSV file to write.")],
    db: DbOption = None,
) -> None:
    """Export a stored list's entries: keyed hashes only (the store holds nothing else).

    Example: licite lists export bloctel --out bloctel-hashes.csv --db licite.db
    """
    from licite.services.lists import export_list

    typer.echo(f"{export_list(name, out, db)} entries written to {out}")


@lists_app.command("remove")
def remove(
    name: Annotated[str, typer.Argument(help="Stored list name.")], db: DbOption = None
) -> None:
    """Remove a stored list (recorded in the audit trail).

    Example: licite lists remove old-suppression --db licite.db
    """
    from licite.services.lists import remove_list

    remove_list(name, db)
    typer.echo(f"list {name!r} removed")


@lists_app.command("export-for-scrub")
def export_for_scrub(
    contacts: Annotated[Path, typer.Argument(help="Contact file whose numbers to check.")],
    out: Annotated[Path, typer.Option("--out", help="File to upload to the service.")],
    phone: Annotated[
        str | None,
        typer.Option("--phone", help="Phone column (default: auto-detected).", show_default=False),
    ] = None,
) -> None:
    """Write the distinct French numbers of a contact file for Bloctel, one a line (0612345678).

    Example: licite lists export-for-scrub contacts.csv --out bloctel-upload.txt
    """
    from licite.services.bloctel import export_for_scrub as run

    done = run(contacts, out, phone)
    typer.echo(
        f"{done.written} French numbers written to {out} ({done.foreign} foreign numbers not "
        f"concerned, {done.invalid} invalid values skipped)"
    )


@lists_app.command("import-result")
def import_result(
    result: Annotated[Path, typer.Argument(help="The service's answer file.")],
    submitted: Annotated[
        Path,
        typer.Option(
            "--submitted", help="The file that was uploaded (written by export-for-scrub)."
        ),
    ],
    name: Annotated[str, typer.Option("--name", help="List name.")] = "bloctel",
    checked_at: Annotated[
        str | None,
        typer.Option(
            "--checked-at",
            help="When the service checked, ISO 8601 (default: now).",
            show_default=False,
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    """Store the scrubbing service's answer: listed or not, and when, for each number sent.

    Example: licite lists import-result bloctel-answer.txt --submitted bloctel-upload.txt
    """
    from licite.services.bloctel import import_result as run

    done = run(result, submitted, db, name=name, checked_at=_when(checked_at))
    typer.echo(f"list {done.name!r}: {done.stored} numbers recorded with their check date")
