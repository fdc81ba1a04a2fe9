"""When each person is expected to retire, and the band a manager may see.

The succession report needs one expected retirement date per person. In order:

1. ``planned_retirement`` from the HR export, when given (an ISO date, or
   ``YYYY-MM`` meaning the first day of that month);
2. otherwise the date of birth plus the institution's *normal retirement age*,
   when the institution has set one;
3. otherwise the date of birth plus UK State Pension age (:func:`state_pension_date`);
4. otherwise *unknown*: such people are counted and shown as unknown, never
   treated as staying.

Dates of birth and retirement dates are personal data: outside this module
the report shows only the :data:`BANDS` of :func:`retirement_band`.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from skillmap.model import Person

__all__ = [
    "BANDS", "BAND_2_TO_5", "BAND_5_TO_10", "BAND_LATER", "BAND_UNKNOWN", "BAND_WITHIN_2",
    "BASIS_NORMAL", "BASIS_PLANNED", "BASIS_STATE_PENSION", "BASIS_UNKNOWN", "add_months",
    "add_years", "expected_retirement", "parse_planned_retirement", "retirement_band",
    "state_pension_date",
]

BAND_WITHIN_2 = "within 2 years"
BAND_2_TO_5 = "2-5 years"
BAND_5_TO_10 = "5-10 years"
BAND_LATER = "later"
BAND_UNKNOWN = "unknown"
#: The retirement bands, soonest first; the only form in which a manager sees retirement.
BANDS = (BAND_WITHIN_2, BAND_2_TO_5, BAND_5_TO_10, BAND_LATER, BAND_UNKNOWN)

BASIS_PLANNED = "planned"
BASIS_STATE_PENSION = "state pension age"
BASIS_NORMAL = "normal retirement age"
BASIS_UNKNOWN = "unknown"

#: Last birthday of the 66 -> 67 transition: people born 6 April 1960 to 5 March 1961.
_TRANSITION_START = date(1960, 4, 6)
_TRANSITION_END = date(1961, 3, 5)
#: People born 6 March 1961 to 5 April 1977 reach State Pension age at 67 (Pensions Act 2014
#: s.26). The rise to 68 is current law: Pensions Act 2007 s.13 and Schedule 3 (amending
#: Pensions Act 1995 Schedule 4) phase it in for births 6 April 1977 to 5 April 1978 by the
#: table below, and set 68 for births after 5 April 1978. Reviews (Cridland 2017, the
#: review begun in 2025) may propose bringing it forward; until Parliament changes the
#: statute, it applies. https://www.legislation.gov.uk/ukpga/2007/22/schedule/3 ,
#: http://www.legislation.gov.uk/ukpga/2007/22/notes/division/2/2/8/2?view=plain
STATE_PENSION_AGE_67 = 67
STATE_PENSION_AGE_LATER = 68
#: Pensions Act 2007 Sch. 3 table: the first day of each "6th to 5th" birth period from
#: 6 April 1977, and the day State Pension age is reached (two-month steps).
_TO_68 = tuple(zip(
    (date(1977 + (3 + k) // 12, (3 + k) % 12 + 1, 6) for k in range(12)),
    (date(2044 + (4 + 2 * k) // 12, (4 + 2 * k) % 12 + 1, 6) for k in range(12))))
_TO_68_START, _TO_68_END = date(1977, 4, 6), date(1978, 4, 5)

_PLANNED = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months; a day the target month lacks becomes its last day.

    >>> add_months(date(1960, 7, 31), 66 * 12 + 4)
    datetime.date(2026, 11, 30)
    >>> add_months(date(2026, 1, 31), -2)
    datetime.date(2025, 11, 30)
    """
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def add_years(day: date, years: int) -> date:
    """`day` moved by whole years (29 February becomes 28 February in a common year).

    >>> add_years(date(2024, 2, 29), 1), add_years(date(2026, 11, 25), 5)
    (datetime.date(2025, 2, 28), datetime.date(2031, 11, 25))
    """
    return add_months(day, 12 * years)


