"""Expected retirement: UK State Pension age, planned dates, bands; hand-computed edges."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from skillmap.bundle.records import PersonRecord
from skillmap.retirement import (BAND_2_TO_5, BAND_5_TO_10, BAND_LATER, BAND_UNKNOWN,
                                 BAND_WITHIN_2, BANDS, expected_retirement,
                                 parse_planned_retirement, retirement_band, state_pension_date)

PERSON = PersonRecord("P1", "Ada", "Lovelace", "Uni", "technical")


@pytest.mark.parametrize("born, reaches", [
    # 66 for everyone born before 6 April 1960
    (date(1955, 6, 1), date(2021, 6, 1)),
    (date(1960, 4, 5), date(2026, 4, 5)),
    # Pensions Act 2014 s.26 table 3: each "6th to 5th" period adds a month
    (date(1960, 4, 6), date(2026, 5, 6)),      # 66y 1m
    (date(1960, 5, 5), date(2026, 6, 5)),      # still 66y 1m
    (date(1960, 5, 6), date(2026, 7, 6)),      # 66y 2m
    (date(1960, 9, 10), date(2027, 3, 10)),    # 66y 6m (explanatory notes)
    (date(1961, 1, 22), date(2027, 11, 22)),   # 66y 10m (explanatory notes)
    (date(1961, 2, 6), date(2028, 1, 6)),      # 66y 11m
    (date(1961, 3, 5), date(2028, 2, 5)),      # last day of the transition
    # paragraph (7A): months without the day
    (date(1960, 7, 31), date(2026, 11, 30)),
    (date(1960, 12, 31), date(2027, 9, 30)),
    (date(1961, 1, 31), date(2027, 11, 30)),
    # 67 from 6 March 1961 to 5 April 1977 (Pensions Act 2014 s.26)
    (date(1961, 3, 6), date(2028, 3, 6)),
    (date(1977, 4, 5), date(2044, 4, 5)),
    # Pensions Act 2007 Sch. 3 (amending Pensions Act 1995 Sch. 4): the 67 -> 68 table,
    # legislation.gov.uk/ukpga/2007/22/schedule/3
    (date(1977, 4, 6), date(2044, 5, 6)),      # first period: 6 Apr - 5 May 1977
    (date(1977, 5, 5), date(2044, 5, 6)),
    (date(1977, 5, 6), date(2044, 7, 6)),      # second period
    (date(1977, 12, 25), date(2045, 9, 6)),    # 6 Dec 1977 - 5 Jan 1978
    (date(1978, 3, 6), date(2046, 3, 6)),      # last period: 6 Mar - 5 Apr 1978
    (date(1978, 4, 5), date(2046, 3, 6)),
    # 68 for births after 5 April 1978 (Pensions Act 2007 s.13)
    (date(1978, 4, 6), date(2046, 4, 6)),
    (date(1990, 8, 15), date(2058, 8, 15)),
    (date(1964, 2, 29), date(2031, 2, 28)),    # a leap-day birthday in a common year
])
def test_state_pension_date(born, reaches):
    assert state_pension_date(born) == reaches


@pytest.mark.parametrize("months", range(1, 12))
def test_every_transition_period_adds_its_months(months):
    """Pensions Act 2014 s.26, table 3: the n-th birth period adds n months to 66."""
    first = date(1960 + (3 + months - 1) // 12, (3 + months - 1) % 12 + 1, 6)
    last = date(1960 + (3 + months) // 12, (3 + months) % 12 + 1, 5)
    for born in (first, last):
        assert state_pension_date(born) == date(born.year + 66 + (born.month + months - 1) // 12,
                                                (born.month + months - 1) % 12 + 1, born.day)


def test_planned_retirement_overrides_date_of_birth():
    person = replace(PERSON, date_of_birth=date(1958, 2, 2), planned_retirement="2035-06-30")
    assert expected_retirement(person) == (date(2035, 6, 30), "planned")


def test_planned_month_means_its_first_day():
    person = replace(PERSON, planned_retirement="2030-12")
    assert expected_retirement(person) == (date(2030, 12, 1), "planned")


def test_date_of_birth_gives_state_pension_age_or_normal_retirement_age():
    person = replace(PERSON, date_of_birth=date(1964, 6, 1))
    assert expected_retirement(person) == (date(2031, 6, 1), "state pension age")
    assert expected_retirement(person, normal_retirement_age=65) == (date(2029, 6, 1),
                                                                     "normal retirement age")


def test_neither_date_is_unknown():
    assert expected_retirement(PERSON) == (None, "unknown")
    assert expected_retirement(PERSON, normal_retirement_age=65) == (None, "unknown")


@pytest.mark.parametrize("text", ["2028-13", "28-05", "2028/05", "soon", "2028-02-30"])
def test_bad_planned_retirement_is_rejected(text):
    with pytest.raises(ValueError, match="planned retirement"):
        parse_planned_retirement(text)


@pytest.mark.parametrize("retirement, band", [
    (date(2020, 1, 1), BAND_WITHIN_2),         # already past: about to leave
    (date(2026, 1, 1), BAND_WITHIN_2),
    (date(2028, 1, 1), BAND_WITHIN_2),         # exactly two years: inside
    (date(2028, 1, 2), BAND_2_TO_5),
    (date(2031, 1, 1), BAND_2_TO_5),
    (date(2031, 1, 2), BAND_5_TO_10),
    (date(2036, 1, 1), BAND_5_TO_10),
    (date(2036, 1, 2), BAND_LATER),
    (None, BAND_UNKNOWN),
])
def test_retirement_bands(retirement, band):
    assert retirement_band(retirement, date(2026, 1, 1)) == band


def test_band_names_are_the_five_of_the_issue():
    assert BANDS == ("within 2 years", "2-5 years", "5-10 years", "later", "unknown")


@pytest.mark.parametrize("period", range(12))
def test_every_period_of_the_rise_to_68_has_its_date(period):
    """Pensions Act 2007 Sch. 3: births in the n-th "6th to 5th" period from 6 April 1977
    reach State Pension age on the 6th of every second month from May 2044."""
    first = date(1977 + (3 + period) // 12, (3 + period) % 12 + 1, 6)
    last = date(1977 + (4 + period) // 12, (4 + period) % 12 + 1, 5)
    reaches = date(2044 + (4 + 2 * period) // 12, (4 + 2 * period) % 12 + 1, 6)
    assert state_pension_date(first) == state_pension_date(last) == reaches
