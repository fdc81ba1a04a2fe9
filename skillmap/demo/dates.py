"""Date arithmetic for the demo: whole years and months, and UK State Pension age.

The demo needs State Pension age to place the holders of a fragile facility's
key skill within a few years of retirement, which is what makes the facility
fragile in the succession report.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from random import Random

__all__ = ["add_months", "age_on", "random_date", "state_pension_date"]


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months, clamped to the end of a shorter month.

    >>> add_months(date(1960, 1, 31), 1)
    datetime.date(1960, 2, 29)
    >>> add_months(date(1961, 3, 6), 67 * 12)
    datetime.date(2028, 3, 6)
    """
    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def age_on(birth: date, day: date) -> int:
    """Age in whole years on `day`.

    >>> age_on(date(1976, 1, 2), date(2026, 1, 1)), age_on(date(1976, 1, 1), date(2026, 1, 1))
    (49, 50)
    """
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def state_pension_date(birth: date) -> date:
    """The day a person born on `birth` reaches UK State Pension age.

    66 for people born before 6 April 1960; 66 plus 1 to 11 months for those
    born 6 April 1960 to 5 March 1961; 67 up to 5 April 1977; 68 after that
    (Pensions Acts 2007 and 2014, see the domain notes §3).

    >>> state_pension_date(date(1960, 4, 15))
    datetime.date(2026, 5, 15)
    >>> state_pension_date(date(1961, 3, 6))
    datetime.date(2028, 3, 6)
    >>> state_pension_date(date(1959, 12, 1)), state_pension_date(date(1980, 6, 1))
    (datetime.date(2025, 12, 1), datetime.date(2048, 6, 1))
    """
    if birth < date(1960, 4, 6):
        return add_months(birth, 66 * 12)
    if birth <= date(1961, 3, 5):
        extra = (birth.year - 1960) * 12 + birth.month - 4 + (birth.day >= 6)
        return add_months(birth, 66 * 12 + extra)
    if birth <= date(1977, 4, 5):
        return add_months(birth, 67 * 12)
    return add_months(birth, 68 * 12)


def random_date(rng: Random, start: date, end: date) -> date:
    """A uniformly drawn day between `start` and `end` inclusive."""
    return start + timedelta(days=rng.randint(0, max(0, (end - start).days)))
