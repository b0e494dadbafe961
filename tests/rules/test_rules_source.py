"""Verifying the nature and origin of the data (LEGAL.md §1.1–§1.3, §7.4, §10).

A consumer's postal address (opt-out channel, so nothing but the source is at stake), collected
10 days before the mailing of Tuesday 2026-12-01, unless stated otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.rules.helpers import Case, check_case, ids, paris, request, scraped

CNIL_REUSE = "CNIL, recommandations réutilisateurs, juin 2024"
WEB_SOURCES = ("classified_ads", "online_directory", "company_website", "social_network")


def mailing(source: dict[str, Any], audience: str = "consumer", **kw: Any) -> dict[str, Any]:
    contact = {"source": source, **kw.pop("contact", {})}
    return request("postal_mail", audience, consented=False, contact=contact, **kw)


def sirene_unit(diffusion: str, at: str) -> dict[str, Any]:
    """A sole trader found in SIRENE, prospected by post at a professional address."""
    return mailing(
        {"type": "sirene", "name": "INSEE, base SIRENE", "terms_forbid_reuse": False},
        "professional",
        at=at,
        contact={"sirene": {"siren": "123456789", "diffusion": diffusion, "natural_person": True}},
    )


def refused(name: str, req: dict[str, Any], code: str, rule: str, *refs: str) -> Case:
    return Case(name, req, False, None, {code}, {rule}, refs)


CASES: list[Case] = [
    # §1.1: scraped data, terms checked and silent, opt-out channel → legitimate interest, with
    # the art. 14 notice naming the source at the latest at the first communication (§4).
    Case(
        "checked-source-allowed",
        mailing(scraped()),
        True,
        "legitimate_interest",
        rules={"oblige.art14_source", "oblige.right_to_object"},
    ),
    # §1.1 CNIL 2024 recommendations [S3]: terms of use forbidding scraping for prospecting
    # weigh against legitimate interest (Directannonces).
    refused(
        "terms-forbid-reuse",
        mailing(scraped(terms_forbid_reuse=True)),
        "source_terms_forbid_reuse",
        "source.terms_forbid_reuse",
        "RGPD art. 6(1)(f)",
        CNIL_REUSE,
    ),
    # §1.2 practice 1: check the source's T&Cs before reuse — unchecked terms on a public web
    # source refuse (accountability, RGPD 5(2)).
    *[
        refused(
            f"terms-unchecked-{kind}",
            mailing(scraped(type=kind, name="example-source.fr", terms_forbid_reuse=None)),
            "source_not_verified",
            "source.terms_unchecked",
            "RGPD art. 5(2)",
        )
        for kind in (*WEB_SOURCES, "other_public")
    ],
    # Terms checks concern public web sources; a broker is controlled through the contract and
    # effective checks instead (§7.2 buyer's duty).
    Case(
        "broker-terms-not-applicable",
        mailing({"type": "broker", "name": "DataList SA"}),
        True,
        "legitimate_interest",
        rules={"oblige.control_supplier", "oblige.art14_source"},
    ),
    # The controller's own form: GDPR art. 13 (information at collection) — no source checks.
    Case(
        "own-form-no-source-checks",
        mailing({"type": "own_form", "name": None, "url": None}),
        True,
        "legitimate_interest",
        rules={"oblige.right_to_object"},
    ),
    # §1.3 / §10.1 robots.txt is an opposition signal to honour (UNCONFIRMED CNIL wording —
    # safer reading: refuse).
    refused(
        "robots-disallowed",
        mailing(scraped(robots_disallowed=True)),
        "robots_disallowed",
        "source.robots",
        "CNIL, fiche moissonnage, 19 juin 2025",
    ),
    Case("robots-allowed", mailing(scraped(robots_disallowed=False)), True, "legitimate_interest"),
    # §10.2 TDMRep: a TDM reservation is a strong reasonable-expectations signal to honour.
    refused(
        "tdm-reserved",
        mailing(scraped(tdm_reserved=True)),
        "tdm_reserved",
        "source.tdm",
        "Directive (UE) 2019/790 art. 4",
    ),
    Case("tdm-not-reserved", mailing(scraped(tdm_reserved=False)), True, "legitimate_interest"),
    # All source defects are reported together.
    Case(
        "forbidden-robots-and-tdm",
        mailing(scraped(terms_forbid_reuse=True, robots_disallowed=True, tdm_reserved=True)),
        False,
        None,
        {"source_terms_forbid_reuse", "robots_disallowed", "tdm_reserved"},
        {"source.terms_forbid_reuse", "source.robots", "source.tdm"},
    ),
    # §4 art. 14(2)(f): the person must be told the source — a nameless source cannot be.
    refused(
        "source-name-missing",
        mailing(scraped(name=None)),
        "source_not_identified",
        "source.unnamed",
        "RGPD art. 14(2)(f)",
    ),
    refused(
        "source-name-blank",
        mailing(scraped(name="   ")),
        "source_not_identified",
        "source.unnamed",
    ),
    # §1.2 practice 3 / §4 (Kaspr): "publicly accessible sources" alone is too vague.
    *[
        refused(
            f"source-name-vague-{index}",
            mailing(scraped(name=name)),
            "source_too_vague",
            "source.vague",
            "RGPD art. 14(2)(f)",
        )
        for index, name in enumerate(
            ("Sources publiques", "publicly accessible sources", "Internet", "Partenaires")
        )
    ],
    # A professional email at a company website, terms unchecked: the same verification duty.
    Case(
        "b2b-company-website-terms-unchecked",
        request(
            "email",
            "professional",
            consented=False,
            contact={"source": scraped(type="company_website", terms_forbid_reuse=None)},
            campaign={"related_to_profession": True},
        ),
        False,
        None,
        {"source_not_verified"},
        {"source.terms_unchecked"},
    ),
    # §7.4: before 21 March 2023, a natural person's opposition to prospecting use of SIRENE
    # data rested on former C. com. A123-96.
    refused(
        "sirene-partial-before-2023-03-21",
        sirene_unit("P", paris("2023-03-20")),
        "sirene_partial_diffusion",
        "sirene.partial_a123_96",
        "C. com. art. A123-96",
    ),
    # §7.4: from 21 March 2023, status "P" (R123-232-1): no prospecting use.
    refused(
        "sirene-partial-from-2023-03-21",
        sirene_unit("P", paris("2023-03-21")),
        "sirene_partial_diffusion",
        "sirene.partial",
        "C. com. art. R123-232-1",
    ),
    refused(
        "sirene-partial-2026",
        sirene_unit("P", paris("2026-12-01")),
        "sirene_partial_diffusion",
        "sirene.partial",
        "C. com. art. R123-232-1",
    ),
    # Status "O" (open diffusion): SIRENE data may be used (opt-out B2B postal mail).
    Case(
        "sirene-open",
        sirene_unit("O", paris("2026-12-01")),
        True,
        "legitimate_interest",
        rules={"oblige.art14_source"},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_source(case: Case) -> None:
    check_case(case)
