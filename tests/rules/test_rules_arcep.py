"""Caller IDs reserved for automated calling systems: ARCEP décision 2022-1583 (LEGAL.md §3.4),
in force 2023-01-01. Consenting consumers (or related B2B offers), Tuesday 2026-12-01, 10:30.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.rules.helpers import Case, check_case, ids, paris, request

ARCEP = "ARCEP décision 2022-1583"
#: Metropolitan reserved ranges (0162 … 0949) and an overseas one (09477), in several notations.
RESERVED = ("+33162000001", "01 63 00 00 01", "0270000001", "05.69.00.00.01", "09 47 71 23 45")
#: Mobile 06/07, geographic 01–05, other 09, and the 0937–0939 "technical platform" numbers.
FRENCH_UNRESERVED = ("06 12 34 56 78", "+33 7 81 23 45 67", "01 42 00 00 00", "09 37 00 00 00")


def sent(channel: str, caller_id: str | None, **kw: Any) -> dict[str, Any]:
    return request(channel, campaign={"caller_id": caller_id}, **kw)


def refused(name: str, req: dict[str, Any], code: str, rule: str) -> Case:
    return Case(name, req, False, None, {code}, {rule}, (ARCEP,))


CASES: list[Case] = [
    # Automated calls: only the "numéros polyvalents vérifiés" ranges may be presented.
    *[
        Case(f"automated-reserved-{number}", sent("automated_call", number), True, "consent")
        for number in RESERVED
    ],
    *[
        refused(
            f"automated-unreserved-{number}",
            sent("automated_call", number),
            "caller_id_not_reserved",
            "arcep.automated_range",
        )
        for number in (*FRENCH_UNRESERVED, "+44 20 7946 0958", "ACME")
    ],
    # An automated call presenting no number cannot present a reserved one.
    refused(
        "automated-no-caller-id",
        sent("automated_call", None),
        "caller_id_missing",
        "arcep.automated_missing",
    ),
    # The decision binds automated systems whoever is called (a related B2B offer here).
    refused(
        "automated-professional-no-caller-id",
        request(
            "automated_call",
            "professional",
            consented=False,
            campaign={"caller_id": None, "related_to_profession": True},
        ),
        "caller_id_missing",
        "arcep.automated_missing",
    ),
    # In force from 2023-01-01: an automated call of 2022-12-30 without caller ID was not
    # caught by this decision (the number was cleaned against Bloctel the week before).
    Case(
        "automated-no-caller-id-before-2023",
        sent(
            "automated_call",
            None,
            at=paris("2022-12-30"),
            contact={
                "opposition_lists": {
                    "bloctel": {"listed": False, "checked_at": "2022-12-23T10:00:00+01:00"}
                }
            },
        ),
        True,
        "consent",
    ),
    refused(
        "automated-no-caller-id-from-2023",
        sent(
            "automated_call",
            None,
            at=paris("2023-01-03"),
            contact={
                "opposition_lists": {
                    "bloctel": {"listed": False, "checked_at": "2022-12-23T10:00:00+01:00"}
                }
            },
        ),
        "caller_id_missing",
        "arcep.automated_missing",
    ),
    # SMS are "messages from automated systems": a French mobile or geographic sender outside
    # the ranges is refused …
    *[
        refused(
            f"sms-french-unreserved-{number}",
            sent("sms", number),
            "caller_id_not_reserved",
            "arcep.sms_range",
        )
        for number in FRENCH_UNRESERVED
    ],
    # … a reserved number is fine …
    *[Case(f"sms-reserved-{number}", sent("sms", number), True, "consent") for number in RESERVED],
    # … and an alphanumeric sender is not a number of the French numbering plan.
    Case("sms-alphanumeric-sender", sent("sms", "ACME"), True, "consent"),
    # Human calls: UNCONFIRMED whether the decision reaches a person dialling by hand (§3.4) —
    # safer reading: a French number outside the ranges is refused …
    *[
        refused(
            f"phone-call-unreserved-unconfirmed-{number}",
            sent("phone_call", number),
            "caller_id_not_reserved",
            "arcep.phone_range",
        )
        for number in FRENCH_UNRESERVED
    ],
    refused(
        "phone-call-professional-mobile-unconfirmed",
        request(
            "phone_call", "professional", consented=False, campaign={"caller_id": "0612345678"}
        ),
        "caller_id_not_reserved",
        "arcep.phone_range",
    ),
    # … a reserved number is fine …
    Case("phone-call-reserved", sent("phone_call", "+33162000001"), True, "consent"),
    # … and a campaign that does not say must present a reserved number (obligation).
    Case(
        "phone-call-no-caller-id-obligation",
        sent("phone_call", None),
        True,
        "consent",
        rules={"oblige.caller_id"},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_arcep_caller_id(case: Case) -> None:
    check_case(case)
