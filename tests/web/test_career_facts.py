"""The facts registration advice needs, edited on the profile form (contract v2 columns)."""

from __future__ import annotations

from skillmap.store.profiles import current_profile
from tests.web.conftest import PASSWORDS, sign_in
from tests.web.test_accounts import edit_form, profile_post
from webapp.db import get_session


def test_teaching_career_start_and_register_interest_are_editable(small_app, small_client):
    sign_in(small_client, "ada@test.invalid", PASSWORDS["ada@test.invalid"])
    token, version = edit_form(small_client)
    html = small_client.get("/people/P1/edit").get_data(as_text=True)
    assert "Does your role teach or support learning?" in html
    assert "Year your technical career began" in html and 'value="science-council"' in html
    data = profile_post(token, version, "Runs the NMR facility") | {
        "teaches": "yes", "career_start": "1999", "register_interest": ["science-council", "ist"]}
    assert small_client.post("/people/P1/edit", data=data).status_code == 302
    with small_app.app_context():
        saved = current_profile(get_session(), "P1")
    assert (saved["teaches"], saved["career_start"], saved["register_interest"]) == (
        True, 1999, ["ist", "science-council"])
    body = small_client.get("/api/v1/people/P1/pathway").get_json()
    assert body["experience_basis"] == "career" and body["teaches"] is True
    assert set(body["registers"]) <= {"science-council", "ist", "advance-he"}


def test_bad_career_facts_are_refused_and_the_typing_kept(small_client):
    sign_in(small_client, "ada@test.invalid", PASSWORDS["ada@test.invalid"])
    token, version = edit_form(small_client)
    data = profile_post(token, version, "Kept summary") | {"career_start": "2999",
                                                           "register_interest": ["nope"]}
    response = small_client.post("/people/P1/edit", data=data)
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert "Kept summary" in html and "2999" in html
    data["career_start"], data["teaches"] = "1939", "maybe"
    assert small_client.post("/people/P1/edit", data=data).status_code == 400
