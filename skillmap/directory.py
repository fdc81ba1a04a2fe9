"""The directory as plain data: what the graph, search and reports are computed from."""

from __future__ import annotations

from dataclasses import dataclass, field

from skillmap.bundle.records import FacilityRecord, HoldingRecord, PersonRecord, StaffRecord


@dataclass(frozen=True)
class SkillInfo:
    """A skill as the directory knows it; ``status`` as in the store (taxonomy, unreviewed,
    promoted, merged, rejected); unreviewed names have no family."""

    id: str
    label: str
    family: str | None
    status: str = "taxonomy"


@dataclass
class Directory:
    """Everything in one directory, loaded at one write ``generation``."""

    people: list[PersonRecord] = field(default_factory=list)
    holdings: list[HoldingRecord] = field(default_factory=list)
    facilities: list[FacilityRecord] = field(default_factory=list)
    staff: list[StaffRecord] = field(default_factory=list)
    skills: dict[str, SkillInfo] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    generation: int = 0


@dataclass
class PersonDetail:
    """One person, their skills, and their facility roles as (facility_id, name, role)."""

    person: PersonRecord
    holdings: list[HoldingRecord]
    facility_roles: list[tuple[str, str, str]]


@dataclass
class FacilityDetail:
    """One facility and its staff as (person detail, role)."""

    facility: FacilityRecord
    staff: list[tuple[PersonDetail, str]]
