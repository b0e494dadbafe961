"""THE rule table: the law of prospecting as rows a lawyer can read.

Every row cites its texts and dates of force (``shared/domain/LEGAL.md`` §1–§7). Rows are
evaluated all together (the engine never stops at the first refusal); their order is the order
in which reasons are reported. ``licite rules`` prints this table in French or English.
"""

from __future__ import annotations

from datetime import date

from licite.core.enums import Basis, Channel
from licite.rules import facts as F
from licite.rules.predicate import Predicate, always
from licite.rules.rule import (
    ALL,
    ARCEP,
    BLOCTEL_FROM,
    BLOCTEL_UNTIL,
    BOTH,
    CALLS,
    CONSUMERS,
    CPF_BAN,
    D223_9,
    ELECTRONIC,
    ENERGY_BAN,
    GDPR,
    LAW_2025,
    LCEN,
    ORIGIN,
    OTHER_THAN_ELECTRONIC,
    PHONE,
    PHONE_OPT_IN,
    PROFESSIONALS,
    SIRENE_P,
    SMS_EMAIL,
    UNCONFIRMED_EN,
    UNCONFIRMED_FR,
    Rule,
    basis,
    oblige,
    refuse,
)  # fmt: skip

# Defined terms: composite predicates with a name of their own.
l34_5_opt_in = (
    F.on_electronic_channel
    & F.personal_data
    & (F.commercial_purpose | F.on_fax)
    & (F.consumer | ~F.related_to_profession | F.on_fax)
).named(
    "l34_5_opt_in",
    "CPCE art. L34-5 requires prior consent for this channel and person (fax: always, the "
    "non-commercial and B2B tolerances being unconfirmed for it)",
)
l223_1_opt_in = (
    F.on_phone_call
    & F.personal_data
    & F.consumer
    & F.commercial_purpose
    & ~F.sector_press
    & F.phone_opt_in_in_force
).named("l223_1_opt_in", "C. consom. art. L223-1 requires prior consent to telephone canvassing")
consent_needed = (
    (l34_5_opt_in & ~F.soft_opt_in) | (l223_1_opt_in & ~F.contract_in_progress)
).named("consent_needed", "No exception applies: only a valid consent allows the contact")
no_consent = (consent_needed & ~F.valid_consent).named(
    "no_consent", "A consent is needed and none is valid"
)
bloctel_regime = (
    F.personal_data & F.commercial_purpose & ~F.contract_in_progress & ~F.sector_press
).named("bloctel_regime", "A consumer canvassed by phone outside a contract in progress")
calls_regulated = (F.personal_data & F.commercial_purpose).named(
    "calls_regulated", "Telephone canvassing of a consumer"
)
customer_without_exception = (l34_5_opt_in & F.customer & ~F.soft_opt_in & ~F.valid_consent).named(
    "customer_without_exception", "A customer for whom the existing-customer exception fails"
)


every_contact = Predicate("every_contact", always, "Every contact")
L34_5 = "CPCE art. L34-5"
CNIL_REUSE = "CNIL, recommandations réutilisateurs, juin 2024"
EPRIVACY = "Directive 2002/58/CE art. 13"
MSG_CHANNELS = frozenset({Channel.EMAIL, Channel.SMS, Channel.AUTOMATED_CALL})

