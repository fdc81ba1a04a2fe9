"""Search on a new institution's data (issue 15, round 47): a short query that names no term
but whose every word the directory's own name for a skill says ("servo valve testing": held as
"Servo valve and actuator testing on the hydraulic rig") finds that name's holders, rather than
a list of needs split inside the name or a skill whose document shares a word. Cases written
from how workshop and test-rig staff write their work, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from skillmap.bundle.records import HoldingRecord
from skillmap.search import search
from tests.test_search_round10 import ids, index_of


@pytest.fixture(scope="module")
def base(real_taxonomy):
    return index_of(real_taxonomy, [
        HoldingRecord("ann", "x-winding", 3),
        HoldingRecord("bob", "x-pump", 3),
        HoldingRecord("cal", "materials-testing", 4),
        HoldingRecord("dee", "mechanical-fitting", 4),
        HoldingRecord("gus", "x-servo", 2),
        HoldingRecord("hal", "x-caliper", 2),
    ], unreviewed={"x-winding": "Transformer coil winding, varnishing and impregnation",
                   "x-pump": "Borehole pump lift, strip-down and inspection",
                   "x-servo": "Servo valve and actuator testing on the hydraulic rig",
                   "x-caliper": "Brake caliper rebuild, bleed and inspection"})


@pytest.mark.parametrize("query, found", [
    ("pump strip-down and inspection", ["bob"]),   # a list inside one name: not split
    ("caliper rebuild and inspection", ["hal"]),
    ("coil varnishing", ["ann"]),
])
def test_a_short_query_one_held_name_says_whole_finds_its_holders(base, query, found):
    assert ids(search(base, query)) == found


@pytest.mark.parametrize("query", ["servo valve testing", "valve testing"])
def test_the_held_name_answers_before_a_skill_sharing_a_word(base, query):
    """Materials testing's servo-hydraulic machines share "servo" and "testing"; the name
    held here that says every word answers first."""
    assert ids(search(base, query))[:1] == ["gus"]


def test_a_query_two_names_say_in_part_is_read_as_before(base):
    """No held name says "inspection" and "varnishing" together: each item of the list is
    read as before, and both names' holders answer."""
    assert {"ann", "bob"} <= set(ids(search(base, "varnishing and pump inspection")))
