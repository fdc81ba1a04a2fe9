"""Blueprint "pathways": technicians explore the grades and their own route to the top."""

from __future__ import annotations

from datetime import date

from flask import Blueprint, abort, jsonify, redirect, render_template, request, url_for
from markupsafe import Markup

from skillmap.pathways import (NotOnLadder, grade_node, grade_overview, ladder_svg, ladder_text,
                               person_pathway)
from webapp.auth import role_required, viewer
from webapp.services import pathway_index, skillmap_app, workspace
from webapp.shapes import pathway_json

bp = Blueprint("pathways", __name__)
API_ROUTES = 10


@bp.get("/careers")
def explore():
    """Every grade of every job family, the ladder as a diagram, and its text version."""
    index = pathway_index()
    me = viewer()
    highlight = _my_route(index, me.person_id) if me.person_id else None
    return render_template("pathways/explore.html", grades=grade_overview(index),
                           svg=Markup(ladder_svg(index.ladder, highlight=highlight)),
                           text=ladder_text(index.ladder, highlight=highlight),
                           families=index.taxonomy.job_families)


def _my_route(index, person_id: str) -> list[str] | None:
    try:
        return list(person_pathway(index, person_id, today=date.today()).routes[0].nodes)
    except NotOnLadder:
        return None


@bp.get("/careers/<family>/<code>")
def grade(family: str, code: str):
    """One grade: what it needs, how many hold it, where it leads."""
    index = pathway_index()
    node = grade_node(family, code)
    found = next((g for g in grade_overview(index) if g.grade.node == node), None)
    if found is None:
        abort(404, description="There is no such grade in the taxonomy.")
    return render_template("pathways/grade.html", g=found, ladder=index.ladder,
                           regs=index.taxonomy.registrations)


@bp.get("/careers/me")
@role_required("technician", "manager", "admin")
def mine():
    """My next grade: straight to my own pathway."""
    if not viewer().person_id:
        return redirect(url_for("pathways.explore"))
    return redirect(url_for("pathways.person", person_id=viewer().person_id))


def _pathway_or_404(person_id: str):
    """The pathway, or the same 404 whether the person is not there or not yours to see."""
    detail = skillmap_app().person(person_id)
    if detail is None or not viewer().may_see_private_views(detail.person):
        abort(404, description="There is no pathway with this id that you may see.")
    return workspace().pathway(person_id)


@bp.get("/people/<person_id>/pathway")
@role_required("technician", "manager", "admin")
def person(person_id: str):
    """A person's route to professorial equivalence, step by step."""
    try:
        pathway = _pathway_or_404(person_id)
    except NotOnLadder as exc:
        return render_template("pathways/no_grade.html", person_id=person_id,
                               reason=str(exc)), 422
    index = pathway_index()
    return render_template("pathways/person.html", p=pathway, ladder=index.ladder,
                           regs=index.taxonomy.registrations, svg=Markup(ladder_svg(index.ladder,
                                                 highlight=list(pathway.routes[0].nodes)
                                                 if pathway.routes else None)))


@bp.get("/api/v1/people/<person_id>/pathway")
def api_pathway(person_id: str):
    """The contract's pathway: current grade, routes to the top, missing requirements per step."""
    if not viewer().is_authenticated:
        abort(401, description="Sign in to see a pathway.")
    try:
        routes = int(request.args.get("routes", API_ROUTES))
    except ValueError:
        abort(400, description="routes must be a whole number")
    return jsonify(pathway_json(_pathway_or_404(person_id), routes=max(1, min(routes, 100))))
