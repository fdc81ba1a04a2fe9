"""Blueprint "main": the home page, where each role starts, and the institution's branding."""

from __future__ import annotations

import re
from pathlib import Path, PureWindowsPath

from flask import Blueprint, Response, current_app, redirect, render_template, url_for

from skillmap.store.queries import directory_counts
from webapp.auth import viewer
from webapp.db import get_session

bp = Blueprint("main", __name__)
COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
STATIC = Path(__file__).parent / "static"


@bp.get("/")
def index():
    """Home page: search first, then the directory at a glance, each figure a link."""
    taxonomy = current_app.extensions["skillmap.taxonomy"]
    return render_template("main/index.html", counts=directory_counts(get_session()),
                           skill_families=len(taxonomy.families),
                           registers=len(taxonomy.registers),
                           job_families=len(taxonomy.job_families))


@bp.get("/start")
def start():
    """Where each role's work is: managers their succession summary, technicians their
    next grade, admins imports and the curation queue; everyone else the home page."""
    who = viewer()
    if who.is_admin:
        return redirect(url_for("admin.index"))
    if who.is_manager:
        return redirect(url_for("succession.report"))
    if who.person_id:
        return redirect(url_for("pathways.mine"))
    return redirect(url_for("main.index"))


@bp.get("/brand.css")
def brand_css():
    """The institution's colours (settings ``BRAND_COLOUR`` and ``HEADER_COLOUR``)."""
    config = current_app.config
    accent = config.get("BRAND_COLOUR") or "#0b5cad"
    header = config.get("HEADER_COLOUR") or "#1b1f24"
    css = (f":root {{ --accent: {accent if COLOUR.fullmatch(accent) else '#0b5cad'}; "
           f"--header: {header if COLOUR.fullmatch(header) else '#1b1f24'}; }}\n")
    return Response(css, mimetype="text/css", headers={"Cache-Control": "max-age=300"})


@bp.get("/brand/logo")
def logo():
    """The institution's logo (setting ``LOGO``), or the skillmap mark."""
    path = Path(current_app.config.get("LOGO") or STATIC / "img" / "favicon.svg")
    if path.suffix.lower() not in {".svg", ".png"} or not path.is_file():
        path = STATIC / "img" / "favicon.svg"
    return Response(path.read_bytes(), headers={"Cache-Control": "max-age=300"},
                    mimetype="image/svg+xml" if path.suffix.lower() == ".svg" else "image/png")


@bp.get("/favicon.ico")
def favicon():
    """Browsers that ask for the old name get the SVG icon."""
    return redirect(url_for("static", filename="img/favicon.svg"), code=301)


@bp.app_template_filter("file_name")
def file_name(path: str) -> str:
    """A file's name without its folder (POSIX or Windows): pages never show where the
    server keeps its files."""
    return PureWindowsPath(str(path)).name


@bp.get("/healthz")
def healthz():
    """Liveness and database check for load balancers."""
    directory_counts(get_session())
    return {"status": "ok"}
