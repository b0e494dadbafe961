"""Consent receipts for the person: Kantara Consent Receipt v1.1 and ISO/IEC TS 27560 (DPV).

A receipt tells the person what they agreed to, with whom and how to withdraw. Kantara's v1.1
JSON (conformance-tested against the published schema) and a JSON-LD consent record in the shape
of ISO/IEC TS 27560:2023 with W3C DPV terms (the DPV community guide's mapping), both built from
the ledger and the controller profile.
"""

from __future__ import annotations

from collections.abc import Sequence

from licite.services.controller import ControllerProfile
from licite.store.ledger import ConsentRecord

KANTARA_VERSION = "KI-CR-v1.1.0"
RECEIPT_FORMATS = ("kantara", "dpv")
DPV_RECORD = "https://w3id.org/dpv/schema/dpv-27560#record"
CONTEXT = {
    "dpv": "https://w3id.org/dpv#", "dct": "http://purl.org/dc/terms/",
    "pd": "https://w3id.org/dpv/pd#", "loc": "https://w3id.org/dpv/loc#",
    "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#", "schema": "https://schema.org/",
}  # fmt: skip
_CHANNEL_DATA = {
    "email": "pd:EmailAddress", "sms": "pd:TelephoneNumber", "automated_call": "pd:TelephoneNumber",
    "fax": "pd:TelephoneNumber", "phone_call": "pd:TelephoneNumber",
    "postal_mail": "pd:PostalAddress",
}  # fmt: skip


def _method(record: ConsentRecord) -> str:
    form = f" (form {record.form_id} v{record.form_version or '?'})" if record.form_id else ""
    return f"{record.method}{form}"


def _termination(record: ConsentRecord) -> str:
    if record.withdrawn_at is not None:
        return f"Withdrawn at {record.withdrawn_at.isoformat()}"
    return "Until withdrawn (at any time, as easily as given: RGPD art. 7(3))"


def kantara(
    record: ConsentRecord, profile: ControllerProfile, principal: str, lang: str
) -> dict[str, object]:
    """A Kantara Consent Receipt v1.1 for one ledger consent."""
    identity = profile.identity
    partners = [name for name in record.controllers if name != profile.name]
    purpose: dict[str, object] = {
        "purpose": f"{record.purpose} by {', '.join(record.channels)}",
        "consentType": "EXPLICIT",
        "purposeCategory": ["6 - Marketing"],
        "piiCategory": ["2 - Contact"],
        "primaryPurpose": True,
        "termination": _termination(record),
        "thirdPartyDisclosure": bool(partners),
    }
    if partners:
        purpose["thirdPartyName"] = ", ".join(partners)
    return {
        "version": KANTARA_VERSION,
        "jurisdiction": identity["country"],
        "consentTimestamp": int(record.given_at.timestamp()),
        "collectionMethod": _method(record),
        "consentReceiptID": record.receipt_id,
        "language": lang,
        "piiPrincipalId": principal,
        "piiControllers": [
            {
                "piiController": profile.name,
                "onBehalf": False,
                "contact": identity.get("contact", profile.name),
                "address": {"streetAddress": identity["address"],
                            "addressCountry": identity["country"]},
                "email": identity["email"],
                "phone": identity["phone"],
                "piiControllerUrl": identity["policy_url"],
            }
        ],
        "policyUrl": identity["policy_url"],
        "services": [{"service": "Commercial prospecting", "purposes": [purpose]}],
        "sensitive": False,
        "spiCat": [],
    }  # fmt: skip


def dpv_record(record: ConsentRecord, profile: ControllerProfile) -> dict[str, object]:
    """An ISO/IEC TS 27560-style consent record in JSON-LD with DPV terms."""
    statuses: list[dict[str, object]] = [
        {"@type": ["dpv:ConsentGiven", "dpv:ExpressedConsent"],
         "dpv:isIndicatedBy": "dpv:DataSubject", "dpv:hasIndicationMethod": _method(record),
         "dpv:isIndicatedAtTime": record.given_at.isoformat()}
    ]  # fmt: skip
    if record.withdrawn_at is not None:
        statuses.append(
            {"@type": "dpv:ConsentWithdrawn", "dpv:isIndicatedBy": "dpv:DataSubject",
             "dpv:isIndicatedAtTime": record.withdrawn_at.isoformat()}
        )  # fmt: skip
    notice: dict[str, object] = {"@type": "dpv:ConsentNotice"}
    if record.wording_hash:
        notice["@id"] = f"urn:sha256:{record.wording_hash}"
    if record.form_id:
        notice["dct:identifier"] = f"{record.form_id}@{record.form_version or ''}"
    return {
        "@context": CONTEXT,
        "@id": f"urn:uuid:{record.receipt_id}",
        "@type": "dpv:ConsentRecord",
        "dct:identifier": record.receipt_id,
        "dct:conformsTo": DPV_RECORD,
        "dct:created": record.recorded_at.isoformat(),
        "dpv:hasDataSubject": {"@id": f"urn:licite:contact:{record.contact_id}"},
        "dpv:hasDataController": list(record.controllers),
        "dpv:hasJurisdiction": f"loc:{profile.identity['country']}",
        "dpv:hasApplicableLaw": "eu-gdpr:GDPR",
        "dpv:hasProcess": {
            "@type": "dpv:Process",
            "dpv:hasPurpose": "dpv:DirectMarketing",
            "dct:description": record.purpose,
            "dpv:hasPersonalData": sorted({_CHANNEL_DATA[c] for c in record.channels}),
            "dpv:hasRecipient": list(record.controllers),
        },
        "dpv:hasConsentControl": {
            "@type": ["dpv:ProvideConsent", "dpv:WithdrawConsent"],
            "dpv:isExercisedAt": profile.rights_contact,
        },
        "dpv:hasNotice": notice,
        "dpv:hasConsentStatus": statuses,
    }  # fmt: skip


def receipts(
    records: Sequence[ConsentRecord], profile: ControllerProfile, fmt: str, principal: str,
    lang: str,
) -> list[dict[str, object]]:  # fmt: skip
    """One receipt per record, in ``fmt`` (``kantara`` or ``dpv``)."""
    if fmt == "kantara":
        return [kantara(record, profile, principal, lang) for record in records]
    return [dpv_record(record, profile) for record in records]


__all__ = ["KANTARA_VERSION", "RECEIPT_FORMATS", "dpv_record", "kantara", "receipts"]
