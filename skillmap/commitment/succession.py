"""Sustainability from the succession analysis: gaps, single points of failure, facilities.

The figures are read from a :class:`~skillmap.succession.SuccessionReport` for the
dashboard's scope: a skill *gap* is one of medium severity or worse (the report's
own definition, which also gives it successor candidates); a *single point of
failure* is a skill someone can do now (practitioner or above) that at most one
such person can still do after the horizon (bus factor 0 or 1). Both are shares
of the skills *practised* in scope: held at practitioner level or above, or
required by a facility in scope.
"""

from __future__ import annotations

from typing import Any

import heapq
from dataclasses import dataclass

from skillmap.succession import SuccessionReport
from skillmap.succession.skills import GAP_SEVERITY

__all__ = ["SuccessionFigures", "succession_figures"]

AT_RISK = ("high", "critical")


@dataclass(frozen=True)
class SuccessionFigures:
    practised: int
    gaps: int
    single_points: int
    facilities: int
    facilities_at_risk: int
    gap_rows: tuple[dict[str, Any], ...]
    single_point_rows: tuple[dict[str, Any], ...]


def succession_figures(report: SuccessionReport, top: int) -> SuccessionFigures:
    """Counts and the `top` rows of each table, worst first, from `report`.

    Rows name skills and facilities with their cover, never a person.
    """
    practised = [r for r in report.skill_risks if r.capable_now > 0 or r.facility_critical]
    gaps = [r for r in practised if r.severity >= GAP_SEVERITY]
    single = [r for r in practised if r.capable_now > 0 and r.bus_factor <= 1]
    fragile = [f for f in report.facility_risks if f.capable_now > 0 and f.bus_factor <= 1]
    return SuccessionFigures(
        practised=len(practised), gaps=len(gaps), single_points=len(single),
        facilities=len(report.facility_risks),
        facilities_at_risk=sum(f.level in AT_RISK for f in report.facility_risks),
        gap_rows=tuple(_skill_row(r) for r in _worst(gaps, top)),
        single_point_rows=tuple([_skill_row(r, "skill") for r in _worst(single, top)]
                                + [_facility_row(f) for f in _worst(fragile, top)]))


def _worst(risks: list[Any], top: int) -> list[Any]:
    """The `top` most severe risks; ties in the report's order (it ranks by severity)."""
    return heapq.nsmallest(top, risks, key=lambda r: -r.severity)


def _skill_row(risk: Any, kind: str | None = None) -> dict[str, Any]:
    row = {"kind": kind} if kind else {}
    return row | {
        "id": risk.skill_id, "label": risk.label, "institution": risk.institution,
        "severity": risk.severity, "level": risk.level, "able_now": risk.capable_now,
        "able_after_horizon": risk.bus_factor, "facilities": len(risk.facilities)}


def _facility_row(risk: Any) -> dict[str, Any]:
    return {"kind": "facility", "id": risk.facility_id, "label": risk.label,
            "institution": risk.institution, "severity": risk.severity, "level": risk.level,
            "able_now": risk.capable_now, "able_after_horizon": risk.bus_factor,
            "facilities": None}
