"""``licite purge``: apply the retention periods (CNIL référentiel, LEGAL.md §5)."""

from __future__ import annotations

from typing import Annotated

import typer

from licite.cli.ledger_options import WhenOption, moment
from licite.cli.options import DbOption


def purge(
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Only list what would be removed.")
    ] = False,
    at: WhenOption = None,
    db: DbOption = None,
) -> None:
    """Remove contacts kept past their retention period: prospects 3 years after collection
    or their last own contact, customers 3 years after the relationship ended. Objections stay
    as keyed hashes. Prints what was (or, with --dry-run, would be) removed.

    Example: licite purge --dry-run --at 2029-12-01T00:00:00+01:00
    """
    from licite.services.purge import REASONS
    from licite.services.purge import purge as run

    report = run(db, moment(at), dry_run=dry_run)
    verb = "would remove" if dry_run else "removed"
    typer.echo(f"{report.examined} contact(s) examined; {verb} {len(report.removed)}")
    for reason, count in sorted(report.counts().items()):
        typer.echo(f"  {count} × {REASONS[reason]}")
    for key, reason in report.removed:
        typer.echo(f"  {key}\t{reason}")
    typer.echo(f"{report.objections_kept} hashed objection(s) kept (at least 3 years)")
