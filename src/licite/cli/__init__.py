"""The ``licite`` command line: thin commands over :mod:`licite.services`.

Heavy imports (NumPy, SQLAlchemy, phonenumbers) happen inside the commands, so
``licite --help`` starts fast. Errors are mapped to exit codes in one place, :func:`main`.
"""

from __future__ import annotations

import sys

import typer

from licite.cli import check, db, decide, lists, rules, scan
from licite.cli import scrub as scrub_cli
from licite.core.errors import LiciteError

app = typer.Typer(
    name="licite",
    help="Lawful prospecting from public data: decide, check and prove (GDPR, CPCE, C. consom.).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("decide")(decide.decide)
app.command("check")(check.check)
app.command("rules")(rules.rules)
app.command("scan")(scan.scan)
app.command("redact")(scan.redact)
app.command("scrub")(scrub_cli.scrub)
app.add_typer(lists.lists_app, name="lists")
app.add_typer(db.db_app, name="db")
app.add_typer(db.import_app, name="import")

#: Exit codes of every command (documented in docs/cli.md).
EXIT_CODES = {
    0: "success",
    1: "unexpected error",
    2: "invalid input (a request, a row or a file breaks the format), or a usage error",
    3: "invalid configuration (campaign file, option, missing file)",
    4: "store error (database missing, not initialised or not writable)",
    70: "internal error in the rule table (a bug: please report it)",
    130: "interrupted",
}


def main() -> None:
    """Entry point of the ``licite`` script: runs the app and maps errors to exit codes.

    Click handles usage errors itself (exit 2); licite's own errors are printed on one line
    and mapped by :class:`~licite.core.errors.LiciteError.exit_code`.
    """
    try:
        app()
    except LiciteError as error:
        typer.secho(f"licite: {error}", err=True, fg="red")
        sys.exit(error.exit_code)
    except KeyboardInterrupt:
        typer.secho("licite: interrupted", err=True, fg="red")
        sys.exit(130)
