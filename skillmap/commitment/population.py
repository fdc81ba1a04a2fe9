"""The people in a dashboard's scope as arrays, one entry per person, for vectorised counts.

Members are taken in the pathway index's order (people sorted by id); its
people-by-skill matrix gives the skill counts without another pass over the
holdings. Text columns are integer codes, so that anything depending only on
them (registration checks, eligibility) is computed once per distinct value.
Ages are whole years only, and never leave the package.
"""

from __future__ import annotations

from typing import Any

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from skillmap.model import Directory
from skillmap.pathways import PathwayIndex
from skillmap.pathways.ladder import grade_node
from skillmap.pathways.registrations import (APPRENTICESHIP_YEARS, choose_registers,
                                             is_apprentice, main_families)

__all__ = ["Codes", "NOT_RECORDED", "Population", "build_population", "scope_rows"]

NOT_RECORDED = "not recorded"
EPOCH = date(1970, 1, 1).toordinal()


@dataclass
class Codes:
    """A column as integer codes into ``names``; blank text becomes :data:`NOT_RECORDED`."""

    codes: np.ndarray
    names: list[Any]

    @classmethod
    def of(cls, values: Sequence[Hashable]) -> Codes:
        """Code `values` in order of first appearance.

        >>> c = Codes.of(["b", None, "a", "b", " "])
        >>> c.codes.tolist(), c.names
        ([0, 1, 2, 0, 1], ['b', 'not recorded', 'a'])
        >>> Codes.of([("RSci",), (), ("RSci", "RSci")]).names    # tuples: sorted sets
        [('RSci',), ()]
        """
        position: dict[Any, int] = {}
        raw = np.array([position.setdefault(v, len(position)) for v in values], dtype=np.int64)
        names: dict[Any, int] = {}
        remap = np.array([names.setdefault(_name(v), len(names)) for v in position],
                         dtype=np.int64)
        return cls(remap[raw] if len(raw) else raw, list(names))

    def counts(self) -> np.ndarray:
        """How many entries have each code."""
        return np.bincount(self.codes, minlength=len(self.names))


def _name(value: Hashable) -> Hashable:
    if value is None or isinstance(value, str):
        return (value or "").strip() or NOT_RECORDED
    if isinstance(value, tuple):
        return tuple(sorted(set(value)))
    return value


@dataclass
class Population:
    """Per member of the scope (see :func:`build_population`)."""

    index: PathwayIndex
    rows: np.ndarray             # int: the members' rows in the pathway index
    grade: Codes                 # grade code as recorded
    family: Codes                # job family as recorded
    gender: Codes
    titles: Codes                # job titles, folded to lower case
    held: Codes                  # registration codes held, as sorted tuples
    registers: Codes             # register ids of the person's discipline, as sorted tuples
    teaches: np.ndarray          # int: 1 teaches, 0 does not, -1 unknown
    public: np.ndarray           # bool
    skills: np.ndarray           # int: distinct skills held, any level
    expert: np.ndarray           # int: skills at level 3+
    authority: np.ndarray        # int: skills at level 4
    breadth: np.ndarray          # int: skills at level 2+
    families: np.ndarray         # int: distinct skill families among the level 2+ skills
    years: np.ndarray            # int: years of technical experience (from career_start, else
                                 # whole years in post), -1 unknown
    age: np.ndarray              # int: whole years of age, -1 unknown
    node: np.ndarray             # int: index into ``nodes``, -1 when not on the ladder
    nodes: list[str]
    level: np.ndarray            # int: grade level on the ladder, -1 when not on it
    facility: np.ndarray         # bool: staffs at least one facility

    def __len__(self) -> int:
        return len(self.rows)


def scope_rows(index: PathwayIndex, department: str | None = None,
               institution: str | None = None) -> np.ndarray:
    """Rows of the pathway index in the scope: everyone, or a department and/or institution.

    >>> from skillmap.pathways import build_pathway_index
    >>> from skillmap.pathways.example import TODAY, example_directory, example_taxonomy
    >>> index = build_pathway_index(example_taxonomy(), example_directory(), today=TODAY)
    >>> scope_rows(index).tolist(), scope_rows(index, institution="Elsewhere").tolist()
    ([0, 1, 2, 3, 4], [])
    """
    mask = np.ones(len(index.people), dtype=bool)
    if department is not None:
        mask &= np.array([p.department == department for p in index.people], dtype=bool)
    if institution is not None:
        mask &= np.array([p.institution == institution for p in index.people], dtype=bool)
    return np.flatnonzero(mask)


