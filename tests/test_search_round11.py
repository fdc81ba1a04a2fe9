"""Misspelt queries corrected the way a typist errs (issue 15, round 11): a correction keeps
the word's first letter, counts a swapped pair as one slip, prefers the word that makes a
known term with its neighbour, leaves known words alone, and cuts a two-word term typed as
one; facilities are found in the corrected words. Cases written from knowledge of how
people mistype, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from skillmap.bundle.records import HoldingRecord
from skillmap.search.engine import _held_saying
from skillmap.search.index import written_words
from skillmap.search.query import FacilityName, TermTable, parse_query
from tests.test_search_round10 import index_of


@pytest.fixture(scope="module")
def table():
    return TermTable({
        "wind tunnel": ("skill", "wind", "synonym"),
        "intune": ("skill", "windows", "synonym"),
        "visual fields": ("skill", "eyes", "synonym"),
        "thread tapping": ("skill", "tap", "synonym"),
        "waste tipping": ("skill", "tip", "synonym"),
        "aseptic technique": ("skill", "asep", "exact"),
        "nanolab": ("skill", "nano", "synonym"),
        "welding": ("skill", "weld", "exact"),
    }, facilities=[
        FacilityName("NANO", frozenset({"nanofabrication", "centre"}), frozenset()),
        FacilityName("ASEP", frozenset({"pharmacy", "aseptic", "unit"}), frozenset()),
    ])


def keys(text, table):
    return [(c.kind, c.key) for c in parse_query(text, table).concepts]


def test_a_correction_keeps_the_first_letter(table):
    """"windtunel" is one slip from no word of a term that starts otherwise: never "intune"."""
    assert table.correct("windtunel") != "intune"
    assert table.correct("wleding") == "welding"        # the second letter may slip


def test_a_swapped_pair_is_one_slip(table):
    assert table.correct("feilds") == "fields"
    assert keys("visual feilds", table) == [("skill", "eyes")]


@pytest.mark.parametrize("query, skill", [("thread tpping", "tap"), ("waste tpping", "tip")])
def test_a_correction_that_makes_a_term_with_its_neighbour_wins(table, query, skill):
    """"tpping" is as near "tapping" as "tipping": the word beside it decides."""
    assert keys(query, table) == [("skill", skill)]


@pytest.mark.parametrize("word", ["welding", "fields", "tapping", "studio", "42"])
def test_a_known_or_english_word_is_not_corrected(table, word):
    assert table.correct(word) is None


def test_a_two_word_term_typed_as_one_is_cut_then_corrected(table):
    assert table.split("windtunel") == ["wind", "tunnel"]
    assert keys("windtunel", table) == [("skill", "wind")]
    assert parse_query("windtunel", table).content == ["wind", "tunnel"]


def test_the_start_of_a_facility_name_is_neither_corrected_nor_cut(table):
    """"nanofab" starts "Nanofabrication": the facility, not the skill "nanolab" a slip away."""
    assert table.correct("nanofab") is None and table.split("nanofab") == []
    assert keys("nanofab", table) == [("facility", "NANO")]


def test_a_facility_is_found_in_the_corrected_words(table):
    assert ("facility", "ASEP") in keys("asceptic unit manager", table)


@pytest.fixture(scope="module")
def listed(real_taxonomy):
    return index_of(real_taxonomy, [
        HoldingRecord("ann", "aquatic-husbandry", 4), HoldingRecord("bob", "x-seawater", 2),
    ], unreviewed={"x-seawater": "Seawater Aquarium Systems: Pumps & Filtration"})


def test_held_saying_finds_held_skills_whose_names_say_every_word(listed):
    wanted = written_words("seawater aquarium pumps")
    assert _held_saying(listed, wanted, ()) == ["x-seawater"]
    assert _held_saying(listed, wanted, ("x-seawater",)) == []
    assert _held_saying(listed, frozenset(), ()) == []


@pytest.fixture(scope="module")
def places():
    return TermTable({"crime scene house": ("skill", "csi", "synonym"),
                      "crime scene": ("skill", "csi", "synonym"),
                      "environmental chamber": ("skill", "env", "synonym")}, facilities=[
        FacilityName("CSH", frozenset({"crime", "scene", "house"}), frozenset()),
        FacilityName("CHAMBER", frozenset({"environmental", "chamber"}), frozenset())])


@pytest.mark.parametrize("query, facility", [
    ("who resets the crime scene house", "CSH"),
    ("who do i ask to book the environmental chamber", "CHAMBER"),
    ("enviromental chamber", "CHAMBER"),
])
def test_a_query_saying_a_facility_s_whole_name_names_it(places, query, facility):
    """Every word of its name, whatever else the question says ("book", "resets") and though
    a skill is called the same: the facility is named, strongly (its staff first)."""
    named = [c for c in parse_query(query, places).concepts if c.kind == "facility"]
    assert [(c.key, c.confidence) for c in named] == [(facility, 1.0)]


def test_part_of_a_facility_s_name_that_is_a_skill_does_not_name_it_strongly(places):
    named = [c for c in parse_query("crime scene", places).concepts if c.kind == "facility"]
    assert all(c.confidence < 1.0 for c in named)
