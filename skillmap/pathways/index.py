"""The pathway index: what the directory says about each grade, computed once per generation.

Per grade (and per level, across families) it holds the headcount, how many
people hold each skill at level 1+/2+/3+/4, the median time in post of the
people there, and the public people who could mentor someone heading there,
as sparse people-by-skill matrices. A person's pathway then needs only a few
vector operations, whatever the size of the directory.
"""

from __future__ import annotations

from typing import Any

import time
from dataclasses import asdict, dataclass
from datetime import date

import networkx as nx
import numpy as np
from scipy.sparse import csr_matrix

from skillmap.model import Directory, Person, SkillInfo
from skillmap.pathways.exceptions import NoRoute
from skillmap.pathways.ladder import (GradeRef, grade_node, grade_ref, ladder_graph,
                                      routes_to_top)
from skillmap.taxonomy import Taxonomy

__all__ = ["GradeOverview", "GradeStats", "Group", "PathwayIndex", "build_pathway_index",
           "grade_overview"]

MIN_GROUP = 3   # fewer people with a start date than this: no median time in post is shown


@dataclass(frozen=True)
class GradeStats:
    """Headcounts and the median years in post (None below ``MIN_GROUP`` start dates)."""

    headcount: int
    public: int
    with_start_date: int
    median_years_in_post: float | None


@dataclass(frozen=True)
class Group:
    """The people at one grade (or one level): skill counts and people-by-skill matrices."""

    stats: GradeStats
    holders: np.ndarray     # int32 (5, skills): row t = people holding the skill at level >= t
    rows: np.ndarray        # int32 person rows of the members, ascending (so by person_id)
    public: np.ndarray      # bool per member: profile is public (may be suggested as mentor)
    any_level: csr_matrix   # float32 members x skills: 1 where held at any level
    expert: csr_matrix      # float32 members x skills: 1 where held at level >= 3


@dataclass
class PathwayIndex:
    """Everything :func:`~skillmap.pathways.person_pathway` reads; build it once per directory."""

    taxonomy: Taxonomy
    ladder: nx.DiGraph
    routes: dict[str, tuple[tuple[str, ...], ...]]   # grade node -> routes to the top
    people: list[Person]                        # by row
    row_of: dict[str, int]
    skills: list[SkillInfo]                           # by column
    column_of: dict[str, int]
    in_taxonomy: np.ndarray                           # bool per column: may be suggested
    levels: csr_matrix                                # int8 people x skills, level 1-4
    interested: csr_matrix                            # int8 people x skills, 1 = interested
    grades: dict[str, Group]                          # grade node -> group
    by_level: dict[int, Group]                        # level -> everyone at that level
    today: date
    generation: int = 0
    build_seconds: float = 0.0

    def stats(self, node: str) -> GradeStats:
        """Headcounts and time in post at grade `node` (zeros for an empty grade)."""
        group = self.grades.get(node)
        return group.stats if group else GradeStats(0, 0, 0, None)


