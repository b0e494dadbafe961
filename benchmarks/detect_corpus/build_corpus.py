"""Build ``corpus.jsonl`` from the hand-written ``snippets.txt`` (seeded, reproducible).

Usage: python benchmarks/detect_corpus/build_corpus.py [--seed 2026] [--check]

The texts are written by hand in ``snippets.txt`` (format described at its top). Identifiers are
written as placeholders and filled here with generated values whose checksums are computed
(NIR key, SIREN/SIRET Luhn, IBAN mod 97 with the French RIB key, card Luhn in real IIN ranges,
French numbers valid in the numbering plan, overseas included), so that the corpus holds
identifiers that pass validation without being anybody's. "bad" placeholders hold look-alikes
that fail their checksum and label nothing.

Every built text is then audited by an identifier finder that is independent of licite (regular
expressions, checksums and ``phonenumbers``): the identifier labels must equal what the finder
sees, so a negative cannot hide an accidental valid number. The result is written once and
committed; the benchmark reads ``corpus.jsonl`` only. ``--check`` rebuilds in memory and fails
if the committed file differs.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import phonenumbers

HERE = Path(__file__).parent
SOURCE = HERE / "snippets.txt"
CORPUS = HERE / "corpus.jsonl"

SENSITIVE = (
    "health", "religion", "politics", "union", "origin", "sex_life", "genetic", "biometric",
    "criminal",
)  # fmt: skip
IDENTIFIERS = ("nir", "iban", "payment_card", "email", "phone", "siren", "siret")
CATEGORIES = frozenset(SENSITIVE + IDENTIFIERS)
KINDS = ("ad", "directory", "bio", "crm")
LANGS = ("fr", "en")


# --- checksums -----------------------------------------------------------------------------


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(prefix: str) -> str:
    """``prefix`` followed by the digit that makes it pass Luhn."""
    for d in "0123456789":
        if luhn_ok(prefix + d):
            return prefix + d
    raise AssertionError("unreachable")


def nir_key(body13: str) -> int:
    number = int(body13.upper().replace("2A", "19").replace("2B", "18"))
    return 97 - number % 97


def nir_ok(nir: str) -> bool:
    compact = nir.replace(" ", "").upper()
    if not re.fullmatch(r"[12]\d{4}(?:\d{2}|2[AB])\d{6}\d{2}", compact):
        return False
    return nir_key(compact[:13]) == int(compact[13:])


def _iban_number(text: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in text))


def iban_ok(iban: str) -> bool:
    compact = iban.replace(" ", "").upper()
    if len(compact) < 15 or not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", compact):
        return False
    if compact[:2] in IBAN_LENGTHS and IBAN_LENGTHS[compact[:2]] != len(compact):
        return False
    return _iban_number(compact[4:] + compact[:4]) % 97 == 1


def iban_from_bban(country: str, bban: str) -> str:
    check = 98 - _iban_number(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


def rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


IBAN_LENGTHS = {
    "FR": 27, "DE": 22, "BE": 16, "ES": 24, "IT": 27, "CH": 21, "GB": 22, "NL": 18, "LU": 20,
}  # fmt: skip


# --- generators ------------------------------------------------------------------------------


@dataclass
class Gen:
    """Seeded identifier generator; one text's placeholders share a company (SIREN)."""

    rng: random.Random
    sex: str = ""  # "1" or "2" when the text says whose NIR it is, else drawn
    memo: dict[str, str] = field(default_factory=dict)

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    # phones ----------------------------------------------------------------------------------
    def _valid(self, make: Callable[[], str], region: str) -> str:
        for _ in range(1000):
            number = make()
            if phonenumbers.is_valid_number(phonenumbers.parse(number, region)):
                return number
        raise AssertionError(f"no valid number for {region}")

    def fr_mobile(self) -> str:
        return self._valid(lambda: self.rng.choice(["06", "07"]) + self.digits(8), "FR")

    def fr_fixe(self, zone: str = "12345") -> str:
        return self._valid(lambda: "0" + self.rng.choice(zone) + self.digits(8), "FR")

    def dom(self, prefixes: tuple[str, ...], region: str) -> str:
        return self._valid(
            lambda: (p := self.rng.choice(prefixes)) + self.digits(10 - len(p)), region
        )

    @staticmethod
    def pairs(national: str) -> str:
        return " ".join(national[i : i + 2] for i in range(0, len(national), 2))

    @staticmethod
    def intl(national: str) -> str:  # 0612345678 -> 6 12 34 56 78
        return national[1] + " " + " ".join(national[i : i + 2] for i in range(2, 10, 2))

    @staticmethod
    def dom_local(national: str) -> str:  # 0690 12 34 56, as written in the DROM
        return national[:4] + " " + " ".join(national[i : i + 2] for i in range(4, 10, 2))

    @staticmethod
    def dom_intl(national: str, cc: str) -> str:  # +590 690 12 34 56
        return f"+{cc} {national[1:4]} " + " ".join(national[i : i + 2] for i in range(4, 10, 2))

    def uk_mobile(self) -> str:
        return self._valid(lambda: "07" + self.rng.choice("456789") + self.digits(8), "GB")

    def uk_fixe(self) -> str:
        return self._valid(lambda: "0207" + self.digits(7), "GB")

    def us(self) -> str:
        areas = ["212", "415", "617", "312", "206", "303", "512", "404", "614", "702", "718"]

        def make() -> str:
            return self.rng.choice(areas) + self.rng.choice("2346789") + self.digits(6)

        return self._valid(make, "US")

    # company and person identifiers ------------------------------------------------------
    def siren(self) -> str:
        if "siren" not in self.memo:
            self.memo["siren"] = luhn_complete(self.rng.choice("3456789") + self.digits(7))
        return self.memo["siren"]

    def siret(self) -> str:
        if "siret" not in self.memo:
            nic = self.rng.choice(["0001", "0002", "0003", "0004", "0005", "0010"])
            self.memo["siret"] = luhn_complete(self.siren() + nic)
        return self.memo["siret"]

    def tva_key(self) -> str:
        return f"{(12 + 3 * (int(self.siren()) % 97)) % 97:02d}"

    def nir(self, corsica: bool = False) -> str:
        sex = self.sex or self.rng.choice("12")
        year = f"{self.rng.choice(list(range(45, 100)) + list(range(0, 5))):02d}"
        month = f"{self.rng.randint(1, 12):02d}"
        if corsica:
            dept = self.rng.choice(["2A", "2B"])
        else:
            dept = f"{self.rng.choice([d for d in range(1, 96) if d != 20]):02d}"
        body = sex + year + month + dept + f"{self.rng.randint(1, 899):03d}"
        body += f"{self.rng.randint(1, 999):03d}"
        return body + f"{nir_key(body):02d}"

    @staticmethod
    def nir_spaced(n: str) -> str:
        return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"

    def iban(self, country: str) -> str:
        d = self.digits
        if country == "FR":
            bank = self.rng.choice(["30004", "30003", "10278", "20041", "11306", "30002", "17515"])
            branch, account = d(5), d(11)
            bban = bank + branch + account + rib_key(bank, branch, account)
        elif country == "BE":
            head = self.rng.choice(["001", "068", "310", "363"]) + d(7)
            bban = head + f"{int(head) % 97 or 97:02d}"
        elif country == "DE":
            bban = self.rng.choice(["10070000", "50010517", "37040044", "20041133"]) + d(10)
        elif country == "ES":
            bban = self.rng.choice(["2100", "0049", "0182"]) + d(4) + d(2) + d(10)
        elif country == "IT":
            bban = self.rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + "03069" + d(5) + d(12)
        elif country == "CH":
            bban = self.rng.choice(["00762", "00235", "09000"]) + d(12)
        elif country == "GB":
            bban = self.rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + d(6) + d(8)
        elif country == "NL":
            bban = self.rng.choice(["ABNA", "INGB", "RABO"]) + d(10)
        elif country == "LU":
            bban = self.rng.choice(["001", "014", "019"]) + d(13)
        else:
            raise ValueError(country)
        iban = iban_from_bban(country, bban)
        assert len(iban) == IBAN_LENGTHS[country] and iban_ok(iban), iban
        return iban

    @staticmethod
    def grouped(text: str, size: int = 4, sep: str = " ") -> str:
        return sep.join(text[i : i + size] for i in range(0, len(text), size))

    def card(self, brand: str) -> str:
        if brand == "visa":
            prefix = self.rng.choice(["4970", "4974", "4561", "4539", "4132"])
            return luhn_complete(prefix + self.digits(11))
        if brand == "mc":
            prefix = self.rng.choice(["51", "53", "54", "55", "2221", "2720"])
            return luhn_complete(prefix + self.digits(15 - len(prefix)))
        if brand == "amex":
            return luhn_complete(self.rng.choice(["34", "37"]) + self.digits(12))
        raise ValueError(brand)

    @staticmethod
    def amex_grouped(n: str) -> str:
        return f"{n[:4]} {n[4:10]} {n[10:]}"

    @staticmethod
    def one_digit_off(text: str, index: int) -> str:
        """``text`` with the digit at ``index`` changed (breaks Luhn, mod 97 and the NIR key)."""
        digit = int(text[index])
        return text[:index] + str((digit + 1) % 10) + text[index + 1 :]


