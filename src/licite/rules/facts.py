"""The facts the rules read: one boolean column per contact, named and explained.

Each fact is a small :class:`~licite.rules.predicate.Predicate` declared with ``@fact``; its
docstring is what the rule table shows a reviewer. Facts never decide and never detect: they
restate the request (contact, campaign, instant) as yes/no questions.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import numpy as np

from licite.core.arcep import is_reserved_prospecting_number
from licite.core.enums import (
    CALL_CHANNELS,
    ELECTRONIC_CHANNELS,
    NON_COMMERCIAL_PURPOSES,
    Channel,
    Sector,
    SourceType,
)
from licite.core.errors import InputError
from licite.core.holidays import is_public_holiday
from licite.core.model import Campaign
from licite.core.normalize import normalise_controller, normalise_phone
from licite.core.timeutil import PARIS
from licite.rules.frame import CHANNEL_BIT, SOURCE_CODE, ContactFrame, to_datetime64
from licite.rules.predicate import Mask, Predicate

FACTS: dict[str, Predicate] = {}

#: C. consom. art. D223-9: calls allowed 10:00–13:00 and 14:00–20:00 (seconds of the day).
CALL_WINDOWS = ((10 * 3600, 13 * 3600), (14 * 3600, 20 * 3600))
#: Décret 2026-662 as cited by a third party (UNCONFIRMED): phone consent valid one year.
PHONE_CONSENT_VALIDITY_YEARS = 1
PHONE_OPT_IN_FROM = date(2026, 8, 11)


def years_before(moment: datetime, years: int) -> datetime:
    """The same calendar instant ``years`` earlier (29 February becomes 28 February)."""
    try:
        return moment.replace(year=moment.year - years)
    except ValueError:
        return moment.replace(year=moment.year - years, day=28)


def months_before(moment: datetime, months: int) -> datetime:
    """The same day ``months`` earlier, clamped to the end of a shorter month."""
    month_index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(month_index, 12)
    for day in range(moment.day, 27, -1):
        try:
            return moment.replace(year=year, month=month + 1, day=day)
        except ValueError:
            continue
    return moment.replace(year=year, month=month + 1, day=min(moment.day, 28))


class Facts:
    """One batch of contacts (a :class:`ContactFrame`) seen by one campaign at one instant."""

    def __init__(self, frame: ContactFrame, campaign: Campaign, at: datetime) -> None:
        self.frame = frame
        self.n = frame.n
        self.campaign = campaign
        self.at = at
        self.at64 = to_datetime64(at)
        self.controller = normalise_controller(campaign.controller)
        self.channel_bit = CHANNEL_BIT[campaign.channel]
        self._cache: dict[int, Mask] = {}
        self.memo: dict[str, dict[str, Mask]] = {}

    def cached(self, predicate: Predicate) -> Mask:
        key = id(predicate)
        value = self._cache.get(key)
        if value is None:
            value = predicate.fn(self)
            self._cache[key] = value
        return value

    def col(self, name: str) -> np.ndarray:
        return self.frame.columns[name]

    def const(self, value: bool) -> Mask:
        return np.full(self.n, value, dtype=bool)

    def before(self, moment: datetime) -> np.datetime64:
        return to_datetime64(moment)

    def any_child(self, parent: np.ndarray, mask: Mask) -> Mask:
        return np.bincount(parent[mask], minlength=self.n) > 0

    def count_child(self, parent: np.ndarray, mask: Mask) -> np.ndarray:
        return np.bincount(parent[mask], minlength=self.n)


def fact(fn: Callable[[Facts], Mask]) -> Predicate:
    """Declare a base fact; its function name is its name, its docstring its explanation."""
    predicate = Predicate(fn.__name__, fn, doc=inspect.getdoc(fn) or "")
    FACTS[fn.__name__] = predicate
    return predicate


# --- who is contacted -------------------------------------------------------------------


@fact
def personal_data(f: Facts) -> Mask:
    """The contact is a natural person (or a generic address of a sole trader): GDPR applies."""
    return f.col("person") | (f.col("sirene_natural_person") == 1)


@fact
def consumer(f: Facts) -> Mask:
    """A private individual (audience ``consumer``)."""
    return f.col("consumer").copy()


@fact
def professional(f: Facts) -> Mask:
    """A person reached in their professional capacity (audience ``professional``)."""
    return ~f.col("consumer")


# --- the campaign -----------------------------------------------------------------------


@fact
def commercial_purpose(f: Facts) -> Mask:
    """The campaign promotes goods or services (any purpose but a non-commercial one)."""
    return f.const(f.campaign.purpose not in NON_COMMERCIAL_PURPOSES)


@fact
def related_to_profession(f: Facts) -> Mask:
    """The offer relates to the professional's job (campaign ``related_to_profession``)."""
    return f.const(f.campaign.related_to_profession)


