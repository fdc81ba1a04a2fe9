"""Editing a profile: validated, attributable, and never silently overwriting another edit.

Each save names the version it started from and the database decides: the
first statement of a save is ``UPDATE person ... WHERE version = :expected``,
and when it changes no row (someone saved meanwhile, even a millisecond
earlier in another process) :class:`EditConflict` is raised and nothing is
written, so the editor can compare and decide. PostgreSQL's row lock and
SQLite's write lock make concurrent saves wait for each other, so exactly one
save per version wins. Every saved change is written to the audit log, in the
same transaction, with the values before and after.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from skillmap.bundle import cells
from skillmap.bundle.columns import ROLES
from skillmap.exceptions import Conflict, SkillmapError
from skillmap.matching import SkillMatcher
from skillmap.store.accounts import audit
from skillmap.store.models import (Facility, FacilityStaff, Person, PersonRegistration,
                                   PersonSkill, Skill)
from skillmap.store.queries import bump_generation, rows_changed
from skillmap.taxonomy import Taxonomy

__all__ = ["EditConflict", "ProfileEdit", "SkillRow", "current_profile", "save_profile"]


class EditConflict(Conflict):
    """Someone saved this profile after the editor opened it; ``current`` is what they saved."""

    def __init__(self, current: dict[str, Any]):
        self.current = current
        super().__init__("this profile was changed by someone else while you were editing it")


@dataclass(frozen=True)
class SkillRow:
    skill: str                  # an id, a label, a synonym or free text
    level: int = 2
    last_used: int | None = None
    interested: bool | None = None


@dataclass
class ProfileEdit:
    """What an editor may change; the person's HR fields come from imports only."""

    summary: str | None = None
    public: bool = True
    orcid: str | None = None
    email: str | None = None
    registrations: tuple[str, ...] = ()
    skills: list[SkillRow] = field(default_factory=list)
    facilities: list[tuple[str, str]] = field(default_factory=list)   # (facility_id, role)
    # the facts registration advice needs (contract v2); None/() = unknown / none chosen
    teaches: bool | None = None
    career_start: int | None = None
    register_interest: tuple[str, ...] = ()


def current_profile(session: Session, person_id: str) -> dict[str, Any] | None:
    """The editable state of a profile, with its version, as plain data (also the audit form)."""
    person = session.get(Person, person_id)
    if person is None:
        return None
    labels = dict(session.execute(select(Skill.id, Skill.label)).all())
    return {
        "version": person.version, "summary": person.summary, "public": person.public,
        "orcid": person.orcid, "email": person.email,
        "registrations": sorted(r.code for r in person.registrations),
        "teaches": person.teaches, "career_start": person.career_start,
        "register_interest": sorted(person.register_interest or ()),
        "skills": sorted(({"skill_id": h.skill_id, "skill": labels.get(h.skill_id, h.skill_id),
                           "level": h.level, "last_used": h.last_used,
                           "interested": h.interested} for h in person.skills),
                         key=lambda s: s["skill"].casefold()),
        "facilities": [{"facility_id": f, "role": r} for f, r in session.execute(
            select(FacilityStaff.facility_id, FacilityStaff.role)
            .where(FacilityStaff.person_id == person_id).order_by(FacilityStaff.facility_id))],
    }


