"""The directory's domain model: people, the skills they hold, facilities and who staffs them.

These typed, frozen dataclasses are what the library computes on (the graph, search,
succession, pathways, the dashboard) and what the store loads and saves. They are defined
here and nowhere else: the bundle reads CSV and Excel rows *into* them
(:mod:`skillmap.bundle`, whose column rules live in :mod:`skillmap.bundle.columns`), and the
web app turns them into its declared JSON shapes. ``skillmap.bundle.records`` and
:mod:`skillmap.directory` keep their old names (``PersonRecord``...) as aliases.

>>> ada = Person("P1", "Ada", "Lovelace", "U", "technical", department="Chemistry")
>>> ada.name, Holding("P1", "nmr", 4).level, StaffRole("f1", "P1").role
('Ada Lovelace', 4, 'operator')
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar, overload

__all__ = ["Directory", "Facility", "FacilityDetail", "Flattened", "Holding", "Person",
           "PersonDetail", "SkillInfo", "StaffRole"]


@dataclass(frozen=True)
class Person:
    """A technician (or anyone in the directory). Dates of birth and retirement are private:
    only manager and admin views use them, as bands."""

    person_id: str
    given_name: str
    family_name: str
    institution: str
    job_family: str
    email: str | None = None
    department: str | None = None
    job_title: str | None = None
    grade: str | None = None
    fte: float | None = None
    start_date: date | None = None
    date_of_birth: date | None = None
    planned_retirement: str | None = None
    gender: str | None = None
    registrations: tuple[str, ...] = ()
    orcid: str | None = None
    public: bool = True
    summary: str | None = None
    # contract v2: None = unknown
    teaches: bool | None = None
    career_start: int | None = None
    register_interest: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """Given and family name, as every page and answer shows it."""
        return f"{self.given_name} {self.family_name}"


@dataclass(frozen=True)
class Holding:
    """A person's skill at a level (1 awareness ... 4 authority), when last used, and whether
    they want to develop it (None: not said). ``written`` is the name as the directory
    wrote it when the importer matched it to another name of the skill ("Mental Health
    First Aider (MHFA)" for first aid); None when it was the skill's own name."""

    person_id: str
    skill_id: str
    level: int = 2
    last_used: int | None = None
    interested: bool | None = None
    written: str | None = None


@dataclass(frozen=True)
class Facility:
    """A facility (instrument, workshop, core service) and the skills it requires."""

    facility_id: str
    name: str
    institution: str
    department: str | None = None
    kind: str | None = None
    description: str | None = None
    required_skills: tuple[str, ...] = ()
    # contract v2: "" = unknown; training_available None = unknown
    location: str = ""
    booking_url: str = ""
    contact_email: str = ""
    training_available: bool | None = None


@dataclass(frozen=True)
class StaffRole:
    """Someone's role on a facility's staff: lead, trainer, operator or backup."""

    facility_id: str
    person_id: str
    role: str = "operator"


@dataclass(frozen=True)
class SkillInfo:
    """A skill as the directory knows it (a reference to the taxonomy, or a name someone typed);
    ``status`` as in the store (taxonomy, unreviewed, promoted, merged, rejected); unreviewed
    names have no family."""

    id: str
    label: str
    family: str | None
    status: str = "taxonomy"


@dataclass(frozen=True)
class Directory:
    """Everything in one directory, loaded at one write ``generation``."""

    people: list[Person] = field(default_factory=list)
    holdings: Sequence[Holding] = field(default_factory=list)
    facilities: list[Facility] = field(default_factory=list)
    staff: Sequence[StaffRole] = field(default_factory=list)
    skills: dict[str, SkillInfo] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    generation: int = 0


@dataclass(frozen=True)
class PersonDetail:
    """One person, their skills, and their facility roles as (facility_id, name, role)."""

    person: Person
    holdings: list[Holding]
    facility_roles: list[tuple[str, str, str]]


@dataclass(frozen=True)
class FacilityDetail:
    """One facility and its staff as (person detail, role)."""

    facility: Facility
    staff: list[tuple[PersonDetail, str]]


T = TypeVar("T")


class Flattened(Sequence[T]):
    """The rows of ``{key: [rows]}`` as one sequence, flattened only when first read.

    A patched directory keeps its holdings this way: most patches never need the flat list.

    >>> rows = Flattened({"a": [1, 2], "b": [3]})
    >>> len(rows), list(rows), rows[-1]
    (3, [1, 2, 3], 3)
    """

    def __init__(self, groups: Mapping[str, Sequence[T]]) -> None:
        self.groups = groups
        self._flat: list[T] | None = None

    def _rows(self) -> list[T]:
        if self._flat is None:
            self._flat = [row for rows in self.groups.values() for row in rows]
        return self._flat

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[T]: ...
    def __getitem__(self, index: int | slice) -> T | Sequence[T]:
        return self._rows()[index]

    def __len__(self) -> int:
        return len(self._rows())

    def __iter__(self) -> Iterator[T]:
        return iter(self._rows())
