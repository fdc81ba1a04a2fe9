"""Read and validate the taxonomies: skills, grades and registrations.

Taxonomies are plain data files in one folder (``taxonomies/`` by default, or
the ``SKILLMAP_TAXONOMY_DIR`` setting), so an institution can replace them
with its own. This module knows nothing about the database.
"""

from __future__ import annotations

import csv
import hashlib
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Mapping

import yaml

from skillmap.exceptions import TaxonomyError

__all__ = [
    "Grade", "JobFamily", "Register", "RegistrationLevel", "Skill", "SkillFamily",
    "Taxonomy", "load_taxonomy", "normalise_term", "read_yaml", "split_list",
]

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_SEPARATORS = re.compile(r"[\s\-_/]+")


def normalise_term(text: str) -> str:
    """Fold case and separators so that spellings of one term compare equal.

    >>> normalise_term("  LC-MS/MS ")
    'lc ms ms'
    >>> normalise_term("Cryo_EM") == normalise_term("cryo-em")
    True
    """
    return _SEPARATORS.sub(" ", text.casefold()).strip()


def split_list(cell: str | None) -> list[str]:
    """Split a ``;``-separated cell into its trimmed, non-empty items.

    >>> split_list(" RSciTech; AFHEA ;")
    ['RSciTech', 'AFHEA']
    """
    return [item.strip() for item in (cell or "").split(";") if item.strip()]


@dataclass(frozen=True)
class SkillFamily:
    id: str
    label: str
    description: str = ""


@dataclass(frozen=True)
class Skill:
    id: str
    label: str
    family: str
    synonyms: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    esco_uri: str = ""
    description: str = ""

    @property
    def terms(self) -> tuple[str, ...]:
        """Every name the skill goes by: label, synonyms and abbreviations."""
        return (self.label, *self.synonyms, *self.abbreviations)


@dataclass(frozen=True)
class RegistrationLevel:
    code: str
    title: str
    register: str
    rank: int
    qualification: str = ""
    min_years_experience: int = 0
    typical_grade: str | None = None
    requirements: str = ""
    source: str = ""
    #: every key of the level's YAML entry, for rules the fields above don't cover
    details: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class Register:
    id: str
    label: str
    levels: tuple[RegistrationLevel, ...]
    awarded_by: str = ""
    source: str = ""
    #: every key of the register's YAML entry (e.g. ``disciplines``), read by skillmap.pathways
    details: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class Grade:
    family: str
    code: str
    title: str
    level: int
    pay_spine: tuple[int, int] | None = None
    professorial_equivalent: bool = False
    requirements: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    source: str = ""


@dataclass(frozen=True)
class JobFamily:
    code: str
    label: str
    grades: tuple[Grade, ...]
    description: str = ""
    source: str = ""


@dataclass(frozen=True)
class Taxonomy:
    """Everything read from one taxonomy folder."""

    families: dict[str, SkillFamily]
    skills: dict[str, Skill]
    job_families: dict[str, JobFamily]
    default_family: str
    lateral_moves: tuple[tuple[tuple[str, str], tuple[str, str], str], ...]
    registers: dict[str, Register]
    ambiguous_terms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Terms that name several skills (STEM, SDS, MS...): normalised term -> candidate ids.

    Neither import nor search may resolve one silently: import keeps it for review
    with the candidates as suggestions."""
    esco_labels: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Skill id -> the ESCO preferred and alternative labels of the skill's ``esco_uri``
    and of the further ESCO concepts linked to it as the skill or a narrower part of it
    (``esco_labels.csv``, a modified subset of ESCO v1.2): extra names the importer's
    matcher accepts ("perform water chemistry analysis")."""
    uses: Mapping[str, str] = field(default_factory=dict)
    """Skill id -> what researchers use the skill for, in their own everyday words
    (``skill_uses.csv``: "freeze purified protein on grids in thin ice" for cryo-EM grid
    preparation); search reads it so that a need described in plain words finds the skill."""

    @cached_property
    def registrations(self) -> dict[str, RegistrationLevel]:
        """Every registration level by code, across all registers."""
        return {level.code: level for reg in self.registers.values() for level in reg.levels}

    def grade(self, family: str, code: str) -> Grade | None:
        """The grade `code` of job family `family`, or None."""
        job_family = self.job_families.get(family)
        return next((g for g in job_family.grades if g.code == code), None) if job_family else None


#: The files a Taxonomy is read from (``commitment.yaml`` is read by skillmap.commitment).
FILES = ("skill_families.csv", "skills.csv", "registrations.yaml", "grades.yaml",
         "ambiguous_terms.csv", "esco_labels.csv", "skill_uses.csv")
LOADED_LIMIT = 8            # taxonomies (distinct file contents) kept per process
_LOADED: OrderedDict[str, Taxonomy] = OrderedDict()
_LOADED_LOCK = threading.Lock()


