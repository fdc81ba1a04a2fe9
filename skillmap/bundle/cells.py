"""Cell parsers: each turns one text cell into a value or raises ``ValueError(reason)``."""

from __future__ import annotations

import re
from datetime import date

from skillmap.taxonomy import split_list

# a date, or a date at midnight as pandas and Excel's "CSV" write a date column
_ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ]00:00(?::00(?:\.0+)?)?)?$")
_YEAR_MONTH = re.compile(r"^\d{4}-\d{2}$")
_ORCID = re.compile(r"^(?:https?://orcid\.org/)?(\d{4}-\d{4}-\d{4}-\d{3}[\dX])$", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
TRUE, FALSE = {"true", "yes", "y", "1"}, {"false", "no", "n", "0"}
# what databases, pandas and spreadsheets write for "no value": in a typed column (a date, a
# number, a code) never a value, so an empty cell
NULLS = frozenset({"null", "nan", "none", "n/a", "#n/a", "na"})


def iso_date(text: str) -> date:
    """Parse an ISO date ``YYYY-MM-DD`` (at midnight too: a spreadsheet's date column).

    >>> iso_date("1961-03-05"), iso_date("1961-03-05 00:00:00")
    (datetime.date(1961, 3, 5), datetime.date(1961, 3, 5))
    >>> iso_date("1961-03-05 14:30:00")
    Traceback (most recent call last):
    ValueError: not an ISO date YYYY-MM-DD
    >>> iso_date("05/03/1961")
    Traceback (most recent call last):
    ValueError: not an ISO date YYYY-MM-DD
    """
    match = _ISO_DATE.match(text)
    if not match:
        raise ValueError("not an ISO date YYYY-MM-DD")
    try:
        return date.fromisoformat(match.group(1))
    except ValueError:
        raise ValueError("no such calendar date") from None


def retirement(text: str) -> str:
    """Validate a planned retirement: an ISO date or a month ``YYYY-MM``; kept as written.

    >>> retirement("2031-09")
    '2031-09'
    >>> retirement("2031-13")
    Traceback (most recent call last):
    ValueError: not an ISO date or YYYY-MM month
    """
    if _YEAR_MONTH.match(text):
        if 1 <= int(text[5:]) <= 12:
            return text
        raise ValueError("not an ISO date or YYYY-MM month")
    if _ISO_DATE.match(text):
        return iso_date(text).isoformat()
    raise ValueError("not an ISO date or YYYY-MM month")


def orcid(text: str) -> str:
    """Validate an ORCID iD (ISO 7064 11,2 check digit); returns the bare iD.

    >>> orcid("https://orcid.org/0000-0002-1825-0097")
    '0000-0002-1825-0097'
    >>> orcid("0000-0002-1825-0098")
    Traceback (most recent call last):
    ValueError: ORCID check digit does not match (expected 7)
    """
    match = _ORCID.match(text)
    if not match:
        raise ValueError("not an ORCID iD like 0000-0002-1825-0097")
    digits = match.group(1).replace("-", "").upper()
    total = 0
    for digit in digits[:-1]:
        total = (total + int(digit)) * 2
    check = (12 - total % 11) % 11
    expected = "X" if check == 10 else str(check)
    if digits[-1] != expected:
        raise ValueError(f"ORCID check digit does not match (expected {expected})")
    return match.group(1).upper()


def boolean(text: str) -> bool:
    """``true``/``false`` (also yes/no, 1/0), in any case."""
    lowered = text.casefold()
    if lowered in TRUE:
        return True
    if lowered in FALSE:
        return False
    raise ValueError("expected true or false")


def fte(text: str) -> float:
    """A full-time equivalent, 0 < fte <= 1."""
    try:
        value = float(text)
    except ValueError:
        raise ValueError("not a number") from None
    if not 0 < value <= 1:
        raise ValueError("must be greater than 0 and at most 1")
    return value


_LEVEL_NAMES = {"awareness": 1, "practitioner": 2, "expert": 3, "authority": 4}


def level(text: str) -> int:
    """A skill level 1 (awareness) to 4 (authority), as a digit or its name.

    >>> [level(t) for t in ("3", "3.0", "Expert", "authority")]
    [3, 3, 3, 4]
    """
    lowered = _whole(text.strip().casefold())
    if lowered in {"1", "2", "3", "4"}:
        return int(lowered)
    if lowered in _LEVEL_NAMES:
        return _LEVEL_NAMES[lowered]
    raise ValueError("level must be 1, 2, 3 or 4 (awareness, practitioner, expert, authority)")


_YEAR = re.compile(r"\d{4}")
_WHOLE = re.compile(r"(\d+)\.0+")


def _whole(text: str) -> str:
    """A whole number as a float column writes it ("2021.0": pandas, for a column with
    blanks) without its decimals.

    >>> _whole("2021.0"), _whole("3.00"), _whole("2021.5")
    ('2021', '3', '2021.5')
    """
    match = _WHOLE.fullmatch(text)
    return match.group(1) if match else text


def year(text: str, *, latest: int) -> int:
    """A four-digit year no later than `latest`.

    >>> year("2021", latest=2026), year("2021.0", latest=2026)
    (2021, 2021)
    """
    text = _whole(text)
    if not _YEAR.fullmatch(text):
        raise ValueError("not a year YYYY")
    value = int(text)
    if not 1950 <= value <= latest:
        raise ValueError(f"year must be between 1950 and {latest}")
    return value


def email(text: str) -> str:
    if not _EMAIL.match(text):
        raise ValueError("not an email address (expected name@domain, no spaces)")
    return text


EARLIEST_CAREER_START = 1940
_REGISTER_CODE = re.compile(r"^[a-z0-9-]+$")
_URL_HOST = re.compile(r"^[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?::\d{1,5})?$|^localhost(?::\d{1,5})?$")


def career_start(text: str, *, today: date) -> int:
    """The year a technical career began: ``YYYY`` from 1940 to this year.

    >>> career_start("1998", today=date(2026, 12, 1))
    1998
    >>> career_start("2031", today=date(2026, 12, 1))
    Traceback (most recent call last):
    ValueError: career start must be a year between 1940 and 2026 (not in the future)
    """
    rule = (f"career start must be a year between {EARLIEST_CAREER_START} and {today.year} "
            "(not in the future)")
    text = _whole(text)
    if not _YEAR.fullmatch(text):
        raise ValueError(f"not a year YYYY: {rule}")
    value = int(text)
    if not EARLIEST_CAREER_START <= value <= today.year:
        raise ValueError(rule)
    return value


def https_url(text: str) -> str:
    """An absolute ``https://`` URL with a host name, kept as written.

    >>> https_url("https://booking.example.ac.uk/nmr?x=1")
    'https://booking.example.ac.uk/nmr?x=1'
    >>> https_url("booking.example.ac.uk/nmr")
    Traceback (most recent call last):
    ValueError: must be an absolute https:// URL, e.g. https://booking.example.ac.uk/nmr
    """
    from urllib.parse import urlsplit

    example = "must be an absolute https:// URL, e.g. https://booking.example.ac.uk/nmr"
    if any(c.isspace() for c in text) or not text.lower().startswith("https://"):
        raise ValueError(example)
    try:
        host = urlsplit(text).netloc.rsplit("@", 1)[-1]
    except ValueError:
        raise ValueError(example) from None
    if not _URL_HOST.match(host):
        raise ValueError(example)
    return text


def codes(text: str | None) -> list[str]:
    """A list of codes (registrations, registers), split at ``;`` as the contract writes it
    or at ``,`` (no code holds one).

    >>> codes(" RSciTech; AFHEA ;"), codes("CSci, FHEA")
    (['RSciTech', 'AFHEA'], ['CSci', 'FHEA'])
    """
    return split_list((text or "").replace(",", ";"))


def register_codes(text: str, known: dict[str, str]) -> tuple[tuple[str, ...], list[str]]:
    """Split a list of register codes (:func:`codes`); returns (canonical codes, unknown
    codes).

    `known` maps casefolded code -> canonical code; when it is empty any code
    of lower-case letters, digits and hyphens is accepted.

    >>> register_codes("Science-Council; ist;ist", {"science-council": "science-council",
    ...                                              "ist": "ist"})
    (('ist', 'science-council'), [])
    >>> register_codes("ist;Royal Society", {})
    (('ist',), ['Royal Society'])
    """
    found: set[str] = set()
    unknown: list[str] = []
    for part in codes(text):
        canonical = known.get(part.casefold()) if known else (
            part if _REGISTER_CODE.match(part) else None)
        if canonical is None:
            unknown.append(part)
        else:
            found.add(canonical)
    return tuple(sorted(found)), unknown
