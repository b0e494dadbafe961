"""Consent validity, proof, withdrawal, partners and brokers (LEGAL.md §7, §3.3).

A consumer email campaign needs consent (CPCE L34-5), so each defect of the only consent on file
shows as ``consent_required`` plus the code naming the defect. Judged on 2026-12-01, 10:30 Paris.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.rules.helpers import CONTROLLER, Case, check_case, consent, ids, request

GIVEN = "2026-11-21T10:30:00+01:00"


def with_consent(channel: str = "email", **fields: Any) -> dict[str, Any]:
    """The default request whose only consent has ``fields`` changed."""
    return request(channel, contact={"consents": [consent(**{"given_at": GIVEN, **fields})]})


def refused(name: str, req: dict[str, Any], *codes: str, rules: set[str], **kw: Any) -> Case:
    return Case(name, req, False, None, {"consent_required", *codes}, rules, **kw)


def from_broker(given_at: str) -> dict[str, Any]:
    """Bought from a broker on 2026-11-20; the broker's form named Acme among its partners."""
    return request(
        "email",
        contact={
            "source": {"type": "broker", "name": "DataList SA"},
            "collected_at": "2026-11-20T10:00:00+01:00",
            "consents": [
                consent(
                    given_at=given_at,
                    collected_by="DataList SA",
                    controllers=[CONTROLLER, "Other SA"],
                )
            ],
        },
    )


