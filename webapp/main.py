"""Blueprint "main": the home page with the directory at a glance."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template

from skillmap.store.queries import directory_counts
from webapp.db import get_session

bp = Blueprint("main", __name__)


@bp.get("/")
def index():
    """Home page: how big the directory is and where to go next."""
    taxonomy = current_app.extensions["skillmap.taxonomy"]
    return render_template("main/index.html", counts=directory_counts(get_session()),
                           skill_families=len(taxonomy.families),
                           registers=len(taxonomy.registers),
                           job_families=len(taxonomy.job_families))


@bp.get("/healthz")
def healthz():
    """Liveness and database check for load balancers."""
    directory_counts(get_session())
    return {"status": "ok"}
