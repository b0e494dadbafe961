"""The collection report's lines, in French and English, in the order they are shown.

Why data: the same labels serve the CLI's live progress, the final report and docs/collect.md,
and a count that has no label here is a bug the tests catch.
"""

from __future__ import annotations

from collections.abc import Mapping

#: counter → (French, English), in report order.
LINES: dict[str, tuple[str, str]] = {
    "pages/fetched": ("Pages lues", "Pages fetched"),
    "refused/terms": ("Refusées : conditions d'utilisation", "Refused: terms of use"),
    "refused/robots": ("Refusées : robots.txt", "Refused: robots.txt"),
    "refused/tdm": ("Refusées : réserve TDM (TDMRep)", "Refused: TDM reservation (TDMRep)"),
    "refused/ssrf": ("Refusées : hôte non déclaré ou adresse interne (SSRF)",
                     "Refused: undeclared host or internal address (SSRF)"),
    "refused/size": ("Refusées : page trop lourde", "Refused: page too large"),
    "refused/redirects": ("Refusées : trop de redirections", "Refused: too many redirects"),
    "refused/timeout": ("Refusées : délai dépassé", "Refused: timed out"),
    "refused/not_html": ("Ignorées : pas du HTML", "Skipped: not HTML"),
    "refused/errors": ("Refusées : erreurs", "Refused: errors"),
    "pages/over_budget": ("Liens non suivis : plafond de pages", "Links not followed: page cap"),
    "records/read": ("Fiches lues", "Records read"),
    "records/stored": ("Contacts enregistrés (nouveaux)", "Contacts stored (new)"),
    "records/already_stored": ("Contacts déjà connus (provenance mise à jour)",
                               "Contacts already stored (provenance updated)"),
    "records/merged": ("Fiches en double dans la collecte", "Duplicate records in this run"),
    "records/dropped_sensitive": ("Fiches écartées : données sensibles (art. 9/10)",
                                  "Records dropped: sensitive data (art. 9/10)"),
    "records/opposed": ("Fiches écartées : opposition / liste repoussoir",
                        "Records skipped: objection / suppression list"),
    "records/no_contact_point": ("Fiches écartées : ni téléphone ni e-mail valide",
                                 "Records dropped: no valid phone or email"),
    "fields/dropped_minimisation": ("Champs écartés par minimisation",
                                    "Fields dropped by minimisation"),
    "fields/dropped_sensitive": ("Champs écartés : NIR", "Fields dropped: NIR"),
    "fields/redacted": ("Textes libres expurgés", "Free texts redacted"),
    "fields/invalid": ("Champs invalides écartés", "Invalid fields dropped"),
}  # fmt: skip


#: Why a source collected (or not): code → (French, English); ``{date}`` is the review's date.
SOURCE_STATUSES: dict[str, tuple[str, str]] = {
    "collected": ("collectée", "collected"),
    "forbids": ("rien collecté : les conditions d'utilisation interdisent la réutilisation",
                "nothing collected: the terms of use forbid reuse"),
    "unreviewed": ("rien collecté : conditions non examinées (licite source review)",
                   "nothing collected: terms not reviewed (licite source review)"),
    "unfetchable": ("suspendue : la page des conditions est inaccessible",
                    "paused: the terms page could not be fetched"),
    "changed": ("suspendue : les conditions ont changé depuis leur examen du {date}",
                "paused: the terms changed since their review of {date}"),
}  # fmt: skip


def status_text(status: str, lang: str = "en") -> str:
    """The words for a source status code (``changed@2026-11-30`` carries its date)."""
    code, _, date = status.partition("@")
    labels = SOURCE_STATUSES.get(code)
    if labels is None:
        return status
    return labels[0 if lang == "fr" else 1].format(date=date)


def report_lines(counts: Mapping[str, object], lang: str = "en") -> list[tuple[str, int]]:
    """(label, count) for every line, zeros included, so a missing refusal is visible."""
    index = 0 if lang == "fr" else 1
    return [(labels[index], int(str(counts.get(key, 0)))) for key, labels in LINES.items()]


def source_statuses(counts: Mapping[str, object], lang: str = "en") -> dict[str, str]:
    """Source name → "collected" or why it collected nothing, in ``lang``."""
    prefix = "source/"
    return {
        k[len(prefix) :]: status_text(str(v), lang)
        for k, v in counts.items()
        if k.startswith(prefix)
    }


__all__ = ["LINES", "SOURCE_STATUSES", "report_lines", "source_statuses", "status_text"]
