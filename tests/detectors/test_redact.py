"""Redaction: findings about a person become category tags; everything else stays as it was."""

from __future__ import annotations

import pytest

from licite.core.findings import Finding
from licite.detectors.redact import TRUNCATED, redact, redact_text, tag

NIR = "1 85 05 78 006 084 91"  # valid control key


def found(text: str, part: str, category: str, about_person: bool = True) -> Finding:
    start = text.index(part)
    return Finding(
        category, start, start + len(part), part, 0.9, "test", "because", None, about_person
    )


def test_tag_is_the_uppercase_category() -> None:
    assert [tag(c) for c in ("health", "sex_life", "payment_card")] == [
        "[HEALTH]",
        "[SEX_LIFE]",
        "[PAYMENT_CARD]",
    ]


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        ([], "Jean, diabétique, tél 06 12 34 56 78."),
        ([("diabétique", "health")], "Jean, [HEALTH], tél 06 12 34 56 78."),
        (
            [("diabétique", "health"), ("06 12 34 56 78", "phone")],
            "Jean, [HEALTH], tél [PHONE].",
        ),
        # overlapping spans merge into one tag: the longest finding's
        ([("06 12 34 56 78", "phone"), ("12 34", "siren")], "Jean, diabétique, tél [PHONE]."),
        ([("34 56 78.", "iban"), ("06 12 34", "phone")], "Jean, diabétique, tél [IBAN]"),
        # same length: the first one
        ([("06 12", "phone"), ("12 34", "siren")], "Jean, diabétique, tél [PHONE] 56 78."),
    ],
)
def test_redact(parts: list[tuple[str, str]], expected: str) -> None:
    text = "Jean, diabétique, tél 06 12 34 56 78."
    assert redact(text, [found(text, part, category) for part, category in parts]) == expected


def test_adjacent_spans_keep_both_tags() -> None:
    text = "ab"
    findings = [found(text, "a", "health"), found(text, "b", "union")]
    assert redact(text, findings) == "[HEALTH][UNION]"


def test_findings_not_about_a_person_stay() -> None:
    text = "Livre sur le diabète, militant CGT"
    findings = [found(text, "diabète", "health", False), found(text, "CGT", "union")]
    assert redact(text, findings) == "Livre sur le diabète, militant [UNION]"


def test_text_outside_findings_is_unchanged() -> None:
    text = "  é\u2019 \t\r\nX diabétique Y\x0b  "
    out = redact(text, [found(text, "diabétique", "health")])
    before, after = out.split("[HEALTH]")
    assert before == text[: text.index("diabétique")]
    assert after == text[text.index("diabétique") + len("diabétique") :]


def test_tags_already_there_are_not_redacted_again() -> None:
    text = "[HEALTH] [TRUNCATED]"
    assert redact(text, [found(text, "HEALTH", "health"), found(text, "TRUNC", "sex_life")]) == text


def test_out_of_range_finding_is_a_bug() -> None:
    bad = Finding("health", 5, 50, "x", 0.9, "test", "")
    with pytest.raises(ValueError, match="outside"):
        redact("short", [bad])


def test_redact_text_scans_then_redacts() -> None:
    text = f"NIR {NIR} ; Marie est diabétique"
    out, findings = redact_text(text, field="notes")
    assert out.startswith("NIR [NIR] ; Marie est ")
    assert "diabétique" not in out and "[HEALTH]" in out
    assert {f.category for f in findings} >= {"nir", "health"}
    assert {f.field for f in findings} == {"notes"}


@pytest.mark.parametrize(
    "text",
    [
        f"NIR {NIR}, militante CGT, diabétique",
        "rien à signaler",
        "",
        f"déjà [HEALTH] puis {NIR}{TRUNCATED}",
    ],
)
def test_redacting_twice_is_redacting_once(text: str) -> None:
    once, _ = redact_text(text)
    twice, findings = redact_text(once)
    assert twice == once
    assert findings == []
