"""Data that must not be held (LEGAL.md §6, §1.2 practice 2): GDPR art. 9 special categories,
art. 10 offences, the French NIR (décret 2019-341). The detectors scan ``attributes``; the rules
refuse any use while such data are held. Consumer postal mailings, Tuesday 2026-12-01.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.rules.helpers import Case, check_case, ids, request

#: 13 digits + control key 97 - (n mod 97): a NIR whose key checks.
VALID_NIR = "185057800608491"
ART9 = ("sensitive_data_held", "data.art9", "RGPD art. 9")
ART10 = ("criminal_data_held", "data.art10", "RGPD art. 10")
NIR = ("nir_held", "data.nir", "Décret n° 2019-341")


def holding(attributes: dict[str, str], **kw: Any) -> dict[str, Any]:
    contact = {"attributes": attributes, **kw.pop("contact", {})}
    return request("postal_mail", consented=False, contact=contact, **kw)


def refused(name: str, attributes: dict[str, str], *what: tuple[str, str, str]) -> Case:
    return Case(
        name,
        holding(attributes),
        False,
        None,
        {code for code, _, _ in what},
        {rule for _, rule, _ in what},
        tuple(ref for _, _, ref in what),
    )


def harmless(name: str, attributes: dict[str, str]) -> Case:
    return Case(name, holding(attributes), True, "legitimate_interest")


CASES: list[Case] = [
    # Art. 9(1): health, religion, trade-union membership, political opinions; 9(2)(e)
    # ("manifestly made public") does not cover a third-party page.
    refused("health", {"notes": "Atteint de diabète depuis 2010"}, ART9),
    refused("health-english", {"notes": "living with diabetes"}, ART9),
    refused("religion", {"ad_text": "famille catholique cherche maison"}, ART9),
    refused("trade-union", {"job_title": "déléguée syndicale CFDT"}, ART9),
    refused("political-opinion", {"bio": "militant du RN"}, ART9),
    # Art. 10: offences and convictions.
    refused("criminal-record", {"notes": "casier judiciaire chargé"}, ART10),
    refused("conviction", {"notes": "condamné pour vol"}, ART10),
    # Décret 2019-341: prospecting is not a purpose for which the NIR may be processed.
    refused("nir", {"nir": VALID_NIR}, NIR),
    refused("nir-spaced", {"notes": "n° sécu 1 85 05 78 006 084 91"}, NIR),
    # Everything found is reported.
    refused(
        "all-three",
        {"notes": "diabète", "history": "condamné pour vol", "ssn": VALID_NIR},
        ART9,
        ART10,
        NIR,
    ),
    # Minimisation keeps what prospecting needs: a job title, an address, a neutral note.
    harmless("job-title", {"job_title": "Directrice administrative et financière"}),
    harmless("street-named-after-a-church", {"address": "3 rue de l'Église"}),
    harmless("co-owners-association", {"notes": "syndicat des copropriétaires"}),
    # A 15-digit number whose key does not check is not a NIR (an order number, say).
    harmless("fifteen-digits-bad-key", {"order": "185057800608492"}),
    harmless("no-attributes", {}),
]


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_sensitive_data(case: Case) -> None:
    check_case(case)
