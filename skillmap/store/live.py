"""Indexes that follow the database: rebuilt when the directory's generation moves.

Every write to the directory bumps its generation (see ``queries.bump_generation``).
``LiveIndexes.get(name)`` compares generations with one cheap query; when they
differ it loads the directory once and rebuilds only the indexes asked for, so
imports and edits show up in search, pathways and reports without a restart.
"""

from __future__ import annotations

import threading
from datetime import date
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from skillmap.directory import Directory
from skillmap.store.queries import generation, load_directory
from skillmap.taxonomy import Taxonomy

Builder = Callable[[Taxonomy, Directory], Any]


class LiveIndexes:
    """Named indexes (``{"search": build_index, ...}``) over one shared directory load."""

    def __init__(self, sessions: sessionmaker[Session], taxonomy: Taxonomy,
                 builders: Mapping[str, Builder]):
        self.sessions, self.taxonomy, self.builders = sessions, taxonomy, dict(builders)
        self._generation: tuple[int, date] | None = None
        self._directory: Directory | None = None
        self._built: dict[str, Any] = {}
        self._lock = threading.Lock()

    def get(self, name: str):
        """The index `name` for the directory as it is now (and for today: ages move on)."""
        with self.sessions() as session:
            current = (generation(session), date.today())
        built = self._built.get(name) if self._generation == current else None
        if built is not None:
            return built
        with self._lock:
            if self._generation != current:
                with self.sessions() as session:
                    self._directory = load_directory(session)
                self._generation, self._built = current, {}
            if name not in self._built:
                self._built[name] = self.builders[name](self.taxonomy, self._directory)
            return self._built[name]