def placeholders(g: Gen) -> dict[str, tuple[str | None, Callable[[], str]]]:
    """Placeholder name -> (category it labels or None, value maker)."""
    return {
        "tel": ("phone", lambda: g.pairs(g.fr_mobile())),
        "tel.pts": ("phone", lambda: g.pairs(g.fr_mobile()).replace(" ", ".")),
        "tel.nosp": ("phone", g.fr_mobile),
        "tel.tirets": ("phone", lambda: g.pairs(g.fr_mobile()).replace(" ", "-")),
        "tel.int": ("phone", lambda: "+33 " + g.intl(g.fr_mobile())),
        "tel.00": ("phone", lambda: "0033 " + g.intl(g.fr_mobile())),
        "fixe": ("phone", lambda: g.pairs(g.fr_fixe())),
        "fixe.pts": ("phone", lambda: g.pairs(g.fr_fixe()).replace(" ", ".")),
        "fixe.int": ("phone", lambda: "+33 (0)" + g.intl(g.fr_fixe())),
        **{
            f"fixe{z}{style}": ("phone", lambda z=z, f=f: f(g.fr_fixe(z)))
            for z in "12345"
            for style, f in (
                ("", g.pairs),
                (".pts", lambda n: g.pairs(n).replace(" ", ".")),
                (".int", lambda n: "+33 (0)" + g.intl(n)),
            )
        },
        "dom": ("phone", lambda: g.dom_local(g.dom(("0690", "0691"), "GP"))),
        "dom.mq": ("phone", lambda: g.dom_local(g.dom(("0696", "0697"), "MQ"))),
        "dom.gf": ("phone", lambda: g.dom_local(g.dom(("0594",), "GF"))),
        "dom.yt": ("phone", lambda: g.dom_local(g.dom(("0269",), "YT"))),
        "dom.int": ("phone", lambda: g.dom_intl(g.dom(("0692", "0693"), "RE"), "262")),
        "dom.int2": ("phone", lambda: g.dom_intl(g.dom(("0690",), "GP"), "590")),
        "dom.int3": ("phone", lambda: g.dom_intl(g.dom(("059087",), "MF"), "590")),
        "uk": ("phone", lambda: (n := g.uk_mobile())[:5] + " " + n[5:]),
        "uk.int": ("phone", lambda: "+44 " + (n := g.uk_mobile())[1:5] + " " + n[5:]),
        "uk.fixe": ("phone", lambda: f"{(n := g.uk_fixe())[:3]} {n[3:7]} {n[7:]}"),
        "us": ("phone", lambda: f"({(n := g.us())[:3]}) {n[3:6]}-{n[6:]}"),
        "us.int": ("phone", lambda: f"+1 {(n := g.us())[:3]}-{n[3:6]}-{n[6:]}"),
        "nir": ("nir", lambda: g.nir_spaced(g.nir())),
        "nir.c": ("nir", g.nir),
        "nir.k": ("nir", lambda: (n := g.nir())[:13] + " " + n[13:]),
        "nir.corse": ("nir", lambda: g.nir_spaced(g.nir(corsica=True))),
        "siren": ("siren", lambda: g.grouped(g.siren(), 3)),
        "siren.c": ("siren", g.siren),
        "siret": ("siret", lambda: g.grouped(g.siret()[:9], 3) + " " + g.siret()[9:]),
        "siret.c": ("siret", g.siret),
        "tva": (None, g.tva_key),
        **{
            f"iban.{c}": ("iban", lambda c=c: g.grouped(g.iban(c)))
            for c in ("FR", "BE", "DE", "ES", "IT", "CH", "GB", "NL", "LU")
        },
        "iban.FR.c": ("iban", lambda: g.iban("FR")),
        "card.visa": ("payment_card", lambda: g.grouped(g.card("visa"))),
        "card.visa.c": ("payment_card", lambda: g.card("visa")),
        "card.mc": ("payment_card", lambda: g.grouped(g.card("mc"))),
        "card.mc.tirets": ("payment_card", lambda: g.grouped(g.card("mc"), sep="-")),
        "card.amex": ("payment_card", lambda: g.amex_grouped(g.card("amex"))),
        "badnir": (None, lambda: g.nir_spaced(g.one_digit_off(g.nir(), 14))),
        "badsiret": (None, lambda: g.grouped((b := g.one_digit_off(g.siret(), 4))[:9], 3) + " "
                     + b[9:]),
        "badnir.short": (None, lambda: g.nir_spaced(g.nir())[:-6] + g.nir_spaced(g.nir())[-5:]),
        "badsiren": (None, lambda: g.grouped(g.one_digit_off(g.siren(), 4), 3)),
        "badiban": (None, lambda: g.grouped(g.one_digit_off(g.iban("FR"), 10))),
        "badcard": (None, lambda: g.grouped(g.one_digit_off(g.card("visa"), 15))),
    }  # fmt: skip


