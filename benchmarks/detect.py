"""Benchmark licite's detectors on the labelled corpus, against Presidio for identifiers.

Usage: python benchmarks/detect.py [--json var/bench-detect.json] [--synthetic 10000]
                                   [--no-presidio] [--show-errors 3]

Quality: ``scan_text`` runs on every snippet of ``benchmarks/detect_corpus/corpus.jsonl`` (see
the README there). Evaluation is at text level: a category is predicted for a snippet when at
least one finding of that category has ``about_person=True``; it is expected when the snippet's
labels hold it. Per category: TP/FP/FN, precision, recall, F1; micro averages over the
identifiers and over the GDPR art. 9/10 categories; the share of hard negatives left with no
predicted category at all; the same by language.

Speed: texts per second and microseconds per text on one core (the process is pinned to one CPU
where the OS allows it; one warm-up call first), on the corpus and on a seeded synthetic set of
``--synthetic`` texts of about 500 characters (corpus snippets joined with neutral filler).

Comparison: Presidio (``presidio-analyzer`` with spaCy's ``fr_core_news_sm``, pinned in
``benchmarks/requirements-detect.lock``) on the identifier categories it has: EMAIL_ADDRESS,
PHONE_NUMBER, IBAN_CODE, CREDIT_CARD. It has no French entity (no NIR, SIREN or SIRET
recognizer), so those rows show "n/a". Its predefined recognizers are English-only by default,
so the engine is built explicitly (see ``presidio_engine``): an NLP engine for "fr" with
fr_core_news_sm, and the four pattern recognizers registered for "fr" with French and English
context words, the phone recognizer being given France, the overseas departments, the UK and the
US (``PHONE_REGIONS``). Every snippet, English ones included, goes through that "fr" pipeline:
the four recognizers are regular expressions plus checksums, the language only changes the
tokenisation used to score context words. Any Presidio result (score > 0, its default) of a
mapped entity counts as a detection. If Presidio or the model cannot be imported, the run says
so and goes on without it.

It is a report: targets are not asserted and the exit status is 0.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import Any

from licite.core.findings import ART9_CATEGORIES, ART10_CATEGORIES, IDENTIFIER_CATEGORIES
from licite.detectors.registry import scan_text

HERE = Path(__file__).parent
CORPUS = HERE / "detect_corpus" / "corpus.jsonl"

SENSITIVE_ORDER = (
    "health", "religion", "politics", "union", "origin", "sex_life", "genetic", "biometric",
    "criminal",
)  # fmt: skip
IDENTIFIER_ORDER = ("nir", "iban", "payment_card", "email", "phone", "siren", "siret")
SENSITIVE = ART9_CATEGORIES | ART10_CATEGORIES
assert set(SENSITIVE_ORDER) == SENSITIVE and set(IDENTIFIER_ORDER) == IDENTIFIER_CATEGORIES

#: Presidio entity -> licite category (Presidio has no NIR, SIREN or SIRET recognizer).
PRESIDIO_ENTITIES = {
    "EMAIL_ADDRESS": "email",
    "PHONE_NUMBER": "phone",
    "IBAN_CODE": "iban",
    "CREDIT_CARD": "payment_card",
}
PRESIDIO_CATEGORIES = frozenset(PRESIDIO_ENTITIES.values())

#: Regions given to Presidio's phone recognizer, for numbers in national notation: France and
#: the overseas departments whose numbers are written 0590/0690... (they are separate regions in
#: libphonenumber), and the UK and the US for the English texts. Numbers in international
#: notation (+33, +262, +44...) are found whatever the list. Adding more regions (BE, CH, DE,
#: LU, NC...) only adds false positives on prices and references (short national numbers).
PHONE_REGIONS = ("FR", "GP", "MQ", "GF", "RE", "YT", "GB", "US")
PHONE_CONTEXT = (
    "tél", "tel", "téléphone", "portable", "mobile", "appeler", "joindre", "phone", "call",
    "numéro", "standard", "fixe", "sms", "whatsapp",
)  # fmt: skip

FILLER = (
    "Merci de votre retour.", "Disponible en semaine.", "Prix ferme, pas d'échange.",
    "Photos sur demande.", "Réponse rapide assurée.", "Voir aussi mes autres annonces.",
    "Thanks for reading.", "Available on weekdays.", "More photos on request.",
    "No time wasters please.", "Happy to answer any question.", "Collection only.",
    "Le rendez-vous est confirmé pour la semaine prochaine.", "Bonne journée à tous !",
)  # fmt: skip


@dataclass
class Snippet:
    id: str
    lang: str
    kind: str
    text: str
    labels: frozenset[str]
    hard_negative: bool


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    fp_ids: list[str] = field(default_factory=list)
    fn_ids: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def scores(self) -> dict[str, float | None]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else None
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else None
        f1 = 2 * p * r / (p + r) if p is not None and r is not None and p + r else None
        if p is not None and r is not None and not p + r:
            f1 = 0.0
        return {"precision": p, "recall": r, "f1": f1}

    def as_dict(self, errors: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"tp": self.tp, "fp": self.fp, "fn": self.fn, **self.scores()}
        if errors:
            out["fp_ids"], out["fn_ids"] = self.fp_ids, self.fn_ids
        return out


def load_corpus(path: Path = CORPUS) -> list[Snippet]:
    snippets = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                snippets.append(
                    Snippet(row["id"], row["lang"], row["kind"], row["text"],
                            frozenset(row["labels"]), bool(row["hard_negative"]))
                )  # fmt: skip
    return snippets


# --- predictions -------------------------------------------------------------------------------


def licite_predict(text: str) -> frozenset[str]:
    return frozenset(f.category for f in scan_text(text) if f.about_person)


def lexicon_predict(text: str) -> frozenset[str]:
    """What the lexicons alone say (``licite scan --lexicon-only``)."""
    return frozenset(f.category for f in scan_text(text, second_opinion=False) if f.about_person)


def safe_scan(text: str) -> object:
    try:
        return scan_text(text)
    except Exception:
        return None


def predict_all(
    snippets: list[Snippet], predict: Callable[[str], frozenset[str]]
) -> tuple[dict[str, frozenset[str]], list[str]]:
    predictions: dict[str, frozenset[str]] = {}
    failures: list[str] = []
    for s in snippets:
        try:
            predictions[s.id] = predict(s.text)
        except Exception as exc:  # a report: one failing text must not hide the others
            failures.append(f"{s.id}: {type(exc).__name__}: {exc}")
            predictions[s.id] = frozenset()
    return predictions, failures


def count(
    snippets: Iterable[Snippet], predictions: dict[str, frozenset[str]], categories: Iterable[str]
) -> dict[str, Counts]:
    table = {c: Counts() for c in categories}
    for s in snippets:
        predicted = predictions[s.id]
        for category, counts in table.items():
            expected, found = category in s.labels, category in predicted
            if expected and found:
                counts.tp += 1
            elif found:
                counts.fp += 1
                counts.fp_ids.append(s.id)
            elif expected:
                counts.fn += 1
                counts.fn_ids.append(s.id)
    return table


def micro(table: dict[str, Counts], categories: Iterable[str]) -> Counts:
    total = Counts()
    for c in categories:
        if c in table:
            total.add(table[c])
    return total


def hard_negative_precision(
    snippets: Iterable[Snippet], predictions: dict[str, frozenset[str]]
) -> tuple[int, int]:
    hard = [s for s in snippets if s.hard_negative]
    clean = sum(1 for s in hard if not predictions[s.id])
    return clean, len(hard)


def quality(
    snippets: list[Snippet], predictions: dict[str, frozenset[str]], categories: tuple[str, ...]
) -> dict[str, Any]:
    table = count(snippets, predictions, categories)
    groups = {
        "identifiers": micro(table, [c for c in IDENTIFIER_ORDER if c in categories]),
        "art9_10": micro(table, [c for c in SENSITIVE_ORDER if c in categories]),
        "all": micro(table, categories),
        "shared": micro(table, [c for c in IDENTIFIER_ORDER if c in PRESIDIO_CATEGORIES]),
    }
    clean, hard = hard_negative_precision(snippets, predictions)
    return {"table": table, "groups": groups, "hard_clean": clean, "hard_total": hard}


# --- Presidio --------------------------------------------------------------------------------


def presidio_engine() -> Any:
    """A French AnalyzerEngine with Presidio's identifier recognizers registered for "fr"."""
    # tldextract (used by the e-mail recognizer) would fetch the public suffix list over the
    # network on first use; use its bundled snapshot so that runs are offline and repeatable.
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    import spacy.util
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer,
        EmailRecognizer,
        IbanRecognizer,
        PhoneRecognizer,
    )

    if not spacy.util.is_package("fr_core_news_sm"):
        raise ImportError("spaCy model fr_core_news_sm is not installed")
    nlp_engine = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "fr", "model_name": "fr_core_news_sm"}],
        }
    ).create_engine()
    registry = RecognizerRegistry(supported_languages=["fr"])
    registry.add_recognizer(
        EmailRecognizer(supported_language="fr", context=["mail", "email", "courriel", "contact"])
    )
    registry.add_recognizer(
        PhoneRecognizer(
            supported_language="fr",
            supported_regions=PHONE_REGIONS,
            context=list(PHONE_CONTEXT),
        )
    )
    registry.add_recognizer(
        CreditCardRecognizer(
            supported_language="fr",
            context=["carte", "cb", "visa", "mastercard", "amex", "card", "crédit", "paiement"],
        )
    )
    registry.add_recognizer(
        IbanRecognizer(supported_language="fr", context=["iban", "rib", "virement", "compte"])
    )
    return AnalyzerEngine(nlp_engine=nlp_engine, registry=registry, supported_languages=["fr"])


