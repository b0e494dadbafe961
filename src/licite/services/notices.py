"""Art. 14 notices: who must be told, the notice itself naming the precise source, and when sent.

Data not obtained from the person must be explained to them within one month, and at the latest
at the first communication (RGPD art. 14(3)); the source must be named precisely, "publicly
accessible sources" alone is too vague (CNIL, Kaspr). Contacts collected from the person
(own form, sale) got art. 13 information at collection, and an organisation's generic address is
not personal data: neither is due an art. 14 notice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from licite.core.enums import FROM_THE_PERSON, PUBLIC_WEB_SOURCES, ContactKind, SourceType
from licite.core.errors import InputError
from licite.core.model import Contact
from licite.core.timeutil import parse_timestamp
from licite.services.controller import ControllerProfile, load_profile
from licite.services.ledger_base import Ledger, ledger
from licite.services.ledger_csv import Counts, Rejects, read_rows
from licite.services.templating import render as render_template
from licite.store import repo
from licite.store.ledger_requests import add_months, mark_sent, record_notice
from licite.store.schema import contacts, sources

SOURCE_LABELS = {
    SourceType.OWN_FORM: ("notre formulaire", "our own form"),
    SourceType.SALE: ("un achat auprès de nous", "a purchase from us"),
    SourceType.BROKER: ("un fournisseur de fichiers", "a list supplier"),
    SourceType.CLASSIFIED_ADS: ("une petite annonce publiée en ligne", "a classified ad online"),
    SourceType.ONLINE_DIRECTORY: ("un annuaire en ligne", "an online directory"),
    SourceType.COMPANY_WEBSITE: ("le site web d'une entreprise", "a company's website"),
    SourceType.SOCIAL_NETWORK: ("un réseau social", "a social network"),
    SourceType.SIRENE: ("le répertoire SIRENE de l'INSEE", "INSEE's SIRENE register"),
    SourceType.OTHER_PUBLIC: ("une source accessible au public", "a publicly accessible source"),
}
DATA_LABELS = {
    "email": ("adresse électronique", "email address"),
    "phone": ("numéro de téléphone", "phone number"),
    "postal_address": ("adresse postale", "postal address"),
}
LANGS = ("fr", "en")


@dataclass(frozen=True, slots=True)
class DueNotice:
    contact_id: str
    collected_at: datetime
    deadline: datetime
    overdue: bool


def due(db: str | None, at: datetime, within_days: int = 7) -> list[DueNotice]:
    """Uninformed contacts whose one-month deadline has passed or falls within ``within_days``."""
    query = (
        select(contacts.c.id, contacts.c.collected_at)
        .join(sources, sources.c.id == contacts.c.source_id)
        .where(contacts.c.informed_at.is_(None), contacts.c.kind == ContactKind.PERSON.value)
        .where(sources.c.type.not_in([kind.value for kind in FROM_THE_PERSON]))
        .order_by(contacts.c.collected_at, contacts.c.id)
    )
    out = []
    with ledger(db) as lg:
        for row in lg.session.execute(query):
            deadline = add_months(row.collected_at, 1)
            if deadline - at <= timedelta(days=within_days):
                out.append(DueNotice(row.id, row.collected_at, deadline, deadline <= at))
    return out


def needs_notice(contact: Contact) -> bool:
    """Art. 14 applies: personal data not obtained from the person."""
    return contact.kind == ContactKind.PERSON and contact.source.type not in FROM_THE_PERSON


def render_notice(contact: Contact, profile: ControllerProfile, lang: str) -> str:
    """The notice for one contact in ``lang`` (every art. 14 item, the source named)."""
    index = LANGS.index(lang)
    source = contact.source
    held = [DATA_LABELS[name][index] for name in DATA_LABELS if getattr(contact, name)]
    return render_template(
        f"notice.{lang}.md.j2",
        profile=profile, texts={item: profile.text(item, lang) for item in profile.texts},
        source_kind=SOURCE_LABELS[source.type][index], source_name=source.name,
        source_url=source.url, public=source.type in PUBLIC_WEB_SOURCES | {SourceType.SIRENE},
        collected=contact.collected_at.date().isoformat(), held=held,
    )  # fmt: skip


def _write(lg: Ledger, contact: Contact, profile: ControllerProfile, lang: str, out: Path,
           at: datetime) -> Path:  # fmt: skip
    target = out / f"{contact.id}.{lang}.md"
    temporary = target.with_name(f".{target.name}.tmp")
    temporary.write_text(render_notice(contact, profile, lang), encoding="utf-8")
    temporary.replace(target)
    record_notice(lg.session, contact.id, lang, at)
    return target


def render(
    db: str | None, profile_path: Path, contact_ids: list[str] | None, lang: str, out: Path,
    at: datetime, within_days: int = 7,
) -> list[Path]:  # fmt: skip
    """Write the notice of each named contact (or, ``None``, of each one due) into ``out``."""
    profile = load_profile(profile_path)
    ids = contact_ids if contact_ids is not None else [
        item.contact_id for item in due(db, at, within_days)
    ]  # fmt: skip
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with ledger(db) as lg:
        for contact_id in ids:
            contact = repo.get_contact(lg.session, contact_id)
            if contact is None:
                raise InputError(f"no stored contact with id {contact_id!r}", field="CONTACT")
            written.append(_write(lg, contact, profile, lang, out, at))
        lg.event("notice", {"action": "rendered", "lang": lang, "contacts": ids}, at)
    return written


def mark_sent_file(db: str | None, path: Path, rejects: Path | None, now: datetime) -> Counts:
    """Record ``informed_at`` from the mailing tool's CSV (contact_id [, sent_at])."""
    counts = Counts()
    sent: list[str] = []
    with Rejects(rejects, counts) as rejected, ledger(db) as lg:
        for line, row in read_rows(path, ("contact_id",)):
            counts.rows_in += 1
            try:
                when = parse_timestamp(row["sent_at"]) if row.get("sent_at") else now
                if not mark_sent(lg.session, row["contact_id"], when):
                    raise InputError("no stored contact with this id", field="contact_id")
            except InputError as error:
                field = error.field or "sent_at"
                rejected.add(line, InputError(error.message, field=field, row=line, file=str(path)))
                continue
            counts.accepted += 1
            sent.append(row["contact_id"])
        lg.event("notice", {"action": "sent", "file": path.name, "contacts": sent}, now)
    return counts


__all__ = ["DueNotice", "due", "mark_sent_file", "needs_notice", "render", "render_notice"]
