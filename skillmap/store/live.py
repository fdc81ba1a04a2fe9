"""Indexes that follow the database: rebuilt when the directory's generation moves.

Every write to the directory bumps its generation (see ``queries.bump_generation``).
``LiveIndexes.get(name)`` compares generations with one cheap query; when they
differ it loads the directory once and rebuilds the indexes in use, so imports
and edits show up in search, pathways and reports without a restart.

While one thread rebuilds (seconds at sector scale, after an import), the
other threads keep answering from the indexes they have instead of queueing
behind it; the new ones replace them in one step.
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
        self._lock = threading.Lock()          # guards the fields above
        self._reloading = threading.Lock()     # held by the one thread that reloads

    def get(self, name: str):
        """The index `name` for the directory as it is now (and for today: ages move on)."""
        self._refresh()
        with self._lock:
            if name not in self._built:
                self._built[name] = self.builders[name](self.taxonomy, self._directory)
            return self._built[name]

    def derived(self, key: Hashable, compute: Callable[[], Any]):
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
        """Reload the directory and rebuild the indexes in use when it has changed.

        Only one thread reloads; while it does, the others go on with what is
        built (they wait only when nothing has been built yet).
        """
        with self.sessions() as session:
            current = (generation(session), date.today())
        if self._generation == current:
            return
        if not self._reloading.acquire(blocking=self._directory is None):
            return                          # another thread is reloading: answer meanwhile
        try:
            if self._generation != current:
                with self.sessions() as session:
                    directory = load_directory(session)
                built = {name: self.builders[name](self.taxonomy, directory)
                         for name in list(self._built)}
                with self._lock:
                    self._directory, self._built, self._derived = directory, built, {}
                    self._generation = current
        finally:
            self._reloading.release()
