"""``licite object`` and ``licite suppression``: objections and suppression files, as hashes."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from licite.cli.ledger_options import (
    ChannelsOption,
    EmailOption,
    PhoneOption,
    WhenOption,
    channels,
    moment,
)
from licite.cli.options import DbOption

suppression_app = typer.Typer(
    help="Suppression files: hashed objections in and out (CSV).", no_args_is_help=True
)


def object_(
    email: EmailOption = None,
    phone: PhoneOption = None,
    channel: ChannelsOption = None,
    controller: Annotated[
        str | None,
        typer.Option("--controller", help="Object to this controller only (default: to all)."),
    ] = None,
    origin: Annotated[
        str, typer.Option("--origin", help="How it came: request, email, phone, letter, stop_sms.")
    ] = "request",
    at: WhenOption = None,
    db: DbOption = None,
) -> None:
    """Record a person's objection (RGPD art. 21), from any channel, as keyed hashes only.

    It is honoured by every later check, also after the person is erased and collected again.
    Without --channel it covers every channel.

    Example: licite object --email a@example.com --channel email --channel sms
    """
    from licite.services.ledger_base import Person
    from licite.services.objections import record

    added = record(
        db, Person.of(email, phone), moment(at), channels=channels(channel),
        controller=controller, origin=origin,
    )  # fmt: skip
    typer.echo(f"objection recorded ({added} new hash(es)); it outlives erasure")


@suppression_app.command("import")
def import_(
    file: Annotated[
        Path,
        typer.Argument(
            help="CSV of hashes (key_kind, key_hash, …) or, with "
            "--plaintext, of email and/or phone."
        ),
    ],
    plaintext: Annotated[
        bool, typer.Option("--plaintext", help="The file holds plaintext: hash it on import.")
    ] = False,
    rejects: Annotated[Path | None, typer.Option("--rejects", help="Rejected rows CSV.")] = None,
    db: DbOption = None,
) -> None:
    """Import a suppression file as hashed objections (optional columns: channels, controller, at).

    Example: licite suppression import optouts.csv --plaintext --rejects optouts-rejected.csv
    """
    from licite.services.objections import import_file

    counts, added = import_file(db, file, moment(None), plaintext=plaintext, rejects=rejects)
    typer.echo(
        f"{counts.rows_in} rows: {counts.accepted} accepted ({added} new hash(es)), "
        f"{counts.rejected} rejected"
    )


@suppression_app.command("export")
def export(
    out: Annotated[Path, typer.Option("--out", help="CSV file to write.")],
    db: DbOption = None,
) -> None:
    """Export every hashed objection (key_kind, key_hash, channels, controller, at).

    Example: licite suppression export --out suppression.csv
    """
    from licite.services.objections import export_file

    count = export_file(db, out, moment(None))
    typer.echo(f"{count} hashed objection(s) written to {out}")
