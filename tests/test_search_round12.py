"""Search on a new institution's data (issue 15, round 12): what a facility is about is what
its own staff know best; a misspelt span keeps the first letter of each word it changes; a
misspelt skill nobody here holds is answered as the same skill spelt right would be. Cases
written from how facilities are staffed and how people mistype, not taken from any
evaluation set."""

from __future__ import annotations

import pytest

from skillmap.bundle.records import FacilityRecord, HoldingRecord, StaffRecord
from skillmap.search import search
from skillmap.search.query import FacilityName, TermTable, parse_query
from tests.test_search_round10 import ids, index_of


@pytest.fixture(scope="module")
def imaging(real_taxonomy):
    """An imaging centre listing image analysis and confocal microscopy, whose three staff are
    all confocal experts and barely analyse images; a workshop whose name says "engineering"
    (a word of other skills' names) and whose staff are CNC millers."""
    holdings = [HoldingRecord(p, "confocal-microscopy", level) for p, level in
                (("ann", 4), ("bob", 3), ("cal", 3), ("dee", 4))]
    holdings += [HoldingRecord(p, "image-analysis", 1) for p in ("ann", "bob", "cal")]
    holdings += [HoldingRecord("eve", "image-analysis", 4)]
    holdings += [HoldingRecord(p, "cnc-milling", 4) for p in ("fay", "gus")]
    holdings += [HoldingRecord(p, "mechanical-fitting", 2) for p in ("fay", "gus")]
    facilities = [FacilityRecord("IMG", "Hollis Imaging Centre", "Uni", kind="instrument",
                                 required_skills=("image-analysis", "confocal-microscopy")),
                  FacilityRecord("WS", "Faculty of Engineering Central Workshop", "Uni",
                                 kind="workshop",
                                 required_skills=("mechanical-fitting", "cnc-milling"))]
    staff = [StaffRecord("IMG", "ann", "lead"), StaffRecord("IMG", "bob", "trainer"),
             StaffRecord("IMG", "cal", "operator"), StaffRecord("WS", "fay", "lead"),
             StaffRecord("WS", "gus", "operator")]
    return index_of(real_taxonomy, holdings, facilities, staff)


@pytest.mark.parametrize("facility_id, main", [("IMG", "confocal-microscopy"),
                                               ("WS", "cnc-milling")])
def test_a_facility_is_about_what_its_staff_know_best(imaging, facility_id, main):
    """Its staff's levels decide among the skills it lists, not a word its name shares with
    one of them ("imaging" with image analysis)."""
    assert imaging.facility_skills[facility_id][0] == main


def test_a_facility_question_asks_for_its_staffs_expertise(imaging):
    """"imaging centre manager": the lead, then the confocal experts, not the image
    analyst whose skill only shares a word with its name."""
    found = ids(search(imaging, "hollis imaging centre manager"))
    assert found[0] == "ann"
    assert "dee" in found and ("eve" not in found or found.index("dee") < found.index("eve"))


@pytest.fixture(scope="module")
def terms():
    return TermTable({"raman spectroscopy": ("skill", "raman", "exact"),
                      "gamma spectrometry": ("skill", "gamma", "exact"),
                      "noise monitoring": ("skill", "noise", "synonym"),
                      "lc ms": ("skill", "lcms", "synonym")})


@pytest.mark.parametrize("query, key", [
    ("gamma spectometry", "gamma"),        # the slip is in "spectometry" only
    ("raman spectrscopy", "raman"),
    ("noise monitorng", "noise"),
])
def test_a_misspelt_span_finds_the_term_its_slips_make(terms, query, key):
    assert [c.key for c in parse_query(query, terms).concepts] == [key]


@pytest.mark.parametrize("query", ["dose monitoring", "gc ms", "gamma spectroscopy"])
def test_a_word_spelt_right_is_no_slip_for_another_terms_word(terms, query):
    """A typist keeps a word's first letter: "dose" is no misspelt "noise", "gc" another
    abbreviation than "lc", "gamma spectroscopy" no "raman spectroscopy"; a span is a
    misspelt term only where each word it changes keeps its first letter."""
    assert "noise" not in [c.key for c in parse_query(query, terms).concepts]
    assert not {"lcms", "raman"} & {c.key for c in parse_query(query, terms).concepts}


@pytest.fixture(scope="module")
def welders(real_taxonomy):
    """Nobody here holds "welding" itself; the directory's welders hold TIG welding."""
    return index_of(real_taxonomy, [HoldingRecord("ann", "tig-welding", 4),
                                    HoldingRecord("bob", "cell-culture", 4)])


@pytest.mark.parametrize("query", ["welding", "wleding", "weldign"])
def test_a_misspelt_skill_nobody_holds_is_answered_like_the_skill_spelt_right(welders, query):
    """A sure correction ("wleding": one swapped pair) names the skill as surely as typing it
    right: the held skill closest to it answers, as for "welding"."""
    assert ids(search(welders, query))[:1] == ["ann"]


def test_a_facilitys_own_abbreviation_names_it_not_another_whose_name_starts_with_it():
    """"brf manager": the Biological Research Facility (BRF), not also the "BRF Aquatics
    Unit", which the query names only when it says more of its name."""
    table = TermTable({}, facilities=[
        FacilityName("BRF", frozenset({"biological", "research", "facility", "brf"}),
                     frozenset({"brf"})),
        FacilityName("AQUA", frozenset({"brf", "aquatics", "unit"}), frozenset())])
    assert [c.key for c in parse_query("brf manager", table).concepts] == ["BRF"]
    assert "AQUA" in [c.key for c in parse_query("brf aquatics", table).concepts]


@pytest.fixture(scope="module")
def aquarium(real_taxonomy):
    """An aquarium whose listed need is the directory's own name "Seawater Aquarium Systems:
    Pumps & Filtration", which search files under aquatic animal husbandry."""
    holdings = [HoldingRecord("lea", "aquatic-husbandry", 2),
                HoldingRecord("amy", "aquatic-husbandry", 4),
                HoldingRecord("zed", "x-seawater", 4)]
    facilities = [FacilityRecord("AQ", "Marine Station Aquarium", "Uni", kind="laboratory",
                                 required_skills=("x-seawater",))]
    return index_of(real_taxonomy, holdings, facilities, [StaffRecord("AQ", "lea", "lead")],
                    unreviewed={"x-seawater": "Seawater Aquarium Systems: Pumps & Filtration"})


def test_the_name_a_facility_lists_as_its_need_counts_as_much_as_the_skill_it_is_filed_under(
        aquarium):
    """Its holders are as much what the facility asks for as the broad skill's, not less."""
    assert aquarium.derived.get("x-seawater") == ("aquatic-husbandry",)
    response = search(aquarium, "marine station aquarium manager")
    score = {r.person.person_id: r.score for r in response.results}
    assert ids(response)[0] == "lea" and score["zed"] >= score["amy"]
