"""Sample contacts for the store tests (a module of its own: ``conftest`` names are ambiguous)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from licite.core.enums import (
    Audience,
    Channel,
    ConsentMethod,
    ContactKind,
    Diffusion,
    Outcome,
    SourceType,
)
from licite.core.model import (
    Consent,
    Contact,
    Customer,
    Interaction,
    Objection,
    OppositionCheck,
    Sirene,
    Source,
)

PARIS_WINTER = timezone(timedelta(hours=1))
REUNION = timezone(timedelta(hours=4))


def full_contact(contact_id: str = "c-1") -> Contact:
    """A contact with every field set, offsets other than UTC, and an all-channels objection."""
    return Contact(
        id=contact_id,
        kind=ContactKind.PERSON,
        audience=Audience.PROFESSIONAL,
        email="jeanne.martin@example.fr",
        phone="+33612345678",
        postal_address="1 rue de la Paix, 75002 Paris",
        timezone="Europe/Paris",
        attributes={"job_title": "Directrice achats", "company": "ACME"},
        collected_at=datetime(2024, 1, 15, 10, 30, tzinfo=PARIS_WINTER),
        informed_at=datetime(2024, 1, 20, 9, 0, 0, 123456, tzinfo=UTC),
        last_prospect_initiated_contact_at=datetime(2023, 11, 2, 14, 0, tzinfo=REUNION),
        customer=Customer(
            last_purchase_at=datetime(2023, 6, 1, 12, 0, tzinfo=UTC),
            product_categories=("software", "training"),
            relationship_ended_at=datetime(2024, 2, 1, 0, 0, tzinfo=PARIS_WINTER),
            objection_offered_at_collection=True,
        ),
        contract_in_progress=True,
        consents=(
            Consent(
                channels=frozenset({Channel.EMAIL, Channel.SMS}),
                controllers=("ACME SAS", "Partner SARL"),
                given_at=datetime(2023, 5, 1, 8, 0, tzinfo=PARIS_WINTER),
                method=ConsentMethod.DOUBLE_OPT_IN,
                purpose="commercial_prospecting",
                withdrawn_at=datetime(2024, 3, 1, 8, 0, tzinfo=UTC),
                collected_by="form-42",
                proof={"ip": "192.0.2.1", "form": {"version": 3, "checked": True}},
                out_of_hours=True,
            ),
            Consent(
                channels=frozenset({Channel.PHONE_CALL}),
                controllers=("ACME SAS",),
                given_at=datetime(2023, 4, 1, 8, 0, tzinfo=UTC),
                method=ConsentMethod.RECORDED_ORAL,
            ),
        ),
        objections=(
            Objection(
                at=datetime(2024, 4, 1, tzinfo=UTC), channels=frozenset(Channel), all_channels=True
            ),
            Objection(
                at=datetime(2024, 4, 2, tzinfo=REUNION),
                channels=frozenset({Channel.FAX}),
                controller="ACME SAS",
            ),
        ),
        opposition_lists={
            "bloctel": OppositionCheck(listed=True, checked_at=datetime(2024, 5, 1, tzinfo=UTC)),
            "robinson": OppositionCheck(listed=None, checked_at=None),
        },
        interactions=(
            Interaction(
                at=datetime(2024, 1, 3, 11, 0, tzinfo=PARIS_WINTER),
                channel=Channel.PHONE_CALL,
                outcome=Outcome.NO_ANSWER,
                controller="ACME SAS",
            ),
            Interaction(
                at=datetime(2024, 1, 4, 11, 0, tzinfo=UTC),
                channel=Channel.EMAIL,
                outcome=Outcome.ANSWERED,
            ),
        ),
        sirene=Sirene(siren="552100554", diffusion=Diffusion.PARTIAL, natural_person=False),
        source=Source(
            type=SourceType.COMPANY_WEBSITE,
            name="ACME",
            url="https://acme.example/team",
            terms_forbid_reuse=False,
            robots_disallowed=False,
            tdm_reserved=True,
        ),
    )


def minimal_contact(contact_id: str, source: Source | None = None) -> Contact:
    return Contact(
        id=contact_id,
        audience=Audience.CONSUMER,
        collected_at=datetime(2024, 1, 1, tzinfo=UTC),
        source=source or Source(type=SourceType.OWN_FORM),
    )
