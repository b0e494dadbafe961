"""``licite subject``: a person's rights of access, rectification and erasure (RGPD art. 15-17)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from licite.cli.ledger_options import EmailOption, PhoneOption, WhenOption, moment
from licite.cli.options import DbOption

subject_app = typer.Typer(
    help="Data-subject requests: find, access, rectify, erase (each logged with its deadline).",
    no_args_is_help=True,
)


def _deadline(outcome: object) -> None:
    request = getattr(outcome, "request")  # noqa: B009
    typer.echo(f"request #{request.id} logged; answer due by {request.deadline_at:%Y-%m-%d}")


@subject_app.command("find")
def find(
    email: EmailOption = None, phone: PhoneOption = None, at: WhenOption = None,
    db: DbOption = None,
) -> None:  # fmt: skip
    """List the stored contacts with this email or phone, and where their data came from.

    Example: licite subject find --email a@example.com
    """
    from licite.services.ledger_base import Person
    from licite.services.subjects import find as run

    outcome, found = run(db, Person.of(email, phone), moment(at))
    for contact in found:
        source = contact.source.name or contact.source.type.value
        typer.echo(f"{contact.id}\t{contact.email or ''}\t{contact.phone or ''}\t{source}")
    typer.echo(f"{len(found)} contact(s)")
    _deadline(outcome)


@subject_app.command("access")
def access(
    out: Annotated[Path, typer.Option("--out", help="Base name: writes OUT.json and OUT.html.")],
    email: EmailOption = None,
    phone: PhoneOption = None,
    at: WhenOption = None,
    db: DbOption = None,
) -> None:
    """Export everything held about the person (data, sources, consents, objections,
    decisions, notices, requests) as JSON and readable HTML (RGPD art. 15).

    Example: licite subject access --email a@example.com --out access-a
    """
    from licite.services.ledger_base import Person
    from licite.services.subjects import access as run

    outcome = run(db, Person.of(email, phone), moment(at), out)
    typer.echo(f"{len(outcome.contact_ids)} contact(s) exported to {', '.join(outcome.files)}")
    _deadline(outcome)


@subject_app.command("rectify")
def rectify(
    set_: Annotated[
        list[str],
        typer.Option("--set", help="FIELD=VALUE (email, phone, postal_address, timezone, "
                     "attr.NAME; an empty value clears it); repeatable."),
    ],
    email: EmailOption = None,
    phone: PhoneOption = None,
    at: WhenOption = None,
    db: DbOption = None,
) -> None:  # fmt: skip
    """Correct the person's data in every stored contact (RGPD art. 16).

    Example: licite subject rectify --email a@example.com --set postal_address="3 rue Neuve, 13001 Marseille"
    """  # noqa: E501
    from licite.core.errors import ConfigError
    from licite.services.ledger_base import Person
    from licite.services.subjects import rectify as run

    changes = {}
    for item in set_:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise ConfigError(f"--set {item!r}: expected FIELD=VALUE")
        changes[name.strip()] = value.strip()
    outcome = run(db, Person.of(email, phone), changes, moment(at))
    typer.echo(f"{len(outcome.contact_ids)} contact(s) rectified")
    _deadline(outcome)


@subject_app.command("erase")
def erase(
    email: EmailOption = None, phone: PhoneOption = None, at: WhenOption = None,
    db: DbOption = None,
) -> None:  # fmt: skip
    """Erase the person everywhere (RGPD art. 17); an objection stays, as a keyed hash only.

    Example: licite subject erase --email a@example.com
    """
    from licite.services.ledger_base import Person
    from licite.services.subjects import erase as run

    outcome = run(db, Person.of(email, phone), moment(at))
    typer.echo(f"{len(outcome.contact_ids)} contact(s) erased")
    _deadline(outcome)
