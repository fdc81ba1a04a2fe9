"""Search on a new institution's data (issue 15, round 21): a skill nobody here holds under
its own name is answered by the names the directory holds it under, and a misspelt word
counts as the term it was read as. Cases written from how HR systems and surveys write
skills and how people mistype, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from skillmap.bundle.records import HoldingRecord
from skillmap.search import search
from skillmap.search.query import TermTable, parse_query
from tests.test_search_round10 import ids, index_of


@pytest.fixture(scope="module")
def haematology(real_taxonomy):
    """Nobody holds haematology or any skill filed under it; one person's review objective
    says it among other things, others hold skills the taxonomy relates to it."""
    return index_of(real_taxonomy, [
        HoldingRecord("ann", "x-vet", 3),
        HoldingRecord("bob", "clinical-biochemistry", 4),
        HoldingRecord("cal", "phlebotomy", 4),
        HoldingRecord("dan", "x-vet-rota", 4),
    ], unreviewed={
        "x-vet": "Obj 5 (develop) – Veterinary haematology and biochemistry analysers | Met",
        "x-vet-rota": "Out-of-hours rota for the small animal hospital"})


@pytest.mark.parametrize("query", ["haematology", "haemotology", "hematology"])
def test_a_skill_held_only_under_a_name_of_the_directory_finds_who_wrote_it(haematology,
                                                                           query):
    """"haemotology": whoever wrote the skill's own word in their name for it first, before
    holders of skills the taxonomy only relates to it."""
    assert ids(search(haematology, query))[:1] == ["ann"]


def test_a_misspelt_word_is_read_as_the_term_it_corrects_to():
    table = TermTable({"electromyography": ("skill", "emg", "synonym"),
                       "gas chromatography": ("skill", "gc", "exact")})
    (concept,) = parse_query("electromyograhpy", table).concepts
    assert (concept.key, concept.via, concept.term) == ("emg", "fuzzy", "electromyography")
    (concept,) = parse_query("gas chromatography", table).concepts
    assert concept.term == ""


@pytest.fixture(scope="module")
def physiology(real_taxonomy):
    """Two physiological measurers: one wrote the skill as cycle ergometry, the other (a
    higher level) as lung function testing."""
    return index_of(real_taxonomy, [
        HoldingRecord("ann", "clinical-physiological-measurement", 2,
                      written="Cycle ergometry and VO2 max testing"),
        HoldingRecord("bob", "clinical-physiological-measurement", 4,
                      written="Lung function testing"),
    ])


@pytest.mark.parametrize("query", ["ergometry", "ergometery", "ergomtry"])
def test_a_misspelt_term_ranks_who_wrote_it_first_as_the_term_spelt_right_does(physiology,
                                                                             query):
    """"ergometery" (a letter added): whoever wrote "ergometry" first, as for the word spelt
    right, not the higher level who wrote another part of the skill."""
    assert ids(search(physiology, query))[:1] == ["ann"]


@pytest.fixture(scope="module")
def spellings():
    return TermTable({"billing": ("skill", "billing", "synonym"),
                      "malt analysis": ("skill", "malt", "synonym"),
                      "herd management": ("skill", "herd", "synonym"),
                      "ai": ("skill", "ml", "synonym"), "mrm": ("skill", "lcms", "synonym"),
                      "gpr": ("skill", "geo", "synonym")})


@pytest.mark.parametrize("query", ["killing old bottles of butyllithium",
                                   "metals analysis by plasma", "abv and ibu",
                                   "magnetic resonance of molecules"])
def test_english_words_typed_as_meant_name_no_other_term(spellings, query):
    """"killing" is no misspelt "billing", nor "metals" a misspelt "malt"; "abv and ibu" spell
    out no "AI" (two abbreviations, not words), nor "magnetic resonance of molecules" "MRM"
    (a spelt-out term's initials keep its "of")."""
    assert parse_query(query, spellings).concepts == []


@pytest.mark.parametrize("query, key", [("suckler heard management", "herd"),
                                        ("ground penetrating radar", "geo")])
def test_a_slip_that_makes_another_word_and_a_term_spelt_out_still_count(spellings, query, key):
    """"heard" for "herd" (one slip, first letter kept) is still read as the term; three
    English words whose initials are a known abbreviation still spell it out."""
    assert key in [c.key for c in parse_query(query, spellings).concepts]
