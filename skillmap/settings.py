"""Settings, declared once with their help text (read from ``SKILLMAP_*`` variables).

Both the CLI and the web app read their configuration from here, so a setting
means the same thing everywhere.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, NamedTuple

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Setting(NamedTuple):
    name: str
    default: Any
    help: str


SETTINGS = (
    Setting("DATABASE_URL", None,
            "SQLAlchemy URL of the directory database. Default: an SQLite file "
            "`skillmap.db` in the instance folder."),
    Setting("INSTANCE_DIR", str(PROJECT_ROOT / "instance"),
            "Folder for the embedded SQLite database and other local state."),
    Setting("TAXONOMY_DIR", str(PROJECT_ROOT / "taxonomies"),
            "Folder with grades.yaml, registrations.yaml, skills.csv and skill_families.csv; "
            "point it at your institution's own taxonomies."),
    Setting("INSTITUTION", "University of Example",
            "Default institution for people and facilities whose bundle rows leave it empty."),
    Setting("SECRET_KEY", None,
            "Flask secret key for sessions and CSRF; a random one is made per process if unset "
            "(set it in production, or sessions end when a worker restarts)."),
    Setting("SECURE_COOKIES", "", "Set to 1 when served over HTTPS: session cookies are then "
            "sent only over HTTPS."),
    Setting("NORMAL_RETIREMENT_AGE", "", "An institution's normal retirement age, used instead "
            "of UK State Pension age for people without a planned retirement date; empty: "
            "State Pension age."),
    Setting("WORKERS", 2, "gunicorn worker processes for `skillmap serve --production` "
            "(about one per CPU core: search is CPU-bound)."),
    Setting("LOG_REQUESTS", "", "Set to 1 to log one JSON line per request (on by default "
            "with `skillmap serve --production`)."),
    Setting("OIDC_DISCOVERY_URL", "", "OpenID Connect discovery URL of the institution's "
            "single sign-on (…/.well-known/openid-configuration); empty turns SSO off."),
    Setting("OIDC_CLIENT_ID", "", "Client id registered with the institution's SSO."),
    Setting("OIDC_CLIENT_SECRET", "", "Client secret registered with the institution's SSO."),
    Setting("OIDC_LABEL", "your institution's sign-in", "How the SSO button names the provider."),
    Setting("OIDC_GROUP_ROLES", "", "Single-sign-on groups (the `groups` claim) mapped to "
            "roles, e.g. `skillmap-admins=admin; phys-managers=manager:Department of Physics` "
            "(a manager's departments separated by `|`); empty: accounts keep their roles."),
    Setting("LOGO", "", "Path to the institution's logo (SVG or PNG) shown in the page header; "
            "empty: the skillmap mark."),
    Setting("BRAND_COLOUR", "#0b5cad", "Accent colour of links and buttons, as `#rrggbb` "
            "(keep a contrast of 4.5:1 or more against white)."),
    Setting("HEADER_COLOUR", "#1b1f24", "Background of the page header, as `#rrggbb` "
            "(white text sits on it)."),
)
DEFAULTS = {s.name: s.default for s in SETTINGS}


def read_settings(overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """Return the settings: defaults, then ``SKILLMAP_<NAME>`` variables, then `overrides`."""
    values = dict(DEFAULTS)
    for setting in SETTINGS:
        env = os.environ.get(f"SKILLMAP_{setting.name}")
        if env:
            values[setting.name] = env
    values.update({k: v for k, v in (overrides or {}).items() if v is not None})
    if not values["DATABASE_URL"]:
        values["DATABASE_URL"] = f"sqlite:///{Path(values['INSTANCE_DIR']) / 'skillmap.db'}"
    return values
