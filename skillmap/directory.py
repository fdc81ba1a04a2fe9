"""The directory as plain data: what the graph, search and reports are computed from."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar, overload

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
    holdings: Sequence[HoldingRecord] = field(default_factory=list)
    facilities: list[FacilityRecord] = field(default_factory=list)
    staff: Sequence[StaffRecord] = field(default_factory=list)
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
