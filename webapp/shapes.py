"""The public JSON shapes of the API, declared (not ``asdict`` of internal classes).

Every endpoint of ``/api/v1`` builds its answer here: search, people, pathways, succession and
the taxonomies. A field added to an internal dataclass does not leak into the public API by
accident: it appears only when it is added to a shape here (and to the contract).
``tests/web/test_shapes.py`` checks the shapes against the contract and real answers against
the shapes, key for key.

:func:`shaped` fills a shape from objects: each declared field is read from the first source
that has it (an attribute, or a key of a mapping) and converted by its declared type, so a
nested shape, a list or a dict of shapes is built the same way.
"""

from __future__ import annotations

import types
from collections.abc import Mapping
from typing import (TYPE_CHECKING, Any, TypedDict, TypeVar, Union, get_args, get_origin,
                    get_type_hints, is_typeddict)

from skillmap.taxonomy import Grade, RegistrationLevel, Skill, SkillFamily

if TYPE_CHECKING:
    from skillmap.pathways import Pathway
    from skillmap.search import SearchResponse
    from skillmap.succession import SuccessionReport

S = TypeVar("S")
_MISSING = object()


_FIELDS: dict[type, dict[str, Any]] = {}


def fields_of(shape: type) -> dict[str, Any]:
    """The declared fields of `shape` and their types (read once per shape)."""
    found = _FIELDS.get(shape)
    if found is None:
        found = _FIELDS[shape] = get_type_hints(shape)
    return found


def shaped(shape: type[S], *sources: object, **given: Any) -> S:
    """`shape` filled from `given`, else from the first of `sources` that has each field."""
    out: dict[str, Any] = {}
    for name, kind in fields_of(shape).items():
        value = given.get(name, _MISSING)
        for source in sources:
            if value is not _MISSING:
                break
            value = (source.get(name, _MISSING) if isinstance(source, Mapping)
                     else getattr(source, name, _MISSING))
        if value is _MISSING:
            raise KeyError(f"{shape.__name__}.{name}: no source has it")
        out[name] = _convert(value, kind)
    return out  # type: ignore[return-value]


_PLANS: dict[Any, tuple[str, Any]] = {}


def _plan(kind: Any) -> tuple[str, Any]:
    """How a value of declared type `kind` is converted (worked out once per type)."""
    found = _PLANS.get(kind)
    if found is None:
        origin, args = get_origin(kind), get_args(kind)
        found = (("shape", kind) if is_typeddict(kind) else
                 ("optional", next(a for a in args if a is not type(None)))
                 if origin in (Union, types.UnionType) else
                 ("list", args[0]) if origin is list else
                 ("dict", args[1]) if origin is dict else ("plain", None))
        _PLANS[kind] = found
    return found


def _convert(value: Any, kind: Any) -> Any:
    if value is None:
        return None
    how, inner = _plan(kind)
    if how == "shape":
        return shaped(inner, value)
    if how == "optional":
        return _convert(value, inner)
    if how == "list":
        return [_convert(v, inner) for v in value]
    if how == "dict":
        return {k: _convert(v, inner) for k, v in value.items()}
    if isinstance(value, (tuple, frozenset, set)):
        return list(value)
    return value


class SkillFamilyJSON(TypedDict):
    id: str
    label: str
    description: str


class SkillJSON(TypedDict):
    id: str
    label: str
    family: str
    synonyms: list[str]
    abbreviations: list[str]
    related: list[str]
    esco_uri: str
    description: str


class GradeJSON(TypedDict):
    family: str
    code: str
    title: str
    level: int
    pay_spine: list[int] | None
    professorial_equivalent: bool
    requirements: dict[str, Any]
    source: str


class RegistrationLevelJSON(TypedDict):
    code: str
    title: str
    register: str
    rank: int
    qualification: str
    min_years_experience: int
    typical_grade: str | None
    requirements: str
    source: str


def skill_family_json(f: SkillFamily) -> SkillFamilyJSON:
    return {"id": f.id, "label": f.label, "description": f.description}


def skill_json(s: Skill) -> SkillJSON:
    return {"id": s.id, "label": s.label, "family": s.family, "synonyms": list(s.synonyms),
            "abbreviations": list(s.abbreviations), "related": list(s.related),
            "esco_uri": s.esco_uri, "description": s.description}


def grade_json(g: Grade) -> GradeJSON:
    return {"family": g.family, "code": g.code, "title": g.title, "level": g.level,
            "pay_spine": list(g.pay_spine) if g.pay_spine is not None else None,
            "professorial_equivalent": g.professorial_equivalent,
            "requirements": dict(g.requirements), "source": g.source}


