"""Telephone canvassing of consumers (LEGAL.md §3.1–§3.3): Bloctel until 2026-08-10, opt-in from
2026-08-11, and the days, hours and frequency of C. consom. art. D223-9 (from 2023-03-01).

Professionals are outside all three (Bloctel and L223-1 protect "consommateurs").
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.rules.helpers import (
    CONTROLLER,
    Case,
    check_case,
    consent,
    ids,
    paris,
    request,
    shift,
)

D223_9 = "C. consom. art. D223-9"
L223_1 = "C. consom. art. L223-1"
AT_2024 = paris("2024-06-04")  # a Tuesday under the Bloctel regime
MARTINIQUE = "+596 696 20 12 34"
REUNION = "0692 12 34 56"


def bloctel(
    listed: bool | None = False, checked_at: str | None = "2024-06-01T10:00:00+02:00"
) -> dict[str, Any]:
    return {"bloctel": {"listed": listed, "checked_at": checked_at}}


def call_2024(consented: bool = False, at: str = AT_2024, **contact: Any) -> dict[str, Any]:
    """A consumer called (by default on Tuesday 2024-06-04 at 10:30), number cleaned against
    Bloctel 3 days before the call."""
    campaign = contact.pop("campaign", None)
    audience = contact.pop("audience", "consumer")
    channel = contact.pop("channel", "phone_call")
    contact = {"opposition_lists": bloctel(checked_at=shift(at, days=-3)), **contact}
    return request(channel, audience, at, consented=consented, contact=contact, campaign=campaign)


def call(at: str, **contact: Any) -> dict[str, Any]:
    """A consumer who consented (10 days before) called at ``at``; before 2026-08-11 the number
    was also cleaned against Bloctel the day before."""
    campaign = contact.pop("campaign", None)
    channel = contact.pop("channel", "phone_call")
    if at < "2026-08-11":
        contact = {"opposition_lists": bloctel(checked_at=shift(at, days=-1)), **contact}
    return request(channel, "consumer", at, contact=contact, campaign=campaign)


def interaction(
    at: str,
    outcome: str = "no_answer",
    controller: str | None = CONTROLLER,
    channel: str = "phone_call",
) -> dict[str, Any]:
    return {"at": at, "channel": channel, "controller": controller, "outcome": outcome}


def calls_before(days: list[int], at: str = paris("2026-12-01"), **kw: Any) -> list[dict[str, Any]]:
    return [interaction(shift(at, days=-d), **kw) for d in days]


def allowed(name: str, req: dict[str, Any], basis: str = "consent", **kw: Any) -> Case:
    return Case(name, req, True, basis, **kw)


def refused(name: str, req: dict[str, Any], *codes: str, rules: set[str], **kw: Any) -> Case:
    return Case(name, req, False, None, set(codes), rules, **kw)


HOLIDAYS = [
    # C. trav. art. L3133-1 via D223-9: Easter Monday, Ascension, Whit Monday of several years,
    # and fixed-date holidays that fall on a weekday.
    *("2023-04-10", "2024-04-01", "2025-04-21", "2026-04-06", "2027-03-29"),  # Easter Monday
    *("2023-05-18", "2024-05-09", "2025-05-29", "2026-05-14", "2027-05-06"),  # Ascension
    *("2023-05-29", "2024-05-20", "2025-06-09", "2026-05-25", "2027-05-17"),  # Whit Monday
    *("2023-05-01", "2024-05-08", "2025-08-15", "2026-07-14", "2026-11-11"),
    *("2026-12-25", "2027-01-01"),
]
NOT_HOLIDAYS = ["2026-04-07", "2026-05-13", "2026-05-26", "2027-03-30"]  # the days around

SATURDAY = paris("2026-12-05", "11:00")
FOUR_CALLS = calls_before([3, 10, 17, 24])

CASES: list[Case] = [
    # --- Bloctel (§3.1), until 2026-08-10 ------------------------------------------------------
    # Cleaned less than 30 days ago, not listed: opt-out regime (legitimate interest), with the
    # monthly scrubbing duty (R223-6) and the D223-9 limits as obligations.
    allowed(
        "bloctel-clean",
        call_2024(),
        "legitimate_interest",
        rules={"oblige.bloctel_monthly", "oblige.call_limits", "oblige.right_to_object"},
    ),
    # L223-1 (former): no canvassing of a registered consumer …
    refused(
        "bloctel-listed",
        call_2024(opposition_lists=bloctel(listed=True)),
        "bloctel_listed",
        rules={"bloctel.listed"},
        refs=(L223_1,),
    ),
    # … the only exception being a contract in progress (not a consent).
    refused(
        "bloctel-listed-despite-consent",
        call_2024(consented=True, opposition_lists=bloctel(listed=True)),
        "bloctel_listed",
        rules={"bloctel.listed"},
    ),
    allowed(
        "bloctel-listed-contract-in-progress",
        call_2024(opposition_lists=bloctel(listed=True), contract_in_progress=True),
        "contract_in_progress",
        rules={"oblige.call_limits"},
    ),
    # L223-5 (press) is outside the Bloctel prohibition.
    allowed(
        "bloctel-listed-press",
        call_2024(opposition_lists=bloctel(listed=True), campaign={"sector": "press"}),
        "legitimate_interest",
    ),
    # R223-6: files must be scrubbed before calling — a number never checked is refused.
    refused(
        "bloctel-never-checked",
        call_2024(opposition_lists={}),
        "bloctel_not_checked",
        rules={"bloctel.unchecked"},
        refs=("C. consom. art. R223-6",),
    ),
    refused(
        "bloctel-result-without-date",
        call_2024(opposition_lists={"bloctel": {"listed": False}}),
        "bloctel_not_checked",
        rules={"bloctel.unchecked"},
    ),
    # R223-6: files are scrubbed *before* calling ("before each campaign", "at least monthly";
    # an expurgated file is valid 30 days from the check): a check dated after the call, like
    # an objection or a consent dated after it, cannot have cleaned the file used for it.
    refused(
        "bloctel-checked-only-after-the-call",
        call_2024(opposition_lists=bloctel(checked_at=shift(AT_2024, days=6))),
        "bloctel_not_checked",
        rules={"bloctel.unchecked"},
    ),
    # An expurgated file is valid 30 days (§3.1 [S39]).
    refused(
        "bloctel-check-35-days-old",
        call_2024(opposition_lists=bloctel(checked_at=shift(AT_2024, days=-35))),
        "bloctel_check_stale",
        rules={"bloctel.stale"},
        refs=("C. consom. art. R223-6",),
    ),
    allowed(
        "bloctel-check-exactly-30-days-old",
        call_2024(opposition_lists=bloctel(checked_at=shift(AT_2024, days=-30))),
        "legitimate_interest",
    ),
    # Automated calls to a registered consumer are canvassing too.
    refused(
        "bloctel-listed-automated-call",
        call_2024(consented=True, channel="automated_call", opposition_lists=bloctel(listed=True)),
        "bloctel_listed",
        rules={"bloctel.listed"},
    ),
    # Professional numbers cannot be registered on Bloctel.
    allowed(
        "bloctel-professional-not-concerned",
        call_2024(audience="professional", opposition_lists=bloctel(listed=True)),
        "legitimate_interest",
    ),
    # §3.3: the Bloctel list ends on 2026-08-11; a stale "listed" flag no longer matters.
    allowed(
        "bloctel-listed-after-its-end",
        request(
            "phone_call", contact={"opposition_lists": bloctel(True, "2026-11-20T10:00:00+01:00")}
        ),
        rules={"oblige.keep_consent_proof"},
    ),
    # --- opt-in (§3.3), from 2026-08-11 ---------------------------------------------------------
    allowed(
        "last-day-of-bloctel-regime-no-consent",
        call_2024(at=paris("2026-08-10")),
        "legitimate_interest",
        rules={"oblige.bloctel_monthly"},
    ),
    refused(
        "first-day-of-opt-in-no-consent",
        request("phone_call", at=paris("2026-08-11"), consented=False),
        "consent_required",
        rules={"l223_1.consent"},
        refs=(L223_1, "Loi n° 2025-594 art. 13"),
    ),
    allowed("opt-in-with-consent", request("phone_call"), rules={"oblige.keep_consent_proof"}),
    # Exception: solicitation within a contract in progress.
    allowed(
        "opt-in-contract-in-progress",
        request("phone_call", consented=False, contact={"contract_in_progress": True}),
        "contract_in_progress",
    ),
    # "All sectors covered (press exception remains)".
    allowed(
        "opt-in-press-exception",
        request("phone_call", consented=False, campaign={"sector": "press"}),
        "legitimate_interest",
    ),
    allowed(
        "opt-in-professional-not-concerned",
        request("phone_call", "professional", consented=False),
        "legitimate_interest",
    ),
    # --- D223-9: days -------------------------------------------------------------------------
    refused(
        "saturday", call(SATURDAY), "call_on_weekend", rules={"d223_9.weekend"}, refs=(D223_9,)
    ),
    refused(
        "sunday", call(paris("2026-12-06", "11:00")), "call_on_weekend", rules={"d223_9.weekend"}
    ),
    allowed("friday", call(paris("2026-12-04", "11:00"))),
    *[
        refused(
            f"holiday-{day}",
            call(paris(day)),
            "call_on_public_holiday",
            rules={"d223_9.holiday"},
            refs=(D223_9, "C. trav. art. L3133-1"),
        )
        for day in HOLIDAYS
    ],
    # (before 2026-08-11 the basis is legitimate interest: the opt-out regime)
    *[
        allowed(
            f"working-day-{day}",
            call(paris(day)),
            "consent" if day >= "2026-08-11" else "legitimate_interest",
        )
        for day in NOT_HOLIDAYS
    ],
    # --- D223-9: hours, 10:00–13:00 and 14:00–20:00 ---------------------------------------------
    *[
        refused(
            f"hours-{clock}",
            call(paris("2026-12-01", clock)),
            "call_outside_hours",
            rules={"d223_9.hours"},
            refs=(D223_9,),
        )
        for clock in ("08:00", "09:59", "13:00", "13:30", "13:59", "20:00", "22:00")
    ],
    *[
        allowed(f"hours-{clock}", call(paris("2026-12-01", clock)))
        for clock in ("10:00", "12:59", "14:00", "19:59")
    ],
    # --- D223-9: in the consumer's time zone ----------------------------------------------------
    # 10:30 in Paris is 05:30 in Martinique (number +596 …).
    refused(
        "martinique-10-30-paris-is-05-30",
        call(paris("2026-12-01"), phone=MARTINIQUE),
        "call_outside_hours",
        rules={"d223_9.hours"},
    ),
    # The same number written the national way (0696 …) is Martinique too.
    refused(
        "martinique-national-format",
        call(paris("2026-12-01"), phone="0696 20 12 34"),
        "call_outside_hours",
        rules={"d223_9.hours"},
    ),
    allowed(
        "martinique-16-30-paris-is-11-30", call(paris("2026-12-01", "16:30"), phone=MARTINIQUE)
    ),
    # Saturday 00:30 in Paris is still Friday 19:30 in Martinique.
    allowed("martinique-friday-evening", call(paris("2026-12-05", "00:30"), phone=MARTINIQUE)),
    # Christmas Day 00:30 in Paris is still 24 December 19:30 in Martinique.
    allowed("martinique-christmas-eve", call(paris("2026-12-25", "00:30"), phone=MARTINIQUE)),
    # 10:30 in Paris is 13:30 in La Réunion: the lunch gap.
    refused(
        "reunion-10-30-paris-is-13-30",
        call(paris("2026-12-01"), phone=REUNION),
        "call_outside_hours",
        rules={"d223_9.hours"},
    ),
    # 08:00 in Paris is 11:00 in La Réunion.
    allowed("reunion-08-00-paris-is-11-00", call(paris("2026-12-07", "08:00"), phone=REUNION)),
    # An explicit time zone wins over the one derived from the number.
    refused(
        "explicit-timezone-martinique",
        call(paris("2026-12-01"), timezone="America/Martinique"),
        "call_outside_hours",
        rules={"d223_9.hours"},
    ),
    allowed(
        "explicit-timezone-paris-for-overseas-number",
        call(paris("2026-12-01"), phone=MARTINIQUE, timezone="Europe/Paris"),
    ),
    # --- D223-9 al. 2: express prior consent to out-of-hours calls lifts days and hours only ----
    allowed(
        "out-of-hours-consent-saturday",
        call(SATURDAY, consents=[consent(out_of_hours=True)]),
    ),
    allowed(
        "out-of-hours-consent-22-00",
        call(paris("2026-12-01", "22:00"), consents=[consent(out_of_hours=True)]),
    ),
    allowed(
        "out-of-hours-consent-holiday",
        call(paris("2026-12-25"), consents=[consent(out_of_hours=True)]),
    ),
    refused(
        "out-of-hours-consent-not-the-4-calls-cap",
        call(
            SATURDAY,
            consents=[consent(out_of_hours=True)],
            interactions=calls_before([1, 2, 3, 4], SATURDAY),
        ),
        "call_attempts_exceeded",
        rules={"d223_9.frequency"},
    ),
    refused(
        "out-of-hours-consent-not-the-60-days",
        call(
            SATURDAY,
            consents=[consent(out_of_hours=True)],
            interactions=calls_before([20], SATURDAY, outcome="refused"),
        ),
        "call_after_refusal",
        rules={"d223_9.refusal"},
    ),
    # The flag on a consent that is not valid (no proof) lifts nothing.
    refused(
        "out-of-hours-flag-on-unproven-consent",
        call(SATURDAY, consents=[consent(out_of_hours=True, proof=None)]),
        "consent_required",
        "consent_without_proof",
        "call_on_weekend",
        rules={"d223_9.weekend", "consent.proof"},
    ),
    # Under the Bloctel regime as well.
    allowed(
        "out-of-hours-consent-2024-saturday",
        call(
            paris("2024-06-08", "11:00"),
            consents=[consent(out_of_hours=True, given_at="2024-05-01T10:00:00+02:00")],
        ),
        "legitimate_interest",
    ),
    # --- D223-9: at most 4 calls or attempts per 30 days, same professional --------------------
    refused(
        "fifth-call-in-30-days",
        call(paris("2026-12-01"), interactions=FOUR_CALLS),
        "call_attempts_exceeded",
        rules={"d223_9.frequency"},
        refs=(D223_9,),
    ),
    refused(
        "answered-calls-count-too",
        call(paris("2026-12-01"), interactions=calls_before([3, 10, 17, 24], outcome="answered")),
        "call_attempts_exceeded",
        rules={"d223_9.frequency"},
    ),
    allowed("fourth-call-in-30-days", call(paris("2026-12-01"), interactions=FOUR_CALLS[1:])),
    allowed(
        "oldest-of-four-over-30-days-ago",
        call(paris("2026-12-01"), interactions=calls_before([3, 10, 17, 31])),
    ),
    # Attempts by another professional are not counted.
    allowed(
        "four-calls-by-another-controller",
        call(
            paris("2026-12-01"), interactions=calls_before([3, 10, 17, 24], controller="Other SA")
        ),
    ),
    # Attempts with no controller recorded are counted (safer reading).
    refused(
        "four-calls-controller-unknown",
        call(paris("2026-12-01"), interactions=calls_before([3, 10, 17, 24], controller=None)),
        "call_attempts_exceeded",
        rules={"d223_9.frequency"},
    ),
    # Calls, not SMS; automated calls are calls.
    allowed(
        "four-sms-not-calls",
        call(paris("2026-12-01"), interactions=calls_before([3, 10, 17, 24], channel="sms")),
    ),
    refused(
        "four-automated-calls",
        call(
            paris("2026-12-01"),
            interactions=calls_before([3, 10, 17, 24], channel="automated_call"),
        ),
        "call_attempts_exceeded",
        rules={"d223_9.frequency"},
    ),
    # Interactions dated after the contact did not happen before it.
    allowed(
        "future-attempts-not-counted",
        call(paris("2026-12-01"), interactions=[*FOUR_CALLS[1:], interaction(paris("2026-12-02"))]),
    ),
    # --- D223-9: 60 calendar days after a refusal during a call --------------------------------
    refused(
        "refused-59-days-ago",
        call(paris("2026-12-01"), interactions=calls_before([59], outcome="refused")),
        "call_after_refusal",
        rules={"d223_9.refusal"},
        refs=(D223_9,),
    ),
    allowed(
        "refused-61-days-ago",
        call(paris("2026-12-01"), interactions=calls_before([61], outcome="refused")),
    ),
    allowed(
        "refused-another-controller",
        call(
            paris("2026-12-01"),
            interactions=calls_before([10], outcome="refused", controller="Other SA"),
        ),
    ),
    # --- D223-9 scope -------------------------------------------------------------------------
    # In force from 2023-03-01 (décret 2022-1313).
    allowed(
        "saturday-before-d223-9",
        call_2024(at=paris("2023-02-04", "11:00")),
        "legitimate_interest",
    ),
    refused(
        "saturday-after-d223-9",
        call_2024(at=paris("2023-03-04", "11:00")),
        "call_on_weekend",
        rules={"d223_9.weekend"},
    ),
    # Applies to registered consumers called under a contract, and to press canvassing.
    refused(
        "saturday-contract-in-progress",
        request("phone_call", at=SATURDAY, consented=False, contact={"contract_in_progress": True}),
        "call_on_weekend",
        rules={"d223_9.weekend"},
    ),
    refused(
        "saturday-press",
        request("phone_call", at=SATURDAY, consented=False, campaign={"sector": "press"}),
        "call_on_weekend",
        rules={"d223_9.weekend"},
    ),
    # Automated calls are telephone canvassing too.
    refused(
        "saturday-automated-call",
        call(SATURDAY, channel="automated_call"),
        "call_on_weekend",
        rules={"d223_9.weekend"},
    ),
    # Not canvassing: a non-commercial call.
    allowed(
        "saturday-non-commercial",
        request(
            "phone_call",
            at=SATURDAY,
            consented=False,
            campaign={"purpose": "non_commercial_prospecting"},
        ),
        "legitimate_interest",
    ),
    # Professionals are outside D223-9, Bloctel and the opt-in: Saturday 23:00, 4 calls and a
    # refusal on file, Bloctel-listed, no consent.
    allowed(
        "professional-outside-d223-9",
        request(
            "phone_call",
            "professional",
            at=paris("2026-12-05", "23:00"),
            consented=False,
            contact={
                "interactions": [
                    *calls_before([1, 2, 3, 4]),
                    interaction(paris("2026-11-30"), outcome="refused"),
                ],
                "opposition_lists": bloctel(True, "2026-11-30T10:00:00+01:00"),
            },
        ),
        "legitimate_interest",
    ),
    # A company's switchboard is not a consumer.
    allowed(
        "generic-line-saturday",
        request("phone_call", at=SATURDAY, consented=False, contact={"kind": "organisation"}),
        "not_personal_data",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_phone(case: Case) -> None:
    check_case(case)
