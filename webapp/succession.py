"""Blueprint "succession": managers see which skills and facilities retirements will leave
uncovered, and who could step in. Never public; managers only for their departments."""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import date

from flask import (Blueprint, Response, abort, flash, jsonify, redirect, render_template,
                   request, send_file, url_for)

from skillmap.charts import bar_chart, heatmap
from skillmap.exceptions import SkillmapError
from skillmap.store.mitigations import add_mitigation, load_mitigations
from skillmap.succession import MITIGATION_KINDS, Mitigation, SuccessionReport, succession_report
from webapp.api import MAX_QUERY
from webapp.auth import role_required, viewer
from webapp.db import get_session
from webapp.reports import report_csv, report_xlsx
from webapp.services import succession_index, workspace

bp = Blueprint("succession", __name__)
HORIZONS = (1, 2, 3, 5, 10, 15)
API_LIMIT = 50


def _scope() -> dict:
    """Horizon, departments and what-if from the query, within what the viewer may see."""
    me = viewer()
    try:
        horizon = int(request.args.get("horizon_years", "5"))
    except ValueError:
        abort(400, description="horizon_years must be a whole number of years")
    if not 0 <= horizon <= 40:
        abort(400, description="horizon_years must be between 0 and 40")
    values = [request.args.get("department"), request.args.get("institution"),
              *request.args.getlist("leaving")]
    if any(len(value or "") > MAX_QUERY for value in values):
        abort(400, description=f"a parameter is longer than {MAX_QUERY} characters")
    department = request.args.get("department") or None
    if department and not me.manages(department):
        abort(403, description="You can only see reports for your own departments.")
    departments = {department} if department else (None if me.is_admin else set(me.departments))
    return {"horizon_years": horizon, "departments": departments,
            "institution": request.args.get("institution") or None,
            "leaving": [p for value in request.args.getlist("leaving") for p in value.split()]}


def _report(**scope) -> SuccessionReport:
    """The report for `scope`, cached until the directory, the day or the actions change."""
    mitigations = tuple(load_mitigations(get_session()))
    departments = scope["departments"]
    key = ("succession", mitigations, scope["horizon_years"], scope["institution"],
           None if departments is None else frozenset(departments), tuple(scope["leaving"]))
    return workspace().memo(key, lambda: succession_report(
        succession_index(), mitigations=mitigations, **scope))


@bp.get("/succession")
@role_required("manager", "admin")
def report():
    """The ranked report with its controls, charts, drill-downs and definitions."""
    scope = _scope()
    result = _report(**scope)
    me = viewer()
    choices = [d for d in succession_index().departments if d and me.manages(d)]
    return render_template("succession/report.html", r=result, scope=scope,
                           horizons=HORIZONS, departments=choices, query=request.args,
                           kinds=MITIGATION_KINDS, today=date.today().isoformat())


@bp.get("/succession/export.<fmt>")
@role_required("manager", "admin")
def export(fmt: str):
    """The report as CSV or Excel, with the same content as the page."""
    result = _report(**_scope())
    name = f"succession-{result.as_of}-{result.horizon_years}y"
    if fmt == "csv":
        return Response(report_csv(result), mimetype="text/csv",
                        headers={"Content-Disposition": f"attachment; filename={name}.csv"})
    if fmt == "xlsx":
        return send_file(report_xlsx(result), as_attachment=True, download_name=f"{name}.xlsx")
    abort(404)


@bp.get("/succession/age-profile.svg")
@role_required("manager", "admin")
def age_chart():
    """The age profile of the scope (groups under five suppressed)."""
    profile = _report(**_scope()).age_profile
    bars = [*profile.bands.items(), ("unknown", profile.unknown)]
    svg = bar_chart("People by age band", bars, highlight={"50-59", "60+"},
                    key="aged 50 and over")
    return Response(svg, mimetype="image/svg+xml")


@bp.get("/succession/heatmap.svg")
@role_required("manager", "admin")
def heat_chart():
    """Department x skill family: the share of holders retiring within the horizon."""
    result = _report(**_scope())
    rows = [row.department for row in result.heatmap]
    columns = list(result.families)
    values = {(row.department, family): cell.share for row in result.heatmap
              for family, cell in row.cells.items()}
    svg = heatmap(f"Share of skill holders retiring within {result.horizon_years} years",
                  rows, [result.families[c] for c in columns],
                  {(r, result.families[c]): v for (r, c), v in values.items()})
    return Response(svg, mimetype="image/svg+xml")


@bp.post("/succession/mitigations")
@role_required("manager", "admin")
def mitigate():
    """Record an action against a gap; it lowers the gap's severity (raw stays visible)."""
    form = request.form
    target_kind, target_id = form.get("target_kind"), form.get("target_id", "")
    try:
        due = date.fromisoformat(form["due"]) if form.get("due") else None
        mitigation = Mitigation(form.get("kind", ""),
                                skill_id=target_id if target_kind == "skill" else None,
                                facility_id=target_id if target_kind == "facility" else None,
                                trainee=form.get("trainee") or None, due=due,
                                note=form.get("note", "")[:2000])
        session = get_session()
        add_mitigation(session, mitigation, actor=viewer().actor)
        session.commit()
        flash("The action is recorded.", "success")
    except (SkillmapError, ValueError) as exc:
        flash(f"Not recorded: {exc}", "error")
    back = form.get("back") or ""
    return redirect(back if back.startswith("/succession") else url_for("succession.report"))



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
    result = _report(**_scope())
    totals = {f"total_{key}": len(getattr(result, key))
              for key in ("skill_risks", "facility_risks")}
    top = replace(result, skill_risks=result.skill_risks[:limit],    # ranked worst first
                  facility_risks=result.facility_risks[:limit])
    return jsonify(asdict(top) | totals)
