"""The kinds of audit event, declared as data with their help text (datasette's ``events.py``).

Every action licite takes on personal data leaves one event in the hash-chained audit trail
(:mod:`licite.store.audit`). Payloads carry counts, ids, hashes and settings, never a person's
plaintext data: the trail outlives erasure and is handed to inspectors.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class EventKind:
    """One kind of audit event: its wire name and what it records, in French and English."""

    name: str
    fr: str
    en: str


EVENT_KINDS: dict[str, EventKind] = {
    kind.name: kind
    for kind in (
        EventKind("store_upgrade", "Schéma du registre migré", "Store schema migrated"),
        EventKind("contacts_import", "Contacts importés (minimisés)", "Contacts imported (minimised)"),
        EventKind("decision_run", "Décisions rendues sur une campagne", "Decisions made for a campaign"),
        EventKind("collection_run", "Collecte sur des sources publiques", "Collection from public sources"),
        EventKind("source_review", "Conditions d'une source examinées", "Source terms reviewed"),
        EventKind("scrub", "Fichier nettoyé des listes d'opposition", "File scrubbed against opposition lists"),
        EventKind("list_change", "Liste d'opposition importée ou retirée", "Opposition list imported or removed"),
        EventKind("consent_change", "Consentement enregistré ou retiré", "Consent recorded or withdrawn"),
        EventKind("consent_receipt", "Reçus de consentement exportés", "Consent receipts exported"),
        EventKind("objection", "Opposition enregistrée", "Objection recorded"),
        EventKind("notice", "Information art. 14 rendue ou envoyée", "Art. 14 notice rendered or sent"),
        EventKind("subject_request", "Demande d'une personne concernée", "Data-subject request"),
        EventKind("purge", "Purge des durées de conservation", "Retention purge"),
        EventKind("config_change", "Changement de configuration", "Configuration change"),
        EventKind("audit_export", "Journal d'audit exporté", "Audit trail exported"),
    )
}  # fmt: skip

__all__ = ["EVENT_KINDS", "EventKind"]
