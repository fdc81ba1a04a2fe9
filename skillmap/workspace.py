"""The directory as of one day, with its taxonomy and settings: what every answer is computed on.

A :class:`Workspace` is immutable. It builds the search, succession and pathway indexes the
first time they are needed (once, even under concurrent requests) and remembers the reports
computed on it, so a page and its chart images share one computation. A write to the
directory never changes a Workspace: the application builds the next one (see
:mod:`skillmap.app`), so nothing computed on an older directory can leak into a newer one.

It needs no database: :meth:`Workspace.from_bundle` reads a bundle (folder, zip or xlsx);
the README shows it, and the test suite runs that example.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from skillmap.model import Directory, SkillInfo
from skillmap.taxonomy import Taxonomy

if TYPE_CHECKING:
    import networkx as nx

    from skillmap.accounts import Viewer
    from skillmap.commitment import Dashboard, Thresholds
    from skillmap.pathways import PathwayIndex
    from skillmap.pathways.person import Pathway
    from skillmap.search import Filters, SearchResponse
    from skillmap.search.index import SearchIndex
    from skillmap.succession import Mitigation, NameScope, SuccessionIndex, SuccessionReport

__all__ = ["Workspace", "WorkspaceSettings", "directory_from_bundle"]

T = TypeVar("T")
MEMO_LIMIT = 32          # reports kept per workspace (a sector-scale report is ~0.1-0.5 s)
INDEXES = ("search", "succession", "pathways")


@dataclass(frozen=True)
class WorkspaceSettings:
    """What changes the answers besides the data: the institution's normal retirement age,
    and whether search reads free text with the optional sentence model (None: as the
    setting ``SEMANTIC_SEARCH`` says)."""

    normal_retirement_age: int | None = None
    institution: str = "University of Example"
    semantic_search: bool | None = None


def directory_from_bundle(taxonomy: Taxonomy, path: str | Path, *,
                          institution: str = "University of Example",
                          today: date | None = None) -> Directory:
    """Read and validate a bundle into a :class:`Directory`, without a database.

    Raises
    ------
    BundleError
        When the bundle cannot be read, or has rows the import would reject.
    """
    from skillmap.bundle import parse_bundle, read_bundle
    from skillmap.exceptions import BundleError

    parsed, report = parse_bundle(read_bundle(path), taxonomy, institution=institution,
                                  today=today or date.today())
    if not report.ok:
        raise BundleError(report.as_text())
    skills = {s.id: SkillInfo(s.id, s.label, s.family) for s in taxonomy.skills.values()}
    skills.update({sid: SkillInfo(sid, text, None, "unreviewed")
                   for sid, text in parsed.new_skills.items()})
    return Directory(people=sorted(parsed.people.values(), key=lambda p: p.person_id),
                     holdings=[h for rows in parsed.holdings.values() for h in rows],
                     facilities=sorted(parsed.facilities.values(), key=lambda f: f.facility_id),
                     staff=[s for rows in parsed.staff.values() for s in rows],
                     skills=skills)


@dataclass(eq=False)
class Workspace:
    """One directory generation as of `today`, with everything computed on it.

    Parameters
    ----------
    taxonomy : Taxonomy
    directory : Directory
    today : date, optional
        The day ages, horizons and experience are counted to (default: today).
    settings : WorkspaceSettings, optional
    """

    taxonomy: Taxonomy
    directory: Directory
    today: date = field(default_factory=date.today)
    settings: WorkspaceSettings = field(default_factory=WorkspaceSettings)
    #: The newest audit entry this workspace has seen (where a patch looks for edits).
    audit_mark: int = 0
    #: False for a patched workspace whose succession and pathway indexes were carried over
    #: from the previous one (see :mod:`skillmap.freshness`); its search index is exact.
    complete: bool = True
    #: Helpers others keep with this workspace (e.g. the patcher's per-person lookups).
    extras: dict[str, object] = field(default_factory=dict, repr=False, compare=False)
    _built: dict[str, Any] = field(default_factory=dict, init=False, repr=False)
    _memo: dict[Hashable, Any] = field(default_factory=dict, init=False, repr=False)
    #: What reports derive from the indexes and share (successor candidates, skill gaps,
    #: casefolded names): kept here, so it lives exactly as long as this workspace.
    _derived: dict[Hashable, Any] = field(default_factory=dict, init=False, repr=False)
    _locks: dict[str, threading.Lock] = field(init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def __post_init__(self) -> None:
        self._locks = {name: threading.Lock() for name in (*INDEXES, "graph")}

    @classmethod
    def from_bundle(cls, taxonomy: Taxonomy, path: str | Path, *, today: date | None = None,
                    settings: WorkspaceSettings | None = None) -> Workspace:
        """A workspace over the bundle at `path` (folder, ``.zip`` or ``.xlsx``), no database."""
        settings = settings or WorkspaceSettings()
        today = today or date.today()
        directory = directory_from_bundle(taxonomy, path, institution=settings.institution,
                                          today=today)
        return cls(taxonomy, directory, today, settings)

    def successor(self, directory: Directory, search_index: SearchIndex, *, audit_mark: int,
                  carry_over: bool = True) -> Workspace:
        """A workspace for `directory` (a patched version of this one's) with `search_index`.

        With `carry_over`, this workspace's succession and pathway indexes (when built) are
        kept, so nothing waits for them; the result is then marked incomplete.
        """
        nxt = Workspace(self.taxonomy, directory, self.today, self.settings,
                        audit_mark=audit_mark)
        nxt._built["search"] = search_index
        if "graph" in self._built:
            nxt._built["graph"] = self._built["graph"]
        carried = [name for name in ("succession", "pathways") if carry_over and self.built(name)]
        for name in carried:
            nxt._built[name] = self._built[name]
        nxt.complete = not carried
        return nxt

    @property
    def generation(self) -> int:
        """The directory's write generation this workspace was built from."""
        return self.directory.generation

    # -- indexes, built once on first use -------------------------------------------------
    def _index(self, name: str, build: Callable[[], T]) -> T:
        found = self._built.get(name)
        if found is None:
            with self._locks[name]:
                found = self._built.get(name)
                if found is None:
                    found = self._built[name] = build()
        return found

    def built(self, name: str) -> bool:
        """Whether the index `name` is built already (a request for it will not wait)."""
        return name in self._built

    @property
    def graph(self) -> nx.Graph:
        """The relations between skills (:func:`skillmap.graph.related_graph`), shared by the
        search and succession indexes."""
        from skillmap.graph import related_graph

        return self._index("graph", lambda: related_graph(self.taxonomy, self.directory))

    @property
    def search_index(self) -> SearchIndex:
        from skillmap.search.index import build_index

        return self._index("search", lambda: build_index(
            self.taxonomy, self.directory, today=self.today, graph=self.graph,
            semantic=self.settings.semantic_search))

    @property
    def succession_index(self) -> SuccessionIndex:
        from skillmap.succession import build_succession_index

        return self._index("succession", lambda: build_succession_index(
            self.taxonomy, self.directory, today=self.today, graph=self.graph,
            normal_retirement_age=self.settings.normal_retirement_age))

    @property
    def pathway_index(self) -> PathwayIndex:
        from skillmap.pathways import build_pathway_index

        return self._index("pathways", lambda: build_pathway_index(
            self.taxonomy, self.directory, today=self.today))

    def build_all(self, names: Iterable[str] = INDEXES) -> Workspace:
        """Build the indexes `names` now (a background builder calls this before a swap)."""
        for name in names:
            getattr(self, {"search": "search_index", "succession": "succession_index",
                           "pathways": "pathway_index"}[name])
        return self

    # -- reports, remembered per workspace -------------------------------------------------
    def memo(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``'s result, remembered under `key` for this workspace's lifetime."""
        if key in self._memo:
            return self._memo[key]  # type: ignore[no-any-return]
        found = compute()
        with self._lock:
            if len(self._memo) >= MEMO_LIMIT:
                self._memo.pop(next(iter(self._memo)))
            self._memo[key] = found
        return found

    def search(self, text: str, *, limit: int = 10, offset: int = 0,
               filters: Filters | None = None, viewer: Viewer | None = None) -> SearchResponse:
        """People best matching `text` (see :func:`skillmap.search.search`)."""
        from skillmap.accounts import ANONYMOUS
        from skillmap.search import Filters, search

        return search(self.search_index, text, limit=limit, offset=offset,
                      filters=filters or Filters(), viewer=viewer or ANONYMOUS)

    def succession(self, *, horizon_years: int = 5, departments: Iterable[str] | None = None,
                   institution: str | None = None, leaving: Iterable[str] = (),
                   mitigations: Iterable[Mitigation] = (), successors: int = 5,
                   viewer_departments: Iterable[str] | None = None) -> SuccessionReport:
        """Skills and facilities at risk from retirements (see ``succession_report``),
        remembered for this workspace."""
        from skillmap.succession import succession_report

        mitigations, leaving = tuple(mitigations), tuple(leaving)
        departments = _frozen(departments)
        viewer_departments = _frozen(viewer_departments)
        key = ("succession", horizon_years, departments, institution, leaving, mitigations,
               successors, viewer_departments)
        return self.memo(key, lambda: succession_report(
            self.succession_index, horizon_years=horizon_years, departments=departments,
            institution=institution, leaving=leaving, mitigations=mitigations,
            successors=successors, viewer_departments=viewer_departments,
            memo=self._derived))

    def name_scope(self, departments: Iterable[str] | None) -> NameScope:
        """Whom a viewer limited to `departments` may name (None: everyone), in this
        workspace's succession index."""
        from skillmap.succession import NameScope

        return NameScope(self.succession_index, departments, memo=self._derived)

    def pathway(self, person_id: str, *, target: str | None = None) -> Pathway:
        """A person's routes up the grade ladder (see ``person_pathway``).

        Raises
        ------
        UnknownPerson
            When the directory has no such person (a :class:`~skillmap.exceptions.NotFound`).
        """
        from skillmap.pathways import person_pathway

        return person_pathway(self.pathway_index, person_id, today=self.today, target=target)

    def dashboard(self, thresholds: Thresholds, *, department: str | None = None,
                  institution: str | None = None) -> Dashboard:
        """The Technician Commitment evidence for the institution or one department."""
        from skillmap.commitment import commitment_metrics

        return self.memo(("dashboard", id(thresholds), department, institution),
                         lambda: commitment_metrics(
                             self.taxonomy, self.directory, thresholds, today=self.today,
                             department=department, institution=institution,
                             succession=self.succession_index, pathways=self.pathway_index,
                             memo=self._derived))


def _frozen(names: Iterable[str] | None) -> frozenset[str] | None:
    """`names` as a memo key part: None (everyone) stays apart from an empty set (nobody)."""
    if isinstance(names, str):
        names = [names]
    return None if names is None else frozenset(names)
