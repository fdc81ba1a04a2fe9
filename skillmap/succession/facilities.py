"""Facility risks: a facility is as much at risk as its weakest required skill."""

from __future__ import annotations

from typing import Any

import numpy as np

from skillmap.retirement import BANDS
from skillmap.succession.context import Context, by_level, reasons
from skillmap.succession.index import LEVEL_WEIGHT
from skillmap.succession.mitigation import FLOOR, combined_factor
from skillmap.succession.model import (FacilityRisk, Holder, RequiredSkill, StaffMember,
                                       Successor)
from skillmap.succession.risk import CoverStats, aggregate, severity, severity_level
from skillmap.succession.skills import GAP_SEVERITY, SkillTable
from skillmap.succession.successors import facility_successors

__all__ = ["ROLE_LEVEL", "facility_risks"]

#: Facility staff count as holders at these levels when no required skills are recorded.
ROLE_LEVEL = {"lead": 4, "trainer": 3, "operator": 2, "backup": 2}
#: ... and these roles are then its expert cover.
EXPERT_ROLES = frozenset({"lead", "trainer"})


def facility_risks(ctx: Context, facilities: list[int], table: SkillTable) -> list[FacilityRisk]:
    """One risk per facility number in `facilities`, worst (after mitigation) first."""
    risks = [_facility_risk(ctx, f, table) for f in facilities]
    risks.sort(key=lambda r: (-r.mitigated_severity, -r.severity, r.institution, r.facility_id))
    return risks


def _facility_risk(ctx: Context, f: int, table: SkillTable) -> FacilityRisk:
    """Cover of each required skill among the people in scope (the report's own numbers);
    without required skills, the facility's staff in scope stand for one pseudo-skill."""
    index = ctx.index
    cols = index.facility_required[f]
    if len(cols) == 0:
        stats = _staff_stats(ctx, f)
        raw, expert_only = severity(stats, np.ones(1, dtype=bool))
        leavers = [ctx.holder(r, ROLE_LEVEL.get(role, 2), role in EXPERT_ROLES)
                   for r, role in index.facility_staff[f] if ctx.scope[r] and ctx.retiring[r]]
        leavers.sort(key=lambda h: (not h.expert, -h.level, h.person_id))
        s = {name: getattr(stats, name).tolist() for name in stats.__dataclass_fields__}
        s.update(raw=raw.tolist(), expert_only=expert_only.tolist())
    else:
        positions = table.positions(int(index.facility_institution[f]), cols,
                                    len(index.skills)).tolist()
        s = {name: [column[p] for p in positions] for name, column in table.lists().items()}
        leavers = _leavers(ctx, [table.risks[positions[i]].retiring for i in _focus(s)])
    return _record(ctx, f, s, leavers)


def _weakest(s: dict[str, list[Any]]) -> int:
    """The position of the weakest required skill: worst severity, fewest experts left."""
    raw = s["raw"]
    return min(range(len(raw)), key=lambda i: (-raw[i], s["experts_remaining"][i],
                                               s["practitioners_remaining"][i], i))


def _focus(s: dict[str, list[Any]]) -> list[int]:
    """The required skills a facility's row speaks of: those at risk, worst first, or else
    the weakest. Its "why", its retiring experts and their count all come from these."""
    raw = s["raw"]
    order = sorted(range(len(raw)), key=lambda i: -raw[i])
    return [i for i in order if raw[i] >= GAP_SEVERITY] or [_weakest(s)]


def _staff_stats(ctx: Context, f: int) -> CoverStats:
    """A facility without required skills: its staff in scope as holders of one pseudo-skill
    (lead and trainer as experts, operator and backup as practitioners)."""
    staff = [(r, role) for r, role in ctx.index.facility_staff[f] if ctx.scope[r]]
    rows = np.array([r for r, _ in staff], dtype=np.int64)
    levels = np.array([ROLE_LEVEL.get(role, 2) for _, role in staff], dtype=np.int64)
    experts = np.array([role in EXPERT_ROLES for _, role in staff], dtype=bool)
    return aggregate(levels, LEVEL_WEIGHT[levels].astype(np.float64), ctx.retiring[rows],
                     ctx.unknown[rows], np.zeros(len(rows), dtype=np.int64), 1, experts)


def _leavers(ctx: Context, skill_leavers: list[list[Holder]]) -> list[Holder]:
    """Retiring people able to do a required skill, experts first, highest level first."""
    best: dict[str, Holder] = {}
    for holders in skill_leavers:
        for h in holders:
            old = best.get(h.person_id)
            if old is None or (h.expert, h.level) > (old.expert, old.level):
                best[h.person_id] = h
    return sorted(best.values(), key=lambda h: (not h.expert, -h.level, h.person_id))


