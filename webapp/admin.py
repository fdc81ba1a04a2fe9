"""Blueprint "admin": imports and exports, the audit log, users, and taxonomy curation."""

from __future__ import annotations

import io
import json
import os
import tempfile
from pathlib import Path

from flask import (Blueprint, Response, abort, current_app, flash, redirect, render_template,
                   request, send_file, url_for)
from flask.typing import ResponseReturnValue
from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField, FileRequired
from sqlalchemy import select
from wtforms import BooleanField

from skillmap.bundle import FILES, ImportReport
from skillmap.bundle.templates import template_csv, write_templates
from skillmap.exceptions import Conflict, SkillmapError
from skillmap.sheets import Cell, csv_text
from skillmap.store.accounts import list_users
from skillmap.store.curation import merge_skill, promote_skill, reject_skill, unreviewed_skills
from skillmap.store.importer import Progress
from skillmap.store.models import AuditEntry
from webapp.auth import role_required, viewer
from webapp.db import get_session
from webapp.import_jobs import ImportJobs, Run, report_view
from webapp.services import skillmap_app, taxonomy

bp = Blueprint("admin", __name__, url_prefix="/admin")
AUDIT_PAGE = 100
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


def _audit_entries(target: str, actor: str) -> list[AuditEntry]:
    query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    if target:
        query = query.where(AuditEntry.target.contains(target))
    if actor:
        query = query.where(AuditEntry.actor.contains(actor.casefold()))
    return list(get_session().scalars(query.limit(10_000)))


@bp.get("/users")
def users():
    """Everyone who can sign in, with their role and scope."""
    return render_template("admin/users.html", users=list_users(get_session()))


@bp.get("/skills")
def curation():
    """Unreviewed skill names from imports and edits, to merge, promote or reject."""
    tax = taxonomy()
    return render_template("admin/curation.html", skills=unreviewed_skills(get_session()),
                           families=list(tax.families.values()),
                           targets=sorted(tax.skills.values(), key=lambda s: s.label.casefold()))


@bp.post("/skills/<skill_id>")
def curate(skill_id: str):
    """Apply one curation decision."""
    action, session, actor = request.form.get("action"), get_session(), viewer().actor
    try:
        if action == "merge":
            merge_skill(session, skill_id, request.form.get("into", ""), actor=actor)
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
        flash(f"Done: {action} {skill_id}.", "success")
    except Conflict as exc:           # another admin decided first: say so, change nothing
        session.rollback()
        flash(str(exc), "error")
        return curation(), 409
    except SkillmapError as exc:
        session.rollback()
        flash(str(exc), "error")
    return redirect(url_for("admin.curation"))
