"""Art. 14 information and retention periods (LEGAL.md §4, §5; CNIL délib. 2021-131).

Postal mailings to consumers on Tuesday 2026-12-01 (an opt-out channel: only information and
retention are at stake), unless stated otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.rules.helpers import Case, check_case, ids, request, scraped

RETENTION_REFS = ("RGPD art. 5(1)(e)", "CNIL, délib. 2021-131")
SALE = {"type": "sale", "name": "acme.fr, boutique"}


def mailing(**contact: Any) -> dict[str, Any]:
    return request("postal_mail", consented=False, contact=contact)


def scraped_mailing(collected_at: str, informed_at: str | None = None) -> dict[str, Any]:
    return mailing(source=scraped(), collected_at=collected_at, informed_at=informed_at)


def customer_mailing(**customer: Any) -> dict[str, Any]:
    contract = customer.pop("contract_in_progress", False)
    return mailing(
        source=SALE,
        collected_at="2020-01-10T10:00:00+01:00",
        contract_in_progress=contract,
        customer={"product_categories": ["shoes"], **customer},
    )


OVERDUE = ("information_overdue", "info.overdue")
EXPIRED_PROSPECT = ("retention_expired", "retention.prospect")
EXPIRED_CUSTOMER = ("retention_expired", "retention.customer")


def refused(name: str, req: dict[str, Any], what: tuple[str, str], *refs: str) -> Case:
    code, rule = what
    return Case(name, req, False, None, {code}, {rule}, refs)


CASES: list[Case] = [
    # §4 art. 14(3)(b): data used to communicate → inform at the latest at the first
    # communication, naming the source (art. 14(2)(f)): an obligation, not a refusal.
    Case(
        "scraped-ten-days-ago-inform-with-mailing",
        scraped_mailing("2026-11-21T10:00:00+01:00"),
        True,
        "legitimate_interest",
        rules={"oblige.art14_source"},
    ),
    # Already informed: the obligation is met.
    Case(
        "already-informed",
        scraped_mailing("2026-11-21T10:00:00+01:00", "2026-11-22T10:00:00+01:00"),
        True,
        "legitimate_interest",
        rules={"oblige.right_to_object"},
    ),
    # §4 art. 14(3)(a): at the latest one month after obtaining the data (Kaspr: 4 years late).
    refused(
        "collected-two-months-ago-never-informed",
        scraped_mailing("2026-10-01T10:00:00+02:00"),
        OVERDUE,
        "RGPD art. 14(3)(a)",
    ),
    refused(
        "collected-a-month-and-a-day-ago",
        scraped_mailing("2026-10-31T10:00:00+01:00"),
        OVERDUE,
    ),
    Case(
        "collected-under-a-month-ago",
        scraped_mailing("2026-11-02T10:00:00+01:00"),
        True,
        "legitimate_interest",
        rules={"oblige.art14_source"},
    ),
    # Informed within the month: the later mailing is fine.
    Case(
        "collected-two-months-ago-informed-in-time",
        scraped_mailing("2026-10-01T10:00:00+02:00", "2026-10-20T10:00:00+02:00"),
        True,
        "legitimate_interest",
    ),
    # A notice dated after the contact was not given before it.
    refused(
        "informed-only-after-contact",
        scraped_mailing("2026-10-01T10:00:00+02:00", "2026-12-10T10:00:00+01:00"),
        OVERDUE,
    ),
    # Art. 13, not 14, applies to data obtained from the person (own form): no deadline here.
    Case(
        "own-form-art-13",
        mailing(collected_at="2026-09-01T10:00:00+02:00"),
        True,
        "legitimate_interest",
    ),
    # §5 prospects: 3 years from collection …
    refused(
        "prospect-collected-over-three-years-ago",
        mailing(collected_at="2023-11-30T10:00:00+01:00"),
        EXPIRED_PROSPECT,
        *RETENTION_REFS,
    ),
    Case(
        "prospect-collected-under-three-years-ago",
        mailing(collected_at="2023-12-02T10:00:00+01:00"),
        True,
        "legitimate_interest",
    ),
    # … or from the last contact initiated by the prospect (e.g. a click).
    Case(
        "prospect-old-but-clicked-last-year",
        mailing(
            collected_at="2022-05-01T10:00:00+02:00",
            last_prospect_initiated_contact_at="2025-10-01T10:00:00+02:00",
        ),
        True,
        "legitimate_interest",
    ),
    refused(
        "prospect-last-initiated-over-three-years-ago",
        mailing(
            collected_at="2021-05-01T10:00:00+02:00",
            last_prospect_initiated_contact_at="2023-06-01T10:00:00+02:00",
        ),
        EXPIRED_PROSPECT,
    ),
    # §5 customers: 3 years from the end of the commercial relationship.
    refused(
        "customer-relationship-ended-four-years-ago",
        customer_mailing(
            last_purchase_at="2020-01-10T10:00:00+01:00",
            relationship_ended_at="2022-09-01T10:00:00+02:00",
        ),
        EXPIRED_CUSTOMER,
        *RETENTION_REFS,
    ),
    Case(
        "customer-relationship-ended-two-years-ago",
        customer_mailing(
            last_purchase_at="2020-01-10T10:00:00+01:00",
            relationship_ended_at="2024-09-01T10:00:00+02:00",
        ),
        True,
        "legitimate_interest",
    ),
    # No end date given: the last purchase (e.g. last purchase, §5) is the end of the relation.
    refused(
        "customer-last-purchase-four-years-ago",
        customer_mailing(last_purchase_at="2022-09-01T10:00:00+02:00"),
        EXPIRED_CUSTOMER,
    ),
    Case(
        "customer-recent-purchase",
        customer_mailing(last_purchase_at="2025-09-01T10:00:00+02:00"),
        True,
        "legitimate_interest",
    ),
    # While a contract is being performed the relationship has not ended.
    Case(
        "customer-contract-in-progress",
        customer_mailing(last_purchase_at="2020-01-10T10:00:00+01:00", contract_in_progress=True),
        True,
        "legitimate_interest",
    ),
    # §5 applies the 3-year prospect period to non-customers; a person with whom "a contract
    # with this controller is being performed" is in a running relationship (even with no
    # purchase on record), and C. consom. L223-1 (§3.3) allows calling them about it.
    Case(
        "contract-in-progress-without-customer-record",
        request(
            "phone_call",
            consented=False,
            contact={"collected_at": "2022-11-15T10:00:00+01:00", "contract_in_progress": True},
        ),
        True,
        "contract_in_progress",
    ),
    # A contact initiated by the customer (call-back, reply) extends the relationship.
    Case(
        "customer-old-purchase-recent-own-contact",
        mailing(
            source=SALE,
            collected_at="2020-01-10T10:00:00+01:00",
            last_prospect_initiated_contact_at="2026-02-01T10:00:00+01:00",
            customer={"last_purchase_at": "2020-01-10T10:00:00+01:00"},
        ),
        True,
        "legitimate_interest",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_retention_and_information(case: Case) -> None:
    check_case(case)
