"""Skill risks: one per skill and institution in scope, computed for all of them at once."""

from __future__ import annotations

from typing import Any

from dataclasses import dataclass
from typing import Any

import numpy as np

from skillmap.succession.context import Context, by_level, reasons
from skillmap.succession.mitigation import combined_factor
from skillmap.succession.index import SuccessionIndex
from skillmap.succession.model import Holder, SkillRisk
from skillmap.succession.risk import (CoverStats, aggregate, levels_of, severity,
                                      severity_level)
from skillmap.succession.successors import skill_successors

__all__ = ["GAP_SEVERITY", "SkillTable", "skill_risks"]

#: Risks at least this severe (medium and worse) are gaps and get successor candidates.
GAP_SEVERITY = 25.0


@dataclass
class SkillTable:
    """Every (institution, skill) group of a report, by key: institution x skills + column."""

    keys: np.ndarray
    stats: CoverStats
    raw: np.ndarray
    expert_only: np.ndarray
    risks: list[SkillRisk]
    _lists: dict[str, list[Any]] | None = None

    def lists(self) -> dict[str, list[Any]]:
        """Every stats column (and raw, expert_only) as a plain list, made once."""
        if self._lists is None:
            self._lists = {name: getattr(self.stats, name).tolist()
                           for name in self.stats.__dataclass_fields__}
            self._lists.update(raw=self.raw.tolist(), expert_only=self.expert_only.tolist())
        return self._lists

    def positions(self, institution: int, columns: np.ndarray, n_skills: int) -> np.ndarray:
        """Where the groups of `columns` in `institution` are (they must exist)."""
        return np.searchsorted(self.keys, institution * n_skills + columns.astype(np.int64))


def skill_risks(ctx: Context, facilities: list[int]) -> SkillTable:
    """One risk per (institution, skill) held in scope or required by a facility in scope."""
    index, k = ctx.index, len(ctx.index.skills)
    in_scope = ctx.scope[index.h_row[index.h_group_order]]
    held, held_keys = index.h_group_order[in_scope], index.h_group_key[in_scope]
    rows = index.h_row[held]
    needed: dict[int, list[str]] = {}
    for f in facilities:
        for col in index.facility_required[f].tolist():
            key = int(index.facility_institution[f]) * k + col
            needed.setdefault(key, []).append(index.facilities[f].facility_id)
    keys = _group_keys(held_keys, np.array(sorted(needed), dtype=np.int64))
    groups = np.searchsorted(keys, held_keys)
    stats = aggregate(index.h_level[held], index.h_weight[held], ctx.retiring[rows],
                      ctx.unknown[rows], groups, len(keys), index.h_expert[held])
    raw, expert_only = severity(stats, np.isin(keys, list(needed)))
    holders, departments, retiring_departments = _holder_lists(ctx, held, groups, len(keys))
    risks = _build(ctx, keys, stats, raw, expert_only, needed, holders, departments)
    _add_successors(ctx, risks, keys, [r or d for r, d in zip(retiring_departments,
                                                              departments)])
    return SkillTable(keys, stats, raw, expert_only, risks)


def _group_keys(sorted_keys: np.ndarray, needed: np.ndarray) -> np.ndarray:
    """The distinct keys of already sorted `sorted_keys`, plus those of `needed`, sorted.

    >>> _group_keys(np.array([3, 3, 5, 9, 9]), np.array([4, 5])).tolist()
    [3, 4, 5, 9]
    """
    if len(sorted_keys):
        distinct = sorted_keys[np.r_[True, sorted_keys[1:] != sorted_keys[:-1]]]
    else:
        distinct = sorted_keys
    extra = needed[~np.isin(needed, distinct)]
    return np.sort(np.concatenate([distinct, extra])) if len(extra) else distinct


def _holder_lists(ctx: Context, held: np.ndarray, groups: np.ndarray, n_groups: int
                  ) -> tuple[list[list[Holder]], list[set[int]], list[set[int]]]:
    """Per group: retiring holders (practitioner and above, highest level first), and the
    department codes of all its capable holders and of its retiring ones."""
    index = ctx.index
    rows, levels, experts = index.h_row[held], index.h_level[held], index.h_expert[held]
    capable = levels >= 2
    leaving = capable & ctx.retiring[rows]
    departments = _department_sets(index, groups[capable], rows[capable], n_groups)
    retiring_departments = _department_sets(index, groups[leaving], rows[leaving], n_groups)
    order = np.lexsort((rows[leaving], -levels[leaving], ~experts[leaving], groups[leaving]))
    sorted_groups = groups[leaving][order]
    everyone = [ctx.holder(row, level, expert) for row, level, expert in
                zip(rows[leaving][order].tolist(), levels[leaving][order].tolist(),
                    experts[leaving][order].tolist())]
    bounds = np.searchsorted(sorted_groups, np.arange(n_groups + 1)).tolist()
    holders = [everyone[bounds[g]:bounds[g + 1]] for g in range(n_groups)]
    return holders, departments, retiring_departments


