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


@pytest.fixture(scope="module")
def trainers(real_taxonomy):
    return index_of(real_taxonomy, [HoldingRecord("ann", "hplc", 4),
                                    HoldingRecord("bob", "user-training", 4),
                                    HoldingRecord("cal", "teaching-he", 4),
                                    HoldingRecord("dee", "hplc", 2)])


@pytest.mark.parametrize("query", ["hplc user training", "hplc induction for new users",
                                   "hplc training for masters students"])
def test_whom_a_training_is_for_is_no_skill_asked_for(trainers, query):
    """"hplc user training" asked for HPLC and for user training alike: whoever trains users
    on anything tied with HPLC's trainers. Whom a training is for, after its "for" or just
    before the training word, is set aside; HPLC's holders come first and alone."""
    assert ids(search(trainers, query)) == ["ann", "dee"]


def test_students_a_need_names_are_still_read(trainers):
    """"teach students ...": here the word is the need, not its audience."""
    assert "cal" in ids(search(trainers, "teach students in a lab class"))
