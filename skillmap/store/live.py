"""A search index that follows the database: rebuilt when the directory's generation moves.

Every write to the directory bumps its generation (see ``queries.bump_generation``);
``LiveIndex.get`` compares generations with one cheap query and rebuilds only
when they differ, so imports and edits show up in search without a restart.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from sqlalchemy.orm import Session, sessionmaker

from skillmap.search import SearchIndex, build_index
from skillmap.store.queries import generation, load_directory
from skillmap.taxonomy import Taxonomy


class LiveIndex:
    def __init__(self, sessions: sessionmaker[Session], taxonomy: Taxonomy,
                 builder: Callable[..., SearchIndex] = build_index):
        self.sessions, self.taxonomy, self.builder = sessions, taxonomy, builder
        self._index: SearchIndex | None = None
        self._lock = threading.Lock()

    def get(self) -> SearchIndex:
        """The index for the directory as it is now."""
        with self.sessions() as session:
            current = generation(session)
        if self._index is not None and self._index.generation == current:
            return self._index
        with self._lock:
            if self._index is None or self._index.generation != current:
                with self.sessions() as session:
                    directory = load_directory(session)
                self._index = self.builder(self.taxonomy, directory)
        return self._index
