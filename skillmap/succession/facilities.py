"""Facility risks: a facility is as much at risk as its weakest required skill."""

from __future__ import annotations

from typing import Any

import numpy as np

from skillmap.retirement import BANDS
from skillmap.succession.context import Context, by_level, reasons
from skillmap.succession.index import LEVEL_WEIGHT
from skillmap.succession.mitigation import FLOOR, combined_factor
from skillmap.succession.model import FacilityRisk, Holder, RequiredSkill, StaffMember
from skillmap.succession.risk import CoverStats, aggregate, severity, severity_level
from skillmap.succession.skills import GAP_SEVERITY, SkillTable
from skillmap.succession.successors import facility_successors

__all__ = ["ROLE_LEVEL", "facility_risks"]

#: Facility staff count as holders at these levels when no required skills are recorded.
ROLE_LEVEL = {"lead": 4, "trainer": 3, "operator": 2, "backup": 2}


def facility_risks(ctx: Context, facilities: list[int], table: SkillTable) -> list[FacilityRisk]:
    """One risk per facility number in `facilities`, worst (after mitigation) first."""
    risks = [_facility_risk(ctx, f, table) for f in facilities]
    risks.sort(key=lambda r: (-r.mitigated_severity, -r.severity, r.institution, r.facility_id))
    return risks


def _facility_risk(ctx: Context, f: int, table: SkillTable) -> FacilityRisk:
    index = ctx.index
    cols = index.facility_required[f]
    staff_rows = [r for r, _ in index.facility_staff[f]]
    if len(cols) == 0:
        stats = _staff_stats(ctx, f)
        raw, expert_only = severity(stats, np.ones(1, dtype=bool))
        leavers = _staff_leavers(ctx, f, cols, [])
    elif all(ctx.scope[r] for r in staff_rows):   # the report's own numbers apply
        positions = table.positions(int(index.facility_institution[f]), cols, len(index.skills))
        stats, raw = table.stats.take(positions), table.raw[positions]
        expert_only = table.expert_only[positions]
        leavers = _staff_leavers(ctx, f, cols, [table.risks[p].retiring for p in positions])
    else:                                          # staff from outside the scope count too
        stats = _facility_stats(ctx, f, cols)
        raw, expert_only = severity(stats, np.ones(len(cols), dtype=bool))
        positions = table.positions(int(index.facility_institution[f]), cols, len(index.skills))
        leavers = _staff_leavers(ctx, f, cols, [table.risks[p].retiring for p in positions])
    return _record(ctx, f, stats, raw, expert_only, leavers)


def _facility_stats(ctx: Context, f: int, cols: np.ndarray) -> CoverStats:
    """Cover of each required skill among the scope plus the facility's staff."""
    index = ctx.index
    staff = np.array([r for r, _ in index.facility_staff[f]], dtype=np.int64)
    rows = index.institution_rows[int(index.facility_institution[f])]
    rows = np.union1d(rows[ctx.scope[rows]], staff).astype(np.int64)
    levels = index.level[np.ix_(rows, cols)]
    member, position = np.nonzero(levels)
    held = np.searchsorted(index.h_key, rows[member] * len(index.skills) + cols[position])
    return aggregate(levels[member, position].astype(np.int64), index.h_weight[held],
                     ctx.retiring[rows[member]], ctx.unknown[rows[member]], position, len(cols))


def _staff_stats(ctx: Context, f: int) -> CoverStats:
    """A facility without required skills: its staff as holders of one pseudo-skill."""
    staff = ctx.index.facility_staff[f]
    rows = np.array([r for r, _ in staff], dtype=np.int64)
    levels = np.array([ROLE_LEVEL.get(role, 2) for _, role in staff], dtype=np.int64)
    return aggregate(levels, LEVEL_WEIGHT[levels].astype(np.float64), ctx.retiring[rows],
                     ctx.unknown[rows], np.zeros(len(rows), dtype=np.int64), 1)


