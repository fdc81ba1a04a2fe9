"""Date arithmetic for the demo: ages and random days.

Month arithmetic and State Pension age come from :mod:`skillmap.retirement`,
the same rule the succession report uses, so the demo's fragile facilities
are fragile by the report's own reckoning.
"""

from __future__ import annotations

from datetime import date, timedelta
from random import Random

from skillmap.retirement import add_months, state_pension_date

__all__ = ["add_months", "age_on", "random_date", "state_pension_date"]


def age_on(birth: date, day: date) -> int:
    """Age in whole years on `day`.

    >>> age_on(date(1976, 1, 2), date(2026, 1, 1)), age_on(date(1976, 1, 1), date(2026, 1, 1))
    (49, 50)
    """
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def random_date(rng: Random, start: date, end: date) -> date:
    """A uniformly drawn day between `start` and `end` inclusive."""
    return start + timedelta(days=rng.randint(0, max(0, (end - start).days)))
