"""Report downloads: the succession report as CSV and Excel, with the page's content."""

from __future__ import annotations

import csv
import io

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from skillmap.succession import SuccessionReport

SKILL_COLUMNS = ["rank", "skill", "family", "departments", "facilities", "severity",
                 "raw severity", "mitigated severity", "awareness", "practitioner", "expert",
                 "authority", "experts now", "experts retiring within horizon",
                 "experts after horizon", "practitioners now", "practitioners after horizon",
                 "retirement unknown", "bus factor", "cover now", "cover remaining",
                 "only experts", "facility needs it", "why", "actions recorded",
                 "candidate successors"]
FACILITY_COLUMNS = ["rank", "facility", "kind", "department", "severity", "raw severity",
                    "mitigated severity", "weakest skill", "experts now (can run it now)",
                    "experts retiring within horizon", "experts after horizon",
                    "practitioners now", "practitioners after horizon", "retirement unknown", "bus factor", "cover now",
                    "cover remaining", "why", "actions recorded", "candidate successors"]


def _successors(risk) -> str:
    return "; ".join(f"{s.name} ({s.readiness:.0%} ready)" for s in risk.successors)


def skill_rows(report: SuccessionReport) -> list[list]:
    return [[rank, r.label, report.families.get(r.family or "", r.family or ""),
             ", ".join(r.departments), ", ".join(r.facilities), r.mitigated_level,
             round(r.severity, 3), round(r.mitigated_severity, 3),
             *(r.holders_by_level.get(level, 0) for level in (1, 2, 3, 4)), r.experts_now,
             r.experts_retiring, r.experts_remaining, r.practitioners_now,
             r.practitioners_remaining, r.unknown_retirement, r.bus_factor, round(r.cover_now, 2),
             round(r.cover_remaining, 2), "yes" if r.expert_only else "no",
             "yes" if r.facility_critical else "no", "; ".join(r.reasons),
             len(r.mitigations), _successors(r)]
            for rank, r in enumerate(report.skill_risks, start=1)]


def facility_rows(report: SuccessionReport) -> list[list]:
    return [[rank, f.label, f.kind or "", f.department or "", f.mitigated_level,
             round(f.severity, 3), round(f.mitigated_severity, 3), f.weakest_skill or "",
             f.experts_now, f.experts_retiring, f.experts_remaining, f.practitioners_now,
             f.practitioners_remaining, f.unknown_retirement, f.bus_factor,
             round(f.cover_now, 2), round(f.cover_remaining, 2), "; ".join(f.reasons),
             len(f.mitigations), _successors(f)]
            for rank, f in enumerate(report.facility_risks, start=1)]


def _heading(report: SuccessionReport) -> list[str]:
    scope = ", ".join(report.departments or []) or report.institution or "whole institution"
    return [f"Succession report as of {report.as_of}: {scope}; horizon {report.horizon_years} "
            f"years; {report.people} people"]


def report_csv(report: SuccessionReport) -> str:
    """Both ranked tables and the definitions, one after the other."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(_heading(report))
    for title, columns, rows in (("Skills", SKILL_COLUMNS, skill_rows(report)),
                                 ("Facilities", FACILITY_COLUMNS, facility_rows(report))):
        writer.writerows([[], [title], columns, *rows])
    writer.writerows([[], ["Definitions"], *report.definitions.items()])
    return buffer.getvalue()


def report_xlsx(report: SuccessionReport) -> io.BytesIO:
    """A workbook with Skills, Facilities and Definitions sheets, ready to paste into a report."""
    workbook = Workbook(write_only=True)
    sheets = (("Skills", SKILL_COLUMNS, skill_rows(report)),
              ("Facilities", FACILITY_COLUMNS, facility_rows(report)),
              ("Definitions", ["measure", "definition"], list(report.definitions.items())))
    for title, columns, rows in sheets:
        sheet = workbook.create_sheet(title)
        sheet.append(_heading(report))
        sheet.append(columns)
        for row in rows:
            sheet.append([_text(sheet, v) for v in row])
    out = io.BytesIO()
    workbook.save(out)
    out.seek(0)
    return out


def _text(sheet, value):
    """Numbers stay numbers; text is stored as text (never a formula)."""
    if isinstance(value, str):
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        return cell
    return value