@fact
def on_electronic_channel(f: Facts) -> Mask:
    """Email, SMS, automated call or fax: the channels of CPCE art. L34-5."""
    return f.const(f.campaign.channel in ELECTRONIC_CHANNELS)


@fact
def on_fax(f: Facts) -> Mask:
    """The campaign channel is fax."""
    return f.const(f.campaign.channel is Channel.FAX)


@fact
def on_call(f: Facts) -> Mask:
    """A voice call, by a person or an automated system."""
    return f.const(f.campaign.channel in CALL_CHANNELS)


@fact
def phone_opt_in_in_force(f: Facts) -> Mask:
    """The contact is on or after 2026-08-11 (Paris time), when consumer telephone canvassing
    became opt-in (C. consom. art. L223-1 as amended by loi 2025-594)."""
    return f.const(f.at.astimezone(PARIS).date() >= PHONE_OPT_IN_FROM)


@fact
def on_phone_call(f: Facts) -> Mask:
    """A call in which a person speaks."""
    return f.const(f.campaign.channel is Channel.PHONE_CALL)


@fact
def sector_energy_renovation(f: Facts) -> Mask:
    """Energy-saving or renewable-energy works or equipment for dwellings."""
    return f.const(f.campaign.sector is Sector.ENERGY_RENOVATION)


@fact
def sector_home_adaptation(f: Facts) -> Mask:
    """Adaptation of dwellings to ageing or disability."""
    return f.const(f.campaign.sector is Sector.HOME_ADAPTATION)


@fact
def sector_cpf_training(f: Facts) -> Mask:
    """Training paid with the compte personnel de formation (CPF)."""
    return f.const(f.campaign.sector is Sector.CPF_TRAINING)


@fact
def sector_press(f: Facts) -> Mask:
    """Supply of newspapers, periodicals or magazines (C. consom. art. L223-5)."""
    return f.const(f.campaign.sector is Sector.PRESS)


@fact
def sender_not_identified(f: Facts) -> Mask:
    """The message does not identify the person on whose behalf it is sent."""
    return f.const(not f.campaign.message.sender_identified)


@fact
def no_opt_out_means(f: Facts) -> Mask:
    """The message carries no free, simple means to object."""
    return f.const(not f.campaign.message.opt_out_means)


@lru_cache(maxsize=256)
def _caller_id(raw: str) -> tuple[bool, bool]:
    """(is a French number, is in an ARCEP reserved range) for a presented caller ID."""
    try:
        e164 = normalise_phone(raw)
    except InputError:
        return False, False
    return e164.startswith("+33"), is_reserved_prospecting_number(e164)


@fact
def caller_id_missing(f: Facts) -> Mask:
    """The campaign does not say which number is presented."""
    return f.const(f.campaign.caller_id is None)


@fact
def caller_id_not_reserved(f: Facts) -> Mask:
    """The presented number is not in a range ARCEP reserves for automated calling systems."""
    raw = f.campaign.caller_id
    return f.const(raw is not None and not _caller_id(raw)[1])


@fact
def caller_id_french_unreserved(f: Facts) -> Mask:
    """The presented number is a French number outside the ARCEP prospecting ranges."""
    raw = f.campaign.caller_id
    return f.const(raw is not None and _caller_id(raw) == (True, False))


# --- the source -------------------------------------------------------------------------


def _source_in(*types: SourceType) -> Callable[[Facts], Mask]:
    codes = [SOURCE_CODE[t] for t in types]
    return lambda f: np.isin(f.col("source_type"), codes)


@fact
def from_the_person(f: Facts) -> Mask:
    """Collected from the person (own form or sale): GDPR art. 13 applies, not art. 14."""
    return _source_in(SourceType.OWN_FORM, SourceType.SALE)(f)


@fact
def collected_at_sale(f: Facts) -> Mask:
    """Collected from the person on the occasion of a sale (source ``sale``)."""
    return _source_in(SourceType.SALE)(f)


@fact
def broker_source(f: Facts) -> Mask:
    """Bought or rented from a third party (source ``broker``)."""
    return _source_in(SourceType.BROKER)(f)


