"""The law in force at ``at`` (decision format: "the rules in force at ``at`` apply"; LEGAL.md §0).

Rules change on French calendar days: the day of ``at`` in Paris decides, whatever offset the
timestamp is written with.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from tests.rules.helpers import Case, check_case, ids, paris, request, shift

from licite.services.decide import decide


def phone(at: str, listed: bool = False, **kw: Any) -> dict[str, Any]:
    """A consumer without consent, number cleaned against Bloctel the day before ``at``."""
    bloctel = {"bloctel": {"listed": listed, "checked_at": shift(at, days=-1)}}
    return request(
        "phone_call", at=at, consented=False, contact={"opposition_lists": bloctel}, **kw
    )


CASES: list[Case] = [
    # RGPD art. 99(2): the GDPR applies from 25 May 2018; licite judges nothing earlier.
    Case(
        "email-before-gdpr",
        request("email", at=paris("2018-05-24")),
        False,
        None,
        {"date_not_covered"},
        {"scope.before_gdpr"},
        ("RGPD art. 99(2)",),
    ),
    Case(
        "postal-before-gdpr",
        request("postal_mail", at=paris("2018-05-01"), consented=False),
        False,
        None,
        {"date_not_covered"},
        {"scope.before_gdpr"},
    ),
    Case(
        "postal-first-day-of-gdpr",
        request("postal_mail", at=paris("2018-05-25"), consented=False),
        True,
        "legitimate_interest",
    ),
    # §3.3: last day of the Bloctel regime (opt-out) vs first day of the opt-in.
    Case("phone-2026-08-10-opt-out", phone(paris("2026-08-10")), True, "legitimate_interest"),
    Case(
        "phone-2026-08-11-opt-in",
        phone(paris("2026-08-11")),
        False,
        None,
        {"consent_required"},
        {"l223_1.consent"},
    ),
    # A Bloctel registration refuses on 2026-08-10 and no longer exists on 2026-08-11 (where
    # the consent the person gave is what counts).
    Case(
        "bloctel-listed-2026-08-10",
        phone(paris("2026-08-10"), listed=True),
        False,
        None,
        {"bloctel_listed"},
        {"bloctel.listed"},
    ),
    Case(
        "bloctel-listed-2026-08-11-with-consent",
        request(
            "phone_call",
            at=paris("2026-08-11"),
            contact={"opposition_lists": {"bloctel": {"listed": True}}},
        ),
        True,
        "consent",
    ),
    # The day is the French day: 21:30 UTC on 10 August is 23:30 in Paris (Bloctel regime, and
    # outside hours) …
    Case(
        "utc-evening-still-2026-08-10-in-paris",
        phone("2026-08-10T21:30:00+00:00"),
        False,
        None,
        {"call_outside_hours"},
        {"d223_9.hours", "oblige.bloctel_monthly"},
    ),
    # … 22:30 UTC is already 00:30 on 11 August in Paris: opt-in applies.
    Case(
        "utc-evening-already-2026-08-11-in-paris",
        phone("2026-08-10T22:30:00+00:00"),
        False,
        None,
        {"consent_required", "call_outside_hours"},
        {"l223_1.consent", "d223_9.hours"},
    ),
    # The same instant written with three offsets: the same answer (Tuesday 10:30 in Paris).
    *[
        Case(f"same-instant-{at}", request("phone_call", at=at), True, "consent")
        for at in (
            "2026-12-01T10:30:00+01:00",
            "2026-12-01T09:30:00Z",
            "2026-12-01T05:30:00-04:00",
        )
    ],
]


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_law_in_force(case: Case) -> None:
    check_case(case)


@pytest.mark.parametrize(
    ("at", "version"),
    [
        (paris("2018-05-20"), "2016-06-01"),  # Bloctel (décret 2015-556) is the last change
        (paris("2019-01-15"), "2018-05-25"),  # GDPR
        (paris("2021-01-15"), "2020-07-26"),  # loi 2020-901 (energy renovation)
        (paris("2022-12-22"), "2022-12-21"),  # loi 2022-1587 (CPF)
        (paris("2023-02-01"), "2023-01-01"),  # ARCEP 2022-1583
        (paris("2023-03-10"), "2023-03-01"),  # D223-9
        (paris("2024-06-04"), "2023-03-21"),  # SIRENE status "P"
        (paris("2026-08-10"), "2025-07-02"),  # loi 2025-594 (earliest reading)
        (paris("2026-08-11"), "2026-08-11"),  # phone opt-in, end of Bloctel
        (paris("2026-12-01"), "2026-08-11"),
        ("2026-08-10T22:30:00Z", "2026-08-11"),  # already 11 August in Paris
        ("2026-08-10T21:30:00Z", "2025-07-02"),  # still 10 August in Paris
    ],
)
def test_rules_version(at: str, version: str) -> None:
    response = decide(request("postal_mail", at=at, consented=False)).to_wire()
    assert response["rules_version"] == version


def renderings(instant: str) -> list[str]:
    """``instant`` written with the offsets of UTC, Paris (winter, summer), Réunion,
    Martinique and Kiribati."""
    moment = datetime.fromisoformat(instant)
    offsets = (0, 1, 2, 4, -4, 14)
    return [moment.astimezone(timezone(timedelta(hours=h))).isoformat() for h in offsets]


@pytest.mark.parametrize("channel", ["email", "phone_call", "postal_mail"])
@pytest.mark.parametrize("audience", ["consumer", "professional"])
@pytest.mark.parametrize(
    "instant", ["2026-08-10T22:30:00Z", "2026-12-05T10:00:00Z", "2024-06-04T08:30:00Z"]
)
def test_offset_does_not_change_the_decision(channel: str, audience: str, instant: str) -> None:
    answers = [decide(request(channel, audience, at)).to_wire() for at in renderings(instant)]
    assert all(answer == answers[0] for answer in answers)
