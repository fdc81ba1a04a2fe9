"""The succession report as plain data: dataclasses a page or an API serialises as they are.

Nothing here holds a date of birth or a retirement date: people appear with a
retirement *band* only, and aggregates suppress groups of fewer than
:data:`MIN_GROUP` people. Dates that are not personal (the report's ``as_of``,
a mitigation's due date) are ISO strings, so ``dataclasses.asdict(report)`` is
JSON-ready.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from skillmap.exceptions import InvalidInput, SkillmapError

__all__ = [
    "AgeProfile", "FacilityRisk", "HeatCell", "HeatRow", "Holder", "MITIGATION_KINDS",
    "MITIGATION_STATUSES",
    "MIN_GROUP", "Mitigation", "MitigationView", "RequiredSkill", "Risk", "SEVERITY_LEVELS", "SkillGap",
    "SkillRisk", "StaffMember", "SuccessionError", "SuccessionReport", "Successor",
]

#: Aggregates (age bands, heatmap cells) over fewer people than this are suppressed.
MIN_GROUP = 5
#: Severity levels and the lowest score of each, worst first.
SEVERITY_LEVELS = (("critical", 75.0), ("high", 50.0), ("medium", 25.0), ("low", 0.0))
MITIGATION_KINDS = ("procedure", "shadowing", "training", "recruitment")
MITIGATION_STATUSES = ("planned", "in progress", "done")


class SuccessionError(InvalidInput):
    """A report was asked for with arguments that make no sense (a bad horizon, mitigation...)."""


@dataclass(frozen=True, slots=True)
class Mitigation:
    """An action a manager recorded against one gap: a skill or a facility.

    ``kind`` is one of :data:`MITIGATION_KINDS`: ``procedure`` (the know-how is
    written down), ``shadowing`` or ``training`` (ideally with a named
    ``trainee`` and a ``due`` date), ``recruitment``. ``id`` is the store's row id,
    carried through so a page can link to it.

    >>> Mitigation("training", skill_id="tem", trainee="P000123", due=date(2027, 6, 30)).target
    ('skill', 'tem')
    >>> Mitigation("coffee", facility_id="f1")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    skillmap.succession.model.SuccessionError: mitigation kind 'coffee' is not one of ...
    """

    kind: str
    skill_id: str | None = None
    facility_id: str | None = None
    trainee: str | None = None
    due: date | None = None
    note: str = ""
    id: int | None = None
    owner: str = ""
    status: str = "planned"
    department: str | None = None
    version: int = 1

    def __post_init__(self) -> None:
        if self.kind not in MITIGATION_KINDS:
            raise SuccessionError(f"mitigation kind {self.kind!r} is not one of "
                                  f"{', '.join(MITIGATION_KINDS)}")
        if self.status not in MITIGATION_STATUSES:
            raise SuccessionError(f"status {self.status!r} is not one of "
                                  f"{', '.join(MITIGATION_STATUSES)}")
        if (self.skill_id is None) == (self.facility_id is None):
            raise SuccessionError("a mitigation names exactly one skill_id or facility_id")

    @property
    def target(self) -> tuple[str, str]:
        """``("skill", skill_id)`` or ``("facility", facility_id)``."""
        return ("skill", self.skill_id) if self.skill_id else ("facility", self.facility_id or "")


@dataclass(frozen=True, slots=True)
class MitigationView:
    """A mitigation as the report shows it, with the factor it applied to the severity."""

    id: int | None
    kind: str
    target_kind: str
    target_id: str
    trainee: str | None
    trainee_name: str | None
    due: str | None
    note: str
    factor: float
    warnings: tuple[str, ...] = ()
    owner: str = ""
    status: str = "planned"
    overdue: bool = False
    department: str | None = None
    version: int = 1


@dataclass(frozen=True, slots=True)
class Holder:
    """Someone who holds a skill at practitioner level or above and retires within the horizon
    (or leaves, in a what-if); ``basis`` says how their retirement was estimated."""

    person_id: str
    name: str
    department: str | None
    level: int
    band: str
    basis: str
    expert: bool = False


@dataclass(frozen=True, slots=True)
class SkillGap:
    """A skill a successor would need to gain, from `current_level` (0 = none) to `target_level`."""

    skill_id: str
    label: str
    current_level: int
    target_level: int


@dataclass(frozen=True, slots=True)
class Successor:
    """A candidate to succeed the retiring holders of a skill or facility."""

    person_id: str
    name: str
    department: str | None
    readiness: float
    current_level: int
    retirement_band: str
    reasons: tuple[str, ...]
    to_gain: tuple[SkillGap, ...]


@dataclass(slots=True, kw_only=True)
class Risk:
    """What a skill's and a facility's risk share: cover now and after the leavers, severity
    before and after mitigation, why, and who could be trained."""

    label: str
    institution: str
    holders_by_level: dict[int, int]
    retiring: list[Holder]
    unknown_retirement: int
    experts_now: int
    experts_remaining: int
    experts_retiring: int
    practitioners_now: int
    practitioners_remaining: int
    capable_now: int
    bus_factor: int
    cover_now: float
    cover_remaining: float
    expert_only: bool
    facility_critical: bool
    severity: float
    level: str
    mitigated_severity: float
    mitigated_level: str
    reasons: list[str] = field(default_factory=list)
    mitigations: list[MitigationView] = field(default_factory=list)
    successors: list[Successor] = field(default_factory=list)
    #: Candidates the viewer may not name (private profiles of other departments), by
    #: department.
    other_candidates: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True, kw_only=True)
class SkillRisk(Risk):
    """One skill in one institution, within the report's scope."""

    skill_id: str
    family: str | None
    departments: list[str]
    facilities: list[str]
    retiring_by_level: dict[int, int]


