"""Import a directory bundle into the database: all or nothing, idempotent.

The whole import runs in one transaction. Validation happens first and
collects every error; if there is any, or on a dry run, the transaction is
rolled back and the database is exactly as it was.
"""

from __future__ import annotations

from typing import Any

from collections.abc import Callable
from dataclasses import asdict
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from skillmap.bundle import ImportReport, ParsedBundle, PersonRecord, parse_bundle, read_bundle
from skillmap.store.models import (Facility, FacilitySkill, FacilityStaff, ImportRun, Person,
                                   PersonRegistration, PersonSkill, Skill)
from skillmap.matching import SkillMatcher
from skillmap.store.queries import bump_generation, directory_counts, load_aliases
from skillmap.store.taxonomy_sync import sync_taxonomy
from skillmap.taxonomy import Taxonomy

__all__ = ["import_bundle"]

Progress = Callable[[str, int, int], None]
PERSON_COLUMNS = [c.name for c in Person.__table__.columns if c.name not in {"version",
                                                                             "updated_at"}]
FACILITY_COLUMNS = [c.name for c in Facility.__table__.columns]


def import_bundle(
    sessions: sessionmaker[Session], path: str | Path, taxonomy: Taxonomy, *,
    institution: str, dry_run: bool = False, today: date | None = None,
    progress: Progress | None = None, finish: Callable[[Session], None] | None = None,
) -> ImportReport:
    """Validate and import the bundle at `path`; return the report.

    Nothing is written when the report has errors or `dry_run` is true. `finish`, when
    given, runs in the import's transaction after the writes (the application stores the
    import's snapshot there, so the import and its snapshot commit together).

    Raises
    ------
    BundleError
        When `path` cannot be read as a bundle at all.
    """
    report = ImportReport(source=str(path), dry_run=dry_run)
    tables = read_bundle(path)
    with sessions() as session:
        with session.begin():
            sync_taxonomy(session, taxonomy)
            parsed, _ = parse_bundle(
                tables, taxonomy, institution=institution, today=today or date.today(),
                known_people=set(session.scalars(select(Person.person_id))),
                known_facilities=set(session.scalars(select(Facility.facility_id))),
                matcher=SkillMatcher.for_taxonomy(taxonomy, aliases=load_aliases(session)),
                report=report, progress=progress)
            if report.ok:
                _write(session, parsed, report, progress)
            if not report.ok or dry_run:
                session.rollback()
                return report
            if any(count for key, count in report.changes.items() if key != "people unchanged"):
                bump_generation(session)
            session.add(ImportRun(finished_at=datetime.now(timezone.utc).replace(tzinfo=None),
                                  source=Path(path).name, counts=directory_counts(session)))
            if finish is not None:
                session.flush()
                finish(session)

    return report


def _write(session: Session, parsed: ParsedBundle, report: ImportReport,
           progress: Progress | None) -> None:
    steps = (_write_skills, _write_people, _write_holdings, _write_facilities, _write_staff)
    for number, step in enumerate(steps, start=1):
        step(session, parsed, report)
        if progress:
            progress(f"written {step.__name__.removeprefix('_write_')}", number, len(steps))


def _write_skills(session: Session, parsed: ParsedBundle, report: ImportReport) -> None:
    known = set(session.scalars(select(Skill.id).where(Skill.id.in_(parsed.new_skills))))
    new: list[dict[str, Any]] = [{"id"
: sid, "label": label, "family": None, "synonyms": [], "abbreviations": [],
            "related": [], "esco_uri": None, "description": None, "status": "unreviewed"}
           for sid, label in parsed.new_skills.items() if sid not in known]
    if new:
        session.execute(insert(Skill.__table__), new)
    report.changes["unreviewed skills added"] = len(new)


def _person_row(record: PersonRecord) -> dict[str, Any]:
    values = asdict(record)
    values["register_interest"] = list(record.register_interest)
    return {column: values[column] for column in PERSON_COLUMNS}


