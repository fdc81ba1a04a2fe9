"""Read ``seed/institution.yaml`` and ``seed/names.yaml`` and fit them to a taxonomy.

The seed files name skills by id. An institution may point skillmap at its own
taxonomy, so every id the loaded taxonomy does not know is dropped here, once,
and the generator never has to check again.
"""

from __future__ import annotations

from typing import Any

from dataclasses import dataclass
from pathlib import Path

import yaml

from skillmap.exceptions import SkillmapError
from skillmap.settings import PROJECT_ROOT
from skillmap.taxonomy import Taxonomy

__all__ = ["DemoConfig", "Department", "FacilitySpec", "SEED_DIR", "load_config"]

SEED_DIR = PROJECT_ROOT / "seed"
ROLE_ORDER = ("lead", "backup", "trainer", "operator")


@dataclass(frozen=True)
class Department:
    id: str
    name: str
    short: str
    weight: float
    area: str
    specialisms: tuple[str, ...]
    teaching: float
    register: str | None
    job_families: dict[str, Any]
    titles: dict[str, Any]
    core_skills: tuple[str, ...]
    family_skills: tuple[str, ...]


@dataclass(frozen=True)
class FacilitySpec:
    id: str
    name: str
    department: str
    kind: str
    title: str
    description: str
    work: str
    required_skills: tuple[str, ...]
    roles: tuple[str, ...]
    key_skill: str | None = None


@dataclass(frozen=True)
class DemoConfig:
    institution: str
    email_domain: str
    consortium: dict[str, Any]
    general_skills: tuple[str, ...]
    management_skills: tuple[str, ...]
    teaching_skills: tuple[str, ...]
    proper_words: frozenset[str]
    departments: dict[str, Department]
    facilities: tuple[FacilitySpec, ...]
    job_titles: dict[str, Any]
    free_text: tuple[tuple[str, str], ...]
    workforce: dict[str, Any]
    names: dict[str, Any]


def _read(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise SkillmapError(f"{path}: demo seed file not found")
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data



def load_config(taxonomy: Taxonomy, folder: Path = SEED_DIR) -> DemoConfig:
    """The demo's hand-written facts, restricted to the skills `taxonomy` knows."""
    data = _read(folder / "institution.yaml")
    fragile = {f["facility"]: f["key_skill"] for f in data.get("fragile_facilities") or []
               if f["key_skill"] in taxonomy.skills}
    keys = set(fragile.values())
    known = [s for s in taxonomy.skills if s not in keys]
    facilities = tuple(_facility(raw, taxonomy, fragile.get(raw["id"]))
                       for raw in data["facilities"])
    shared = sorted(s for f in facilities if f.key_skill is None for s in f.required_skills
                    if s in keys)
    if shared:
        raise SkillmapError(f"{folder / 'institution.yaml'}: fragile key skills {shared} are "
                            "also required by a facility that is not fragile")
    departments = {raw["id"]: _department(raw, taxonomy, keys) for raw in data["departments"]}
    return DemoConfig(
        institution=data["institution"]["name"],
        email_domain=data["institution"]["email_domain"],
        consortium=data["consortium"],
        general_skills=tuple(s for s in data["general_skills"] if s in known),
        management_skills=tuple(s for s in data["management_skills"] if s in known),
        teaching_skills=tuple(s for s in data["teaching_skills"] if s in known),
        proper_words=frozenset(data.get("proper_words") or ()),
        departments=departments,
        facilities=tuple(f for f in facilities if f.department in departments),
        job_titles=data["job_titles"],
        free_text=tuple((f["text"], f["department"]) for f in data["free_text_skills"]),
        workforce=data["workforce"],
        names=_read(folder / "names.yaml"),
    )


def _department(raw: dict[str, Any], taxonomy: Taxonomy, keys: set[str]) -> Department:
    """A department with its skill pools: core skills first, then its families' other skills.

    Fragile key skills are in no pool: only the fragile facility's own staff may
    hold them, so that the facility really depends on them.
    """
    core = tuple(s for s in raw["core_skills"] if s in taxonomy.skills and s not in keys)
    families = set(raw["families"])
    rest = tuple(s.id for s in taxonomy.skills.values()
                 if s.family in families and s.id not in keys and s.id not in core)
    return Department(
        id=raw["id"], name=raw["name"], short=raw["short"], weight=float(raw["weight"]),
        area=raw["area"], specialisms=tuple(raw["specialisms"]),
        teaching=float(raw.get("teaching") or 0), register=raw.get("register"),
        job_families=dict(raw.get("job_families") or {}), titles=dict(raw.get("titles") or {}),
        core_skills=core, family_skills=rest,
    )


def _facility(raw: dict[str, Any], taxonomy: Taxonomy, key: str | None) -> FacilitySpec:
    """A facility with its known required skills and its roles, lead first."""
    required = tuple(s for s in raw["required_skills"] if s in taxonomy.skills)
    roles = tuple(role for role in ROLE_ORDER for _ in range(int(raw["staff"].get(role, 0))))
    return FacilitySpec(
        id=raw["id"], name=raw["name"], department=raw["department"], kind=raw["kind"],
        title=raw["title"], description=" ".join(raw["description"].split()),
        work=raw["work"], required_skills=required, roles=roles, key_skill=key,
    )
