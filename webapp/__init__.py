"""The skillmap web front end: an app factory and one blueprint per user task.

The web layer parses requests, calls :mod:`skillmap` and renders; it holds no
domain logic.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from typing import Any

from flask import Flask
from flask_wtf import CSRFProtect

from skillmap.settings import read_settings
from skillmap.taxonomy import load_taxonomy
from webapp import (admin, api, auth, dashboard, db, errors, facilities, logs, main, names,
                    pathways, profiles, search, security, services, sso, succession)

csrf = CSRFProtect()


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Create and configure the skillmap web application.

    Settings come from the defaults, then ``SKILLMAP_*`` variables, then `config`.
    """
    app = Flask(__name__)
    app.config.update(read_settings(dict(config or {})))
    app.config.update({k: v for k, v in (config or {}).items() if k.isupper()})
    app.config["SECRET_KEY"] = app.config.get("SECRET_KEY") or secrets.token_hex(32)
    app.config.setdefault("MAX_CONTENT_LENGTH", 64 * 1024 * 1024)   # bundle uploads
    app.extensions["skillmap.taxonomy"] = load_taxonomy(app.config["TAXONOMY_DIR"])
    db.init_app(app)
    csrf.init_app(app)
    security.init_app(app)
    errors.init_app(app)
    logs.init_app(app)
    services.init_app(app)
    auth.init_app(app)
    sso.init_app(app)
    names.init_app(app)
    for blueprint in (main.bp, auth.bp, sso.bp, search.bp, profiles.bp, pathways.bp,
                      succession.bp, dashboard.bp, admin.bp, api.bp, facilities.bp):
        app.register_blueprint(blueprint)
    return app
