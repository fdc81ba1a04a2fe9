"""Search pages and the JSON API on the demo institution: contract shapes, privacy, 4xx errors."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from skillmap.store.models import Person
from webapp.db import get_session

RESULT_FIELDS = {"person_id", "name", "job_title", "department", "institution", "score",
                 "direct", "matched"}


def test_api_search_matches_the_contract(client):
    body = client.get("/api/v1/search?q=cryo-EM&limit=5").get_json()
    assert body["query"] == "cryo-EM"
    assert 1 <= len(body["results"]) <= 5
    for result in body["results"]:
        assert set(result) == RESULT_FIELDS
        for match in result["matched"]:
            assert set(match) == {"skill", "level", "via"}
            assert match["via"] in {"exact", "synonym", "fuzzy", "related", "facility"}
    scores = [r["score"] for r in body["results"]]
    assert scores == sorted(scores, reverse=True)


def test_api_search_pages_and_answers_with_facilities(client):
    first = client.get("/api/v1/search?q=who+runs+the+NMR&limit=20").get_json()
    second = client.get("/api/v1/search?q=who+runs+the+NMR&limit=20&offset=20").get_json()
    assert first["total"] == second["total"] > 20 and second["offset"] == 20
    assert not {r["person_id"] for r in first["results"]} & {r["person_id"]
                                                            for r in second["results"]}
    flags = [r["direct"] for r in first["results"] + second["results"]]
    assert flags == sorted(flags, reverse=True)
    card = first["facilities"][0]
    senior = next(card["roles"][r] for r in ("lead", "trainer", "operator", "backup")
                  if card["roles"].get(r))        # a private lead is not shown on the card
    assert card["facility_id"] == "nmr-facility" and senior[0]["name"]
    assert first["results"][0]["person_id"] == senior[0]["person_id"]


def test_search_page_counts_honestly_and_pages(client):
    html = client.get("/search?q=glassblowing").get_data(as_text=True)
    assert re.search(r"\d+ holds? (at least one of )?Scientific glassblowing(, Hot glass)?; [\d,]+ more with related skills", html)
    assert 'data-facility="glassblowing-workshop"' in html
    assert 'rel="next"' in html and "offset=20" in html
    later = client.get("/search?q=glassblowing&offset=20").get_data(as_text=True)
    assert "Showing 21–40" in later and 'rel="prev"' in later


@pytest.mark.parametrize("query, status", [
    ("", 400), ("?q=", 400), ("?q=nmr&limit=0", 400), ("?q=nmr&limit=abc", 400),
    ("?q=nmr&limit=101", 400), ("?q=" + "x" * 501, 400), ("?q=nmr&offset=-1", 400),
    ("?q=nmr&offset=x", 400), ("?q=nmr&offset=10001", 400),
])
def test_api_search_rejects_bad_input_with_json(client, query, status):
    response = client.get("/api/v1/search" + query)
    assert response.status_code == status
    assert response.get_json()["error"]["code"] == "bad_request"


def test_api_people_hides_private_data_and_private_profiles(app, client):
    with app.app_context():
        session = get_session()
        public = session.scalar(select(Person).where(Person.public.is_(True),
                                                     Person.date_of_birth.is_not(None)))
        hidden = session.scalar(select(Person).where(Person.public.is_(False)))
        birth = public.date_of_birth.isoformat()
    profile = client.get(f"/api/v1/people/{public.person_id}").get_json()
    assert profile["person_id"] == public.person_id and profile["skills"]
    assert not {"date_of_birth", "planned_retirement", "gender", "fte"} & set(profile)
    assert birth not in str(profile)
    assert client.get(f"/api/v1/people/{hidden.person_id}").status_code == 404
    assert client.get("/api/v1/people/nobody").get_json()["error"]["code"] == "not_found"


def test_taxonomy_endpoints(client):
    skills = client.get("/api/v1/taxonomy/skills").get_json()
    assert len(skills["skills"]) >= 300 and len(skills["families"]) >= 10
    grades = client.get("/api/v1/taxonomy/grades").get_json()
    assert any(g["professorial_equivalent"] for f in grades["families"] for g in f["grades"])
    registrations = client.get("/api/v1/taxonomy/registrations").get_json()
    codes = {lvl["code"] for r in registrations["registers"] for lvl in r["levels"]}
    assert {"RSciTech", "RSci", "CSci", "EngTech", "IEng", "CEng", "RITTech", "CITP"} <= codes


def test_search_page_works_without_javascript(client):
    html = client.get("/search?q=confocal+microscopy").get_data(as_text=True)
    assert 'class="result-card"' in html and "Confocal microscopy" in html


def test_search_page_keeps_the_query_and_filters(client):
    html = client.get("/search?q=nmr&department=Department+of+Chemistry").get_data(as_text=True)
    assert 'value="nmr"' in html
    assert re.search(r'<option value="Department of Chemistry"\s+selected>', html)


def test_empty_results_suggest_skills(client):
    html = client.get("/search?q=confocal+microscopy&department=No+such+department")
    assert b"Did you mean" in html.data and b"Confocal microscopy" in html.data


def test_person_and_facility_pages(client):
    body = client.get("/api/v1/search?q=NMR+facility&limit=1").get_json()
    person_id = body["results"][0]["person_id"]
    page = client.get(f"/people/{person_id}").get_data(as_text=True)
    assert "Skills" in page and "/facilities/" in page
    facility = re.search(r'href="(/facilities/[^"]+)"', page).group(1)
    assert "Who runs it" in client.get(facility).get_data(as_text=True)


def test_browse_by_family(client):
    assert b"Imaging and microscopy" in client.get("/skills").data
    assert b"Confocal microscopy" in client.get("/skills/imaging").data
    assert client.get("/skills/no-such-family").status_code == 404
