"""Successor candidates: who, in the same institution, is readiest to take over a gap.

Readiness (0-1) adds up, with :data:`~skillmap.succession.index.READINESS_WEIGHTS`:
the candidate's current cover of the skill (level x recency), their cover of
*related* skills (the skills graph: taxonomy relations and co-occurrence), the
cosine similarity of their skill set to the skill's experts (scikit-learn, over
TF-IDF skill vectors), staffing a facility that needs it, being in the same
department as the people retiring, and having said they want to develop it.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

import numpy as np

from skillmap.retirement import BAND_UNKNOWN, BANDS
from skillmap.succession.index import READINESS_WEIGHTS, SuccessionIndex
from skillmap.succession.model import SkillGap, Successor

__all__ = ["LEVEL_NAMES", "facility_successors", "skill_successors"]

LEVEL_NAMES = {1: "awareness", 2: "practitioner", 3: "expert", 4: "authority"}
DEPARTMENT = READINESS_WEIGHTS["department"]
FACILITY = READINESS_WEIGHTS["facility"]


def skill_successors(index: SuccessionIndex, institution: int, columns: np.ndarray,
                     departments: list[set[int]], excluded: np.ndarray,
                     top: int, memo: dict[Hashable, Any]) -> list[list[Successor]]:
    """The `top` candidates for each skill column, all in one institution.

    Candidates are the institution's people who are not `excluded` (retiring
    or leaving), do not already hold the skill at expert level or above, and
    have some readiness (a score above zero);
    `departments` holds, per column, the department codes that earn the
    same-department bonus. `memo` keeps each candidate for the next report on the same index.
    """
    if len(columns) == 0 or top <= 0:
        return [[] for _ in columns]
    rows = index.institution_rows[institution]
    rows = rows[~excluded[rows]]
    scores = index.base[np.ix_(rows, columns)].astype(np.float32)
    same = np.zeros((len(index.departments), len(columns)), dtype=bool)
    for j, codes in enumerate(departments):
        same[list(codes), j] = True
    bonus = same[index.department[rows]]
    scores += DEPARTMENT * bonus
    scores[index.level[np.ix_(rows, columns)] >= 3] = -1.0
    chosen = _top_rows(scores, top)
    picks = [(i, j) for j in range(len(columns)) for i in chosen[j]]
    keys = [("skill", int(rows[i]), int(columns[j]), bool(bonus[i, j])) for i, j in picks]
    missing = [n for n, key in enumerate(keys) if key not in memo]
    if missing:
        at_rows = np.array([keys[n][1] for n in missing], dtype=np.int64)
        at_cols = np.array([keys[n][2] for n in missing], dtype=np.int64)
        for n, facts in zip(missing, _facts(index, at_rows, at_cols)):
            i, j = picks[n]
            memo[keys[n]] = _skill_successor(index, memo, keys[n], float(scores[i, j]), facts)
    found = iter([memo[key] for key in keys])
    return [[next(found) for _ in chosen[j]] for j in range(len(columns))]


def _top_rows(scores: np.ndarray, top: int) -> list[list[int]]:
    """Per column, the rows of its `top` highest positive scores, best first, ties
    broken by the lower row; every column at once.

    >>> _top_rows(np.array([[0.5, -1.0], [0.9, 0.0], [0.5, 0.3]]), 2)
    [[1, 0], [2]]
    """
    n_rows, n_cols = scores.shape
    keep = scores > 0
    if n_rows > top:
        keep &= scores >= np.partition(scores, n_rows - top, axis=0)[n_rows - top]
    cols, rows = np.nonzero(keep.T)
    order = np.lexsort((rows, -scores[rows, cols], cols))
    rows, cols = rows[order], cols[order]
    starts = np.searchsorted(cols, np.arange(n_cols + 1)).tolist()
    rows_l = rows.tolist()
    return [rows_l[starts[j]:min(starts[j + 1], starts[j] + top)] for j in range(n_cols)]


def _skill_successor(index: SuccessionIndex, memo: dict[Hashable, Any], key: tuple[Any, ...],
                     score: float, facts: tuple[Any, ...]) -> Successor:
    """Candidate ``key = ("skill", row, col, same_department)``. The same key always gives
    the same candidate on one index, so skill_successors keeps it for the next report."""
    _, row, col, same_department = key
    level, _, _, _, on_facility, _, _, companion_levels = facts
    reasons = _reasons(index, facts, same_department)
    if on_facility:
        reasons.append("staffs a facility that needs it")
    gains = [_gap(index, memo, col, level, 3)]
    gains += [_gap(index, memo, c, lv, 2) for c, lv in zip(index.companions[col], companion_levels)
              if lv < 2]
    return _successor(index, row, score, level, reasons, gains)


def _facts(index: SuccessionIndex, rows: np.ndarray,
           cols: np.ndarray) -> list[tuple[Any, ...]]:
    """For each (row, col) pair at once: level, last used, interested, similarity, staffs a
    facility needing it, best related skill held (column or -1, level), companions' levels."""
    k = len(index.skills)
    level = index.level[rows, cols].astype(np.int64)
    at = np.minimum(np.searchsorted(index.h_key, rows * k + cols), max(len(index.h_key) - 1, 0))
    held = level > 0
    last_used = np.where(held, index.h_last_used[at], 0) if len(index.h_key) else level * 0
    interested = (held & index.h_interested[at]) if len(index.h_key) else held
    capable = index.level[rows].astype(np.float32)
    capable[capable < 2] = 0.0
    strength = capable * index.related[:, cols].T
    best = strength.argmax(axis=1)
    picked = np.arange(len(rows))
    related = np.where(strength[picked, best] > 0, best, -1)
    companions = [index.level[r, index.companions[c]].tolist() if index.companions[c] else []
                  for r, c in zip(rows.tolist(), cols.tolist())]
    return list(zip(level.tolist(), last_used.tolist(), interested.tolist(),
                    index.similarity[rows, cols].astype(np.float32).tolist(),
                    index.on_facility[rows, cols].tolist(), related.tolist(),
                    capable[picked, best].astype(np.int64).tolist(), companions))