def presidio_predictor(engine: Any) -> Callable[[str], frozenset[str]]:
    entities = list(PRESIDIO_ENTITIES)

    def predict(text: str) -> frozenset[str]:
        results = engine.analyze(text=text, language="fr", entities=entities)
        return frozenset(PRESIDIO_ENTITIES[r.entity_type] for r in results)

    return predict


# --- speed -----------------------------------------------------------------------------------


def pin_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity on this OS)"


def build_label() -> str:
    """Whether this run measures the pure-Python detectors or a mypyc-compiled build, and
    whether their token loops run in C (``_tokens.c``, :mod:`licite.detectors.kernel`)."""
    from licite.detectors import kernel

    compiled = [
        name for name, module in sys.modules.items()
        if name.startswith("licite.detectors.") and not name.endswith("._tokens")
        and (getattr(module, "__file__", "") or "").endswith((".so", ".pyd"))
    ]  # fmt: skip
    build = f"compiled with mypyc ({len(compiled)} modules)" if compiled else "pure Python"
    loops = "C" if kernel.split is not None else "Python"
    return f"{build}, token loops in {loops}"


def dump_findings(path: Path, texts: list[str]) -> None:
    """One line per text: its findings as (category, start, end, about_person, score)."""
    with path.open("w", encoding="utf-8") as handle:
        for text in texts:
            found = [[f.category, f.start, f.end, f.about_person, f.score] for f in scan_text(text)]
            handle.write(json.dumps(found, ensure_ascii=False) + "\n")