@fact
def public_web_source(f: Facts) -> Mask:
    """Collected from a publicly accessible web source (ads, directory, site, social network)."""
    return _source_in(
        SourceType.CLASSIFIED_ADS,
        SourceType.ONLINE_DIRECTORY,
        SourceType.COMPANY_WEBSITE,
        SourceType.SOCIAL_NETWORK,
        SourceType.OTHER_PUBLIC,
    )(f)


@fact
def terms_forbid_reuse(f: Facts) -> Mask:
    """The source's terms of use forbid scraping or reuse for prospecting."""
    return f.col("terms_forbid_reuse") == 1


@fact
def terms_unchecked(f: Facts) -> Mask:
    """Nobody checked the source's terms of use (``terms_forbid_reuse`` is null)."""
    return f.col("terms_forbid_reuse") == -1


@fact
def robots_disallowed(f: Facts) -> Mask:
    """robots.txt disallowed the fetch for our user agent."""
    return f.col("robots_disallowed") == 1


@fact
def tdm_reserved(f: Facts) -> Mask:
    """The source reserved text-and-data-mining rights (W3C TDMRep)."""
    return f.col("tdm_reserved") == 1


@fact
def source_name_missing(f: Facts) -> Mask:
    """The source has no name to tell the person."""
    return f.col("source_name_missing").copy()


@fact
def source_name_vague(f: Facts) -> Mask:
    """The source name is too vague to tell the person (e.g. "sources publiques")."""
    return f.col("source_name_vague").copy()


@fact
def sirene_partial_diffusion(f: Facts) -> Mask:
    """The SIRENE unit has partial diffusion (status ``P``): no prospecting use."""
    return f.col("sirene_partial").copy()


# --- data held --------------------------------------------------------------------------


@fact
def holds_art9_data(f: Facts) -> Mask:
    """The attributes reveal a special category of data (health, religion, opinions…)."""
    return f.col("holds_art9").copy()


@fact
def holds_art10_data(f: Facts) -> Mask:
    """The attributes mention criminal offences or convictions."""
    return f.col("holds_art10").copy()


@fact
def holds_nir(f: Facts) -> Mask:
    """The attributes contain a French social security number (NIR)."""
    return f.col("holds_nir").copy()


# --- retention and information ----------------------------------------------------------


def _latest(*columns: np.ndarray) -> np.ndarray:
    """Element-wise latest instant, ignoring missing ones (NaT only where all are missing)."""
    out = columns[0].copy()
    for column in columns[1:]:
        later = ~np.isnat(column) & (np.isnat(out) | (column > out))
        out[later] = column[later]
    return out


@fact
def prospect_retention_expired(f: Facts) -> Mask:
    """A prospect (not a customer, no contract in progress) collected, or last in touch on
    their own initiative, more than 3 years ago."""
    start = _latest(f.col("collected_at"), f.col("last_initiated_at"))
    prospect = ~f.col("customer") & ~f.col("contract_in_progress")
    return prospect & (start < f.before(years_before(f.at, 3)))


@fact
def customer_retention_expired(f: Facts) -> Mask:
    """A customer whose commercial relationship ended (or whose last purchase or own contact
    was) more than 3 years ago; never while a contract is in progress."""
    ended = f.col("relationship_ended_at")
    activity = _latest(f.col("last_purchase_at"), f.col("last_initiated_at"))
    activity = np.where(np.isnat(activity), f.col("collected_at"), activity)
    start = np.where(np.isnat(ended), activity, ended)
    running = np.isnat(ended) & f.col("contract_in_progress")
    return f.col("customer") & ~running & (start < f.before(years_before(f.at, 3)))


@fact
def informed(f: Facts) -> Mask:
    """The GDPR art. 14 notice was sent to the person before the contact."""
    informed_at = f.col("informed_at")
    return ~np.isnat(informed_at) & (informed_at <= f.at64)


@fact
def collected_over_a_month_ago(f: Facts) -> Mask:
    """The data were obtained more than one month before the contact."""
    return f.col("collected_at") < f.before(months_before(f.at, 1))


# --- objections -------------------------------------------------------------------------


@fact
def objection_on_file(f: Facts) -> Mask:
    """The person objected, before the contact, to this channel (or all) and to everyone or
    to this controller."""
    table = f.frame.objections
    if not len(table):
        return f.const(False)
    cols = table.columns
    applies = (cols["at"] <= f.at64) & ((cols["channels"] & f.channel_bit) != 0)
    whom = np.array([c is None or c == f.controller for c in cols["controller"]], dtype=bool)
    return f.any_child(table.parent, applies & whom)


# --- consents ---------------------------------------------------------------------------


