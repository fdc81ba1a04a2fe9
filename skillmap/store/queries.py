"""Read helpers: each returns plain data (:mod:`skillmap.model` records, dicts, numbers), never
ORM objects."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any, cast

from sqlalchemy import CursorResult, Executable, distinct, func, insert, select, update
from sqlalchemy.orm import Session

from skillmap import model
from skillmap.store.models import (AuditEntry, DirectoryState, Facility, FacilitySkill,
                                   FacilityStaff, Person, PersonRegistration, PersonSkill, Skill,
                                   SkillAlias)

PERSON_FIELDS = [c for c in model.Person.__dataclass_fields__ if c != "registrations"]


def directory_counts(session: Session) -> dict[str, int]:
    """How big the directory is: people, public profiles, departments, facilities, skills held."""
    def scalar(query: Any) -> int:
        return int(session.scalar(query) or 0)

    return {

        "people": scalar(select(func.count()).select_from(Person)),
        "public_people": scalar(select(func.count()).where(Person.public.is_(True))),
        "institutions": scalar(select(func.count(distinct(Person.institution)))),
        "departments": scalar(select(func.count(distinct(Person.department)))),
        "facilities": scalar(select(func.count()).select_from(Facility)),
        "skills_held": scalar(select(func.count(distinct(PersonSkill.skill_id)))),
        "skills_in_taxonomy": scalar(select(func.count()).where(Skill.status == "taxonomy")),
        "unreviewed_skills": scalar(select(func.count()).where(Skill.status == "unreviewed")),
    }


def load_people(session: Session) -> list[model.Person]:
    """Every person as a record, registrations included."""
    registrations: dict[str, list[str]] = {}
    for person_id, code in session.execute(
            select(PersonRegistration.person_id, PersonRegistration.code)
            .order_by(PersonRegistration.code)):
        registrations.setdefault(person_id, []).append(code)
    columns = [getattr(Person, f) for f in PERSON_FIELDS]
    return [_person_record(dict(zip(PERSON_FIELDS, row)), registrations.get(row[0], ()))
            for row in session.execute(select(*columns))]


def _person_record(values: dict[str, Any], registrations: Iterable[str]) -> model.Person:
    """A record from column values; the JSON list of register codes becomes a tuple."""
    values["register_interest"] = tuple(values.get("register_interest") or ())
    return model.Person(**values, registrations=tuple(registrations))


def load_holdings(session: Session) -> list[model.Holding]:
    table = PersonSkill.__table__
    return [model.Holding(*row) for row in session.execute(
        select(table.c.person_id, table.c.skill_id, table.c.level, table.c.last_used,
               table.c.interested, table.c.written))]


def load_facilities(session: Session) -> list[model.Facility]:
    skills: dict[str, list[str]] = {}
    for facility_id, skill_id in session.execute(select(FacilitySkill.facility_id,
                                                        FacilitySkill.skill_id)):
        skills.setdefault(facility_id, []).append(skill_id)
    table = Facility.__table__
    return [model.Facility(**row._asdict(), required_skills=tuple(sorted(
        skills.get(row.facility_id, ())))) for row in session.execute(select(table))]


def load_staff(session: Session) -> list[model.StaffRole]:
    table = FacilityStaff.__table__
    return [model.StaffRole(*row) for row in session.execute(
        select(table.c.facility_id, table.c.person_id, table.c.role))]


def skill_names(session: Session) -> dict[str, str]:
    """How each skill is written in a bundle: a taxonomy skill by its id, any other by its
    name, so that importing the export into an empty directory matches it the same way."""
    return {sid: (sid if status == "taxonomy" else label) for sid, label, status in
            session.execute(select(Skill.id, Skill.label, Skill.status))}


def generation(session: Session) -> int:
    """The directory's write generation (0 for a directory never written)."""
    return session.scalar(select(DirectoryState.generation).where(DirectoryState.id == 1)) or 0


def rows_changed(session: Session, statement: Executable) -> int:
    """Run an UPDATE or DELETE and return how many rows it changed (the optimistic-lock check)."""
    result = session.execute(statement, execution_options={"synchronize_session": False})
    return cast("CursorResult[Any]", result).rowcount


def bump_generation(session: Session) -> None:
    """Record that the directory changed; call inside the writing transaction.

    One atomic ``UPDATE ... SET generation = generation + 1``, so two concurrent
    writers never both write the same next generation.
    """
    bumped = rows_changed(session, update(DirectoryState).where(DirectoryState.id == 1)
                          .values(generation=DirectoryState.generation + 1))
    if bumped == 0:
        session.execute(insert(DirectoryState).values(id=1, generation=1))


def load_directory(session: Session) -> model.Directory:
    """The whole directory as plain data, for the graph and the search index."""
    skills = {sid: model.SkillInfo(sid, label, family, status) for sid, label, family, status
              in session.execute(select(Skill.id, Skill.label, Skill.family, Skill.status))}
    return model.Directory(people=load_people(session), holdings=load_holdings(session),
                     facilities=load_facilities(session), staff=load_staff(session),
                     skills=skills, aliases=load_aliases(session),
                     generation=generation(session))


