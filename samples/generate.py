"""Write the sample contact file used by ``make run`` and the docs (deterministic, seed fixed).

Why hand-written scenarios rather than random rows: the sample must show every rule family of
the decision engine at least a few times (consents good and bad, objections, customers,
retention, art. 14, source terms, SIRENE, Bloctel, call frequency, overseas time zones,
forbidden data, generic addresses) plus a handful of deliberately bad rows, so that one run
of ``licite check`` demonstrates allowed, refused and rejected contacts. Ordinary rows fill the
rest. Every id ends with the scenario it illustrates (``c0042-consent-pre-ticked``).

All dates are relative to the fixed reference date 2026-12-01 (never ``now()``), so the file
does not change from one run to the next. People, companies, sites and addresses are invented;
e-mail and web domains are reserved example domains (``example.net``, ``*.example``) and fixed
lines use the ranges ARCEP keeps for fiction (01 99 00, 02 61 91, 03 53 01, 04 65 71, 05 36 49).

    python samples/generate.py --out samples/contacts.csv --count 360
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import unicodedata
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from licite.core.errors import InputError
from licite.core.flat import check_header, contact_from_row, csv_header

SEED = 20261201
PARIS = ZoneInfo("Europe/Paris")
REFERENCE = datetime(2026, 12, 1, 10, 0, tzinfo=PARIS)
CONTROLLER = "Immo Provence SAS"
OTHER_CONTROLLER = "Agence du Littoral SARL"
#: The partner that sends the sample fax campaign (the other campaigns are the agency's own).
FAX_CONTROLLER = "Provence Diagnostics SARL"
BROKER = "DataLeads France SAS"
ATTRIBUTES = ("first_name", "last_name", "job_title", "company", "ad_title", "notes")
HEADER = csv_header(ATTRIBUTES)

FIRST_NAMES = (
    "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Camille", "Léa", "Manon", "Chloé",
    "Sophie", "Élodie", "Aurélie", "Jean", "Pierre", "Michel", "Philippe", "Alain", "Nicolas",
    "Julien", "Thomas", "Mathieu", "Olivier", "Laurent", "Frédéric", "Hélène", "Josiane",
    "Gérard", "Rémi", "Agnès", "Benoît",
)  # fmt: skip
LAST_NAMES = (
    "Martin", "Bernard", "Roux", "Fabre", "Blanc", "Garcia", "Giraud", "Maurel", "Bonnet",
    "Arnaud", "Mercier", "Fournier", "Lambert", "Girard", "Chevalier", "Barbier", "Aubert",
    "Meunier", "Olivier", "Reynaud", "Castellan", "Pellegrin", "Sauvaire", "Audibert", "Icard",
    "Michelis", "Gastaldi", "Rostan", "Bérenger", "Tardieu",
)  # fmt: skip
TOWNS = (
    ("13100", "Aix-en-Provence"), ("13090", "Aix-en-Provence"), ("13001", "Marseille"),
    ("13008", "Marseille"), ("13012", "Marseille"), ("84000", "Avignon"), ("83000", "Toulon"),
    ("13300", "Salon-de-Provence"), ("13200", "Arles"), ("84120", "Pertuis"),
    ("13120", "Gardanne"), ("13500", "Martigues"), ("13260", "Cassis"), ("84300", "Cavaillon"),
)  # fmt: skip
STREETS = (
    "rue des Cordeliers", "avenue Victor Hugo", "chemin des Oliviers", "boulevard du Roi René",
    "impasse des Cigales", "allée des Pins", "rue Frédéric Mistral", "cours Gambetta",
    "avenue des Lavandes", "traverse de la Gavotte", "rue Paul Cézanne", "place des Tanneurs",
)  # fmt: skip
COMPANIES = (
    "Boulangerie Maurel", "Cabinet Fabre & Associés", "Garage des Alpilles", "SCI Les Oliviers",
    "Transports Giraud SARL", "Atelier Bonnet Menuiserie", "Plomberie Roux et Fils",
    "Étude Castellan Notaires", "Syndic Sainte-Victoire", "Cabinet Icard Géomètres",
    "Les Jardins de Sauvaire", "Expertise Comptable Reynaud", "Hôtel du Cours Mirabeau",
    "Architectes Pellegrin & Icard",
)  # fmt: skip
JOB_TITLES = (
    "Gérante", "Gérant", "Directeur administratif et financier", "Notaire associé",
    "Responsable des achats", "Gestionnaire de copropriété", "Expert-comptable",
    "Directrice commerciale", "Office manager", "Architecte DPLG",
)  # fmt: skip
AD_TITLES = (
    "Vends maison 4 pièces avec jardin", "Appartement T3 lumineux, balcon, proche centre",
    "Villa provençale avec piscine", "Studio meublé idéal investisseur",
    "Mas à rénover sur 2 ha", "Terrain constructible viabilisé 600 m²",
    "T2 avec parking, calme", "Maison de village à rafraîchir",
)  # fmt: skip
PERSONAL_DOMAINS = ("example.net", "example.org", "example.com")
CLASSIFIED_SITES = (
    ("Annonces Sud", "https://www.annonces-sud.example/immobilier/"),
    ("De Particulier à Particulier Provence", "https://www.pap-provence.example/annonce/"),
    ("Le Petit Annonceur", "https://petit-annonceur.example/ventes/"),
)
DIRECTORIES = (
    ("Annuaire Pro Provence", "https://www.annuaire-pro-provence.example/fiche/"),
    ("Pages Pros du Sud", "https://pagespros-sud.example/entreprise/"),
)
SOCIAL = ("ReseauPro (profil public)", "https://reseaupro.example/in/")
VAGUE_SOURCES = ("sources publiques", "Internet", "annuaires divers")
OWN_FORM = (
    "Formulaire d'estimation immo-provence.example",
    "https://immo-provence.example/estimer",
)
CATEGORIES_MATCHING = ("transaction_immobiliere", "gestion_locative")
CATEGORIES_OTHER = ("syndic_copropriete", "location_saisonniere")

Row = dict[str, str]


def _at(days: float, hour: int = 10, minute: int = 0) -> str:
    """An instant ``days`` before the reference date, with the right Paris offset for its date."""
    day = REFERENCE - timedelta(days=days)
    return day.replace(hour=hour, minute=minute, second=0, microsecond=0).isoformat()


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join("".join(c if c.isalnum() else " " for c in ascii_text.lower()).split())


def _siren(rng: random.Random) -> str:
    """A SIREN with a valid Luhn key, as INSEE issues them."""
    body = f"{rng.randrange(10**7, 10**8):08d}"
    for key in "0123456789":
        digits = [int(c) for c in body + key]
        total = sum(
            d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2) for i, d in enumerate(digits)
        )
        if total % 10 == 0:
            return body + key
    raise AssertionError("unreachable")


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class Sample:
    """Collects rows; random choices come from one seeded generator, in a fixed order."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.rows: list[tuple[str, Row]] = []
        self.ordinary = False

    # --- building blocks ------------------------------------------------------------------

    def when(self, low: float, high: float) -> str:
        return _at(self.rng.uniform(low, high), self.rng.randint(8, 19), self.rng.choice((0, 30)))

    def mobile(self) -> str:
        first = self.rng.choice(("6", "7"))
        second = self.rng.choice("0124578" if first == "6" else "3456789")
        digits = f"0{first}{second}{self.rng.randrange(10_000_000):07d}"
        style = self.rng.randrange(4)
        if style == 0:
            return "+33" + digits[1:]
        pairs = [digits[i : i + 2] for i in range(0, 10, 2)]
        return (".", " ", " ")[style - 1].join(pairs)

    def landline(self) -> str:
        prefix = self.rng.choice(("01 99 00", "02 61 91", "03 53 01", "04 65 71", "05 36 49"))
        return f"{prefix} {self.rng.randrange(100):02d} {self.rng.randrange(100):02d}"

    def address(self) -> str:
        postcode, town = self.rng.choice(TOWNS)
        return f"{self.rng.randint(1, 120)} {self.rng.choice(STREETS)}, {postcode} {town}"

    def person(self, *, named: bool = True, email: bool = True, phone: bool = True) -> Row:
        first, last = self.rng.choice(FIRST_NAMES), self.rng.choice(LAST_NAMES)
        row: Row = {"postal_address": self.address()}
        if named:
            row |= {"attr.first_name": first, "attr.last_name": last}
        if email:
            local = f"{_slug(first)}.{_slug(last)}{self.rng.randint(1, 99)}".replace("-", "")
            address = f"{local}@{self.rng.choice(PERSONAL_DOMAINS)}"
            row["email"] = address.title() if self.rng.random() < 0.1 else address
        if phone:
            row["phone"] = self.mobile()
        return row

    def seller(self, **changes: str) -> Row:
        """A private seller found in a classified ad (*pige immobilière*)."""
        name, url = self.rng.choice(CLASSIFIED_SITES)
        # ads show a phone number, rarely an e-mail; scenario rows carry both, so that every
        # channel's campaign reaches them and the rule they illustrate is what decides
        with_email = not self.ordinary or self.rng.random() < 0.3
        row = self.person(email=with_email) | {
            "audience": "consumer",
            "collected_at": self.when(2, 25),
            "source_type": "classified_ads",
            "source_name": name,
            "source_url": f"{url}{self.rng.randrange(10**9, 10**10)}",
            "source_terms_forbid_reuse": "false",
            "source_robots_disallowed": "false",
            "source_tdm_reserved": "false",
            "attr.ad_title": self.rng.choice(AD_TITLES),
        }
        return row | changes

    def professional(self, source: str = "online_directory", **changes: str) -> Row:
        first, last = self.rng.choice(FIRST_NAMES), self.rng.choice(LAST_NAMES)
        company = self.rng.choice(COMPANIES)
        domain = _slug(company) + ".example"
        if source == "social_network":
            name, url = SOCIAL[0], SOCIAL[1] + f"{_slug(first)}-{_slug(last)}"
        elif source == "company_website":
            name, url = f"Site de {company}", f"https://www.{domain}/equipe"
        else:
            name, url = self.rng.choice(DIRECTORIES)
            url += _slug(company)
        row: Row = {
            "audience": "professional",
            "email": f"{_slug(first)}.{_slug(last)}@{domain}",
            "phone": self.landline(),
            "postal_address": self.address(),
            "collected_at": self.when(3, 60),
            "source_type": source,
            "source_name": name,
            "source_url": url,
            "source_terms_forbid_reuse": "false",
            "attr.first_name": first,
            "attr.last_name": last,
            "attr.job_title": self.rng.choice(JOB_TITLES),
            "attr.company": company,
        }
        return row | changes

    def organisation(self, **changes: str) -> Row:
        company = self.rng.choice(COMPANIES)
        domain = _slug(company) + ".example"
        local = self.rng.choice(("contact", "info", "accueil", "secretariat"))
        row: Row = {
            "kind": "organisation",
            "audience": "professional",
            "email": f"{local}@{domain}",
            "phone": self.landline(),
            "postal_address": self.address(),
            "collected_at": self.when(3, 60),
            "source_type": "company_website",
            "source_name": f"Site de {company}",
            "source_url": f"https://www.{domain}/contact",
            "source_terms_forbid_reuse": "false",
            "source_robots_disallowed": "false",
            "attr.company": company,
        }
        return row | changes

    def subscriber(self, **changes: str) -> Row:
        """Someone who filled in our own estimation form."""
        return (
            self.person()
            | {
                "audience": "consumer",
                "collected_at": self.when(5, 200),
                "source_type": "own_form",
                "source_name": OWN_FORM[0],
                "source_url": OWN_FORM[1],
            }
            | changes
        )

    def customer(self, categories: tuple[str, ...], **changes: str) -> Row:
        """A buyer or landlord client: data collected from the person on the occasion of a sale."""
        return (
            self.person()
            | {
                "audience": "consumer",
                "collected_at": self.when(200, 700),
                "source_type": "sale",
                "source_name": "Mandat signé en agence, Aix-en-Provence",
                "customer_last_purchase_at": self.when(30, 200),
                "customer_product_categories": "|".join(categories),
                "customer_objection_offered_at_collection": "true",
            }
            | changes
        )

    def consent(
        self,
        channels: list[str],
        method: str = "double_opt_in",
        *,
        controllers: tuple[str, ...] = (CONTROLLER,),
        collected_by: str = CONTROLLER,
        proof: bool = True,
        withdrawn: float | None = None,
        out_of_hours: bool = False,
        days: tuple[float, float] = (20, 300),
    ) -> dict[str, object]:
        evidence: dict[str, str] = {
            "double_opt_in": {"form_id": "estimation-v3", "confirmation_id": "", "ip": ""},
            "unticked_checkbox": {"form_id": "contact-v2", "wording_sha256": ""},
            "signed_form": {"document_id": "", "agency": "Aix-en-Provence"},
            "recorded_oral": {"recording_id": "", "script_version": "2026-09"},
        }.get(method, {"form_id": "partenaires-v1", "screenshot_id": ""})
        token = f"{self.rng.getrandbits(48):012x}"
        filled = {k: (v or token) for k, v in evidence.items()}
        if "ip" in filled:
            filled["ip"] = f"203.0.113.{self.rng.randint(1, 254)}"
        return {
            "channels": channels,
            "controllers": list(controllers),
            "purpose": "commercial_prospecting",
            "given_at": self.when(*days),
            "withdrawn_at": None if withdrawn is None else _at(withdrawn, 18),
            "method": method,
            "collected_by": collected_by,
            "proof": filled if proof else None,
            "out_of_hours": out_of_hours,
        }

    def add(self, tag: str, row: Row) -> None:
        self.rows.append((tag, row))


