"""Blueprint "api": the JSON API v1 of the public contract.

Errors are always ``{"error": {"code", "message"}}`` with a 4xx status.
"""

from __future__ import annotations

from flask import Blueprint, abort, jsonify, request

from skillmap.profiles import public_profile
from skillmap.search import Filters
from webapp.openapi import openapi_document
from webapp.auth import viewer
from webapp.services import search_index, skillmap_app, taxonomy, workspace
from webapp.shapes import (grade_json, profile_json, registration_level_json, search_json,
                           skill_family_json, skill_json)

bp = Blueprint("api", __name__, url_prefix="/api/v1")

MAX_LIMIT = 100
MAX_QUERY = 500
MAX_OFFSET = 10_000


def bad_request(message: str):
    return jsonify(error={"code": "bad_request", "message": message}), 400


FILTERS = ("institution", "department", "facility", "family", "registration")


def search_filters(args) -> Filters:
    """The search filters of a request; a value over ``MAX_QUERY`` characters is a 400."""
    if too_long := [name for name in FILTERS if len(args.get(name) or "") > MAX_QUERY]:
        abort(400, description=f"{too_long[0]} is longer than {MAX_QUERY} characters")
    return Filters(**{name: args.get(name) or None for name in FILTERS})


@bp.get("/search")
def api_search():
    """Ranked technicians for ``q``, direct holders first, each with what matched and why,
    and the facilities the query names or asks about."""
    text = request.args.get("q", "").strip()
    if not text:
        return bad_request("the query parameter q is required")
    if len(text) > MAX_QUERY:
        return bad_request(f"q is longer than {MAX_QUERY} characters")
    try:
        limit = int(request.args.get("limit", 10))
        offset = int(request.args.get("offset", 0))
    except ValueError:
        return bad_request("limit and offset must be whole numbers")
    if not 1 <= limit <= MAX_LIMIT:
        return bad_request(f"limit must be between 1 and {MAX_LIMIT}")
    if not 0 <= offset <= MAX_OFFSET:
        return bad_request(f"offset must be between 0 and {MAX_OFFSET}")
    response = workspace().search(text, limit=limit, offset=offset,
                                  filters=search_filters(request.args), viewer=viewer())
    return jsonify(search_json(text, response))


@bp.get("/people/<person_id>")
def api_person(person_id: str):
    """A public profile: skills with levels, facilities, grade and registrations."""
    detail = skillmap_app().person(person_id)
    if detail is None or not viewer().may_see(detail.person):
        abort(404, description=f"no public profile with id {person_id!r}")
    return jsonify(profile_json(public_profile(detail, taxonomy(), search_index().skill_labels)))


@bp.get("/taxonomy/skills")
def api_skills():
    """The skills taxonomy in use, with its families."""
    tax = taxonomy()
    return jsonify(families=[skill_family_json(f) for f in tax.families.values()],
                   skills=[skill_json(s) for s in tax.skills.values()])


@bp.get("/taxonomy/grades")
def api_grades():
    """The job families and their grade ladders, with lateral moves."""
    tax = taxonomy()
    return jsonify(default_family=tax.default_family,
                   families=[{"code": f.code, "label": f.label, "description": f.description,
                              "grades": [grade_json(g) for g in f.grades]}
                             for f in tax.job_families.values()],
                   lateral_moves=[{"from": {"family": a[0], "grade": a[1]},
                                   "to": {"family": b[0], "grade": b[1]}, "note": note}
                                  for a, b, note in tax.lateral_moves])


@bp.get("/taxonomy/registrations")
def api_registrations():
    """The professional registers and their levels, lowest first."""
    return jsonify(registers=[{"id": r.id, "label": r.label, "awarded_by": r.awarded_by,
                               "levels": [registration_level_json(level) for level in r.levels]}
                              for r in taxonomy().registers.values()])


@bp.get("/openapi.json")
def openapi():
    """The OpenAPI 3.1 description of this API."""
    return jsonify(openapi_document())
