from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from licite.core.holidays import (
    NAME_SEPARATOR,
    easter_sunday,
    is_public_holiday,
    public_holidays,
)

EASTER = [
    (1818, date(1818, 3, 22)),
    (1943, date(1943, 4, 25)),
    (2000, date(2000, 4, 23)),
    (2019, date(2019, 4, 21)),
    (2024, date(2024, 3, 31)),
    (2025, date(2025, 4, 20)),
    (2026, date(2026, 4, 5)),
    (2027, date(2027, 3, 28)),
    (2038, date(2038, 4, 25)),
    (2285, date(2285, 3, 22)),
]

HOLIDAYS_2026 = {
    date(2026, 1, 1): "Jour de l'an",
    date(2026, 4, 6): "Lundi de Pâques",
    date(2026, 5, 1): "Fête du Travail",
    date(2026, 5, 8): "Victoire 1945",
    date(2026, 5, 14): "Ascension",
    date(2026, 5, 25): "Lundi de Pentecôte",
    date(2026, 7, 14): "Fête nationale",
    date(2026, 8, 15): "Assomption",
    date(2026, 11, 1): "Toussaint",
    date(2026, 11, 11): "Armistice 1918",
    date(2026, 12, 25): "Noël",
}


@pytest.mark.parametrize(("year", "expected"), EASTER)
def test_easter_sunday(year: int, expected: date) -> None:
    assert easter_sunday(year) == expected


def test_public_holidays_2026() -> None:
    holidays = public_holidays(2026)
    assert holidays == HOLIDAYS_2026
    assert list(holidays) == sorted(holidays)


def test_public_holidays_returns_a_fresh_dict() -> None:
    public_holidays(2026).clear()
    assert len(public_holidays(2026)) == 11


@pytest.mark.parametrize(
    ("day", "name"),
    [
        (date(2008, 5, 1), "Fête du Travail / Ascension"),
        (date(1986, 5, 8), "Victoire 1945 / Ascension"),
        (date(2059, 5, 8), "Victoire 1945 / Ascension"),
    ],
)
def test_ascension_on_a_fixed_holiday_keeps_both_names(day: date, name: str) -> None:
    holidays = public_holidays(day.year)
    assert holidays[day] == name
    assert len(holidays) == 10


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 4, 6), True),
        (date(2026, 5, 25), True),
        (date(2026, 7, 14), True),
        (date(2026, 4, 5), False),  # Easter Sunday itself is not in L3133-1's list
        (date(2026, 4, 3), False),  # Good Friday: Alsace-Moselle only (L3134-13)
        (date(2026, 12, 26), False),  # Saint-Étienne: Alsace-Moselle only
        (date(2026, 5, 24), False),  # Pentecost Sunday
        (date(2024, 4, 1), True),  # Easter Monday 2024
        (datetime(2026, 12, 25, 15, 30), True),  # a datetime is read as its date
    ],
)
def test_is_public_holiday(day: date, expected: bool) -> None:
    assert is_public_holiday(day) is expected


def test_julian_years_are_refused() -> None:
    with pytest.raises(ValueError, match="Gregorian"):
        easter_sunday(1500)


@given(st.integers(min_value=1900, max_value=2300))
def test_holiday_properties(year: int) -> None:
    easter = easter_sunday(year)
    holidays = public_holidays(year)
    names = [name for joined in holidays.values() for name in joined.split(NAME_SEPARATOR)]
    assert len(names) == len(set(names)) == 11
    ascension = easter + timedelta(days=39)
    collides = ascension in (date(year, 5, 1), date(year, 5, 8))
    assert len(holidays) == (10 if collides else 11)
    assert easter.weekday() == 6
    assert date(year, 3, 22) <= easter <= date(year, 4, 25)
    assert holidays[easter + timedelta(days=1)] == "Lundi de Pâques"
    assert holidays[ascension].endswith("Ascension")
    assert holidays[easter + timedelta(days=50)] == "Lundi de Pentecôte"
    assert ascension.weekday() == 3
    assert all(is_public_holiday(day) for day in holidays)
