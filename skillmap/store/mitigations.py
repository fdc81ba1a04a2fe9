"""Mitigations managers record against succession gaps (audited)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from skillmap.store.accounts import audit
from skillmap.store.models import Mitigation as MitigationRow
from skillmap.succession import Mitigation

__all__ = ["add_mitigation", "load_mitigations"]


def load_mitigations(session: Session) -> list[Mitigation]:
    return [Mitigation(row.kind, skill_id=row.target_id if row.target_kind == "skill" else None,
                       facility_id=row.target_id if row.target_kind == "facility" else None,
                       trainee=row.trainee_person_id, due=row.due, note=row.note or "",
                       id=row.id)
            for row in session.scalars(select(MitigationRow).order_by(MitigationRow.id))]


def add_mitigation(session: Session, mitigation: Mitigation, *, actor: str) -> None:
    """Record `mitigation` (already validated by its constructor)."""
    kind, target = mitigation.target
    session.add(MitigationRow(target_kind=kind, target_id=target, kind=mitigation.kind,
                              trainee_person_id=mitigation.trainee, due=mitigation.due,
                              note=mitigation.note or None, created_by=actor))
    audit(session, actor, "mitigation.add", f"{kind}:{target}", None,
          {"kind": mitigation.kind, "trainee": mitigation.trainee,
           "due": mitigation.due.isoformat() if isinstance(mitigation.due, date) else None,
           "note": mitigation.note})