def _consent_parts(f: Facts) -> dict[str, Mask]:
    """Per consent (child rows): the conditions of a valid consent, checked one by one."""
    table = f.frame.consents
    cols = table.columns
    parent = table.parent
    given_at, withdrawn_at = cols["given_at"], cols["withdrawn_at"]
    names = np.array(
        [
            f.controller in controllers or (not controllers and by == f.controller)
            for controllers, by in zip(cols["controllers"], cols["collected_by"], strict=True)
        ],
        dtype=bool,
    )
    collected_at = f.col("collected_at")[parent]
    from_broker = broker_source(f)[parent]
    expired = np.zeros(len(table), dtype=bool)
    if (
        f.campaign.channel is Channel.PHONE_CALL
        and f.at.astimezone(PARIS).date() >= PHONE_OPT_IN_FROM
    ):
        expired = given_at < f.before(years_before(f.at, PHONE_CONSENT_VALIDITY_YEARS))
    live = (
        ((cols["channels"] & f.channel_bit) != 0)
        & (given_at <= f.at64)
        & ~(~np.isnat(withdrawn_at) & (withdrawn_at <= f.at64))
    )
    parts = {
        "withdrawn": ((cols["channels"] & f.channel_bit) != 0)
        & names
        & ~np.isnat(withdrawn_at)
        & (withdrawn_at <= f.at64),
        "live": live,
        "names": names,
        "purpose": cols["purpose"] == f.campaign.purpose,
        "method": cols["method_valid"],
        "proof": cols["has_proof"],
        "before_transmission": ~(from_broker & (given_at > collected_at)),
        "current": ~expired,
        "out_of_hours": cols["out_of_hours"],
    }
    parts["valid"] = (
        live
        & names
        & parts["purpose"]
        & parts["method"]
        & parts["proof"]
        & parts["before_transmission"]
        & parts["current"]
    )
    return parts


def _consents(f: Facts, pick: Callable[[dict[str, Mask]], Mask]) -> Mask:
    table = f.frame.consents
    if not len(table):
        return f.const(False)
    parts = f.memo.get("consents")
    if parts is None:
        parts = f.memo["consents"] = _consent_parts(f)
    return f.any_child(table.parent, pick(parts))


@fact
def valid_consent(f: Facts) -> Mask:
    """A consent for this channel, naming this controller, for this purpose, given before the
    contact and not withdrawn, by a valid method (not pre-ticked, not terms acceptance…), with
    proof, obtained before any transmission by a broker (and, for phone calls, less than one
    year old: décret 2026-662 as cited by a third party, UNCONFIRMED)."""
    return _consents(f, lambda p: p["valid"])


@fact
def out_of_hours_consent(f: Facts) -> Mask:
    """A valid consent in which the person expressly agreed to calls outside the days and
    hours of C. consom. art. D223-9."""
    return _consents(f, lambda p: p["valid"] & p["out_of_hours"])


@fact
def consent_withdrawn(f: Facts) -> Mask:
    """A consent for this channel and controller was withdrawn before the contact."""
    return _consents(f, lambda p: p["withdrawn"])


@fact
def consent_invalid_method(f: Facts) -> Mask:
    """A consent for this channel and controller was not a clear affirmative act (pre-ticked
    box, acceptance of terms, bundled with a service, implied)."""
    return _consents(f, lambda p: p["live"] & p["names"] & ~p["method"])


@fact
def consent_without_proof(f: Facts) -> Mask:
    """A consent for this channel and controller has no proof."""
    return _consents(f, lambda p: p["live"] & p["names"] & ~p["proof"])


@fact
def consent_for_other_controller(f: Facts) -> Mask:
    """A consent for this channel does not name this controller (partner list of the form)."""
    return _consents(f, lambda p: p["live"] & ~p["names"])


@fact
def consent_for_other_purpose(f: Facts) -> Mask:
    """A consent for this channel and controller was given for another purpose."""
    return _consents(f, lambda p: p["live"] & p["names"] & ~p["purpose"])


@fact
def consent_after_transmission(f: Facts) -> Mask:
    """A broker's consent was obtained after the data had been transmitted."""
    return _consents(f, lambda p: p["live"] & p["names"] & ~p["before_transmission"])


@fact
def consent_expired(f: Facts) -> Mask:
    """A phone consent is more than one year old (UNCONFIRMED décret 2026-662, safer reading)."""
    return _consents(f, lambda p: p["live"] & p["names"] & ~p["current"])


# --- existing customers -----------------------------------------------------------------


@fact
def customer(f: Facts) -> Mask:
    """The person bought something from the controller."""
    return f.col("customer").copy()


