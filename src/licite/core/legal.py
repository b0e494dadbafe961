"""The legal texts licite cites, as a French lawyer writes them, with what each one says.

Rules cite these strings in ``legal_refs``; a meta-test checks every citation is catalogued
here, so a typo in a reference cannot ship. Sources are those of ``shared/domain/LEGAL.md``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LegalRef:
    """One citable text: its citation, what it is about (FR/EN) and where to read it."""

    citation: str
    about_fr: str
    about_en: str
    url: str = ""


_REFS = [
    LegalRef("RGPD art. 4(11)", "Définition du consentement", "Definition of consent"),
    LegalRef("RGPD art. 5(1)(a)", "Licéité, loyauté, transparence", "Lawfulness, fairness, transparency"),
    LegalRef("RGPD art. 5(1)(e)", "Limitation de la conservation", "Storage limitation"),
    LegalRef("RGPD art. 5(2)", "Responsabilité (accountability)", "Accountability"),
    LegalRef("RGPD art. 6(1)(f)", "Intérêt légitime", "Legitimate interest"),
    LegalRef("RGPD art. 7(1)", "Preuve du consentement", "Demonstrating consent"),
    LegalRef("RGPD art. 7(3)", "Retrait du consentement", "Withdrawal of consent"),
    LegalRef("RGPD art. 9", "Catégories particulières de données", "Special categories of data"),
    LegalRef("RGPD art. 10", "Données relatives aux infractions", "Criminal convictions and offences"),
    LegalRef("RGPD art. 14(1)(a)", "Identité du responsable du traitement", "Identity of the controller"),
    LegalRef("RGPD art. 14(2)(f)", "Source des données", "Source of the data"),
    LegalRef("RGPD art. 14(3)(a)", "Information dans un délai d'un mois", "Information within one month"),
    LegalRef("RGPD art. 14(3)(b)", "Information au plus tard à la première communication", "Information at the first communication"),
    LegalRef("RGPD art. 21(2)", "Opposition à la prospection", "Objection to direct marketing"),
    LegalRef("RGPD art. 21(3)", "Fin du traitement après opposition", "Processing stops after objection"),
    LegalRef("RGPD art. 21(4)", "Droit d'opposition porté à la connaissance", "Right to object brought to attention"),
    LegalRef("RGPD art. 26", "Responsables conjoints", "Joint controllers"),
    LegalRef("RGPD art. 28", "Sous-traitant", "Processor"),
    LegalRef("RGPD art. 99(2)", "Application du RGPD au 25 mai 2018", "GDPR applies from 25 May 2018"),
    LegalRef("CPCE art. L34-5", "Prospection par courrier électronique, SMS, automate d'appel, télécopieur", "Marketing by email, SMS, automated calls, fax"),
    LegalRef("Directive 2002/58/CE art. 13", "Communications non sollicitées (ePrivacy)", "Unsolicited communications (ePrivacy)"),
    LegalRef("CNIL, délib. 17 févr. 2005", "Prospection B2B par courriel à l'adresse professionnelle", "B2B email to a professional address"),
    LegalRef("CNIL, recommandations réutilisateurs, juin 2024", "Réutilisation de données publiées sur Internet", "Reuse of data published online"),
    LegalRef("CNIL, fiche moissonnage, 19 juin 2025", "Intérêt légitime et moissonnage", "Legitimate interest and web scraping"),
    LegalRef("CNIL, partenaires, 28 déc. 2018", "Transmission de données à des partenaires", "Transmitting data to partners"),
    LegalRef("CNIL, délib. 2021-131", "Référentiel gestion commerciale (durées de conservation)", "Commercial management reference (retention)"),
    LegalRef("C. consom. art. L223-1", "Démarchage téléphonique des consommateurs", "Telephone canvassing of consumers"),
    LegalRef("C. consom. art. L223-5", "Exception de la presse", "Press exception"),
    LegalRef("C. consom. art. R223-6", "Saisine de Bloctel au moins mensuelle", "Scrubbing against Bloctel at least monthly"),
    LegalRef("C. consom. art. D223-9", "Jours, horaires et fréquence du démarchage téléphonique", "Days, hours and frequency of telephone canvassing"),
    LegalRef("C. trav. art. L3133-1", "Jours fériés", "Public holidays"),
    LegalRef("C. trav. art. L6323-8-1", "Interdiction de la prospection des titulaires du CPF", "Ban on canvassing CPF holders"),
    LegalRef("Loi n° 2020-901", "Interdiction du démarchage pour la rénovation énergétique", "Energy-renovation cold-calling ban"),
    LegalRef("Loi n° 2025-594 art. 13", "Consentement préalable au démarchage téléphonique", "Prior consent to telephone canvassing"),
    LegalRef("ARCEP décision 2022-1583", "Numéros réservés aux systèmes automatisés d'appel", "Numbers reserved for automated calling systems"),
    LegalRef("C. com. art. R123-232-1", "Diffusion partielle SIRENE", "SIRENE partial diffusion"),
    LegalRef("C. com. art. A123-96", "Opposition à l'usage SIRENE pour la prospection (ancien)", "SIRENE prospecting opt-out (former)"),
    LegalRef("Décret n° 2019-341", "Usages autorisés du NIR", "Authorised uses of the NIR"),
    LegalRef("Loi n° 78-17 art. 30", "Traitement du NIR", "Processing of the NIR"),
    LegalRef("Directive (UE) 2019/790 art. 4", "Réserve de fouille de textes et de données", "Text-and-data-mining reservation"),
]  # fmt: skip

CATALOGUE: dict[str, LegalRef] = {ref.citation: ref for ref in _REFS}


def lookup(citation: str) -> LegalRef:
    """The catalogued reference; KeyError for a citation nobody catalogued."""
    return CATALOGUE[citation]
