"""Facilities are first-class: an index filtered by department and kind, pages with contact,
location, booking and training, and the same holder counts as the skill-family pages."""

from __future__ import annotations

import re
from types import SimpleNamespace

from flask import render_template

from skillmap.store.queries import load_facilities
from webapp.db import get_session
from tests.web.conftest import app_on_bundle
from webapp.services import search_index, taxonomy


def facility_links(html: str) -> list[str]:
    return re.findall(r'<h2><a href="/facilities/([^"]+)">', html)


def test_index_lists_every_facility_and_filters_by_department_and_kind(app, client):
    with app.app_context():
        facilities = load_facilities(get_session())
    listed = facility_links(client.get("/facilities").get_data(as_text=True))
    assert sorted(listed) == sorted(f.facility_id for f in facilities)
    some = next(f for f in facilities if f.department and f.kind)
    by_department = facility_links(client.get(
        "/facilities", query_string={"department": some.department}).get_data(as_text=True))
    assert some.facility_id in by_department
    assert set(by_department) == {f.facility_id for f in facilities
                                  if f.department == some.department}
    by_kind = facility_links(client.get(
        "/facilities", query_string={"kind": some.kind}).get_data(as_text=True))
    assert set(by_kind) == {f.facility_id for f in facilities if f.kind == some.kind}
    nothing = client.get("/facilities?kind=no-such-kind").get_data(as_text=True)
    assert "No facility matches these filters" in nothing


def test_facility_and_family_pages_count_the_same_holders(app, client):
    with app.app_context():
        facility = next(f for f in load_facilities(get_session()) if f.required_skills)
        skill = taxonomy().skills[next(s for s in facility.required_skills
                                       if s in taxonomy().skills)]
        label = search_index().skill_labels[skill.id]
    page = client.get(f"/facilities/{facility.facility_id}").get_data(as_text=True)
    on_facility = int(re.search(re.escape(label) + r'</a> <span class="muted">\((\d+) ',
                                page).group(1))
    family = client.get(f"/skills/{skill.family}").get_data(as_text=True)
    row = family.split(f">{label}</a>")[1].split("</tr>")[0]
    on_family = int(re.findall(r'<td class="num">(\d+)</td>', row)[0])
    assert on_facility == on_family > 0


def test_facility_page_shows_contact_location_booking_and_training(app):
    facility = SimpleNamespace(
        facility_id="F-X", name="Helium recovery and liquefier", institution="U", kind="plant",
        department="Physics", description=None, required_skills=(),
        location="Building 12, room B.04", booking_url="https://book.example.ac.uk/helium",
        contact_email="helium@example.ac.uk", training_available=True)
    with app.test_request_context("/facilities/F-X"):
        html = render_template("search/facility.html", facility=facility, required=[],
                               staff={"lead": []}, hidden=0)
    assert "Building 12, room B.04" in html
    assert 'href="https://book.example.ac.uk/helium"' in html
    assert 'href="mailto:helium@example.ac.uk"' in html
    assert "New users are trained here" in html
    unsafe = SimpleNamespace(**{**facility.__dict__, "booking_url": "javascript:alert(1)",
                                "training_available": None})
    with app.test_request_context("/facilities/F-X"):
        html = render_template("search/facility.html", facility=unsafe, required=[],
                               staff={}, hidden=0)
    assert "javascript:" not in html and "No online booking recorded" in html
    assert "Not recorded" in html


def test_imported_contact_location_booking_and_training_show_on_the_pages(
        tmp_path, taxonomy, small_taxonomy_dir, make_bundle):
    from tests.store.test_importer import GOOD

    facilities = ("facility_id,name,department,kind,location,booking_url,contact_email,"
                  "training_available\n"
                  "F-NMR,NMR facility,Chemistry,instrument,Building 12 room B.04,"
                  "https://book.example.ac.uk/nmr,nmr@example.ac.uk,true\n"
                  "F-WS,Mechanical workshop,Physics,workshop,,,,false\n")
    client = app_on_bundle(tmp_path / "v2.db", make_bundle({**GOOD, "facilities.csv": facilities}),
                           taxonomy, taxonomy_dir=small_taxonomy_dir).test_client()
    nmr = client.get("/facilities/F-NMR").get_data(as_text=True)
    assert "Building 12 room B.04" in nmr and 'href="mailto:nmr@example.ac.uk"' in nmr
    assert 'href="https://book.example.ac.uk/nmr"' in nmr and "New users are trained here" in nmr
    assert "No training for new users" in client.get("/facilities/F-WS").get_data(as_text=True)
    index = client.get("/facilities").get_data(as_text=True)
    assert "Building 12 room B.04" in index and "trains new users" in index