# --- the independent identifier audit --------------------------------------------------------

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_AT = r"\s*[\[(]\s*(?:at|arobase)\s*[\])]\s*"
_DOT = r"(?:\s*[\[(]\s*(?:dot|point)\s*[\])]\s*|\.)"
EMAIL_OBFUSCATED = re.compile(r"[\w.+-]+" + _AT + r"[\w-]+(?:" + _DOT + r"[\w-]+)+", re.I)
NIR = re.compile(r"(?<!\w)[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?!\w)")
SIRET = re.compile(r"(?<!\w)\d{3} ?\d{3} ?\d{3} ?\d{5}(?!\w)")
SIREN = re.compile(r"(?<!\w)\d{3} ?\d{3} ?\d{3}(?!\w)")
IBAN = re.compile(r"(?<![A-Z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?!\w)")
CARD = re.compile(r"(?<!\w)\d(?:[ -]?\d){12,18}(?!\w)")
CARD_IIN = re.compile(r"4|5[1-5]|2(?:2[2-9]|[3-6]\d|7[01]|720)|3[47]")
PHONE_REGIONS = {"fr": ("FR", "GP", "MQ", "RE", "GF", "YT"), "en": ("GB", "US", "FR", "GP", "RE")}


def audit(text: str, lang: str) -> set[str]:
    """The identifier categories a careful reviewer finds in ``text``, independently of licite."""
    found: set[str] = set()
    taken: list[tuple[int, int]] = []

    def free(m: re.Match[str]) -> bool:
        return all(m.end() <= a or m.start() >= b for a, b in taken)

    if EMAIL.search(text) or EMAIL_OBFUSCATED.search(text):
        found.add("email")
    for pattern, category, valid in (
        (IBAN, "iban", iban_ok),
        (NIR, "nir", nir_ok),
        (SIRET, "siret", lambda s: luhn_ok(s.replace(" ", ""))),
        (CARD, "payment_card", lambda s: _card_ok(re.sub(r"[ -]", "", s))),
        (SIREN, "siren", lambda s: luhn_ok(s.replace(" ", ""))),
    ):
        for m in pattern.finditer(text):
            if free(m) and valid(m.group()):
                found.add(category)
                taken.append(m.span())
    for region in PHONE_REGIONS[lang]:
        for m in phonenumbers.PhoneNumberMatcher(text, region, phonenumbers.Leniency.VALID):
            if m.raw_string[0] in "0+(" and all(m.end <= a or m.start >= b for a, b in taken):
                found.add("phone")
    return found


