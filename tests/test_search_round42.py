"""Round 42 of search (issue 15): the abbreviation a holder's name spells in its first words.
The names here are my own, not copied from any set."""

from __future__ import annotations

from skillmap.bundle.records import HoldingRecord
from skillmap.search import search
from tests.test_search_round10 import ids, index_of


def test_the_initials_of_a_run_of_a_names_words_find_its_holders_first(real_taxonomy):
    """"Indoor air quality and ventilation surveys" spells "iaq" in the words before its "and"
    (the whole name spells "iaqvs", no one's abbreviation): of the holders of building
    performance testing, a search for "iaq" finds the one who wrote it first, ahead of a more
    expert holder who wrote another of the skill's tasks."""
    index = index_of(real_taxonomy, [
        HoldingRecord("ann", "building-performance-testing", 2,
                      written="Indoor air quality and ventilation surveys"),
        HoldingRecord("bob", "building-performance-testing", 4,
                      written="Air permeability testing with blower doors"),
        HoldingRecord("cal", "welding", 4),
    ])
    assert ids(search(index, "iaq"))[:2] == ["ann", "bob"]
