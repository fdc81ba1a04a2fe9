"""Blueprint "admin": imports and exports, the audit log, users, and taxonomy curation."""

from __future__ import annotations

import io
import json
import os
import re
import tempfile
from typing import Any
from pathlib import Path

from flask import (Blueprint, Response, abort, current_app, flash, redirect, render_template,
                   request, send_file, url_for)
from flask.typing import ResponseReturnValue
from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField, FileRequired
from sqlalchemy import select
from wtforms import BooleanField

from skillmap.accounts import ROLES
from skillmap.bundle import FILES, ImportReport
from skillmap.bundle.templates import template_csv, write_templates
from skillmap.exceptions import Conflict, SkillmapError
from skillmap.sheets import Cell, Sheet, csv_text, xlsx_bytes
from skillmap.store.curation import (merge_skill, merge_skills, promote_skill, reject_skill,
                                     review_queue, unreviewed_skills)
from skillmap.store.models import AuditEntry, Person, Skill
from skillmap.store.queries import holder_names, promoted_skills
from skillmap.store.users import (change_user, delete_user, department_choices, invite_user,
                                  person_choices, reset_password, set_active, user_rows)
from skillmap.store.importer import Progress
from webapp.auth import role_required, viewer
from webapp.db import get_session
from webapp.import_jobs import ImportJobs, Run, report_view
from webapp.services import skillmap_app, taxonomy
from webapp.sso import group_roles

bp = Blueprint("admin", __name__, url_prefix="/admin")
AUDIT_PAGE = 100
REVIEW_PAGE = 25          # unreviewed names a page; each is matched for its suggestions
FAMILY_FROM_SCORE = 80      # below this the nearest skill says nothing about the family
DONE = {"merge": "merged", "promote": "promoted", "reject": "rejected"}
EMAIL = re.compile(r"[^@\s]{1,200}@[^@\s]{1,118}\.[^@\s]+")
BACKGROUND_BYTES = 512 * 1024     # larger uploads are imported in the background, with progress


@bp.before_request
@role_required("admin")
def admins_only():
    """Every admin page needs an admin."""


class ImportForm(FlaskForm):
    bundle = FileField("Bundle: one CSV file, a .zip of CSV files, or an .xlsx workbook",
                       validators=[FileRequired(), FileAllowed(
                           ["csv", "zip", "xlsx"], "Upload a .csv file, a .zip or an .xlsx.")])
    dry_run = BooleanField("Dry run: check and report, change nothing", default=True)


@bp.get("/")
def index():
    """What admins can do."""
    return render_template("admin/index.html", unreviewed=len(unreviewed_skills(get_session())))


@bp.route("/import", methods=["GET", "POST"])
def import_page() -> ResponseReturnValue:
    """Upload a bundle (one CSV, a zip or an xlsx); all or nothing, with the full report.

    Small uploads are imported during the request; larger ones in the background,
    with a page that shows progress (see :mod:`webapp.import_jobs`).
    """
    form, report = ImportForm(), None
    if form.validate_on_submit():
        upload = form.bundle.data
        filename = Path(upload.filename or "bundle.zip").name
        job_id, path = _jobs().upload_path(Path(filename).suffix.lower())
        upload.save(path)
        run = _import_runner(path, filename, dry_run=form.dry_run.data)
        if path.stat().st_size > current_app.config.get("IMPORT_BACKGROUND_BYTES",
                                                        BACKGROUND_BYTES):
            _jobs().start(job_id, path, filename, run)
            return redirect(url_for("admin.import_job", job_id=job_id))
        try:
            report = report_view(run(None))
        except SkillmapError as exc:
            form.bundle.errors = [str(exc)]
        finally:
            path.unlink(missing_ok=True)
    status = 422 if report is not None and not report["ok"] else 200
    return render_template("admin/import.html", form=form, report=report, job=None), status