def _card_ok(digits: str) -> bool:
    return len(digits) in (15, 16) and bool(CARD_IIN.match(digits)) and luhn_ok(digits)


# --- build -----------------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"\{([a-z0-9.A-Z]+)\}")


def parse_source(path: Path) -> list[dict[str, object]]:
    entries: list[dict[str, object]] = []
    lang = kind = ""
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or (line.startswith("#") and not line.startswith("## ")):
            continue
        if line.startswith("## "):
            lang, kind = line[3:].split()
            assert lang in LANGS and kind in KINDS, f"line {number}: bad header"
            continue
        parts = [p.strip() for p in line.split(" || ")]
        head, text = parts[0], parts[1]
        note = parts[2] if len(parts) > 2 else ""
        mark, _, labels = head.partition(" ")
        assert mark in {"P", "N", "H"}, f"line {number}: {mark!r}"
        declared = {x for x in labels.split(",") if x}
        assert declared <= CATEGORIES, f"line {number}: unknown label in {declared}"
        assert mark == "P" or not declared, f"line {number}: negative with labels"
        entries.append(
            {"line": number, "lang": lang, "kind": kind, "mark": mark, "text": text,
             "labels": declared, "note": note}
        )  # fmt: skip
    return entries


WOMAN = re.compile(r"\b(?:Mme|Mrs|Ms|she|her|salariée|née|assurée|Cliente|elle)\b", re.I)
MAN = re.compile(r"\b(?:M\.|Mr|he|his|him|salarié|né|assuré|conjoint|il|client|Marc)(?!\w)", re.I)