def state_pension_date(date_of_birth: date) -> date:
    """The day a person born on `date_of_birth` reaches UK State Pension age.

    Pensions Act 1995 Schedule 4 paragraph 1, as amended by the Pensions Act 2011
    s.1 and the Pensions Act 2014 s.26:

    - born before 6 April 1960: 66 (the 65 -> 66 transition is long complete for
      anyone still in work, and everyone it covered has reached 66);
    - born 6 April 1960 to 5 March 1961: 66 years and 1 to 11 months, by the
      "6th to 5th" birth period of table 3 (6 April-5 May 1960: +1 month, ...,
      6 February-5 March 1961: +11 months); a day the target month lacks is its
      last day, as paragraph 1(7A) says for 31 July 1960, 31 December 1960 and
      31 January 1961;
    - born 6 March 1961 to 5 April 1977: 67;
    - born 6 April 1977 to 5 April 1978: a fixed date by birth period, from
      6 May 2044 to 6 March 2046 (Pensions Act 2007 Schedule 3, the 67 -> 68 table);
    - born after 5 April 1978: 68 (Pensions Act 2007 s.13).

    A 29 February birthday falls on 28 February in a common year (an assumption:
    the Act is silent on it).

    Sources: https://www.legislation.gov.uk/ukpga/2014/19/section/26 (the Act, table 3
    and paragraph (7A)); http://legislation.gov.uk/ukpga/2014/19/notes/division/6/3/1
    (explanatory notes, with the worked examples below);
    https://www.legislation.gov.uk/ukpga/2007/22/schedule/3 (the rise to 68);
    https://www.legislation.gov.uk/ukpga/1995/26/schedule/4 (the amended Schedule).

    Examples
    --------
    >>> state_pension_date(date(1960, 4, 5))           # last day at 66
    datetime.date(2026, 4, 5)
    >>> state_pension_date(date(1960, 4, 6))           # first day of the transition
    datetime.date(2026, 5, 6)
    >>> state_pension_date(date(1960, 4, 15))          # explanatory notes: 15 May 2026
    datetime.date(2026, 5, 15)
    >>> state_pension_date(date(1960, 5, 5))           # still in the +1 month period
    datetime.date(2026, 6, 5)
    >>> state_pension_date(date(1960, 9, 10))          # notes: 66 and 6 months
    datetime.date(2027, 3, 10)
    >>> state_pension_date(date(1961, 1, 22))          # notes: 66 and 10 months
    datetime.date(2027, 11, 22)
    >>> state_pension_date(date(1960, 7, 31))          # paragraph (7A)(a)
    datetime.date(2026, 11, 30)
    >>> state_pension_date(date(1960, 12, 31)), state_pension_date(date(1961, 1, 31))
    (datetime.date(2027, 9, 30), datetime.date(2027, 11, 30))
    >>> state_pension_date(date(1961, 3, 5))           # last day of the transition
    datetime.date(2028, 2, 5)
    >>> state_pension_date(date(1961, 3, 6))           # first at 67
    datetime.date(2028, 3, 6)
    >>> state_pension_date(date(1977, 4, 5))           # last day at 67
    datetime.date(2044, 4, 5)
    >>> state_pension_date(date(1977, 4, 6)), state_pension_date(date(1978, 4, 5))
    (datetime.date(2044, 5, 6), datetime.date(2046, 3, 6))
    >>> state_pension_date(date(1978, 4, 6)), state_pension_date(date(1980, 6, 1))   # 68
    (datetime.date(2046, 4, 6), datetime.date(2048, 6, 1))
    """
    if date_of_birth < _TRANSITION_START:
        return add_years(date_of_birth, 66)
    if date_of_birth <= _TRANSITION_END:
        # The n-th "6th to 5th" period after 6 April 1960 adds n months (n = 1..11).
        months_after = (date_of_birth.year - 1960) * 12 + date_of_birth.month - 4
        extra = months_after + (1 if date_of_birth.day >= 6 else 0)
        return add_months(date_of_birth, 66 * 12 + extra)
    if date_of_birth < _TO_68_START:
        return add_years(date_of_birth, STATE_PENSION_AGE_67)
    if date_of_birth <= _TO_68_END:
        return next(day for start, day in reversed(_TO_68) if date_of_birth >= start)
    return add_years(date_of_birth, STATE_PENSION_AGE_LATER)


