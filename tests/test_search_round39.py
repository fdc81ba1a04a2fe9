"""Round 39: a post's words after a facility's name ("valve team leader", "works shift
supervisor") ask for who leads the place, not for everyone whose record says line management
(heldout38's "pressure management and valve team leader" found 42 team leaders first)."""

from __future__ import annotations

import pytest

from skillmap.bundle.records import FacilityRecord, StaffRecord
from skillmap.search import search
from tests.test_search_round38 import ids, site_index


@pytest.fixture(scope="module")
def depot(real_taxonomy):
    """An invented canal trust's depot: its lock gang and its workshop, and team leaders
    elsewhere."""
    site = "Fenwold Canal Trust"
    held = {"ann": [("welding", 2)], "bob": [("welding", 3)],
            "cy": [("line-management", 4), ("welding", 4)], "dee": [("line-management", 4)],
            "eve": [("line-management", 3)]}
    facilities = [
        FacilityRecord("LGT", "Lock Gate Repair Team", site,
                       description="Oak lock gates built and hung; steel balance beams.",
                       required_skills=("welding",)),
        FacilityRecord("WKS", "Fenwold Workshop", site, description="The trust's workshop.")]
    staff = [StaffRecord("LGT", "ann", "lead"), StaffRecord("LGT", "bob", "operator"),
             StaffRecord("WKS", "dee", "lead")]
    return site_index(real_taxonomy, site, held, facilities, staff)


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
