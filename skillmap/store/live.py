"""Indexes that follow the database: rebuilt when the directory's generation moves.

Every write to the directory bumps its generation (see ``queries.bump_generation``).
``LiveIndexes.get(name)`` compares generations with one cheap query; when they
differ it loads the directory once and rebuilds only the indexes asked for, so
imports and edits show up in search, pathways and reports without a restart.
"""

from __future__ import annotations

import threading
from datetime import date
from collections.abc import Callable, Hashable, Mapping
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from skillmap.directory import Directory
from skillmap.store.queries import generation, load_directory
from skillmap.taxonomy import Taxonomy

Builder = Callable[[Taxonomy, Directory], Any]
DERIVED_LIMIT = 16      # results kept per generation (a sector-scale report is ~0.1-0.5 s)


class LiveIndexes:
    """Named indexes (``{"search": build_index, ...}``) over one shared directory load."""

    def __init__(self, sessions: sessionmaker[Session], taxonomy: Taxonomy,
                 builders: Mapping[str, Builder]):
        self.sessions, self.taxonomy, self.builders = sessions, taxonomy, dict(builders)
        self._generation: tuple[int, date] | None = None
        self._directory: Directory | None = None
        self._built: dict[str, Any] = {}
        self._derived: dict[Hashable, Any] = {}
        self._lock = threading.Lock()

    def get(self, name: str) -> Any:
        """The index `name` for the directory as it is now (and for today: ages move on)."""
        self._refresh()
        with self._lock:
            if name not in self._built:
                assert self._directory is not None       # _refresh loaded it
                self._built[name] = self.builders[name](self.taxonomy, self._directory)

            return self._built[name]

    def derived(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """``compute()``'s result, kept under `key` until the directory (or the day) changes.

        For results computed from the indexes, such as a report for one scope:
        a page and its chart images then share one computation.
        """
        self._refresh()
        found = self._derived.get(key)
        if found is None:
            found = compute()
            with self._lock:
                if len(self._derived) >= DERIVED_LIMIT:
                    self._derived.pop(next(iter(self._derived)))
                self._derived[key] = found
        return found

    def _refresh(self) -> None:
        """Reload the directory, dropping everything built from it, when it has changed."""
        with self.sessions() as session:
            current = (generation(session), date.today())
        if self._generation == current:
            return
        with self._lock:
            if self._generation != current:
                with self.sessions() as session:
                    self._directory = load_directory(session)
                self._generation, self._built, self._derived = current, {}, {}
