"""Search reaches a new institution through its own directory's words (issue 15): other names
a facility's description gives it, and what the directory itself spells out."""

from __future__ import annotations

from datetime import date

import pytest

from skillmap.bundle.records import FacilityRecord, HoldingRecord, PersonRecord, StaffRecord
from skillmap.directory import Directory, SkillInfo
from skillmap.search import build_index, search


@pytest.fixture(scope="module")
def site(real_taxonomy):
    """Two facilities whose descriptions name them otherwise, and some skilled people."""
    def person(pid):
        return PersonRecord(pid, pid.title(), "Tech", "Uni", "technical")
    skills = {s.id: SkillInfo(s.id, s.label, s.family) for s in real_taxonomy.skills.values()}
    held = {"ada": [("welding", 2)], "ben": [("welding", 4)], "cal": [("welding", 4)],
            "dot": [("histology", 2)], "eli": [("histology", 4)], "gil": [("first-aid", 2)],
            "hal": [("super-resolution-microscopy", 4)]}
    holdings = [HoldingRecord(pid, sid, level) for pid, pairs in held.items()
                for sid, level in pairs]
    facilities = [
        FacilityRecord("ENG-WS", "Mechanical Engineering Fabrication Workshop", "Uni",
                       description="Welding and fitting for research rigs; known to everyone "
                                   "as the blue shed.", required_skills=("welding",)),
        FacilityRecord("PATH", "Tissue Sciences Core", "Uni",
                       description="Sectioning and staining; formerly the Histology Research "
                                   "Unit (HRU).", required_skills=("histology",)),
        FacilityRecord("SIM", "Clinical Skills & Simulation Suite", "Uni",
                       description="Manikins and a mock ward.", required_skills=("first-aid",))]
    staff = [StaffRecord("ENG-WS", "ada", "lead"), StaffRecord("PATH", "dot", "lead"),
             StaffRecord("SIM", "gil", "lead")]
    directory = Directory([person(p) for p in held], holdings, facilities, staff, skills)
    return build_index(real_taxonomy, directory, today=date(2026, 11, 25))


def ids(response):
    return [r.person.person_id for r in response.results]


@pytest.mark.parametrize("query, facility_id, lead", [
    ("blue shed", "ENG-WS", "ada"),
    ("hru", "PATH", "dot"),
    ("histology research unit", "PATH", "dot")])
def test_a_facility_is_found_by_the_other_names_its_description_gives(site, query,
                                                                      facility_id, lead):
    response = search(site, query)
    assert any(c.kind == "facility" and c.key == facility_id for c in response.concepts)
    assert response.facilities[0].facility_id == facility_id
    assert ids(response)[0] == lead


def test_the_sentence_model_reads_what_a_skills_facilities_say_about_themselves(real_taxonomy):
    """The directory's facility descriptions are its own words for what a skill is for: a
    need worded like them reads closer to the skill (skipped without the optional model)."""
    from skillmap.search import semantic
    if semantic.load_embedder() is None:
        pytest.skip("optional sentence model not installed")
    skills = {s.id: SkillInfo(s.id, s.label, s.family) for s in real_taxonomy.skills.values()}
    people = [PersonRecord("ann", "Ann", "Tech", "Uni", "technical")]
    holdings = [HoldingRecord("ann", "engine-testing", 3)]
    facility = FacilityRecord("CELLS", "Powertrain Test Cells", "Uni",
                              description="Dynamometers for measuring the torque and power a "
                                          "motor delivers at the wheels of a car.",
                              required_skills=("engine-testing",))
    need = "find out how much power my car motor delivers to its wheels"

    def closeness(facilities):
        index = build_index(real_taxonomy, Directory(people, holdings, facilities, [], skills),
                            today=date(2026, 11, 25), semantic=True)
        assert index.semantic is not None
        return float(index.semantic.closeness(need)[index.semantic.keys.index("engine-testing")])
    assert closeness([facility]) > closeness([]) + 0.05


def test_hr_role_nouns_and_store_are_words_about_a_facility_not_its_name():
    """"props supervisor", "field kit store": a supervisor or coordinator is who leads a
    facility, and "store" is what a facility is, so the rest of the words name it."""
    from skillmap.search import parse_query
    from skillmap.search.index import _facility_name
    from skillmap.search.query import TermTable
    table = TermTable({"props": ("skill", "prop-making", "synonym")}, facilities=[
        _facility_name("PROPS", "Scenery & Props Workshop"),
        _facility_name("KIT", "Field Kit Pool"),
        _facility_name("COST", "Costume Store")])
    props = parse_query("props supervisor", table)
    assert props.wants_lead and [c.key for c in props.concepts if c.kind == "facility"] == [
        "PROPS"]
    assert parse_query("events coordinator", table).wants_lead
    kit = parse_query("field kit store", table)
    assert [c.key for c in kit.concepts if c.kind == "facility"] == ["KIT"]


def test_an_ambiguous_abbreviation_means_first_what_this_directory_holds_most(site):
    """Both meanings are searched; the one more people here hold counts more."""
    from dataclasses import replace
    terms = replace(site.terms, ambiguous={"hw": ("histology", "welding")})
    response = search(replace(site, terms=terms), "hw")
    scores = {r.person.person_id: r.score for r in response.results}
    assert {"ben", "cal", "eli"} <= set(scores)                  # every meaning is searched
    assert scores["ben"] > scores["eli"]     # both at level 4; welding is held by three here


def test_a_clipped_word_and_the_kind_of_place_name_a_facility(site):
    """"sim suite": a three-letter word that starts a word of a facility's name, with the
    kind of place its name also says, names it, even where the clipped word is some skill's
    abbreviation too (SIM, structured illumination microscopy): its staff first."""
    response = search(site, "sim suite technician")
    assert response.facilities[0].facility_id == "SIM"
    assert ids(response)[0] == "gil"
    assert not any(c.kind == "facility" for c in search(site, "sim").concepts)
