"""One block of a batch check, from raw rows to the lines of the result files.

A :class:`BlockJob` is small and picklable: the same function runs in the main process or in
worker processes (one per core) with identical results. Each block writes its own part files;
the main process only cuts the file into blocks and joins the parts in input order.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from licite.core.errors import InputError
from licite.core.model import Campaign, Contact
from licite.core.request import require_contact_point
from licite.rules.engine import Evaluation, evaluate
from licite.rules.frame import build_frame
from licite.rules.rule import Rule
from licite.services.blocks import Block, Payload, block_rows, read_block
from licite.services.reading import REPLACEMENT, parse_payload
from licite.services.screening import screen

Line = tuple[object, ...]
OUTPUTS = ("allowed", "refused", "rejected")


@dataclass(slots=True)
class Tally:
    """Counts of a block (or of a whole run)."""

    allowed: int = 0
    refused: int = 0
    rejected: int = 0
    by_reason: Counter[str] = field(default_factory=Counter)
    by_basis: Counter[str] = field(default_factory=Counter)

    @property
    def rows(self) -> int:
        return self.allowed + self.refused + self.rejected


@dataclass(slots=True)
class ChunkResult:
    """The lines a chunk adds to each result file, and its tally."""

    allowed: list[Line] = field(default_factory=list)
    refused: list[Line] = field(default_factory=list)
    rejected: list[Line] = field(default_factory=list)
    tally: Tally = field(default_factory=Tally)

    def reject(self, line: int, contact_id: str, error: InputError) -> None:
        self.rejected.append((line, contact_id, error.field or "", error.message))
        self.tally.rejected += 1


@dataclass(frozen=True, slots=True)
class BlockJob:
    """Everything a worker needs to check a block: the file, its shape, the campaign."""

    path: str
    fmt: str
    header: tuple[str, ...]
    campaign: Campaign
    at: datetime
    lang: str
    work: str

    def __call__(self, block: Block) -> Tally:
        text = read_block(Path(self.path), block)
        rows = block_rows(text, self.fmt, block)
        clean = REPLACEMENT not in text
        result = check_payloads(rows, self.fmt, list(self.header), self.path, self, clean)
        for name in OUTPUTS:
            with open(part_path(self.work, block.index, name), "w", newline="") as handle:
                csv.writer(handle).writerows(getattr(result, name))
        return result.tally


def part_path(work: str, index: int, name: str) -> Path:
    return Path(work) / f"{index:07d}.{name}.csv"


def check_payloads(
    rows: Iterable[tuple[int, Payload]],
    fmt: str,
    header: list[str],
    source: str,
    job: BlockJob,
    clean: bool = False,
) -> ChunkResult:
    """Parse, screen and judge raw rows; bad rows are rejected with line and field."""
    result = ChunkResult()
    contacts: list[Contact] = []
    for line, payload in rows:
        try:
            contact = parse_payload(fmt, header, payload, maybe_binary=not clean)
        except InputError as error:
            result.reject(line, "", error.located(file=source))
            continue
        if accept(contact, line, job.campaign, result):
            contacts.append(contact)
    if contacts:
        judge(contacts, job.campaign, job.at, job.lang, result)
    return result


def accept(contact: Contact, line: int, campaign: Campaign, result: ChunkResult) -> bool:
    """Whether the channel can reach the contact; if not the row goes to ``rejected``."""
    try:
        require_contact_point(contact, campaign.channel)
    except InputError as error:
        result.reject(line, contact.id, error)
        return False
    return True


def judge(
    contacts: list[Contact], campaign: Campaign, at: datetime, lang: str, result: ChunkResult
) -> Evaluation:
    """Evaluate ``contacts`` column-wise and add their lines to ``result``.

    Rows that fired the same rules share their formatted cells (a file has few distinct
    combinations of reasons), so formatting costs per combination, not per row."""
    evaluation = evaluate(build_frame(contacts, screen(contacts)), campaign, at)
    refusals = evaluation.fired_rows(evaluation.refusals)
    obligations = evaluation.fired_rows(evaluation.obligations)
    refused_cells: dict[tuple[Rule, ...], tuple[str, str, str]] = {}
    obliged_cells: dict[tuple[Rule, ...], str] = {}
    tally = result.tally
    tally.by_reason.update(evaluation.count_by_code(evaluation.refusals))
    for row, contact in enumerate(contacts):
        if evaluation.allowed[row]:
            basis = evaluation.basis[row]
            name = basis.value if basis else ""
            tally.by_basis[name] += 1
            rules = obligations[row]
            cell = obliged_cells.get(rules)
            if cell is None:
                cell = obliged_cells[rules] = ";".join(rule.code for rule in rules)
            result.allowed.append(
                (contact.id, name, contact.email or "", contact.phone or "",
                 contact.postal_address or "", cell)
            )  # fmt: skip
        else:
            rules = refusals[row]
            cells = refused_cells.get(rules)
            if cells is None:
                cells = refused_cells[rules] = _refused_cells(rules, lang)
            result.refused.append((contact.id, *cells))
    refused = len(contacts) - int(evaluation.allowed.sum())
    tally.allowed += len(contacts) - refused
    tally.refused += refused
    return evaluation


def _refused_cells(rules: tuple[Rule, ...], lang: str) -> tuple[str, str, str]:
    """Codes, legal references and explanation of a combination of refusing rules."""
    refs = dict.fromkeys(ref for rule in rules for ref in rule.legal_refs)
    text = " | ".join(rule.fr if lang == "fr" else rule.en for rule in rules)
    return ";".join(rule.code for rule in rules), ";".join(refs), text
