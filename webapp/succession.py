"""Blueprint "succession": managers see which skills and facilities retirements will leave
without expert cover, and who could step in. Never public; managers only for their
departments, naming only people they may see (see skillmap.succession.privacy)."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, replace
from datetime import date

from flask import Blueprint, Response, abort, jsonify, render_template, request, send_file

from skillmap.charts import bar_chart, heatmap
from skillmap.store.mitigations import load_mitigations, load_scenarios
from skillmap.succession import (MITIGATION_KINDS, MITIGATION_STATUSES, Mitigation, NameScope,
                                 SuccessionReport)
from skillmap.succession.tables import report_tables, summary_figures
from webapp.api import MAX_QUERY
from webapp.auth import role_required, viewer
from webapp.db import get_session
from webapp.reports import tables_csv, tables_xlsx
from webapp.services import succession_index, workspace
from webapp.shapes import succession_json

bp = Blueprint("succession", __name__)
HORIZONS = (1, 2, 3, 5, 10, 15)
API_LIMIT = 50


@dataclass(frozen=True)
class Scope:
    """What one request asks for, within what the viewer may see."""

    horizon_years: int
    departments: frozenset[str] | None      # the report's scope (None: everyone)
    viewer_departments: frozenset[str] | None   # whose retirement the viewer may know
    institution: str | None
    leaving: tuple[str, ...]
    unresolved: tuple[str, ...] = ()

    def names(self) -> NameScope:
        return workspace().name_scope(self.viewer_departments)


def request_scope(args=None) -> Scope:
    """Horizon, departments and what-if from the query, within what the viewer may see.

    What-if people come as ids (``leaving``, from the name picker) or typed names
    (``who``); only people in the report's scope count, and anyone else, unknown or
    hidden, gets the same answer.
    """
    args = args if args is not None else request.args
    me = viewer()
    try:
        horizon = int(args.get("horizon_years", "5"))
    except ValueError:
        abort(400, description="horizon_years must be a whole number of years")
    if not 0 <= horizon <= 40:
        abort(400, description="horizon_years must be between 0 and 40")
    values = [args.get("department"), args.get("institution"), *args.getlist("leaving"),
              *args.getlist("who")]
    if any(len(value or "") > MAX_QUERY for value in values):
        abort(400, description=f"a parameter is longer than {MAX_QUERY} characters")
    department = args.get("department") or None
    if department and not me.manages(department):
        abort(403, description="You can only see reports for your own departments.")
    mine = None if me.is_admin else frozenset(me.departments)
    departments = frozenset({department}) if department else mine
    names = workspace().name_scope(departments)
    leaving = [p for value in args.getlist("leaving") for p in value.split()]
    unresolved = []
    for typed in args.getlist("who"):
        if typed.strip():
            found = names.resolve(typed, in_scope_only=True)
            (leaving.append(found) if found else unresolved.append(typed.strip()))
    return Scope(horizon, departments, mine, args.get("institution") or None,
                 tuple(dict.fromkeys(leaving)), tuple(unresolved))


def applicable(mitigations: list[Mitigation], departments) -> tuple[Mitigation, ...]:
    """The actions recorded for this scope: an institution-wide report counts them all,
    a department report those recorded for its departments (or institution-wide)."""
    return tuple(m for m in mitigations if departments is None or m.department is None
                 or m.department in departments)


def build_report(scope: Scope, leaving: tuple[str, ...] | None = None) -> SuccessionReport:
    """The report for `scope`, cached until the directory, the day or the actions change."""
    mitigations = applicable(load_mitigations(get_session()), scope.departments)
    leaving = scope.leaving if leaving is None else leaving
    report = workspace().succession(
        mitigations=mitigations, horizon_years=scope.horizon_years, departments=scope.departments,
        institution=scope.institution, leaving=leaving,
        viewer_departments=scope.viewer_departments)
    if scope.unresolved:
        note = ("not counted as leaving (not someone in this report's scope): "
                + ", ".join(scope.unresolved))
        report = replace(report, notes=[*report.notes, note])
    return report


def _query(scope: Scope) -> dict:
    """The query string that reproduces `scope` (names resolved to ids)."""
    query: dict[str, object] = {"horizon_years": scope.horizon_years}
    if request.args.get("department"):
        query["department"] = request.args["department"]
    if scope.leaving:
        query["leaving"] = list(scope.leaving)
    return query


def render_report(scope: Scope, report: SuccessionReport, *, status: int = 200,
                  form_error: str | None = None, form: dict | None = None):
    """The report page; a mitigation form that failed comes back filled in with its error."""
    me = viewer()
    names = scope.names()
    index = succession_index()
    choices = [d for d in index.departments if d and me.manages(d)]
    actions = sorted((m for r in report.skill_risks + report.facility_risks
                      for m in r.mitigations), key=lambda m: (m.id or 0))
    unique = list({m.id: m for m in actions}.values())
    return render_template(
        "succession/report.html", r=report, scope=scope, horizons=HORIZONS,
        departments=choices, query=_query(scope), kinds=MITIGATION_KINDS,
        statuses=MITIGATION_STATUSES, today=date.today().isoformat(),
        summary=summary_figures(report), actions=unique, in_scope=names.in_scope,
        leaving_names=[(p, index.names[index.row_of[p]]) for p in report.leaving],
        scenarios=load_scenarios(get_session(), me.actor), form_error=form_error,
        form=form or {}), status


@bp.get("/succession")
@role_required("manager", "admin")
def report():
    """The ranked report with its summary, workspace, charts, drill-downs and definitions."""
    scope = request_scope()
    return render_report(scope, build_report(scope))


@bp.get("/succession/print")
@role_required("manager", "admin")
def print_view():
    """A printable one-page summary: the figures and the worst facilities and skills."""
    scope = request_scope()
    result = build_report(scope)
    return render_template("succession/print.html", r=result, summary=summary_figures(result))


@bp.get("/succession/export.<fmt>")
@role_required("manager", "admin")
def export(fmt: str):
    """The report's tables: one CSV per table (``<table>.csv``), all of them as a zip of
    CSVs, or an Excel workbook with the same sheets."""
    result = build_report(request_scope())
    tables = report_tables(result)
    name = f"succession-{result.as_of}-{result.horizon_years}y"
    if fmt == "xlsx":
        return send_file(tables_xlsx(tables), as_attachment=True, download_name=f"{name}.xlsx")
    if fmt == "zip":
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for table in tables:
                archive.writestr(f"{table.name}.csv", tables_csv(table))
        out.seek(0)
        return send_file(out, as_attachment=True, download_name=f"{name}.zip",
                         mimetype="application/zip")
    if fmt == "csv":             # the main table alone: the facilities
        fmt = "facilities.csv"
    found = next((t for t in tables if f"{t.name}.csv" == fmt), None)
    if found is None:
        abort(404, description="No such download.")
    return Response(tables_csv(found), mimetype="text/csv", headers={
        "Content-Disposition": f"attachment; filename={name}-{found.name}.csv"})


@bp.get("/succession/export/<table>.csv")
@role_required("manager", "admin")
def export_table(table: str):
    """One table of the report as a tidy CSV (a header row, then one row per record)."""
    return export(f"{table}.csv")


@bp.get("/succession/age-profile.svg")
@role_required("manager", "admin")
def age_chart():
    """The age profile of the scope (groups under five suppressed; 50-59 and 60+ marked)."""
    profile = build_report(request_scope()).age_profile
    bars = [*profile.bands.items(), ("unknown", profile.unknown)]
    svg = bar_chart("People by age band", bars, highlight={"50-59", "60 and over"},
                    key="aged 50 and over")
    return Response(svg, mimetype="image/svg+xml")


@bp.get("/succession/heatmap.svg")
@role_required("manager", "admin")
def heat_chart():
    """Department x skill family: the share of holders retiring within the horizon."""
    result = build_report(request_scope())
    rows = [row.department for row in result.heatmap]
    values = {(row.department, result.families[family]): cell.share
              for row in result.heatmap for family, cell in row.cells.items()}
    svg = heatmap(f"Share of skill holders retiring within {result.horizon_years} years",
                  rows, [result.families[c] for c in result.families], values)
    return Response(svg, mimetype="image/svg+xml")


@bp.get("/api/v1/succession")
def api_succession():
    """The contract's succession report: ranked risks with holders and successors."""
    me = viewer()
    if not me.is_authenticated:
        abort(401, description="Sign in as a manager or admin.")
    if not me.is_staff:
        abort(403, description="Succession reports are for managers and admins.")
    try:
        limit = int(request.args.get("limit", API_LIMIT))
    except ValueError:
        abort(400, description="limit must be a whole number")
    if not 1 <= limit <= 1000:
        abort(400, description="limit must be between 1 and 1000")
    result = build_report(request_scope())
    return jsonify(succession_json(result, summary_figures(result), limit=limit))