def build_population(directory: Directory, index: PathwayIndex, rows: np.ndarray,
                     today: date, memo: dict[Hashable, Any] | None = None) -> Population:
    """The arrays of :class:`Population` for the people at `rows` of `index`, on `today`.

    `memo` keeps the registers chosen for each kind of person between populations of the
    same taxonomy (an import's snapshot makes one per department, a Workspace one per
    dashboard): choosing them is most of a population's time.

    Examples
    --------
    >>> from skillmap.pathways import build_pathway_index
    >>> from skillmap.pathways.example import TODAY, example_directory, example_taxonomy
    >>> tax, d = example_taxonomy(), example_directory()
    >>> index = build_pathway_index(tax, d, today=TODAY)
    >>> pop = build_population(d, index, scope_rows(index), TODAY)
    >>> pop.breadth.tolist(), pop.years.tolist(), pop.families.tolist()
    ([2, 3, 3, 2, 2], [5, 11, 14, -1, 21], [1, 2, 2, 1, 2])
    >>> pop.registers.names, pop.teaches.tolist()
    ([('science-council',), ('advance-he', 'science-council')], [-1, -1, -1, -1, -1])
    >>> [pop.nodes[n] for n in pop.node], pop.level.tolist(), pop.held.names
    (['lab/G5', 'lab/G6', 'lab/G6', 'lab/G6', 'mgmt/G7'], [5, 6, 6, 6, 7], \
[('RSciTech',), ('RSci',), ('FHEA', 'RSci'), ('CSci',)])
    """
    people = [index.people[r] for r in rows.tolist()]
    grade, family = Codes.of([p.grade for p in people]), Codes.of([p.job_family for p in people])
    nodes = [n for n, kind in index.ladder.nodes(data="kind") if kind == "grade"]
    node, level = _ladder_positions(index, nodes, grade, family)
    staff = {s.person_id for s in directory.staff}
    return Population(
        index=index, rows=rows, grade=grade, family=family,
        gender=Codes.of([p.gender for p in people]),
        titles=Codes.of([(p.job_title or "").casefold() for p in people]),
        held=Codes.of([p.registrations for p in people]),
        registers=Codes.of(_registers(index, rows, people, {} if memo is None else memo)),
        teaches=np.array([-1 if t is None else int(t) for t in
                          (p.teaches for p in people)], dtype=np.int64),
        public=np.array([bool(p.public) for p in people], dtype=bool),
        **_skill_counts(index, rows),
        years=_experience(people, today, level),
        age=whole_years_of([p.date_of_birth for p in people], today),
        node=node, nodes=nodes, level=level,
        facility=np.array([p.person_id in staff for p in people], dtype=bool))


def _ladder_positions(index: PathwayIndex, nodes: list[str], grade: Codes,
                      family: Codes) -> tuple[np.ndarray, np.ndarray]:
    """Per member: the index of their grade in `nodes` (-1: not on the ladder), its level."""
    position = {n: k for k, n in enumerate(nodes)}
    pairs = grade.codes * len(family.names) + family.codes
    table = np.array([position.get(grade_node(f, g), -1) if g != NOT_RECORDED else -1
                      for g in grade.names for f in family.names] or [-1], dtype=np.int64)
    node = table[pairs] if len(pairs) else pairs
    levels = np.array([index.ladder.nodes[n]["level"] for n in nodes] + [-1], dtype=np.int64)
    return node, levels[node]


def _experience(people: list[Any], today: date, level: np.ndarray) -> np.ndarray:
    """Years of technical experience: from career_start when known, else years in post,
    else an apprenticeship's minimum for apprentices (as :class:`Experience` counts)."""
    in_post = whole_years_of([p.start_date for p in people], today)
    start = np.array([p.career_start or -1 for p in people], dtype=np.int64)
    career = np.where(start > 0, np.maximum(np.maximum(today.year - start, 0), in_post), -1)
    apprentice = np.array([is_apprentice(int(lv), p.job_title) for lv, p in zip(level, people)],
                          dtype=bool)
    fallback = np.where((in_post < 0) & apprentice, APPRENTICESHIP_YEARS, in_post)
    return np.where(start > 0, career, fallback)


