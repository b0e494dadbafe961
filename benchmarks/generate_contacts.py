"""Generate a large, realistic contact CSV for the batch benchmarks (seeded, streaming).

Why: batch checks and imports must be measured on millions of rows that look like real files —
mostly simple *pige immobilière* and directory rows, some with consents, objections or call
history, and a few bad rows that must land in the rejects file. Everything that can be is drawn
from pools computed once (names, addresses, timestamps, JSON cells), and rows are written in
batches by ``csv.writer``, so memory stays constant and 1M rows take well under a minute.

    python benchmarks/generate_contacts.py --count 1000000 \
        --out benchmarks/data/contacts-1m.csv --seed 7

The mix, per row: ~30 % carry a ``consents`` JSON cell, ~10 % ``objections``, ~5 %
``interactions``, ~2 % are bad (one broken cell each, every column kind represented).
Dates are relative to the fixed reference 2026-12-01, never to ``now()``.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from licite.core.flat import csv_header

PARIS = ZoneInfo("Europe/Paris")
REFERENCE = datetime(2026, 12, 1, 10, 0, tzinfo=PARIS)
CONTROLLERS = ("Immo Provence SAS", "Agence du Littoral SARL", "Provence Diagnostics SARL")
HEADER = csv_header(("first_name", "last_name", "job_title", "company", "ad_title"))
COL = {name: index for index, name in enumerate(HEADER)}
BATCH = 5_000

FIRST = (
    "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Camille", "Léa", "Manon", "Chloé",
    "Sophie", "Élodie", "Aurélie", "Jean", "Pierre", "Michel", "Philippe", "Alain", "Nicolas",
    "Julien", "Thomas", "Mathieu", "Olivier", "Laurent", "Frédéric", "Hélène", "Josiane",
    "Gérard", "Rémi", "Agnès", "Benoît", "Lucas", "Hugo", "Emma", "Inès", "Louise", "Jules",
    "Gabriel", "Arthur", "Zoé", "Anaïs",
)  # fmt: skip
LAST = (
    "Martin", "Bernard", "Roux", "Fabre", "Blanc", "Garcia", "Giraud", "Maurel", "Bonnet",
    "Arnaud", "Mercier", "Fournier", "Lambert", "Girard", "Chevalier", "Barbier", "Aubert",
    "Meunier", "Olivier", "Reynaud", "Castellan", "Pellegrin", "Sauvaire", "Audibert", "Icard",
    "Michelis", "Gastaldi", "Rostan", "Bérenger", "Tardieu", "Moreau", "Laurent", "Simon",
    "Michel", "Lefebvre", "Leroy", "David", "Bertrand", "Morel", "Dupont",
)  # fmt: skip
TOWNS = (
    "13100 Aix-en-Provence", "13001 Marseille", "13008 Marseille", "13012 Marseille",
    "84000 Avignon", "83000 Toulon", "13300 Salon-de-Provence", "13200 Arles", "84120 Pertuis",
    "13120 Gardanne", "13500 Martigues", "13260 Cassis", "84300 Cavaillon", "06000 Nice",
    "34000 Montpellier", "30000 Nîmes", "69003 Lyon", "75011 Paris", "33000 Bordeaux",
)  # fmt: skip
STREETS = (
    "rue des Cordeliers", "avenue Victor Hugo", "chemin des Oliviers", "boulevard du Roi René",
    "impasse des Cigales", "allée des Pins", "rue Frédéric Mistral", "cours Gambetta",
    "avenue des Lavandes", "rue Paul Cézanne", "place des Tanneurs", "rue de la République",
)  # fmt: skip
COMPANIES = (
    "Boulangerie Maurel", "Cabinet Fabre & Associés", "Garage des Alpilles", "SCI Les Oliviers",
    "Transports Giraud SARL", "Atelier Bonnet Menuiserie", "Plomberie Roux et Fils",
    "Étude Castellan Notaires", "Syndic Sainte-Victoire", "Cabinet Icard Géomètres",
    "Expertise Comptable Reynaud", "Hôtel du Cours Mirabeau", "Architectes Pellegrin",
)  # fmt: skip
JOBS = (
    "Gérante", "Gérant", "Directeur administratif et financier", "Notaire associé",
    "Responsable des achats", "Gestionnaire de copropriété", "Expert-comptable",
)  # fmt: skip
ADS = (
    "Vends maison 4 pièces avec jardin", "Appartement T3 lumineux, balcon",
    "Villa provençale avec piscine", "Studio meublé idéal investisseur", "T2 avec parking",
)  # fmt: skip
ASCII = str.maketrans("éèêëàâîïôöûüçÉ", "eeeeaaiioouucE")


def _at(days: float) -> str:
    moment = REFERENCE - timedelta(days=days)
    return moment.replace(second=0, microsecond=0).isoformat()


def _siren(body: int) -> str:
    """Eight digits completed with their Luhn key, as INSEE issues SIRENs."""
    digits = f"{body:08d}"
    total = sum(int(d) if i % 2 == 0 else sum(divmod(int(d) * 2, 10)) for i, d in enumerate(digits))
    return f"{digits}{(10 - total % 10) % 10}"


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class Pools:
    """Values drawn per row, computed once: per-row work is a few choices and list writes."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.recent = [_at(rng.uniform(1, 60)) for _ in range(2_000)]
        self.old = [_at(rng.uniform(60, 1_800)) for _ in range(2_000)]
        self.addresses = [
            f"{rng.randint(1, 150)} {rng.choice(STREETS)}, {rng.choice(TOWNS)}"
            for _ in range(5_000)
        ]
        self.consents = [self._consents() for _ in range(800)]
        self.objections = [self._objections() for _ in range(300)]
        self.interactions = [self._interactions() for _ in range(300)]
        self.sirens = [_siren(rng.randrange(10**7, 10**8)) for _ in range(10_000)]
        self.slugs = {name: name.lower().translate(ASCII) for name in FIRST + LAST}
        self.domains = [
            "-".join(c.lower().translate(ASCII).replace("&", " ").split()) + ".example"
            for c in COMPANIES
        ]

    def _consents(self) -> str:
        rng = self.rng
        methods = ("double_opt_in", "unticked_checkbox", "signed_form", "recorded_oral")
        invalid = ("pre_ticked_box", "terms_acceptance", "bundled_with_service", "implied")
        items = []
        for _ in range(rng.choice((1, 1, 1, 2))):
            method = rng.choice(methods) if rng.random() < 0.8 else rng.choice(invalid)
            channels = rng.sample(("email", "sms", "phone_call", "postal_mail", "fax"), 2)
            given = rng.uniform(5, 900)
            items.append(
                {
                    "channels": channels,
                    "controllers": rng.sample(CONTROLLERS, rng.choice((1, 2))),
                    "given_at": _at(given),
                    "withdrawn_at": _at(given / 2) if rng.random() < 0.08 else None,
                    "method": method,
                    "collected_by": rng.choice((*CONTROLLERS, "DataLeads France SAS")),
                    "proof": {"form_id": f"f{rng.randrange(50)}", "ip": "203.0.113.7"}
                    if rng.random() < 0.85
                    else None,
                    "out_of_hours": rng.random() < 0.05,
                }
            )
        return _dumps(items)

    def _objections(self) -> str:
        rng = self.rng
        channels = ["*"] if rng.random() < 0.6 else rng.sample(("email", "sms", "phone_call"), 1)
        controller = rng.choice((None, None, *CONTROLLERS))
        objection = {"at": _at(rng.uniform(1, 900)), "channels": channels, "controller": controller}
        return _dumps([objection])

    def _interactions(self) -> str:
        rng = self.rng
        calls = [
            {
                "at": _at(rng.uniform(1, 45)),
                "channel": "phone_call",
                "controller": rng.choice(CONTROLLERS),
                "outcome": rng.choice(("no_answer", "no_answer", "answered", "refused")),
            }
            for _ in range(rng.randint(1, 5))
        ]
        return _dumps(calls)


