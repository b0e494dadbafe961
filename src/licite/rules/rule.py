"""What a row of the rule table is, and the dates and scopes rows are written with.

Each :class:`Rule` says which channels and audiences it governs, when it is in force, the
predicate that makes it fire, the texts it rests on and its wording in French and English.
``effect`` says what firing means: ``refuse`` (the contact may not be made), ``oblige`` (it must
be accompanied by something) or ``basis`` (the legal basis relied on when allowed; the first
basis row that fires wins). Sources: ``shared/domain/LEGAL.md`` §1–§7. Where that file marks a
point UNCONFIRMED the row takes the safer reading (refuse) and says so (``unconfirmed``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from licite.core.enums import CALL_CHANNELS, ELECTRONIC_CHANNELS, Audience, Basis, Channel
from licite.rules.predicate import Predicate


class Effect(StrEnum):
    REFUSE = "refuse"
    OBLIGE = "oblige"
    BASIS = "basis"


@dataclass(frozen=True, slots=True)
class Rule:
    """One row of the rule table."""

    id: str
    code: str
    effect: Effect
    channels: frozenset[Channel]
    audiences: frozenset[Audience]
    when: Predicate
    legal_refs: tuple[str, ...]
    valid_from: date
    valid_until: date | None
    fr: str
    en: str
    basis: Basis | None = None
    unconfirmed: bool = False

    def in_force(self, day: date) -> bool:
        """Whether the rule applies on ``day`` (a calendar day in France)."""
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)


ALL = frozenset(Channel)
BOTH = frozenset(Audience)
CONSUMERS = frozenset({Audience.CONSUMER})
PROFESSIONALS = frozenset({Audience.PROFESSIONAL})
ELECTRONIC = ELECTRONIC_CHANNELS
CALLS = CALL_CHANNELS
PHONE = frozenset({Channel.PHONE_CALL})
SMS_EMAIL = frozenset({Channel.SMS, Channel.EMAIL})
OTHER_THAN_ELECTRONIC = frozenset({Channel.PHONE_CALL, Channel.POSTAL_MAIL})

ORIGIN = date(1970, 1, 1)
LCEN = date(2004, 6, 22)  # loi 2004-575 (LCEN), JO 22 June 2004: CPCE art. L34-5
BLOCTEL_FROM = date(2016, 6, 1)  # décret 2015-556
BLOCTEL_UNTIL = date(2026, 8, 10)  # end of the Bloctel concession
GDPR = date(2018, 5, 25)
ENERGY_BAN = date(2020, 7, 26)  # loi 2020-901
CPF_BAN = date(2022, 12, 21)  # loi 2022-1587 of 19 Dec 2022, JO 20 Dec 2022
ARCEP = date(2023, 1, 1)  # décision 2022-1583
D223_9 = date(2023, 3, 1)  # décret 2022-1313
SIRENE_P = date(2023, 3, 21)  # end of status "N", C. com. art. R123-232-1
LAW_2025 = date(2025, 7, 2)  # loi 2025-594: effective date UNCONFIRMED, earlier reading kept
PHONE_OPT_IN = date(2026, 8, 11)  # loi 2025-594 art. 13


def _row(effect: Effect) -> Callable[..., Rule]:
    """A builder of ``effect`` rows, written in the table's positional order."""

    def build(
        id: str, code: str, channels: frozenset[Channel], audiences: frozenset[Audience],
        when: Predicate, refs: tuple[str, ...], since: date, fr: str, en: str,
        until: date | None = None, unconfirmed: bool = False,
    ) -> Rule:  # fmt: skip
        return Rule(
            id, code, effect, channels, audiences, when, refs, since, until, fr, en,
            unconfirmed=unconfirmed,
        )  # fmt: skip

    return build


#: A row that forbids the contact when its predicate holds.
refuse = _row(Effect.REFUSE)
#: A row saying what must accompany the contact when its predicate holds.
oblige = _row(Effect.OBLIGE)


def basis(id: str, kind: Basis, when: Predicate, refs: tuple[str, ...], fr: str, en: str) -> Rule:
    return Rule(id, kind.value, Effect.BASIS, ALL, BOTH, when, refs, GDPR, None, fr, en, basis=kind)


UNCONFIRMED_FR = " (point non confirmé : licite retient la lecture la plus prudente)"
UNCONFIRMED_EN = " (unconfirmed point: licite takes the safer reading)"
