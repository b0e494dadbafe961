"""``licite check``: run a whole contact file (or the store) through the rules for a campaign."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from licite.cli.display import count_text
from licite.cli.options import AtOption, DbOption, Lang, LangOption

if TYPE_CHECKING:
    from datetime import datetime

    from licite.core.model import Campaign
    from licite.services.check import CheckSummary

LABELS = {
    "fr": {
        "title": "Résultat du contrôle", "rows_in": "Lignes lues", "allowed": "Autorisés",
        "refused": "Refusés", "rejected": "Rejetés (invalides ou injoignables)", "reason": "Motif",
        "count": "Contacts", "files": "Fichiers écrits", "version": "Version des règles",
    },
    "en": {
        "title": "Check result", "rows_in": "Rows read", "allowed": "Allowed",
        "refused": "Refused", "rejected": "Rejected (invalid or unreachable)", "reason": "Reason",
        "count": "Contacts", "files": "Files written", "version": "Rules version",
    },
}  # fmt: skip


def check(
    contacts: Annotated[
        Path | None, typer.Argument(help="Contact file (.csv or .jsonl).", show_default=False)
    ] = None,
    campaign: Annotated[
        Path, typer.Option("--campaign", help="Campaign JSON file (decision-format campaign).")
    ] = Path("campaign.json"),
    at: AtOption = None,
    out: Annotated[Path, typer.Option("--out", help="Folder for the result files.")] = Path("out"),
    lang: LangOption = Lang.en,
    from_store: Annotated[
        bool, typer.Option("--from-store", help="Check the contacts held in the store.")
    ] = False,
    db: DbOption = None,
) -> None:
    """Check every contact for one campaign: allowed, refused (with reasons) or rejected.

    Writes allowed.csv, refused.csv, rejected.csv and summary.json into --out (atomically)
    and prints counts by reason. With --from-store the contacts come from the store and each
    decision is recorded there with the rules version and a hash of its inputs.

    Example: licite check contacts.csv --campaign email.json --at 2026-12-01T10:00:00+01:00
    """
    from licite.core.errors import ConfigError
    from licite.services import store_jobs

    chosen = _campaign(campaign)
    moment = _moment(at)
    if from_store == (contacts is not None):
        raise ConfigError("give either a CONTACTS file or --from-store (not both)")
    if contacts is None:
        summary = store_jobs.check_store(db, chosen, moment, out, lang.value)
    else:
        summary = _with_progress(contacts, chosen, moment, out, lang.value)
    print_summary(summary, lang.value)


def _campaign(path: Path) -> Campaign:
    from licite.core.errors import ConfigError, InputError
    from licite.core.request import parse_campaign
    from licite.services.reading import load_json

    if not path.exists():
        raise ConfigError(f"{path}: no such campaign file")
    try:
        return parse_campaign(load_json(path.read_bytes()))
    except InputError as error:
        raise ConfigError(f"{path}: {error}") from None


def _moment(at: str | None) -> datetime:
    from licite.core.errors import ConfigError, InputError
    from licite.core.timeutil import parse_timestamp, utc_now

    if at is None:
        return utc_now()
    try:
        return parse_timestamp(at)
    except InputError as error:
        raise ConfigError(f"--at: {error.message}") from None


def _with_progress(
    contacts: Path, campaign: Campaign, moment: datetime, out: Path, lang: str
) -> CheckSummary:
    from rich.progress import BarColumn, DownloadColumn, Progress, TimeRemainingColumn

    from licite.core.errors import ConfigError
    from licite.services.check import check_file

    if not contacts.exists():
        raise ConfigError(f"{contacts}: no such file")
    size = contacts.stat().st_size
    columns = (BarColumn(), DownloadColumn(), TimeRemainingColumn())
    with Progress(*columns, transient=True, disable=size < 5_000_000) as bar:
        task = bar.add_task("check", total=size)
        summary: CheckSummary = check_file(
            contacts, campaign, moment, out, lang, progress=lambda n: bar.advance(task, n)
        )
    return summary


def print_summary(summary: CheckSummary, lang: str) -> None:
    from rich.console import Console
    from rich.table import Table

    from licite.services.check import reason_labels

    words = LABELS[lang]
    console = Console()
    counts = Table(title=words["title"], show_header=False)
    for key in ("rows_in", "allowed", "refused", "rejected"):
        counts.add_row(words[key], count_text(getattr(summary, key)))
    counts.add_row(words["version"], summary.rules_version)
    console.print(counts)
    if summary.by_reason:
        labels = reason_labels(lang)
        reasons = Table(words["reason"], words["count"], "", title=words["refused"])
        for code, count in summary.by_reason.most_common():
            reasons.add_row(code, count_text(count), labels.get(code, ""))
        console.print(reasons)
    console.print(f"{words['files']}:")
    for path in summary.files.values():
        console.print(f"  {path}")