def registration_level_json(r: RegistrationLevel) -> RegistrationLevelJSON:
    return {"code": r.code, "title": r.title, "register": r.register, "rank": r.rank,
            "qualification": r.qualification, "min_years_experience": r.min_years_experience,
            "typical_grade": r.typical_grade, "requirements": r.requirements,
            "source": r.source}


# -- search -----------------------------------------------------------------------------
class MatchJSON(TypedDict):
    skill: str
    level: int | None
    via: str


class SearchResultJSON(TypedDict):
    person_id: str
    name: str
    job_title: str | None
    department: str | None
    institution: str
    score: float
    direct: bool
    matched: list[MatchJSON]


class StaffJSON(TypedDict):
    person_id: str
    name: str


class FacilityCardJSON(TypedDict):
    facility_id: str
    name: str
    roles: dict[str, list[StaffJSON]]


class SearchJSON(TypedDict):
    query: str
    total: int
    offset: int
    results: list[SearchResultJSON]
    facilities: list[FacilityCardJSON]


def search_json(query: str, response: SearchResponse) -> SearchJSON:
    return shaped(SearchJSON, response, query=query,
                  results=[shaped(SearchResultJSON, r, r.person) for r in response.results],
                  facilities=[shaped(FacilityCardJSON, card, roles={
                      role: [{"person_id": pid, "name": name} for pid, name in people]
                      for role, people in card.roles.items()}) for card in response.facilities])


# -- people -------------------------------------------------------------------------------
class CodeLabelJSON(TypedDict):
    code: str
    label: str


class GradeTitleJSON(TypedDict):
    code: str
    title: str


class HeldRegistrationJSON(TypedDict):
    code: str
    title: str
    register: str | None


class HeldSkillJSON(TypedDict):
    skill_id: str
    skill: str
    family: str | None
    level: int
    level_name: str
    last_used: int | None


class RoleJSON(TypedDict):
    facility_id: str
    name: str
    role: str


class ProfileJSON(TypedDict):
    person_id: str
    name: str
    given_name: str
    family_name: str
    job_title: str | None
    department: str | None
    institution: str
    email: str | None
    orcid: str | None
    summary: str | None
    job_family: CodeLabelJSON
    grade: GradeTitleJSON | None
    registrations: list[HeldRegistrationJSON]
    skills: list[HeldSkillJSON]
    facilities: list[RoleJSON]


def profile_json(profile: Mapping[str, Any]) -> ProfileJSON:
    """The API's profile, from :func:`skillmap.profiles.public_profile`."""
    return shaped(ProfileJSON, profile)


# -- pathway ------------------------------------------------------------------------------
class GradeRefJSON(TypedDict):
    node: str
    family: str
    family_label: str
    code: str
    title: str
    level: int
    professorial_equivalent: bool


class GradeStatsJSON(TypedDict):
    headcount: int
    public: int
    with_start_date: int
    median_years_in_post: float | None


class SkillSuggestionJSON(TypedDict):
    skill_id: str
    label: str
    family: str | None
    current_level: int
    target_level: int
    share: float
    holders: int
    grade_share: float
    interested: bool
    reason: str


class MentorJSON(TypedDict):
    person_id: str
    name: str
    job_title: str | None
    department: str | None
    institution: str
    grade: str
    shared: int
    shared_skills: list[str]
    can_teach: list[str]


class ReasonJSON(TypedDict):
    criterion: str
    met: bool
    text: str


class RegistrationOptionJSON(TypedDict):
    register: str
    register_label: str
    current: str | None
    code: str
    title: str
    rank: int
    eligible: bool
    reasons: list[ReasonJSON]
    on_route: bool
    benchmark: str
    condition: str
    source: str


class CheckJSON(TypedDict):
    requirement: str
    label: str
    required: Any
    held: Any
    met: bool | None
    missing: Any
    note: str
    desirable: bool


class NextStepJSON(TypedDict):
    target: str
    title: str
    kind: str
    note: str
    expected_years: int
    met: list[str]
    missing: list[str]
    to_assess: list[str]


class RouteJSON(TypedDict):
    nodes: list[str]
    moves: list[str]
    years: int
    laterals: int


class GradeStepJSON(GradeRefJSON):
    """A grade on the routes (once however many routes pass it) and what reaching it needs."""

    headcount: int
    median_years_in_post: float | None
    leads_to_top: bool
    met: list[str]
    missing: list[str]
    to_assess: list[str]
    checks: list[CheckJSON]


class PathwayJSON(TypedDict):
    person_id: str
    name: str
    current: GradeRefJSON
    years_experience: int | None
    experience_basis: str
    years_in_post: int | None
    teaches: bool | None
    registers: list[str]
    registers_basis: str
    time_in_grade: GradeStatsJSON
    at_top: bool
    target: GradeRefJSON
    skills_basis: str
    skills_to_develop: list[SkillSuggestionJSON]
    mentors: list[MentorJSON]
    registrations: list[RegistrationOptionJSON]
    next_steps: list[NextStepJSON]
    routes: list[RouteJSON]
    grades: dict[str, GradeStepJSON]
    apply_now: list[str]
    apply_next: list[str]