def _write_people(session: Session, parsed: ParsedBundle, report: ImportReport) -> None:
    table = Person.__table__
    existing = {row.person_id: row for row in session.execute(
        select(*(table.c[c] for c in PERSON_COLUMNS), table.c.version))}
    registrations: dict[str, set[str]] = {}
    for person_id, code in session.execute(select(PersonRegistration.person_id,
                                                  PersonRegistration.code)):
        registrations.setdefault(person_id, set()).add(code)
    added, changed, reg_changed = [], [], []
    for person_id, record in parsed.people.items():
        row = _person_row(record)
        old = existing.get(person_id)
        if old is None:
            added.append(row | {"version": 1})
        elif any(getattr(old, c) != row[c] for c in PERSON_COLUMNS):
            changed.append(row | {"b_id": person_id, "version": old.version + 1})
        if set(record.registrations) != registrations.get(person_id, set()):
            reg_changed.append(person_id)
    if added:
        session.execute(insert(table), added)
    if changed:
        session.execute(update(table).where(table.c.person_id == bindparam("b_id"))
                        .values({c: bindparam(c) for c in PERSON_COLUMNS if c != "person_id"}
                                | {"version": bindparam("version")}),
                        [{k: v for k, v in row.items() if k != "person_id"} for row in changed])
    _replace(session, PersonRegistration.__table__, "person_id", reg_changed,
             [{"person_id": p, "code": c} for p in reg_changed
              for c in parsed.people[p].registrations])
    report.changes.update({"people added": len(added), "people updated": len(changed),
                           "people unchanged": len(parsed.people) - len(added) - len(changed)})


def _replace(session: Session, table: Any, key: str, owners: list[str], rows: list[dict[str, Any]]) -> None:
    """Delete every row of `table` owned by `owners`, then insert `rows`."""
    if owners:
        session.execute(delete(table).where(table.c[key] == bindparam("b_owner")),
                        [{"b_owner": owner} for owner in owners])
    if rows:
        session.execute(insert(table), rows)


def _write_holdings(session: Session, parsed: ParsedBundle, report: ImportReport) -> None:
    table = PersonSkill.__table__
    existing: dict[str, set[tuple[Any, ...]]] = {}
    for row in session.execute(select(table)):
        existing.setdefault(row.person_id, set()).add(tuple(row))
    changed = [person_id for person_id, holdings in parsed.holdings.items()
               if {tuple(asdict(h).values()) for h in holdings} != existing.get(person_id, set())]
    rows = [asdict(h) for p in changed for h in parsed.holdings[p]]
    _replace(session, table, "person_id", changed, rows)
    report.changes["people whose skills changed"] = len(changed)


def _write_facilities(session: Session, parsed: ParsedBundle, report: ImportReport) -> None:
    table = Facility.__table__
    existing = {row.facility_id: row for row in session.execute(select(table))}
    skills: dict[str, set[str]] = {}
    for facility_id, skill_id in session.execute(select(FacilitySkill.facility_id,
                                                        FacilitySkill.skill_id)):
        skills.setdefault(facility_id, set()).add(skill_id)
    added, changed, skills_changed = [], [], []
    for facility_id, record in parsed.facilities.items():
        row = {c: getattr(record, c) for c in FACILITY_COLUMNS}
        old = existing.get(facility_id)
        if old is None:
            added.append(row)
        elif any(getattr(old, c) != row[c] for c in FACILITY_COLUMNS):
            changed.append(row)
        if set(record.required_skills) != skills.get(facility_id, set()):
            skills_changed.append(facility_id)
    if added:
        session.execute(insert(table), added)
    for row in changed:
        session.execute(update(table).where(table.c.facility_id == row["facility_id"]).values(row))
    _replace(session, FacilitySkill.__table__, "facility_id", skills_changed,
             [{"facility_id": f, "skill_id": s} for f in skills_changed
              for s in parsed.facilities[f].required_skills])
    report.changes.update({"facilities added": len(added), "facilities updated": len(changed)})


def _write_staff(session: Session, parsed: ParsedBundle, report: ImportReport) -> None:
    table = FacilityStaff.__table__
    existing: dict[str, set[tuple[Any, ...]]] = {}
    for row in session.execute(select(table.c.facility_id, table.c.person_id, table.c.role)):
        existing.setdefault(row.facility_id, set()).add(tuple(row))
    changed = [f for f, staff in parsed.staff.items()
               if {(s.facility_id, s.person_id, s.role) for s in staff} != existing.get(f, set())]
    _replace(session, table, "facility_id", changed,
             [asdict(s) for f in changed for s in parsed.staff[f]])
    report.changes["facilities whose staff changed"] = len(changed)