def _consents(s: Sample) -> None:
    for channels in (["email", "sms"], ["email"], ["sms", "phone_call"], ["email", "sms"]):
        s.add("consent-double-opt-in", s.subscriber(consents=_json([s.consent(channels)])))
    for _ in range(3):
        consent = s.consent(["postal_mail", "phone_call"], "signed_form")
        s.add("consent-signed-form", s.subscriber(consents=_json([consent])))
        consent = s.consent(["phone_call"], "recorded_oral")
        s.add("consent-recorded-oral", s.subscriber(consents=_json([consent])))
        consent = s.consent(["email", "automated_call", "fax"], "unticked_checkbox")
        s.add("consent-unticked-checkbox", s.subscriber(consents=_json([consent])))
    for method in ("pre_ticked_box", "terms_acceptance", "bundled_with_service", "implied"):
        for _ in range(2):
            consent = s.consent(["email", "sms", "phone_call"], method)
            s.add(f"consent-{method.replace('_', '-')}", s.subscriber(consents=_json([consent])))
    for _ in range(3):
        consent = s.consent(["email", "sms"], proof=False)
        s.add("consent-without-proof", s.subscriber(consents=_json([consent])))
        consent = s.consent(["email", "sms", "phone_call"], withdrawn=s.rng.uniform(3, 15))
        s.add("consent-withdrawn", s.subscriber(consents=_json([consent])))
        consent = s.consent(["email", "sms"], controllers=(OTHER_CONTROLLER,))
        consent["collected_by"] = OTHER_CONTROLLER
        s.add("consent-other-controller", s.subscriber(consents=_json([consent])))
        consent = s.consent(["postal_mail"], "signed_form")
        s.add("consent-other-channel", s.subscriber(consents=_json([consent])))
        consent = s.consent(["phone_call"], "recorded_oral", out_of_hours=True)
        s.add("consent-out-of-hours", s.subscriber(consents=_json([consent])))
    partners_with = (CONTROLLER, FAX_CONTROLLER, "Assurances Méditerranée")
    partners_without = ("Assurances Méditerranée", "Énergie Confort Sud", OTHER_CONTROLLER)
    for tag, partners in (("naming", partners_with), ("not-naming", partners_without)):
        for _ in range(4):
            consent = s.consent(
                ["email", "sms", "phone_call", "fax"],
                "unticked_checkbox",
                controllers=partners,
                collected_by=BROKER,
            )
            row = s.person() | {
                "audience": "consumer",
                "collected_at": s.when(5, 90),
                "source_type": "broker",
                "source_name": f"{BROKER} — fichier « Projets immobiliers 2026 »",
                "consents": _json([consent]),
            }
            s.add(f"broker-consent-{tag}-controller", row)


