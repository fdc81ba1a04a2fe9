"""Export the whole directory as a bundle in the contract's format."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from skillmap.bundle.writing import bundle_rows, write_bundle
from skillmap.store import queries


def export_bundle(sessions: sessionmaker[Session], path: str | Path) -> Path:
    """Write every person, skill, facility and staff role to `path` (folder, .zip or .xlsx)."""
    with sessions() as session:
        names = queries.skill_names(session)
        rows = bundle_rows(queries.load_people(session), queries.load_holdings(session),
                           queries.load_facilities(session), queries.load_staff(session),
                           skill_text=names.__getitem__)
    return write_bundle(path, rows)
