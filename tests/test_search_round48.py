"""Search on a new institution's data (issue 15, round 48): a term the taxonomy files under
one skill ("thermocouples": sensors and transducers; "reliability engineering": product
assurance) finds,
as direct holders too, the people whose own name for their work says it -- an unreviewed name
that says every word of it, and the holders of any skill whose name as written does
("Test instrumentation – accelerometers, thermocouples and strain gauges", filed under
instrumentation). Cases written from how test-laboratory staff write their work, not taken
from any evaluation set."""

from __future__ import annotations

import pytest

from skillmap.bundle.records import HoldingRecord
from skillmap.search import search
from tests.test_search_round10 import ids, index_of


@pytest.fixture(scope="module")
def lab(real_taxonomy):
    return index_of(real_taxonomy, [
        HoldingRecord("ann", "instrumentation-engineering", 3,
                      written="Test instrumentation – accelerometers, thermocouples and strain "
                              "gauges"),
        HoldingRecord("bob", "instrumentation-engineering", 4),
        HoldingRecord("cal", "x-harness", 3),
        HoldingRecord("dee", "product-assurance", 3),
        HoldingRecord("eve", "sensors-transducers", 2),
    ], unreviewed={"x-harness": "Flight harness reliability engineering and derating"})


def test_a_holder_whose_own_name_says_the_term_is_a_direct_holder(lab):
    """"thermocouples" names sensors and transducers; Ann wrote it for her instrumentation
    work: both answer directly, Bob (instrumentation, in other words) does not."""
    response = search(lab, "thermocouples")
    found = ids(response)
    assert {"ann", "eve"} <= set(found[:2]) and "bob" not in found[:2]
    ann = next(r for r in response.results if r.person.person_id == "ann")
    assert [(m.skill_id, m.via, m.written) for m in ann.matched] == [
        ("instrumentation-engineering", "synonym",
         "Test instrumentation – accelerometers, thermocouples and strain gauges")]


def test_an_unreviewed_name_that_says_the_term_is_held_directly(lab):
    """"reliability engineering" names product assurance; the directory's own name says it
    too."""
    assert {"cal", "dee"} == set(ids(search(lab, "reliability engineering"))[:2])


def test_a_misspelt_term_is_read_as_the_term_it_was_taken_for(lab):
    assert "ann" in ids(search(lab, "thermocuple"))[:2]


def test_a_skill_named_by_its_own_label_is_not_widened(lab):
    """"Sensors and transducers" is the skill's own name (exact): only its holders and those
    its members hold, not whoever wrote one of its synonyms."""
    assert ids(search(lab, "sensors and transducers"))[:1] == ["eve"]
