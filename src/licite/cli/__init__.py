"""The ``licite`` command line: thin commands over :mod:`licite.services`.

Heavy imports (NumPy, SQLAlchemy, phonenumbers) happen inside the commands, so
``licite --help`` starts fast. Errors are mapped to exit codes in one place, :func:`main`.
"""

from __future__ import annotations

import sys

import typer

from licite.cli import (
    audit,
    check,
    collect,
    consent,
    db,
    decide,
    lists,
    notices,
    purge,
    rules,
    scan,
    subject,
)
from licite.cli import object as object_cli
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
app.command("collect")(collect.collect)
app.add_typer(collect.source_app, name="source")
app.command("scrub")(scrub_cli.scrub)
app.add_typer(lists.lists_app, name="lists")
app.add_typer(db.db_app, name="db")
app.add_typer(db.import_app, name="import")
app.add_typer(consent.consent_app, name="consent")
app.command("object")(object_cli.object_)
app.add_typer(object_cli.suppression_app, name="suppression")
app.add_typer(subject.subject_app, name="subject")
app.command("purge")(purge.purge)
app.add_typer(audit.audit_app, name="audit")
app.add_typer(notices.notices_app, name="notices")

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
