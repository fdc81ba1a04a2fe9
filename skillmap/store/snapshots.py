"""Dated snapshots of the Technician Commitment figures, stored with each import.

The biennial self-assessment compares today's figures with those of the previous one; each
import therefore stores the institution's and every department's metric values with its
ImportRun row. They are computed by the application (``SkillmapApp.import_bundle``) on a
Workspace with the live settings, inside the import's transaction; this module only stores
and lists them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from skillmap.store.models import ImportRun

__all__ = ["list_snapshots", "store_snapshot"]


def store_snapshot(session: Session, metrics: dict[str, Any]) -> None:
    """Store `metrics` with the latest import (in the caller's transaction)."""
    run = session.scalar(select(ImportRun).order_by(ImportRun.id.desc()).limit(1))
    if run is not None:
        run.metrics = metrics


def list_snapshots(session: Session) -> list[dict[str, Any]]:
    """Every stored snapshot, newest first: ``{"id", "date", "source", "metrics"}``."""
    return [{"id": run.id, "date": run.finished_at.date().isoformat(), "source": run.source,
             "metrics": run.metrics}
            for run in session.scalars(select(ImportRun).where(ImportRun.metrics.is_not(None))
                                       .order_by(ImportRun.id.desc()))]
