"""Search on a new institution's own words (issue 15, round 10): mechanisms that read what
the directory itself writes, each with the kind of query that showed the need for it."""

from __future__ import annotations

from datetime import date

import pytest

from skillmap.bundle.records import FacilityRecord, HoldingRecord, PersonRecord, StaffRecord
from skillmap.directory import Directory, SkillInfo
from skillmap.search import build_index, search


def index_of(taxonomy, holdings, facilities=(), staff=(), unreviewed=None, semantic=False):
    """The index of a directory of `holdings` (everyone in them a person), with the taxonomy's
    skills and the `unreviewed` names (id -> name as written); the sentence model if
    `semantic` (and installed)."""
    skills = {s.id: SkillInfo(s.id, s.label, s.family) for s in taxonomy.skills.values()}
    skills.update({sid: SkillInfo(sid, name, None, "unreviewed")
                   for sid, name in (unreviewed or {}).items()})
    people = [PersonRecord(pid, pid.title(), "Tech", "Uni", "technical")
              for pid in sorted({h.person_id for h in holdings})]
    directory = Directory(people, list(holdings), list(facilities), list(staff), skills)
    return build_index(taxonomy, directory, today=date(2026, 12, 1), semantic=semantic)


@pytest.fixture(scope="module")
def site(real_taxonomy):
    """A few people whose skills are written "Area: item, item & item [make, model]"."""
    return index_of(real_taxonomy, [
        HoldingRecord("ann", "x-ocean", 3),
        HoldingRecord("bob", "oceanographic-instruments", 4),
        HoldingRecord("cal", "cnc-milling", 2,
                      written="Machining: Analysis & CNC Milling [Hurco VMX, Brantwell]"),
        HoldingRecord("dan", "cnc-milling", 4),
    ], unreviewed={"x-ocean": "Marine Instrumentation: XBT, Drifter Buoys & Mooring"})


def ids(response):
    return [r.person.person_id for r in response.results]


@pytest.mark.parametrize("query, first", [
    ("xbt", "ann"),                       # an abbreviation listed after the frame's colon
    ("brantwell", "cal"),                 # a make in square brackets, above a higher level
    ("hurco vmx", "cal"),                 # ... and a make and model
    ("drifter buoys", "ann"),             # a listed item of two words
])
def test_the_kit_and_items_a_directory_lists_in_a_name_find_its_holders(site, query, first):
    """Square brackets read as round ones, and the items listed after "Area:" are terms of
    that name: a make, model or abbreviation the directory writes finds who wrote it."""
    assert ids(search(site, query))[:1] == [first]


@pytest.mark.parametrize("term, skill_id", [
    ("xbt", "x-ocean"), ("brantwell", "cnc-milling"), ("hurco vmx", "cnc-milling"),
    ("drifter buoys", "oceanographic-instruments"),   # the taxonomy's own since round 38; its
])                                                    # holder here is still found first
def test_listed_items_and_bracketed_kit_are_terms_of_their_skill(site, term, skill_id):
    assert site.terms.terms[term][:2] == ("skill", skill_id)


@pytest.mark.parametrize("word", ["analysis", "mooring"])
def test_a_listed_english_word_alone_is_no_term(site, word):
    """One listed English word ("Analysis") says too little to stand for the name."""
    assert word not in site.terms.terms or site.terms.terms[word][1] != "x-ocean"


@pytest.fixture(scope="module")
def listed(real_taxonomy):
    """Aquatic husbandry held under the taxonomy's name and under the directory's own."""
    return index_of(real_taxonomy, [
        HoldingRecord("ann", "aquatic-husbandry", 4), HoldingRecord("bob", "x-seawater", 2),
        HoldingRecord("cal", "aquatic-husbandry", 3), HoldingRecord("cal", "x-seawater", 3),
    ], unreviewed={"x-seawater": "Seawater Aquarium Systems: Pumps & Filtration"})


@pytest.mark.parametrize("query", ["fish husbandry and seawater systems",
                                   "seawater systems, fish husbandry"])
def test_each_item_of_a_list_is_a_need_of_its_own(listed, query):
    """An item the directory's own name says in full is its own need, not a qualifier of the
    skill named before it: who holds both comes first."""
    response = search(listed, query)
    assert ids(response)[:1] == ["cal"]
    assert "Seawater Aquarium Systems: Pumps & Filtration" in response.asked


