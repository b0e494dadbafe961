"""Quoting for the DuckDB SQL the scrub builds: paths, patterns and header names come from
users' files, so every one goes through these two functions."""

from __future__ import annotations


def literal(text: str) -> str:
    """A string literal (``'`` doubled)."""
    return "'" + text.replace("'", "''") + "'"


def identifier(name: str) -> str:
    """A column name (``"`` doubled)."""
    return '"' + name.replace('"', '""') + '"'


__all__ = ["identifier", "literal"]
