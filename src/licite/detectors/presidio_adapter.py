"""Optional adapter: a Presidio ``AnalyzerEngine`` (or any look-alike) as a licite detector.

Why: teams that already run Microsoft Presidio (NER for names, many national recognizers) can
feed its results into the same :class:`~licite.core.findings.Finding` → rules path, so that
what must be dropped (GDPR art. 5(1)(c), 9, 10; décret 2019-341 for the NIR) is decided in one
place. licite never imports Presidio itself: the engine is passed in, or built by
:meth:`PresidioDetector.from_presidio`, which imports it only when called.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from licite.core.findings import Finding

__all__ = ["DEFAULT_ENTITY_MAP", "Analyzer", "PresidioDetector"]

#: Presidio entity types → licite categories. ``FR_NIR`` is not built into Presidio: it is the
#: name to give a custom NIR recognizer.
DEFAULT_ENTITY_MAP: Mapping[str, str] = {
    "EMAIL_ADDRESS": "email",
    "PHONE_NUMBER": "phone",
    "IBAN_CODE": "iban",
    "CREDIT_CARD": "payment_card",
    "FR_NIR": "nir",
}


class _Result(Protocol):
    @property
    def entity_type(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def score(self) -> float: ...


class Analyzer(Protocol):
    """What the adapter needs of Presidio's ``AnalyzerEngine``: ``analyze``."""

    def analyze(
        self, text: str, language: str, entities: list[str] | None = None
    ) -> Sequence[_Result]: ...


class PresidioDetector:
    """Runs ``engine.analyze`` and reports the entities of ``entity_map`` as findings."""

    def __init__(
        self,
        engine: Analyzer,
        language: str = "fr",
        entity_map: Mapping[str, str] | None = None,
        detector_id: str = "presidio",
        score_threshold: float = 0.0,
    ) -> None:
        self.engine = engine
        self.language = language
        self.entity_map = dict(DEFAULT_ENTITY_MAP if entity_map is None else entity_map)
        self.DETECTOR = detector_id
        self.CATEGORIES = frozenset(self.entity_map.values())
        self.score_threshold = score_threshold

    @classmethod
    def from_presidio(
        cls, language: str = "fr", spacy_model: str | None = None, **engine_options: Any
    ) -> PresidioDetector:
        """A detector over a new ``presidio_analyzer.AnalyzerEngine(**engine_options)``.

        ``spacy_model`` (an installed spaCy package, such as ``fr_core_news_sm``) becomes its NLP
        engine; without it Presidio loads its own default model, which it may try to download.
        Raises ``ModuleNotFoundError`` when Presidio is not installed.
        """
        presidio: Any = importlib.import_module("presidio_analyzer")
        if spacy_model is not None and "nlp_engine" not in engine_options:
            nlp: Any = importlib.import_module("presidio_analyzer.nlp_engine")
            models = [{"lang_code": language, "model_name": spacy_model}]
            provider = nlp.NlpEngineProvider(
                nlp_configuration={"nlp_engine_name": "spacy", "models": models}
            )
            engine_options["nlp_engine"] = provider.create_engine()
        engine_options.setdefault("supported_languages", [language])
        return cls(presidio.AnalyzerEngine(**engine_options), language=language)

    def _explanation(self, result: _Result) -> str:
        metadata = getattr(result, "recognition_metadata", None) or {}
        recognizer = metadata.get("recognizer_name") if isinstance(metadata, dict) else None
        by = f" by {recognizer}" if recognizer else ""
        return f"Presidio {result.entity_type}{by}, score {result.score:.2f}"

    def detect(self, text: str, field: str | None = None) -> list[Finding]:
        """The mapped entities Presidio finds in ``text``, at or above ``score_threshold``."""
        if not text:
            return []
        results = self.engine.analyze(
            text=text, language=self.language, entities=list(self.entity_map)
        )
        findings = [
            Finding(
                category=self.entity_map[result.entity_type],
                start=result.start,
                end=result.end,
                text=text[result.start : result.end],
                score=min(1.0, max(0.0, float(result.score))),
                detector=self.DETECTOR,
                explanation=self._explanation(result),
                field=field,
            )
            for result in results
            if result.entity_type in self.entity_map
            and 0 <= result.start < result.end <= len(text)
            and result.score >= self.score_threshold
        ]
        findings.sort(key=lambda f: (f.start, f.end))
        return findings