def synthetic_texts(snippets: list[Snippet], n: int, seed: int = 7, size: int = 500) -> list[str]:
    rng = random.Random(seed)
    texts = []
    pool = [s.text for s in snippets]
    for _ in range(n):
        parts: list[str] = []
        length = 0
        while length < size - 20:
            piece = rng.choice(pool) if rng.random() < 0.6 else rng.choice(FILLER)
            parts.append(piece)
            length += len(piece) + 1
        text = " ".join(parts)
        if len(text) > size + 20:
            cut = text.rfind(" ", 0, size + 20)
            text = text[: cut if cut > size - 40 else size + 20]
        texts.append(text)
    return texts


def throughput(
    texts: list[str], run: Callable[[str], object], min_seconds: float = 1.0
) -> dict[str, float]:
    passes = 0
    start = time.perf_counter()
    while True:
        for text in texts:
            run(text)
        passes += 1
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            break
    done = passes * len(texts)
    return {
        "texts": len(texts),
        "passes": passes,
        "mean_chars": sum(map(len, texts)) / len(texts),
        "seconds": elapsed,
        "texts_per_s": done / elapsed,
        "us_per_text": elapsed / done * 1e6,
    }


# --- report ----------------------------------------------------------------------------------


def fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def markdown(
    ours: dict[str, Any], presidio: dict[str, Any] | None, categories: tuple[str, ...]
) -> str:
    lines = [
        "| category | TP | FP | FN | precision | recall | F1 | Presidio P | Presidio R | "
        "Presidio F1 |",
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]

    def row(name: str, c: Counts, theirs: Counts | None) -> str:
        s = c.scores()
        t = theirs.scores() if theirs else None
        tail = (
            [fmt(t["precision"]), fmt(t["recall"]), fmt(t["f1"])] if t else ["n/a"] * 3
        )  # fmt: skip
        return (
            f"| {name} | {c.tp} | {c.fp} | {c.fn} | {fmt(s['precision'])} | "
            f"{fmt(s['recall'])} | {fmt(s['f1'])} | " + " | ".join(tail) + " |"
        )

    for category in categories:
        theirs = None
        if presidio and category in PRESIDIO_CATEGORIES:
            theirs = presidio["table"][category]
        lines.append(row(category, ours["table"][category], theirs))
    lines.append(
        row("**email+phone+iban+card (micro)**", ours["groups"]["shared"],
            presidio["groups"]["shared"] if presidio else None)
    )  # fmt: skip
    lines.append(row("**identifiers (micro)**", ours["groups"]["identifiers"], None))
    lines.append(row("**art. 9/10 (micro)**", ours["groups"]["art9_10"], None))
    lines.append(row("**all (micro)**", ours["groups"]["all"], None))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument("--synthetic", type=int, default=10_000, help="synthetic texts (~500 ch)")
    parser.add_argument("--seconds", type=float, default=2.0, help="minimum time per measure")
    parser.add_argument("--no-presidio", action="store_true", help="skip the comparison")
    parser.add_argument(
        "--dump",
        type=Path,
        metavar="FILE",
        help="write every finding on the corpus and the synthetic texts (JSON "
        "Lines), to compare a compiled build with the pure-Python one",
    )
    parser.add_argument("--show-errors", type=int, default=0, metavar="N",
                        help="print up to N false positive/negative ids per category")  # fmt: skip
    args = parser.parse_args()

    snippets = load_corpus(args.corpus)
    categories = SENSITIVE_ORDER + IDENTIFIER_ORDER
    langs = sorted({s.lang for s in snippets})
    pinned = pin_one_core()

    cold = time.perf_counter()
    try:
        scan_text("Warm-up : premier appel, chargement des lexiques.")
    except Exception as exc:  # reported below with the per-text failures
        print(f"licite's first call raised {type(exc).__name__}: {exc}", file=sys.stderr)
    cold_ms = (time.perf_counter() - cold) * 1e3

    predictions, failures = predict_all(snippets, licite_predict)
    ours = quality(snippets, predictions, categories)
    lexicon_only = quality(snippets, predict_all(snippets, lexicon_predict)[0], categories)
    by_lang = {
        lang: quality([s for s in snippets if s.lang == lang], predictions, categories)
        for lang in langs
    }

    presidio: dict[str, Any] | None = None
    presidio_by_lang: dict[str, dict[str, Any]] = {}
    presidio_status: str
    presidio_speed: dict[str, float] | None = None
    identifier_cats = tuple(c for c in IDENTIFIER_ORDER if c in PRESIDIO_CATEGORIES)
    if args.no_presidio:
        presidio_status = "skipped: --no-presidio"
    else:
        try:
            engine = presidio_engine()
            predict = presidio_predictor(engine)
            predict("Warm-up : contact@example.fr")
            p_predictions, p_failures = predict_all(snippets, predict)
            presidio = quality(snippets, p_predictions, identifier_cats)
            presidio_by_lang = {
                lang: quality([s for s in snippets if s.lang == lang], p_predictions,
                              identifier_cats)
                for lang in langs
            }  # fmt: skip
            presidio_speed = throughput([s.text for s in snippets], predict, args.seconds)
            presidio_status = (
                f"presidio-analyzer {version('presidio-analyzer')}, spaCy {version('spacy')}, "
                "fr_core_news_sm; recognizers EMAIL_ADDRESS, PHONE_NUMBER, IBAN_CODE, "
                "CREDIT_CARD registered for 'fr'"
            )
            if p_failures:
                presidio_status += f"; {len(p_failures)} texts raised"
        except Exception as exc:  # ImportError, missing model, engine errors
            presidio_status = f"skipped: {type(exc).__name__}: {exc}"

    corpus_speed: dict[str, float] | None = None
    synthetic_speed: dict[str, float] | None = None
    if len(failures) < len(snippets):  # timing a detector that always raises means nothing
        safe = safe_scan if failures else scan_text
        corpus_speed = throughput([s.text for s in snippets], safe, args.seconds)
        if args.synthetic:
            synthetic = synthetic_texts(snippets, args.synthetic)
            synthetic_speed = throughput(synthetic, safe, args.seconds)
    if args.dump:
        dump_findings(args.dump, [s.text for s in snippets] + synthetic_texts(snippets, 3000))

    # --- print ---
    n_neg = sum(1 for s in snippets if not s.labels)
    if failures:
        print(
            f"WARNING: licite's scan_text raised on {len(failures)}/{len(snippets)} texts "
            f"(counted as no detection), e.g. {failures[0]}\n"
        )
    print(
        f"# licite detectors on {args.corpus.name}: {len(snippets)} snippets "
        f"({', '.join(f'{lang} {sum(s.lang == lang for s in snippets)}' for lang in langs)}), "
        f"{n_neg} negatives of which {ours['hard_total']} hard\n"
    )
    print(markdown(ours, presidio, categories))
    print()
    print(
        f"Hard negatives with no predicted category: {ours['hard_clean']}/{ours['hard_total']} "
        f"({ours['hard_clean'] / max(ours['hard_total'], 1):.1%})"
    )
    alone = lexicon_only["groups"]["art9_10"].scores()
    print(
        f"Lexicons alone, without the classifier (--lexicon-only): art. 9/10 (micro) P/R/F1 "
        f"{fmt(alone['precision'])}/{fmt(alone['recall'])}/{fmt(alone['f1'])}; hard negatives "
        f"clean {lexicon_only['hard_clean']}/{lexicon_only['hard_total']}"
    )
    for lang in langs:
        q = by_lang[lang]
        ident, sens = q["groups"]["identifiers"].scores(), q["groups"]["art9_10"].scores()
        line = (
            f"[{lang}] identifiers P/R/F1 {fmt(ident['precision'])}/{fmt(ident['recall'])}/"
            f"{fmt(ident['f1'])}; art. 9/10 P/R/F1 {fmt(sens['precision'])}/"
            f"{fmt(sens['recall'])}/{fmt(sens['f1'])}; hard negatives clean "
            f"{q['hard_clean']}/{q['hard_total']}"
        )
        if presidio_by_lang:
            mine = q["groups"]["shared"].scores()
            pid = presidio_by_lang[lang]["groups"]["shared"].scores()
            line += (
                f"; email+phone+iban+card F1 licite {fmt(mine['f1'])} vs Presidio "
                f"{fmt(pid['f1'])} (P/R {fmt(pid['precision'])}/{fmt(pid['recall'])})"
            )
        print(line)
    print()
    print(f"Presidio: {presidio_status}")
    print()
    print(
        f"Throughput of licite {build_label()} (one core, {pinned}; first call {cold_ms:.1f} ms):"
    )
    speeds = []
    if corpus_speed:
        speeds.append(("licite, corpus", corpus_speed))
    if synthetic_speed:
        speeds.append(("licite, synthetic", synthetic_speed))
    if presidio_speed:
        speeds.append(("Presidio (4 recognizers), corpus", presidio_speed))
    for name, sp in speeds:
        print(
            f"  {name}: {sp['texts']} texts of {sp['mean_chars']:.0f} chars on average: "
            f"{sp['texts_per_s']:,.0f} texts/s, {sp['us_per_text']:,.1f} µs/text"
        )
    if args.show_errors:
        print()
        for category in categories:
            c = ours["table"][category]
            if c.fp_ids or c.fn_ids:
                print(
                    f"{category}: FP {c.fp_ids[: args.show_errors]} "
                    f"FN {c.fn_ids[: args.show_errors]}"
                )

    if args.json:
        report = {
            "build": build_label(),
            "corpus": {
                "path": str(args.corpus),
                "snippets": len(snippets),
                "negatives": n_neg,
                "hard_negatives": ours["hard_total"],
            },
            "categories": {c: ours["table"][c].as_dict(errors=True) for c in categories},
            "groups": {g: c.as_dict() for g, c in ours["groups"].items()},
            "hard_negatives_clean": ours["hard_clean"],
            "lexicons_alone": {
                "art9_10": lexicon_only["groups"]["art9_10"].as_dict(),
                "hard_negatives_clean": lexicon_only["hard_clean"],
            },
            "by_language": {
                lang: {
                    "groups": {g: c.as_dict() for g, c in q["groups"].items()},
                    "categories": {c: q["table"][c].as_dict() for c in categories},
                    "hard_negatives_clean": q["hard_clean"],
                    "hard_negatives": q["hard_total"],
                }
                for lang, q in by_lang.items()
            },
            "presidio": {
                "status": presidio_status,
                "categories": (
                    {c: presidio["table"][c].as_dict(errors=True) for c in identifier_cats}
                    if presidio
                    else None
                ),
                "shared_identifiers": presidio["groups"]["shared"].as_dict() if presidio else None,
                "by_language": {
                    lang: q["groups"]["shared"].as_dict() for lang, q in presidio_by_lang.items()
                },
            },
            "throughput": {
                "pinning": pinned,
                "first_call_ms": cold_ms,
                "corpus": corpus_speed,
                "synthetic": synthetic_speed,
                "presidio_corpus": presidio_speed,
            },
            "failures": failures,
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
        print(f"\nJSON written to {args.json}")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
