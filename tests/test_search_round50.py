"""Search on a new institution's data (issue 15, round 50): a query that names a facility
("hot strip mill manager") keeps the facility's staff first, in the roles asked for, and then
puts the holders of its skill whose own name for it says the facility's words ("Hot strip mill
rolling – roughing mill and finishing train") before those whose name does not ("Temper mill
and skin pass rolling", "Architectural ironwork"), as it does where no facility is named. Cases
written from how a rolling mill's staff write their work, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from skillmap.bundle.records import FacilityRecord, HoldingRecord, StaffRecord
from skillmap.search import search
from tests.test_search_round10 import ids, index_of


@pytest.fixture(scope="module")
def mill(real_taxonomy):
    written = {"lee": "Hot strip mill rolling – roughing mill and finishing train",
               "ann": "Hot strip mill rolling – roughing mill and finishing train",
               "bob": "Temper mill and skin pass rolling",
               "cal": "Architectural ironwork and railings"}
    holdings = [HoldingRecord(pid, "metalwork", 4 if pid in ("bob", "cal") else 3, written=name)
                for pid, name in written.items()]
    return index_of(real_taxonomy, [*holdings, HoldingRecord("dee", "welding", 3)],
                    [FacilityRecord("HSM", "Hot Strip Mill", "Uni", kind="plant",
                                    required_skills=("metalwork",))],
                    [StaffRecord("HSM", "lee", "lead")])


@pytest.mark.parametrize("query", ["hot strip mill manager", "who runs the hot strip mill",
                                   "hot strip mill"])
def test_a_named_facilitys_lead_first_then_the_holders_whose_name_says_it(mill, query):
    found = ids(search(mill, query))
    assert found[:2] == ["lee", "ann"]
    assert set(found[2:4]) == {"bob", "cal"}


def test_without_a_facility_named_the_name_as_written_still_leads(mill):
    """"strip mill rolling" names no facility: the holders whose names say it first, as
    before."""
    assert set(ids(search(mill, "strip mill rolling"))[:2]) == {"lee", "ann"}