def _objections(s: Sample) -> None:
    variants = (
        ("everyone", None, ["*"]),
        ("controller", CONTROLLER, ["*"]),
        ("controller-spelt-differently", "IMMO  PROVENCE sas", ["*"]),
        ("other-controller", OTHER_CONTROLLER, ["*"]),
        ("by-channel", None, ["sms", "phone_call"]),
        ("controller-by-channel", CONTROLLER, ["email"]),
    )
    for tag, controller, channels in variants:
        for _ in range(2 if tag.startswith("controller-") else 3):
            objection = {"at": s.when(5, 200), "channels": channels, "controller": controller}
            s.add(f"objection-{tag}", s.seller(objections=_json([objection])))


def _customers(s: Sample) -> None:
    for _ in range(4):
        s.add("customer-matching", s.customer(("gestion_locative",)))
    for _ in range(3):
        s.add("customer-not-matching", s.customer(CATEGORIES_OTHER[:1]))
        no_objection = s.customer(
            CATEGORIES_MATCHING, customer_objection_offered_at_collection="false"
        )
        s.add("customer-objection-not-offered", no_objection)
        ended = s.customer(
            ("transaction_immobiliere",),
            collected_at=s.when(1600, 1900),
            customer_last_purchase_at=s.when(1300, 1500),
            customer_relationship_ended_at=s.when(1150, 1250),
        )
        s.add("customer-relationship-ended-3y", ended)
        in_progress = s.customer(("gestion_locative",), contract_in_progress="true")
        s.add("contract-in-progress", in_progress)
    listed = s.customer(
        ("gestion_locative",),
        contract_in_progress="oui",
        bloctel_listed="true",
        bloctel_checked_at=s.when(3, 10),
    )
    s.add("contract-in-progress-bloctel-listed", listed)


