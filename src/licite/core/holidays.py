"""French public holidays (jours fériés) of the Code du travail, art. L3133-1, for any year.

Why: consumer telephone canvassing is allowed Monday to Friday *excluding public holidays*
(C. consom. art. D223-9, décret 2022-1313, which refers to C. travail art. L3133-1). The rule
engine needs the list for any date it is asked about, so it is computed, not tabulated.

Only the eleven holidays of L3133-1 are returned. Deliberately **not** included:

- the Alsace-Moselle extra days (Good Friday, 26 December): they come from C. travail
  art. L3134-13 (local law of Bas-Rhin, Haut-Rhin, Moselle), not from L3133-1;
- the overseas days commemorating the abolition of slavery (loi 83-550, décret 83-1003): they are
  local to each territory.

A caller that wants them must add them itself, knowing where the consumer lives.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache

__all__ = ["easter_sunday", "is_public_holiday", "public_holidays"]

#: Fixed-date holidays of C. travail art. L3133-1: (month, day) -> French name.
FIXED_HOLIDAYS: dict[tuple[int, int], str] = {
    (1, 1): "Jour de l'an",
    (5, 1): "Fête du Travail",
    (5, 8): "Victoire 1945",
    (7, 14): "Fête nationale",
    (8, 15): "Assomption",
    (11, 1): "Toussaint",
    (11, 11): "Armistice 1918",
    (12, 25): "Noël",
}

#: Movable holidays: offset in days from Easter Sunday -> French name.
EASTER_HOLIDAYS: dict[int, str] = {
    1: "Lundi de Pâques",
    39: "Ascension",
    50: "Lundi de Pentecôte",
}


def easter_sunday(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian / Meeus-Jones-Butcher algorithm)."""
    if year < 1583:
        raise ValueError(f"the Gregorian computus applies from 1583, not {year}")
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


#: Joins the names of two holidays that fall on the same day.
NAME_SEPARATOR = " / "


@lru_cache(maxsize=512)
def _holidays(year: int) -> tuple[tuple[date, str], ...]:
    easter = easter_sunday(year)
    days: dict[date, str] = {
        date(year, month, day): name for (month, day), name in FIXED_HOLIDAYS.items()
    }
    for offset, name in EASTER_HOLIDAYS.items():
        day = easter + timedelta(days=offset)
        days[day] = f"{days[day]}{NAME_SEPARATOR}{name}" if day in days else name
    return tuple(sorted(days.items()))


def public_holidays(year: int) -> dict[date, str]:
    """The public holidays of ``year`` (C. travail art. L3133-1), date -> French name, in order.

    Eleven holidays, but ten dates in the years where Ascension falls on 1 or 8 May (2008,
    1986, 2059…): that date then carries both names (``Fête du Travail / Ascension``).
    A fresh dict each call, so callers may change it.
    """
    return dict(_holidays(year))


@lru_cache(maxsize=512)
def _holiday_dates(year: int) -> frozenset[date]:
    return frozenset(day for day, _ in _holidays(year))


def is_public_holiday(day: date) -> bool:
    """Whether ``day`` is a public holiday of C. travail art. L3133-1 (computed once per year).

    A ``datetime`` is read as its calendar date (a ``datetime`` never equals a ``date``).
    """
    if isinstance(day, datetime):
        day = day.date()
    return day in _holiday_dates(day.year)
