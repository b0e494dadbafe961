"""Scan a file for data that must not be held (art. 9/10 categories, NIR, identifiers); redact it.

Why: the CNIL expects data collected for prospecting to be filtered automatically, and GDPR
art. 5(1)(c) asks for minimisation. ``licite scan`` says what the detectors find in each row of
a CSV, JSON Lines or plain-text file; ``licite redact`` writes a copy where each finding about a
person is replaced by its category tag. Rows are read one at a time
(:mod:`licite.services.scan_input`), every row is accounted for (an unreadable JSON line gets an
``error``), over-long cells are scanned up to :data:`MAX_CHARS` characters and counted, and
outputs are written atomically (a temporary file renamed when complete).
"""

from __future__ import annotations

import csv
import json
import os
import secrets
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from licite.core.errors import ConfigError
from licite.core.findings import Finding
from licite.detectors.redact import TRUNCATED, redact_text
from licite.detectors.registry import scan_text
from licite.services.reading import Progress
from licite.services.scan_input import Key, Record, Source, set_at

__all__ = [
    "MAX_CHARS",
    "RowResult",
    "Scan",
    "ScanSummary",
    "atomic_text",
    "redact_file",
    "redacted_path",
    "write_jsonl",
]

#: Cells and lines longer than this are scanned up to this many characters only.
MAX_CHARS = 100_000


@dataclass(slots=True)
class ScanSummary:
    """Counts of a scan or a redaction: findings and rows per category, capped cells, errors."""

    source: str
    kind: str
    encoding: str
    max_chars: int = MAX_CHARS
    rows: int = 0
    rows_with_findings: int = 0
    findings: int = 0
    by_category: Counter[str] = field(default_factory=Counter)
    rows_by_category: Counter[str] = field(default_factory=Counter)
    capped: int = 0
    errors: int = 0
    output: str | None = None

    def count(self, findings: Sequence[Finding]) -> None:
        """Count one row's findings."""
        self.rows += 1
        if findings:
            self.rows_with_findings += 1
            self.findings += len(findings)
            self.by_category.update(f.category for f in findings)
            self.rows_by_category.update({f.category for f in findings})

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "format": self.kind,
            "encoding": self.encoding,
            "rows": self.rows,
            "rows_with_findings": self.rows_with_findings,
            "findings": self.findings,
            "by_category": {
                category: {"findings": count, "rows": self.rows_by_category[category]}
                for category, count in sorted(self.by_category.items())
            },
            "capped_cells": self.capped,
            "max_chars": self.max_chars,
            "errors": self.errors,
            "output": self.output,
        }


@dataclass(frozen=True, slots=True)
class RowResult:
    """The findings of one data row (``row`` counts from 1), or why it could not be read."""

    row: int
    id: Any
    findings: list[Finding]
    error: str | None = None

    def to_dict(self, with_about_person: bool = False) -> dict[str, Any]:
        """The JSON Lines object of this row."""
        out: dict[str, Any] = {
            "row": self.row,
            "id": self.id,
            "findings": [finding_dict(f, with_about_person) for f in self.findings],
        }
        if self.error is not None:
            out["error"] = self.error
        return out


def finding_dict(finding: Finding, with_about_person: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "category": finding.category,
        "start": finding.start,
        "end": finding.end,
        "text": finding.text,
        "score": finding.score,
        "detector": finding.detector,
        "field": finding.field,
    }
    if with_about_person:
        out["about_person"] = finding.about_person
    return out


class Scan:
    """The findings of a file, row by row in input order; :attr:`summary` is complete after.

    Only findings about a person are kept unless ``include_all``; ``second_opinion=False``
    leaves the classifier out (see :func:`licite.detectors.registry.scan_text`)."""

    def __init__(
        self,
        path: Path,
        columns: Sequence[str] = (),
        text_fields: Sequence[str] = (),
        include_all: bool = False,
        max_chars: int = MAX_CHARS,
        progress: Progress | None = None,
        second_opinion: bool = True,
    ) -> None:
        self.source = Source(path, columns, text_fields)
        self.second_opinion = second_opinion
        self.include_all = include_all
        self.max_chars = max_chars
        self.progress = progress
        self.summary = ScanSummary(str(path), self.source.kind, self.source.encoding, max_chars)

    def __iter__(self) -> Iterator[RowResult]:
        for record in self.source.records(self.progress):
            if record.blank:
                continue
            findings: list[Finding] = []
            for item in record.fields:
                text = item.text
                if len(text) > self.max_chars:
                    self.summary.capped += 1
                    text = text[: self.max_chars]
                found = scan_text(text, item.name, second_opinion=self.second_opinion)
                findings += found if self.include_all else [f for f in found if f.about_person]
            self.summary.count(findings)
            self.summary.errors += record.error is not None
            yield RowResult(record.row, record.id, findings, record.error)