def build_pathway_index(taxonomy: Taxonomy, directory: Directory, *,
                        today: date | None = None) -> PathwayIndex:
    """Precompute the per-grade figures of `directory` and every grade's routes to the top.

    Parameters
    ----------
    taxonomy : Taxonomy
    directory : Directory
    today : date, optional
        The day years in post are counted to (default: today).

    Examples
    --------
    >>> from skillmap.pathways.example import TODAY, example_directory, example_taxonomy
    >>> index = build_pathway_index(example_taxonomy(), example_directory(), today=TODAY)
    >>> index.stats("lab/G6")
    GradeStats(headcount=3, public=2, with_start_date=2, median_years_in_post=None)
    >>> index.routes["mgmt/G6"]
    (('mgmt/G6', 'mgmt/G7'), ('mgmt/G6', 'lab/G6', 'lab/G7'))
    """
    started, today = time.perf_counter(), today or date.today()
    ladder = ladder_graph(taxonomy)
    nodes = [n for n, kind in ladder.nodes(data="kind") if kind == "grade"]
    people = sorted(directory.people, key=lambda p: p.person_id)
    row_of = {p.person_id: row for row, p in enumerate(people)}
    skills, column_of = _skill_columns(directory)
    levels, interested = _matrices(directory, row_of, column_of, len(people))
    position = {node: k for k, node in enumerate(nodes)}
    node_of = np.array([position.get(_node(p), -1) for p in people], dtype=np.int32)
    level_of = np.array([ladder.nodes[nodes[k]]["level"] if k >= 0 else -1 for k in node_of],
                        dtype=np.int32)
    years = _years_in_post(people, today)
    public = np.array([p.public for p in people], dtype=bool)
    groups = _groups(node_of, levels, public, years, len(nodes))
    by_level = _groups(level_of, levels, public, years, int(level_of.max(initial=0)) + 1)
    return PathwayIndex(
        taxonomy=taxonomy, ladder=ladder, routes={n: _routes(ladder, n) for n in nodes},
        people=people, row_of=row_of, skills=skills, column_of=column_of,
        in_taxonomy=np.array([_suggestable(s) for s in skills], dtype=bool), levels=levels,
        interested=interested, grades={nodes[k]: g for k, g in groups.items()},
        by_level=by_level, today=today, generation=directory.generation,
        build_seconds=time.perf_counter() - started)


def _node(person: Person) -> str | None:
    return grade_node(person.job_family, person.grade) if person.grade else None


def _suggestable(skill: SkillInfo) -> bool:
    """Reviewed skills only: in a skill family, and neither rejected nor merged away."""
    return skill.family is not None and getattr(skill, "status", "") not in {"rejected", "merged"}


def _routes(ladder: nx.DiGraph, node: str) -> tuple[tuple[str, ...], ...]:
    data = ladder.nodes[node]
    try:
        return tuple(map(tuple, routes_to_top(ladder, data["family"], data["code"])))
    except NoRoute:
        return ()


def _skill_columns(directory: Directory) -> tuple[list[SkillInfo], dict[str, int]]:
    infos = dict(directory.skills)
    for holding in directory.holdings:
        infos.setdefault(holding.skill_id, SkillInfo(holding.skill_id, holding.skill_id, None))
    skills = [infos[sid] for sid in sorted(infos)]
    return skills, {info.id: col for col, info in enumerate(skills)}


def _matrices(directory: Directory, row_of: dict[str, int], column_of: dict[str, int],
              n: int) -> tuple[csr_matrix, csr_matrix]:
    """People x skills: the level held (the highest, should a skill appear twice), interest."""
    kept = [h for h in directory.holdings if h.person_id in row_of]
    rows = np.array([row_of[h.person_id] for h in kept], dtype=np.int64)
    cols = np.array([column_of[h.skill_id] for h in kept], dtype=np.int64)
    lvls = np.clip(np.array([h.level for h in kept], dtype=np.int8), 1, 4)
    wants = np.array([bool(h.interested) for h in kept], dtype=np.int8)
    order = np.lexsort((-lvls, cols, rows))
    keys = rows[order] * max(1, len(column_of)) + cols[order]
    first = order[np.unique(keys, return_index=True)[1]] if len(keys) else order
    shape = (n, len(column_of))
    levels = csr_matrix((lvls[first], (rows[first], cols[first])), shape=shape, dtype=np.int8)
    interested = csr_matrix((wants[first], (rows[first], cols[first])), shape=shape,
                            dtype=np.int8)
    interested.eliminate_zeros()
    return levels, interested


def _years_in_post(people: list[Person], today: date) -> np.ndarray:
    return np.array([(today - p.start_date).days / 365.25 if p.start_date else np.nan
                     for p in people], dtype=np.float64)


