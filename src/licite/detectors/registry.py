"""Runs every detector over a text or a record's attributes and returns their findings.

Why: the collector's minimiser and the check service need one entry point that applies all the
filters the law asks for (GDPR art. 9/10 categories, NIR under décret 2019-341) without
knowing each detector. Detectors only report :class:`~licite.core.findings.Finding`\\ s; what to
drop or refuse is decided by the rules.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from licite.core.findings import Finding
from licite.detectors import nir, sensitive

__all__ = ["DETECTORS", "Detector", "scan_attributes", "scan_text"]

#: A detector: ``detect(text, field)`` returns its findings in ``text``.
Detector = Callable[[str, str | None], list[Finding]]

#: Every detector, in the order they run.
DETECTORS: dict[str, Detector] = {
    nir.DETECTOR: nir.detect,
    sensitive.DETECTOR: sensitive.detect,
}


def _order(finding: Finding) -> tuple[int, int, str]:
    return finding.start, finding.end, finding.category


def scan_text(text: str, field: str | None = None) -> list[Finding]:
    """All findings of all detectors in ``text``, ordered by position."""
    if not text:
        return []
    findings = [f for detect in DETECTORS.values() for f in detect(text, field)]
    findings.sort(key=_order)
    return findings


def scan_attributes(attributes: Mapping[str, str]) -> list[Finding]:
    """All findings in every value of ``attributes``, each carrying its attribute as ``field``."""
    return [f for name, value in attributes.items() for f in scan_text(value, name)]
