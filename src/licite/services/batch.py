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
from licite.rules.engine import Evaluation, evaluate, reason_of
from licite.rules.frame import build_frame
from licite.services.blocks import Block, Payload, block_rows
from licite.services.reading import parse_payload
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
        rows = block_rows(Path(self.path), self.fmt, block)
        result = check_payloads(rows, self.fmt, list(self.header), self.path, self)
        for name in OUTPUTS:
            with open(part_path(self.work, block.index, name), "w", newline="") as handle:
                csv.writer(handle).writerows(getattr(result, name))
        return result.tally


def part_path(work: str, index: int, name: str) -> Path:
    return Path(work) / f"{index:07d}.{name}.csv"


def check_payloads(
    rows: Iterable[tuple[int, Payload]], fmt: str, header: list[str], source: str, job: BlockJob
) -> ChunkResult:
    """Parse, screen and judge raw rows; bad rows are rejected with line and field."""
    result = ChunkResult()
    contacts: list[Contact] = []
    for line, payload in rows:
        try:
            contact = parse_payload(fmt, header, payload)
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
    """Evaluate ``contacts`` column-wise and add their lines to ``result``."""
    evaluation = evaluate(build_frame(contacts, screen(contacts)), campaign, at)
    codes = evaluation.refusal_codes()
    obligations = _obligation_codes(evaluation)
    tally = result.tally
    for row, contact in enumerate(contacts):
        if evaluation.allowed[row]:
            basis = evaluation.basis[row]
            name = basis.value if basis else ""
            tally.allowed += 1
            tally.by_basis[name] += 1
            result.allowed.append(
                (contact.id, name, contact.email or "", contact.phone or "",
                 contact.postal_address or "", ";".join(obligations[row]))
            )  # fmt: skip
        else:
            tally.refused += 1
            tally.by_reason.update(codes[row])
            reasons = evaluation.reasons_of(row)
            refs = dict.fromkeys(ref for reason in reasons for ref in reason.legal_refs)
            text = " | ".join(r.message_fr if lang == "fr" else r.message_en for r in reasons)
            result.refused.append((contact.id, ";".join(codes[row]), ";".join(refs), text))
    return evaluation


def _obligation_codes(evaluation: Evaluation) -> list[list[str]]:
    out: list[list[str]] = [[] for _ in range(evaluation.frame.n)]
    for rule, mask in evaluation.obligations:
        code = reason_of(rule).code
        for row in mask.nonzero()[0]:
            out[row].append(code)
    return out
