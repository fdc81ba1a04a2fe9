"""The application object: one per process, shared by the CLI and the web app (no Flask).

It holds what every front end needs, set up once: the typed :class:`~skillmap.settings.Settings`,
the taxonomy and Technician Commitment thresholds, the database engine and sessions, and the
current :class:`~skillmap.workspace.Workspace`. Jobs that span the layers live here too:
importing a bundle together with its dashboard snapshot (one transaction), exporting.

Freshness without stalls: every write bumps the directory's generation. :meth:`workspace`
compares generations with one cheap query; when the directory moved on, it starts building
the next Workspace in a background thread (a profile edit only patches the previous search
index, see :mod:`skillmap.freshness`) and keeps answering from the current one until the
next is complete, then swaps it in. Every gunicorn worker does this on its own, and a poller
thread (:meth:`start_watching`) makes each notice a new generation without waiting for a
request. Without ``background`` (the CLI, tests) the refresh happens before answering.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from skillmap.settings import Settings
from skillmap.workspace import Workspace, WorkspaceSettings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from skillmap.bundle.records import ImportReport
    from skillmap.model import FacilityDetail, PersonDetail
    from skillmap.search.semantic import Embedder

__all__ = ["SkillmapApp"]

log = logging.getLogger("skillmap.app")
Progress = Callable[[str, int, int], None]
QUIET_SECONDS = 10.0
IDLE_SECONDS = 5.0        # no request for this long: a full garbage collection bothers nobody


class SkillmapApp:
    """Settings, database, taxonomy and the current Workspace, for one process.

    Parameters
    ----------
    settings : Settings, optional
        Default: read once from the ``SKILLMAP_*`` variables.
    background : bool
        Build the next Workspace in a background thread while answering from the current
        one (the web server); otherwise refresh before answering (the CLI, tests).
    """

    def __init__(self, settings: Settings | None = None, *, background: bool = False) -> None:
        from skillmap.commitment import load_thresholds
        from skillmap.search.semantic import keep_vectors_in
        from skillmap.store.session import make_engine, make_sessionmaker
        from skillmap.taxonomy import load_taxonomy

        self.settings = settings or Settings.read()
        keep_vectors_in(self.settings.vector_store)
        self.taxonomy = load_taxonomy(self.settings.taxonomy_dir)
        self.thresholds = load_thresholds(self.settings.taxonomy_dir)
        self.engine = make_engine(self.settings.database_url)
        self.sessions = make_sessionmaker(self.engine)
        self.background = background
        self.workspace_settings = WorkspaceSettings(self.settings.normal_retirement_age,
                                                    self.settings.institution,
                                                    self.settings.semantic_search)
        self._workspace: Workspace | None = None
        self._lock = threading.Lock()
        self._stepping = threading.Lock()
        self._builder: threading.Thread | None = None
        self._watcher: threading.Thread | None = None
        self._stop = threading.Event()
        self._last_write = 0.0
        self._last_request = 0.0
        self._untidy = False      # a full build was settled: garbage may sit with it
        #: After profile edits, the full rebuild (succession, pathways) waits for this long
        #: a pause in writes, so a stream of edits costs only patches.
        self.quiet_seconds = QUIET_SECONDS
        self.swaps = 0
        self.last_full_build_seconds = 0.0

    # -- database ----------------------------------------------------------------------
    def migrate(self) -> bool:
        """Create or migrate the schema (``skillmap init``); True when it was created."""
        from skillmap.store.session import init_db

        return init_db(self.engine)

    def check_schema(self) -> None:
        """Raise :class:`~skillmap.exceptions.SchemaBehind` unless the schema is current."""
        from skillmap.store.session import check_schema

        check_schema(self.engine)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in a transaction: committed at the end, rolled back on an error."""
        with self.sessions.begin() as session:
            yield session

    def generation(self) -> int:
        """The directory's write generation (one small query)."""
        from skillmap.store.queries import generation

        with self.sessions() as session:
            return generation(session)

    # -- the current workspace ---------------------------------------------------------
    def workspace(self, generation: int | None = None) -> Workspace:
        """The Workspace for the directory as it is now (`generation`: already queried).

        With ``background``, a newer generation starts a background refresh and the current
        Workspace answers meanwhile; the first one is always built before answering.
        """
        self._last_request = time.monotonic()
        wanted = self.generation() if generation is None else generation
        current = self._workspace
        if current is not None and self._matches(current, wanted):
            if self.background and not current.complete and self._quiet():
                self._kick()                         # a full rebuild once edits pause
            return current
        if current is None or not self.background:
            return self.refresh()
        self._kick()
        return current

    def refresh(self) -> Workspace:
        """Bring the Workspace up to date now (patched when only profiles were edited)."""
        from skillmap.freshness import NotYet, full_workspace, patched_workspace

        with self._lock:
            current = self._workspace
            if current is not None and self._matches(current, self.generation()):
                return current
            with self.sessions() as session:
                try:
                    nxt = (patched_workspace(session, current, carry_over=False)
                           if current is not None else None)
                except NotYet:
                    nxt = None
                if nxt is None:
                    nxt = full_workspace(session, self.taxonomy, self.workspace_settings)
            self._workspace = nxt
            return nxt

    @staticmethod
    def _matches(workspace: Workspace, generation: int) -> bool:
        return workspace.generation == generation and workspace.today == date.today()

    def _kick(self) -> None:
        """Run one refresh step in a thread, unless one is running."""
        if not self._stepping.acquire(blocking=False):
            return
        thread = threading.Thread(target=self._step_and_release, name="skillmap-refresh",
                                  daemon=True)
        thread.start()

    def _step_and_release(self) -> None:
        try:
            self._step()
        except Exception:                            # keep serving the current one
            log.exception("refreshing the workspace failed")
        finally:
            self._stepping.release()

    def _step(self) -> None:
        """Patch the current Workspace with profile edits, or start a full rebuild."""
        from skillmap.freshness import NotYet, patched_workspace

        current = self._workspace
        now = self.generation()
        if current is None:
            return
        if not self._matches(current, now):
            try:
                with self.sessions() as session:
                    patched = patched_workspace(session, current)
            except NotYet:
                return                               # the next tick looks again
            if patched is not None:
                self._swap(patched)
                self._last_write = time.monotonic()
                return
        elif current.complete or not self._quiet():
            return
        self._start_full_build()

    def _quiet(self) -> bool:
        """No profile edit was patched in for `quiet_seconds` (a full rebuild may start)."""
        return time.monotonic() - self._last_write >= self.quiet_seconds

    def _swap(self, workspace: Workspace) -> None:
        with self._lock:
            current = self._workspace
            if current is not None and workspace.generation < current.generation:
                return
            self._workspace = workspace
        self.swaps += 1
        log.info("workspace in use", extra={"fields": {
            "pid": os.getpid(), "generation": workspace.generation,
            "complete": workspace.complete, "at": round(time.time(), 3)}})

    def _start_full_build(self) -> None:
        with self._lock:
            if self._builder is not None and self._builder.is_alive():
                return
            self._builder = threading.Thread(target=self._full_build, name="skillmap-build",
                                             daemon=True)
            self._builder.start()

    def _full_build(self) -> None:
        """Load and index the whole directory, catch up with edits made meanwhile, swap."""
        from skillmap.freshness import NotYet, by_person, full_workspace, patched_workspace
        from skillmap.perf import full_collections_paused, settle

        started = time.perf_counter()
        # No collection walks the new workspace while it grows (each would hold the GIL for
        # as long as it takes to walk it); once in use, it is left out of later ones.
        try:
            with full_collections_paused():
                with self.sessions() as session:
                    nxt = full_workspace(session, self.taxonomy, self.workspace_settings)
                nxt.build_all()
                by_person(nxt)                       # so the next patch starts at once
                for _ in range(10):                  # bounded: edits could go on forever
                    if self._matches(nxt, self.generation()):
                        break
                    try:
                        with self.sessions() as session:
                            caught_up = patched_workspace(session, nxt, carry_over=False)
                    except NotYet:
                        time.sleep(0.05)
                        continue
                    if caught_up is None:
                        break
                    caught_up.build_all()
                    nxt = caught_up
                self._swap(nxt)
                settle()
                self._untidy = True
            self.last_full_build_seconds = time.perf_counter() - started
        except Exception:
            log.exception("building the next workspace failed")

    def start_watching(self, every: float = 0.5) -> None:
        """Poll the generation every `every` seconds, so this process notices writes early."""
        if self._watcher is not None:
            return

        def watch() -> None:
            while not self._stop.wait(every):
                if self._workspace is not None:
                    self._kick()
                self._tidy_when_idle()

        self._watcher = threading.Thread(target=watch, name="skillmap-watch", daemon=True)
        self._watcher.start()

    def _tidy_when_idle(self) -> None:
        """After a full build, free what was settled with it once no request came for
        IDLE_SECONDS (see :func:`skillmap.perf.tidy`)."""
        from skillmap.perf import tidy

        if self._untidy and time.monotonic() - self._last_request >= IDLE_SECONDS:
            self._untidy = False
            found = tidy()
            log.info("collected after a full build", extra={"fields": {
                "pid": os.getpid(), "unreachable": found}})

    def after_fork(self) -> None:
        """In a new worker process: fresh connections, and threads of its own."""
        self.engine.dispose(close=False)
        self._lock, self._stepping = threading.Lock(), threading.Lock()
        self._builder, self._watcher, self._stop = None, None, threading.Event()

    def close(self) -> None:
        self._stop.set()
        self.engine.dispose()

    # -- jobs ---------------------------------------------------------------------------
    def import_bundle(self, path: str | Path, *, dry_run: bool = False,
                      progress: Progress | None = None, today: date | None = None,
                      source: str | None = None, actor: str = "system") -> ImportReport:
        """Import a bundle and store its Technician Commitment snapshot, in one transaction.

        The snapshot is computed with this application's settings, so it shows the same
        figures as the live dashboard, but not on a whole Workspace: it builds only what
        the figures need (see :func:`~skillmap.commitment.commitment_snapshot`), after the
        importer has let go of the bundle's rows, so the import's peak memory is the
        larger of the two rather than their sum.
        """
        from skillmap.store.importer import import_bundle

        def snapshot(session: Session) -> None:
            from skillmap.commitment import commitment_snapshot
            from skillmap.store.queries import load_directory
            from skillmap.store.snapshots import store_snapshot

            store_snapshot(session, commitment_snapshot(
                self.taxonomy, load_directory(session), self.thresholds,
                today=today or date.today(),
                normal_retirement_age=self.settings.normal_retirement_age))
            if progress:
                progress("snapshot of the Technician Commitment figures taken", 1, 1)

        # `source` (an upload's own file name) also tells a lone CSV's kind; `actor` is
        # who the audit log names (the importer audits every import, web or CLI)
        return import_bundle(self.sessions, path, self.taxonomy,
                             institution=self.settings.institution, dry_run=dry_run,
                             today=today, progress=progress, finish=snapshot,
                             actor=actor, source_name=source, embedder=self.embedder())

    def embedder(self) -> Embedder | None:
        """The optional sentence model when the setting ``SEMANTIC_SEARCH`` keeps it on and
        it is installed (search reads free text with it; the importer and the curation page
        order unreviewed names' suggestions with it), else None."""
        from skillmap.search.semantic import embedder_for

        return embedder_for(self.settings.semantic_search)

    def prepare_search(self) -> tuple[int, int] | None:
        """Build the search index of the directory as it is now, so that the vector store
        (setting ``VECTOR_STORE``) holds the sentence vectors of its skill texts before a
        server starts: the CLI does this after an import, so the server's first build
        embeds nothing. Returns the texts embedded and those read from the store, or None
        when the sentence model is off or not installed (nothing to prepare)."""
        embedder = self.embedder()
        if embedder is None:
            return None
        before = embedder.counts.copy()
        self.refresh().build_all(["search"])
        done = embedder.counts - before
        return done["embedded"], done["stored"]

    def export_bundle(self, path: str | Path) -> Path:
        """Write the whole directory as a bundle (folder, or ``.zip``/``.xlsx`` by suffix)."""
        from skillmap.store.exporter import export_bundle

        return export_bundle(self.sessions, path)

    def snapshots(self) -> list[dict[str, Any]]:
        """Every stored snapshot, newest first."""
        from skillmap.store.snapshots import list_snapshots

        with self.sessions() as session:
            return list_snapshots(session)

    # -- reads a page needs as they are now (not as of the Workspace) ---------------------
    def person(self, person_id: str) -> PersonDetail | None:
        """One person with their skills and facility roles, as stored now, or None."""
        from skillmap.store.queries import load_person

        with self.sessions() as session:
            return load_person(session, person_id)

    def facility(self, facility_id: str) -> FacilityDetail | None:
        """One facility with its required skills and its staff, as stored now, or None."""
        from skillmap.store.queries import load_facility

        with self.sessions() as session:
            return load_facility(session, facility_id)
