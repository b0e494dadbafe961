"""``licite scan`` and ``licite redact``: find, or replace, data that must not be held."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from licite.cli.display import count_text
from licite.cli.options import Lang, LangOption

if TYPE_CHECKING:
    from rich.console import Console

    from licite.services.scan import Scan, ScanSummary

#: Findings shown in the table (all of them are in ``--format jsonl``).
SHOWN = 50
#: Files smaller than this get no progress bar.
PROGRESS_FROM_BYTES = 5_000_000


#: What the summaries and the table say: key → (French, English), as the other commands'
#: labels (``licite.rules.labels``, ``licite.collector.report``).
WORDS: dict[str, tuple[str, str]] = {
    "findings": ("Constats", "Findings"),
    "columns": ("ligne id champ catégorie texte détecteur", "row id field category text detector"),
    "per_category": ("Par catégorie", "Per category"),
    "category_columns": ("catégorie constats lignes", "category findings rows"),
    "counts": ("{source}: {rows} lignes, dont {flagged} avec constats ({findings} constats); "
               "encodage {encoding}", "{source}: {rows} rows, {flagged} with findings "
               "({findings} findings); encoding {encoding}"),
    "capped": ("{capped} cellule(s) de plus de {most} caractères: seuls leurs premiers "
               "caractères ont été analysés", "{capped} cell(s) longer than {most} characters: "
               "only their first characters were scanned"),
    "truncated": (", le reste est devenu [TRUNCATED]", ", the rest became [TRUNCATED]"),
    "errors": ("{errors} ligne(s) illisible(s) (voir leur erreur)",
               "{errors} row(s) could not be read (see their error)"),
    "written": ("écrit: {path}", "written: {path}"),
    "hidden": ("… {hidden} autres non affichés (--format jsonl pour tous les voir)",
               "… {hidden} more not shown (use --format jsonl to see them all)"),
    "unreadable": ("licite: {errors} ligne(s) illisible(s)", "licite: {errors} unreadable row(s)"),
}  # fmt: skip


def _say(key: str, lang: str) -> str:
    fr, en = WORDS[key]
    return fr if lang == "fr" else en


class Format(StrEnum):
    table = "table"
    jsonl = "jsonl"


FileArgument = Annotated[
    Path,
    typer.Argument(help="File to read: .csv, .jsonl/.ndjson/.json, or any other as plain text."),
]
ColumnsOption = Annotated[
    list[str] | None,
    typer.Option(
        "--columns",
        metavar="<names>",
        help="CSV columns to scan, comma-separated or repeated (default: every column).",
        show_default=False,
    ),
]
LexiconOnlyOption = Annotated[
    bool,
    typer.Option(
        "--lexicon-only",
        help="Report only what the lexicons match, without the classifier's second opinion "
        "(docs/scan.md): fewer findings, each tied to a written term.",
    ),
]
TextFieldOption = Annotated[
    list[str] | None,
    typer.Option(
        "--text-field",
        metavar="<path>",
        help="JSON Lines field to scan, dotted path (contact.notes), repeatable (default: every "
        "string value).",
        show_default=False,
    ),
]


def scan(
    file: FileArgument,
    columns: ColumnsOption = None,
    text_field: TextFieldOption = None,
    fmt: Annotated[
        Format, typer.Option("--format", help="table (for people) or jsonl (one object per row).")
    ] = Format.table,
    include_all: Annotated[
        bool,
        typer.Option("--all", help='Also report findings not about a person ("about_person").'),
    ] = False,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Write to this file (atomically) instead of stdout."),
    ] = None,
    lexicon_only: LexiconOnlyOption = False,
    lang: LangOption = Lang.en,
) -> None:
    """Find special-category data (GDPR art. 9 and 10), NIR and identifiers, row by row.

    Reads CSV, JSON Lines or plain text (one row per line) encoded in UTF-8, UTF-8 with BOM or
    cp1252, and says which. Cells longer than 100 000 characters are scanned up to that length
    and counted. With --format jsonl, writes one object per data row, in input order:
    {"row", "id", "findings": [{"category", "start", "end", "text", "score", "detector",
    "field"}]}; the summary goes to stderr. A JSON line that cannot be read gets an "error" key
    and the exit code is then 2.

    Example: licite scan notes.csv --columns comment --format jsonl > findings.jsonl
    """
    from licite.services import scan as service

    with _progress(file) as advance:
        job = service.Scan(
            file,
            _split(columns),
            text_field or (),
            include_all=include_all,
            progress=advance,
            second_opinion=not lexicon_only,
        )
        with _output(out) as handle:
            if fmt is Format.jsonl:
                summary = service.write_jsonl(job, handle)
            else:
                summary = _table(job, _console(handle), lang.value)
    if fmt is Format.jsonl or out is not None:
        summary.output = None if out is None else str(out)
        print_summary(summary, _console(sys.stderr), lang=lang.value)
    _exit_on_errors(summary, lang.value)


def redact(
    file: FileArgument,
    columns: ColumnsOption = None,
    text_field: TextFieldOption = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help="Where to write the copy (default: <name>.redacted<suffix> next to FILE).",
            show_default=False,
        ),
    ] = None,
    lexicon_only: LexiconOnlyOption = False,
    lang: LangOption = Lang.en,
) -> None:
    """Write a copy of a file with each finding about a person replaced by a tag ([HEALTH]).

    The copy keeps the format, encoding and CSV dialect; only the scanned cells or values change
    (every string value of a JSON line unless --text-field is given). Text past 100 000
    characters in one cell is not scanned and becomes [TRUNCATED]. The copy is written
    atomically; a summary per category is printed.

    Example: licite redact notes.csv --columns comment --out notes.clean.csv
    """
    from licite.services import scan as service

    with _progress(file) as advance:
        summary = service.redact_file(
            file,
            out,
            _split(columns),
            text_field or (),
            progress=advance,
            second_opinion=not lexicon_only,
        )
    print_summary(summary, _console(sys.stdout), redacted=True, lang=lang.value)
    _exit_on_errors(summary, lang.value)


def _split(columns: list[str] | None) -> list[str]:
    """``--columns a,b --columns c`` → ``[a, b, c]``."""
    return [name.strip() for value in columns or () for name in value.split(",") if name.strip()]


@contextmanager
def _progress(file: Path) -> Iterator[Callable[[int], None]]:
    """A transient progress bar on stderr (large files only); yields the byte counter."""
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TimeRemainingColumn

    size = file.stat().st_size if file.is_file() else 0
    with Progress(
        BarColumn(),
        DownloadColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
        redirect_stdout=False,
        redirect_stderr=False,
        disable=size < PROGRESS_FROM_BYTES,
    ) as bar:
        task = bar.add_task("scan", total=size)
        yield lambda n: bar.advance(task, n)


@contextmanager
def _output(out: Path | None) -> Iterator[TextIO]:
    if out is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    from licite.services.scan import atomic_text

    with atomic_text(out) as handle:
        yield handle


def _console(handle: TextIO) -> Console:
    from rich.console import Console

    if handle in (sys.stdout, sys.stderr):
        return Console(file=handle)
    return Console(file=handle, width=120, no_color=True, force_terminal=False)


def _table(job: Scan, console: Console, lang: str = "en") -> ScanSummary:
    """Print the findings (the first :data:`SHOWN`) then the summary; returns the summary."""
    from rich.table import Table
    from rich.text import Text

    table = Table(*_say("columns", lang).split(), title=_say("findings", lang))
    hidden = 0
    for result in job:
        lines = [
            (f.field or "", f.category if f.about_person else f"({f.category})", f.text, f.detector)
            for f in result.findings
        ]
        if result.error is not None:
            lines.append(("", "error", result.error, ""))
        for field, category, text, detector in lines:
            if table.row_count >= SHOWN:
                hidden += 1
                continue
            ident = "" if result.id is None else str(result.id)
            cells = (str(result.row), ident, field, category, _short(text), detector)
            table.add_row(*(Text(cell) for cell in cells))
    if table.row_count:
        console.print(table)
    if hidden:
        console.print(_say("hidden", lang).format(hidden=count_text(hidden)), soft_wrap=True)
    print_summary(job.summary, console, lang=lang)
    return job.summary


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def print_summary(
    summary: ScanSummary, console: Console, redacted: bool = False, lang: str = "en"
) -> None:
    """Findings and rows per category, then the counts, the encoding and any caveat."""
    from rich.table import Table

    if summary.by_category:
        table = Table(*_say("category_columns", lang).split(), title=_say("per_category", lang))
        for category, count in sorted(summary.by_category.items()):
            rows = summary.rows_by_category[category]
            table.add_row(category, count_text(count), count_text(rows))
        console.print(table)
    counts = _say("counts", lang).format(
        source=summary.source, rows=count_text(summary.rows),
        flagged=count_text(summary.rows_with_findings), findings=count_text(summary.findings),
        encoding=summary.encoding,
    )  # fmt: skip
    lines = [counts]
    if summary.capped:
        capped = _say("capped", lang).format(
            capped=count_text(summary.capped), most=count_text(summary.max_chars)
        )
        lines.append(capped + (_say("truncated", lang) if redacted else ""))
    if summary.errors:
        lines.append(_say("errors", lang).format(errors=count_text(summary.errors)))
    if summary.output:
        lines.append(_say("written", lang).format(path=summary.output))
    for line in lines:
        console.print(line, markup=False, highlight=False, soft_wrap=True)


def _exit_on_errors(summary: ScanSummary, lang: str = "en") -> None:
    if summary.errors:
        message = _say("unreadable", lang).format(errors=count_text(summary.errors))
        typer.secho(message, err=True, fg="red")
        raise typer.Exit(2)