@dataclass(frozen=True, slots=True)
class RequiredSkill:
    """One required skill of a facility, with its cover in the scope (plus the facility's staff)."""

    skill_id: str
    label: str
    experts_now: int
    experts_remaining: int
    practitioners_now: int
    practitioners_remaining: int
    capable_now: int
    retiring: int
    bus_factor: int
    cover_remaining: float
    expert_only: bool
    severity: float
    mitigated_severity: float


@dataclass(frozen=True, slots=True)
class StaffMember:
    """A member of a facility's staff, with their retirement band only."""

    person_id: str
    name: str
    role: str
    band: str
    retiring: bool | None     # None: not shown (outside the viewer's departments)


@dataclass(slots=True, kw_only=True)
class FacilityRisk(Risk):
    """One facility: how well its required skills (or, lacking those, its staff) survive."""

    facility_id: str
    kind: str | None
    department: str | None
    required_skills: list[RequiredSkill]
    weakest_skill: str | None
    staff: list[StaffMember]
    #: Staff the viewer may not name, by department.
    other_staff: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AgeProfile:
    """People in the scope per age band; a band of 1 to 4 people is None (suppressed)."""

    bands: dict[str, int | None]
    unknown: int | None
    aged_50_plus: int | None
    share_50_plus: float | None
    suppressed: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class HeatCell:
    """People of one department holding one skill family (practitioner or above), and how
    many of them retire within the horizon; all None when fewer than MIN_GROUP people."""

    people: int | None
    retiring: int | None
    share: float | None
    suppressed: bool


@dataclass(frozen=True, slots=True)
class HeatRow:
    institution: str
    department: str
    cells: dict[str, HeatCell]


@dataclass(slots=True)
class SuccessionReport:
    """Everything the succession page shows, ranked worst first."""

    as_of: str
    horizon_years: int
    institution: str | None
    departments: list[str] | None
    leaving: list[str]
    people: int
    unknown_retirement: int | None
    retirement_profile: dict[str, int | None]
    skill_risks: list[SkillRisk]
    facility_risks: list[FacilityRisk]
    age_profile: AgeProfile
    heatmap: list[HeatRow]
    families: dict[str, str]
    definitions: dict[str, str]
    notes: list[str] = field(default_factory=list)
    #: Facilities in scope with safe expert cover (severity low), not ranked as risks.
    covered_facilities: list[FacilityRisk] = field(default_factory=list)