def pathway_json(pathway: Pathway, *, routes: int | None = None) -> PathwayJSON:
    """The contract's pathway; `routes` keeps the first N routes. What a step needs depends
    only on its target grade, so it appears once per grade under ``grades``."""
    kept = pathway.routes if routes is None else pathway.routes[:routes]
    steps = [*pathway.next_steps, *(step for route in kept for step in route.steps)]
    return shaped(PathwayJSON, pathway, next_steps=[
        shaped(NextStepJSON, step, target=step.target.node, title=step.target.title)
        for step in pathway.next_steps],
        routes=[shaped(RouteJSON, route, moves=[s.kind for s in route.steps]) for route in kept],
        grades={step.target.node: shaped(GradeStepJSON, step, step.target) for step in steps},
        apply_now=[o.code for o in pathway.apply_now],
        apply_next=[o.code for o in pathway.apply_next])


# -- succession ---------------------------------------------------------------------------
class MitigationJSON(TypedDict):
    id: int | None
    kind: str
    target_kind: str
    target_id: str
    trainee: str | None
    trainee_name: str | None
    due: str | None
    note: str
    factor: float
    warnings: list[str]
    owner: str
    status: str
    overdue: bool
    department: str | None
    version: int


class HolderJSON(TypedDict):
    """Someone retiring: a band, never a date."""

    person_id: str
    name: str
    department: str | None
    level: int
    band: str
    basis: str
    expert: bool


class SkillGapJSON(TypedDict):
    skill_id: str
    label: str
    current_level: int
    target_level: int


class SuccessorJSON(TypedDict):
    person_id: str
    name: str
    department: str | None
    readiness: float
    current_level: int
    retirement_band: str
    reasons: list[str]
    to_gain: list[SkillGapJSON]


class RequiredSkillJSON(TypedDict):
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


class StaffMemberJSON(TypedDict):
    person_id: str
    name: str
    role: str
    band: str
    retiring: bool | None


class RiskJSON(TypedDict):
    """What a skill risk and a facility risk share."""

    label: str
    institution: str
    holders_by_level: dict[int, int]
    retiring: list[HolderJSON]
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
    reasons: list[str]
    mitigations: list[MitigationJSON]
    successors: list[SuccessorJSON]
    other_candidates: dict[str, int]


class SkillRiskJSON(RiskJSON):
    skill_id: str
    family: str | None
    departments: list[str]
    facilities: list[str]
    retiring_by_level: dict[int, int]


class FacilityRiskJSON(RiskJSON):
    facility_id: str
    kind: str | None
    department: str | None
    required_skills: list[RequiredSkillJSON]
    weakest_skill: str | None
    staff: list[StaffMemberJSON]
    other_staff: dict[str, int]


class CoveredFacilityJSON(TypedDict):
    facility_id: str
    label: str
    department: str | None
    experts_now: int
    experts_remaining: int


class AgeProfileJSON(TypedDict):
    bands: dict[str, int | None]
    unknown: int | None
    aged_50_plus: int | None
    share_50_plus: float | None
    suppressed: list[str]


class HeatCellJSON(TypedDict):
    people: int | None
    retiring: int | None
    share: float | None
    suppressed: bool


class HeatRowJSON(TypedDict):
    institution: str
    department: str
    cells: dict[str, HeatCellJSON]


class SuccessionJSON(TypedDict):
    as_of: str
    horizon_years: int
    institution: str | None
    departments: list[str] | None
    leaving: list[str]
    people: int
    unknown_retirement: int | None
    retirement_profile: dict[str, int | None]
    skill_risks: list[SkillRiskJSON]
    facility_risks: list[FacilityRiskJSON]
    covered_facilities: list[CoveredFacilityJSON]
    total_skill_risks: int
    total_facility_risks: int
    total_covered_facilities: int
    age_profile: AgeProfileJSON
    heatmap: list[HeatRowJSON]
    families: dict[str, str]
    definitions: dict[str, str]
    notes: list[str]
    summary: dict[str, int]


def succession_json(report: SuccessionReport, summary: Mapping[str, int], *,
                    limit: int) -> SuccessionJSON:
    """The contract's succession report: the worst `limit` of each list (ranked worst first),
    with how many there are in all."""
    lists = ("skill_risks", "facility_risks", "covered_facilities")
    return shaped(SuccessionJSON, report, summary=summary,
                  **{name: getattr(report, name)[:limit] for name in lists},
                  **{f"total_{name}": len(getattr(report, name)) for name in lists})