def _retention_and_art14(s: Sample) -> None:
    for _ in range(3):
        s.add("retention-collected-4y", s.seller(collected_at=s.when(1400, 1600)))
        recent = s.seller(
            collected_at=s.when(1400, 1600), last_prospect_initiated_contact_at=s.when(20, 80)
        )
        s.add("retention-recent-prospect-contact", recent)
        informed = s.seller(collected_at=s.when(20, 25))
        informed["informed_at"] = s.when(10, 15)
        s.add("art14-informed", informed)
        s.add("art14-not-informed-10d", s.seller(collected_at=s.when(9, 11)))
        s.add("art14-not-informed-2m", s.seller(collected_at=s.when(55, 70)))


def _sources(s: Sample) -> None:
    for _ in range(3):
        s.add("source-terms-forbid-reuse", s.seller(source_terms_forbid_reuse="true"))
        s.add("source-terms-unchecked", s.seller(source_terms_forbid_reuse=""))
        s.add("source-robots-disallowed", s.seller(source_robots_disallowed="true"))
        s.add("source-tdm-reserved", s.seller(source_tdm_reserved="1"))
        s.add("missing-names", s.seller() | {"attr.first_name": "", "attr.last_name": ""})
    for vague in VAGUE_SOURCES:
        row = s.seller(source_type="other_public", source_name=vague, source_url="")
        s.add("source-vague-name", row)