def _groups(group_of: np.ndarray, levels: csr_matrix, public: np.ndarray, years: np.ndarray,
            size: int) -> dict[int, Group]:
    """One :class:`Group` per group number in ``0..size-1`` that has people."""
    coo = levels.tocoo()
    member = group_of[coo.row]
    inside = member >= 0
    holders = np.zeros((size, 5, levels.shape[1]), dtype=np.int32)
    for threshold in range(1, 5):
        keep = inside & (coo.data >= threshold)
        keys = member[keep].astype(np.int64) * levels.shape[1] + coo.col[keep]
        holders[:, threshold] = np.bincount(keys, minlength=size * levels.shape[1]).reshape(
            size, levels.shape[1])
    groups = {}
    for k in np.unique(group_of[group_of >= 0]):
        rows = np.flatnonzero(group_of == k)
        known = years[rows][~np.isnan(years[rows])]
        median = round(float(np.median(known)), 1) if len(known) >= MIN_GROUP else None
        held = levels[rows]
        holders[k, 0] = len(rows)
        groups[int(k)] = Group(GradeStats(len(rows), int(public[rows].sum()), len(known), median),
                               holders[k], rows.astype(np.int32), public[rows],
                               (held > 0).astype(np.float32), (held >= 3).astype(np.float32))
    return groups


@dataclass(frozen=True)
class GradeOverview:
    """One grade for the explore page: requirements, headcount, where it leads."""

    grade: GradeRef
    summary: str
    pay_spine: tuple[int, int] | None
    requirements: dict[str, Any]
    stats: GradeStats
    promotions: tuple[str, ...]
    lateral_moves: tuple[tuple[str, str], ...]      # (target node, note)
    typical_registrations: tuple[str, ...]          # codes typically applied for from here
    routes_to_top: int
    shortest_route: tuple[str, ...]
    common_skills: tuple[tuple[str, str, float], ...]  # (skill id, label, share at level 2+)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready form."""
        return asdict(self)


def grade_overview(index: PathwayIndex, *, top_skills: int = 5) -> list[GradeOverview]:
    """Every grade of every job family, in the ladder's order, with its figures.

    Examples
    --------
    >>> from skillmap.pathways.example import TODAY, example_directory, example_taxonomy
    >>> index = build_pathway_index(example_taxonomy(), example_directory(), today=TODAY)
    >>> lab6 = grade_overview(index)[2]
    >>> lab6.grade.node, lab6.stats.headcount, lab6.promotions, lab6.typical_registrations
    ('lab/G6', 3, ('lab/G7',), ('FHEA', 'RSci'))
    >>> lab6.common_skills[0]
    ('cryo-em', 'Cryo-EM', 1.0)
    """
    L = index.ladder
    overview = []
    for node in index.routes:
        data, out = L.nodes[node], [(t, L.edges[node, t]) for t in L.successors(node)]
        stats = index.stats(node)
        overview.append(GradeOverview(
            grade_ref(L, node), data["requirements"].get("summary") or "", data["pay_spine"],
            {k: v for k, v in data["requirements"].items() if k != "summary"}, stats,
            tuple(t for t, e in out if e["kind"] == "promotion"),
            tuple((t, e["note"]) for t, e in out if e["kind"] == "lateral"),
            tuple(sorted(L.nodes[r]["code"] for r in L.predecessors(node)
                         if L.edges[r, node]["kind"] == "typical_from")),
            len(index.routes[node]), index.routes[node][0] if index.routes[node] else (),
            _common_skills(index, node, top_skills)))
    return overview


def _common_skills(index: PathwayIndex, node: str, top: int) -> tuple[Any, ...]:
    group = index.grades.get(node)
    if group is None:
        return ()
    share = group.holders[2] / group.stats.headcount
    best = [c for c in np.argsort(-share, kind="stable")[:top] if share[c] > 0]
    return tuple((index.skills[c].id, index.skills[c].label, round(float(share[c]), 3))
                 for c in best)