def load_aliases(session: Session) -> dict[str, str]:
    """Names admins curated into synonyms: ``alias -> skill id``."""
    return dict(session.execute(select(SkillAlias.alias, SkillAlias.skill_id)).all())


def load_person(session: Session, person_id: str) -> model.PersonDetail | None:
    """One person with their skills and facility roles, or None."""
    person = session.get(Person, person_id)
    if person is None:
        return None
    record = _person_record({f: getattr(person, f) for f in PERSON_FIELDS},
                            sorted(r.code for r in person.registrations))
    holdings = [model.Holding(person_id, h.skill_id, h.level, h.last_used, h.interested,
                              h.written) for h in person.skills]
    roles = [(fid, name, role) for fid, name, role in session.execute(
        select(Facility.facility_id, Facility.name, FacilityStaff.role)
        .join(FacilityStaff, FacilityStaff.facility_id == Facility.facility_id)
        .where(FacilityStaff.person_id == person_id).order_by(Facility.name))]
    return model.PersonDetail(record, holdings, roles)


def load_facility(session: Session, facility_id: str) -> model.FacilityDetail | None:
    """One facility with its required skills and its staff (people records and roles)."""
    facility = session.get(Facility, facility_id)
    if facility is None:
        return None
    required = tuple(sorted(session.scalars(select(FacilitySkill.skill_id).where(
        FacilitySkill.facility_id == facility_id))))
    record = model.Facility(**{c.name: getattr(facility, c.name)
                               for c in Facility.__table__.columns}, required_skills=required)
    staff = [(person_id, role) for person_id, role in session.execute(
        select(FacilityStaff.person_id, FacilityStaff.role)
        .where(FacilityStaff.facility_id == facility_id))]
    people = {p.person.person_id: p for p in (load_person(session, pid) for pid, _ in staff) if p}
    return model.FacilityDetail(record, [(people[pid], role) for pid, role in staff if pid in people])


def holder_names(session: Session, skill_ids: list[str]) -> dict[str, list[tuple[str, str]]]:
    """Who holds each skill: ``skill id -> [(person id, "Given Family"), ...]`` by name."""
    held: dict[str, list[tuple[str, str]]] = {sid: [] for sid in skill_ids}
    for sid, pid, given, family in session.execute(
            select(PersonSkill.skill_id, Person.person_id, Person.given_name, Person.family_name)
            .join(Person, Person.person_id == PersonSkill.person_id)
            .where(PersonSkill.skill_id.in_(skill_ids))
            .order_by(Person.family_name, Person.given_name)):
        held[sid].append((pid, f"{given} {family}"))
    return held


def promoted_skills(session: Session) -> list[dict[str, str | None]]:
    """Skills admins promoted from unreviewed names: ``{"id", "label", "family"}``."""
    return [{"id": sid, "label": label, "family": family} for sid, label, family in
            session.execute(select(Skill.id, Skill.label, Skill.family)
                            .where(Skill.status == "promoted").order_by(Skill.label))]


def audit_mark(session: Session) -> int:
    """The newest audit entry's id (0 when there is none): where the next look for edits starts."""
    return session.scalar(select(func.max(AuditEntry.id))) or 0


def profile_edits_since(session: Session, mark: int) -> list[tuple[int, str]]:
    """``(audit id, person id)`` of every profile edit after audit entry `mark`."""
    return [(entry_id, target.removeprefix("person:")) for entry_id, target in session.execute(
        select(AuditEntry.id, AuditEntry.target)
        .where(AuditEntry.id > mark, AuditEntry.action == "profile.edit")
        .order_by(AuditEntry.id))]


def load_people_subset(session: Session, person_ids: Collection[str]) -> model.Directory:
    """Just these people, their holdings and facility roles, and the skills those name."""
    ids = sorted(person_ids)
    registrations: dict[str, list[str]] = {}
    for person_id, code in session.execute(
            select(PersonRegistration.person_id, PersonRegistration.code)
            .where(PersonRegistration.person_id.in_(ids)).order_by(PersonRegistration.code)):
        registrations.setdefault(person_id, []).append(code)
    columns = [getattr(Person, f) for f in PERSON_FIELDS]
    people = [_person_record(dict(zip(PERSON_FIELDS, row)), registrations.get(row[0], ()))
              for row in session.execute(select(*columns).where(Person.person_id.in_(ids)))]
    held = PersonSkill.__table__
    holdings = [model.Holding(*row) for row in session.execute(
        select(held.c.person_id, held.c.skill_id, held.c.level, held.c.last_used,
               held.c.interested, held.c.written).where(held.c.person_id.in_(ids)))]
    staff_table = FacilityStaff.__table__
    staff = [model.StaffRole(*row) for row in session.execute(
        select(staff_table.c.facility_id, staff_table.c.person_id, staff_table.c.role)
        .where(staff_table.c.person_id.in_(ids)))]
    skill_ids = sorted({h.skill_id for h in holdings})
    skills = {sid: model.SkillInfo(sid, label, family, status) for sid, label, family, status
              in session.execute(select(Skill.id, Skill.label, Skill.family, Skill.status)
                                 .where(Skill.id.in_(skill_ids)))}
    return model.Directory(people=people, holdings=holdings, staff=staff, skills=skills)
