"""Retention (RGPD art. 5(1)(e)): delete what the CNIL's reference periods no longer allow.

CNIL référentiel « gestion commerciale » (délib. 2021-131), LEGAL.md §5:

- a prospect: 3 years from collection or from the prospect's last own contact (a click, a
  call back; an email merely opened does not count);
- a customer: 3 years from the end of the commercial relationship (its recorded end, else the
  last purchase); a contract in progress is kept;
- objections: kept as keyed hashes, never purged here (at least 3 years, and as long as they
  must be honoured: the safer reading).

Purged contacts are erased like an erasure request (objections kept as hashes).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select

from licite.services.ledger_base import ledger
from licite.store.ledger_erase import erase_contacts
from licite.store.ledger_objections import count_objections
from licite.store.ledger_requests import add_months
from licite.store.schema import contacts

RETENTION_MONTHS = 36
REASONS = {
    "prospect_expired": "prospect: 3 years since collection or their last own contact",
    "customer_expired": "customer: 3 years since the end of the relationship",
}


@dataclass(slots=True)
class PurgeReport:
    at: datetime
    dry_run: bool
    examined: int = 0
    removed: list[tuple[str, str]] = field(default_factory=list)
    objections_kept: int = 0

    def counts(self) -> Counter[str]:
        return Counter(reason for _, reason in self.removed)


def expiry(row: Any) -> tuple[datetime, str] | None:
    """When a contact's retention ends and why; None when it is kept without limit for now."""
    if row.contract_in_progress:
        return None
    if row.is_customer:
        end = row.customer_relationship_ended_at or row.customer_last_purchase_at
        return None if end is None else (add_months(end, RETENTION_MONTHS), "customer_expired")
    start = max(d for d in (row.collected_at, row.last_prospect_initiated_contact_at) if d)
    return add_months(start, RETENTION_MONTHS), "prospect_expired"


def purge(db: str | None, at: datetime, *, dry_run: bool) -> PurgeReport:
    """Remove (or, dry, only list) every contact whose retention period has ended at ``at``."""
    report = PurgeReport(at, dry_run)
    query = select(
        contacts.c.id, contacts.c.contract_in_progress, contacts.c.is_customer,
        contacts.c.customer_relationship_ended_at, contacts.c.customer_last_purchase_at,
        contacts.c.collected_at, contacts.c.last_prospect_initiated_contact_at,
    ).order_by(contacts.c.id)  # fmt: skip
    with ledger(db) as lg:
        for row in lg.session.execute(query):
            report.examined += 1
            ends = expiry(row)
            if ends is not None and ends[0] <= at:
                report.removed.append((row.id, ends[1]))
        if not dry_run and report.removed:
            erase_contacts(lg.session, [key for key, _ in report.removed], lg.secret(), at)
        report.objections_kept = count_objections(lg.session)
        lg.event(
            "purge",
            {"dry_run": dry_run, "examined": report.examined, "removed": dict(report.counts()),
             "contacts": [key for key, _ in report.removed], "at": at.isoformat(),
             "objections_kept": report.objections_kept},
            at,
        )  # fmt: skip
    return report


__all__ = ["REASONS", "RETENTION_MONTHS", "PurgeReport", "expiry", "purge"]