class Rows:
    """Builds one row (a list in HEADER order) per call, from the pools."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.pools = Pools(self.rng)
        self.empty = [""] * len(HEADER)
        families: tuple[tuple[int, Callable[[list[str]], None]], ...] = (
            (36, self.seller), (15, self.directory), (9, self.website), (6, self.social),
            (6, self.organisation), (10, self.form), (7, self.customer), (4, self.broker),
            (4, self.sirene), (3, self.other_public),
        )  # fmt: skip
        # a table of 100 slots: one random index picks a family with the right weight
        self.families = [fill for weight, fill in families for _ in range(weight)]
        self.bad: tuple[tuple[str, str], ...] = (
            ("audience", "particulier"), ("collected_at", "2026-11-15T10:00:00"),
            ("phone", "06 12"), ("email", "jean.dupont@example"),
            ("contract_in_progress", "peut-être"), ("consents", '[{"channels": ["email"]'),
            ("source_type", "facebook"), ("sirene_siren", "12345"),
            ("interactions", '[{"at": "2026-11-01T10:00:00Z"}]'), ("kind", "personne"),
        )  # fmt: skip

    def row(self, number: int) -> list[str]:
        rng = self.rng
        row = self.empty.copy()
        row[0] = f"b{number:07d}"
        self.families[rng.randrange(100)](row)
        if rng.random() < 0.19 and not row[COL["consents"]]:  # forms and brokers have theirs
            row[COL["consents"]] = rng.choice(self.pools.consents)
        if rng.random() < 0.10:
            row[COL["objections"]] = rng.choice(self.pools.objections)
        if rng.random() < 0.05:
            row[COL["interactions"]] = rng.choice(self.pools.interactions)
        if rng.random() < 0.02:
            column, cell = rng.choice(self.bad)
            row[COL[column]] = cell
        return row

    # --- families --------------------------------------------------------------------------

    def _person(self, row: list[str], email_share: float) -> None:
        rng, pools = self.rng, self.pools
        first, last = rng.choice(FIRST), rng.choice(LAST)
        row[COL["attr.first_name"]] = first
        row[COL["attr.last_name"]] = last
        row[COL["postal_address"]] = rng.choice(pools.addresses)
        row[COL["phone"]] = self._mobile()
        if rng.random() < email_share:
            row[COL["email"]] = (
                f"{pools.slugs[first]}.{pools.slugs[last]}{rng.randrange(1000)}@example.net"
            )

    def _mobile(self) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            return f"+336{rng.choice('0124578')}{rng.randrange(10_000_000):07d}"
        n = rng.randrange(10_000_000)
        pairs = f"{n // 10_000 % 100:02d} {n // 100 % 100:02d} {n % 100:02d}"
        return f"07 {rng.randint(3, 9)}{n // 1_000_000} {pairs}"

    def _landline(self) -> str:
        prefix = self.rng.choice(("01 99 00", "02 61 91", "03 53 01", "04 65 71", "05 36 49"))
        n = self.rng.randrange(10_000)
        return f"{prefix} {n // 100:02d} {n % 100:02d}"

    def _common(self, row: list[str], audience: str, source: str, name: str, url: str) -> None:
        rng = self.rng
        row[COL["audience"]] = audience
        row[COL["source_type"]] = source
        row[COL["source_name"]] = name
        row[COL["source_url"]] = url
        row[COL["collected_at"]] = rng.choice(
            self.pools.recent if rng.random() < 0.8 else self.pools.old
        )
        if rng.random() < 0.3:
            row[COL["informed_at"]] = rng.choice(self.pools.recent)
        if rng.random() < 0.9:
            row[COL["source_terms_forbid_reuse"]] = "true" if rng.random() < 0.05 else "false"

    def seller(self, row: list[str]) -> None:
        self._person(row, 0.3)
        ad = self.rng.randrange(10**9, 10**10)
        url = f"https://www.annonces-sud.example/immobilier/{ad}"
        self._common(row, "consumer", "classified_ads", "Annonces Sud", url)
        row[COL["attr.ad_title"]] = self.rng.choice(ADS)
        if self.rng.random() < 0.1:
            row[COL["bloctel_listed"]] = "true" if self.rng.random() < 0.2 else "false"
            row[COL["bloctel_checked_at"]] = self.rng.choice(self.pools.recent)

    def _professional(self, row: list[str], source: str, name: str) -> None:
        rng, pools = self.rng, self.pools
        first, last = rng.choice(FIRST), rng.choice(LAST)
        index = rng.randrange(len(COMPANIES))
        domain = pools.domains[index]
        row[COL["attr.first_name"]] = first
        row[COL["attr.last_name"]] = last
        row[COL["attr.company"]] = COMPANIES[index]
        row[COL["attr.job_title"]] = rng.choice(JOBS)
        row[COL["email"]] = f"{pools.slugs[first]}.{pools.slugs[last]}@{domain}"
        row[COL["phone"]] = self._landline()
        row[COL["postal_address"]] = rng.choice(pools.addresses)
        self._common(row, "professional", source, name, f"https://{domain}/equipe")

    def directory(self, row: list[str]) -> None:
        self._professional(row, "online_directory", "Annuaire Pro Provence")

    def website(self, row: list[str]) -> None:
        self._professional(row, "company_website", "Site de l'entreprise")

    def social(self, row: list[str]) -> None:
        self._professional(row, "social_network", "ReseauPro (profil public)")

    def organisation(self, row: list[str]) -> None:
        self._professional(row, "company_website", "Site de l'entreprise")
        domain = row[COL["email"]].partition("@")[2]
        row[COL["kind"]] = "organisation"
        row[COL["email"]] = f"contact@{domain}"
        row[COL["attr.first_name"]] = row[COL["attr.last_name"]] = row[COL["attr.job_title"]] = ""

    def form(self, row: list[str]) -> None:
        self._person(row, 0.95)
        url = "https://immo-provence.example/estimer"
        self._common(row, "consumer", "own_form", "Formulaire d'estimation", url)
        row[COL["consents"]] = self.rng.choice(self.pools.consents)

    def customer(self, row: list[str]) -> None:
        rng = self.rng
        self._person(row, 0.9)
        self._common(row, "consumer", "sale", "Mandat signé en agence", "")
        row[COL["customer_last_purchase_at"]] = rng.choice(self.pools.old)
        row[COL["customer_product_categories"]] = rng.choice(
            ("gestion_locative", "transaction_immobiliere", "gestion_locative|syndic_copropriete")
        )
        row[COL["customer_objection_offered_at_collection"]] = rng.choice(("true", "false"))
        if rng.random() < 0.2:
            row[COL["contract_in_progress"]] = "true"

    def broker(self, row: list[str]) -> None:
        self._person(row, 0.9)
        self._common(row, "consumer", "broker", "DataLeads France SAS — fichier 2026", "")
        row[COL["consents"]] = self.rng.choice(self.pools.consents)

    def sirene(self, row: list[str]) -> None:
        self._professional(row, "sirene", "Base SIRENE des entreprises (INSEE)")
        rng = self.rng
        row[COL["email"]] = row[COL["phone"]] = ""
        row[COL["sirene_siren"]] = rng.choice(self.pools.sirens)
        row[COL["sirene_diffusion"]] = "P" if rng.random() < 0.1 else "O"
        row[COL["sirene_natural_person"]] = rng.choice(("true", "false"))

    def other_public(self, row: list[str]) -> None:
        self._person(row, 0.2)
        name = "sources publiques" if self.rng.random() < 0.3 else "Bulletin municipal en ligne"
        self._common(row, "consumer", "other_public", name, "")


def generate(count: int, seed: int) -> Iterator[list[list[str]]]:
    """Batches of rows, so that the caller writes as it goes (constant memory)."""
    rows = Rows(seed)
    for start in range(1, count + 1, BATCH):
        yield [rows.row(n) for n in range(start, min(start + BATCH, count + 1))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/data/contacts-1m.csv"))
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    with args.out.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(HEADER)
        for batch in generate(args.count, args.seed):
            writer.writerows(batch)
    elapsed = time.perf_counter() - started
    print(f"wrote {args.count} rows to {args.out} in {elapsed:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