@bp.get("/import/jobs/<job_id>")
def import_job(job_id: str) -> ResponseReturnValue:
    """A background import: progress while it runs, then its report."""
    job = _jobs().state(job_id)
    if job is None:
        abort(404)
    report = job["report"]
    status = 422 if report is not None and not report["ok"] else 200
    return render_template("admin/import.html", form=ImportForm(), report=report, job=job), status


@bp.get("/import/jobs/<job_id>.json")
def import_job_state(job_id: str) -> ResponseReturnValue:
    """The job's state for the progress bar, and the whole report once it is done."""
    job = _jobs().state(job_id)
    if job is None:
        return {"error": {"code": "not_found", "message": "no such import job"}}, 404
    return job


@bp.get("/import/templates/<name>")
def import_template(name: str) -> ResponseReturnValue:
    """A template to fill in: one bundle file as CSV, or the whole bundle as an xlsx."""
    if name == "bundle.xlsx":
        with tempfile.TemporaryDirectory() as folder:
            data = write_templates(Path(folder) / name).read_bytes()
        return send_file(io.BytesIO(data), as_attachment=True,
                         download_name="skillmap-import-template.xlsx")
    if name not in FILES:
        abort(404)
    return Response(template_csv(name), mimetype="text/csv",
                    headers={"Content-Disposition": f"attachment; filename={name}"})


def _jobs() -> ImportJobs:
    jobs = current_app.extensions.get("skillmap.import_jobs")
    if jobs is None:
        folder = current_app.config.get("IMPORT_JOBS_DIR") or (
            Path(tempfile.gettempdir()) / f"skillmap-import-jobs-{os.getuid()}")
        jobs = current_app.extensions["skillmap.import_jobs"] = ImportJobs(Path(folder))
    return jobs


def _import_runner(path: Path, filename: str, *, dry_run: bool) -> Run:
    """The import of `path` as a function of a progress callback, for now or for a thread."""
    app, actor = skillmap_app(), viewer().email or "unknown admin"

    def run(progress: Progress | None) -> ImportReport:
        return app.import_bundle(path, dry_run=dry_run, progress=progress, source=filename,
                                 actor=actor)

    return run


@bp.get("/export.<fmt>")
def export(fmt: str):
    """The whole directory as a bundle download (zip of CSV files, or xlsx)."""
    if fmt not in {"zip", "xlsx"}:
        abort(404)
    with tempfile.TemporaryDirectory() as folder:
        path = skillmap_app().export_bundle(Path(folder) / f"skillmap-directory.{fmt}")
        data = path.read_bytes()
    return send_file(io.BytesIO(data), as_attachment=True,
                     download_name=f"skillmap-directory.{fmt}")


@bp.get("/audit")
def audit_log():
    """Who changed what and when, newest first; filter by target or actor."""
    entries = _audit_entries(request.args.get("target", ""), request.args.get("actor", ""))
    return render_template("admin/audit.html", entries=entries[:AUDIT_PAGE], total=len(entries),
                           names=_target_names(entries[:AUDIT_PAGE]), actions=ACTIONS,
                           target=request.args.get("target", ""),
                           actor=request.args.get("actor", ""))


@bp.get("/audit.csv")
def audit_csv():
    """The audit log (as filtered) as CSV, for records and reports."""
    rows: list[list[Cell]] = [["at", "actor", "action", "target", "before", "after"]]
    rows += [[e.at.isoformat(timespec="seconds"), e.actor, e.action, e.target,
              json.dumps(e.before, default=str), json.dumps(e.after, default=str)]
             for e in _audit_entries(request.args.get("target", ""), request.args.get("actor", ""))]
    return Response(csv_text(rows, lineterminator="\r\n"), mimetype="text/csv",
                    headers={"Content-Disposition": "attachment; filename=audit-log.csv"})


