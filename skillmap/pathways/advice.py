"""Data-driven advice for one step: skills to develop and possible mentors.

Both come from the people at the target grade *in this directory*. Skills are
ranked by how many of them hold each skill at a level above the person's,
counting the people at that grade whose skills are closest to the person's
(up to ``NEIGHBOURS``; everyone at the grade when fewer than ``MIN_BASIS``
share a skill), so that a textiles technician is shown what senior textiles
technicians hold, not only what every senior technician holds. Mentors are
public profiles at the target grade, those of the person's own discipline
(working in one of the person's main skill families) first, then by the most
skills shared. Each suggested skill has its own reason; whose skills they come
from is said once, in ``Advice.basis``.
"""

from __future__ import annotations

from typing import Any

from dataclasses import dataclass

import numpy as np

from skillmap.pathways.index import Group, PathwayIndex
from skillmap.pathways.registrations import main_families

__all__ = ["Advice", "Mentor", "SkillSuggestion", "advise"]

NEIGHBOURS = 30    # the people at the target grade whose skills are closest count for skills
MIN_BASIS = 5      # fewer people than this: fall back to everyone at the grade (or its level)
MIN_SHARE = 0.1    # skills held by fewer of the basis people are not suggested
LEVEL_NAMES = {2: "practitioner level (2+)", 3: "expert level (3+)", 4: "authority level (4)"}
AIMS = {2: "use it on your own (practitioner, level 2)", 3: "train others in it (expert, level 3)",
        4: "lead it for the facility or field (authority, level 4)"}


@dataclass(frozen=True)
class SkillSuggestion:
    skill_id: str
    label: str
    family: str | None
    current_level: int           # 0 when not held
    target_level: int
    share: float                 # of the basis people holding it at target_level or above
    holders: int                 # how many of them
    grade_share: float           # the same share among everyone at the target grade
    interested: bool             # the person said they want to develop it
    reason: str


@dataclass(frozen=True)
class Mentor:
    person_id: str
    name: str
    job_title: str | None
    department: str | None
    institution: str
    grade: str
    shared: int                  # skills both hold
    shared_skills: tuple[str, ...]
    can_teach: tuple[str, ...]   # suggested skills the mentor holds at expert level or above


@dataclass(frozen=True)
class Advice:
    basis: str                   # whose skills the suggestions come from, in words
    skills: tuple[SkillSuggestion, ...]
    mentors: tuple[Mentor, ...]


def _group(index: PathwayIndex, node: str) -> tuple[Group | None, str]:
    """The target grade's people, or its whole level when the grade has too few."""
    data = index.ladder.nodes[node]
    group, level = index.grades.get(node), index.by_level.get(data["level"])
    size = group.stats.headcount if group else 0
    if size < MIN_BASIS and level is not None and level.stats.headcount > size:
        return level, f"at level {data['level']} in all job families"
    return group, f"at {data['title']}"


def _row_vector(matrix: Any, row: int, dtype: Any) -> np.ndarray:
    vector = np.zeros(matrix.shape[1], dtype=dtype)
    start, end = matrix.indptr[row], matrix.indptr[row + 1]
    vector[matrix.indices[start:end]] = matrix.data[start:end]
    return vector


@dataclass(frozen=True)
class _Basis:
    """The people advice is drawn from: holder counts (5 x skills), size, description."""

    counts: np.ndarray
    size: int
    text: str
    closest: bool       # the closest colleagues, rather than everyone at the grade


def _basis(index: PathwayIndex, group: Group, overlap: np.ndarray, own: np.ndarray,
           is_self: np.ndarray, label: str) -> _Basis:
    order = np.argsort(-overlap, kind="stable")
    close = order[(overlap[order] > 0) & ~is_self[order]][:NEIGHBOURS]
    if len(close) >= MIN_BASIS:
        sub = index.levels[group.rows[close]]
        counts = np.zeros((5, sub.shape[1]), dtype=np.int64)
        for threshold in range(1, 5):
            counts[threshold] = np.bincount(sub.indices[sub.data >= threshold],
                                            minlength=sub.shape[1])
        return _Basis(counts, len(close),
                      f"the {_people(len(close))} {label} whose skills are closest to yours", True)
    counts, size = group.holders.astype(np.int64), group.stats.headcount
    if is_self.any():
        counts = counts - (own[None, :] >= np.arange(5)[:, None])
        size -= 1
    return _Basis(counts, size, f"the {_people(size)} {label}", False)


def _people(count: int) -> str:
    return "1 person" if count == 1 else f"{count} people"


