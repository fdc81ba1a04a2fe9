"""Mitigations managers record against succession gaps, and their saved what-if scenarios.

Every change is audited. Edits use optimistic locking: an update names the version
it was made from, and the database decides (``UPDATE ... WHERE version = ?``), so of
two managers editing one action at once the second gets :class:`StaleMitigation`.
"""

from __future__ import annotations

from typing import Any

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from skillmap.exceptions import SkillmapError
from skillmap.store.accounts import audit
from skillmap.store.models import Mitigation as MitigationRow
from skillmap.store.models import SuccessionScenario
from skillmap.succession import Mitigation

__all__ = ["SavedScenario", "StaleMitigation", "add_mitigation", "delete_scenario",
           "load_mitigations", "load_scenarios", "save_scenario", "update_mitigation"]


class StaleMitigation(SkillmapError):
    """Someone else changed the action since the form was loaded."""


@dataclass(frozen=True, slots=True)
class SavedScenario:
    id: int
    name: str
    department: str | None
    horizon_years: int
    leaving: tuple[str, ...]


def _record(row: MitigationRow) -> Mitigation:
    return Mitigation(row.kind, skill_id=row.target_id if row.target_kind == "skill" else None,
                      facility_id=row.target_id if row.target_kind == "facility" else None,
                      trainee=row.trainee_person_id, due=row.due, note=row.note or "",
                      id=row.id, owner=row.owner or "", status=row.status or "planned",
                      department=row.department, version=row.version or 1)


def load_mitigations(session: Session) -> list[Mitigation]:
    return [_record(row) for row in
            session.scalars(select(MitigationRow).order_by(MitigationRow.id))]


def _state(m: Mitigation) -> dict[str, Any]:
    return {"kind": m.kind, "trainee": m.trainee, "owner": m.owner, "status": m.status,
            "due": m.due.isoformat() if isinstance(m.due, date) else None, "note": m.note,
            "department": m.department}


def add_mitigation(session: Session, mitigation: Mitigation, *, actor: str) -> int:
    """Record `mitigation` (already validated by its constructor); returns its id."""
    kind, target = mitigation.target
    row = MitigationRow(target_kind=kind, target_id=target, kind=mitigation.kind,
                        trainee_person_id=mitigation.trainee, due=mitigation.due,
                        note=mitigation.note or None, created_by=actor,
                        owner=mitigation.owner or None, status=mitigation.status,
                        department=mitigation.department, version=1)
    session.add(row)
    session.flush()
    audit(session, actor, "mitigation.add", f"{kind}:{target}", None, _state(mitigation))
    return row.id


def update_mitigation(session: Session, mitigation: Mitigation, *, actor: str) -> None:
    """Save `mitigation` (its id and the version it was read at) as the next version.

    Raises
    ------
    StaleMitigation
        When the action changed (or was removed) since that version.
    """
    old = session.get(MitigationRow, mitigation.id)
    before = _state(_record(old)) if old is not None else None
    result = session.execute(
        update(MitigationRow)
        .where(MitigationRow.id == mitigation.id, MitigationRow.version == mitigation.version)
        .values(kind=mitigation.kind, trainee_person_id=mitigation.trainee, due=mitigation.due,
                note=mitigation.note or None, owner=mitigation.owner or None,
                status=mitigation.status, version=MitigationRow.version + 1)
        .execution_options(synchronize_session=False))
    if getattr(result, "rowcount", 0) != 1:
        raise StaleMitigation("someone else changed this action since you opened it")
    kind, target = mitigation.target
    audit(session, actor, "mitigation.edit", f"{kind}:{target}", before, _state(mitigation))


def save_scenario(session: Session, *, name: str, actor: str, department: str | None,
                  horizon_years: int, leaving: list[str]) -> int:
    row = SuccessionScenario(name=name, created_by=actor, department=department,
                             horizon_years=horizon_years, leaving=list(leaving))
    session.add(row)
    session.flush()
    audit(session, actor, "scenario.save", f"scenario:{row.id}", None,
          {"name": name, "department": department, "horizon_years": horizon_years,
           "leaving": list(leaving)})
    return row.id


def load_scenarios(session: Session, actor: str) -> list[SavedScenario]:
    """`actor`'s saved scenarios, oldest first."""
    rows = session.scalars(select(SuccessionScenario)
                           .where(SuccessionScenario.created_by == actor)
                           .order_by(SuccessionScenario.id))
    return [SavedScenario(r.id, r.name, r.department, r.horizon_years, tuple(r.leaving))
            for r in rows]


def delete_scenario(session: Session, scenario_id: int, actor: str) -> bool:
    row = session.get(SuccessionScenario, scenario_id)
    if row is None or row.created_by != actor:
        return False
    session.delete(row)
    audit(session, actor, "scenario.delete", f"scenario:{scenario_id}", {"name": row.name}, None)
    return True
