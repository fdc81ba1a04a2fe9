"""The profile form's skill part: one blank row, rows added and removed freely, levels
explained inline, and every error in one pass with a summary at the top."""

from __future__ import annotations

import re

from tests.web.conftest import PASSWORDS, sign_in
from tests.web.test_accounts import edit_form, profile_post


def ada(client):
    sign_in(client, "ada@test.invalid", PASSWORDS["ada@test.invalid"])


def skill_inputs(html: str) -> list[tuple[str, str]]:
    return re.findall(r'<input type="text" id="(skills-\d+-skill)" name="[^"]+" value="([^"]*)"',
                      html)


def test_the_form_offers_the_saved_skills_and_one_blank_row_with_levels_explained(small_client):
    ada(small_client)
    html = small_client.get("/people/P1/edit").get_data(as_text=True)
    rows = skill_inputs(html)
    assert [value for _, value in rows].count("") == 1 and rows[-1][1] == ""
    assert len(rows) >= 2
    assert "Practitioner: works independently" in html and "Expert: trains others" in html
    assert 'id="skill-row-template"' in html and "data-add-skill" in html


def test_every_error_comes_back_in_one_pass_with_a_summary(small_client):
    ada(small_client)
    token, version = edit_form(small_client)
    data = profile_post(token, version, "x") | {
        "orcid": "0000-0002-1825-0098",                 # bad checksum: a directory rule
        "skills-0-last_used": "nineteen",               # not a number: a field check
        "skills-5-skill": "Cryo-electron microscopy", "skills-5-level": "7"}   # a row added later
    response = small_client.post("/people/P1/edit", data=data)
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    summary = html.split("data-error-summary")[1].split("</div>")[0]
    assert "3 things to correct" in summary
    links = re.findall(r'href="#([^"]+)">([^<]+)<', summary)
    assert [target for target, _ in links] == ["orcid", "skills-0-last_used", "skills-2-level"]
    assert links[2][1].startswith("Skill 3: Level")       # people-facing row numbers
    for target, _ in links:                               # each link reaches its field
        assert f'id="{target}"' in html
    assert ("skills-2-skill", "Cryo-electron microscopy") in skill_inputs(html)  # kept


def test_rows_can_be_removed_and_numbered_with_gaps(small_client):
    ada(small_client)
    token, version = edit_form(small_client)
    data = {k: v for k, v in profile_post(token, version, "Runs the NMR").items()
            if not k.startswith("skills-")}
    data |= {"skills-3-skill": "LN2", "skills-3-level": "3", "skills-9-skill": "CNC",
             "skills-9-level": "1"}
    assert small_client.post("/people/P1/edit", data=data).status_code == 302
    page = small_client.get("/people/P1").get_data(as_text=True)
    assert "CNC milling" in page and "NMR spectroscopy" not in page.split("Skills")[1]