def nir_sex(text: str) -> str:
    """The NIR's first digit that matches the person the text is about, "" when it says not."""
    if WOMAN.search(text):
        return "2"
    return "1" if MAN.search(text) else ""


def build(seed: int) -> tuple[list[dict[str, object]], list[str]]:
    rng = random.Random(seed)
    rows: list[dict[str, object]] = []
    errors: list[str] = []
    counters: dict[tuple[str, str], int] = {}
    for entry in parse_source(SOURCE):
        gen = Gen(rng, sex=nir_sex(str(entry["text"])))
        makers = placeholders(gen)
        labels = set(entry["labels"])
        values: dict[str, str] = {}

        def fill(m: re.Match[str], makers=makers, labels=labels, values=values) -> str:
            name = m.group(1)
            if name not in makers:
                raise KeyError(f"unknown placeholder {name}")
            category, make = makers[name]
            if category:
                labels.add(category)
            if name not in values:
                values[name] = make()
            return values[name]

        text = PLACEHOLDER.sub(fill, str(entry["text"])).replace("\\n", "\n")
        lang, kind = str(entry["lang"]), str(entry["kind"])
        if entry["mark"] == "P" and not labels:
            errors.append(f"line {entry['line']}: positive without labels")
        if entry["mark"] != "P" and labels:
            errors.append(f"line {entry['line']}: negative holds {sorted(labels)}")
        seen = audit(text, lang)
        declared_ids = labels & set(IDENTIFIERS)
        if seen != declared_ids:
            errors.append(
                f"line {entry['line']}: identifiers labelled {sorted(declared_ids)} "
                f"but found {sorted(seen)}: {text[:90]!r}"
            )
        counters[(lang, kind)] = counters.get((lang, kind), 0) + 1
        row: dict[str, object] = {
            "id": f"{lang}-{kind}-{counters[(lang, kind)]:04d}",
            "lang": lang,
            "kind": kind,
            "text": text,
            "labels": sorted(labels),
            "hard_negative": entry["mark"] == "H",
        }
        if entry["note"]:
            row["note"] = entry["note"]
        rows.append(row)
    return rows, errors


def dumps(rows: list[dict[str, object]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--check", action="store_true", help="fail if corpus.jsonl is stale")
    args = parser.parse_args()
    rows, errors = build(args.seed)
    for error in errors:
        print(error, file=sys.stderr)
    if errors:
        return 1
    content = dumps(rows)
    if args.check:
        stale = not CORPUS.exists() or CORPUS.read_text(encoding="utf-8") != content
        print("corpus.jsonl is stale" if stale else "corpus.jsonl is up to date")
        return int(stale)
    CORPUS.write_text(content, encoding="utf-8")
    print(f"wrote {len(rows)} snippets to {CORPUS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
