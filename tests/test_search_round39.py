"""Round 39: a post's words after a facility's name ("valve team leader", "works shift
supervisor") ask for who leads the place, not for everyone whose record says line management
(heldout38's "pressure management and valve team leader" found 42 team leaders first)."""

from __future__ import annotations

import pytest

from skillmap.bundle.records import FacilityRecord, StaffRecord
from skillmap.search import search
from tests.test_search import ids
from tests.test_search_round38 import site_index


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


def test_the_search_bench_makes_its_directory_again_for_other_code(tmp_path, monkeypatch):
    """bench/search_bench.py keeps the directory it imported for the demo and at 50,000
    people; one imported by older code or another taxonomy is made again (main's cache of a
    round before read the demo's free text at 0.868 where a fresh clone read 0.953)."""
    import bench.search_bench as bench

    for path, text in (("taxonomies/skills.csv", "id\n"), ("skillmap/x.py", "x = 1\n")):
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text)
    monkeypatch.setattr(bench, "ROOT", tmp_path)
    before = bench.code_stamp()
    assert bench.code_stamp() == before
    (tmp_path / "skillmap" / "x.py").write_text("x = 2\n")
    changed = bench.code_stamp()
    (tmp_path / "taxonomies" / "skills.csv").write_text("id\nnmr\n")
    assert len({before, changed, bench.code_stamp()}) == 3