ACTIONS = {"profile.edit": "profile edited", "skill.merge": "name merged into a skill",
           "skill.promote": "name promoted to a skill", "skill.reject": "name rejected",
           "mitigation.add": "succession action recorded", "user.create": "account created",
           "user.change": "account changed", "user.delete": "account deleted",
           "user.disable": "account disabled", "user.enable": "account enabled",
           "user.reset_password": "password reset", "user.sso_create": "account created by SSO",
           "user.sso_role": "role set by SSO groups"}


def _target_names(entries: list[AuditEntry]) -> dict[str, str]:
    """What each ``kind:id`` target is called: a person's name, a skill's label."""
    ids: dict[str, set[str]] = {}
    for entry in entries:
        kind, _, key = entry.target.partition(":")
        ids.setdefault(kind, set()).add(key)
    session, names = get_session(), dict[str, str]()
    if ids.get("person"):
        names |= {f"person:{pid}": f"{given} {family}" for pid, given, family in session.execute(
            select(Person.person_id, Person.given_name, Person.family_name)
            .where(Person.person_id.in_(ids["person"])))}
    if ids.get("skill"):
        names |= {f"skill:{sid}": label for sid, label in session.execute(
            select(Skill.id, Skill.label).where(Skill.id.in_(ids["skill"])))}
    return names


def _audit_entries(target: str, actor: str) -> list[AuditEntry]:
    query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    if target:
        query = query.where(AuditEntry.target.contains(target))
    if actor:
        query = query.where(AuditEntry.actor.contains(actor.casefold()))
    return list(get_session().scalars(query.limit(10_000)))


@bp.get("/users")
def users():
    """Everyone who can sign in, with their role and scope; a form to add someone."""
    return _users_page({}, {})


def _users_page(values: dict, problems: dict, status: int = 200):
    session = get_session()
    return render_template("admin/users.html", users=user_rows(session), roles=ROLES,
                           departments=department_choices(session),
                           people=list(person_choices(session)), values=values,
                           problems=problems, sso_groups=group_roles()), status


def _account_fields(session, form, *, new: bool) -> tuple[dict[str, Any], dict[str, str]]:
    """The account form's values and every problem with them, in one pass."""
    people = person_choices(session)
    values = {"email": form.get("email", "").strip(), "role": form.get("role", ""),
              "person": form.get("person", "").strip(),
              "departments": tuple(form.getlist("departments"))}
    problems = {}
    if new and not EMAIL.fullmatch(values["email"]):
        problems["email"] = "Enter an email address, like name@example.ac.uk."
    if values["role"] not in ROLES:
        problems["role"] = "Choose a role."
    if values["person"] and values["person"] not in people:
        problems["person"] = "Pick a person from the list (start typing their name)."
    if values["role"] == "technician" and not values["person"]:
        problems["person"] = "A technician account is linked to their person in the directory."
    unknown = set(values["departments"]) - set(department_choices(session))
    if unknown:
        problems["departments"] = f"Unknown department: {', '.join(sorted(unknown))}."
    elif values["role"] == "manager" and not values["departments"]:
        problems["departments"] = "A manager sees the departments ticked here: tick at least one."
    values["person_id"] = people.get(values["person"])
    return values, problems


@bp.post("/users")
def user_create():
    """Create an account (an invitation with a one-time password); audited."""
    session = get_session()
    values, problems = _account_fields(session, request.form, new=True)
    if not problems:
        try:
            user, password = invite_user(
                session, values["email"], values["role"], person_id=values["person_id"],
                departments=values["departments"] if values["role"] == "manager" else (),
                actor=viewer().actor)
            session.commit()
            flash(f"{user.email} can now sign in as {user.role}. One-time password: "
                  f"{password} (pass it on privately; single sign-on users do not need it).",
                  "success")
            return redirect(url_for("admin.user_edit", user_id=user.id))
        except SkillmapError as exc:
            session.rollback()
            problems["email"] = str(exc).capitalize() + "."
    return _users_page(values, problems, 400)