def _gap(index: SuccessionIndex, memo: dict[Hashable, Any], col: int, current: int,
         target: int) -> SkillGap:
    key = ("gap", col, current, target)
    found = memo.get(key)
    if found is None:
        found = memo[key] = SkillGap(index.skills[col], index.labels[col], current,
                                            target)
    return found


def _successor(index: SuccessionIndex, row: int, score: float, level: int, reasons: list[str],
               gains: list[SkillGap]) -> Successor:
    band = BANDS[index.band[row]]
    if band == BAND_UNKNOWN:
        reasons.append("retirement date unknown")
    return Successor(person_id=index.ids[row], name=index.names[row],
                     department=index.departments[index.department[row]] or None,
                     readiness=round(min(1.0, max(0.0, score)), 3), current_level=int(level),
                     retirement_band=band, reasons=tuple(reasons), to_gain=tuple(gains))


def _reasons(index: SuccessionIndex, facts: tuple[Any, ...],
             same_department: bool) -> list[str]:
    """Why a candidate ranks where they do for one skill, in plain words."""
    level, last_used, interested, similar, _, related, related_level, _ = facts
    reasons = []
    if level:
        used = f", last used {last_used}" if last_used and last_used < index.today.year - 2 else ""
        reasons.append(f"holds it at level {level} ({LEVEL_NAMES[level]}){used}")
    if related >= 0:
        reasons.append(f"related skill: {index.labels[related]} (level {related_level})")
    if similar >= 0.3:
        reasons.append(f"skill set {similar:.0%} like its experts'")
    if interested:
        reasons.append("wants to develop it")
    if same_department:
        reasons.append("same department")
    return reasons


def facility_successors(index: SuccessionIndex, facility: int, at_risk: np.ndarray,
                        severity: np.ndarray, department: int | None, excluded: np.ndarray,
                        top: int, memo: dict[Hashable, Any]) -> list[Successor]:
    """The `top` candidates to keep facility number `facility` running.

    Readiness is the mean readiness over its at-risk required skills `at_risk`,
    weighted by their `severity`, with the facility bonus for its own staff
    (rather than for staffing any facility that needs the skill); people who
    already hold every at-risk skill at expert level are its cover, not successors.
    """
    inst = int(index.facility_institution[facility])
    rows = index.institution_rows[inst]
    rows = rows[~excluded[rows]]
    if len(at_risk) == 0 or len(rows) == 0 or top <= 0:
        return []
    block = index.base[np.ix_(rows, at_risk)] - FACILITY * index.on_facility[np.ix_(rows, at_risk)]
    staff_roles = dict(index.facility_staff[facility])
    on_staff = np.array([r in staff_roles for r in rows], dtype=bool)
    same = index.department[rows] == department if department is not None else \
        np.zeros(len(rows), dtype=bool)
    scores = np.average(block, axis=1, weights=severity) + FACILITY * on_staff + DEPARTMENT * same
    scores[(index.level[np.ix_(rows, at_risk)] >= 3).all(axis=1)] = -1.0
    chosen = _top_rows(scores[:, None], top)[0]
    return [_facility_successor(index, memo, int(rows[i]), facility, at_risk, float(scores[i]),
                                bool(same[i]), staff_roles.get(int(rows[i])))
            for i in chosen]


def _facility_successor(index: SuccessionIndex, memo: dict[Hashable, Any], row: int,
                        facility: int, at_risk: np.ndarray, score: float,
                        same_department: bool, role: str | None) -> Successor:
    levels = index.level[row]
    main = int(min(at_risk.tolist(), key=lambda c: (levels[c], c)))
    facts = _facts(index, np.array([row]), np.array([main]))[0]
    reasons = _reasons(index, facts, same_department)
    if role:
        reasons.insert(0, f"on the facility's staff ({role})")
    risky = set(at_risk.tolist())
    gains = []
    for col in index.facility_required[facility].tolist():
        target, current = (3 if col in risky else 2), int(levels[col])
        if current < target:
            gains.append(_gap(index, memo, col, current, target))
    gains.sort(key=lambda g: (-g.target_level, g.skill_id))
    return _successor(index, row, score, int(levels[main]), reasons, gains)