def advise(index: PathwayIndex, row: int, node: str, *, skills: int = 10,
           mentors: int = 5) -> Advice:
    """Skills to develop and mentors for the person at `row` heading for grade `node`.

    Examples
    --------
    >>> from skillmap.pathways import build_pathway_index
    >>> from skillmap.pathways.example import TODAY, example_directory, example_taxonomy
    >>> index = build_pathway_index(example_taxonomy(), example_directory(), today=TODAY)
    >>> advice = advise(index, index.row_of["ann"], "lab/G6")
    >>> advice.basis
    'the 3 people at Senior Technician'
    >>> [(s.skill_id, s.target_level, s.share) for s in advice.skills]
    [('cryo-em', 2, 1.0), ('confocal', 2, 0.667), ('lc-ms', 3, 0.333), ('nmr', 4, 0.333)]
    >>> [(m.person_id, m.shared, m.can_teach) for m in advice.mentors]  # cat is not public
    [('bob', 2, ('NMR', 'LC-MS')), ('dan', 0, ('Confocal', 'Cryo-EM'))]
    """
    group, label = _group(index, node)
    if group is None or group.stats.headcount == 0:
        return Advice("nobody in the directory is at this grade yet", (), ())
    own = _row_vector(index.levels, row, np.int64)
    overlap = group.any_level @ (own > 0).astype(np.float32)
    is_self = group.rows == row
    basis = _basis(index, group, overlap, own, is_self, label)
    suggestions = _skills(index, row, own, basis, group, skills) if basis.size else ()
    return Advice(basis.text, suggestions, _mentors(index, group, overlap, is_self, own,
                                                    suggestions, mentors))


def _skills(index: PathwayIndex, row: int, own: np.ndarray, basis: _Basis, group: Group,
            limit: int) -> tuple[SkillSuggestion, ...]:
    columns = np.arange(len(own))
    wanted = np.clip(own + 1, 2, 4)
    holders = np.where(own < 4, basis.counts[wanted, columns], 0)
    share = holders / basis.size
    grade_share = group.holders[wanted, columns] / group.stats.headcount
    interested = _row_vector(index.interested, row, np.int8) > 0
    keep = np.flatnonzero((share >= MIN_SHARE) & index.in_taxonomy)
    keep = keep[np.lexsort((keep, ~interested[keep], -share[keep]))][:limit]
    return tuple(_suggestion(index.skills[c], int(own[c]), int(wanted[c]), float(share[c]),
                             int(holders[c]), float(grade_share[c]), bool(interested[c]), basis)
                 for c in keep)


def _suggestion(skill: Any, current: int, target: int, share: float, holders: int,
                grade_share: float, interested: bool, basis: _Basis) -> SkillSuggestion:
    who = "of them" if basis.closest else "of the people there"
    reason = (f"{'Deepen' if current else 'Learn'} {skill.label} to {AIMS[target]}: "
              f"{holders} {who} "
              f"({round(100 * share)}%) hold it at that level"
              + (f", {round(100 * grade_share)}% of everyone at the grade" if basis.closest
                 else "")
              + (f"; you are at level {current}" if current else "")
              + ("; you said you want to develop it" if interested else ""))
    return SkillSuggestion(skill.id, skill.label, skill.family, current, target,
                           round(share, 3), holders, round(grade_share, 3), interested, reason)


def _mentors(index: PathwayIndex, group: Group, overlap: np.ndarray, is_self: np.ndarray,
             own: np.ndarray, suggestions: tuple[SkillSuggestion, ...],
             limit: int) -> tuple[Mentor, ...]:
    """Public members of the person's discipline first, then sharing the most skills, then
    able to teach the most suggested ones."""
    develop = np.zeros(len(own), dtype=np.float32)
    develop[[index.column_of[s.skill_id] for s in suggestions]] = 1
    teach = group.expert @ develop
    same = (group.any_level @ _main_family_columns(index, own)) > 0
    score = np.where(group.public & ~is_self, same * 1e6 + overlap * 1000 + teach + 1, -1)
    best = [i for i in np.argsort(-score, kind="stable")[:limit] if score[i] > 1]
    return tuple(_mentor(index, int(group.rows[i]), own > 0, develop > 0, int(overlap[i]))
                 for i in best)


def _main_family_columns(index: PathwayIndex, own: np.ndarray) -> np.ndarray:
    """1 for every skill of the person's discipline: their main skill families among those
    the registers are chosen by (not safety, teaching or facility skills everyone has)."""
    families = [s.family or "" for s in index.skills]
    weights: dict[str, float] = {}
    for column in np.flatnonzero(own).tolist():
        if families[column]:
            weights[families[column]] = weights.get(families[column], 0) + int(own[column])
    wanted = {f for r in index.taxonomy.registers.values()
              for f in (r.details.get("disciplines") or {}).get("skill_families") or ()}
    main = main_families(weights, wanted or set(weights))
    return np.array([f in main for f in families], dtype=np.float32)


def _mentor(index: PathwayIndex, row: int, mine: np.ndarray, develop: np.ndarray,
            shared: int) -> Mentor:
    person, L = index.people[row], index.levels
    start, end = L.indptr[row], L.indptr[row + 1]
    held = sorted(zip(L.data[start:end], L.indices[start:end]), key=lambda lc: (-lc[0], lc[1]))
    return Mentor(person.person_id, person.name,
                  person.job_title, person.department, person.institution,
                  f"{person.job_family}/{person.grade}", shared,
                  tuple(index.skills[c].label for _, c in held if mine[c]),
                  tuple(index.skills[c].label for level, c in held if level >= 3 and develop[c]))
