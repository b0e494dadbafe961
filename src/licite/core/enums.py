"""The closed vocabularies of the decision format (``shared/spec/decision-format.md``).

Enum values are the wire values: they are binding for the JSON interface.
"""

from enum import StrEnum


class Channel(StrEnum):
    """How the person is reached. ``sms`` covers MMS; ``automated_call`` is a pre-recorded
    or automated dialler message; ``phone_call`` is a person speaking."""

    EMAIL = "email"
    SMS = "sms"
    AUTOMATED_CALL = "automated_call"
    FAX = "fax"
    PHONE_CALL = "phone_call"
    POSTAL_MAIL = "postal_mail"


#: Channels governed by CPCE art. L34-5 (opt-in for consumers).
ELECTRONIC_CHANNELS = frozenset({Channel.EMAIL, Channel.SMS, Channel.AUTOMATED_CALL, Channel.FAX})
#: Channels that reach a telephone line.
PHONE_CHANNELS = frozenset({Channel.SMS, Channel.AUTOMATED_CALL, Channel.FAX, Channel.PHONE_CALL})
#: Voice calls, human or automated (C. consom. art. D223-9, sector bans).
CALL_CHANNELS = frozenset({Channel.AUTOMATED_CALL, Channel.PHONE_CALL})


class Audience(StrEnum):
    """A private individual, or a person reached in their professional capacity."""

    CONSUMER = "consumer"
    PROFESSIONAL = "professional"


class ContactKind(StrEnum):
    """``organisation``: a generic role address of a legal person (not personal data)."""

    PERSON = "person"
    ORGANISATION = "organisation"


class SourceType(StrEnum):
    """How the data were obtained."""

    OWN_FORM = "own_form"
    SALE = "sale"
    BROKER = "broker"
    CLASSIFIED_ADS = "classified_ads"
    ONLINE_DIRECTORY = "online_directory"
    COMPANY_WEBSITE = "company_website"
    SOCIAL_NETWORK = "social_network"
    SIRENE = "sirene"
    OTHER_PUBLIC = "other_public"


#: Collected from the person directly (GDPR art. 13 rather than art. 14 applies).
FROM_THE_PERSON = frozenset({SourceType.OWN_FORM, SourceType.SALE})
#: Publicly accessible web sources whose terms of use must be checked before reuse.
PUBLIC_WEB_SOURCES = frozenset(
    {
        SourceType.CLASSIFIED_ADS,
        SourceType.ONLINE_DIRECTORY,
        SourceType.COMPANY_WEBSITE,
        SourceType.SOCIAL_NETWORK,
        SourceType.OTHER_PUBLIC,
    }
)


class ConsentMethod(StrEnum):
    """How a consent was expressed; the last four are never valid consent (GDPR art. 4(11))."""

    UNTICKED_CHECKBOX = "unticked_checkbox"
    DOUBLE_OPT_IN = "double_opt_in"
    SIGNED_FORM = "signed_form"
    RECORDED_ORAL = "recorded_oral"
    PRE_TICKED_BOX = "pre_ticked_box"
    TERMS_ACCEPTANCE = "terms_acceptance"
    BUNDLED_WITH_SERVICE = "bundled_with_service"
    IMPLIED = "implied"


VALID_CONSENT_METHODS = frozenset(
    {
        ConsentMethod.UNTICKED_CHECKBOX,
        ConsentMethod.DOUBLE_OPT_IN,
        ConsentMethod.SIGNED_FORM,
        ConsentMethod.RECORDED_ORAL,
    }
)


class Sector(StrEnum):
    """Sectors with special rules."""

    GENERAL = "general"
    ENERGY_RENOVATION = "energy_renovation"
    HOME_ADAPTATION = "home_adaptation"
    CPF_TRAINING = "cpf_training"
    PRESS = "press"


class Outcome(StrEnum):
    """What happened on a past contact or attempt."""

    ANSWERED = "answered"
    NO_ANSWER = "no_answer"
    REFUSED = "refused"


class Basis(StrEnum):
    """The legal basis relied on when a contact is allowed."""

    CONSENT = "consent"
    LEGITIMATE_INTEREST = "legitimate_interest"
    EXISTING_CUSTOMER = "existing_customer"
    CONTRACT_IN_PROGRESS = "contract_in_progress"
    NOT_PERSONAL_DATA = "not_personal_data"


class Diffusion(StrEnum):
    """INSEE SIRENE diffusion status: ``O`` open, ``P`` partial (no prospecting use)."""

    OPEN = "O"
    PARTIAL = "P"


#: Campaign purposes recognised; any other value is treated as commercial (the safer reading).
COMMERCIAL_PURPOSE = "commercial_prospecting"
NON_COMMERCIAL_PURPOSES = frozenset({"non_commercial_prospecting", "charity_fundraising"})
