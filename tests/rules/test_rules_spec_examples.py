"""The three examples of the decision format (shared/spec/decision-format.md, "Examples")."""

from __future__ import annotations

from typing import Any

from tests.rules.helpers import assert_decision

from licite.services.decide import decide

AT = "2026-12-01T10:30:00+01:00"
CLASSIFIED_AD = {
    "type": "classified_ads",
    "name": "leboncoin.fr",
    "url": "https://www.leboncoin.fr/ventes_immobilieres/2488123456.htm",
    "terms_forbid_reuse": False,
}


def answer(request: dict[str, Any]) -> dict[str, Any]:
    return decide(request).to_wire()


def test_scraped_consumer_email_without_consent() -> None:
    """A consumer's email address scraped from a classified ad, with no consent, for an email
    campaign: refused, ``consent_required``, ``CPCE art. L34-5``."""
    response = answer(
        {
            "at": AT,
            "contact": {
                "id": "c-17",
                "audience": "consumer",
                "email": "claire.martin@example.fr",
                "collected_at": "2026-11-21T09:00:00+01:00",
                "source": CLASSIFIED_AD,
            },
            "campaign": {"controller": "Immo Provence SAS", "channel": "email"},
        }
    )
    assert response["contact_id"] == "c-17"
    assert_decision(
        response, allowed=False, basis=None, codes={"consent_required"}, refs=["CPCE art. L34-5"]
    )
    assert response["rules_version"] == "2026-08-11"


def test_same_person_by_post() -> None:
    """The same person for a postal mailing, not objected, source terms not forbidding reuse,
    collected 10 days ago: allowed on ``legitimate_interest``, with the obligation to give the
    art. 14 information naming the source at the latest with the mailing."""
    response = answer(
        {
            "at": AT,
            "contact": {
                "id": "c-17",
                "audience": "consumer",
                "postal_address": "12 rue des Lilas, 13100 Aix-en-Provence",
                "collected_at": "2026-11-21T09:00:00+01:00",
                "source": CLASSIFIED_AD,
            },
            "campaign": {"controller": "Immo Provence SAS", "channel": "postal_mail"},
        }
    )
    assert_decision(response, allowed=True, basis="legitimate_interest", codes=set())
    (art14,) = [o for o in response["obligations"] if o["code"] == "inform_source_at_first_contact"]
    assert any(ref.startswith("RGPD art. 14") for ref in art14["legal_refs"])
    assert "RGPD art. 14(2)(f)" in art14["legal_refs"]  # the source of the data


def test_consumer_called_on_saturday_with_consent() -> None:
    """A consumer called on Saturday 2026-12-05 at 11:00 with valid recorded consent: refused,
    ``C. consom. art. D223-9``."""
    response = answer(
        {
            "at": "2026-12-05T11:00:00+01:00",
            "contact": {
                "id": "c-18",
                "audience": "consumer",
                "phone": "06 12 34 56 78",
                "collected_at": "2026-10-01T10:00:00+02:00",
                "source": {"type": "own_form", "name": "immo-provence.fr, formulaire"},
                "consents": [
                    {
                        "channels": ["phone_call"],
                        "controllers": ["Immo Provence SAS"],
                        "purpose": "commercial_prospecting",
                        "given_at": "2026-10-01T10:00:00+02:00",
                        "method": "recorded_oral",
                        "collected_by": "Immo Provence SAS",
                        "proof": {"recording_id": "rec-2026-10-01-0042"},
                    }
                ],
            },
            "campaign": {
                "controller": "Immo Provence SAS",
                "channel": "phone_call",
                "caller_id": "+33162000001",
            },
        }
    )
    assert_decision(
        response,
        allowed=False,
        basis=None,
        codes={"call_on_weekend"},
        refs=["C. consom. art. D223-9"],
    )
    # The consent itself is valid: the refusal is about the day only.
    assert {r["code"] for r in response["reasons"]}.isdisjoint(
        {"consent_required", "consent_without_proof", "consent_invalid_method"}
    )