def load_taxonomy(folder: str | Path | None = None) -> Taxonomy:
    """Read and cross-check the taxonomy files in `folder` (default: the bundled ``taxonomies/``).

    A folder whose files hold what an earlier call read gives that call's Taxonomy object
    again (read once per process, whichever folder holds the files): what is built on a
    taxonomy and kept per taxonomy object (the matcher's index, the search's) is then built
    once, not once per application object or test. A changed file is read afresh.

    Raises
    ------
    TaxonomyError
        When a file is missing or a reference does not resolve; the message names the file.

    >>> load_taxonomy() is load_taxonomy()
    True
    """
    if folder is None:
        folder = Path(__file__).resolve().parent.parent / "taxonomies"
    folder = Path(folder)
    key = _contents_key(folder)
    with _LOADED_LOCK:
        found = _LOADED.get(key)
        if found is not None:
            _LOADED.move_to_end(key)
            return found
    taxonomy = _read_taxonomy(folder)
    with _LOADED_LOCK:
        taxonomy = _LOADED.setdefault(key, taxonomy)     # a concurrent reader's, if first
        while len(_LOADED) > LOADED_LIMIT:
            _LOADED.popitem(last=False)
    return taxonomy


def _contents_key(folder: Path) -> str:
    """A digest of what the taxonomy files in `folder` hold (a missing file counts too)."""
    digest = hashlib.blake2b(digest_size=20)
    for name in FILES:
        path = folder / name
        data = path.read_bytes() if path.is_file() else None
        digest.update(f"{name}:{-1 if data is None else len(data)}:".encode())
        digest.update(data or b"")
    return digest.hexdigest()


def _read_taxonomy(folder: Path) -> Taxonomy:
    families = _load_skill_families(folder / "skill_families.csv")
    skills = _load_skills(folder / "skills.csv", families)
    registers = _load_registers(folder / "registrations.yaml")
    registration_codes = {lvl.code for reg in registers.values() for lvl in reg.levels}
    job_families, default_family, moves = _load_grades(folder / "grades.yaml", registration_codes)
    ambiguous = _load_ambiguous(folder / "ambiguous_terms.csv", skills)
    esco = _load_esco_labels(folder / "esco_labels.csv", skills)
    uses = _load_uses(folder / "skill_uses.csv", skills)
    return Taxonomy(families, skills, job_families, default_family, moves, registers, ambiguous,
                    esco, uses)


