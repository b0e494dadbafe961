from __future__ import annotations

import importlib.util
import subprocess
import sys
from dataclasses import dataclass, field

import pytest

from licite.detectors.presidio_adapter import DEFAULT_ENTITY_MAP, PresidioDetector
from licite.detectors.registry import Detector


@dataclass
class FakeResult:
    entity_type: str
    start: int
    end: int
    score: float
    recognition_metadata: dict[str, str] = field(default_factory=dict)


@dataclass
class FakeEngine:
    """Answers like Presidio's ``AnalyzerEngine.analyze`` and records how it was called."""

    results: list[FakeResult]
    calls: list[tuple[str, str, list[str] | None]] = field(default_factory=list)

    def analyze(
        self, text: str, language: str, entities: list[str] | None = None
    ) -> list[FakeResult]:
        self.calls.append((text, language, entities))
        return self.results


TEXT = "Jean Martin, jean@example.fr, 06 12 34 56 78"


def test_mapped_entities_become_findings() -> None:
    engine = FakeEngine(
        [
            FakeResult("PHONE_NUMBER", 30, 44, 0.75, {"recognizer_name": "PhoneRecognizer"}),
            FakeResult("EMAIL_ADDRESS", 13, 28, 1.0),
            FakeResult("PERSON", 0, 11, 0.85),  # not mapped: ignored
        ]
    )
    detector = PresidioDetector(engine)
    findings = detector.detect(TEXT, field="bio")
    assert [(f.category, f.text, f.score) for f in findings] == [
        ("email", "jean@example.fr", 1.0),
        ("phone", "06 12 34 56 78", 0.75),
    ]
    assert {(f.detector, f.field, f.about_person) for f in findings} == {("presidio", "bio", True)}
    assert findings[1].explanation == "Presidio PHONE_NUMBER by PhoneRecognizer, score 0.75"
    assert engine.calls == [(TEXT, "fr", list(DEFAULT_ENTITY_MAP))]


def test_threshold_bounds_and_custom_map() -> None:
    engine = FakeEngine(
        [
            FakeResult("EMAIL_ADDRESS", 13, 28, 0.3),  # below the threshold
            FakeResult("PHONE_NUMBER", 30, 99, 0.9),  # past the end of the text
            FakeResult("FR_SIREN", 0, 4, 1.7),  # score clamped to 1
        ]
    )
    detector = PresidioDetector(
        engine,
        language="en",
        entity_map={"EMAIL_ADDRESS": "email", "PHONE_NUMBER": "phone", "FR_SIREN": "siren"},
        detector_id="presidio-en",
        score_threshold=0.5,
    )
    assert [(f.category, f.score) for f in detector.detect(TEXT)] == [("siren", 1.0)]
    assert detector.DETECTOR == "presidio-en"
    assert {"email", "phone", "siren"} == detector.CATEGORIES
    assert detector.detect("") == []


def test_it_is_a_detector() -> None:
    detector: Detector = PresidioDetector(FakeEngine([]))
    assert detector.detect(TEXT) == []
    assert frozenset(DEFAULT_ENTITY_MAP.values()) == detector.CATEGORIES


def test_importing_licite_never_imports_presidio() -> None:
    code = (
        "import sys, licite, licite.detectors.registry, licite.detectors.presidio_adapter;"
        "assert 'presidio_analyzer' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


_PRESIDIO = importlib.util.find_spec("presidio_analyzer") is not None


@pytest.mark.skipif(_PRESIDIO, reason="presidio is installed")
def test_from_presidio_without_presidio() -> None:
    with pytest.raises(ModuleNotFoundError):
        PresidioDetector.from_presidio()


@pytest.mark.skipif(not _PRESIDIO, reason="presidio_analyzer is not installed (optional)")
def test_presidio_smoke() -> None:  # pragma: no cover - depends on the optional install
    """A real ``AnalyzerEngine`` with pattern recognizers only and no NLP model (nothing to
    download): its results come through as licite findings."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NoOpNlpEngine
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer,
        EmailRecognizer,
        IbanRecognizer,
    )

    registry = RecognizerRegistry(supported_languages=["fr"])
    for recognizer in (EmailRecognizer, IbanRecognizer, CreditCardRecognizer):
        registry.add_recognizer(recognizer(supported_language="fr"))
    nlp_engine = NoOpNlpEngine(models=[{"lang_code": "fr", "model_name": "none"}])
    engine = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["fr"])
    text = "Écrire à jean@example.fr, IBAN FR7630006000011234567890189, CB 4111111111111111"
    findings = PresidioDetector(engine).detect(text, field="notes")
    assert [(f.category, f.text) for f in findings] == [
        ("email", "jean@example.fr"),
        ("iban", "FR7630006000011234567890189"),
        ("payment_card", "4111111111111111"),
    ]


_FRENCH_MODEL = _PRESIDIO and importlib.util.find_spec("fr_core_news_sm") is not None


@pytest.mark.skipif(not _FRENCH_MODEL, reason="presidio or spaCy's fr_core_news_sm not installed")
def test_from_presidio_with_a_french_model() -> None:  # pragma: no cover - optional install
    detector = PresidioDetector.from_presidio("fr", spacy_model="fr_core_news_sm")
    findings = detector.detect("Jean Martin, jean@example.fr, 06 12 34 56 78")
    assert ("email", "jean@example.fr") in [(f.category, f.text) for f in findings]
