"""One error handler: JSON errors under /api/, friendly pages elsewhere; never a bare 500."""

from __future__ import annotations

from flask import Flask, current_app, jsonify, render_template, request
from werkzeug.exceptions import HTTPException, InternalServerError

from skillmap.exceptions import (Conflict, Forbidden, InvalidInput, NotFound, SchemaBehind,
                                 SettingsError, SkillmapError, TaxonomyError)
from skillmap.pathways import NotOnLadder


def init_app(app: Flask) -> None:
    app.register_error_handler(HTTPException, handle_http)
    app.register_error_handler(SkillmapError, handle_domain)


def _respond(status: int, code: str, message: str, headers: dict | None = None):
    if request.path.startswith("/api/"):
        return jsonify(error={"code": code, "message": message}), status, headers or {}
    try:
        page = render_template("error.html", status=status, message=message)
    except Exception:       # the page itself failed (say, the database is down): no lookups
        page = current_app.jinja_env.get_template("error.html").render(
            status=status, message=message, plain=True)
    return page, status, headers or {}


def handle_http(exc: HTTPException):
    if isinstance(exc, InternalServerError):
        return _respond(500, "internal_error", "Something went wrong on our side.")
    code = (exc.name or "error").lower().replace(" ", "_")
    allow = getattr(exc, "valid_methods", None)        # a 405 says what is allowed
    return _respond(exc.code or 500, code, exc.description or exc.name,
                    {"Allow": ", ".join(allow)} if allow else None)


#: The one place domain errors become HTTP answers: the first class that matches wins.
STATUS: list[tuple[type[SkillmapError], int, str]] = [
    (NotOnLadder, 422, "not_on_ladder"),
    (NotFound, 404, "not_found"),
    (Forbidden, 403, "forbidden"),
    (Conflict, 409, "conflict"),
    (InvalidInput, 400, "bad_request"),
    (SchemaBehind, 503, "unavailable"),
    (SettingsError, 503, "unavailable"),
    (TaxonomyError, 503, "unavailable"),
]


def status_of(exc: SkillmapError) -> tuple[int, str]:
    """The HTTP status and error code for a domain error (400 bad_request by default)."""
    return next(((status, code) for cls, status, code in STATUS if isinstance(exc, cls)),
                (400, "bad_request"))


def handle_domain(exc: SkillmapError):
    status, code = status_of(exc)
    return _respond(status, code, str(exc))
