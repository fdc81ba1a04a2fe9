"""Search on a new institution's own words (issue 15, round 9): rules that read what the
directory itself says, each with the query that showed the need for it."""

from __future__ import annotations

from datetime import date

import pytest

from skillmap.bundle.records import FacilityRecord, HoldingRecord, PersonRecord, StaffRecord
from skillmap.directory import Directory, SkillInfo
from skillmap.search import build_index, search


@pytest.fixture(scope="module")
def site(real_taxonomy):
    """A few people, unreviewed names written the way HR writes them, and facilities."""
    def person(pid):
        return PersonRecord(pid, pid.title(), "Tech", "Uni", "technical")
    skills = {s.id: SkillInfo(s.id, s.label, s.family) for s in real_taxonomy.skills.values()}
    held = {"ann": [("coshh", 4)], "bob": [("coshh", 2), ("dse-assessment", 4)]}
    holdings = [HoldingRecord(pid, sid, level) for pid, pairs in held.items()
                for sid, level in pairs]
    written = {"cal": "Spirometry & Lung Function Testing (ARTP)",
               "dan": "Cardiopulmonary Exercise Testing (CPET)"}
    holdings += [HoldingRecord(pid, "clinical-physiological-measurement", 4 if pid == "cal" else 3,
                               written=text) for pid, text in written.items()]
    held.update({pid: [] for pid in written})
    holdings += [HoldingRecord("gil", "information-security", 4, written="Trusted Research "
                               "Environment / Safe Haven Operation (ISO 27001)"),
                 HoldingRecord("hal", "research-data-management", 4),
                 HoldingRecord("ivy", "research-data-management", 2),
                 HoldingRecord("ivy", "information-security", 2)]   # its staff: no preference
    held.update({pid: [] for pid in ("gil", "hal", "ivy")})
    holdings += [HoldingRecord("jon", "hpc", 2), HoldingRecord("kay", "hpc", 4)]
    held.update({"jon": [], "kay": []})
    skills["x-geophys"] = SkillInfo("x-geophys", "Near-Surface Geophysics (GPR, resistivity, "
                                    "magnetometry)", None, "unreviewed")
    holdings += [HoldingRecord("lou", "x-geophys", 3)]
    held["lou"] = []
    skills["x-envmicro"] = SkillInfo("x-envmicro", "Environmental Microbiology – Isolation "
                                     "from Soil Samples", None, "unreviewed")
    holdings += [HoldingRecord("max", "microbiology", 4), HoldingRecord("ned", "x-envmicro", 3)]
    held.update({"max": [], "ned": []})
    holdings += [HoldingRecord("oli", "first-aid", 2, written="Paediatric First Aider"),
                 HoldingRecord("pat", "first-aid", 4),
                 HoldingRecord("quin", "sheet-metal-fabrication", 3, written="Sheet Metal Work")]
    held.update({"oli": [], "pat": [], "quin": []})
    holdings += [HoldingRecord("rae", "darkroom-processing", 3, written="Darkroom Photography – "
                               "Film Processing & Printing (B&W)"),
                 HoldingRecord("sam", "photography", 4)]
    held.update({"rae": [], "sam": []})
    holdings += [HoldingRecord("tia", "cnc-milling", 2),
                 HoldingRecord("uma", "laboratory-animal-husbandry", 4)]
    held.update({"tia": [], "uma": []})
    facilities = [FacilityRecord("SAFE", "Calderbridge Data Safe Haven", "Uni",
                                 required_skills=("research-data-management",
                                                  "information-security")),
                  FacilityRecord("HPC", "Lyra HPC Service", "Uni", description="The "
                                 "university's high performance computing cluster.",
                                 required_skills=("hpc",)),
                  FacilityRecord("WS", "Central Workshop", "Uni", required_skills=("cnc-milling",)),
                  FacilityRecord("CBS", "Central Biomedical Services", "Uni",
                                 required_skills=("laboratory-animal-husbandry",))]
    staff = [StaffRecord("SAFE", "ivy", "operator"), StaffRecord("HPC", "jon", "operator"),
             StaffRecord("WS", "tia", "lead"), StaffRecord("CBS", "uma", "lead")]
    directory = Directory([person(p) for p in held], holdings, facilities, staff, skills)
    return build_index(real_taxonomy, directory, today=date(2026, 11, 25), semantic=False)


def ids(response):
    return [r.person.person_id for r in response.results]


def test_a_word_the_named_skills_own_name_says_asks_for_no_other_skill(site):
    """"assessment" is in "COSHH assessment": not a second skill (DSE assessment) to cover."""
    response = search(site, "hazardous substances assessment")
    assert ids(response)[:1] == ["ann"]
    assert [g for g in response.asked] == ["COSHH assessment"]


def test_a_name_as_written_saying_more_of_the_query_comes_first(site):
    """Both wrote a name holding "testing"; only one's also says "exercise"."""
    assert ids(search(site, "test how fit a volunteer is on an exercise bike"))[:2] == [
        "dan", "cal"]


