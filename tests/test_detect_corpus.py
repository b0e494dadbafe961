"""The detector benchmark's corpus is well formed (its format and coverage, not detector quality).

Why: ``benchmarks/detect.py`` measures the detectors on ``benchmarks/detect_corpus/corpus.jsonl``;
a malformed line, an unknown label or a category with too few examples would silently make its
figures meaningless.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from licite.core.findings import (
    ALL_CATEGORIES,
    ART9_CATEGORIES,
    ART10_CATEGORIES,
    IDENTIFIER_CATEGORIES,
)

CORPUS = Path(__file__).resolve().parents[1] / "benchmarks" / "detect_corpus" / "corpus.jsonl"
KEYS = {"id", "lang", "kind", "text", "labels", "hard_negative"}
KINDS = {"ad", "directory", "bio", "crm"}
LANGS = {"fr", "en"}


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    assert all(line.strip() for line in lines), "blank line in the corpus"
    return [json.loads(line) for line in lines]


def test_entries_are_well_formed(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        assert KEYS <= row.keys() <= KEYS | {"note"}, row
        assert row["lang"] in LANGS and row["kind"] in KINDS, row["id"]
        assert re.fullmatch(rf"{row['lang']}-{row['kind']}-\d{{4}}", row["id"]), row["id"]
        assert isinstance(row["text"], str) and row["text"].strip(), row["id"]
        assert not re.search(r"\{[a-zA-Z.0-9]+\}", row["text"]), f"placeholder in {row['id']}"
        assert isinstance(row["hard_negative"], bool), row["id"]
        assert isinstance(row.get("note", ""), str), row["id"]
        labels = row["labels"]
        assert isinstance(labels, list) and labels == sorted(set(labels)), row["id"]
        assert set(labels) <= ALL_CATEGORIES, row["id"]
        if row["hard_negative"]:
            assert labels == [], row["id"]


def test_size_and_unique_ids(rows: list[dict[str, Any]]) -> None:
    assert len(rows) >= 600
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids))


def test_negatives(rows: list[dict[str, Any]]) -> None:
    negatives = sum(1 for row in rows if not row["labels"])
    assert negatives / len(rows) >= 0.45
    assert sum(1 for row in rows if row["hard_negative"]) >= 150


def test_every_category_has_positives(rows: list[dict[str, Any]]) -> None:
    counts = Counter(label for row in rows for label in row["labels"])
    for category in ART9_CATEGORIES | ART10_CATEGORIES:
        assert counts[category] >= 25, category
    assert counts["health"] >= 50
    for category in IDENTIFIER_CATEGORIES:
        assert counts[category] >= 20, category


def test_lengths_languages_and_kinds(rows: list[dict[str, Any]]) -> None:
    assert sum(1 for row in rows if 300 <= len(row["text"]) <= 600) >= 100
    langs = Counter(row["lang"] for row in rows)
    assert langs.keys() == LANGS
    assert 0.55 <= langs["fr"] / len(rows) <= 0.75
    assert {row["kind"] for row in rows} == KINDS
