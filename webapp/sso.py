"""Blueprint "sso": optional institutional single sign-on through OpenID Connect (Authlib).

Switched on by the ``OIDC_DISCOVERY_URL``, ``OIDC_CLIENT_ID`` and
``OIDC_CLIENT_SECRET`` settings; without them the routes answer 404.
"""

from __future__ import annotations

from authlib.integrations.base_client.errors import OAuthError
from authlib.integrations.flask_client import OAuth
from flask import Blueprint, abort, current_app, flash, redirect, url_for
from flask_login import login_user

from skillmap.accounts import ROLES
from skillmap.exceptions import SkillmapError
from skillmap.store.accounts import sso_sign_in
from skillmap.store.users import sso_role
from webapp.auth import SignedIn
from webapp.db import get_session

bp = Blueprint("sso", __name__)


def parse_group_roles(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """``"admins=admin; phys=manager:Dept A|Dept B"`` -> ``{group: (role, departments)}``.

    Raises `SkillmapError` for an entry without ``=``, an unknown role, or a manager
    without departments.
    """
    mapping = {}
    for entry in filter(None, (e.strip() for e in text.split(";"))):
        group, equals, target = (part.strip() for part in entry.partition("="))
        role, _, departments = (part.strip() for part in target.partition(":"))
        scope = tuple(sorted(d.strip() for d in departments.split("|") if d.strip()))
        if not group or not equals or role not in ROLES or (role == "manager") != bool(scope):
            raise SkillmapError(f"OIDC_GROUP_ROLES: cannot read {entry!r}; write group=role, "
                                "or group=manager:Department|Department")
        mapping[group] = (role, scope)
    return mapping


def group_roles() -> dict[str, tuple[str, tuple[str, ...]]]:
    """The configured mapping of single-sign-on groups to roles."""
    return parse_group_roles(current_app.config.get("OIDC_GROUP_ROLES") or "")


def role_for_groups(groups: object, mapping: dict[str, tuple[str, tuple[str, ...]]]
                    ) -> tuple[str, tuple[str, ...]] | None:
    """The most senior role any of `groups` maps to (managers: every mapped department)."""
    names = [groups] if isinstance(groups, str) else list(groups) if isinstance(groups, (list, tuple, set)) else []
    matched = [mapping[g] for g in names if isinstance(g, str) and g in mapping]
    if not matched:
        return None
    role = max((r for r, _ in matched), key=ROLES.index)
    return role, tuple(sorted({d for r, ds in matched if r == role for d in ds}))


def init_app(app) -> None:
    parse_group_roles(app.config.get("OIDC_GROUP_ROLES") or "")    # a typo stops the start
    if not app.config.get("OIDC_DISCOVERY_URL"):
        return
    oauth = OAuth(app)
    oauth.register("institution", server_metadata_url=app.config["OIDC_DISCOVERY_URL"],
                   client_id=app.config["OIDC_CLIENT_ID"],
                   client_secret=app.config["OIDC_CLIENT_SECRET"],
                   client_kwargs={"scope": "openid email profile"})
    app.extensions["skillmap.oidc"] = oauth.institution


def _client():
    client = current_app.extensions.get("skillmap.oidc")
    if client is None:
        abort(404, description="Single sign-on is not configured.")
    return client


@bp.get("/login/sso")
def start():
    """Send the browser to the institution's sign-in page."""
    return _client().authorize_redirect(url_for("sso.callback", _external=True))


@bp.get("/login/sso/callback")
def callback():
    """Come back from the institution's sign-in with a verified email."""
    try:
        token = _client().authorize_access_token()
    except OAuthError as exc:
        flash(f"Single sign-on failed: {exc.description or exc.error}", "error")
        return redirect(url_for("auth.login"))
    claims = token.get("userinfo") or {}
    if not claims.get("email") or claims.get("email_verified") is False:
        abort(403, description="Your institution did not confirm an email address.")
    session = get_session()
    mapped = role_for_groups(claims.get("groups"), group_roles())
    if mapped is not None:
        sso_role(session, claims["email"], *mapped)
    signed_in = sso_sign_in(session, claims["email"])
    session.commit()
    if signed_in is None:
        abort(403, description="There is no skillmap account or directory entry for "
                               f"{claims['email']}; ask an administrator.")
    login_user(SignedIn(**signed_in.__dict__))
    return redirect(url_for("main.start"))
