"""``licite consent``: record, import, withdraw, show and export consents with their proof."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from licite.cli.ledger_options import (
    ChannelsOption,
    EmailOption,
    PhoneOption,
    WhenOption,
    channels,
    moment,
)
from licite.cli.options import DbOption, Lang, LangOption

consent_app = typer.Typer(
    help="The consent ledger: consents with proof (RGPD art. 7), withdrawal, receipts.",
    no_args_is_help=True,
)


@consent_app.command("add")
def add(
    controller: Annotated[
        list[str], typer.Option("--controller", help="Who may contact (repeatable: partner list).")
    ],
    method: Annotated[
        str,
        typer.Option(
            "--method",
            help="How it was expressed, e.g. unticked_checkbox, double_opt_in, recorded_oral.",
        ),
    ],
    email: EmailOption = None,
    phone: PhoneOption = None,
    channel: ChannelsOption = None,
    given_at: WhenOption = None,
    purpose: Annotated[str, typer.Option("--purpose")] = "commercial_prospecting",
    collected_by: Annotated[str | None, typer.Option("--collected-by")] = None,
    wording: Annotated[
        Path | None, typer.Option("--wording", help="File holding the exact wording shown.")
    ] = None,
    form_id: Annotated[str | None, typer.Option("--form-id")] = None,
    form_version: Annotated[str | None, typer.Option("--form-version")] = None,
    ip: Annotated[
        str | None, typer.Option("--ip", help="IP address the consent came from.")
    ] = None,
    recording_id: Annotated[str | None, typer.Option("--recording-id")] = None,
    out_of_hours: Annotated[bool, typer.Option("--out-of-hours")] = False,
    lang: LangOption = Lang.fr,
    db: DbOption = None,
) -> None:
    """Record a consent with its proof for the stored contact(s) with this email or phone.

    The wording shown is stored once and referenced by its hash; a consent without any proof
    (wording, form, IP or recording) is recorded but the rules will not rely on it.

    Example: licite consent add --email a@example.com --channel email --controller ACME --method unticked_checkbox --wording form.txt --form-id web-1 --form-version 3 --ip 192.0.2.1
    """  # noqa: E501
    from licite.core.errors import ConfigError
    from licite.services import consent as service
    from licite.services.ledger_base import Person

    if not channel:
        raise ConfigError("give at least one --channel")
    text = None
    if wording is not None:
        if not wording.is_file():
            raise ConfigError(f"{wording}: no such wording file")
        text = wording.read_text(encoding="utf-8")
    item = service.ConsentInput(
        person=Person.of(email, phone), channels=channels(channel),
        controllers=tuple(controller), method=service.parse_method(method),
        given_at=moment(given_at), purpose=purpose, collected_by=collected_by, wording=text,
        form_id=form_id, form_version=form_version, ip=ip, recording_id=recording_id,
        out_of_hours=out_of_hours, lang=lang.value,
    )  # fmt: skip
    result = service.add(db, item, moment(None))
    typer.echo(f"consent recorded: {', '.join(result.receipt_ids)}")
    if result.without_proof:
        typer.secho("warning: no proof given (RGPD art. 7(1)); it will not be relied on", err=True)


@consent_app.command("import")
def import_(
    file: Annotated[
        Path,
        typer.Argument(
            help="CSV: email, phone, channels, controllers, method, "
            "given_at [, purpose, collected_by, wording, "
            "wording_file, form_id, form_version, ip, recording_id, "
            "out_of_hours, lang]."
        ),
    ],
    rejects: Annotated[Path | None, typer.Option("--rejects", help="Rejected rows CSV.")] = None,
    db: DbOption = None,
) -> None:
    """Record every consent of a CSV file; bad rows are rejected with line, field and reason.

    Example: licite consent import consents.csv --rejects consents-rejected.csv --db licite.db
    """
    from licite.services.consent import import_file

    counts = import_file(db, file, rejects, moment(None))
    typer.echo(f"{counts.rows_in} rows: {counts.accepted} recorded, {counts.rejected} rejected")
    for reason, count in sorted(counts.reasons.items()):
        typer.echo(f"  {count} × {reason}")


@consent_app.command("withdraw")
def withdraw(
    email: EmailOption = None,
    phone: PhoneOption = None,
    channel: ChannelsOption = None,
    controller: Annotated[str | None, typer.Option("--controller")] = None,
    at: WhenOption = None,
    db: DbOption = None,
) -> None:
    """Withdraw the person's consents (all, or those covering a --channel / --controller).

    Example: licite consent withdraw --email a@example.com --channel email
    """
    from licite.services import consent as service
    from licite.services.ledger_base import Person

    chosen = service.withdraw(
        db, Person.of(email, phone), moment(at),
        channels=channels(channel), controller=controller,
    )  # fmt: skip
    typer.echo(f"{len(chosen)} consent(s) withdrawn" + (f": {', '.join(chosen)}" if chosen else ""))


@consent_app.command("show")
def show(email: EmailOption = None, phone: PhoneOption = None, db: DbOption = None) -> None:
    """Show the person's consents and their proof, as JSON lines.

    Example: licite consent show --email a@example.com
    """
    from licite.services import consent as service
    from licite.services.ledger_base import Person

    for record in service.show(db, Person.of(email, phone)):
        typer.echo(json.dumps(_plain(record), ensure_ascii=False, default=str))


def _plain(record: Any) -> dict[str, object]:
    return {name: getattr(record, name) for name in record.__slots__}


@consent_app.command("export")
def export(
    profile: Annotated[Path, typer.Option("--profile", help="Controller profile (TOML).")],
    out: Annotated[Path, typer.Option("--out", help="JSON file to write.")],
    fmt: Annotated[
        str,
        typer.Option(
            "--format", help="kantara (Consent Receipt v1.1) or dpv (ISO/IEC TS 27560 JSON-LD)."
        ),
    ] = "kantara",
    email: EmailOption = None,
    phone: PhoneOption = None,
    lang: LangOption = Lang.fr,
    db: DbOption = None,
) -> None:
    """Export the person's consent receipts (one per consent, a JSON array).

    Example: licite consent export --email a@example.com --profile samples/controller.toml --format kantara --out receipts.json
    """  # noqa: E501
    from licite.services.consent import export_receipts
    from licite.services.ledger_base import Person

    count = export_receipts(db, Person.of(email, phone), profile, fmt, lang.value, out)
    typer.echo(f"{count} receipt(s) written to {out}")
