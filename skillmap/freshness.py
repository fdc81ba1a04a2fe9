"""The next Workspace after a write: loaded from the database, built without stalling readers.

:func:`next_workspace` is what :class:`skillmap.app.SkillmapApp` calls, in a background thread
when it serves requests: the directory is loaded in one session (so the generation and the
data agree) and a new, immutable Workspace is made from it.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from skillmap.workspace import Workspace, WorkspaceSettings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from skillmap.taxonomy import Taxonomy

__all__ = ["next_workspace"]


def next_workspace(session: Session, taxonomy: Taxonomy, previous: Workspace | None,
                   settings: WorkspaceSettings, *, today: date | None = None) -> Workspace:
    """A Workspace for the directory as `session` sees it now."""
    from skillmap.store.queries import load_directory

    with session.begin():          # one snapshot of the data: generation and rows agree
        directory = load_directory(session)
    return Workspace(taxonomy, directory, today or date.today(), settings)