def _registers(index: PathwayIndex, rows: np.ndarray, people: list[Any],
               memo: dict[Hashable, Any]) -> list[tuple[str, ...]]:
    """Per member: the registers of their discipline, as the pathway page chooses them."""
    taxonomy, L = index.taxonomy, index.levels
    wanted = {f for r in taxonomy.registers.values()
              for f in (r.details.get("disciplines") or {}).get("skill_families") or ()}
    family = [s.family for s in index.skills]
    chosen = []
    for row, p in zip(rows.tolist(), people):
        weights: dict[str, float] = {}
        for column, level in zip(L.indices[L.indptr[row]:L.indptr[row + 1]].tolist(),
                                 L.data[L.indptr[row]:L.indptr[row + 1]].tolist()):
            if family[column] is not None:
                weights[family[column]] = weights.get(family[column], 0) + level
        main = main_families(weights, wanted)
        key = ("registers", p.registrations, p.job_family, p.department, p.job_title, main,
               p.teaches, tuple(p.register_interest))
        if key not in memo:
            memo[key] = choose_registers(
                taxonomy, held=p.registrations, job_family=p.job_family,
                department=p.department, job_title=p.job_title,
                family_weights={f: 1.0 for f in main}, teaches=p.teaches,
                interest=tuple(p.register_interest))[0]
        chosen.append(memo[key])
    return chosen


def whole_years_of(days: list[date | None], today: date) -> np.ndarray:
    """Whole years from each of `days` to `today` (-1 for None), as
    :func:`~skillmap.pathways.requirements.whole_years` counts them, for all at once.

    >>> whole_years_of([date(2020, 6, 1), None, date(2020, 5, 31), date(2027, 1, 1)],
    ...                date(2026, 5, 31)).tolist()
    [5, -1, 6, 0]
    """
    ordinals = np.array([d.toordinal() if d is not None else 0 for d in days], dtype=np.int64)
    known = ordinals > 0
    when = (ordinals - EPOCH).astype("datetime64[D]")
    month = when.astype("datetime64[M]")
    years = month.astype("datetime64[Y]").astype(np.int64) + 1970
    months = month.astype(np.int64) % 12 + 1
    day = (when - month).astype(np.int64) + 1
    later = (months > today.month) | ((months == today.month) & (day > today.day))
    whole = np.maximum(0, today.year - years - later)
    return np.where(known, whole, -1)


def _skill_counts(index: PathwayIndex, members: np.ndarray) -> dict[str, np.ndarray]:
    """Per member: skills held, at 3+, at 4, at 2+, and skill families among the 2+ ones,
    counted as :class:`~skillmap.pathways.Profile` counts them."""
    levels = index.levels if len(members) == levels_rows(index) else index.levels[members]
    n, data, indptr = levels.shape[0], levels.data, levels.indptr
    names = sorted({s.family for s in index.skills if s.family is not None})
    code = {name: k for k, name in enumerate(names)}
    family = np.array([code[s.family] if s.family is not None else -1 for s in index.skills]
                      + [-1], dtype=np.int64)[levels.indices]

    def per_member(mask: np.ndarray) -> np.ndarray:
        running = np.concatenate(([0], np.cumsum(mask, dtype=np.int64)))
        counts: np.ndarray = running[indptr[1:]] - running[indptr[:-1]]
        return counts

    working = (data >= 2) & (family >= 0)
    held = np.zeros((n, max(1, len(names))), dtype=bool)
    held[np.repeat(np.arange(n), np.diff(indptr))[working], family[working]] = True
    return {"skills": per_member(data > 0), "expert": per_member(data >= 3),
            "authority": per_member(data >= 4), "breadth": per_member(data >= 2),
            "families": held.sum(axis=1)}


def levels_rows(index: PathwayIndex) -> int:
    return int(index.levels.shape[0])

