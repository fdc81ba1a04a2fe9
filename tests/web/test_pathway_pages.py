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
