"""Signing in, roles, profile editing with optimistic locking, and the audit trail."""

from __future__ import annotations

from sqlalchemy import select

from skillmap.store.models import AuditEntry, LoginAttempt
from tests.web.conftest import PASSWORDS, csrf_token, sign_in
from webapp.db import get_session


def test_sign_in_and_out(small_client):
    assert sign_in(small_client, "ada@test.invalid", "wrong").status_code == 401
    response = sign_in(small_client, "ada@test.invalid", PASSWORDS["ada@test.invalid"])
    assert response.status_code == 302
    home = small_client.get("/").get_data(as_text=True)
    assert "Sign out" in home and "/people/P1" in home
    token = csrf_token(home)
    assert small_client.post("/logout", data={"csrf_token": token}).status_code == 302
    assert "Sign in" in small_client.get("/").get_data(as_text=True)


def test_login_without_csrf_token_is_refused(small_client):
    response = small_client.post("/login", data={"email": "ada@test.invalid",
                                                 "password": PASSWORDS["ada@test.invalid"]})
    assert response.status_code == 400


def test_repeated_failures_are_rate_limited(small_app, small_client):
    for _ in range(10):
        assert sign_in(small_client, "ada@test.invalid", "nope").status_code == 401
    response = sign_in(small_client, "ada@test.invalid", PASSWORDS["ada@test.invalid"])
    assert response.status_code == 429
    with small_app.app_context():
        assert len(get_session().scalars(select(LoginAttempt)).all()) == 20  # email, address


def test_open_redirects_are_refused(small_client):
    token = csrf_token(small_client.get("/login").get_data(as_text=True))
    response = small_client.post("/login?next=//evil.example/", data={
        "email": "ada@test.invalid", "password": PASSWORDS["ada@test.invalid"],
        "csrf_token": token})
    assert response.headers["Location"] == "/start"     # where this role's work is, never away


def edit_form(client, person_id="P1"):
    page = client.get(f"/people/{person_id}/edit")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    version = html.split('name="version" type="hidden" value="')[1].split('"')[0]
    return csrf_token(html), version


def profile_post(token, version, summary, skill="NMR spectroscopy", level="4"):
    return {"csrf_token": token, "version": version, "summary": summary, "public": "y",
            "email": "ada@example.ac.uk", "orcid": "0000-0002-1825-0097",
            "registrations": ["RSci", "FHEA"], "skills-0-skill": skill,
            "skills-0-level": level, "skills-1-skill": "Gold leaf gilding",
            "skills-1-level": "2", "facilities-0-facility_id": "F-NMR",
            "facilities-0-role": "lead"}


def test_technician_edits_own_profile_and_it_is_audited(small_app, small_client):
    sign_in(small_client, "ada@test.invalid", PASSWORDS["ada@test.invalid"])
    token, version = edit_form(small_client)
    response = small_client.post("/people/P1/edit",
                                 data=profile_post(token, version, "Runs the 600 MHz NMR"))
    assert response.status_code == 302
    page = small_client.get("/people/P1").get_data(as_text=True)
    assert "Runs the 600 MHz NMR" in page and "Gold leaf gilding" in page
    with small_app.app_context():
        entry = get_session().scalars(select(AuditEntry).where(
            AuditEntry.action != "import")).one()          # the fixture's import is audited too
    assert (entry.actor, entry.action, entry.target) == ("ada@test.invalid", "profile.edit",
                                                         "person:P1")
    assert entry.before["summary"] == "Runs the NMR facility"
    assert entry.after["summary"] == "Runs the 600 MHz NMR"
    assert small_client.get("/api/v1/search?q=gold+leaf+gilding").get_json()["results"]


def test_technician_cannot_edit_someone_else(small_client):
    sign_in(small_client, "bob@test.invalid", PASSWORDS["bob@test.invalid"])
    assert small_client.get("/people/P1/edit").status_code == 404    # as if not there


def test_invalid_input_keeps_what_was_typed(small_client):
    sign_in(small_client, "ada@test.invalid", PASSWORDS["ada@test.invalid"])
    token, version = edit_form(small_client)
    data = profile_post(token, version, "My carefully typed summary")
    data["orcid"] = "0000-0002-1825-0098"
    response = small_client.post("/people/P1/edit", data=data)
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "ORCID check digit does not match" in html
    assert "My carefully typed summary" in html and "Gold leaf gilding" in html


def test_concurrent_edits_conflict_and_nothing_is_lost(small_app):
    first, second = small_app.test_client(), small_app.test_client()
    for client in (first, second):
        sign_in(client, "admin@test.invalid", PASSWORDS["admin@test.invalid"])
    token_1, version_1 = edit_form(first)
    token_2, version_2 = edit_form(second)
    assert first.post("/people/P1/edit", data=profile_post(token_1, version_1, "First editor's "
                                                           "words")).status_code == 302
    response = second.post("/people/P1/edit", data=profile_post(token_2, version_2,
                                                                "Second editor's words"))
    html = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "Someone else saved this profile" in html
    assert "Second editor&#39;s words" in html       # the second editor's text is still there
    assert "First editor&#39;s words" in html        # and the first editor's version is shown
    assert "First editor&#39;s words" in second.get("/people/P1").get_data(as_text=True)