@pytest.fixture(scope="module")
def places(real_taxonomy):
    """Facilities with proper names and kinds, their staff, and holders who are not staff."""
    holdings = [HoldingRecord("ann", "boat-handling", 4), HoldingRecord("bob", "boat-handling", 2),
                HoldingRecord("cal", "dairy-herd", 4), HoldingRecord("dan", "dairy-herd", 3)]
    facilities = [FacilityRecord("RV", "RV Cailleach", "Uni", kind="vessel",
                                 required_skills=("boat-handling",)),
                  FacilityRecord("DAIRY", "Glenbervie Dairy Research Centre", "Uni", kind="farm",
                                 required_skills=("dairy-herd",))]
    staff = [StaffRecord("RV", "bob", "lead"), StaffRecord("DAIRY", "dan", "lead")]
    return index_of(real_taxonomy, holdings, facilities, staff)


@pytest.mark.parametrize("query, first", [
    ("cailleach skipper", "bob"),          # a proper word of its name and a role it lacks
    ("who skippers the cailleach", "bob"),
    ("glenbervie dairy manager", "dan"),
])
def test_a_proper_word_of_a_facilitys_name_names_it_whatever_else_is_said(places, query, first):
    response = search(places, query)
    assert ids(response)[:1] == [first]
    assert response.facilities and response.facilities[0].facility_id in ("RV", "DAIRY")



def test_an_abbreviation_the_directory_writes_for_another_skill_means_either(real_taxonomy):
    """"CTD" is filed under oceanographic instruments, but this directory writes it in its own
    name for river survey kit: a search for it finds the holders of both. (Round 10 wrote this
    with ADCP, which round 12 declared ambiguous: rivers and the sea both use the profilers.)"""
    index = index_of(real_taxonomy, [
        HoldingRecord("ann", "oceanographic-instruments", 4), HoldingRecord("bob", "x-river", 4),
        HoldingRecord("cal", "welding", 4),
    ], unreviewed={"x-river": "River Survey Kit: CTD, Flow Meter & Sonde"})
    assert "CTD" in real_taxonomy.skills["oceanographic-instruments"].terms, "the premise"
    response = search(index, "ctd")
    assert sorted(ids(response)[:2]) == ["ann", "bob"]
    assert len(response.alternatives["ctd"]) == 2


@pytest.mark.parametrize("query, first", [
    ("mocap suite", ["bob", "cal"]),       # the skill and the kind of place its facility is:
    ("motion capture suite", ["bob", "cal"]),    # its staff first ("mocap studio" is a name)
    ("mocap", ["ann", "bob"]),             # the skill alone: its best holders
])
def test_a_skill_said_with_its_facilitys_kind_of_place_asks_for_that_facility(real_taxonomy,
                                                                             query, first):
    index = index_of(real_taxonomy, [
        HoldingRecord("ann", "motion-capture", 4), HoldingRecord("bob", "motion-capture", 2),
        HoldingRecord("cal", "motion-capture", 1),
    ], [FacilityRecord("ANIM", "Animation & Motion Capture Suite", "Uni",
                       required_skills=("motion-capture",))],
        [StaffRecord("ANIM", "bob", "lead"), StaffRecord("ANIM", "cal", "operator")])
    assert ids(search(index, query))[:2] == first


@pytest.mark.parametrize("query, first", [
    ("who do i ask about the tms kit", ["bob", "cal"]),   # the facility that needs it
    ("who should i ask for tms", ["bob", "cal"]),
    ("who knows tms", ["ann", "cal"]),                    # a person who knows it, not a contact
])
def test_who_do_i_ask_about_a_skill_asks_for_the_facility_that_needs_it(real_taxonomy, query,
                                                                        first):
    index = index_of(real_taxonomy, [
        HoldingRecord("ann", "brain-stimulation", 4), HoldingRecord("bob", "eeg", 4),
        HoldingRecord("cal", "brain-stimulation", 2),
    ], [FacilityRecord("EEG", "EEG & Brain Stimulation Laboratories", "Uni",
                       required_skills=("eeg", "brain-stimulation"))],
        [StaffRecord("EEG", "bob", "lead"), StaffRecord("EEG", "cal", "operator")])
    assert ids(search(index, query))[:2] == first


def test_a_skill_nobody_here_holds_is_answered_by_the_held_skill_most_related_to_it(
        real_taxonomy):
    """Nobody holds sound engineering, but the studio's staff hold live sound, which the
    taxonomy relates to it: they are the answer, as direct holders, not an empty page."""
    assert "live-sound" in real_taxonomy.skills["sound-engineering"].related, "the premise"
    index = index_of(real_taxonomy, [HoldingRecord("ann", "live-sound", 3),
                                     HoldingRecord("bob", "welding", 4)])
    response = search(index, "mixing and mastering")     # its synonym
    assert ids(response) == ["ann"] and response.direct_total == 1
