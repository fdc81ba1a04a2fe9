"""Search on a new institution's data (issue 15, round 22): a four-letter abbreviation typed
with two letters swapped is the term, found through the whole engine. Cases written from how
people mistype initialisms, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from skillmap.bundle.records import HoldingRecord
from skillmap.search import search
from tests.test_search_round10 import ids, index_of


@pytest.fixture(scope="module")
def chromatography(real_taxonomy):
    return index_of(real_taxonomy, [HoldingRecord("ann", "hplc", 4),
                                    HoldingRecord("bob", "fpga", 3),
                                    HoldingRecord("cal", "gas-chromatography", 4)])


@pytest.mark.parametrize("query, first", [("hlpc", "ann"), ("hpcl", "ann"), ("fgpa", "bob"),
                                          ("hlpc method development", "ann")])
def test_an_abbreviation_with_two_letters_swapped_is_the_term(chromatography, query, first):
    """"hlpc" found nobody: a word of four letters was never read as a misspelt term."""
    response = search(chromatography, query)
    assert ids(response)[:1] == [first]
    assert response.concepts[0].via == "fuzzy"


@pytest.mark.parametrize("query", ["lhpc", "plch", "from"])
def test_a_word_or_a_first_letter_swapped_is_no_slip_of_an_abbreviation(chromatography, query):
    assert not [c for c in search(chromatography, query).concepts if c.key == "hplc"]
