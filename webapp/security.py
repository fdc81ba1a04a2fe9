"""Security on every request and response.

- Headers: Content-Security-Policy and the usual others; HSTS when cookies are
  secure (served over HTTPS); ``Cache-Control: no-store`` on every answer that is
  not a static file, and always for signed-in users, so no personal or
  role-restricted page stays in a shared cache or the browser's history.
- Cookies: HttpOnly, SameSite=Lax, Secure with ``SECURE_COOKIES``.
- Uploads: at most ``MAX_UPLOAD_MB`` (413 page, or 413 JSON under ``/api/``).
- Behind a reverse proxy: ``TRUSTED_PROXIES`` hops of ``X-Forwarded-*`` are
  believed (Werkzeug's ProxyFix), so the client address is the client's.
"""

from __future__ import annotations

from flask import Flask, Response, abort, current_app, request
from flask_login import current_user
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.middleware.proxy_fix import ProxyFix

from webapp.errors import _respond

HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                               "script-src 'self'; object-src 'none'; base-uri 'self'; "
                               "frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}
HSTS = "max-age=31536000; includeSubDomains"
MB = 1024 * 1024


def _on(value: object) -> bool:
    return str(value or "").strip().lower() in {"1", "true", "yes", "on"}


def init_app(app: Flask) -> None:
    config = app.config
    # Flask's own defaults are already in the config (None), so setdefault would never apply.
    config["SESSION_COOKIE_HTTPONLY"] = config["REMEMBER_COOKIE_HTTPONLY"] = True
    config["SESSION_COOKIE_SAMESITE"] = config.get("SESSION_COOKIE_SAMESITE") or "Lax"
    config["REMEMBER_COOKIE_SAMESITE"] = config.get("REMEMBER_COOKIE_SAMESITE") or "Lax"
    secure = _on(config.get("SECURE_COOKIES"))
    config["SESSION_COOKIE_SECURE"] = config["REMEMBER_COOKIE_SECURE"] = secure
    if config.get("MAX_CONTENT_LENGTH") is None:
        config["MAX_CONTENT_LENGTH"] = int(float(config.get("MAX_UPLOAD_MB") or 50) * MB)
    if (hops := int(config.get("TRUSTED_PROXIES") or 0)) > 0:
        proxied = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops, x_port=hops)
        app.wsgi_app = proxied  # type: ignore[method-assign]
    app.before_request(refuse_nul_characters)
    app.register_error_handler(RequestEntityTooLarge, too_large)
    app.after_request(add_headers)


def refuse_nul_characters():
    """NUL never belongs in text, and PostgreSQL refuses it: say so before anything runs."""
    values = [*request.args.values(), *request.form.values(), request.path]
    if any("\x00" in value for value in values):
        abort(400, description="The request contains a NUL character.")


def too_large(_exc: RequestEntityTooLarge):
    limit = current_app.config["MAX_CONTENT_LENGTH"] / MB
    return _respond(413, "too_large", f"The upload is larger than the limit of {limit:.3g} MB.")


def add_headers(response: Response) -> Response:
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    if current_app.config.get("SESSION_COOKIE_SECURE"):
        response.headers.setdefault("Strict-Transport-Security", HSTS)
    if not request.path.startswith("/static/"):
        if current_user.is_authenticated or "Cache-Control" not in response.headers:
            response.headers["Cache-Control"] = "no-store"
        response.vary.add("Cookie")
    return response