def _department_sets(index: SuccessionIndex, groups: np.ndarray, rows: np.ndarray,
                     n_groups: int) -> list[set[int]]:
    """Per group, the set of department codes of `rows`."""
    present = np.zeros((n_groups, len(index.departments)), dtype=bool)
    present[groups, index.department[rows]] = True
    sets: list[set[int]] = [set() for _ in range(n_groups)]
    for g, d in zip(*(a.tolist() for a in np.nonzero(present))):
        sets[g].add(d)
    return sets


def _build(ctx: Context, keys: np.ndarray, stats: CoverStats, raw: np.ndarray,
           expert_only: np.ndarray, needed: dict[int, list[str]], holders: list[list[Holder]],
           departments: list[set[int]]) -> list[SkillRisk]:
    """The SkillRisk records, from plain lists (numpy scalars are slow one at a time)."""
    index, k = ctx.index, len(ctx.index.skills)
    columns = {name: getattr(stats, name).tolist() for name in stats.__dataclass_fields__}
    columns["cover_now"] = np.round(stats.cover_now, 2).tolist()
    columns["cover_remaining"] = np.round(stats.cover_remaining, 2).tolist()
    raw_l, expert_l = raw.tolist(), expert_only.tolist()
    level_l = levels_of(raw)
    names = index.departments
    risks = []
    for g, key in enumerate(keys.tolist()):
        inst, col = divmod(key, k)
        views = ctx.mitigations.get(("skill", index.skills[col]), [])
        mitigated = round(raw_l[g] * combined_factor(views), 1) if views else raw_l[g]
        capable, bus = columns["capable_now"][g], columns["bus_factor"][g]
        e0, e = columns["experts_now"][g], columns["experts_remaining"][g]
        p0, p = columns["practitioners"][g], columns["practitioners_remaining"][g]
        facilities = sorted(needed[key]) if key in needed else []
        risks.append(SkillRisk(
            skill_id=index.skills[col], label=index.labels[col], family=index.families[col],
            institution=index.institutions[inst],
            departments=[names[d] for d in sorted(departments[g])],
            facilities=facilities, holders_by_level=by_level(columns["by_level"][g]),
            retiring_by_level=by_level(columns["retiring_by_level"][g]), retiring=holders[g],
            unknown_retirement=columns["unknown"][g], experts_now=e0, experts_remaining=e,
            experts_retiring=e0 - e, practitioners_now=p0, practitioners_remaining=p,
            capable_now=capable, bus_factor=bus,
            cover_now=columns["cover_now"][g], cover_remaining=columns["cover_remaining"][g],
            expert_only=expert_l[g], facility_critical=bool(facilities), severity=raw_l[g],
            level=level_l[g], mitigated_severity=mitigated,
            mitigated_level=severity_level(mitigated) if views else level_l[g],
            reasons=reasons(ctx, e0, e, p0, p, columns["experts_unknown"][g],
                            len(facilities)),
            mitigations=list(views)))
    return risks


def _add_successors(ctx: Context, risks: list[SkillRisk], keys: np.ndarray,
                    departments: list[set[int]]) -> None:
    """Successor candidates for every gap, one batch per institution."""
    k = len(ctx.index.skills)
    by_inst: dict[int, list[int]] = {}
    for g, risk in enumerate(risks):
        if risk.severity >= GAP_SEVERITY:
            by_inst.setdefault(int(keys[g]) // k, []).append(g)
    for inst, gs in by_inst.items():
        columns = [int(keys[g]) % k for g in gs]
        groups = [departments[g] for g in gs]
        key = ("skill successors", inst, ctx.retiring_key, tuple(columns),
               tuple(frozenset(d) for d in groups))
        found = ctx.memo.get(key) if ctx.retiring_key else None
        if found is None:
            found = skill_successors(ctx.index, inst, np.array(columns, dtype=np.int64), groups,
                                     ctx.retiring, ctx.top, ctx.memo)
            if ctx.retiring_key:
                ctx.memo[key] = found
        for g, candidates in zip(gs, found):
            risks[g].successors = list(candidates)
