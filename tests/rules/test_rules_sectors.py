"""Sector bans (LEGAL.md §3.3, §3.5): energy renovation, home adaptation, CPF training.

The bans hold "any consent notwithstanding": every consumer below consented (10 days before) to
every channel. Judged on Tuesday 2026-12-01, 10:30 Paris, unless stated otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.rules.helpers import Case, check_case, ids, paris, request, shift

ENERGY = ("sector_ban_energy_renovation", "C. consom. art. L223-1", "Loi n° 2020-901")
HOME = ("sector_ban_home_adaptation", "C. consom. art. L223-1", "Loi n° 2025-594 art. 13")
CPF_REF = "C. trav. art. L6323-8-1"


def offer(
    sector: str, channel: str = "phone_call", at: str = paris("2026-12-01"), **kw: Any
) -> dict[str, Any]:
    """A consenting consumer offered ``sector`` on ``channel``; before 2026-08-11 the number
    was cleaned against Bloctel the day before."""
    contact = dict(kw.pop("contact", {}))
    if at < "2026-08-11":
        contact.setdefault(
            "opposition_lists", {"bloctel": {"listed": False, "checked_at": shift(at, days=-1)}}
        )
    return request(
        channel,
        kw.pop("audience", "consumer"),
        at,
        contact=contact,
        campaign={"sector": sector},
        **kw,
    )


def banned(name: str, req: dict[str, Any], code: str, rule: str, *refs: str) -> Case:
    return Case(name, req, False, None, {code}, {rule}, refs)


CONTRACT = {"contract_in_progress": True}

CASES: list[Case] = [
    # --- energy renovation: phone ban since 2020-07-26 (loi 2020-901), consent notwithstanding
    banned(
        "energy-phone-with-consent",
        offer("energy_renovation"),
        *ENERGY[:1],
        "sector.energy_phone",
        *ENERGY[1:],
    ),
    banned(
        "energy-automated-call-with-consent",
        offer("energy_renovation", "automated_call"),
        ENERGY[0],
        "sector.energy_phone",
    ),
    # Only ongoing-contract solicitations are allowed.
    Case(
        "energy-phone-contract-in-progress",
        offer("energy_renovation", consented=False, contact=CONTRACT),
        True,
        "contract_in_progress",
    ),
    # In force from 2020-07-26: a call on 2020-07-24 was not yet banned.
    Case(
        "energy-phone-before-the-ban",
        offer("energy_renovation", at=paris("2020-07-24")),
        True,
        "legitimate_interest",
    ),
    banned(
        "energy-phone-just-after-the-ban",
        offer("energy_renovation", at=paris("2020-07-27")),
        ENERGY[0],
        "sector.energy_phone",
    ),
    # The ban protects consumers; postal mail is not covered.
    Case(
        "energy-phone-professional",
        offer("energy_renovation", audience="professional"),
        True,
        "legitimate_interest",
    ),
    Case("energy-postal", offer("energy_renovation", "postal_mail"), True, "legitimate_interest"),
    # UNCONFIRMED (§3.3, press summaries of loi 2025-594): ban extended to SMS and email —
    # safer reading, refuse.
    *[
        banned(
            f"energy-{channel}-unconfirmed-extension",
            offer("energy_renovation", channel),
            ENERGY[0],
            "sector.energy_messages",
            "Loi n° 2025-594 art. 13",
        )
        for channel in ("sms", "email")
    ],
    # The extension is read from the earliest date (2025-07-02): an SMS the day before is fine.
    Case(
        "energy-sms-before-2025-law",
        offer("energy_renovation", "sms", at=paris("2025-07-01")),
        True,
        "consent",
    ),
    # --- home adaptation to ageing/disability: added by loi 2025-594 (UNCONFIRMED effective
    # date: the earliest, 2025-07-02, is kept)
    banned(
        "home-adaptation-phone-with-consent",
        offer("home_adaptation"),
        HOME[0],
        "sector.home_adaptation_phone",
        *HOME[1:],
    ),
    banned(
        "home-adaptation-phone-2025-07-02",
        offer("home_adaptation", at=paris("2025-07-02")),
        HOME[0],
        "sector.home_adaptation_phone",
    ),
    Case(
        "home-adaptation-phone-2025-07-01",
        offer("home_adaptation", at=paris("2025-07-01")),
        True,
        "legitimate_interest",
    ),
    Case(
        "home-adaptation-phone-contract-in-progress",
        offer("home_adaptation", consented=False, contact=CONTRACT),
        True,
        "contract_in_progress",
    ),
    *[
        banned(
            f"home-adaptation-{channel}-unconfirmed-extension",
            offer("home_adaptation", channel),
            HOME[0],
            "sector.home_adaptation_messages",
        )
        for channel in ("sms", "email")
    ],
    # --- CPF (C. trav. L6323-8-1, loi 2022-1587): phone, SMS, email …
    *[
        banned(
            f"cpf-{channel}",
            offer("cpf_training", channel),
            "sector_ban_cpf",
            "sector.cpf",
            CPF_REF,
        )
        for channel in ("phone_call", "automated_call", "sms", "email")
    ],
    # … CPF holders reached at work are CPF holders too.
    banned(
        "cpf-email-professional",
        request(
            "email",
            "professional",
            consented=False,
            campaign={"sector": "cpf_training", "related_to_profession": True},
        ),
        "sector_ban_cpf",
        "sector.cpf",
    ),
    # … but postal mail is not among the banned channels.
    Case(
        "cpf-postal-not-banned", offer("cpf_training", "postal_mail"), True, "legitimate_interest"
    ),
    # Exception: a training action in progress.
    Case(
        "cpf-email-training-in-progress",
        offer("cpf_training", "email", contact=CONTRACT),
        True,
        "consent",
    ),
    # In force after the law of 19 Dec 2022 (JO 20 Dec): an email on 2022-12-20 was not banned.
    Case(
        "cpf-email-before-the-ban",
        offer("cpf_training", "email", at=paris("2022-12-20")),
        True,
        "consent",
    ),
    banned(
        "cpf-email-after-the-ban",
        offer("cpf_training", "email", at=paris("2022-12-22")),
        "sector_ban_cpf",
        "sector.cpf",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_sector_bans(case: Case) -> None:
    check_case(case)
