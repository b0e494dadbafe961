"""``licite collect`` and ``licite source review``: the compliant collector's commands."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from licite.cli.options import DbOption, Lang, LangOption

source_app = typer.Typer(help="Review the sources you collect from.", no_args_is_help=True)

SourcesArg = Annotated[
    Path, typer.Argument(help="Source declarations (TOML, see docs/collect.md).")
]
AllowPrivate = Annotated[
    bool,
    typer.Option(
        "--allow-private",
        help="Let the run reach loopback and private addresses (tests, the bundled demo).",
    ),
]
Contact = Annotated[
    str | None,
    typer.Option(
        "--contact",
        help="Your URL or email address, sent in the User-Agent so site owners can reach you "
        "(default: $LICITE_CONTACT, else licite's collector page).",
    ),
]


@source_app.command("review")
def review(
    name: Annotated[str, typer.Argument(help="The source's name, as declared.")],
    sources: Annotated[Path, typer.Option("--sources", help="Source declarations (TOML).")],
    verdict: Annotated[
        str | None,
        typer.Option("--verdict", help="allows | forbids | unknown; omit to only read the terms."),
    ] = None,
    reviewer: Annotated[
        str | None, typer.Option("--reviewer", help="Who reviewed the terms.")
    ] = None,
    db: DbOption = None,
    allow_private: AllowPrivate = False,
    contact: Contact = None,
    lang: LangOption = Lang.en,
) -> None:
    """Fetch a source's terms of use, show the clauses that look like anti-scraping or
    anti-reuse clauses, and record the verdict, the reviewer, the date and the text's hash.

    Example: licite source review Annonces --sources s.toml --verdict allows --reviewer "J. Dupont"
    """
    from licite.services.collect import review_source

    fr = lang == Lang.fr
    source, page, recorded = review_source(
        sources, name, db=db, allow_private=allow_private, verdict=verdict, reviewer=reviewer,
        contact=contact,
    )  # fmt: skip
    typer.echo(f"{source.name}: {page.url}")
    typer.echo(f'sha256 = "{page.sha256}"')
    heading = "Clauses à lire" if fr else "Clauses to read"
    typer.echo(f"{heading} ({len(page.clauses)}):")
    for clause in page.clauses:
        typer.echo(f"  - [{', '.join(clause.terms)}] {clause.text}")
    if recorded:
        done = "Examen enregistré" if fr else "Review recorded"
        typer.echo(f"{done}: verdict {verdict}, {reviewer}")
    else:
        typer.echo("Non enregistré : ajoutez --verdict et --reviewer." if fr
                   else "Not recorded: pass --verdict and --reviewer.")  # fmt: skip


def collect(
    sources: SourcesArg,
    source: Annotated[
        str | None, typer.Option("--source", help="Collect only the source with this name.")
    ] = None,
    max_pages: Annotated[
        int | None, typer.Option("--max-pages", help="At most this many pages per source.")
    ] = None,
    db: DbOption = None,
    allow_private: AllowPrivate = False,
    delay: Annotated[
        float | None,
        typer.Option("--delay", help="Seconds between two requests to a site (default 1.0)."),
    ] = None,
    contact: Contact = None,
    lang: LangOption = Lang.en,
) -> None:
    """Collect contacts from declared public sources, obeying their terms, robots.txt and
    TDMRep; minimise, screen (art. 9/10, NIR) and skip opposed contacts before storing.

    Example: licite collect sources.toml --db licite.db --max-pages 100
    """
    from rich.console import Console
    from rich.table import Table

    from licite.collector.report import report_lines, source_statuses
    from licite.services.collect import collect as run

    console = Console(stderr=True)
    fr = lang == Lang.fr
    with console.status("collecte…" if fr else "collecting…") as status:

        def progress(counts: dict[str, Any]) -> None:
            pages = counts.get("pages/fetched", 0)
            refused = sum(v for k, v in counts.items() if k.startswith("refused/"))
            kept = counts.get("records/stored", 0)
            status.update(
                f"pages {pages}, refusées {refused}, fiches {counts.get('records/read', 0)}"
                if fr else f"pages {pages}, refused {refused}, records read "
                f"{counts.get('records/read', 0)}, stored so far {kept}"
            )  # fmt: skip

        report = run(sources, db=db, only=source, max_pages=max_pages,
                     allow_private=allow_private, delay=delay, on_progress=progress,
                     contact=contact)  # fmt: skip
    out = Console()
    table = Table(title=f"{'Collecte' if fr else 'Collection'} {report.run_id} ({report.status})")
    table.add_column("")
    table.add_column("n", justify="right")
    for label, value in report_lines(report.counts, lang.value):
        table.add_row(label, str(value))
    out.print(table)
    for name, why in source_statuses(report.counts, lang.value).items():
        out.print(f"{name}: {why}")
