"""Hostile and arbitrary input (hypothesis): never a 500, and stored markup never runs."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.web.conftest import PASSWORDS, csrf_token, serving, sign_in

HOSTILE = st.one_of(
    st.text(max_size=300),
    st.sampled_from(["<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
                     "'; DROP TABLE person; --", "' OR 1=1 --", "%00", "\u202e\ufeff\u0000",
                     "x" * 20_000, "{{7*7}}", "../../etc/passwd", "NaN", "-1", "1e309"]))
SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


@SETTINGS
@given(q=HOSTILE, limit=HOSTILE, department=HOSTILE)
def test_search_api_never_fails_on_arbitrary_input(client, q, limit, department):
    response = client.get("/api/v1/search", query_string={"q": q, "limit": limit,
                                                          "department": department})
    assert response.status_code in {200, 400}
    body = response.get_json()
    assert ("results" in body) if response.status_code == 200 else body["error"]["message"]


@SETTINGS
@given(path=HOSTILE)
def test_people_api_and_pages_never_fail(client, path):
    for url in (f"/api/v1/people/{path}", f"/people/{path}", f"/facilities/{path}",
                f"/skills/{path}"):
        assert client.get(url).status_code in {200, 308, 400, 404}


@SETTINGS
@given(email=HOSTILE, password=HOSTILE)
def test_login_form_never_fails(small_app, email, password):
    client = small_app.test_client()
    token = csrf_token(client.get("/login").get_data(as_text=True))
    response = client.post("/login", data={"email": email, "password": password,
                                           "csrf_token": token})
    assert response.status_code in {400, 401, 429}    # 429: the per-address throttle


@SETTINGS
@given(summary=HOSTILE, skill=HOSTILE, year=HOSTILE, orcid=HOSTILE)
def test_profile_form_never_fails(small_app, summary, skill, year, orcid):
    client = small_app.test_client()
    sign_in(client, "admin@test.invalid", PASSWORDS["admin@test.invalid"])
    html = client.get("/people/P1/edit").get_data(as_text=True)
    version = html.split('name="version" type="hidden" value="')[1].split('"')[0]
    response = client.post("/people/P1/edit", data={
        "csrf_token": csrf_token(html), "version": version, "summary": summary,
        "orcid": orcid, "skills-0-skill": skill, "skills-0-level": "3",
        "skills-0-last_used": year})
    assert response.status_code in {302, 400, 409}


SCRIPT = "<script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\">"


@pytest.mark.browser
def test_stored_markup_is_shown_as_text_and_never_runs(small_app, browser):
    client = small_app.test_client()
    sign_in(client, "ada@test.invalid", PASSWORDS["ada@test.invalid"])
    html = client.get("/people/P1/edit").get_data(as_text=True)
    version = html.split('name="version" type="hidden" value="')[1].split('"')[0]
    saved = client.post("/people/P1/edit", data={
        "csrf_token": csrf_token(html), "version": version, "summary": "Hi " + SCRIPT,
        "public": "y", "skills-0-skill": SCRIPT, "skills-0-level": "2"})
    assert saved.status_code == 302
    with serving(small_app) as base:
        page = browser.new_page()
        for url in ("/people/P1", "/search?q=" + "window.pwned", "/api/v1/people/P1"):
            page.goto(base + url)
            assert page.evaluate("typeof window.pwned") == "undefined", url
        page.goto(base + "/people/P1")
        assert "<script>window.pwned = 1</script>" in page.locator(".summary").inner_text()
        page.close()


@pytest.mark.parametrize("url", ["/api/v1/search?q=a%00b", "/search?q=%00", "/people/P1%00"])
def test_nul_characters_get_a_clear_400(small_client, url):
    response = small_client.get(url)
    assert response.status_code == 400


def test_nul_in_a_form_is_refused_before_the_database(small_client):
    token = csrf_token(small_client.get("/login").get_data(as_text=True))
    response = small_client.post("/login", data={"email": "a\x00@x.y", "password": "p",
                                                 "csrf_token": token})
    assert response.status_code == 400