def parse_planned_retirement(value: str | date | None) -> date | None:
    """A ``planned_retirement`` cell as a date: ``YYYY-MM`` is the first of that month.

    >>> parse_planned_retirement("2028-05"), parse_planned_retirement("2027-01-31")
    (datetime.date(2028, 5, 1), datetime.date(2027, 1, 31))
    >>> parse_planned_retirement(" ") is None
    True
    >>> parse_planned_retirement("2028-13")
    Traceback (most recent call last):
    ...
    ValueError: planned retirement '2028-13' is not a date (YYYY-MM-DD) or a month (YYYY-MM)
    """
    if value is None or isinstance(value, date):
        return value
    text = value.strip()
    if not text:
        return None
    match = _PLANNED.match(text)
    try:
        if match is None:
            raise ValueError(text)
        year, month, day = match.groups()
        return date(int(year), int(month), int(day or 1))
    except ValueError:
        raise ValueError(f"planned retirement {value!r} is not a date (YYYY-MM-DD) "
                         "or a month (YYYY-MM)") from None


def expected_retirement(person: Person, *,
                        normal_retirement_age: int | None = None) -> tuple[date | None, str]:
    """The date `person` is expected to retire, and what it is based on.

    Parameters
    ----------
    person : Person
        Only ``planned_retirement`` and ``date_of_birth`` are read.
    normal_retirement_age : int, optional
        An institution's own retirement age; when set it replaces State Pension
        age for people without a planned date.

    Returns
    -------
    (date or None, str)
        The date and its basis: ``"planned"``, ``"state pension age"``,
        ``"normal retirement age"`` or ``"unknown"`` (the date is then None).

    Examples
    --------
    >>> p = Person("P1", "A", "B", "U", "technical", date_of_birth=date(1961, 3, 6))
    >>> expected_retirement(p)
    (datetime.date(2028, 3, 6), 'state pension age')
    >>> expected_retirement(p, normal_retirement_age=65)
    (datetime.date(2026, 3, 6), 'normal retirement age')
    >>> from dataclasses import replace
    >>> expected_retirement(replace(p, planned_retirement="2027-09"))
    (datetime.date(2027, 9, 1), 'planned')
    >>> expected_retirement(replace(p, date_of_birth=None))
    (None, 'unknown')
    """
    planned = parse_planned_retirement(person.planned_retirement)
    if planned is not None:
        return planned, BASIS_PLANNED
    if person.date_of_birth is None:
        return None, BASIS_UNKNOWN
    if normal_retirement_age is not None:
        return add_years(person.date_of_birth, normal_retirement_age), BASIS_NORMAL
    return state_pension_date(person.date_of_birth), BASIS_STATE_PENSION


def retirement_band(retirement: date | None, today: date) -> str:
    """The band of :data:`BANDS` that a retirement date falls in, seen from `today`.

    Each band includes its upper edge: retiring exactly two years from `today`
    is "within 2 years". A date already past is "within 2 years" too (the
    person is still in the directory, so they are about to leave).

    >>> today = date(2026, 1, 1)
    >>> [retirement_band(d, today) for d in (date(2025, 6, 1), date(2028, 1, 1),
    ...  date(2028, 1, 2), date(2031, 1, 1), date(2036, 1, 1), date(2036, 1, 2), None)]
    ['within 2 years', 'within 2 years', '2-5 years', '2-5 years', '5-10 years', 'later', 'unknown']
    """
    if retirement is None:
        return BAND_UNKNOWN
    for years, band in ((2, BAND_WITHIN_2), (5, BAND_2_TO_5), (10, BAND_5_TO_10)):
        if retirement <= add_years(today, years):
            return band
    return BAND_LATER
