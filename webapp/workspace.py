"""Blueprint "workspace": the manager's succession planning tools beside the report.

The name picker's JSON, actions (record and edit, with optimistic locking), and
saved what-if scenarios compared side by side. Every answer names only people the
viewer may see; unknown and hidden people get the same answer, so ids cannot be probed.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from flask import Blueprint, abort, flash, jsonify, redirect, render_template, request, url_for

from skillmap.exceptions import SkillmapError
from skillmap.store.mitigations import (SavedScenario, StaleMitigation, add_mitigation,
                                        delete_scenario,
                                        load_mitigations, load_scenarios, save_scenario,
                                        update_mitigation)
from skillmap.succession import Mitigation, Risk
from skillmap.succession.skills import GAP_SEVERITY
from skillmap.succession.model import SuccessionReport
from skillmap.succession.tables import summary_figures
from webapp.auth import role_required, viewer
from webapp.db import get_session
from webapp.services import succession_index, workspace
from webapp.succession import Scope, build_report, render_report, request_scope

bp = Blueprint("workspace", __name__)
MAX_NOTE = 2000
MAX_SCENARIOS = 4


@bp.get("/succession/people.json")
@role_required("manager", "admin")
def people():
    """Search-as-you-type over people: ``for=leaving`` those in the report's scope,
    ``for=trainee`` anyone the viewer may name. Names and departments only."""
    scope = request_scope()
    query = request.args.get("q", "")[:100]
    if request.args.get("for") == "trainee":
        found = workspace().name_scope(scope.viewer_departments).find(query, in_scope_only=False)
    else:
        found = workspace().name_scope(scope.departments).find(query, in_scope_only=True)
    return jsonify(people=found)


def _form_values() -> dict:
    form = request.form
    return {key: form.get(key, "") for key in ("target_kind", "target_id", "kind", "trainee",
                                               "trainee_id", "due", "note", "owner", "status",
                                               "version", "action_id")}


def _fail(scope: Scope, status: int, message: str, action_id: int | None = None):
    """The report again, with the form as typed and what went wrong: nothing is lost."""
    form = _form_values() | ({"action_id": str(action_id)} if action_id else {})
    return render_report(scope, build_report(scope), status=status, form_error=message,
                         form=form)


def _target(scope: Scope, kind: str | None, target_id: str):
    """The gap in the viewer's scope that `kind`/`target_id` names: 404 if no such skill or
    facility exists, 403 if it is not a gap in the viewer's departments."""
    index = succession_index()
    if kind == "skill":
        if target_id not in index.skill_col:
            abort(404, description="There is no skill with this id.")
    elif kind == "facility":
        if target_id not in {f.facility_id for f in index.facilities}:
            abort(404, description="There is no facility with this id.")
    else:
        abort(400, description="target_kind must be skill or facility")
    report = build_report(scope, leaving=())
    gaps: dict[tuple[str, str], Risk] = {
        ("skill", r.skill_id): r for r in report.skill_risks if r.severity >= GAP_SEVERITY}
    gaps.update({("facility", f.facility_id): f for f in report.facility_risks
                 if f.severity >= GAP_SEVERITY})
    found = gaps.get((kind, target_id))
    if found is None:
        abort(403, description="This is not a gap in your departments' report.")
    return found


def _department(scope: Scope, kind: str | None, risk) -> str | None:
    """The department an action is recorded for (its report shows it)."""
    if kind == "facility":
        return risk.department
    if request.form.get("department"):
        return request.form["department"]
    mine = scope.viewer_departments
    if mine is None:
        return None
    return next((d for d in risk.departments if d in mine), min(mine) if mine else None)


def _trainee(scope: Scope) -> str | None | Literal[False]:
    """The trainee's person id, None when nobody is named, False when the text names
    nobody the viewer may see (unknown, ambiguous and hidden alike)."""
    names = workspace().name_scope(scope.viewer_departments)
    picked = request.form.get("trainee_id", "").strip()
    typed = request.form.get("trainee", "").strip()
    if picked and names.nameable(picked):
        return picked
    if not typed:
        return None
    return names.resolve(typed, in_scope_only=False) or False