def write_jsonl(scan: Scan, out: TextIO) -> ScanSummary:
    """One JSON object per data row of ``scan`` on ``out``; returns the summary."""
    for result in scan:
        out.write(json.dumps(result.to_dict(scan.include_all), ensure_ascii=False) + "\n")
    return scan.summary


@contextmanager
def atomic_text(path: Path, encoding: str = "utf-8") -> Iterator[TextIO]:
    """A text file that appears at ``path`` only once written in full (else is removed)."""
    if not path.parent.is_dir():
        raise ConfigError(f"{path}: no such folder {path.parent}")
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.partial")
    try:
        with temp.open("x", encoding=encoding, errors="replace", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)


def redacted_path(path: Path) -> Path:
    """``notes.csv`` → ``notes.redacted.csv``, next to it."""
    return path.with_name(f"{path.stem}.redacted{path.suffix}")


def redact_file(
    path: Path,
    out: Path | None = None,
    columns: Sequence[str] = (),
    text_fields: Sequence[str] = (),
    max_chars: int = MAX_CHARS,
    progress: Progress | None = None,
    second_opinion: bool = True,
) -> ScanSummary:
    """Write a copy of ``path`` (same format, encoding and CSV dialect) with findings redacted.

    Only the scanned texts change. Text past ``max_chars`` is not scanned, so it is replaced by
    ``[TRUNCATED]``; an unreadable JSON line is redacted as plain text."""
    source = Source(path, columns, text_fields)
    target = out or redacted_path(path)
    if target.resolve() == path.resolve():
        raise ConfigError(f"{target}: the redacted copy cannot replace its input")
    summary = ScanSummary(str(path), source.kind, source.encoding, max_chars, output=str(target))
    with atomic_text(target, source.encoding) as handle:
        writer = _Writer(source, handle)
        for record in source.records(progress):
            if record.blank:
                writer.write(record, {})
                continue
            changes: dict[Key, str] = {}
            found: list[Finding] = []
            for item in record.fields:
                new = _redact(item.text, item.name, max_chars, summary, found, second_opinion)
                if new != item.text:
                    changes[item.key] = new
            if record.error is not None:
                summary.errors += 1
                changes[None] = _redact(
                    record.text, None, max_chars, summary, found, second_opinion
                )
            summary.count(found)
            writer.write(record, changes)
    return summary


def _redact(
    text: str,
    name: str | None,
    max_chars: int,
    summary: ScanSummary,
    found: list[Finding],
    second_opinion: bool = True,
) -> str:
    head = text[:max_chars]
    redacted, replaced = redact_text(head, name, second_opinion=second_opinion)
    found += replaced
    if len(text) > max_chars:
        summary.capped += 1
        redacted += TRUNCATED
    return redacted


class _Writer:
    """Writes records back in their file's format; rows without changes are written as read."""

    def __init__(self, source: Source, handle: TextIO) -> None:
        self.kind = source.kind
        self.handle = handle
        self.csv = None
        if self.kind == "csv":
            layout = source.layout
            self.csv = csv.writer(
                handle, delimiter=layout.delimiter, lineterminator=layout.lineterminator
            )
            if layout.header:
                self.csv.writerow(layout.header)

    def write(self, record: Record, changes: dict[Key, str]) -> None:
        if self.csv is not None:
            cells = list(record.raw or [])
            for key, new in changes.items():
                assert isinstance(key, int)
                cells[key] = new
            self.csv.writerow(cells)
        elif None in changes:  # a line of plain text, or a JSON line that could not be read
            self.handle.write(changes[None] + record.ending)
        elif changes:
            document = record.raw
            for key, new in changes.items():
                assert isinstance(key, tuple)
                document = set_at(document, key, new)
            self.handle.write(json.dumps(document, ensure_ascii=False) + record.ending)
        else:
            self.handle.write(record.text + record.ending)
