"""Import a directory bundle into the database: all or nothing, idempotent.

The whole import runs in one transaction. Validation happens first and
collects every error; if there is any, or on a dry run, the transaction is
rolled back and the database is exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, bindparam, delete, insert, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from skillmap.bundle import ImportReport, ParsedBundle, PersonRecord, parse_bundle, read_bundle
from skillmap.bundle.reading import is_single_file
from skillmap.store.models import (Base, Facility, FacilitySkill, FacilityStaff, ImportRun,
                                   Person, PersonRegistration, PersonSkill, Skill)
from skillmap.matching import SkillMatcher
from skillmap.perf import collector_paused
from skillmap.store.accounts import audit, utcnow
from skillmap.store.queries import bump_generation, directory_counts, load_aliases
from skillmap.store.taxonomy_sync import sync_taxonomy
from skillmap.taxonomy import Taxonomy

if TYPE_CHECKING:
    from skillmap.search.semantic import Embedder

__all__ = ["import_bundle"]

Progress = Callable[[str, int, int], None]
def _table(model: type[Base]) -> Table:
    return model.__table__


PERSON_COLUMNS = [c.name for c in _table(Person).columns
                  if c.name not in {"version", "updated_at"}]
FACILITY_COLUMNS = [c.name for c in _table(Facility).columns]
IMPORT_CACHE_KB = 64 * 1024


def import_bundle(
    sessions: sessionmaker[Session], path: str | Path, taxonomy: Taxonomy, *,
    institution: str, dry_run: bool = False, today: date | None = None,
    progress: Progress | None = None, actor: str = "system", source_name: str | None = None,
    finish: Callable[[Session], None] | None = None, embedder: Embedder | None = None,
) -> ImportReport:
    """Validate and import the bundle at `path`; return the report.

    `path` is a folder, ``.zip``, ``.xlsx`` or one ``.csv`` file (a bundle of that
    file alone); `source_name` is the name the user gave it (an upload's file
    name), used to recognise a lone CSV and in the report and audit log.
    Nothing is written when the report has errors or `dry_run` is true. Every
    import that is not a dry run, accepted or rejected, is recorded in the audit
    log as done by `actor`, with the file name and the counts. `finish`, when given,
    runs in the import's transaction after the writes (the application stores the
    import's snapshot there, so the import and its snapshot commit together).
    `embedder`, the optional sentence model, orders the suggestions of names left for
    review (:meth:`SkillMatcher.for_taxonomy`); it never matches a name.

    Raises
    ------
    BundleError
        When `path` cannot be read as a bundle at all.
    """
    # a sector-scale import makes millions of objects that live until it ends: each full
    # collection meanwhile walked them all (a quarter of the time, pauses up to 0.7 s that
    # stopped every thread of a web worker), yet found nothing to free
    with collector_paused():
        return _import(sessions, path, taxonomy, institution=institution, dry_run=dry_run,
                       today=today, progress=progress, actor=actor, source_name=source_name,
                       finish=finish, embedder=embedder)


def _import(
    sessions: sessionmaker[Session], path: str | Path, taxonomy: Taxonomy, *,
    institution: str, dry_run: bool, today: date | None, progress: Progress | None,
    actor: str, source_name: str | None, finish: Callable[[Session], None] | None,
    embedder: Embedder | None,
) -> ImportReport:
    source = source_name or Path(path).name
    report = ImportReport(source=source, dry_run=dry_run)
    with sessions() as session:
        with session.begin():
            _read_and_write(session, path, taxonomy, report, institution=institution,
                            today=today, progress=progress, source_name=source_name,
                            embedder=embedder)
            if not report.ok or dry_run:
                session.rollback()
            else:
                if any(count for key, count in report.changes.items()
                       if key != "people unchanged"):
                    bump_generation(session)
                session.add(ImportRun(finished_at=utcnow(), source=source[:500],
                                      counts=directory_counts(session)))
                _audit(session, report, actor)
                if finish is not None:
                    session.flush()
                    finish(session)
        if not report.ok and not dry_run:
            with session.begin():
                _audit(session, report, actor)
    return report


def _read_and_write(session: Session, path: str | Path, taxonomy: Taxonomy,
                    report: ImportReport, *, institution: str, today: date | None,
                    progress: Progress | None, source_name: str | None,
                    embedder: Embedder | None) -> None:
    """Read, validate and (when valid) write the bundle; the caller rolls a dry run back.

    A function of its own so that the bundle's tables, its parsed rows and the matcher
    are freed when it returns, before `finish` (the application's snapshot loads the
    directory again): at 50,000 people that is about 130 MB of RSS back for it."""
    tables = read_bundle(path, name=source_name)
    sync_taxonomy(session, taxonomy)
    parsed, _ = parse_bundle(
        tables, taxonomy, institution=institution, today=today or date.today(),
        known_people=set(session.scalars(select(Person.person_id))),
        known_facilities=set(session.scalars(select(Facility.facility_id))),
        matcher=SkillMatcher.for_taxonomy(taxonomy, aliases=load_aliases(session),
                                          embedder=embedder),
        report=report, progress=progress, require_people=not is_single_file(path))
    if report.ok:
        _write(session, parsed, report, progress)


def _audit(session: Session, report: ImportReport, actor: str) -> None:
    """One audit entry per import: who, when (the entry's time), which file, the counts."""
    audit(session, actor or "system", "import" if report.ok else "import rejected",
          report.source[:200], None,
          {"file": report.source, "rows": dict(report.rows), "changes": dict(report.changes),
           "errors": len(report.errors), "warnings": len(report.warnings),
           "unreviewed_skills": len(report.unreviewed)})


def _write(session: Session, parsed: ParsedBundle, report: ImportReport,
           progress: Progress | None) -> None:
    steps = (_write_skills, _write_people, _write_holdings, _write_facilities, _write_staff)
    with _import_cache(session):
        for number, step in enumerate(steps, start=1):
            step(session, parsed, report)
            if progress:
                progress(f"written {step.__name__.removeprefix('_write_')}", number, len(steps))


@contextmanager
def _import_cache(session: Session) -> Iterator[None]:
    """On SQLite, a 64 MB page cache while the import writes (the default 2 MB makes the
    person_skill indexes spill to disk page by page), back to the default afterwards."""
    sqlite = session.connection().dialect.name == "sqlite"
    if sqlite:
        session.execute(text(f"PRAGMA cache_size = {-IMPORT_CACHE_KB}"))
    try:
        yield
    finally:
        if sqlite:
            session.execute(text("PRAGMA cache_size = -2000"))


def _write_skills(session: Session, parsed: ParsedBundle, report: ImportReport) -> None:
    known = set(session.scalars(select(Skill.id).where(Skill.id.in_(parsed.new_skills))))
    new: list[dict[str, Any]] = [
        {"id": sid, "label": label, "family": None, "synonyms": [], "abbreviations": [],
         "related": [], "esco_uri": None, "description": None, "status": "unreviewed"}
        for sid, label in parsed.new_skills.items() if sid not in known]
    if new:
        session.execute(insert(_table(Skill)), new)
    report.changes["unreviewed skills added"] = len(new)


def _fields(record: Any) -> dict[str, Any]:
    """A flat record's fields as a new dict (``dataclasses.asdict`` deep-copies every value,
    which took most of a 50,000-person import's write phase)."""
    return dict(vars(record))


def _person_row(record: PersonRecord) -> dict[str, Any]:
    values = vars(record)
    row = {column: values[column] for column in PERSON_COLUMNS}
    row["register_interest"] = list(record.register_interest)
    return row


def _write_people(session: Session, parsed: ParsedBundle, report: ImportReport) -> None:
    table = _table(Person)
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
    _replace(session, _table(PersonRegistration), "person_id", reg_changed,
             [{"person_id": p, "code": c} for p in reg_changed
              for c in parsed.people[p].registrations], registrations.keys())
    report.changes.update({"people added": len(added), "people updated": len(changed),
                           "people unchanged": len(parsed.people) - len(added) - len(changed)})


def _replace(session: Session, table: Table, key: str, owners: list[str],
             rows: list[dict[str, Any]], holding: Collection[str]) -> None:
    """Delete every row of `table` owned by `owners`, then insert `rows`.

    `holding` is the owners that have rows now: only theirs need deleting (on a
    first import, nobody's), which spares one DELETE per person.
    """
    stale = [owner for owner in owners if owner in holding]
    if stale:
        session.execute(delete(table).where(table.c[key] == bindparam("b_owner")),
                        [{"b_owner": owner} for owner in stale])
    _insert(session, table, rows)


def _insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert plain rows (text, numbers, booleans) straight through the driver: on PostgreSQL
    with COPY, on SQLite one ``executemany`` of tuples. For the 400,000 skill rows of a
    sector-scale bundle either is several times faster than SQLAlchemy's batched INSERTs,
    which build and type-process a parameter dict per row."""
    if not rows:
        return
    connection = session.connection()
    columns = [c.name for c in table.columns if c.name in rows[0]]
    quote = connection.dialect.identifier_preparer.quote
    quoted = ", ".join(quote(c) for c in columns)
    driver: Any = connection.connection.driver_connection
    if connection.dialect.name == "sqlite":
        driver.executemany(f"INSERT INTO {quote(table.name)} ({quoted}) VALUES "
                           f"({', '.join('?' for _ in columns)})",
                           [tuple(row[c] for c in columns) for row in rows])
        return
    if connection.dialect.name != "postgresql":
        session.execute(insert(table), rows)
        return
    with driver.cursor() as cursor:
        with cursor.copy(f"COPY {quote(table.name)} ({quoted}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([row[c] for c in columns])


def _write_holdings(session: Session, parsed: ParsedBundle, report: ImportReport) -> None:
    table = _table(PersonSkill)
    existing: dict[str, set[tuple[Any, ...]]] = {}
    for row in session.execute(select(table)):
        existing.setdefault(row.person_id, set()).add(tuple(row))
    changed = [person_id for person_id, holdings in parsed.holdings.items()
               if {tuple(vars(h).values()) for h in holdings} != existing.get(person_id, set())]
    rows = [_fields(h) for p in changed for h in parsed.holdings[p]]
    _replace(session, table, "person_id", changed, rows, existing.keys())
    report.changes["people whose skills changed"] = len(changed)


def _write_facilities(session: Session, parsed: ParsedBundle, report: ImportReport) -> None:
    table = _table(Facility)
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
    _replace(session, _table(FacilitySkill), "facility_id", skills_changed,
             [{"facility_id": f, "skill_id": s} for f in skills_changed
              for s in parsed.facilities[f].required_skills], skills.keys())
    report.changes.update({"facilities added": len(added), "facilities updated": len(changed)})


def _write_staff(session: Session, parsed: ParsedBundle, report: ImportReport) -> None:
    table = _table(FacilityStaff)
    existing: dict[str, set[tuple[Any, ...]]] = {}
    for row in session.execute(select(table.c.facility_id, table.c.person_id, table.c.role)):
        existing.setdefault(row.facility_id, set()).add(tuple(row))
    changed = [f for f, staff in parsed.staff.items()
               if {(s.facility_id, s.person_id, s.role) for s in staff} != existing.get(f, set())]
    _replace(session, table, "facility_id", changed,
             [_fields(s) for f in changed for s in parsed.staff[f]], existing.keys())
    report.changes["facilities whose staff changed"] = len(changed)