def _record(ctx: Context, f: int, s: dict[str, list[Any]], leavers: list[Holder]) -> FacilityRisk:
    """The facility's record from the stats of its required skills, as plain lists."""
    index = ctx.index
    facility, cols = index.facilities[f], index.facility_required[f]
    skill_views = [ctx.mitigations.get(("skill", index.skills[c]), []) for c in cols.tolist()]
    own = ctx.mitigations.get(("facility", facility.facility_id), [])
    raw = s["raw"]
    s["mitigated"] = [r * combined_factor(v) for r, v in zip(raw, skill_views)] or list(raw)
    worst = max(raw)
    reduced = round(max(FLOOR * worst, max(s["mitigated"]) * combined_factor(own)), 1)
    w = _weakest(s)
    staff = [StaffMember(index.ids[r], index.names[r], role, BANDS[index.band[r]],
                         bool(ctx.retiring[r])) for r, role in index.facility_staff[f]]
    required = [_required(ctx, s, i, c) for i, c in enumerate(cols.tolist())]
    return FacilityRisk(
        facility_id=facility.facility_id, label=facility.name, kind=facility.kind,
        institution=facility.institution, department=facility.department,
        required_skills=required,
        weakest_skill=index.skills[cols[w]] if len(cols) else None, staff=staff,
        holders_by_level=by_level(s["by_level"][w]), retiring=leavers,
        unknown_retirement=s["unknown"][w], experts_now=min(s["experts_now"]),
        experts_remaining=min(s["experts_remaining"]),
        experts_retiring=sum(h.expert for h in leavers),
        practitioners_now=s["practitioners"][w],
        practitioners_remaining=s["practitioners_remaining"][w],
        capable_now=min(s["capable_now"]), bus_factor=min(s["bus_factor"]),
        cover_now=round(s["cover_now"][w], 2), cover_remaining=round(s["cover_remaining"][w], 2),
        expert_only=s["expert_only"][w], facility_critical=True, severity=worst,
        level=severity_level(worst), mitigated_severity=reduced,
        mitigated_level=severity_level(reduced),
        reasons=_facility_reasons(ctx, s, required) + _staff_reason(ctx, staff, f),
        mitigations=[v for views in skill_views for v in views] + list(own),
        successors=_successors(ctx, f, cols, np.array(raw), worst))


def _facility_reasons(ctx: Context, s: dict[str, list[Any]],
                      required: list[RequiredSkill]) -> list[str]:
    """Per required skill at risk (or the weakest), why, in the words of :func:`reasons`."""
    def why(i: int) -> list[str]:
        return reasons(ctx, s["experts_now"][i], s["experts_remaining"][i],
                       s["practitioners"][i], s["practitioners_remaining"][i],
                       s["experts_unknown"][i], 0)
    if not required:
        return why(0)
    return [f"{required[i].label}: {'; '.join(why(i))}" for i in _focus(s)]


def _required(ctx: Context, s: dict[str, list[Any]], i: int, col: int) -> RequiredSkill:
    """Required skill `col` (position `i`) from the facility's stats as plain lists."""
    return RequiredSkill(
        skill_id=ctx.index.skills[col], label=ctx.index.labels[col],
        experts_now=s["experts_now"][i], experts_remaining=s["experts_remaining"][i],
        practitioners_now=s["practitioners"][i],
        practitioners_remaining=s["practitioners_remaining"][i],
        capable_now=s["capable_now"][i], retiring=sum(s["retiring_by_level"][i][2:]),
        bus_factor=s["bus_factor"][i], cover_remaining=round(s["cover_remaining"][i], 2),
        expert_only=s["expert_only"][i], severity=s["raw"][i],
        mitigated_severity=round(s["mitigated"][i], 1))


def _successors(ctx: Context, f: int, cols: np.ndarray, raw: np.ndarray,
                worst: float) -> list[Successor]:
    """Candidates for a facility that is a gap, over its at-risk required skills."""
    if worst < GAP_SEVERITY or len(cols) == 0:
        return []
    department = ctx.index.facilities[f].department
    code = ctx.index.departments.index(department) \
        if department in ctx.index.departments else None
    at_risk = raw >= GAP_SEVERITY
    key = ("facility successors", f, ctx.retiring_key, tuple(cols[at_risk].tolist()),
           tuple(raw[at_risk].tolist()))
    found = ctx.memo.get(key) if ctx.retiring_key else None
    if found is None:
        found = facility_successors(ctx.index, f, cols[at_risk], raw[at_risk], code,
                                    ctx.retiring, ctx.top, ctx.memo)
        if ctx.retiring_key:
            ctx.memo[key] = found
    return list(found)


def _staff_reason(ctx: Context, staff: list[StaffMember], f: int) -> list[str]:
    """How many of its staff in scope retire within the horizon."""
    mine = [m for m, (row, _) in zip(staff, ctx.index.facility_staff[f]) if ctx.scope[row]]
    leaving = sum(bool(m.retiring) for m in mine)
    if not leaving:
        return []
    verb = "retires" if leaving == 1 else "retire"
    return [f"{leaving} of {len(mine)} staff in scope {verb} within {ctx.horizon} years"]