@bp.route("/users/<int:user_id>", methods=["GET", "POST"])
def user_edit(user_id: int):
    """One account: change its role, scope and person; disable, reset or delete it."""
    session = get_session()
    row = next((u for u in user_rows(session) if u.id == user_id), None)
    if row is None:
        abort(404, description="There is no such account.")
    people = {pid: label for label, pid in person_choices(session).items()}
    values: dict[str, Any] = {"role": row.role, "person": people.get(row.person_id or "", ""),
              "departments": row.departments}
    problems: dict[str, str] = {}
    status = 200
    if request.method == "POST":
        values, problems = _account_fields(session, request.form, new=False)
        if not problems:
            try:
                change_user(session, user_id, role=values["role"], person_id=values["person_id"],
                            departments=values["departments"] if values["role"] == "manager"
                            else (), actor=viewer().actor)
                session.commit()
                flash(f"Saved: {row.email} is now {values['role']}.", "success")
                return redirect(url_for("admin.user_edit", user_id=user_id))
            except SkillmapError as exc:
                session.rollback()
                problems["role"] = str(exc).capitalize() + "."
        status = 400
    return render_template("admin/user.html", user=row, values=values, problems=problems,
                           roles=ROLES, departments=department_choices(session),
                           people=list(people.values())), status


@bp.post("/users/<int:user_id>/<action>")
def user_action(user_id: int, action: str):
    """Disable, enable, reset the password of, or delete an account; audited."""
    session, actor = get_session(), viewer().actor
    try:
        if action in {"disable", "enable"}:
            user = set_active(session, user_id, action == "enable", actor=actor)
            message = f"{user.email} is {action}d."
        elif action == "reset":
            password = reset_password(session, user_id, actor=actor)
            message = f"New one-time password: {password} (pass it on privately)."
        elif action == "delete":
            if request.form.get("confirm") != "yes":
                raise SkillmapError("tick the box to confirm the deletion")
            email = delete_user(session, user_id, actor=actor)
            session.commit()
            flash(f"The account {email} is deleted; the directory entry stays.", "success")
            return redirect(url_for("admin.users"))
        else:
            abort(404, description="There is no such account action.")
        session.commit()
        flash(message, "success")
    except SkillmapError as exc:
        session.rollback()
        flash(str(exc).capitalize() + ".", "error")
    return redirect(url_for("admin.user_edit", user_id=user_id))