def validate(edit: ProfileEdit, taxonomy: Taxonomy, facility_ids: set[str],
             *, latest_year: int) -> dict[str, str]:
    """Field name -> message for everything wrong with `edit` (empty when it is fine)."""
    problems: dict[str, str] = {}
    for name, parser, value in (("orcid", cells.orcid, edit.orcid),
                                ("email", cells.email, edit.email)):
        if value:
            try:
                parser(value)
            except ValueError as exc:
                problems[name] = str(exc)
    if unknown := set(edit.registrations) - taxonomy.registrations.keys():
        problems["registrations"] = f"unknown registration {sorted(unknown)[0]}"
    if unknown := set(edit.register_interest) - taxonomy.registers.keys():
        problems["register_interest"] = f"unknown register {sorted(unknown)[0]}"
    if edit.career_start is not None and not (
            cells.EARLIEST_CAREER_START <= edit.career_start <= latest_year):
        problems["career_start"] = (f"a year from {cells.EARLIEST_CAREER_START} to "
                                    f"{latest_year}")
    if edit.summary and len(edit.summary) > 4000:
        problems["summary"] = "keep the summary under 4,000 characters"
    for number, row in enumerate(edit.skills):
        if not 1 <= row.level <= 4:
            problems[f"skills-{number}-level"] = "level must be 1 to 4"
        if row.last_used is not None and not 1950 <= row.last_used <= latest_year:
            problems[f"skills-{number}-last_used"] = f"year must be 1950 to {latest_year}"
        if len(row.skill) > 200:
            problems[f"skills-{number}-skill"] = "a skill name is at most 200 characters"
    for number, (facility_id, role) in enumerate(edit.facilities):
        if facility_id not in facility_ids:
            problems[f"facilities-{number}-facility_id"] = "choose a facility from the list"
        if role not in ROLES:
            problems[f"facilities-{number}-role"] = f"role must be one of {', '.join(ROLES)}"
    return problems


def save_profile(session: Session, person_id: str, edit: ProfileEdit, *, expected_version: int,
                 actor: str, matcher: SkillMatcher) -> int:
    """Write `edit` if the profile is still at `expected_version`; returns the new version.

    Raises
    ------
    EditConflict
        When someone else saved first; nothing is written.
    """
    before = current_profile(session, person_id)
    if before is None:
        raise SkillmapError(f"no person with id {person_id!r}")
    claimed = rows_changed(session, update(Person)
                           .where(Person.person_id == person_id,
                                  Person.version == expected_version)
                           .values(version=expected_version + 1, **_person_values(edit)))
    if claimed != 1:                # someone else saved first: write nothing
        session.expire_all()
        raise EditConflict(current_profile(session, person_id) or before)
    _replace_children(session, person_id, edit, matcher)     # expires what the ORM holds
    after = current_profile(session, person_id)
    assert after is not None
    audit(session, actor, "profile.edit", f"person:{person_id}", before, after)
    bump_generation(session)
    return expected_version + 1


def _person_values(edit: ProfileEdit) -> dict[str, object]:
    """The person columns an edit writes."""
    return {"summary": edit.summary or None, "public": edit.public,
            "orcid": cells.orcid(edit.orcid) if edit.orcid else None,
            "email": edit.email or None, "teaches": edit.teaches,
            "career_start": edit.career_start,
            "register_interest": sorted(edit.register_interest) or None}


def _replace_children(session: Session, person_id: str, edit: ProfileEdit,
                      matcher: SkillMatcher) -> None:
    rows: dict[str, dict[str, Any]] = {}
    # the name as imported stays with a holding while its skill does
    written = dict(session.execute(select(PersonSkill.skill_id, PersonSkill.written)
                                   .where(PersonSkill.person_id == person_id)).all())
    for row in edit.skills:
        match = matcher.match(row.skill)
        if match.via == "unreviewed" and session.get(Skill, match.skill_id) is None:
            session.add(Skill(id=match.skill_id, label=row.skill.strip(), synonyms=[],
                              abbreviations=[], related=[], status="unreviewed"))
            session.flush()
        rows[match.skill_id] = {"person_id": person_id, "skill_id": match.skill_id,
                                "level": row.level, "last_used": row.last_used,
                                "interested": row.interested,
                                "written": written.get(match.skill_id)}
    for table, values in ((PersonSkill, list(rows.values())),
                          (PersonRegistration, [{"person_id": person_id, "code": c}
                                                for c in sorted(set(edit.registrations))]),
                          (FacilityStaff, [{"facility_id": f, "person_id": person_id, "role": r}
                                           for f, r in dict(edit.facilities).items()])):
        session.execute(delete(table).where(table.person_id == person_id))
        if values:
            session.execute(insert(table), values)
    session.expire_all()


def facility_choices(session: Session) -> list[tuple[str, str]]:
    return [(f, n) for f, n in session.execute(select(Facility.facility_id, Facility.name)
                                               .order_by(Facility.name))]
