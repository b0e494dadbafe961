"""The right to object to direct marketing: RGPD art. 21(2)-(3) (LEGAL.md §2.4, §7.2 (6)).

Once exercised — to everyone or to one controller, for one channel or all — marketing must stop;
an objection recorded after the contact did not exist when the contact was made. Judged on
2026-12-01, 10:30 Paris.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.rules.helpers import CONTROLLER, Case, check_case, ids, request

BEFORE = "2026-11-25T10:00:00+01:00"
REFS = ("RGPD art. 21(2)", "RGPD art. 21(3)")


def objection(channels: Any = ("*",), controller: str | None = None, at: str = BEFORE) -> dict:
    return {"at": at, "channels": list(channels), "controller": controller}


def objected(channel: str = "email", *objections: dict, **kw: Any) -> dict[str, Any]:
    contact = {"objections": list(objections), **kw.pop("contact", {})}
    return request(channel, contact=contact, **kw)


def refused(name: str, req: dict[str, Any], **kw: Any) -> Case:
    return Case(name, req, False, None, {"objection_on_file"}, {"objection"}, REFS, **kw)


CASES: list[Case] = [
    # Art. 21(3): an objection to everyone, on every channel, overrides even a valid consent.
    refused("everyone-all-channels", objected("email", objection())),
    # The objection applies to every channel, the opt-out ones included.
    refused("everyone-all-channels-postal", objected("postal_mail", objection())),
    refused("everyone-all-channels-phone", objected("phone_call", objection())),
    # An objection with no channel list covers every channel.
    refused(
        "no-channel-list-means-all",
        objected("sms", {"at": BEFORE, "controller": None}),
    ),
    # An objection addressed to this controller (names compare case- and space-insensitively).
    refused("to-this-controller", objected("email", objection(controller="ACME  sas"))),
    refused("to-this-controller-exact", objected("sms", objection(controller=CONTROLLER))),
    # An objection addressed to another controller does not bind this one.
    Case(
        "to-another-controller",
        objected("email", objection(controller="Other SA")),
        True,
        "consent",
    ),
    # By channel: an objection to email stops email …
    refused("email-objection-on-email", objected("email", objection(["email"]))),
    refused("listed-channels", objected("sms", objection(["email", "sms"]))),
    # … but not SMS (the person chose which channel to close).
    Case("email-objection-on-sms", objected("sms", objection(["email"])), True, "consent"),
    # Opt-out regimes live on the absence of objection (§2 legend): postal consumer, B2B email.
    refused(
        "postal-opt-out-objected",
        objected("postal_mail", objection(["postal_mail"]), consented=False),
    ),
    refused(
        "b2b-email-related-objected",
        request(
            "email",
            "professional",
            consented=False,
            contact={"objections": [objection(["email"])]},
            campaign={"related_to_profession": True},
        ),
    ),
    # Human call before 2026-08-11 (opt-out + Bloctel): an objection on file still refuses.
    refused(
        "phone-2024-objected",
        request(
            "phone_call",
            at="2024-06-04T10:30:00+02:00",
            consented=False,
            contact={
                "objections": [objection(["phone_call"], at="2024-05-01T10:00:00+02:00")],
                "opposition_lists": {
                    "bloctel": {"listed": False, "checked_at": "2024-06-01T10:00:00+02:00"}
                },
            },
        ),
    ),
    # Honouring an objection is never unlawful: licite refuses even for a generic address.
    Case(
        "generic-address-objection-honoured",
        objected(
            "postal_mail",
            objection(),
            consented=False,
            contact={"kind": "organisation", "audience": "professional"},
        ),
        False,
        None,
        {"objection_on_file"},
        {"objection"},
    ),
    # An objection dated after the contact does not count (the contact is judged at ``at``).
    Case(
        "objection-after-contact",
        objected("email", objection(at="2026-12-02T09:00:00+01:00")),
        True,
        "consent",
    ),
    Case(
        "objection-after-contact-postal",
        objected("postal_mail", objection(at="2026-12-01T10:31:00+01:00"), consented=False),
        True,
        "legitimate_interest",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_objections(case: Case) -> None:
    check_case(case)