def _parse(scope: Scope, existing: Mitigation | None = None):
    """A Mitigation from the form, or an error message."""
    form = request.form
    trainee = _trainee(scope)
    if trainee is False:
        return ("Not recorded: no one you may see matches the trainee "
                f"\"{form.get('trainee', '').strip()}\". Pick a name from the list.")
    try:
        due = date.fromisoformat(form["due"]) if form.get("due") else None
    except ValueError:
        return "Not recorded: the due date must be a date (YYYY-MM-DD)."
    kind: str | None
    if existing is not None:
        kind, target_id = existing.target
        department = existing.department
    else:
        kind, target_id = form.get("target_kind"), form.get("target_id", "")
        risk = _target(scope, kind, target_id)
        department = _department(scope, kind, risk)
    try:
        return Mitigation(form.get("kind", ""),
                          skill_id=target_id if kind == "skill" else None,
                          facility_id=target_id if kind == "facility" else None,
                          trainee=trainee, due=due, note=form.get("note", "")[:MAX_NOTE],
                          owner=form.get("owner", "")[:200].strip(),
                          status=form.get("status") or "planned", department=department,
                          id=existing.id if existing else None,
                          version=int(form.get("version") or 0) if existing else 1)
    except (SkillmapError, ValueError) as exc:
        return f"Not recorded: {exc}"


@bp.post("/succession/mitigations")
@role_required("manager", "admin")
def mitigate():
    """Record an action against a gap in scope; it lowers the gap's severity (raw stays)."""
    scope = request_scope(request.form)
    parsed = _parse(scope)
    if isinstance(parsed, str):
        return _fail(scope, 422, parsed)
    session = get_session()
    add_mitigation(session, parsed, actor=viewer().actor)
    session.commit()
    flash("The action is recorded.", "success")
    return redirect(url_for("succession.report", **_back(scope)))


@bp.post("/succession/mitigations/<int:action_id>")
@role_required("manager", "admin")
def edit_action(action_id: int):
    """Change an action's owner, status, due date, trainee or note; a lost race is a 409
    that keeps what was typed."""
    scope = request_scope(request.form)
    mine = {m.id: m for m in load_mitigations(get_session())
            if scope.viewer_departments is None or m.department in scope.viewer_departments}
    existing = mine.get(action_id)
    if existing is None:
        abort(404, description="There is no such action in your departments.")
    parsed = _parse(scope, existing)
    if isinstance(parsed, str):
        return _fail(scope, 422, parsed, action_id)
    session = get_session()
    try:
        update_mitigation(session, parsed, actor=viewer().actor)
        session.commit()
    except StaleMitigation as exc:
        session.rollback()
        return _fail(scope, 409, f"Not saved: {exc}. Your changes are below, in the action's "
                                 "form; the table shows the action as it is now.", action_id)
    flash("The action is updated.", "success")
    return redirect(url_for("succession.report", **_back(scope)))


def _back(scope: Scope) -> dict:
    query: dict = {"horizon_years": scope.horizon_years}
    if request.form.get("department"):
        query["department"] = request.form["department"]
    if scope.leaving:
        query["leaving"] = list(scope.leaving)
    return query


@bp.post("/succession/scenarios")
@role_required("manager", "admin")
def save():
    """Save the current what-if (who leaves, horizon, department) under a name."""
    scope = request_scope(request.form)
    name = request.form.get("name", "").strip()[:200] or \
        f"Scenario of {date.today().isoformat()}"
    session = get_session()
    save_scenario(session, name=name, actor=viewer().actor,
                  department=request.form.get("department") or None,
                  horizon_years=scope.horizon_years, leaving=list(scope.leaving))
    session.commit()
    flash(f"Scenario \"{name}\" saved.", "success")
    return redirect(url_for("workspace.compare"))


@bp.post("/succession/scenarios/<int:scenario_id>/delete")
@role_required("manager", "admin")
def delete(scenario_id: int):
    """Delete one of the viewer's own saved scenarios."""
    session = get_session()
    if not delete_scenario(session, scenario_id, viewer().actor):
        abort(404, description="There is no such scenario of yours.")
    session.commit()
    return redirect(url_for("workspace.compare"))


@bp.get("/succession/compare")
@role_required("manager", "admin")
def compare():
    """Saved scenarios side by side with the report as it is: summary figures and the
    worst facilities of each."""
    me = viewer()
    saved = load_scenarios(get_session(), me.actor)
    wanted = {int(v) for v in request.args.getlist("scenario") if v.isdigit()}
    chosen = [s for s in saved if not wanted or s.id in wanted][-MAX_SCENARIOS:]
    columns: list[tuple[str, SavedScenario | None, Scope, SuccessionReport]] = []
    base = request_scope()
    columns.append(("As things are", None, base, build_report(base, leaving=())))
    for s in chosen:
        if s.department and not me.manages(s.department):
            continue
        mine = None if me.is_admin else frozenset(me.departments)
        scope = Scope(s.horizon_years, frozenset({s.department}) if s.department else mine,
                      mine, None, s.leaving)
        columns.append((s.name, s, scope, build_report(scope)))
    index = succession_index()
    return render_template(
        "succession/compare.html", saved=saved,
        columns=[(name, s, summary_figures(r), r,
                  [index.names[index.row_of[p]] for p in r.leaving])
                 for name, s, _, r in columns])