def _sirene(s: Sample) -> None:
    variants = (("O", "false", 3), ("P", "true", 3), ("O", "true", 2), ("P", "false", 1))
    for diffusion, natural, count in variants:
        for _ in range(count):
            company = s.rng.choice(COMPANIES)
            row = s.organisation(
                kind="person" if natural == "true" else "organisation",
                source_type="sirene",
                source_name="Base SIRENE des entreprises (INSEE), fichier StockUniteLegale",
                source_url="https://www.data.gouv.fr/fr/datasets/base-sirene-des-entreprises",
                source_robots_disallowed="",
                sirene_siren=_siren(s.rng),
                sirene_diffusion=diffusion,
                sirene_natural_person=natural,
                email="",
                phone="",  # the SIRENE release carries no phone number or e-mail
            )
            row["attr.company"] = company
            if natural == "true":
                row["attr.job_title"] = "Entrepreneur individuel"
            tag = "natural-person" if natural == "true" else "legal-person"
            s.add(f"sirene-{diffusion}-{tag}", row)


def _bloctel(s: Sample) -> None:
    for _ in range(3):
        s.add(
            "bloctel-listed",
            s.seller(bloctel_listed="true", bloctel_checked_at=s.when(2, 12)),
        )
        s.add(
            "bloctel-not-listed-recent",
            s.seller(bloctel_listed="false", bloctel_checked_at=s.when(2, 12)),
        )
        s.add(
            "bloctel-not-listed-stale",
            s.seller(bloctel_listed="non", bloctel_checked_at=s.when(40, 80)),
        )
        s.add("bloctel-never-checked", s.seller())
    lists = {"bloctel": {"listed": False, "checked_at": s.when(2, 12)}}
    s.add("bloctel-as-json", s.seller(opposition_lists=_json(lists)))


