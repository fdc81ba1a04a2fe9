"""The public JSON shapes of the taxonomy API, declared (not ``asdict`` of internal classes).

A field added to an internal dataclass does not leak into the public API by accident: it
appears only when it is added here (and to the contract).
"""

from __future__ import annotations

from typing import Any, TypedDict

from skillmap.taxonomy import Grade, RegistrationLevel, Skill, SkillFamily


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
