"""``licite notices``: art. 14 notices that name the source, their deadline, and when sent."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from licite.cli.ledger_options import WhenOption, moment
from licite.cli.options import DbOption, Lang, LangOption

notices_app = typer.Typer(
    help="Art. 14 notices: who is due one, render them, record when they were sent.",
    no_args_is_help=True,
)
WithinOption = Annotated[
    int, typer.Option("--within", help="Days before the one-month deadline that count as due.")
]


@notices_app.command("due")
def due(at: WhenOption = None, within: WithinOption = 7, db: DbOption = None) -> None:
    """List contacts not yet informed whose one-month deadline (RGPD art. 14(3)) is near or
    passed; data collected from the person (own form, sale) and organisations are not listed.

    Example: licite notices due --within 7
    """
    from licite.services.notices import due as run

    items = run(db, moment(at), within)
    for item in items:
        state = "OVERDUE" if item.overdue else "due"
        typer.echo(f"{item.contact_id}\t{state}\t{item.deadline:%Y-%m-%d}")
    overdue = sum(item.overdue for item in items)
    typer.echo(f"{len(items)} notice(s) due, {overdue} overdue")


@notices_app.command("render")
def render(
    profile: Annotated[Path, typer.Option("--profile", help="Controller profile (TOML).")],
    contact: Annotated[
        str | None, typer.Argument(help="Contact id (or use --due).", show_default=False)
    ] = None,
    all_due: Annotated[bool, typer.Option("--due", help="Every contact due a notice.")] = False,
    out: Annotated[Path, typer.Option("--out", help="Folder for the notices.")] = Path("notices"),
    lang: LangOption = Lang.fr,
    at: WhenOption = None,
    within: WithinOption = 7,
    db: DbOption = None,
) -> None:
    """Write the art. 14 notice of a contact (or of each one due) in French or English, naming
    the precise source of that contact's data, one Markdown file per contact.

    Example: licite notices render --due --profile samples/controller.toml --out notices --lang fr
    """
    from licite.core.errors import ConfigError
    from licite.services.notices import render as run

    if all_due == (contact is not None):
        raise ConfigError("give either a CONTACT id or --due (not both)")
    written = run(db, profile, None if all_due else [contact or ""], lang.value, out,
                  moment(at), within)  # fmt: skip
    typer.echo(f"{len(written)} notice(s) written to {out}")


@notices_app.command("mark-sent")
def mark_sent(
    file: Annotated[
        Path, typer.Argument(help="CSV from the mailing tool: contact_id [, sent_at].")
    ],
    rejects: Annotated[Path | None, typer.Option("--rejects", help="Rejected rows CSV.")] = None,
    db: DbOption = None,
) -> None:
    """Record that notices were sent (sets informed_at; sent_at defaults to now).

    Example: licite notices mark-sent sent.csv --rejects sent-rejected.csv
    """
    from licite.services.notices import mark_sent_file

    counts = mark_sent_file(db, file, rejects, moment(None))
    typer.echo(f"{counts.rows_in} rows: {counts.accepted} marked sent, {counts.rejected} rejected")
