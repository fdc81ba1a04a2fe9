"""Round 39: a post's words after a facility's name ("valve team leader", "works shift
supervisor") ask for who leads the place, not for everyone whose record says line management
(heldout38's "pressure management and valve team leader" found 42 team leaders first)."""

from __future__ import annotations

from datetime import date

import pytest

from skillmap.bundle.records import FacilityRecord, HoldingRecord, PersonRecord, StaffRecord
from skillmap.directory import Directory, SkillInfo
from skillmap.search import build_index, search


@pytest.fixture(scope="module")
def depot(real_taxonomy):
    """An invented canal trust's depot: its lock gang and its workshop, and team leaders
    elsewhere."""
    site = "Fenwold Canal Trust"
    skills = {s.id: SkillInfo(s.id, s.label, s.family) for s in real_taxonomy.skills.values()}
    held = {"ann": [("welding", 2)], "bob": [("welding", 3)],
            "cy": [("line-management", 4), ("welding", 4)], "dee": [("line-management", 4)],
            "eve": [("line-management", 3)]}
    people = [PersonRecord(pid, pid.title(), "Technician", site, "technical") for pid in held]
    holdings = [HoldingRecord(pid, sid, level) for pid, pairs in held.items()
                for sid, level in pairs]
    facilities = [
        FacilityRecord("LGT", "Lock Gate Repair Team", site,
                       description="Oak lock gates built and hung; steel balance beams.",
                       required_skills=("welding",)),
        FacilityRecord("WKS", "Fenwold Workshop", site, description="The trust's workshop.")]
    staff = [StaffRecord("LGT", "ann", "lead"), StaffRecord("LGT", "bob", "operator"),
             StaffRecord("WKS", "dee", "lead")]
    directory = Directory(people, holdings, facilities, staff, skills)
    return build_index(real_taxonomy, directory, today=date(2026, 12, 5))


def ids(response):
    return [r.person.person_id for r in response.results]


@pytest.mark.parametrize("query", ["lock gate repair team leader", "lock gate repair team lead",
                                   "lock gate repair team manager"])
def test_a_post_after_a_facilitys_name_asks_for_its_lead(depot, query):
    response = search(depot, query)
    assert [c.key for c in response.concepts] == ["LGT"]    # no line management asked for
    assert ids(response)[0] == "ann"                         # its lead, not a team leader


def test_a_post_without_a_facility_is_still_a_skill(depot):
    """"team leader" alone names no place: line management is still asked for."""
    response = search(depot, "team leader")
    assert "line-management" in [c.key for c in response.concepts]
    assert {"cy", "dee", "eve"} <= set(ids(response))     # every team leader found
