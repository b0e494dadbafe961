"""``licite check``'s summary as the terminal shows it."""

from __future__ import annotations

from collections import Counter

import pytest

from licite.cli.check import print_summary
from licite.services.batch import Tally
from licite.services.check import CheckSummary


def test_the_check_summary_spaces_its_per_reason_counts_too(
    capsys: pytest.CaptureFixture[str],
) -> None:
    tally = Tally(
        allowed=1_200_000, refused=1_234_567, by_reason=Counter(consent_required=1_234_567)
    )
    print_summary(CheckSummary(tally=tally, rules_version="2026-08-11"), "en")
    shown = capsys.readouterr().out
    assert shown.count("1 234 567") == 2 and "1234567" not in shown