def _staff_leavers(ctx: Context, f: int, cols: np.ndarray,
                   skill_leavers: list[list[Holder]]) -> list[Holder]:
    """Retiring people able to do a required skill, and retiring staff, highest level first."""
    index = ctx.index
    best: dict[int, int] = {}
    for holders in skill_leavers:
        for h in holders:
            row = index.row_of[h.person_id]
            best[row] = max(best.get(row, 0), h.level)
    for row, role in index.facility_staff[f]:
        if ctx.retiring[row]:
            level = int(index.level[row, cols].max()) if len(cols) else ROLE_LEVEL.get(role, 2)
            best[row] = max(best.get(row, 0), level)
    return [ctx.holder(row, level) for row, level in
            sorted(best.items(), key=lambda item: (-item[1], item[0]))]


def _record(ctx: Context, f: int, stats: CoverStats, raw: np.ndarray, expert_only: np.ndarray,
            leavers: list[Holder]) -> FacilityRisk:
    index = ctx.index
    facility, cols = index.facilities[f], index.facility_required[f]
    skill_views = [ctx.mitigations.get(("skill", index.skills[c]), []) for c in cols.tolist()]
    own = ctx.mitigations.get(("facility", facility.facility_id), [])
    mitigated = raw * np.array([combined_factor(v) for v in skill_views] or [1.0])
    worst = float(raw.max())
    reduced = round(max(FLOOR * worst, float(mitigated.max()) * combined_factor(own)), 1)
    w = int(np.lexsort((stats.cover_remaining, stats.bus_factor, -raw))[0])
    s = {name: getattr(stats, name).tolist() for name in stats.__dataclass_fields__}
    s.update(raw=raw.tolist(), mitigated=mitigated.tolist(), expert_only=expert_only.tolist())
    capable, bus, unknown = s["capable_now"][w], s["bus_factor"][w], s["unknown"][w]
    staff = [StaffMember(index.ids[r], index.names[r], role, BANDS[index.band[r]],
                         bool(ctx.retiring[r])) for r, role in index.facility_staff[f]]
    return FacilityRisk(
        facility_id=facility.facility_id, label=facility.name, kind=facility.kind,
        institution=facility.institution, department=facility.department,
        required_skills=[_required(ctx, s, i, c) for i, c in enumerate(cols.tolist())],
        weakest_skill=index.skills[cols[w]] if len(cols) else None, staff=staff,
        holders_by_level=by_level(s["by_level"][w]), retiring=leavers,
        unknown_retirement=unknown, capable_now=capable, bus_factor=bus,
        cover_now=round(s["cover_now"][w], 2), cover_remaining=round(s["cover_remaining"][w], 2),
        expert_only=s["expert_only"][w], facility_critical=True, severity=worst,
        level=severity_level(worst), mitigated_severity=reduced,
        mitigated_level=severity_level(reduced),
        reasons=reasons(ctx.horizon, capable, bus, sum(s["retiring_by_level"][w][2:]),
                        unknown, 0, s["expert_only"][w]) + _staff_reason(ctx, staff),
        mitigations=[v for views in skill_views for v in views] + list(own),
        successors=_successors(ctx, f, cols, raw, worst))


def _required(ctx: Context, s: dict[str, list[Any]], i: int, col: int) -> RequiredSkill:
    """Required skill `col` (position `i`) from the facility's stats as plain lists."""
    return RequiredSkill(
        skill_id=ctx.index.skills[col], label=ctx.index.labels[col],
        capable_now=s["capable_now"][i], retiring=sum(s["retiring_by_level"][i][2:]),
        bus_factor=s["bus_factor"][i], cover_remaining=round(s["cover_remaining"][i], 2),
        expert_only=s["expert_only"][i], severity=s["raw"][i],
        mitigated_severity=round(s["mitigated"][i], 1))


def _successors(ctx: Context, f: int, cols: np.ndarray, raw: np.ndarray, worst: float) -> Any:
    """Candidates for a facility that is a gap, over its at-risk required skills."""
    if worst < GAP_SEVERITY or len(cols) == 0:
        return []
    department = ctx.index.facilities[f].department
    code = ctx.index.departments.index(department) \
        if department in ctx.index.departments else None
    at_risk = raw >= GAP_SEVERITY
    return facility_successors(ctx.index, f, cols[at_risk], raw[at_risk], code, ctx.retiring,
                               ctx.top)


def _staff_reason(ctx: Context, staff: list[StaffMember]) -> list[str]:
    leaving = sum(s.retiring for s in staff)
    if not leaving:
        return []
    verb = "retires" if leaving == 1 else "retire"
    return [f"{leaving} of {len(staff)} staff {verb} within {ctx.horizon} years"]
