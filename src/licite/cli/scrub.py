"""``licite scrub``: clean a contact file of everyone on chosen opposition lists."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from licite.cli.display import count_text
from licite.cli.options import DbOption, Lang, LangOption

if TYPE_CHECKING:
    from licite.services.scrub import ScrubSummary

LABELS = {
    "fr": {"title": "Nettoyage contre les listes d'opposition", "in": "Lignes lues",
           "clean": "Conservées", "excluded": "Exclues (sur une liste)",
           "rejected": "Rejetées (illisibles)", "read": "Fichier lu", "list": "Liste",
           "count": "Exclues", "files": "Fichiers écrits", "invalid": "Valeurs invalides",
           "delimiter": "séparateur", "outputs": "Sorties",
           "copy": "enregistrements recopiés tels quels", "duckdb": "réécrites par DuckDB",
           "given_up": "copie abandonnée"},
    "en": {"title": "Scrub against opposition lists", "in": "Rows read", "clean": "Kept",
           "excluded": "Excluded (on a list)", "rejected": "Rejected (unreadable)",
           "read": "File read", "list": "List", "count": "Excluded", "files": "Files written",
           "invalid": "Invalid values", "delimiter": "delimiter", "outputs": "Outputs",
           "copy": "records copied as they are", "duckdb": "rewritten by DuckDB",
           "given_up": "copy given up"},
}  # fmt: skip
STEPS = {
    "fr": {"lists": "listes", "read": "lecture", "match": "rapprochement", "write": "écriture"},
    "en": {"lists": "lists", "read": "reading", "match": "matching", "write": "writing"},
}


def scrub(
    contacts: Annotated[
        Path,
        typer.Argument(
            help="Contact file: .csv (any delimiter/encoding), .parquet, .jsonl or .xlsx.",
            show_default=False,
        ),
    ],
    against: Annotated[
        list[str],
        typer.Option(
            "--against",
            help="A list file, a stored list name, or "
            "type:T for every stored list of type T. Repeatable.",
        ),
    ],
    out: Annotated[Path, typer.Option("--out", help="Folder for the result files.")] = Path(
        "scrubbed"
    ),
    phone: Annotated[
        str | None,
        typer.Option("--phone", help="Phone column (default: auto-detected).", show_default=False),
    ] = None,
    email: Annotated[
        str | None,
        typer.Option("--email", help="Email column (default: auto-detected).", show_default=False),
    ] = None,
    siren: Annotated[
        str | None,
        typer.Option("--siren", help="SIREN column (default: auto-detected).", show_default=False),
    ] = None,
    list_format: Annotated[
        str,
        typer.Option(
            "--list-format",
            help="Layout of list files: plain, bloctel, brevo, mailchimp or sirene.",
        ),
    ] = "plain",
    spreadsheet_safe: Annotated[
        bool,
        typer.Option(
            "--spreadsheet-safe",
            help="CSV output: prefix ' to cells a spreadsheet would run as a formula.",
        ),
    ] = False,
    db: DbOption = None,
    lang: LangOption = Lang.en,
) -> None:
    """Remove everyone on the given lists from a contact file; counts always add up.

    Writes clean.<ext> (same format and columns), excluded.<ext> (plus list and reason),
    rejected.csv (unreadable rows: line and error) and summary.json into --out, each
    atomically. Phones are compared in E.164, emails trimmed and lower-cased.

    Example: licite scrub contacts.csv --against samples/lists/suppression.csv --out scrubbed
    """
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from licite.services.scrub import scrub_file

    columns = {"phone": phone, "email": email, "siren": siren}
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  transient=True) as bar:  # fmt: skip
        steps = STEPS[lang.value]
        task = bar.add_task("scrub", total=len(steps))

        def step(name: str) -> None:
            bar.update(task, description=f"scrub: {steps[name]}", advance=1)

        summary = scrub_file(
            contacts, against, out, db=db, columns=columns,  # type: ignore[arg-type]
            spreadsheet_safe=spreadsheet_safe, list_format=list_format, step=step,
        )  # fmt: skip
    print_summary(summary, lang.value)


def print_summary(summary: ScrubSummary, lang: str) -> None:
    from rich.console import Console
    from rich.table import Table

    words = LABELS[lang]
    console = Console()
    read = f"{summary.file} ({summary.format}"
    if summary.encoding:
        read += f", {summary.encoding}, {words['delimiter']} {summary.delimiter!r}"
    columns = ", ".join(f"{kind}={name}" for kind, name in summary.columns.items())
    console.print(f"{words['read']}: {read}; {columns})")
    written = words.get(summary.written_by, summary.written_by)
    if summary.copy_given_up:
        written += f" ({words['given_up']}: {summary.copy_given_up})"
    console.print(f"{words['outputs']}: {written}", markup=False)
    counts = Table(title=words["title"], show_header=False)
    for key, value in (("in", summary.rows_in), ("clean", summary.clean),
                       ("excluded", summary.excluded), ("rejected", summary.rejected)):  # fmt: skip
        counts.add_row(words[key], count_text(value))
    console.print(counts)
    lists = Table(words["list"], words["count"])
    for name in summary.lists:
        lists.add_row(name, count_text(summary.by_list.get(name, 0)))
    console.print(lists)
    invalid = ", ".join(f"{k}: {count_text(v)}" for k, v in summary.invalid_values.items() if v)
    if invalid:
        console.print(f"{words['invalid']}: {invalid}")
    console.print(f"{words['files']}:")
    for path in summary.files.values():
        console.print(f"  {path}")
