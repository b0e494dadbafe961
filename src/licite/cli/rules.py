"""``licite rules``: print the rule table for review (Markdown or JSON, French or English)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from licite.cli.options import Lang, LangOption


class Format(StrEnum):
    md = "md"
    json = "json"


def rules(
    format: Annotated[Format, typer.Option("--format", help="md or json.")] = Format.md,
    lang: LangOption = Lang.en,
) -> None:
    """Print every rule: id, code, channels, audiences, predicate, legal texts, dates, wording.

    Example: licite rules --format md --lang fr > regles.md
    """
    from licite.rules.render import table_json, table_markdown

    text = table_markdown(lang.value) if format is Format.md else table_json()
    typer.echo(text, nl=False)