def _read_csv(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        raise TaxonomyError(f"{path}: file not found")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def read_yaml(path: Path) -> dict[str, Any]:
    """A YAML file's top-level mapping; a missing or malformed file is a TaxonomyError."""
    if not path.is_file():
        raise TaxonomyError(f"{path}: file not found")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise TaxonomyError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise TaxonomyError(f"{path}: expected a mapping at the top level")
    return data


def _load_skill_families(path: Path) -> dict[str, SkillFamily]:
    rows = _read_csv(path)
    return {r["id"]: SkillFamily(r["id"], r["label"], r.get("description") or "") for r in rows}


def _load_skills(path: Path, families: dict[str, SkillFamily]) -> dict[str, Skill]:
    skills: dict[str, Skill] = {}
    for row_number, row in enumerate(_read_csv(path), start=2):
        skill_id = (row.get("id") or "").strip()
        where = f"{path.name} row {row_number}"
        if not SLUG.match(skill_id):
            raise TaxonomyError(f"{where}: skill id {skill_id!r} is not a lowercase slug")
        if skill_id in skills:
            raise TaxonomyError(f"{where}: duplicate skill id {skill_id!r}")
        if row.get("family") not in families:
            raise TaxonomyError(f"{where}: unknown family {row.get('family')!r}")
        skills[skill_id] = Skill(
            id=skill_id, label=row["label"].strip(), family=row["family"],
            synonyms=tuple(split_list(row.get("synonyms"))),
            abbreviations=tuple(split_list(row.get("abbreviations"))),
            related=tuple(split_list(row.get("related"))),
            esco_uri=(row.get("esco_uri") or "").strip(),
            description=(row.get("description") or "").strip(),
        )
    for skill in skills.values():
        unknown = [r for r in skill.related if r not in skills]
        if unknown:
            raise TaxonomyError(f"{path.name}: skill {skill.id!r} is related to unknown {unknown}")
    return skills


def _load_ambiguous(path: Path, skills: dict[str, Skill]) -> dict[str, tuple[str, ...]]:
    """``term,candidates,note`` rows; an optional file (a custom taxonomy may have none)."""
    if not path.is_file():
        return {}
    ambiguous: dict[str, tuple[str, ...]] = {}
    for row_number, row in enumerate(_read_csv(path), start=2):
        term = normalise_term(row.get("term") or "")
        candidates = tuple(split_list(row.get("candidates")))
        where = f"{path.name} row {row_number}"
        if not term:
            raise TaxonomyError(f"{where}: empty term")
        if term in ambiguous:
            raise TaxonomyError(f"{where}: duplicate term {term!r}")
        if unknown := [c for c in candidates if c not in skills]:
            raise TaxonomyError(f"{where}: term {term!r} names unknown skills {unknown}")
        ambiguous[term] = candidates
    return ambiguous


def _load_esco_labels(path: Path, skills: dict[str, Skill]) -> dict[str, tuple[str, ...]]:
    """``esco_uri,preferred_label,alt_labels[,skill]`` rows (alternatives ``|``-separated);
    an optional file. A row without ``skill`` gives the labels of some skill's own
    ``esco_uri``; a row with one links a further concept that is that skill or a
    narrower part of it ("operate hydraulic press" -> pneumatics and hydraulics)."""
    if not path.is_file():
        return {}
    by_uri: dict[str, list[str]] = {}
    for skill in skills.values():
        if skill.esco_uri:
            by_uri.setdefault(skill.esco_uri, []).append(skill.id)
    labels: dict[str, tuple[str, ...]] = {}
    for row_number, row in enumerate(_read_csv(path), start=2):
        uri = (row.get("esco_uri") or "").strip()
        linked = (row.get("skill") or "").strip()
        if linked and linked not in skills:
            raise TaxonomyError(f"{path.name} row {row_number}: unknown skill {linked!r}")
        if not linked and uri not in by_uri:
            raise TaxonomyError(f"{path.name} row {row_number}: {uri!r} is no skill's esco_uri")
        names = [row.get("preferred_label") or "", *(row.get("alt_labels") or "").split("|")]
        for skill_id in [linked] if linked else by_uri[uri]:
            labels[skill_id] = tuple(dict.fromkeys(
                [*labels.get(skill_id, ()), *(n.strip() for n in names if n.strip())]))
    return labels


def _load_uses(path: Path, skills: dict[str, Skill]) -> dict[str, str]:
    """``skill_id,uses`` rows, one per skill; an optional file."""
    if not path.is_file():
        return {}
    uses: dict[str, str] = {}
    for row_number, row in enumerate(_read_csv(path), start=2):
        skill_id, text = (row.get("skill_id") or "").strip(), (row.get("uses") or "").strip()
        where = f"{path.name} row {row_number}"
        if skill_id not in skills:
            raise TaxonomyError(f"{where}: unknown skill {skill_id!r}")
        if skill_id in uses:
            raise TaxonomyError(f"{where}: duplicate skill {skill_id!r}")
        if not text:
            raise TaxonomyError(f"{where}: empty uses for {skill_id!r}")
        uses[skill_id] = text
    return uses


def _load_registers(path: Path) -> dict[str, Register]:
    registers = {}
    for entry in read_yaml(path).get("registers") or []:
        levels = tuple(
            RegistrationLevel(
                code=lvl["code"], title=lvl["title"], register=entry["id"], rank=int(lvl["rank"]),
                qualification=lvl.get("qualification") or "",
                min_years_experience=int(lvl.get("min_years_experience") or 0),
                typical_grade=lvl.get("typical_grade"),
                requirements=lvl.get("requirements") or "", source=lvl.get("source") or "",
                details=dict(lvl),
            )
            for lvl in entry.get("levels") or []
        )
        registers[entry["id"]] = Register(entry["id"], entry["label"], levels,
                                          entry.get("awarded_by") or "", entry.get("source") or "",
                                          {k: v for k, v in entry.items() if k != "levels"})
    if not registers:
        raise TaxonomyError(f"{path}: no registers defined")
    return registers


Move = tuple[tuple[str, str], tuple[str, str], str]


def _load_grades(path: Path, registration_codes: set[str]
                 ) -> tuple[dict[str, JobFamily], str, tuple[Move, ...]]:
    data = read_yaml(path)
    job_families: dict[str, JobFamily] = {}
    for entry in data.get("families") or []:
        grades = tuple(_grade(entry["code"], g, registration_codes, path) for g in entry["grades"])
        job_families[entry["code"]] = JobFamily(entry["code"], entry["label"], grades,
                                                entry.get("description") or "",
                                                entry.get("source") or "")
    default_family = str(data.get("default_family"))
    if default_family not in job_families:
        raise TaxonomyError(f"{path}: default_family {default_family!r} is not a family")
    moves: list[Move] = []
    for move in data.get("lateral_moves") or []:
        ends = ((move["from"]["family"], move["from"]["grade"]),
                (move["to"]["family"], move["to"]["grade"]))
        for family, code in ends:
            if family not in job_families or code not in {g.code for g in job_families[family].grades}:
                raise TaxonomyError(f"{path}: lateral move names unknown grade {family}/{code}")
        moves.append((*ends, move.get("note") or ""))
    return job_families, default_family, tuple(moves)


def _grade(family: str, raw: dict[str, Any], registration_codes: set[str], path: Path) -> Grade:
    requirements = dict(raw.get("requirements") or {})
    wanted = {code for key in ("registrations", "registrations_desirable", "teaching")
              for code in requirements.get(key) or []}
    if unknown := wanted - registration_codes:
        raise TaxonomyError(f"{path}: grade {family}/{raw['code']} names unknown registrations "
                            f"{sorted(unknown)}")
    spine = raw.get("pay_spine")
    return Grade(family=family, code=str(raw["code"]), title=raw["title"], level=int(raw["level"]),
                 pay_spine=tuple(spine) if spine else None,
                 professorial_equivalent=bool(raw.get("professorial_equivalent")),
                 requirements=requirements, source=raw.get("source") or "")
