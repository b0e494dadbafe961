"""The channel × audience table (LEGAL.md §2, §2.3): who needs consent, on which channel.

Every case is judged on Tuesday 2026-12-01 at 10:30 (Paris), after the 2026-08-11 phone opt-in.
"""

from __future__ import annotations

import pytest
from tests.rules.helpers import Case, check_case, ids, request, scraped

L34_5 = "CPCE art. L34-5"
CNIL_B2B = "CNIL, délib. 17 févr. 2005"
GENERIC = {"kind": "organisation", "email": "contact@acme-btp.fr", "phone": "01 42 00 00 00"}
SOLE_TRADER = {
    "kind": "organisation",
    "email": "contact@plomberie-martin.fr",
    "sirene": {"siren": "123456789", "diffusion": "O", "natural_person": True},
}
RELATED = {"related_to_profession": True}


def scraped_consumer(channel: str, **campaign: object) -> dict:
    """A consumer's data scraped from a classified ad (terms checked), no consent."""
    return request(channel, consented=False, contact={"source": scraped()}, campaign=campaign)


CASES: list[Case] = [
    # §2 Email, consumer: opt-in (CPCE L34-5 al. 1; ePrivacy art. 13(1)); §1.1 CNIL 2020:
    # scraped data used without prior consent.
    Case(
        "email-consumer-no-consent",
        scraped_consumer("email"),
        allowed=False,
        basis=None,
        codes={"consent_required"},
        rules={"l34_5.consumer", "oblige.art14_source", "oblige.opt_out_each_message"},
        refs=(L34_5, "Directive 2002/58/CE art. 13"),
    ),
    # §2 SMS/MMS, consumer: opt-in (L34-5; CNIL SMS page).
    Case(
        "sms-consumer-no-consent",
        scraped_consumer("sms"),
        allowed=False,
        basis=None,
        codes={"consent_required"},
        rules={"l34_5.consumer"},
        refs=(L34_5,),
    ),
    # §2 Automated calling machine, consumer: opt-in (L34-5; CNIL page 26 Jan 2022).
    Case(
        "automated-call-consumer-no-consent",
        scraped_consumer("automated_call"),
        allowed=False,
        basis=None,
        codes={"consent_required"},
        rules={"l34_5.consumer"},
        refs=(L34_5,),
    ),
    # §2 Fax, consumer: opt-in (L34-5 covers "télécopieur").
    Case(
        "fax-consumer-no-consent",
        scraped_consumer("fax"),
        allowed=False,
        basis=None,
        codes={"consent_required"},
        rules={"l34_5.consumer"},
        refs=(L34_5,),
    ),
    # §2 / §7.1: with a valid prior consent (free, specific, informed, proven) each opt-in
    # channel is open to consumers; the proof must be kept (RGPD art. 7(1)).
    *[
        Case(
            f"{channel}-consumer-valid-consent",
            request(channel),
            allowed=True,
            basis="consent",
            rules={"oblige.keep_consent_proof", "oblige.opt_out_each_message"},
        )
        for channel in ("email", "sms", "automated_call", "fax")
    ],
    # §2 Postal mail, consumer: opt-out (RGPD 6(1)(f), 21); art. 14 information naming the
    # source at the latest with the mailing (§4).
    Case(
        "postal-consumer-opt-out",
        scraped_consumer("postal_mail"),
        allowed=True,
        basis="legitimate_interest",
        rules={"oblige.art14_source", "oblige.right_to_object"},
    ),
    # §2 Human phone call, consumer, from 2026-08-11: opt-in (C. consom. L223-1 new).
    Case(
        "phone-call-consumer-no-consent",
        scraped_consumer("phone_call"),
        allowed=False,
        basis=None,
        codes={"consent_required"},
        rules={"l223_1.consent", "oblige.call_limits"},
        refs=("C. consom. art. L223-1",),
    ),
    # §2.3 B2B email: opt-out when the message relates to the person's function (CNIL 2005:
    # accounting software to a CFO).
    Case(
        "email-professional-related",
        request("email", "professional", consented=False, campaign=RELATED),
        allowed=True,
        basis="legitimate_interest",
        rules={"oblige.right_to_object", "oblige.opt_out_each_message"},
    ),
    # §2.3 B2B email unrelated to the function (a holiday offer to a CFO): consent needed.
    Case(
        "email-professional-unrelated",
        request("email", "professional", consented=False),
        allowed=False,
        basis=None,
        codes={"consent_required"},
        rules={"l34_5.professional_unrelated"},
        refs=(L34_5, CNIL_B2B),
    ),
    # §2 SMS, professional: opt-out (legitimate interest) — for an offer related to the job.
    Case(
        "sms-professional-related",
        request("sms", "professional", consented=False, campaign=RELATED),
        allowed=True,
        basis="legitimate_interest",
    ),
    # §2.3 the relevance condition applies to every B2B electronic message.
    Case(
        "sms-professional-unrelated",
        request("sms", "professional", consented=False),
        allowed=False,
        basis=None,
        codes={"consent_required"},
        rules={"l34_5.professional_unrelated"},
        refs=(L34_5,),
    ),
    # §2 Automated calls, professional: opt-out (professionals must be able to object).
    Case(
        "automated-call-professional-related",
        request("automated_call", "professional", consented=False, campaign=RELATED),
        allowed=True,
        basis="legitimate_interest",
    ),
    Case(
        "automated-call-professional-unrelated",
        request("automated_call", "professional", consented=False),
        allowed=False,
        basis=None,
        codes={"consent_required"},
        rules={"l34_5.professional_unrelated"},
    ),
    # §2 Fax, nominative professional: UNCONFIRMED whether the 2005 B2B tolerance extends to
    # fax — "treat as opt-in unless confirmed" (safer reading), even for a related offer.
    Case(
        "fax-professional-unconfirmed-needs-consent",
        request("fax", "professional", consented=False, campaign=RELATED),
        allowed=False,
        basis=None,
        codes={"consent_required"},
        rules={"l34_5.professional_fax"},
        refs=(L34_5,),
    ),
    Case(
        "fax-professional-with-consent",
        request("fax", "professional", campaign=RELATED),
        allowed=True,
        basis="consent",
    ),
    # §2 Fax: legal-person numbers are opt-out; a generic line is not personal data.
    Case(
        "fax-legal-person-number",
        request("fax", "professional", consented=False, contact=GENERIC),
        allowed=True,
        basis="not_personal_data",
    ),
    # §2 Human phone call, professional: opt-out (GDPR 6(1)(f)); the 2026 opt-in and Bloctel
    # protect "consommateurs" only.
    Case(
        "phone-call-professional-opt-out",
        request("phone_call", "professional", consented=False),
        allowed=True,
        basis="legitimate_interest",
        rules={"oblige.right_to_object"},
    ),
    # §2 Postal mail, professional: opt-out.
    Case(
        "postal-professional-opt-out",
        request("postal_mail", "professional", consented=False),
        allowed=True,
        basis="legitimate_interest",
    ),
    # §2 / §2.3: generic role addresses (contact@, info@) are coordinates of the legal person,
    # not subject to the consent/objection rules — even for an offer unrelated to a job.
    Case(
        "generic-address-email-not-personal-data",
        request("email", "professional", consented=False, contact=GENERIC),
        allowed=True,
        basis="not_personal_data",
        rules={"oblige.opt_out_each_message"},
    ),
    Case(
        "generic-address-sms-not-personal-data",
        request("sms", "professional", consented=False, contact=GENERIC),
        allowed=True,
        basis="not_personal_data",
    ),
    Case(
        "generic-line-phone-call-not-personal-data",
        request("phone_call", "professional", consented=False, contact=GENERIC),
        allowed=True,
        basis="not_personal_data",
    ),
    # §2.3 UNCONFIRMED edge case: the contact@ of a sole trader identifies a natural person —
    # treat as personal data: an unrelated offer needs consent.
    Case(
        "sole-trader-generic-address-is-personal-data",
        request("email", "professional", consented=False, contact=SOLE_TRADER),
        allowed=False,
        basis=None,
        codes={"consent_required"},
        rules={"l34_5.professional_unrelated", "oblige.right_to_object"},
    ),
    # … and, being personal data, it follows the B2B opt-out regime for a related offer.
    Case(
        "sole-trader-generic-address-related-offer",
        request("email", "professional", consented=False, contact=SOLE_TRADER, campaign=RELATED),
        allowed=True,
        basis="legitimate_interest",
        rules={"oblige.right_to_object"},
    ),
    # §2 email exception (b): non-commercial (charity) prospecting → opt-out.
    Case(
        "email-consumer-non-commercial-opt-out",
        scraped_consumer("email", purpose="non_commercial_prospecting"),
        allowed=True,
        basis="legitimate_interest",
        rules={"oblige.art14_source", "oblige.right_to_object"},
    ),
    # §2 SMS and automated calls: "same two exceptions" → non-commercial is opt-out.
    Case(
        "sms-consumer-non-commercial-opt-out",
        scraped_consumer("sms", purpose="non_commercial_prospecting"),
        allowed=True,
        basis="legitimate_interest",
    ),
    Case(
        "automated-call-consumer-charity-opt-out",
        scraped_consumer("automated_call", purpose="charity_fundraising"),
        allowed=True,
        basis="legitimate_interest",
    ),
    # §2 fax lists no non-commercial exception ("Opt-in (L34-5 covers 'télécopieur')"):
    # the safer reading keeps fax opt-in whatever the purpose.
    Case(
        "fax-consumer-non-commercial-still-opt-in",
        scraped_consumer("fax", purpose="non_commercial_prospecting"),
        allowed=False,
        basis=None,
        codes={"consent_required"},
        rules={"l34_5.consumer"},
    ),
    # L34-5 defines prospecting broadly (§2.2): a purpose licite does not know as
    # non-commercial is treated as commercial (safer reading).
    Case(
        "email-consumer-unknown-purpose-is-commercial",
        scraped_consumer("email", purpose="newsletter"),
        allowed=False,
        basis=None,
        codes={"consent_required"},
        rules={"l34_5.consumer"},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_channel_audience_table(case: Case) -> None:
    check_case(case)
