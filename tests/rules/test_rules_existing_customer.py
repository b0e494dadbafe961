"""The existing-customer ("soft opt-in") exception: CPCE art. L34-5 al. 4 (LEGAL.md §2.1).

All four conditions are cumulative: (1) details collected from the person, (2) on the occasion
of a sale, (3) analogous products of the same controller, (4) a free, simple means to object
at collection and in every message. Customer data serve prospecting for 3 years after the end of
the commercial relationship (§5). Cases are judged on Tuesday 2026-12-01, 10:30 Paris.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.rules.helpers import Case, check_case, ids, request, scraped

L34_5 = "CPCE art. L34-5"
SALE = {"type": "sale", "name": "acme.fr, boutique en ligne"}


def customer(**fields: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "last_purchase_at": "2026-06-01T10:00:00+02:00",
        "product_categories": ["shoes"],
        "relationship_ended_at": None,
        "objection_offered_at_collection": True,
    }
    out.update(fields)
    return out


def soft_opt_in(
    channel: str = "email",
    *,
    source: dict[str, Any] | None = None,
    categories: list[str] | None = None,
    contact: dict[str, Any] | None = None,
    campaign: dict[str, Any] | None = None,
    **customer_fields: Any,
) -> dict[str, Any]:
    """A consumer who bought shoes (details taken at the sale, objection offered), no consent,
    offered shoes again — every condition met unless overridden."""
    return request(
        channel,
        consented=False,
        contact={
            "source": source or SALE,
            "customer": customer(**customer_fields),
            **(contact or {}),
        },
        campaign={"product_categories": categories or ["shoes"], **(campaign or {})},
    )


CASES: list[Case] = [
    # All four conditions met: email, SMS and automated calls (§2: "same two exceptions").
    *[
        Case(
            f"{channel}-all-four-conditions",
            soft_opt_in(channel),
            allowed=True,
            basis="existing_customer",
            rules={"oblige.opt_out_each_message", "oblige.right_to_object"},
        )
        for channel in ("email", "sms", "automated_call")
    ],
    # Categories compare case-insensitively: "Shoes" is the category the customer bought.
    Case(
        "category-spelling-insensitive",
        soft_opt_in(categories=["Shoes"]),
        allowed=True,
        basis="existing_customer",
    ),
    # Condition (1)-(2): an account creation without an order does not qualify (CNIL SMS and
    # automated-call pages): details from the controller's own form.
    Case(
        "account-creation-not-a-sale",
        soft_opt_in(source={"type": "own_form", "name": "acme.fr, création de compte"}),
        allowed=False,
        basis=None,
        codes={"consent_required", "existing_customer_not_collected_at_sale"},
        rules={"customer.not_at_sale", "l34_5.consumer"},
        refs=(L34_5,),
    ),
    # Condition (1): details bought from a broker are not collected from the person.
    Case(
        "bought-details-not-from-the-person",
        soft_opt_in(source={"type": "broker", "name": "DataList SA"}),
        allowed=False,
        basis=None,
        codes={"consent_required", "existing_customer_not_collected_at_sale"},
        rules={"customer.not_at_sale", "oblige.control_supplier"},
    ),
    # Condition (1): scraped details are not collected from the person.
    Case(
        "scraped-details-not-from-the-person",
        soft_opt_in(source=scraped()),
        allowed=False,
        basis=None,
        codes={"consent_required", "existing_customer_not_collected_at_sale"},
        rules={"customer.not_at_sale"},
    ),
    # Condition (3): the offer must be for analogous products.
    Case(
        "products-not-analogous",
        soft_opt_in(categories=["furniture"]),
        allowed=False,
        basis=None,
        codes={"consent_required", "existing_customer_products_not_analogous"},
        rules={"customer.not_analogous"},
        refs=(L34_5,),
    ),
    # Condition (3): every promoted category must be analogous (shoes + bags to a shoe buyer).
    Case(
        "one-category-not-analogous",
        soft_opt_in(categories=["shoes", "bags"]),
        allowed=False,
        basis=None,
        codes={"consent_required", "existing_customer_products_not_analogous"},
        rules={"customer.not_analogous"},
    ),
    # Condition (3): a campaign that does not say what it promotes cannot show analogy.
    Case(
        "no-category-declared",
        request(
            "email",
            consented=False,
            contact={"source": SALE, "customer": customer()},
            campaign={"product_categories": []},
        ),
        allowed=False,
        basis=None,
        codes={"consent_required", "existing_customer_products_not_analogous"},
        rules={"customer.not_analogous"},
    ),
    # Condition (4): no means to object offered at collection.
    Case(
        "objection-not-offered-at-collection",
        soft_opt_in(objection_offered_at_collection=False),
        allowed=False,
        basis=None,
        codes={"consent_required", "existing_customer_objection_not_offered"},
        rules={"customer.no_objection_offered"},
        refs=(L34_5,),
    ),
    # Condition (4) in every message — and L34-5 (§2.2) requires the opt-out means anyway.
    Case(
        "no-opt-out-in-the-message",
        soft_opt_in(campaign={"message": {"opt_out_means": False}}),
        allowed=False,
        basis=None,
        codes={"consent_required", "existing_customer_objection_not_offered", "no_opt_out_means"},
        rules={"customer.no_objection_offered", "message.opt_out_electronic"},
    ),
    # §5: 3 years from the end of the relationship; last purchase over 3 years ago and no
    # contract running → no more prospecting, and the exception is gone with it.
    Case(
        "last-purchase-over-three-years-ago",
        soft_opt_in(last_purchase_at="2023-11-01T10:00:00+01:00"),
        allowed=False,
        basis=None,
        codes={"retention_expired", "consent_required"},
        rules={"retention.customer", "l34_5.consumer"},
        refs=("RGPD art. 5(1)(e)", "CNIL, délib. 2021-131"),
    ),
    # §5: relationship ended 2 years ago → still within the 3 years.
    Case(
        "relationship-ended-two-years-ago",
        soft_opt_in(
            last_purchase_at="2024-01-10T10:00:00+01:00",
            relationship_ended_at="2024-12-01T10:00:00+01:00",
        ),
        allowed=True,
        basis="existing_customer",
    ),
    # §5: relationship ended 3 years and a day ago → expired.
    Case(
        "relationship-ended-three-years-and-a-day-ago",
        soft_opt_in(
            last_purchase_at="2023-06-01T10:00:00+02:00",
            relationship_ended_at="2023-11-30T10:00:00+01:00",
        ),
        allowed=False,
        basis=None,
        codes={"retention_expired", "consent_required"},
        rules={"retention.customer"},
    ),
    # §5: the relationship has not ended while a contract is being performed (old purchase).
    Case(
        "old-purchase-contract-in-progress",
        soft_opt_in(
            last_purchase_at="2021-03-01T10:00:00+01:00", contact={"contract_in_progress": True}
        ),
        allowed=True,
        basis="existing_customer",
    ),
    # A customer outside the exception who gave a valid consent: consent is the basis.
    Case(
        "customer-outside-exception-with-consent",
        request(
            "email",
            contact={"source": {"type": "own_form", "name": "acme.fr"}, "customer": customer()},
            campaign={"product_categories": ["furniture"]},
        ),
        allowed=True,
        basis="consent",
        rules={"oblige.keep_consent_proof"},
    ),
    # §3.3: after 2026-08-11 the only exception to phone opt-in is a contract in progress —
    # being a past customer is not enough.
    Case(
        "phone-call-existing-customer-needs-consent",
        soft_opt_in("phone_call"),
        allowed=False,
        basis=None,
        codes={"consent_required"},
        rules={"l223_1.consent"},
    ),
    # §2 postal mail is opt-out anyway: a customer may receive a mailing without consent.
    Case(
        "postal-customer-opt-out",
        soft_opt_in("postal_mail", categories=["furniture"]),
        allowed=True,
        basis="legitimate_interest",
    ),
    # LEGAL.md §2 grants the existing-customer exception to email, SMS and automated calls,
    # not to fax ("Opt-in (L34-5 covers 'télécopieur')"); L34-5 al. 4 opens it to
    # "prospection directe par courrier électronique" only. A customer needs consent by fax.
    Case(
        "fax-existing-customer-no-exception",
        soft_opt_in("fax"),
        allowed=False,
        basis=None,
        codes={"consent_required"},
        rules={"l34_5.consumer"},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_existing_customer_exception(case: Case) -> None:
    check_case(case)
