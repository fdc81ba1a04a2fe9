"""Dated snapshots of the Technician Commitment figures, taken after each import.

The biennial self-assessment compares today's figures with those of the
previous one; each import therefore stores the institution's and every
department's metric values with its ImportRun row.
"""

from __future__ import annotations

from typing import Any

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from skillmap.commitment import Thresholds, commitment_metrics, metrics_snapshot
from skillmap.directory import Directory
from skillmap.pathways import build_pathway_index
from skillmap.store.models import ImportRun
from skillmap.store.queries import load_directory
from skillmap.succession import build_succession_index
from skillmap.taxonomy import Taxonomy

__all__ = ["compute_snapshot", "list_snapshots", "record_snapshot"]


def compute_snapshot(taxonomy: Taxonomy, directory: Directory, thresholds: Thresholds, *,
                     today: date, succession: Any=None, pathways: Any=None) -> dict[str, Any]:
    """Metric values for the institution and for each department, as plain JSON."""
    succession = succession or build_succession_index(taxonomy, directory, today=today)
    pathways = pathways or build_pathway_index(taxonomy, directory, today=today)

    def values(department: str | None) -> dict[str, Any]:
        return metrics_snapshot(commitment_metrics(
            taxonomy, directory, thresholds, today=today, department=department,
            succession=succession, pathways=pathways))

    departments = sorted({p.department for p in directory.people if p.department})
    return {"as_of": today.isoformat(), "institution": values(None),
            "departments": {d: values(d) for d in departments}}


def record_snapshot(sessions: sessionmaker[Session], taxonomy: Taxonomy,
                    thresholds: Thresholds, *, today: date | None = None) -> None:
    """Store the current figures with the latest import."""
    with sessions.begin() as session:
        run = session.scalar(select(ImportRun).order_by(ImportRun.id.desc()).limit(1))
        if run is None:
            return
        run.metrics = compute_snapshot(taxonomy, load_directory(session), thresholds,
                                       today=today or date.today())


def list_snapshots(session: Session) -> list[dict[str, Any]]:
    """Every stored snapshot, newest first: ``{"id", "date", "source", "metrics"}``."""
    return [{"id": run.id, "date": run.finished_at.date().isoformat(), "source": run.source,
             "metrics": run.metrics}
            for run in session.scalars(select(ImportRun).where(ImportRun.metrics.is_not(None))
                                       .order_by(ImportRun.id.desc()))]