@bp.get("/skills")
def curation():
    """Unreviewed skill names from imports and edits, to merge, promote or reject, a page at
    a time, most held first: who holds each, the nearest existing skills with scores, and
    the family of the nearest."""
    tax, session = taxonomy(), get_session()
    page = max(1, request.args.get("page", 1, type=int) or 1)
    items, total = review_queue(session, tax, embedder=skillmap_app().embedder(),
                                start=(page - 1) * REVIEW_PAGE, stop=page * REVIEW_PAGE)
    if not items and page > 1:          # past the end (names were decided meanwhile)
        return redirect(url_for("admin.curation", page=max(1, -(-total // REVIEW_PAGE))))
    holders = holder_names(session, [item.id for item in items])
    extra = promoted_skills(session)
    labels = {s.id: s.label for s in tax.skills.values()} | {p["id"]: p["label"] for p in extra}
    family_of = {s.id: s.family for s in tax.skills.values()} | {p["id"]: p["family"]
                                                                  for p in extra}
    rows = []
    for item in items:
        near = [(s.skill_id, s.label, s.score) for s in item.suggestions]
        family = family_of.get(near[0][0]) if near and near[0][2] >= FAMILY_FROM_SCORE else None
        rows.append({"id": item.id, "label": item.label, "holders": item.holders,
                     "holders_list": holders[item.id], "suggestions": near, "family": family})
    return render_template("admin/curation.html", skills=rows, labels=labels,
                           families=list(tax.families.values()), extra=extra, page=page,
                           page_size=REVIEW_PAGE, total=total)


@bp.get("/skills.<fmt>")
def curation_export(fmt: str):
    """The whole review queue as CSV or Excel, to share with HR or work through offline."""
    if fmt not in {"csv", "xlsx"}:
        abort(404)
    items, _ = review_queue(get_session(), taxonomy(), embedder=skillmap_app().embedder())
    rows: list[list[Cell]] = [["name as written", "unreviewed id", "holders",
                               *(f"suggestion {n}{part}" for n in (1, 2, 3)
                                 for part in ("", " id", " score"))]]
    for item in items:
        near: list[Cell] = [cell for s in item.suggestions
                            for cell in (s.label, s.skill_id, round(s.score))]
        rows.append([item.label, item.id, item.holders, *near, *[""] * (9 - len(near))])
    name = "skill-names-to-review"
    if fmt == "xlsx":
        return send_file(io.BytesIO(xlsx_bytes([Sheet("Names to review", rows)])),
                         as_attachment=True, download_name=f"{name}.xlsx")
    return Response(csv_text(rows, lineterminator="\r\n"), mimetype="text/csv",
                    headers={"Content-Disposition": f"attachment; filename={name}.csv"})


@bp.post("/skills/merge")
def curate_many():
    """Merge every checked name into the suggestion shown beside its box (``id::into``). A
    name another admin decided meanwhile is left as they decided, and named."""
    back = redirect(url_for("admin.curation", page=request.form.get("page", 1)))
    pairs = [tuple(value.split("::", 1)) for value in request.form.getlist("take")]
    merges = [(skill_id, into) for skill_id, into in pairs if skill_id and into]
    if len(merges) != len(pairs) or not merges:
        flash("Check at least one name to merge into its first suggestion.", "error")
        return back
    session = get_session()
    try:
        conflicts = merge_skills(session, merges, actor=viewer().actor)
        session.commit()
    except SkillmapError as exc:
        session.rollback()
        flash(f"Nothing was merged: {exc}.", "error")
        return back
    done = len(merges) - len(conflicts)
    flash(f"Done: {done} {'name' if done == 1 else 'names'} merged into their first "
          "suggestion.", "success")
    for conflict in conflicts:
        flash(str(conflict), "error")
    return back


def _skill_named(text: str) -> str:
    """The skill a typed name picks (label, synonym or abbreviation), for forms sent without
    JavaScript; an unknown name is refused by the merge with the name in the message."""
    key = " ".join(text.casefold().split())
    for skill in taxonomy().skills.values():
        if key in {" ".join(t.casefold().split()) for t in skill.terms}:
            return skill.id
    promoted = {str(p["label"]).casefold(): str(p["id"]) for p in promoted_skills(get_session())}
    if key in promoted:
        return promoted[key]
    raise SkillmapError(f"no skill is called {text.strip()!r}: pick one from the list")


@bp.post("/skills/<skill_id>")
def curate(skill_id: str):
    """Apply one curation decision."""
    action, session, actor = request.form.get("action"), get_session(), viewer().actor
    named = session.get(Skill, skill_id)
    name = named.label if named is not None else skill_id
    try:
        if action == "merge":
            into = request.form.get("into") or _skill_named(request.form.get("into_label", ""))
            merge_skill(session, skill_id, into, actor=actor)
        elif action == "promote":
            family = request.form.get("family", "")
            if family not in taxonomy().families:
                raise SkillmapError("choose a skill family for the new skill")
            promote_skill(session, skill_id, family=family, label=request.form.get("label"),
                          actor=actor)
        elif action == "reject":
            reject_skill(session, skill_id, actor=actor)
        else:
            abort(400, description="Unknown curation action.")
        session.commit()
        flash(f"Done: “{name}” {DONE.get(action, action)}.", "success")
    except Conflict as exc:           # another admin decided first: say so, change nothing
        session.rollback()
        flash(str(exc), "error")
        return curation(), 409
    except SkillmapError as exc:
        session.rollback()
        flash(str(exc), "error")
    return redirect(url_for("admin.curation"))