@fact
def products_analogous(f: Facts) -> Mask:
    """Every product category promoted is one the customer bought (analogous products)."""
    wanted = frozenset(normalise_controller(c) for c in f.campaign.product_categories)
    if not wanted:
        return f.const(False)
    return np.array(
        [c is not None and wanted <= c for c in f.frame.customer_categories], dtype=np.bool_
    )


@fact
def objection_offered(f: Facts) -> Mask:
    """A free, simple means to object was offered at collection and is in the message."""
    return f.col("objection_offered") & f.campaign.message.opt_out_means


soft_opt_in = (
    ~on_fax
    & customer
    & collected_at_sale
    & products_analogous
    & objection_offered
    & ~customer_retention_expired
).named(
    "soft_opt_in",
    "All conditions of the existing-customer exception (CPCE art. L34-5 al. 4), which covers "
    "electronic mail (email, SMS and, as the CNIL restates it, automated calls) but not fax",
)
FACTS["soft_opt_in"] = soft_opt_in


@fact
def contract_in_progress(f: Facts) -> Mask:
    """A contract with this controller is being performed (the call relates to it)."""
    return f.col("contract_in_progress").copy()


# --- Bloctel (until 2026-08-10) ----------------------------------------------------------


@fact
def bloctel_listed(f: Facts) -> Mask:
    """The number is registered on Bloctel."""
    return f.col("bloctel_listed") == 1


@fact
def bloctel_unchecked(f: Facts) -> Mask:
    """The number was not checked against Bloctel before the call (never, or only after)."""
    checked_at = f.col("bloctel_checked_at")
    return (f.col("bloctel_listed") == -1) | np.isnat(checked_at) | (checked_at > f.at64)


@fact
def bloctel_check_stale(f: Facts) -> Mask:
    """The last Bloctel check is more than 30 days old (a cleaned file is valid 30 days)."""
    return f.col("bloctel_checked_at") < f.before(f.at - timedelta(days=30))


# --- C. consom. art. D223-9: days, hours, frequency ---------------------------------------


@lru_cache(maxsize=4096)
def _local(at: datetime, zone: str) -> tuple[bool, bool, bool]:
    """(weekend, public holiday, outside the hours) of ``at`` in the time zone ``zone``."""
    local = at.astimezone(ZoneInfo(zone))
    seconds = local.hour * 3600 + local.minute * 60 + local.second
    inside = any(start <= seconds < end for start, end in CALL_WINDOWS)
    return local.weekday() >= 5, is_public_holiday(local.date()), not inside


def _local_fact(f: Facts, index: int) -> Mask:
    zones, inverse = np.unique(f.col("timezone").astype(str), return_inverse=True)
    values = np.array([_local(f.at, str(zone))[index] for zone in zones], dtype=bool)
    return values[inverse.reshape(-1)] if f.n else f.const(False)


@fact
def local_weekend(f: Facts) -> Mask:
    """It is Saturday or Sunday in the person's time zone."""
    return _local_fact(f, 0)


@fact
def local_public_holiday(f: Facts) -> Mask:
    """It is a public holiday (C. trav. art. L3133-1) in the person's time zone."""
    return _local_fact(f, 1)


@fact
def local_outside_hours(f: Facts) -> Mask:
    """It is outside 10:00–13:00 and 14:00–20:00 in the person's time zone."""
    return _local_fact(f, 2)


def _calls_by_controller(f: Facts, days: int) -> Mask:
    cols = f.frame.interactions.columns
    call_bits = CHANNEL_BIT[Channel.PHONE_CALL] | CHANNEL_BIT[Channel.AUTOMATED_CALL]
    whom = np.array([c is None or c == f.controller for c in cols["controller"]], dtype=bool)
    window = (cols["at"] <= f.at64) & (cols["at"] > f.before(f.at - timedelta(days=days)))
    return ((cols["channel"] & call_bits) != 0) & whom & window


@fact
def four_calls_in_30_days(f: Facts) -> Mask:
    """This controller already called or tried to call the person 4 times in the last 30 days."""
    table = f.frame.interactions
    if not len(table):
        return f.const(False)
    return f.count_child(table.parent, _calls_by_controller(f, 30)) >= 4


@fact
def refused_in_last_60_days(f: Facts) -> Mask:
    """The person refused during a call from this controller less than 60 days ago."""
    table = f.frame.interactions
    if not len(table):
        return f.const(False)
    refused = _calls_by_controller(f, 60) & table.columns["refused"]
    return f.any_child(table.parent, refused)
