"""Security headers on every response (Content-Security-Policy and the usual others)."""

from __future__ import annotations

from flask import Flask, Response, abort, request

HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                               "script-src 'self'; object-src 'none'; base-uri 'self'; "
                               "frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


def init_app(app: Flask) -> None:
    app.before_request(refuse_nul_characters)
    app.config.setdefault("SESSION_COOKIE_HTTPONLY", True)
    app.config.setdefault("SESSION_COOKIE_SAMESITE", "Lax")
    secure = str(app.config.get("SECURE_COOKIES", "")).lower() in {"1", "true", "yes"}
    app.config["SESSION_COOKIE_SECURE"] = app.config["REMEMBER_COOKIE_SECURE"] = secure
    app.config.setdefault("REMEMBER_COOKIE_HTTPONLY", True)
    app.after_request(add_headers)


def refuse_nul_characters():
    """NUL never belongs in text, and PostgreSQL refuses it: say so before anything runs."""
    values = [*request.args.values(), *request.form.values(), request.path]
    if any("\x00" in value for value in values):
        abort(400, description="The request contains a NUL character.")


def add_headers(response: Response) -> Response:
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    return response