RULES: tuple[Rule, ...] = (
    # --- time covered --------------------------------------------------------------------
    refuse(
        "scope.before_gdpr", "date_not_covered", ALL, BOTH, every_contact,
        ("RGPD art. 99(2)",), ORIGIN,
        "licite ne juge que les contacts à partir du 25 mai 2018 (application du RGPD).",
        "licite only judges contacts from 25 May 2018 (when the GDPR applies).",
        until=date(2018, 5, 24),
    ),
    # --- data that must not be held (practice 2: minimise) --------------------------------
    refuse(
        "data.art9", "sensitive_data_held", ALL, BOTH, F.holds_art9_data,
        ("RGPD art. 9",), GDPR,
        "Les attributs révèlent une donnée sensible (santé, religion, opinions, origine, vie "
        "sexuelle…) : supprimez-la avant tout usage.",
        "The attributes reveal special-category data (health, religion, opinions, origin, sex "
        "life…): delete it before any use.",
    ),
    refuse(
        "data.art10", "criminal_data_held", ALL, BOTH, F.holds_art10_data,
        ("RGPD art. 10",), GDPR,
        "Les attributs mentionnent des infractions ou condamnations : supprimez-les.",
        "The attributes mention criminal offences or convictions: delete them.",
    ),
    refuse(
        "data.nir", "nir_held", ALL, BOTH, F.holds_nir,
        ("Décret n° 2019-341", "Loi n° 78-17 art. 30"), GDPR,
        "Un numéro de sécurité sociale (NIR) est détenu ; la prospection n'est pas une finalité "
        "autorisée : supprimez-le.",
        "A French social security number (NIR) is held; prospecting is not an authorised "
        "purpose: delete it.",
    ),
    # --- the source (practice 1: verify nature and origin) ---------------------------------
    refuse(
        "source.terms_forbid_reuse", "source_terms_forbid_reuse", ALL, BOTH,
        F.personal_data & F.terms_forbid_reuse,
        ("RGPD art. 6(1)(f)", "RGPD art. 5(1)(a)", CNIL_REUSE),
        GDPR,
        "Les conditions d'utilisation de la source interdisent la réutilisation à des fins de "
        "prospection : l'intérêt légitime ne peut être retenu.",
        "The source's terms of use forbid reuse for prospecting: legitimate interest cannot "
        "be relied on.",
    ),
    refuse(
        "source.terms_unchecked", "source_not_verified", ALL, BOTH,
        F.personal_data & F.public_web_source & F.terms_unchecked,
        ("RGPD art. 5(2)", "RGPD art. 5(1)(a)", CNIL_REUSE),
        GDPR,
        "Données issues d'une source publique en ligne dont les conditions d'utilisation n'ont "
        "pas été vérifiées : vérifiez-les avant toute réutilisation.",
        "Data from a public online source whose terms of use were not checked: check them "
        "before any reuse.",
    ),
    refuse(
        "source.robots", "robots_disallowed", ALL, BOTH,
        F.personal_data & F.robots_disallowed,
        ("RGPD art. 6(1)(f)", "CNIL, fiche moissonnage, 19 juin 2025"), GDPR,
        "Le robots.txt de la source refusait la collecte : signal d'opposition à respecter"
        + UNCONFIRMED_FR + ".",
        "The source's robots.txt disallowed the collection: an opposition signal to honour"
        + UNCONFIRMED_EN + ".",
        unconfirmed=True,
    ),
    refuse(
        "source.tdm", "tdm_reserved", ALL, BOTH, F.personal_data & F.tdm_reserved,
        ("Directive (UE) 2019/790 art. 4", "RGPD art. 6(1)(f)"), GDPR,
        "La source réserve ses droits de fouille de textes et de données (TDMRep) : attente "
        "raisonnable des personnes contraire à la réutilisation.",
        "The source reserved text-and-data-mining rights (TDMRep): people's reasonable "
        "expectations weigh against reuse.",
    ),
    refuse(
        "source.unnamed", "source_not_identified", ALL, BOTH,
        F.personal_data & ~F.from_the_person & F.source_name_missing,
        ("RGPD art. 14(2)(f)",), GDPR,
        "La source des données n'est pas nommée : impossible d'informer la personne de "
        "l'origine de ses données.",
        "The source of the data is not named: the person cannot be told where their data "
        "came from.",
    ),
    refuse(
        "source.vague", "source_too_vague", ALL, BOTH,
        F.personal_data & ~F.from_the_person & F.source_name_vague,
        ("RGPD art. 14(2)(f)",), GDPR,
        "Le nom de la source est trop vague (« sources publiques » ne suffit pas, sanction "
        "Kaspr) : nommez le site ou le fournisseur.",
        "The source name is too vague (\"publicly accessible sources\" is not enough, Kaspr "
        "sanction): name the site or supplier.",
    ),
    refuse(
        "sirene.partial_a123_96", "sirene_partial_diffusion", ALL, BOTH,
        F.sirene_partial_diffusion, ("C. com. art. A123-96",), GDPR,
        "L'entreprise a demandé à l'INSEE que ses données SIRENE ne servent pas à la "
        "prospection.",
        "The business asked INSEE that its SIRENE data not be used for prospecting.",
        until=date(2023, 3, 20),
    ),
    refuse(
        "sirene.partial", "sirene_partial_diffusion", ALL, BOTH,
        F.sirene_partial_diffusion, ("C. com. art. R123-232-1",), SIRENE_P,
        "Unité SIRENE en diffusion partielle (statut « P ») : ses données ne peuvent pas "
        "servir à la prospection.",
        "SIRENE unit with partial diffusion (status \"P\"): its data may not be used for "
        "prospecting.",
    ),
    # --- information (practice 3) and retention ----------------------------------------------
    refuse(
        "info.overdue", "information_overdue", ALL, BOTH,
        F.personal_data & ~F.from_the_person & ~F.informed & F.collected_over_a_month_ago,
        ("RGPD art. 14(3)(a)",), GDPR,
        "Données obtenues il y a plus d'un mois sans que la personne ait reçu l'information de "
        "l'article 14 : envoyez-la d'abord.",
        "Data obtained more than a month ago and the person never received the art. 14 "
        "notice: send it first.",
    ),
    refuse(
        "retention.prospect", "retention_expired", ALL, BOTH,
        F.personal_data & F.prospect_retention_expired,
        ("RGPD art. 5(1)(e)", "CNIL, délib. 2021-131"), GDPR,
        "Prospect collecté (ou dernier contact de sa part) il y a plus de 3 ans : données à "
        "supprimer ou archiver.",
        "Prospect collected (or last in touch on their own initiative) more than 3 years ago: "
        "delete or archive the data.",
    ),
    refuse(
        "retention.customer", "retention_expired", ALL, BOTH,
        F.personal_data & F.customer_retention_expired,
        ("RGPD art. 5(1)(e)", "CNIL, délib. 2021-131"), GDPR,
        "Relation commerciale terminée depuis plus de 3 ans : plus de prospection possible.",
        "The commercial relationship ended more than 3 years ago: no more prospecting.",
    ),
    # --- objections ----------------------------------------------------------------------
    refuse(
        "objection", "objection_on_file", ALL, BOTH, F.objection_on_file,
        ("RGPD art. 21(2)", "RGPD art. 21(3)"), GDPR,
        "La personne s'est opposée à la prospection (par ce canal, ou à tous, pour vous ou "
        "pour tous) : ne la contactez pas.",
        "The person objected to prospecting (on this channel or all, to you or to everyone): "
        "do not contact them.",
    ),
    # --- consent (CPCE art. L34-5, C. consom. art. L223-1) -------------------------------
    refuse(
        "l34_5.consumer", "consent_required", ELECTRONIC, CONSUMERS,
        l34_5_opt_in & ~F.soft_opt_in & ~F.valid_consent, (L34_5, EPRIVACY), LCEN,
        "Prospection d'un particulier par courriel, SMS, automate d'appel ou télécopie : "
        "consentement préalable requis, et aucun consentement valable n'est enregistré.",
        "Marketing to a consumer by email, SMS, automated call or fax needs prior consent, "
        "and no valid consent is on file.",
    ),
    refuse(
        "l34_5.professional_unrelated", "consent_required", MSG_CHANNELS, PROFESSIONALS,
        l34_5_opt_in & ~F.soft_opt_in & ~F.valid_consent,
        (L34_5, "CNIL, délib. 17 févr. 2005"), LCEN,
        "Professionnel sollicité pour une offre sans rapport avec sa fonction : le régime "
        "d'opposition B2B ne s'applique pas, un consentement préalable est requis.",
        "A professional offered something unrelated to their job: the B2B opt-out regime "
        "does not apply, prior consent is needed.",
    ),
    refuse(
        "l34_5.professional_fax", "consent_required", frozenset({Channel.FAX}), PROFESSIONALS,
        l34_5_opt_in & ~F.soft_opt_in & ~F.valid_consent, (L34_5,), LCEN,
        "Télécopie à un professionnel nommément désigné : traitée comme soumise à "
        "consentement" + UNCONFIRMED_FR + ".",
        "Fax to a named professional: treated as needing consent" + UNCONFIRMED_EN + ".",
        unconfirmed=True,
    ),
    refuse(
        "l223_1.consent", "consent_required", PHONE, CONSUMERS,
        l223_1_opt_in & ~F.contract_in_progress & ~F.valid_consent,
        ("C. consom. art. L223-1", "Loi n° 2025-594 art. 13"), PHONE_OPT_IN,
        "Depuis le 11 août 2026, démarcher un consommateur par téléphone exige son "
        "consentement préalable (hors contrat en cours), et aucun n'est valable.",
        "Since 11 August 2026, canvassing a consumer by phone needs their prior consent "
        "(outside a contract in progress), and none is valid.",
    ),
    refuse(
        "consent.withdrawn", "consent_withdrawn", ALL, BOTH,
        F.personal_data & F.consent_withdrawn & ~F.valid_consent, ("RGPD art. 7(3)",), GDPR,
        "La personne a retiré son consentement à ce canal : le traitement fondé sur ce "
        "consentement cesse, il ne peut pas se poursuivre sur une autre base.",
        "The person withdrew their consent to this channel: processing based on it stops and "
        "cannot carry on under another basis.",
    ),
    refuse(
        "consent.method", "consent_invalid_method", ALL, BOTH,
        no_consent & F.consent_invalid_method, ("RGPD art. 4(11)", L34_5), GDPR,
        "Le consentement n'est pas un acte positif clair (case pré-cochée, acceptation des "
        "CGU, consentement couplé ou implicite) : il ne vaut pas consentement.",
        "The consent was not a clear affirmative act (pre-ticked box, acceptance of terms, "
        "bundled or implied): it is not consent.",
    ),
    refuse(
        "consent.proof", "consent_without_proof", ALL, BOTH,
        no_consent & F.consent_without_proof, ("RGPD art. 7(1)",), GDPR,
        "Le consentement n'est pas prouvé : le responsable doit pouvoir le démontrer.",
        "The consent has no proof: the controller must be able to demonstrate it.",
    ),
    refuse(
        "consent.controller", "consent_not_for_controller", ALL, BOTH,
        no_consent & F.consent_for_other_controller,
        ("RGPD art. 4(11)", "CNIL, partenaires, 28 déc. 2018"), GDPR,
        "Le consentement ne vous désigne pas (liste des partenaires présentée lors de la "
        "collecte) : il ne vaut que pour les organismes nommés.",
        "The consent does not name you (partner list shown at collection): it is valid only "
        "for the organisations named.",
    ),
    refuse(
        "consent.purpose", "consent_other_purpose", ALL, BOTH,
        no_consent & F.consent_for_other_purpose, ("RGPD art. 4(11)",), GDPR,
        "Le consentement a été donné pour une autre finalité : il doit être spécifique.",
        "The consent was given for another purpose: consent must be specific.",
    ),
    refuse(
        "consent.after_transmission", "consent_after_transmission", ALL, BOTH,
        no_consent & F.consent_after_transmission, ("CNIL, partenaires, 28 déc. 2018",), GDPR,
        "Le consentement a été recueilli après la transmission des données par le fournisseur : "
        "il doit précéder toute transmission.",
        "The consent was obtained after the supplier transmitted the data: it must come "
        "before any transmission.",
    ),
    refuse(
        "consent.expired", "consent_expired", PHONE, CONSUMERS,
        no_consent & F.consent_expired, ("C. consom. art. L223-1", "Loi n° 2025-594 art. 13"),
        PHONE_OPT_IN,
        "Consentement au démarchage téléphonique de plus d'un an : considéré comme caduc"
        + UNCONFIRMED_FR + ".",
        "Consent to telephone canvassing over a year old: treated as lapsed"
        + UNCONFIRMED_EN + ".",
        unconfirmed=True,
    ),
    # --- existing customers (CPCE art. L34-5 al. 4) --------------------------------------
    refuse(
        "customer.not_at_sale", "existing_customer_not_collected_at_sale", MSG_CHANNELS, BOTH,
        customer_without_exception & ~F.collected_at_sale, (L34_5, EPRIVACY), LCEN,
        "Exception « client » impossible : les coordonnées n'ont pas été recueillies auprès "
        "de la personne à l'occasion d'une vente (une simple création de compte ne suffit pas).",
        "Existing-customer exception unavailable: the details were not collected from the "
        "person on the occasion of a sale (an account creation is not enough).",
    ),
    refuse(
        "customer.not_analogous", "existing_customer_products_not_analogous", MSG_CHANNELS,
        BOTH, customer_without_exception & ~F.products_analogous, (L34_5, EPRIVACY), LCEN,
        "Exception « client » impossible : l'offre ne porte pas sur des produits ou services "
        "analogues à ceux achetés.",
        "Existing-customer exception unavailable: the offer is not for products or services "
        "analogous to those bought.",
    ),
    refuse(
        "customer.no_objection_offered", "existing_customer_objection_not_offered",
        MSG_CHANNELS, BOTH, customer_without_exception & ~F.objection_offered, (L34_5, EPRIVACY),
        LCEN,
        "Exception « client » impossible : le moyen de s'opposer n'a pas été offert lors de la "
        "collecte ou ne figure pas dans le message.",
        "Existing-customer exception unavailable: no means to object was offered at "
        "collection or in the message.",
    ),
    # --- telephone: Bloctel (until 2026-08-10) --------------------------------------------
    refuse(
        "bloctel.listed", "bloctel_listed", CALLS, CONSUMERS,
        bloctel_regime & F.bloctel_listed, ("C. consom. art. L223-1",), BLOCTEL_FROM,
        "Numéro inscrit sur Bloctel : démarchage téléphonique interdit hors contrat en cours.",
        "Number registered on Bloctel: telephone canvassing forbidden outside a contract in "
        "progress.",
        until=BLOCTEL_UNTIL,
    ),
    refuse(
        "bloctel.unchecked", "bloctel_not_checked", CALLS, CONSUMERS,
        bloctel_regime & ~F.bloctel_listed & F.bloctel_unchecked,
        ("C. consom. art. R223-6", "C. consom. art. L223-1"), BLOCTEL_FROM,
        "Numéro jamais confronté à Bloctel : faites expurger le fichier avant d'appeler.",
        "Number never checked against Bloctel: have the file cleaned before calling.",
        until=BLOCTEL_UNTIL,
    ),
    refuse(
        "bloctel.stale", "bloctel_check_stale", CALLS, CONSUMERS,
        bloctel_regime & ~F.bloctel_listed & ~F.bloctel_unchecked & F.bloctel_check_stale,
        ("C. consom. art. R223-6",), BLOCTEL_FROM,
        "Dernière vérification Bloctel de plus de 30 jours : un fichier expurgé n'est valable "
        "que 30 jours.",
        "Last Bloctel check more than 30 days old: a cleaned file is valid for 30 days only.",
        until=BLOCTEL_UNTIL,
    ),
    # --- telephone: days, hours, frequency (C. consom. art. D223-9) -----------------------
    refuse(
        "d223_9.weekend", "call_on_weekend", CALLS, CONSUMERS,
        calls_regulated & F.local_weekend & ~F.out_of_hours_consent,
        ("C. consom. art. D223-9",), D223_9,
        "Appel un samedi ou un dimanche (heure du consommateur) : démarchage autorisé "
        "du lundi au vendredi seulement, sauf accord exprès préalable.",
        "Call on a Saturday or Sunday (consumer's time): canvassing only Monday to Friday, "
        "unless expressly agreed beforehand.",
    ),
    refuse(
        "d223_9.holiday", "call_on_public_holiday", CALLS, CONSUMERS,
        calls_regulated & F.local_public_holiday & ~F.out_of_hours_consent,
        ("C. consom. art. D223-9", "C. trav. art. L3133-1"), D223_9,
        "Appel un jour férié (heure du consommateur) : démarchage interdit, sauf accord "
        "exprès préalable.",
        "Call on a public holiday (consumer's time): canvassing forbidden, unless expressly "
        "agreed beforehand.",
    ),
    refuse(
        "d223_9.hours", "call_outside_hours", CALLS, CONSUMERS,
        calls_regulated & F.local_outside_hours & ~F.out_of_hours_consent,
        ("C. consom. art. D223-9",), D223_9,
        "Appel hors des plages 10 h – 13 h et 14 h – 20 h (heure du consommateur), sauf "
        "accord exprès préalable.",
        "Call outside 10:00–13:00 and 14:00–20:00 (consumer's time), unless expressly agreed "
        "beforehand.",
    ),
    refuse(
        "d223_9.frequency", "call_attempts_exceeded", CALLS, CONSUMERS,
        calls_regulated & F.four_calls_in_30_days, ("C. consom. art. D223-9",), D223_9,
        "Déjà 4 appels ou tentatives sur les 30 derniers jours par ce professionnel.",
        "Already 4 calls or attempts by this professional in the last 30 days.",
    ),
    refuse(
        "d223_9.refusal", "call_after_refusal", CALLS, CONSUMERS,
        calls_regulated & F.refused_in_last_60_days, ("C. consom. art. D223-9",), D223_9,
        "Le consommateur a refusé lors d'un appel il y a moins de 60 jours : aucune "
        "sollicitation pendant 60 jours.",
        "The consumer refused during a call less than 60 days ago: no contact for 60 days.",
    ),
    # --- sector bans -----------------------------------------------------------------------
    refuse(
        "sector.energy_phone", "sector_ban_energy_renovation", CALLS, CONSUMERS,
        F.personal_data & F.sector_energy_renovation & ~F.contract_in_progress,
        ("C. consom. art. L223-1", "Loi n° 2020-901"), ENERGY_BAN,
        "Démarchage téléphonique interdit pour la rénovation énergétique, même avec "
        "consentement, hors contrat en cours.",
        "Telephone canvassing forbidden for energy renovation, even with consent, outside a "
        "contract in progress.",
    ),
    refuse(
        "sector.energy_messages", "sector_ban_energy_renovation", SMS_EMAIL, CONSUMERS,
        F.personal_data & F.sector_energy_renovation & ~F.contract_in_progress,
        ("Loi n° 2025-594 art. 13",), LAW_2025,
        "Interdiction étendue aux SMS et courriels pour la rénovation énergétique"
        + UNCONFIRMED_FR + ".",
        "Ban extended to SMS and email for energy renovation" + UNCONFIRMED_EN + ".",
        unconfirmed=True,
    ),
    refuse(
        "sector.home_adaptation_phone", "sector_ban_home_adaptation", CALLS, CONSUMERS,
        F.personal_data & F.sector_home_adaptation & ~F.contract_in_progress,
        ("C. consom. art. L223-1", "Loi n° 2025-594 art. 13"), LAW_2025,
        "Démarchage téléphonique interdit pour l'adaptation du logement au vieillissement ou "
        "au handicap, hors contrat en cours (date d'effet retenue : la plus précoce"
        + UNCONFIRMED_FR + ").",
        "Telephone canvassing forbidden for adapting homes to ageing or disability, outside "
        "a contract in progress (earliest effective date kept" + UNCONFIRMED_EN + ").",
        unconfirmed=True,
    ),
    refuse(
        "sector.home_adaptation_messages", "sector_ban_home_adaptation", SMS_EMAIL, CONSUMERS,
        F.personal_data & F.sector_home_adaptation & ~F.contract_in_progress,
        ("Loi n° 2025-594 art. 13",), LAW_2025,
        "Interdiction étendue aux SMS et courriels pour l'adaptation du logement"
        + UNCONFIRMED_FR + ".",
        "Ban extended to SMS and email for home adaptation" + UNCONFIRMED_EN + ".",
        unconfirmed=True,
    ),
    refuse(
        "sector.cpf", "sector_ban_cpf", frozenset(CALLS | SMS_EMAIL), BOTH,
        F.personal_data & F.sector_cpf_training & ~F.contract_in_progress,
        ("C. trav. art. L6323-8-1",), CPF_BAN,
        "Prospection des titulaires du CPF interdite par téléphone, SMS et courriel, hors "
        "action de formation en cours.",
        "Canvassing CPF holders by phone, SMS or email is forbidden, outside a training "
        "action in progress.",
    ),
    # --- caller ID (ARCEP décision 2022-1583) ---------------------------------------------
    refuse(
        "arcep.automated_missing", "caller_id_missing", frozenset({Channel.AUTOMATED_CALL}),
        BOTH, F.caller_id_missing, ("ARCEP décision 2022-1583",), ARCEP,
        "Appel automatisé sans numéro présenté : il doit présenter un numéro des plages "
        "réservées (0162, 0163, 0270, 0271, 0377, 0378, 0424, 0425, 0568, 0569, 0948, 0949).",
        "Automated call with no caller ID: it must present a number from the reserved ranges "
        "(0162, 0163, 0270, 0271, 0377, 0378, 0424, 0425, 0568, 0569, 0948, 0949).",
    ),
    refuse(
        "arcep.automated_range", "caller_id_not_reserved",
        frozenset({Channel.AUTOMATED_CALL}), BOTH, F.caller_id_not_reserved,
        ("ARCEP décision 2022-1583",), ARCEP,
        "Le numéro présenté n'appartient pas aux plages réservées aux systèmes automatisés "
        "d'appel.",
        "The caller ID is not in the ranges reserved for automated calling systems.",
    ),
    refuse(
        "arcep.sms_range", "caller_id_not_reserved", frozenset({Channel.SMS}), BOTH,
        F.caller_id_french_unreserved, ("ARCEP décision 2022-1583",), ARCEP,
        "SMS émis en masse depuis un numéro géographique, mobile ou 09 hors plages réservées.",
        "Bulk SMS sent from a geographic, mobile or 09 number outside the reserved ranges.",
    ),
    refuse(
        "arcep.phone_range", "caller_id_not_reserved", PHONE, BOTH,
        F.caller_id_french_unreserved, ("ARCEP décision 2022-1583",), ARCEP,
        "Numéro présenté hors des plages réservées au démarchage" + UNCONFIRMED_FR + ".",
        "Caller ID outside the ranges reserved for canvassing" + UNCONFIRMED_EN + ".",
        unconfirmed=True,
    ),
    # --- message content ---------------------------------------------------------------------
    refuse(
        "message.sender_electronic", "sender_not_identified", ELECTRONIC, BOTH,
        F.sender_not_identified, (L34_5,), LCEN,
        "Le message ne permet pas d'identifier l'annonceur pour le compte duquel il est "
        "envoyé.",
        "The message does not identify the advertiser on whose behalf it is sent.",
    ),
    refuse(
        "message.sender_other", "sender_not_identified", OTHER_THAN_ELECTRONIC, BOTH,
        F.personal_data & F.sender_not_identified, ("RGPD art. 14(1)(a)",), GDPR,
        "Le courrier ou l'appel ne permet pas d'identifier le responsable du traitement.",
        "The mailing or call does not identify the controller.",
    ),
    refuse(
        "message.opt_out_electronic", "no_opt_out_means", ELECTRONIC, BOTH,
        F.no_opt_out_means, (L34_5, "RGPD art. 21(4)"), LCEN,
        "Le message n'offre pas de moyen simple et gratuit de s'opposer (lien ou « STOP »).",
        "The message offers no simple, free means to object (link or \"STOP\").",
    ),
    refuse(
        "message.opt_out_other", "no_opt_out_means", OTHER_THAN_ELECTRONIC, BOTH,
        F.personal_data & F.no_opt_out_means, ("RGPD art. 21(4)",), GDPR,
        "Le courrier ou l'appel n'offre pas de moyen simple de s'opposer.",
        "The mailing or call offers no simple means to object.",
    ),
    # --- obligations (returned even when refused) ------------------------------------------
    oblige(
        "oblige.art14_source", "inform_source_at_first_contact", ALL, BOTH,
        F.personal_data & ~F.from_the_person & ~F.informed,
        ("RGPD art. 14(2)(f)", "RGPD art. 14(3)(b)"), GDPR,
        "Informer la personne au plus tard lors de ce premier contact (art. 14), en nommant "
        "précisément la source de ses données.",
        "Inform the person at the latest with this first contact (art. 14), naming the "
        "precise source of their data.",
    ),
    oblige(
        "oblige.right_to_object", "state_right_to_object", ALL, BOTH, F.personal_data,
        ("RGPD art. 21(4)",), GDPR,
        "Présenter le droit d'opposition clairement et séparément de toute autre information.",
        "Present the right to object clearly and separately from any other information.",
    ),
    oblige(
        "oblige.opt_out_each_message", "opt_out_in_every_message", ELECTRONIC, BOTH,
        every_contact, (L34_5,), LCEN,
        "Chaque message doit comporter un moyen gratuit de s'opposer et identifier l'annonceur.",
        "Every message must carry a free means to object and identify the advertiser.",
    ),
    oblige(
        "oblige.keep_consent_proof", "keep_consent_proof", ALL, BOTH,
        consent_needed & F.valid_consent, ("RGPD art. 7(1)",), GDPR,
        "Conserver la preuve du consentement (quand, comment, quelle information donnée).",
        "Keep the proof of consent (when, how, what information was given).",
    ),
    oblige(
        "oblige.call_limits", "respect_call_limits", CALLS, CONSUMERS, calls_regulated,
        ("C. consom. art. D223-9",), D223_9,
        "Au plus 4 appels ou tentatives par 30 jours ; aucun pendant 60 jours après un refus ; "
        "du lundi au vendredi, 10 h – 13 h et 14 h – 20 h, hors jours fériés.",
        "At most 4 calls or attempts per 30 days; none for 60 days after a refusal; Monday to "
        "Friday, 10:00–13:00 and 14:00–20:00, not on public holidays.",
    ),
    oblige(
        "oblige.bloctel_monthly", "scrub_bloctel_monthly", CALLS, CONSUMERS, bloctel_regime,
        ("C. consom. art. R223-6",), BLOCTEL_FROM,
        "Faire expurger les fichiers par Bloctel au moins une fois par mois.",
        "Have files cleaned against Bloctel at least once a month.",
        until=BLOCTEL_UNTIL,
    ),
    oblige(
        "oblige.caller_id", "present_reserved_caller_id", PHONE, BOTH, F.caller_id_missing,
        ("ARCEP décision 2022-1583",), ARCEP,
        "Présenter un numéro des plages réservées au démarchage" + UNCONFIRMED_FR + ".",
        "Present a number from the ranges reserved for canvassing" + UNCONFIRMED_EN + ".",
        unconfirmed=True,
    ),
    oblige(
        "oblige.control_supplier", "control_supplier", ALL, BOTH,
        F.personal_data & F.broker_source,
        ("RGPD art. 26", "RGPD art. 28", "CNIL, partenaires, 28 déc. 2018"), GDPR,
        "Données achetées : contrôler effectivement la licéité du fournisseur (consentements "
        "vous nommant, preuves) et encadrer la relation par contrat.",
        "Bought data: effectively check the supplier's lawfulness (consents naming you, "
        "proofs) and frame the relationship by contract.",
    ),
    # --- the legal basis when allowed (first match wins) -------------------------------------
    basis(
        "basis.not_personal", Basis.NOT_PERSONAL_DATA, ~F.personal_data,
        (L34_5, "CNIL, délib. 17 févr. 2005"),
        "Adresse générique d'une personne morale : pas une donnée personnelle.",
        "Generic address of a legal person: not personal data.",
    ),
    basis(
        "basis.consent", Basis.CONSENT, (l34_5_opt_in | l223_1_opt_in) & F.valid_consent,
        ("RGPD art. 4(11)", "RGPD art. 7(1)"),
        "Consentement préalable valable.", "Valid prior consent.",
    ),
    basis(
        "basis.existing_customer", Basis.EXISTING_CUSTOMER, l34_5_opt_in & F.soft_opt_in,
        (L34_5,),
        "Exception « client » : produits analogues, coordonnées recueillies lors d'une vente.",
        "Existing-customer exception: analogous products, details collected at a sale.",
    ),
    basis(
        "basis.contract", Basis.CONTRACT_IN_PROGRESS,
        F.on_phone_call & F.consumer & F.contract_in_progress
        & (F.phone_opt_in_in_force | F.bloctel_listed),
        ("C. consom. art. L223-1",),
        "Sollicitation dans le cadre d'un contrat en cours.",
        "Solicitation within a contract in progress.",
    ),
    basis(
        "basis.legitimate_interest", Basis.LEGITIMATE_INTEREST, every_contact,
        ("RGPD art. 6(1)(f)",),
        "Intérêt légitime (régime d'opposition), avec information et droit d'opposition.",
        "Legitimate interest (opt-out regime), with information and the right to object.",
    ),
)  # fmt: skip


def boundaries() -> list[date]:
    """Every day on which the table's law changed (a row came into or out of force)."""
    days = {rule.valid_from for rule in RULES if rule.valid_from > ORIGIN}
    days |= {date.fromordinal(r.valid_until.toordinal() + 1) for r in RULES if r.valid_until}
    return sorted(days)


def rules_version(day: date) -> str:
    """The edition of the law in force on ``day``: the last change on or before it."""
    past = [change for change in boundaries() if change <= day]
    return past[-1].isoformat() if past else ORIGIN.isoformat()