CASES: list[Case] = [
    # §7.1 CNIL: a dedicated, not pre-ticked box; signed or recorded consent; double opt-in.
    *[
        Case(f"method-{method}-valid", with_consent(method=method), True, "consent")
        for method in ("unticked_checkbox", "double_opt_in", "signed_form", "recorded_oral")
    ],
    # §1.1 / §7.1: acceptance of terms is not specific; pre-ticked boxes, bundled or implied
    # consent are not a clear affirmative act (RGPD art. 4(11), 7(4)).
    *[
        refused(
            f"method-{method}-invalid",
            with_consent(method=method),
            "consent_invalid_method",
            rules={"consent.method", "l34_5.consumer"},
            refs=("RGPD art. 4(11)",),
        )
        for method in ("pre_ticked_box", "terms_acceptance", "bundled_with_service", "implied")
    ],
    # §7.1 RGPD 7(1): the controller must demonstrate consent (Solocal: no proof = breach).
    refused(
        "no-proof",
        with_consent(proof=None),
        "consent_without_proof",
        rules={"consent.proof"},
        refs=("RGPD art. 7(1)",),
    ),
    refused(
        "empty-proof",
        with_consent(proof={}),
        "consent_without_proof",
        rules={"consent.proof"},
    ),
    # RGPD art. 7(3): withdrawal at any time; a withdrawn consent no longer counts.
    refused(
        "withdrawn-before-contact",
        with_consent(withdrawn_at="2026-11-28T09:00:00+01:00"),
        "consent_withdrawn",
        rules={"consent.withdrawn"},
        refs=("RGPD art. 7(3)",),
    ),
    # RGPD art. 7(3) (EDPB 05/2020): once consent is withdrawn, processing based on it stops
    # and cannot switch to legitimate interest, even on an opt-out channel such as post.
    Case(
        "withdrawn-postal-consent-stops-mailing",
        request(
            "postal_mail",
            contact={
                "postal_address": "3 rue Victor Hugo, 13100 Aix-en-Provence",
                "consents": [consent(["postal_mail"], withdrawn_at="2026-11-28T09:00:00+01:00")],
            },
        ),
        False,
        None,
        {"consent_withdrawn"},
        {"consent.withdrawn"},
    ),
    # A withdrawal dated after the contact did not exist when the contact was made.
    Case(
        "withdrawn-after-contact",
        with_consent(withdrawn_at="2026-12-02T09:00:00+01:00"),
        True,
        "consent",
    ),
    # §7.2 (4): consent is valid only for the named partners.
    refused(
        "other-controller",
        with_consent(controllers=["Other SA"]),
        "consent_not_for_controller",
        rules={"consent.controller"},
        refs=("CNIL, partenaires, 28 déc. 2018",),
    ),
    # §7.2 (2): the partner list shown on the form names the controller.
    Case(
        "partner-list-names-controller",
        with_consent(controllers=["Other SA", "ACME  sas"], collected_by="DataList SA"),
        True,
        "consent",
    ),
    # A consent collected by the controller itself, no partner list: it names the controller.
    Case(
        "collected-by-controller-no-list",
        with_consent(controllers=[], collected_by=CONTROLLER),
        True,
        "consent",
    ),
    # A broker's consent without any partner list does not name the buyer (Hubside, Foriou).
    refused(
        "collected-by-broker-no-list",
        with_consent(controllers=[], collected_by="DataList SA"),
        "consent_not_for_controller",
        rules={"consent.controller"},
    ),
    # RGPD art. 4(11): consent is specific — another purpose does not count.
    refused(
        "other-purpose",
        with_consent(purpose="satisfaction_survey"),
        "consent_other_purpose",
        rules={"consent.purpose"},
        refs=("RGPD art. 4(11)",),
    ),
    # Specific to the channel: an SMS consent does not cover email.
    refused("other-channel", with_consent(channels=["sms"]), rules={"l34_5.consumer"}),
    # Consent must be *prior*: one given after the contact does not count.
    refused(
        "given-after-contact",
        with_consent(given_at="2026-12-02T09:00:00+01:00"),
        rules={"l34_5.consumer"},
    ),
    # Several defects are all reported (the engine never stops at the first).
    refused(
        "pre-ticked-and-unproven",
        with_consent(method="pre_ticked_box", proof=None),
        "consent_invalid_method",
        "consent_without_proof",
        rules={"consent.method", "consent.proof"},
    ),
    # One valid consent suffices even if another one on file is defective.
    Case(
        "one-valid-among-defective",
        request(
            "email",
            contact={
                "consents": [
                    consent(given_at=GIVEN, method="pre_ticked_box"),
                    consent(given_at=GIVEN),
                ]
            },
        ),
        True,
        "consent",
        rules={"oblige.keep_consent_proof"},
    ),
    # §7.2 (1): the broker collected consent before transmitting the data → valid; the buyer
    # must still control its supplier (Foriou, Hubside, Solocal).
    Case(
        "broker-consent-before-transmission",
        from_broker("2026-11-01T10:00:00+01:00"),
        True,
        "consent",
        rules={"oblige.control_supplier", "oblige.art14_source", "oblige.keep_consent_proof"},
    ),
    # §7.2 (1): a consent obtained after the broker transmitted the data is not valid.
    refused(
        "broker-consent-after-transmission",
        from_broker("2026-11-25T10:00:00+01:00"),
        "consent_after_transmission",
        rules={"consent.after_transmission", "oblige.control_supplier"},
        refs=("CNIL, partenaires, 28 déc. 2018",),
    ),
    # §3.3 UNCONFIRMED (décret 2026-662 as cited by a third party): a phone consent is valid at
    # most one year — safer reading: a 13-month-old consent no longer allows the call.
    refused(
        "phone-consent-over-a-year-old",
        with_consent("phone_call", given_at="2025-11-01T10:00:00+01:00"),
        "consent_expired",
        rules={"consent.expired", "l223_1.consent"},
        refs=("C. consom. art. L223-1",),
    ),
    # … an 11-month-old phone consent is still valid.
    Case(
        "phone-consent-eleven-months-old",
        with_consent("phone_call", given_at="2026-01-05T10:00:00+01:00"),
        True,
        "consent",
    ),
    # The one-year limit concerns telephone consent only; an email consent does not lapse.
    Case(
        "email-consent-three-years-old",
        request(
            "email",
            contact={
                "collected_at": "2024-01-10T10:00:00+01:00",
                "consents": [consent(given_at="2024-01-10T10:00:00+01:00")],
            },
        ),
        True,
        "consent",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_consent(case: Case) -> None:
    check_case(case)
