"""Blueprint "dashboard": Technician Commitment evidence for the self-assessment.

Admins see the institution and every department; managers their departments.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

from flask import Blueprint, Response, abort, render_template, request, send_file

from skillmap.charts import bar_chart
from skillmap.sheets import Cell, Sheet, csv_text, xlsx_bytes
from skillmap.commitment import Dashboard, commitment_metrics, compare
from skillmap.retirement import add_years
from skillmap.store.snapshots import list_snapshots
from webapp.auth import role_required, viewer
from webapp.db import get_session
from webapp.services import succession_index, taxonomy, thresholds, workspace

bp = Blueprint("dashboard", __name__)
CHARTS = {"age_bands": ("band", "people", "People by age band"),
          "headcount_by_grade": ("grade", "total", "Headcount by grade"),
          "registrations_by_level": ("code", "people", "Registrations by level")}


def _department() -> str | None:
    me = viewer()
    department = request.args.get("department") or None
    if department is None and not me.is_admin:
        department = min(me.departments) if me.departments else None
    if department and not me.manages(department):
        abort(403, description="You can only see the dashboard of your own departments.")
    if department is None and not me.is_admin:
        abort(403, description="Your account manages no department.")
    return department


def _board(department: str | None) -> Dashboard:
    """The dashboard of one scope, shared by the page, its charts and its downloads."""
    return workspace().dashboard(thresholds(), department=department)


def cycle_start(snapshots: list[dict], today: date, years: int) -> dict | None:
    """The snapshot a self-assessment compares with: the newest one at least one cycle
    (`years`) old, else the oldest earlier one (snapshots are newest first).

    >>> snaps = [{"id": 3, "date": "2026-11-01"}, {"id": 2, "date": "2024-06-01"},
    ...          {"id": 1, "date": "2023-01-01"}]
    >>> today = date(2026, 12, 1)
    >>> cycle_start(snaps, today, 3)["id"], cycle_start(snaps, today, 2)["id"]
    (1, 2)
    >>> cycle_start(snaps[:1], date(2026, 12, 1), 3) is None
    True
    """
    older = snapshots[1:]
    due = add_years(today, -years).isoformat()
    return next((s for s in older if s["date"] <= due), older[-1] if older else None)


def _trend(board: Dashboard, department: str | None):
    """The comparison with an earlier snapshot: the chosen one, else one cycle back."""
    snapshots = list_snapshots(get_session())
    chosen = request.args.get("compare")
    earlier = next((s for s in snapshots if str(s["id"]) == chosen), None) \
        or cycle_start(snapshots, date.today(), thresholds().settings.cycle_years)
    if earlier is None:
        return snapshots, None, {}
    values = earlier["metrics"]["departments"].get(department, {}) if department \
        else earlier["metrics"]["institution"]
    return snapshots, earlier, compare(board.as_dict(), values)


@bp.get("/dashboard")
@bp.get("/dashboard/print", endpoint="print_view")
@role_required("manager", "admin")
def page():
    """The four pillars, RAG-rated with the rule behind each colour, and the trend."""
    department = _department()
    board = _board(department)
    snapshots, earlier, trends = _trend(board, department)
    me = viewer()
    departments = [d for d in succession_index().departments if d and me.manages(d)]
    return render_template("dashboard/page.html", board=board, department=department,
                           departments=departments, snapshots=snapshots, earlier=earlier,
                           trends=trends, charts=CHARTS, query=request.args,
                           printable=request.endpoint == "dashboard.print_view")


@bp.get("/dashboard/chart/<table_id>.svg")
@role_required("manager", "admin")
def chart(table_id: str):
    """One of the dashboard's tables as a bar chart (suppressed groups drawn as such)."""
    if table_id not in CHARTS:
        abort(404)
    label, value, title = CHARTS[table_id]
    rows = _board(_department()).table(table_id).rows
    svg = bar_chart(title, [(str(r[label]), r[value]) for r in rows])
    return Response(svg, mimetype="image/svg+xml")


def _sheets(board: Dashboard) -> list[tuple[str, Sequence[Cell], Sequence[Sequence[Cell]]]]:
    metrics = [[p.label, m.label, m.value, m.numerator, m.denominator,
                m.rag or ("context, not rated" if m.rule.startswith("context") else ""), m.rule]
               for p in board.pillars for m in p.metrics]
    sheets: list[tuple[str, Sequence[Cell], Sequence[Sequence[Cell]]]] = [("Metrics", ["pillar", "metric", "value", "numerator", "denominator", "RAG",
                           "rule"], metrics)]
    for pillar in board.pillars:
        for table in pillar.tables:
            sheets.append((table.title, list(table.columns),
                           [[row.get(c) for c in table.columns] for row in table.rows]))
    return sheets


@bp.get("/dashboard/export.<fmt>")
@role_required("manager", "admin")
def export(fmt: str):
    """The evidence tables as CSV or Excel, for the self-assessment submission."""
    department = _department()
    board = _board(department)
    scope = department or "institution"
    heading = [f"Technician Commitment evidence: {scope}, as of {board.as_of}, "
               f"{board.people} people"]
    if fmt == "csv":
        rows: list[Sequence[Cell]] = [heading]
        for title, columns, table in _sheets(board):
            rows += [[], [title], columns, *table]
        return Response(csv_text(rows, lineterminator="\r\n"), mimetype="text/csv", headers={
            "Content-Disposition": f"attachment; filename=commitment-{board.as_of}.csv"})
    if fmt != "xlsx":
        abort(404)
    out = io.BytesIO(xlsx_bytes(Sheet(title, [heading, columns, *table])
                                for title, columns, table in _sheets(board)))
    return send_file(out, as_attachment=True, download_name=f"commitment-{board.as_of}.xlsx")
