"""Evaluate the whole rule table on a batch of contacts, for one campaign at one instant.

Every row in force for the campaign's channel is evaluated (never stopping at the first
refusal); a contact is allowed when no refusing row fires, and its basis is the first basis
row that fires. The same function decides one request (a batch of one) or a million rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache

import numpy as np

from licite.core.enums import Audience, Basis
from licite.core.model import Campaign, Decision, DecisionRequest, Reason
from licite.core.timeutil import PARIS
from licite.rules.facts import Facts
from licite.rules.frame import ContactFrame, build_frame
from licite.rules.predicate import Mask
from licite.rules.rule import Effect, Rule
from licite.rules.table import RULES, rules_version


@cache
def reason_of(rule: Rule) -> Reason:
    """The reason or obligation a firing rule reports (built once per rule)."""
    return Reason(rule.code, rule.id, rule.legal_refs, rule.fr, rule.en)


@dataclass(slots=True)
class Evaluation:
    """Which rows fired for which contacts; ``allowed`` and ``basis`` per contact."""

    frame: ContactFrame
    rules_version: str
    refusals: list[tuple[Rule, Mask]]
    obligations: list[tuple[Rule, Mask]]
    allowed: Mask
    basis: list[Basis | None]

    def reasons_of(self, row: int) -> tuple[Reason, ...]:
        return tuple(reason_of(rule) for rule, mask in self.refusals if mask[row])

    def obligations_of(self, row: int) -> tuple[Reason, ...]:
        return tuple(reason_of(rule) for rule, mask in self.obligations if mask[row])

    def decision(self, row: int) -> Decision:
        return Decision(
            contact_id=self.frame.ids[row],
            allowed=bool(self.allowed[row]),
            basis=self.basis[row],
            reasons=self.reasons_of(row),
            obligations=self.obligations_of(row),
            rules_version=self.rules_version,
        )

    def decisions(self) -> list[Decision]:
        return [self.decision(row) for row in range(self.frame.n)]

    def refusal_codes(self) -> list[list[str]]:
        """Per contact, the codes of the refusing rows (in table order), built column-wise."""
        return [[rule.code for rule in rules] for rules in self.fired_rows(self.refusals)]

    def fired_rows(self, fired: list[tuple[Rule, Mask]]) -> list[tuple[Rule, ...]]:
        """Per contact, the rules of ``fired`` (refusals or obligations) that fired for it.

        Column-wise: each contact's combination of rules is packed into bits, and each
        distinct combination is turned into a tuple once (a batch has few of them)."""
        combinations: list[tuple[Rule, ...]] = []
        keys = np.zeros(self.frame.n, dtype=object if len(fired) > 62 else np.int64)
        for bit, (_, mask) in enumerate(fired):
            keys[mask] += 1 << bit
        distinct, inverse = np.unique(keys, return_inverse=True)
        for key in distinct.tolist():
            combinations.append(
                tuple(rule for bit, (rule, _) in enumerate(fired) if key >> bit & 1)
            )
        return [combinations[index] for index in inverse.reshape(-1).tolist()]

    def count_by_code(self, fired: list[tuple[Rule, Mask]]) -> dict[str, int]:
        """How many contacts each code fired for (rows sharing a code counted once)."""
        union: dict[str, Mask] = {}
        for rule, mask in fired:
            union[rule.code] = union[rule.code] | mask if rule.code in union else mask
        return {code: int(mask.sum()) for code, mask in union.items() if mask.any()}


def rules_in_force(campaign: Campaign, at: datetime) -> list[Rule]:
    """The rows that govern this campaign's channel on the day of ``at`` (in France)."""
    day = at.astimezone(PARIS).date()
    return [r for r in RULES if campaign.channel in r.channels and r.in_force(day)]


def _audience(facts: Facts, rule: Rule) -> Mask | None:
    if len(rule.audiences) == len(Audience):
        return None
    consumer = facts.col("consumer")
    return consumer if Audience.CONSUMER in rule.audiences else ~consumer


def evaluate(frame: ContactFrame, campaign: Campaign, at: datetime) -> Evaluation:
    """Evaluate every row in force on ``frame`` for ``campaign`` at ``at``."""
    facts = Facts(frame, campaign, at)
    fired: dict[Effect, list[tuple[Rule, Mask]]] = {effect: [] for effect in Effect}
    for rule in rules_in_force(campaign, at):
        mask = rule.when(facts)
        scope = _audience(facts, rule)
        if scope is not None:
            mask = mask & scope
        fired[rule.effect].append((rule, mask))
    refused = np.zeros(frame.n, dtype=bool)
    for _, mask in fired[Effect.REFUSE]:
        refused |= mask
    basis: list[Basis | None] = [None] * frame.n
    pending = ~refused
    for rule, mask in fired[Effect.BASIS]:
        for row in np.flatnonzero(mask & pending):
            basis[row] = rule.basis
        pending &= ~mask
    return Evaluation(
        frame=frame,
        rules_version=rules_version(at.astimezone(PARIS).date()),
        refusals=fired[Effect.REFUSE],
        obligations=fired[Effect.OBLIGE],
        allowed=~refused,
        basis=basis,
    )


def decide(request: DecisionRequest, flagged: frozenset[str] = frozenset()) -> Decision:
    """Decide one request; ``flagged`` are the categories of forbidden data the detectors
    found in the contact's attributes (the services layer runs the detectors)."""
    frame = build_frame([request.contact], [flagged])
    return evaluate(frame, request.campaign, request.at).decision(0)
