"""``licite audit``: verify the hash-chained audit trail and export it for an inspection."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from licite.cli.options import DbOption

audit_app = typer.Typer(help="The audit trail: verify it, export it.", no_args_is_help=True)


@audit_app.command("verify")
def verify(db: DbOption = None) -> None:
    """Check every event's link to the one before and the checkpointed head; names the first
    broken event (edited, deleted, reordered, or the last events removed). Exit 4 when broken.

    Example: licite audit verify --db licite.db
    """
    from licite.core.errors import StoreError
    from licite.services.audit import verify as run

    result = run(db)
    if result.broken is not None:
        raise StoreError(
            f"audit trail broken at event {result.broken.seq}: {result.broken.reason} "
            f"({result.checked} event(s) read)"
        )
    typer.echo(f"audit trail intact: {result.checked} event(s), chain head checkpointed")


@audit_app.command("export")
def export(
    out: Annotated[Path, typer.Option("--out", help="File to write.")],
    fmt: Annotated[str, typer.Option("--format", help="jsonl or csv.")] = "jsonl",
    db: DbOption = None,
) -> None:
    """Export every event (seq, time, kind, actor, payload, hashes) for an inspection file.

    Example: licite audit export --out audit.jsonl --format jsonl
    """
    from licite.services.audit import export as run

    count = run(db, out, fmt)
    typer.echo(f"{count} event(s) written to {out}")
