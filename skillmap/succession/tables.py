"""The report as tidy tables (one header row, one row per record) and its summary figures.

Each table loads into a spreadsheet or ``pandas.read_csv`` without editing: no title
rows, no blank rows, one value per cell, the same columns at every horizon.
"""

from __future__ import annotations

from typing import Any

from dataclasses import dataclass

from skillmap.succession.model import FacilityRisk, Risk, SuccessionReport

__all__ = ["Table", "report_tables", "summary_figures"]

LEVELS = ("critical", "high", "medium", "low")


@dataclass(frozen=True)
class Table:
    """One sheet: `name` (file and sheet name), `columns` and `rows` of plain values."""

    name: str
    columns: tuple[str, ...]
    rows: list[list[Any]]


def summary_figures(report: SuccessionReport) -> dict[str, int]:
    """The figures at the top of the page.

    ``facilities_losing_all_expert_cover``: facilities with experts now for every
    required skill but none left after the horizon for at least one of them.
    """
    facilities = report.facility_risks
    return {
        "facilities_losing_all_expert_cover": sum(_loses(f) for f in facilities),
        "critical_facilities": sum(f.mitigated_level == "critical" for f in facilities),
        "high_facilities": sum(f.mitigated_level == "high" for f in facilities),
        "critical_skills": sum(r.mitigated_level == "critical" for r in report.skill_risks),
        "high_skills": sum(r.mitigated_level == "high" for r in report.skill_risks),
        "facilities_with_safe_expert_cover": len(report.covered_facilities),
        "skills_losing_their_last_expert": sum(r.experts_now > 0 == r.experts_remaining
                                               for r in report.skill_risks),
        "actions": len({m.id for r in report.skill_risks + facilities for m in r.mitigations}),
        "overdue_actions": len({m.id for r in report.skill_risks + facilities
                                for m in r.mitigations if m.overdue}),
    }


def _loses(f: FacilityRisk) -> bool:
    """Some required skill (or, without any, its staff) has experts now and none after the
    horizon."""
    if not f.required_skills:
        return f.experts_now > 0 == f.experts_remaining
    return any(s.experts_now > 0 and s.experts_remaining == 0 for s in f.required_skills)


FACILITY_COLUMNS = (
    "rank", "facility_id", "facility", "kind", "institution", "department", "level",
    "severity", "mitigated_level", "mitigated_severity", "weakest_skill", "experts_now",
    "experts_retiring", "experts_after_horizon", "practitioners_now",
    "practitioners_after_horizon", "why", "actions")
SKILL_COLUMNS = (
    "rank", "skill_id", "skill", "family", "institution", "departments", "facilities",
    "level", "severity", "mitigated_level", "mitigated_severity", "experts_now",
    "experts_retiring", "experts_after_horizon", "practitioners_now",
    "practitioners_after_horizon", "awareness", "practitioner", "expert", "authority",
    "retirement_unknown", "bus_factor", "cover_now", "cover_remaining", "why", "actions")
SUCCESSOR_COLUMNS = ("gap_kind", "gap_id", "gap", "candidate_rank", "person_id", "name",
                     "department", "readiness", "current_level", "to_gain")
ACTION_COLUMNS = ("id", "gap_kind", "gap_id", "kind", "owner", "status", "due", "overdue",
                  "trainee_id", "trainee", "note")


def report_tables(report: SuccessionReport) -> list[Table]:
    """Facilities, skills, successors, actions, facilities with safe cover, definitions."""
    facilities = [[rank, f.facility_id, f.label, f.kind or "", f.institution,
                   f.department or "", f.level, f.severity, f.mitigated_level,
                   f.mitigated_severity, f.weakest_skill or "", *_cover(f), "; ".join(f.reasons),
                   len(f.mitigations)] for rank, f in enumerate(report.facility_risks, 1)]
    skills = [[rank, r.skill_id, r.label, report.families.get(r.family or "", r.family or ""),
               r.institution, "; ".join(r.departments), "; ".join(r.facilities), r.level,
               r.severity, r.mitigated_level, r.mitigated_severity, *_cover(r),
               *(r.holders_by_level.get(level, 0) for level in (1, 2, 3, 4)),
               r.unknown_retirement, r.bus_factor, r.cover_now, r.cover_remaining,
               "; ".join(r.reasons), len(r.mitigations)]
              for rank, r in enumerate(report.skill_risks, 1)]
    gaps: list[tuple[str, str, str, Risk]] = \
        [("facility", f.facility_id, f.label, f) for f in report.facility_risks] + \
        [("skill", r.skill_id, r.label, r) for r in report.skill_risks]
    successors = [[kind, gid, label, n, s.person_id, s.name, s.department or "", s.readiness,
                   s.current_level, "; ".join(f"{g.label} to level {g.target_level}"
                                              for g in s.to_gain)]
                  for kind, gid, label, risk in gaps
                  for n, s in enumerate(risk.successors, 1)]
    seen: dict[int | None, list[Any]] = {}
    for kind, gid, _, risk in gaps:
        for m in risk.mitigations:
            if m.target_kind == kind and m.target_id == gid and m.id not in seen:
                seen[m.id] = [m.id, kind, gid, m.kind, m.owner, m.status, m.due or "",
                              "yes" if m.overdue else "no", m.trainee or "",
                              m.trainee_name or "", m.note]
    covered = [[f.facility_id, f.label, f.department or "", f.experts_now, f.experts_remaining]
               for f in report.covered_facilities]
    return [
        Table("facilities", FACILITY_COLUMNS, facilities),
        Table("skills", SKILL_COLUMNS, skills),
        Table("successors", SUCCESSOR_COLUMNS, successors),
        Table("actions", ACTION_COLUMNS, list(seen.values())),
        Table("safe_facilities", ("facility_id", "facility", "department", "experts_now",
                                  "experts_after_horizon"), covered),
        Table("definitions", ("measure", "definition"),
              [[k, v] for k, v in report.definitions.items()]),
    ]


def _cover(risk: Risk) -> list[int]:
    return [risk.experts_now, risk.experts_retiring, risk.experts_remaining,
            risk.practitioners_now, risk.practitioners_remaining]
