"""Single sign-on through OpenID Connect, against a real (tiny) provider on loopback.

The provider signs RS256 ID tokens with its own key, so Authlib's client does
everything it does in production: discovery, the code flow, the token call,
and signature, issuer, audience and nonce checks.
"""

from __future__ import annotations

import time
from urllib.parse import urlencode, urlparse

import pytest
from joserfc import jwt
from joserfc.jwk import RSAKey
from flask import Flask, jsonify, redirect, request

from skillmap.store.accounts import create_user
from skillmap.store.session import make_sessionmaker
from tests.web.conftest import serving
from webapp import create_app

CLIENT_ID, CLIENT_SECRET = "skillmap", "sso-test-secret"


def provider_app(email_of_next_login: dict) -> Flask:
    key = RSAKey.generate_key(2048)
    key_dict = key.as_dict(private=False) | {"kid": "test", "use": "sig", "alg": "RS256"}
    app, codes = Flask("oidc-provider"), {}

    @app.get("/.well-known/openid-configuration")
    def discovery():
        base = request.host_url.rstrip("/")
        return jsonify(issuer=base, authorization_endpoint=f"{base}/authorize",
                       token_endpoint=f"{base}/token", jwks_uri=f"{base}/jwks",
                       response_types_supported=["code"], subject_types_supported=["public"],
                       id_token_signing_alg_values_supported=["RS256"])

    @app.get("/jwks")
    def jwks():
        return jsonify(keys=[key_dict])

    @app.get("/authorize")
    def authorize():
        code = f"code-{len(codes)}"
        codes[code] = request.args.get("nonce")
        query = urlencode({"code": code, "state": request.args["state"]})
        return redirect(f"{request.args['redirect_uri']}?{query}")

    @app.post("/token")
    def token():
        now = int(time.time())
        claims = {"iss": request.host_url.rstrip("/"), "sub": "user-1", "aud": CLIENT_ID,
                  "iat": now, "exp": now + 300, "nonce": codes[request.form["code"]],
                  "email": email_of_next_login["email"], "email_verified": True,
                  "groups": email_of_next_login.get("groups", [])}
        id_token = jwt.encode({"alg": "RS256", "kid": "test"}, claims, key)
        return jsonify(access_token="at", token_type="Bearer", expires_in=300,
                       id_token=id_token)

    return app


@pytest.fixture
def sso(small_app):
    who = {"email": "ada@example.ac.uk"}
    with serving(provider_app(who)) as provider:
        app = create_app({**small_app.config, "OIDC_DISCOVERY_URL":
                          f"{provider}/.well-known/openid-configuration",
                          "OIDC_CLIENT_ID": CLIENT_ID, "OIDC_CLIENT_SECRET": CLIENT_SECRET})
        with serving(app) as site:
            yield app, site, who


def follow(session, url):
    """Follow redirects across the two servers like a browser (requests keeps cookies)."""
    response = session.get(url, allow_redirects=True)
    return response, urlparse(response.url).path


def test_sso_signs_in_a_directory_person_as_a_technician(sso, small_app):
    import requests

    app, site, who = sso
    with make_sessionmaker(app.config["DATABASE_URL"]).begin() as s:   # P1's email for SSO
        from skillmap.store.models import Person
        s.get(Person, "P1").email = "ada@example.ac.uk"
    browser = requests.Session()
    page, path = follow(browser, f"{site}/login")
    assert "Sign in with" in page.text
    page, path = follow(browser, f"{site}/login/sso")
    assert path == "/people/P1/pathway" and "Sign out" in page.text and "/people/P1" in page.text
    assert browser.get(f"{site}/people/P1/edit").status_code == 200


def test_sso_uses_an_existing_account_and_refuses_strangers(sso):
    import requests

    app, site, who = sso
    with make_sessionmaker(app.config["DATABASE_URL"]).begin() as s:
        create_user(s, "boss@example.ac.uk", "admin", password=None)
    who["email"] = "boss@example.ac.uk"
    admin = requests.Session()
    follow(admin, f"{site}/login/sso")
    assert admin.get(f"{site}/admin/").status_code == 200

    who["email"] = "stranger@elsewhere.example"
    response, _ = follow(requests.Session(), f"{site}/login/sso")
    assert response.status_code == 403 and "no skillmap account" in response.text


def test_sso_groups_give_roles_and_scopes(sso):
    import requests

    from sqlalchemy import select

    from skillmap.store.models import AuditEntry, User

    app, site, who = sso
    app.config["OIDC_GROUP_ROLES"] = "skillmap-admins=admin; phys-managers=manager:Physics"
    who.update(email="head@example.ac.uk", groups=["staff", "phys-managers"])
    head = requests.Session()
    page, path = follow(head, f"{site}/login/sso")
    assert path == "/succession"                          # a manager lands on their summary
    assert head.get(f"{site}/admin/").status_code == 403
    who.update(groups=["skillmap-admins"])                # promoted in the institution's groups
    head2 = requests.Session()
    follow(head2, f"{site}/login/sso")
    assert head2.get(f"{site}/admin/").status_code == 200
    with make_sessionmaker(app.config["DATABASE_URL"])() as s:
        assert s.scalar(select(User.role).where(User.email == "head@example.ac.uk")) == "admin"
        assert [e.action for e in s.scalars(select(AuditEntry).where(
            AuditEntry.target == "user:head@example.ac.uk"))] == ["user.sso_role"] * 2
