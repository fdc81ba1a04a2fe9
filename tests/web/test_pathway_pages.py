"""Career pages on the demo institution: explore without signing in, my own route when signed in."""

from __future__ import annotations

import pytest

from tests.conftest import DEMO_PASSWORD, DEMO_USERS
from tests.web.conftest import sign_in

pytestmark = []


def test_explore_shows_every_grade_and_an_accessible_diagram(client):
    html = client.get("/careers").get_data(as_text=True)
    assert '<svg' in html and 'role="img"' in html and "<title" in html
    assert "The ladder as text" in html
    assert html.count('href="/careers/technical/G') == 9
    assert "professorial equivalent" in html


def test_grade_page(client):
    html = client.get("/careers/technical/G6").get_data(as_text=True)
    assert "Senior Technician" in html and "People at this grade here" in html
    assert client.get("/careers/technical/G99").status_code == 404


@pytest.fixture
def technician(app):
    client = app.test_client()
    assert sign_in(client, DEMO_USERS["technician"], DEMO_PASSWORD).status_code == 302
    return client


def test_my_next_grade(technician):
    mine = technician.get("/careers/me")
    assert mine.status_code == 302 and mine.headers["Location"].endswith("/pathway")
    html = technician.get(mine.headers["Location"]).get_data(as_text=True)
    assert "My next grade" in html and "Routes to the top" in html
    assert 'data-testid="mentor"' in html and "Professional registration" in html


def test_pathway_api_matches_the_contract(technician):
    person_id = technician.get("/careers/me").headers["Location"].split("/")[-2]
    body = technician.get(f"/api/v1/people/{person_id}/pathway").get_json()
    assert body["person_id"] == person_id and body["current"]["code"] in {"G5", "G6"}
    top = body["routes"][0]["nodes"][-1]
    assert body["grades"][top]["missing"] is not None
    assert all(r["nodes"][0] == body["current"]["node"] for r in body["routes"])


def test_every_technical_grade_on_the_demo_has_a_route_to_the_top(app):
    from skillmap.pathways import routes_to_top
    from webapp.services import pathway_index

    with app.app_context():
        index = pathway_index()
        for family in index.taxonomy.job_families.values():
            for grade in family.grades:
                assert routes_to_top(index.ladder, family.code, grade.code), grade


def _text(html: str) -> str:
    import re
    body = re.sub(r"<svg.*?</svg>", "", html[html.index("<main"):], flags=re.S)
    return re.sub(r"<[^>]+>", " ", body)


def test_the_pathway_page_reads_as_advice_not_a_dump(technician):
    import re
    html = technician.get(technician.get("/careers/me").headers["Location"]).get_data(
        as_text=True)
    text = _text(html)
    assert 'href="/careers/me">My next grade</a>' in html              # in the navigation
    assert not re.search(r"\b[a-z-]+/G\d+\b", text), re.findall(r"\b[a-z-]+/G\d+\b", text)
    assert "(any one of;" not in text and "applies if the role teaches" not in text
    cards = re.findall(r'<article class="step" data-testid="next-step">(.*?)</article>', html,
                       re.S)
    assert len(cards) == len(set(cards)) >= 2                          # distinct next steps
    for card in cards:                                                 # one phrase each
        items = re.findall(r"<li[^>]*>(.*?)</li>", card, re.S)
        assert len(items) == len(set(items))
    reasons = re.findall(r"<li><strong>[^<]+</strong>: ([^<]+)</li>", html)
    assert len(reasons) == len(set(reasons)) >= 3                      # skills: own reasons
    assert " to use it on your own" in text or " to train others in it" in text


def test_the_api_keeps_apply_now_and_apply_next_as_codes(technician):
    person_id = technician.get("/careers/me").headers["Location"].split("/")[-2]
    body = technician.get(f"/api/v1/people/{person_id}/pathway").get_json()
    assert isinstance(body["apply_now"], list) and isinstance(body["apply_next"], list)
    assert all(isinstance(c, str) for c in body["apply_now"] + body["apply_next"])
    assert body["registers"] and "experience_basis" in body
