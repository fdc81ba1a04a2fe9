"""Sign-in and session hardening: redirects, cookies, headers, sign-out everywhere,
equal work for unknown emails, throttling per address, and the trusted-proxy setting."""

from __future__ import annotations

import statistics
import time

import pytest
from sqlalchemy import select

from skillmap.store.accounts import authenticate, set_password
from skillmap.store.models import User
from tests.web.conftest import EDITOR_PASSWORD, PASSWORDS, csrf_token, sign_in
from webapp import create_app

ADA = ("ada@test.invalid", PASSWORDS["ada@test.invalid"])


def login_to(client, target: str, email: str = ADA[0], password: str = ADA[1],
             headers: dict | None = None):
    token = csrf_token(client.get("/login").get_data(as_text=True))
    return client.post("/login", query_string={"next": target}, headers=headers or {},
                       data={"email": email, "password": password, "csrf_token": token})


@pytest.mark.parametrize("target", [
    "//evil.example/", "/\t/evil.example/", "/\\evil.example", "\\\\evil.example",
    "https://evil.example/", "/\r\nSet-Cookie: x=1", "/%0d%0aX: y".replace("%0d%0a", "\r\n"),
    " /x", "javascript:alert(1)", "/ok\x00"])
def test_next_only_accepts_paths_on_this_site(small_client, target):
    response = login_to(small_client, target)
    assert response.status_code in {302, 400}            # never a 500
    if response.status_code == 302:
        assert response.headers["Location"] == "/start"     # refused: lands where the role works


def test_next_keeps_a_path_on_this_site(small_client):
    response = login_to(small_client, "/careers?family=technical")
    assert response.headers["Location"] == "/careers?family=technical"


def test_the_session_cookie_is_httponly_and_samesite_lax(small_client):
    cookie = login_to(small_client, "/").headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie


def test_secure_cookies_bring_hsts(small_app, tmp_path):
    app = create_app({**{k: small_app.config[k] for k in ("DATABASE_URL", "TAXONOMY_DIR")},
                      "SECRET_KEY": "x", "SECURE_COOKIES": "1"})
    response = app.test_client().get("/", base_url="https://localhost")
    assert response.headers["Strict-Transport-Security"].startswith("max-age=31536000")
    assert "Strict-Transport-Security" not in small_app.test_client().get("/").headers


@pytest.mark.parametrize("path", ["/people/P1", "/api/v1/people/P1", "/search?q=nmr",
                                  "/api/v1/search?q=nmr", "/people/P1/edit", "/admin/",
                                  "/people/P1/pathway"])
def test_personal_and_restricted_answers_are_not_stored(small_client, path):
    sign_in(small_client, "admin@test.invalid", PASSWORDS["admin@test.invalid"])
    assert small_client.get(path).headers["Cache-Control"] == "no-store"


def test_anonymous_profile_pages_are_not_stored_either(small_client):
    assert small_client.get("/people/P1").headers["Cache-Control"] == "no-store"
    assert small_client.get("/api/v1/people/P1").headers["Cache-Control"] == "no-store"


def test_sign_out_ends_every_copy_of_the_session(loaded_app):
    alice, thief = loaded_app.test_client(), loaded_app.test_client()
    assert sign_in(alice, "admin0@test.invalid", EDITOR_PASSWORD).status_code == 302
    copied = alice.get_cookie("session").value
    thief.set_cookie("session", copied)
    assert thief.get("/admin/").status_code == 200          # the copy works while signed in
    other_device = loaded_app.test_client()
    sign_in(other_device, "admin0@test.invalid", EDITOR_PASSWORD)
    token = csrf_token(alice.get("/").get_data(as_text=True))
    assert alice.post("/logout", data={"csrf_token": token}).status_code == 302
    assert thief.get("/admin/").status_code == 302            # to the sign-in page
    assert other_device.get("/admin/").status_code == 302     # every session of the user
    assert sign_in(alice, "admin0@test.invalid", EDITOR_PASSWORD).status_code == 302
    assert alice.get("/admin/").status_code == 200            # signing in again works


def test_a_new_password_ends_every_session(loaded_app, loaded):
    client = loaded_app.test_client()
    sign_in(client, "admin1@test.invalid", EDITOR_PASSWORD)
    assert client.get("/admin/").status_code == 200
    with loaded.begin() as session:
        user = session.scalar(select(User).where(User.email == "admin1@test.invalid"))
        set_password(session, user.id, "a-new-password-1", actor="admin0@test.invalid")
    assert client.get("/admin/").status_code == 302


def test_unknown_emails_cost_the_same_work_as_known_ones(loaded):
    def median_ms(email: str) -> float:
        times = []
        for _ in range(5):
            with loaded() as session:
                started = time.perf_counter()
                assert authenticate(session, email, "wrong", address="203.0.113.9") is None
                times.append(time.perf_counter() - started)
                session.rollback()
        return statistics.median(times) * 1000

    known, unknown = median_ms("admin0@test.invalid"), median_ms("nobody@test.invalid")
    assert 0.5 < unknown / known < 2, (known, unknown)


def test_one_address_is_throttled_across_emails(small_client):
    for n in range(30):
        assert sign_in(small_client, f"guess{n}@test.invalid", "Summer2026!").status_code == 401
    assert sign_in(small_client, *ADA).status_code == 429         # even a good password now


def trusted(small_app, hops: int):
    return create_app({**{k: small_app.config[k] for k in ("DATABASE_URL", "TAXONOMY_DIR")},
                       "SECRET_KEY": "x", "TRUSTED_PROXIES": str(hops)}).test_client()


def test_behind_a_trusted_proxy_each_client_is_throttled_alone(small_app):
    client = trusted(small_app, 1)
    for n in range(30):
        sign = {"X-Forwarded-For": "198.51.100.7"}
        token = csrf_token(client.get("/login", headers=sign).get_data(as_text=True))
        client.post("/login", headers=sign, data={"email": f"g{n}@test.invalid",
                                                  "password": "x", "csrf_token": token})
    assert login_to(client, "/", headers={"X-Forwarded-For": "198.51.100.7"}).status_code == 429
    other = login_to(trusted(small_app, 1), "/", headers={"X-Forwarded-For": "192.0.2.44"})
    assert other.status_code == 302                # another client behind the same proxy


def test_without_trusted_proxies_forwarded_headers_are_ignored(small_app):
    client = trusted(small_app, 0)
    for n in range(30):
        token = csrf_token(client.get("/login").get_data(as_text=True))
        client.post("/login", headers={"X-Forwarded-For": f"192.0.2.{n}"},
                    data={"email": f"g{n}@test.invalid", "password": "x", "csrf_token": token})
    assert login_to(client, "/").status_code == 429     # a forged header changes nothing


def test_a_new_password_from_the_command_line_ends_every_session(loaded_app, loaded):
    from skillmap.store.accounts import create_user

    client = loaded_app.test_client()
    sign_in(client, "admin2@test.invalid", EDITOR_PASSWORD)
    assert client.get("/admin/").status_code == 200
    with loaded.begin() as session:        # what `skillmap users create ... --password` does
        create_user(session, "admin2@test.invalid", "admin", password="another-pass-2")
    assert client.get("/admin/").status_code == 302
