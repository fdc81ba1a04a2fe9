"""Report downloads: the succession report as CSV and Excel, with the page's content."""

from __future__ import annotations

import io
from typing import Any

from skillmap import sheets
from skillmap.sheets import Cell
from skillmap.succession import SuccessionReport

SKILL_COLUMNS = ["rank", "skill", "family", "departments", "facilities", "severity",
                 "raw severity", "mitigated severity", "awareness", "practitioner", "expert",
                 "authority", "can do it now", "retiring within horizon",
                 "retirement unknown", "bus factor", "cover now", "cover remaining",
                 "only experts", "facility needs it", "why", "actions recorded",
                 "candidate successors"]
FACILITY_COLUMNS = ["rank", "facility", "kind", "department", "severity", "raw severity",
                    "mitigated severity", "weakest skill", "can run it now",
                    "retiring within horizon", "retirement unknown", "bus factor", "cover now",
                    "cover remaining", "why", "actions recorded", "candidate successors"]


def _successors(risk: Any) -> str:
    return "; ".join(f"{s.name} ({s.readiness:.0%} ready)" for s in risk.successors)


def skill_rows(report: SuccessionReport) -> list[list[Cell]]:
    return [[rank, r.label, report.families.get(r.family or "", r.family or ""),
             ", ".join(r.departments), ", ".join(r.facilities), r.mitigated_level,
             round(r.severity, 3), round(r.mitigated_severity, 3),
             *(r.holders_by_level.get(level, 0) for level in (1, 2, 3, 4)), r.capable_now,
             len(r.retiring), r.unknown_retirement, r.bus_factor, round(r.cover_now, 2),
             round(r.cover_remaining, 2), "yes" if r.expert_only else "no",
             "yes" if r.facility_critical else "no", "; ".join(r.reasons),
             len(r.mitigations), _successors(r)]
            for rank, r in enumerate(report.skill_risks, start=1)]


def facility_rows(report: SuccessionReport) -> list[list[Cell]]:
    return [[rank, f.label, f.kind or "", f.department or "", f.mitigated_level,
             round(f.severity, 3), round(f.mitigated_severity, 3), f.weakest_skill or "",
             f.capable_now, len(f.retiring), f.unknown_retirement, f.bus_factor,
             round(f.cover_now, 2), round(f.cover_remaining, 2), "; ".join(f.reasons),
             len(f.mitigations), _successors(f)]
            for rank, f in enumerate(report.facility_risks, start=1)]


def _heading(report: SuccessionReport) -> list[str]:
    scope = ", ".join(report.departments or []) or report.institution or "whole institution"
    return [f"Succession report as of {report.as_of}: {scope}; horizon {report.horizon_years} "
            f"years; {report.people} people"]


def _tables(report: SuccessionReport) -> list[tuple[str, list[Cell], list[list[Cell]]]]:
    return [("Skills", list(SKILL_COLUMNS), skill_rows(report)),
            ("Facilities", list(FACILITY_COLUMNS), facility_rows(report)),
            ("Definitions", ["measure", "definition"],
             [list(item) for item in report.definitions.items()])]


def report_csv(report: SuccessionReport) -> str:
    """Both ranked tables and the definitions, one after the other."""
    rows: list[list[Cell]] = [list(_heading(report))]
    for title, columns, table in _tables(report):
        rows += [[], [title], *([] if title == "Definitions" else [columns]), *table]
    return sheets.csv_text(rows, lineterminator="\r\n")


def report_xlsx(report: SuccessionReport) -> io.BytesIO:
    """A workbook with Skills, Facilities and Definitions sheets, ready to paste into a report."""
    return io.BytesIO(sheets.xlsx_bytes(
        sheets.Sheet(title, [list(_heading(report)), columns, *table])
        for title, columns, table in _tables(report)))