def _interactions(s: Sample) -> None:
    for _ in range(3):
        calls = [
            {"at": _at(day, s.rng.randint(10, 18)), "channel": "phone_call",
             "controller": CONTROLLER, "outcome": outcome}
            for day, outcome in zip(
                (2, 9, 16, 25), ("no_answer", "no_answer", "answered", "no_answer"), strict=True
            )
        ]  # fmt: skip
        s.add("interactions-4-calls-30d", s.seller(interactions=_json(calls)))
        refusal = [
            {"at": _at(20, 11), "channel": "phone_call", "controller": CONTROLLER,
             "outcome": "refused"}
        ]  # fmt: skip
        s.add("interactions-refused-20d", s.seller(interactions=_json(refusal)))
    for _ in range(2):
        other = [
            {"at": _at(day, 15), "channel": "phone_call", "controller": OTHER_CONTROLLER,
             "outcome": "no_answer"}
            for day in (3, 8, 13, 21)
        ]  # fmt: skip
        s.add("interactions-other-controller", s.seller(interactions=_json(other)))


def _overseas(s: Sample) -> None:
    numbers = (
        ("martinique", "0696 20 {} {}", ""),
        ("martinique", "+596 696 41 {} {}", "America/Martinique"),
        ("martinique-fixed", "0596 61 {} {}", ""),
        ("reunion", "0692 41 {} {}", "Indian/Reunion"),
        ("reunion", "0693 12 {} {}", ""),
        ("reunion-fixed", "0262 20 {} {}", "Indian/Reunion"),
        ("guadeloupe", "0690 55 {} {}", ""),
        ("guadeloupe", "0691 28 {} {}", "America/Guadeloupe"),
        ("mayotte", "0639 69 {} {}", ""),
    )
    consent_channels = ["sms", "phone_call"]
    for tag, pattern, zone in numbers:
        phone = pattern.format(f"{s.rng.randrange(100):02d}", f"{s.rng.randrange(100):02d}")
        consent = s.consent(consent_channels, "recorded_oral")
        row = s.subscriber(phone=phone, timezone=zone, consents=_json([consent]))
        s.add(f"overseas-{tag}", row)


def _forbidden_data(s: Sample) -> None:
    notes = (
        ("health", "Vend car handicapé depuis son AVC, cherche plain-pied"),
        ("nir", "Numéro de sécu communiqué : 1 85 05 78 006 084 91"),
        ("religion", "Pratiquant, préfère ne pas être appelé pendant le shabbat"),
        ("trade-union", "Délégué syndical CGT dans son entreprise"),
        ("offence", "A été condamné pour escroquerie en 2019 d'après le voisin"),
        ("sexual-orientation", "Vend suite à séparation, vit maintenant avec son compagnon"),
    )
    for tag, note in notes:
        s.add(f"forbidden-data-{tag}", s.seller() | {"attr.notes": note})
    json_attrs = {"ad_text": "Cause maladie grave (cancer), vente rapide souhaitée"}
    s.add("forbidden-data-in-attributes-json", s.seller(attributes=_json(json_attrs)))


def _organisations_and_professionals(s: Sample) -> None:
    for _ in range(5):
        s.add("organisation-generic-address", s.organisation())
    for source in ("online_directory", "company_website", "social_network"):
        for _ in range(3):
            s.add(f"professional-{source.replace('_', '-')}", s.professional(source))
    s.add(
        "professional-mobile-tdm-reserved",
        s.professional("online_directory", phone=s.mobile(), source_tdm_reserved="true"),
    )


