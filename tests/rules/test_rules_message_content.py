"""What every message must carry (LEGAL.md §2.2: CPCE L34-5 last paragraphs; RGPD 14(1)(a),
21(4)): the sender's identity and a free, simple means to object — per channel.

Consenting consumers (or, for the opt-out channels, consumers who need no consent), Tuesday
2026-12-01 at 10:30.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.rules.helpers import ALL_CHANNELS, Case, check_case, ids, request

ELECTRONIC = ("email", "sms", "automated_call", "fax")
OTHER = ("phone_call", "postal_mail")
GENERIC = {"kind": "organisation", "audience": "professional", "email": "contact@acme-btp.fr"}


def message(channel: str, **fields: Any) -> dict[str, Any]:
    return request(channel, campaign={"message": fields})


CASES: list[Case] = [
    # L34-5: the identity of the person on whose behalf the message is sent may not be hidden.
    *[
        Case(
            f"{channel}-sender-hidden",
            message(channel, sender_identified=False),
            False,
            None,
            {"sender_not_identified"},
            {"message.sender_electronic"},
            ("CPCE art. L34-5",),
        )
        for channel in ELECTRONIC
    ],
    # Calls and mailings: the controller must be identified (RGPD art. 14(1)(a)).
    *[
        Case(
            f"{channel}-sender-hidden",
            message(channel, sender_identified=False),
            False,
            None,
            {"sender_not_identified"},
            {"message.sender_other"},
            ("RGPD art. 14(1)(a)",),
        )
        for channel in OTHER
    ],
    # L34-5: valid contact details to which a free objection can be sent ("STOP"), and
    # RGPD 21(4): the right to object brought to the person's attention.
    *[
        Case(
            f"{channel}-no-opt-out",
            message(channel, opt_out_means=False),
            False,
            None,
            {"no_opt_out_means"},
            {"message.opt_out_electronic"},
            ("CPCE art. L34-5", "RGPD art. 21(4)"),
        )
        for channel in ELECTRONIC
    ],
    *[
        Case(
            f"{channel}-no-opt-out",
            message(channel, opt_out_means=False),
            False,
            None,
            {"no_opt_out_means"},
            {"message.opt_out_other"},
            ("RGPD art. 21(4)",),
        )
        for channel in OTHER
    ],
    # Both missing: both reported.
    Case(
        "email-sender-hidden-and-no-opt-out",
        message("email", sender_identified=False, opt_out_means=False),
        False,
        None,
        {"sender_not_identified", "no_opt_out_means"},
        {"message.sender_electronic", "message.opt_out_electronic"},
    ),
    # Both present (the default): every channel is open, with the per-message duty stated for
    # electronic messages and the right to object for all.
    *[
        Case(
            f"{channel}-compliant-message",
            message(channel, sender_identified=True, opt_out_means=True),
            True,
            "consent" if channel != "postal_mail" else "legitimate_interest",
            rules={"oblige.right_to_object"}
            | ({"oblige.opt_out_each_message"} if channel in ELECTRONIC else set()),
        )
        for channel in ALL_CHANNELS
    ],
    # L34-5 governs every electronic message, even to a generic address of a legal person …
    Case(
        "generic-address-email-sender-hidden",
        request(
            "email",
            consented=False,
            contact=GENERIC,
            campaign={"message": {"sender_identified": False}},
        ),
        False,
        None,
        {"sender_not_identified"},
        {"message.sender_electronic"},
    ),
    # … whereas the GDPR duties for mailings concern personal data only.
    Case(
        "generic-address-postal-sender-hidden",
        request(
            "postal_mail",
            consented=False,
            contact=GENERIC,
            campaign={"message": {"sender_identified": False, "opt_out_means": False}},
        ),
        True,
        "not_personal_data",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_message_content(case: Case) -> None:
    check_case(case)
