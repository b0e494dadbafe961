"""``licite decide``: answer decision requests (JSON or JSON Lines) with one line each."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer


def decide(
    file: Annotated[
        str, typer.Argument(help="Request file (JSON object, JSON array or JSON Lines); - = stdin.")
    ] = "-",
) -> None:
    """Decide whether each request's contact may be made, with every reason and obligation.

    Writes one JSON response per request, one per line, in input order. An invalid request
    gets an error object on its line (with the line and field) and the others go on; the
    exit code is then 2.

    Example: licite decide requests.jsonl > decisions.jsonl
    """
    import orjson

    from licite.core.errors import ConfigError
    from licite.services.decide import decide_documents, split_documents

    if file == "-":
        text, source = sys.stdin.read(), "<stdin>"
    else:
        path = Path(file)
        if not path.exists():
            raise ConfigError(f"{file}: no such file")
        text, source = path.read_text(encoding="utf-8-sig"), file
    failed = 0
    out = sys.stdout
    for ok, response in decide_documents(split_documents(text), source):
        failed += not ok
        out.write(orjson.dumps(response).decode() + "\n")
    out.flush()
    if failed:
        typer.secho(f"licite: {failed} invalid request(s)", err=True, fg="red")
        raise typer.Exit(2)
