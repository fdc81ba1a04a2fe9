"""The skillmap web front end: an app factory and one blueprint per user task.

The web layer parses requests, calls :mod:`skillmap` and renders; it holds no
domain logic.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from typing import Any

from flask import Flask, Response, g
from flask_wtf import CSRFProtect

from skillmap.app import SkillmapApp
from skillmap.settings import Settings
from webapp import (admin, api, auth, dashboard, db, errors, facilities, logs, main, names,
                    pathways, profiles, search, security, services, sso, succession, workspace)

csrf = CSRFProtect()


def create_app(config: Mapping[str, Any] | None = None, *, settings: Settings | None = None,
               application: SkillmapApp | None = None) -> Flask:
    """Create and configure the skillmap web application.

    Settings come from `settings` (or `application`'s), else from the defaults, then
    ``SKILLMAP_*`` variables, then `config`; other upper-case `config` keys are Flask's.
    Outside tests the application refreshes its Workspace in the background, so a write
    never makes a request wait for a rebuild.
    """
    config = dict(config or {})
    app = Flask(__name__)
    if application is None:
        settings = settings or Settings.read(config)
        application = SkillmapApp(settings, background=not config.get("TESTING", False))
    app.config.update(application.settings.as_config())
    app.config.update({k: v for k, v in config.items() if k.isupper()})
    app.config["SECRET_KEY"] = app.config.get("SECRET_KEY") or secrets.token_hex(32)
    db.init_app(app, application)
    csrf.init_app(app)
    security.init_app(app)
    errors.init_app(app)
    logs.init_app(app)
    services.init_app(app, application)
    auth.init_app(app)
    sso.init_app(app)
    names.init_app(app)
    app.after_request(_generation_header)
    for blueprint in (main.bp, auth.bp, sso.bp, search.bp, profiles.bp, pathways.bp,
                      succession.bp, workspace.bp, dashboard.bp, admin.bp, api.bp, facilities.bp):
        app.register_blueprint(blueprint)
    return app


def _generation_header(response: Response) -> Response:
    """Say which directory generation answered (for caches and for checking freshness)."""
    workspace = g.get("skillmap_workspace")
    if workspace is not None:
        response.headers["X-Skillmap-Generation"] = str(workspace.generation)
    return response
