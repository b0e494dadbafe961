"""Check a whole contact file (or the store) against one campaign at one instant.

Rows are read in chunks; each chunk is parsed, screened for data that must not be held and
evaluated column-wise by the rule engine (:mod:`licite.services.batch`), in worker processes
when the file is large. Chunks are written back in input order, at most a few in flight, so
memory stays bounded whatever the file size, and the counts always add up:
rows in = allowed + refused + rejected.
"""

from __future__ import annotations

import os
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from multiprocessing import get_context
from pathlib import Path
from typing import Any, TypeVar

from licite.core.errors import ConfigError, InputError
from licite.core.model import Campaign, Contact
from licite.rules.engine import Evaluation, evaluate
from licite.rules.frame import build_frame
from licite.rules.labels import LABELS, label
from licite.services.batch import OUTPUTS, BlockJob, ChunkResult, Tally, accept, judge, part_path
from licite.services.blocks import Block, read_header, split_blocks
from licite.services.reading import Progress, Row, file_format
from licite.services.results import ResultFiles

CHUNK = 10_000
#: Files smaller than this are checked in the main process (a pool costs more than it saves).
PARALLEL_FROM_BYTES = 4_000_000
T = TypeVar("T")


@dataclass(slots=True)
class CheckSummary:
    """Counts of a check; ``rows_in == allowed + refused + rejected`` always."""

    tally: Tally = field(default_factory=Tally)
    rules_version: str = ""
    files: dict[str, str] = field(default_factory=dict)

    @property
    def rows_in(self) -> int:
        return self.tally.rows

    @property
    def allowed(self) -> int:
        return self.tally.allowed

    @property
    def refused(self) -> int:
        return self.tally.refused

    @property
    def rejected(self) -> int:
        return self.tally.rejected

    @property
    def by_reason(self) -> Counter[str]:
        return self.tally.by_reason

    @property
    def by_basis(self) -> Counter[str]:
        return self.tally.by_basis

    def add(self, tally: Tally) -> None:
        self.tally.allowed += tally.allowed
        self.tally.refused += tally.refused
        self.tally.rejected += tally.rejected
        self.tally.by_reason.update(tally.by_reason)
        self.tally.by_basis.update(tally.by_basis)

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


def default_workers() -> int:
    """One worker per core (at most 4)."""
    return max(1, min(4, len(os.sched_getaffinity(0))))


def check_file(
    path: Path,
    campaign: Campaign,
    at: datetime,
    out: Path,
    lang: str = "en",
    progress: Progress | None = None,
    workers: int | None = None,
) -> CheckSummary:
    """Check every row of ``path``; write the result files into ``out``."""
    if not path.is_file():
        raise ConfigError(f"{path}: no such file")
    fmt = file_format(path)
    header, start = read_header(path, fmt)
    if workers is None:
        workers = default_workers() if path.stat().st_size >= PARALLEL_FROM_BYTES else 1
    summary = CheckSummary()
    with ResultFiles(out) as files:
        job = BlockJob(str(path), fmt, tuple(header), campaign, at, lang, str(files.work))
        blocks = split_blocks(path, fmt, start, progress=progress)
        for block, tally in _map_ordered(job, blocks, workers):
            summary.add(tally)
            for name in OUTPUTS:
                files.append_part(name, part_path(job.work, block.index, name))
        _finish(summary, files, campaign, at, str(path))
    return summary


def _map_ordered(
    job: Callable[[Block], Tally], blocks: Iterator[Block], workers: int
) -> Iterator[tuple[Block, Tally]]:
    """``(block, job(block))`` in input order, on ``workers`` processes, few blocks in flight."""
    if workers <= 1:
        for block in blocks:
            yield block, job(block)
        return
    with ProcessPoolExecutor(workers, mp_context=get_context("fork")) as pool:
        pending: deque[tuple[Block, Future[Tally]]] = deque()
        for block in blocks:
            pending.append((block, pool.submit(job, block)))
            if len(pending) > 2 * workers:
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()


def _chunks(rows: Iterator[T]) -> Iterator[list[T]]:
    while chunk := list(islice(rows, CHUNK)):
        yield chunk


def _finish(
    summary: CheckSummary, files: ResultFiles, campaign: Campaign, at: datetime, source: str
) -> None:
    summary.rules_version = evaluate(build_frame([]), campaign, at).rules_version
    summary.files = files.commit(summary.to_dict(campaign, at, source))


def run_check(
    rows: Iterable[Row],
    campaign: Campaign,
    at: datetime,
    out: Path,
    source: str,
    lang: str = "en",
    on_chunk: Callable[[Sequence[Contact], Evaluation], None] | None = None,
) -> CheckSummary:
    """Check contacts already parsed (e.g. from the store), in the main process."""
    summary = CheckSummary()
    with ResultFiles(out) as files:
        for chunk in _chunks(iter(rows)):
            result = ChunkResult()
            contacts = []
            for line, item in chunk:
                if isinstance(item, InputError):
                    result.reject(line, "", item)
                elif accept(item, line, campaign, result):
                    contacts.append(item)
            if contacts:
                evaluation = judge(contacts, campaign, at, lang, result)
                if on_chunk:
                    on_chunk(contacts, evaluation)
            files.write_lines(result)
            summary.add(result.tally)
        _finish(summary, files, campaign, at, source)
    return summary


def reason_labels(lang: str) -> dict[str, str]:
    """A short title per reason code, in French or English (for summaries)."""
    return {code: label(code, lang) for code in LABELS}
