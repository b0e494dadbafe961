"""Check a whole contact file (or the store) against one campaign at one instant.

Rows are read and validated one by one (bad rows go to ``rejected`` with their line and
field), screened for data that must not be held, then evaluated column-wise in chunks by the
rule engine. Memory stays bounded by the chunk size whatever the file size, and the counts
always add up: rows in = allowed + refused + rejected.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import Any

from licite.core.errors import InputError
from licite.core.model import Campaign, Contact
from licite.core.request import require_contact_point
from licite.rules.engine import Evaluation, evaluate, reason_of
from licite.rules.frame import build_frame
from licite.rules.labels import LABELS, label
from licite.services.reading import Progress, Row, read_contacts
from licite.services.results import ResultFiles
from licite.services.screening import screen

CHUNK = 20_000


@dataclass(slots=True)
class CheckSummary:
    """Counts of a check; ``rows_in == allowed + refused + rejected`` always."""

    rows_in: int = 0
    allowed: int = 0
    refused: int = 0
    rejected: int = 0
    by_reason: Counter[str] = field(default_factory=Counter)
    by_basis: Counter[str] = field(default_factory=Counter)
    rules_version: str = ""
    files: dict[str, str] = field(default_factory=dict)

    def to_dict(self, campaign: Campaign, at: datetime, source: str) -> dict[str, Any]:
        return {
            "source": source,
            "at": at.isoformat(),
            "controller": campaign.controller,
            "channel": campaign.channel.value,
            "rules_version": self.rules_version,
            "rows_in": self.rows_in,
            "allowed": self.allowed,
            "refused": self.refused,
            "rejected": self.rejected,
            "by_reason": dict(self.by_reason.most_common()),
            "by_basis": dict(self.by_basis.most_common()),
        }


def check_file(
    path: Path,
    campaign: Campaign,
    at: datetime,
    out: Path,
    lang: str = "en",
    progress: Progress | None = None,
) -> CheckSummary:
    """Check every row of ``path``; write the result files into ``out``."""
    return run_check(read_contacts(path, progress), campaign, at, out, str(path), lang)


def run_check(
    rows: Iterable[Row],
    campaign: Campaign,
    at: datetime,
    out: Path,
    source: str,
    lang: str = "en",
    on_chunk: Callable[[list[Contact], Evaluation], None] | None = None,
) -> CheckSummary:
    """Check numbered rows (contacts or input errors) and write the result files."""
    summary = CheckSummary()
    with ResultFiles(out) as files:
        for chunk in _chunks(iter(rows)):
            contacts = _split(chunk, files, summary, campaign)
            if contacts:
                evaluation = evaluate(build_frame(contacts, screen(contacts)), campaign, at)
                _write(contacts, evaluation, files, summary, lang)
                if on_chunk:
                    on_chunk(contacts, evaluation)
        summary.rules_version = _version(campaign, at)
        summary.files = files.commit(summary.to_dict(campaign, at, source))
    return summary


def _version(campaign: Campaign, at: datetime) -> str:
    empty = evaluate(build_frame([]), campaign, at)
    return empty.rules_version


def _chunks(rows: Iterator[Row]) -> Iterator[list[Row]]:
    while chunk := list(islice(rows, CHUNK)):
        yield chunk


def _split(
    chunk: list[Row], files: ResultFiles, summary: CheckSummary, campaign: Campaign
) -> list[Contact]:
    """Contacts ready for the rules; input errors and contacts the channel cannot reach go to
    ``rejected`` with their line and field."""
    contacts = []
    for line, item in chunk:
        summary.rows_in += 1
        contact_id = ""
        if not isinstance(item, InputError):
            contact_id = item.id
            try:
                require_contact_point(item, campaign.channel)
                contacts.append(item)
                continue
            except InputError as error:
                item = error
        summary.rejected += 1
        files.rejected.writerow((line, contact_id, item.field or "", item.message))
    return contacts


def _write(
    contacts: list[Contact],
    evaluation: Evaluation,
    files: ResultFiles,
    summary: CheckSummary,
    lang: str,
) -> None:
    codes = evaluation.refusal_codes()
    obligations = _obligation_codes(evaluation)
    for row, contact in enumerate(contacts):
        if evaluation.allowed[row]:
            basis = evaluation.basis[row]
            summary.allowed += 1
            summary.by_basis[basis.value if basis else ""] += 1
            files.allowed.writerow(
                (
                    contact.id,
                    basis.value if basis else "",
                    contact.email or "",
                    contact.phone or "",
                    contact.postal_address or "",
                    ";".join(obligations[row]),
                )
            )
        else:
            summary.refused += 1
            summary.by_reason.update(codes[row])
            reasons = evaluation.reasons_of(row)
            refs = dict.fromkeys(ref for reason in reasons for ref in reason.legal_refs)
            text = " | ".join(r.message_fr if lang == "fr" else r.message_en for r in reasons)
            files.refused.writerow((contact.id, ";".join(codes[row]), ";".join(refs), text))


def _obligation_codes(evaluation: Evaluation) -> list[list[str]]:
    out: list[list[str]] = [[] for _ in range(evaluation.frame.n)]
    for rule, mask in evaluation.obligations:
        code = reason_of(rule).code
        for row in mask.nonzero()[0]:
            out[row].append(code)
    return out


def reason_labels(lang: str) -> dict[str, str]:
    """A short title per reason code, in French or English (for summaries)."""
    return {code: label(code, lang) for code in LABELS}