_BAD_METHOD = _json(
    [
        {
            "channels": ["email"],
            "given_at": "2026-10-02T09:00:00+02:00",
            "method": "opt_in",
            "controllers": [CONTROLLER],
        }
    ]
)
#: Planted bad rows: id tag → (column the error must name, the cells that break it).
BAD_ROWS: dict[str, tuple[str, Row]] = {
    "bad-audience-enum": ("audience", {"audience": "particulier"}),
    "bad-timestamp-no-offset": ("collected_at", {"collected_at": "2026-11-15T10:00:00"}),
    "bad-phone": ("phone", {"phone": "06 12"}),
    "bad-email": ("email", {"email": "jean.dupont@example"}),
    "bad-boolean": ("contract_in_progress", {"contract_in_progress": "peut-être"}),
    "bad-consents-json": (
        "consents",
        {"consents": '[{"channels": ["email"], "method": "double_opt_in", "given_at": '},
    ),
    "bad-consent-method": ("consents[0].method", {"consents": _BAD_METHOD}),
    "bad-source-type": ("source_type", {"source_type": "facebook"}),
}


def _bad_rows(s: Sample) -> None:
    for tag, (_column, cells) in BAD_ROWS.items():
        s.add(tag, s.seller() | cells)


def _filler(s: Sample, count: int) -> None:
    """Ordinary rows, mostly *pige immobilière* and directory data, with some natural variety."""
    makers: tuple[tuple[float, str, Callable[[], Row]], ...] = (
        (0.34, "ordinary-classified-ad", s.seller),
        (0.14, "ordinary-directory", lambda: s.professional("online_directory")),
        (0.10, "ordinary-company-website", lambda: s.professional("company_website")),
        (0.07, "ordinary-social-network", lambda: s.professional("social_network")),
        (0.10, "ordinary-form", lambda: s.subscriber(consents=_json([s.consent(["email"])]))),
        (0.08, "ordinary-customer", lambda: s.customer(CATEGORIES_MATCHING)),
        (0.07, "ordinary-organisation", s.organisation),
        (0.05, "ordinary-other-public", lambda: s.seller(
            source_type="other_public",
            source_name="Bulletin municipal de Pertuis (édition en ligne)",
            source_url="https://mairie-pertuis.example/bulletin/2026-10.pdf",
        )),
        (0.05, "ordinary-unchecked-source", lambda: s.seller(source_terms_forbid_reuse="")),
    )  # fmt: skip
    weights = [w for w, _, _ in makers]
    s.ordinary = True
    for _ in range(count):
        _, tag, make = s.rng.choices(makers, weights)[0]
        row = make()
        if row.get("source_type") == "classified_ads" and s.rng.random() < 0.4:
            row["informed_at"] = _at(1, 9)
        s.add(tag, row)


SCENARIOS = (
    _consents,
    _objections,
    _customers,
    _retention_and_art14,
    _sources,
    _sirene,
    _bloctel,
    _interactions,
    _overseas,
    _forbidden_data,
    _organisations_and_professionals,
    _bad_rows,
)


def build(count: int, seed: int = SEED) -> list[Row]:
    """All rows, shuffled, with ids ``c0001-<scenario>`` in file order."""
    sample = Sample(random.Random(seed))
    for scenario in SCENARIOS:
        scenario(sample)
    missing = count - len(sample.rows)
    if missing < 0:
        raise SystemExit(f"--count must be at least {len(sample.rows)} (the scenario rows)")
    _filler(sample, missing)
    sample.rng.shuffle(sample.rows)
    rows = []
    for number, (tag, cells) in enumerate(sample.rows, start=1):
        row = dict.fromkeys(HEADER, "") | cells
        row["id"] = f"c{number:04d}-{tag}"
        rows.append(row)
    _self_check(rows)
    return rows


def _self_check(rows: list[Row]) -> None:
    """Every ordinary row must parse, every planted one must fail on its column."""
    check_header(HEADER)
    for row in rows:
        tag = row["id"].split("-", 1)[1]
        expected = BAD_ROWS[tag][0] if tag in BAD_ROWS else None
        try:
            contact_from_row(row)
        except InputError as error:
            if error.field != expected:
                raise AssertionError(f"{row['id']}: {error}") from None
        else:
            if expected is not None:
                raise AssertionError(f"{row['id']}: planted error not detected")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("samples/contacts.csv"))
    parser.add_argument("--count", type=int, default=360)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    rows = build(args.count, args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=HEADER, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows ({len(BAD_ROWS)} deliberately bad) to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