def test_a_need_puts_first_the_holders_whose_written_name_reads_like_it(real_taxonomy):
    """One skill, held as "Spirometry" by a level-4 holder and as "12-Lead ECG Recording" by
    a level-3 one: a need about electrodes on the chest is the second's (needs the optional model)."""
    from skillmap.search import semantic
    if semantic.load_embedder() is None:
        pytest.skip("optional sentence model not installed")
    skills = {s.id: SkillInfo(s.id, s.label, s.family) for s in real_taxonomy.skills.values()}
    people = [PersonRecord(pid, pid.title(), "Tech", "Uni", "technical") for pid in ("eve", "fay")]
    holdings = [HoldingRecord("eve", "clinical-physiological-measurement", 4,
                              written="Spirometry & Lung Function Testing"),
                HoldingRecord("fay", "clinical-physiological-measurement", 3,
                              written="12-Lead ECG Recording; Body Composition Scanning")]
    index = build_index(real_taxonomy, Directory(people, holdings, [], [], skills),
                        today=date(2026, 11, 25), semantic=True)
    assert ids(search(index, "heartbeat electrodes on the chest")) == ["fay", "eve"]


def test_a_facility_is_about_the_skill_its_name_shares_the_directorys_own_words_with(site):
    """"Data Safe Haven" shares "data" with research data management's label, and "safe
    haven" with the name the directory wrote information security under: that one, where its
    staff know both equally (else what they know best: tests/test_search_round12.py)."""
    assert site.facility_skills["SAFE"][0] == "information-security"
    order = ids(search(site, "safe haven contact"))
    assert order[:2] == ["gil", "ivy"]


@pytest.mark.parametrize("query", ["lyra cluster admin", "who is the hpc administrator"])
def test_an_admin_is_who_runs_a_facility(site, query):
    response = search(site, query)
    assert response.facilities[0].facility_id == "HPC" and ids(response)[0] == "jon"


@pytest.mark.parametrize("query, skill_id", [
    ("SEMs", "sem"), ("mris", "mri"), ("eegs", "eeg"), ("pcrs", "pcr"),
    ("qPCR'ing", "qpcr"), ("CNC'd parts", "cnc-milling"), ("SEM's", "sem")])
def test_plural_and_glued_abbreviations_name_their_skill(real_taxonomy, query, skill_id):
    from skillmap.search import parse_query
    skills = {s.id: SkillInfo(s.id, s.label, s.family) for s in real_taxonomy.skills.values()}
    index = build_index(real_taxonomy, Directory([], [], [], [], skills), semantic=False)
    assert [c.key for c in parse_query(query, index.terms).concepts] == [skill_id]


@pytest.mark.parametrize("word", ["gems", "uses", "bats"])
def test_an_english_plural_is_not_an_abbreviations_plural(word):
    from skillmap.search import parse_query
    from skillmap.search.query import TermTable
    table = TermTable({"gem": ("skill", "g", "synonym"), "use": ("skill", "u", "synonym"),
                       "bat": ("skill", "b", "synonym")})
    assert parse_query(word, table, fuzzy_cutoff=101).concepts == []


@pytest.mark.parametrize("query", ["ground penetrating radar", "who knows ground penetrating radar"])
def test_an_abbreviation_spelt_out_finds_the_name_that_holds_it(site, query):
    assert ids(search(site, query))[:1] == ["lou"]
    sentence = search(site, "get paid regularly")      # a sentence spells nothing ("gpr")
    assert "lou" not in ids(sentence) and not sentence.concepts


def test_a_need_puts_first_who_holds_it_under_a_name_that_says_its_words(site):
    """"Environmental Microbiology – Isolation from Soil Samples" is this directory's own name
    for (part of) microbiology: a need in its words is its holder's first."""
    assert "microbiology" in site.derived["x-envmicro"]
    assert ids(search(site, "isolate bacteria from soil"))[:2] == ["ned", "max"]


def test_an_abbreviation_a_written_name_spells_finds_its_writer(site):
    """Nobody wrote "PFA", but "Paediatric First Aider" spells it; and initials a name
    only spells never turn other words into that name ("sterilise media and waste" is no
    "Sheet Metal Work")."""
    assert ids(search(site, "pfa"))[:1] == ["oli"]
    assert "quin" not in ids(search(site, "sterilise media and waste"))


def test_an_unplaced_names_meaning_texts_hold_the_name_alone(real_taxonomy):
    """The sentence model reads an unreviewed name by itself as well as with its facilities'
    texts, which can be long enough to drown a short name."""
    from skillmap.search.index import meaning_texts
    texts = meaning_texts(real_taxonomy, "x-sim", "Clinical Skills Simulation – Manikin "
                           "Operation", ["Simulation Suite: a mock ward and control room."])
    assert texts[0] == "Clinical Skills Simulation – Manikin Operation" and len(texts) == 2
    assert meaning_texts(real_taxonomy, "x-sim", "Manikins", []) == ["Manikins"]


def test_the_skill_whose_own_names_say_every_word_typed_is_what_was_asked(site):
    """"film photography": photography says one word; the skill written as "Darkroom
    Photography – Film Processing" says both."""
    from skillmap.search import parse_query
    from skillmap.search.engine import _said_whole
    parsed = parse_query("film photography", site.terms)
    assert [c.key for c in parsed.concepts] == ["photography"] and parsed.words == ["film"]
    skills, rest = _said_whole(site, parsed, parsed.concepts[0])
    assert [c.key for c in skills] == ["darkroom-processing"] and rest.words == []
    assert ids(search(site, "film photography"))[:1] == ["rae"]
    assert ids(search(site, "photography"))[:1] == ["sam"]


def test_the_kind_of_place_a_query_says_picks_among_facilities_its_words_name(site):
    response = search(site, "central workshop technician")
    assert [c.facility_id for c in response.facilities][:1] == ["WS"]
    assert ids(response)[:1] == ["tia"] and "uma" not in ids(response)
