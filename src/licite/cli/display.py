"""How the commands' summaries write what they show, alike in every command."""

from __future__ import annotations


def count_text(value: int) -> str:
    """A count with its thousands apart (``2 824 058``), read alike in French and English."""
    return f"{value:,}".replace(",", " ")


__all__ = ["count_text"]
