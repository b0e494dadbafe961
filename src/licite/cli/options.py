"""Options shared by several commands, defined once."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer


class Lang(StrEnum):
    fr = "fr"
    en = "en"


LangOption = Annotated[Lang, typer.Option("--lang", help="Language of messages: fr or en.")]
DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database URL or SQLite path (default: $LICITE_DATABASE_URL, else licite.db).",
        show_default=False,
    ),
]
AtOption = Annotated[
    str | None,
    typer.Option(
        "--at",
        help="When the contacts are made, ISO 8601 with offset (default: now). Replays the law "
        "in force then.",
        show_default=False,
    ),
]
