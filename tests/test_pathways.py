"""Career pathways: hand-built ladders, then the demo institution."""

from __future__ import annotations

import json
import textwrap
import xml.etree.ElementTree as ET
from datetime import date

import pytest

from skillmap.bundle.records import HoldingRecord, PersonRecord
from skillmap.directory import Directory, SkillInfo
from skillmap.pathways import (NoRoute, NotOnLadder, Profile, UnknownPerson, build_pathway_index,
                               evaluate, grade_overview, ladder_graph, ladder_svg, ladder_text,
                               person_pathway, registration_options, routes_to_top, top_grades)
from skillmap.pathways.registrations import Experience
from skillmap.store.queries import load_directory
from skillmap.store.session import make_sessionmaker
from skillmap.taxonomy import load_taxonomy

TODAY = date(2026, 1, 1)

GRADES = """
default_family: lab
families:
  - code: lab
    label: Laboratory
    grades:
      - {code: G4, title: Support Technician, level: 4,
         requirements: {registrations: [RSciTech], min_years_experience: 1, breadth: 2,
                        skill_families: 1}}
      - {code: G5, title: Technician, level: 5,
         requirements: {registrations: [RSciTech], teaching: [AFHEA], min_years_experience: 2,
                        expert_skills: 1, breadth: 3, skill_families: 1}}
      - {code: G6, title: Senior Technician, level: 6,
         requirements: {registrations: [RSci], teaching: [FHEA], min_years_experience: 4,
                        expert_skills: 2, breadth: 4, skill_families: 2,
                        leadership: Supervises others.}}
      - {code: G7, title: Principal Specialist, level: 7, professorial_equivalent: true,
         requirements: {registrations: [CSci], min_years_experience: 8, expert_skills: 3,
                        authority_skills: 1, breadth: 4, skill_families: 2,
                        leadership: Leads nationally.}}
  - code: mgmt
    label: Management
    grades:
      - {code: G6, title: Team Leader, level: 6,
         requirements: {registrations: [RSci], min_years_experience: 4, breadth: 4,
                        skill_families: 2, leadership: Leads a team.}}
      - {code: G7, title: Head of Technical Services, level: 7, professorial_equivalent: true,
         requirements: {registrations: [CSci], min_years_experience: 8, breadth: 5,
                        skill_families: 2, leadership: Runs the service.}}
  - code: stuck
    label: A family with no top grade
    grades:
      - {code: G3, title: Assistant, level: 3, requirements: {}}
lateral_moves:
  - {from: {family: lab, grade: G5}, to: {family: mgmt, grade: G6}, note: Take on a team.}
  - {from: {family: lab, grade: G6}, to: {family: mgmt, grade: G6}, note: Lead your team.}
  - {from: {family: mgmt, grade: G6}, to: {family: lab, grade: G6}, note: Back to the bench.}
"""

REGISTRATIONS = """
registers:
  - id: science-council
    label: Science Council
    levels:
      - {code: RSciTech, title: Registered Science Technician, rank: 1,
         min_years_experience: 1, typical_grade: G4}
      - {code: RSci, title: Registered Scientist, rank: 2, min_years_experience: 0,
         typical_grade: G6}
      - {code: CSci, title: Chartered Scientist, rank: 3, min_years_experience: 4,
         typical_grade: G7}
  - id: advance-he
    label: Advance HE
    levels:
      - {code: AFHEA, title: Associate Fellow, rank: 1, typical_grade: G5}
      - {code: FHEA, title: Fellow, rank: 2, typical_grade: G6}
"""

SKILLS = """\
id,label,family,synonyms,abbreviations,related,esco_uri,description
nmr,NMR spectroscopy,analytical,,,,,
lc-ms,LC-MS,analytical,,,,,
hplc,HPLC,analytical,,,,,
cryo-em,Cryo-EM,imaging,,,,,
confocal,Confocal microscopy,imaging,,,,,
risk,Risk assessment,safety,,,,,
"""


@pytest.fixture(scope="module")
def tax(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ladder")
    (folder / "grades.yaml").write_text(textwrap.dedent(GRADES))
    (folder / "registrations.yaml").write_text(textwrap.dedent(REGISTRATIONS))
    (folder / "skills.csv").write_text(SKILLS)
    (folder / "skill_families.csv").write_text(
        "id,label,description\nanalytical,Analytical,\nimaging,Imaging,\nsafety,Safety,\n")
    return load_taxonomy(folder)


@pytest.fixture(scope="module")
def ladder(tax):
    return ladder_graph(tax)


def person(pid, grade="G5", family="lab", start=date(2020, 1, 1), regs=(), public=True):
    return PersonRecord(pid, pid.title(), "Tester", "Uni", family, grade=grade,
                        start_date=start, registrations=tuple(regs), public=public)


def directory_of(tax, people, held: dict[str, dict[str, int]], interested=()) -> Directory:
    holdings = [HoldingRecord(pid, sid, level, interested=(pid, sid) in interested or None)
                for pid, skills in held.items() for sid, level in skills.items()]
    skills = {s.id: SkillInfo(s.id, s.label, s.family) for s in tax.skills.values()}
    return Directory(people=people, holdings=holdings, skills=skills)


# --- the ladder -------------------------------------------------------------------------------

def test_ladder_has_promotions_laterals_and_registration_ladders(ladder):
    assert ladder.edges["lab/G4", "lab/G5"] == {"kind": "promotion", "years": 1, "note": ""}
    assert ladder.edges["lab/G5", "mgmt/G6"] == {"kind": "lateral", "years": 2,
                                                 "note": "Take on a team."}
    assert ladder.edges["mgmt/G6", "lab/G6"]["years"] == 0
    assert ladder.edges["r:RSciTech", "r:RSci"]["kind"] == "next_level"
    assert ladder.edges["r:RSci", "r:CSci"]["kind"] == "next_level"
    assert not ladder.has_edge("r:RSciTech", "r:CSci")
    assert ladder.edges["lab/G6", "r:FHEA"] == {"kind": "expects", "requirement": "teaching"}
    assert {n for n in ladder.successors("r:RSci") if not n.startswith("r:")} == {"lab/G6",
                                                                                 "mgmt/G6"}
    assert top_grades(ladder) == ["lab/G7", "mgmt/G7"]


def test_routes_are_every_simple_route_shortest_first(ladder):
    assert routes_to_top(ladder, "lab", "G4") == [
        ["lab/G4", "lab/G5", "lab/G6", "lab/G7"],
        ["lab/G4", "lab/G5", "mgmt/G6", "mgmt/G7"],                 # lateral alternative
        ["lab/G4", "lab/G5", "lab/G6", "mgmt/G6", "mgmt/G7"],
        ["lab/G4", "lab/G5", "mgmt/G6", "lab/G6", "lab/G7"],
    ]
    assert routes_to_top(ladder, "mgmt", "G6") == [["mgmt/G6", "mgmt/G7"],
                                                   ["mgmt/G6", "lab/G6", "lab/G7"]]


def test_routes_can_be_limited_to_fewer_lateral_moves(ladder):
    assert routes_to_top(ladder, "lab", "G5", max_laterals=0) == [["lab/G5", "lab/G6", "lab/G7"]]


def test_a_top_grade_is_its_own_route_and_other_grades_fail_clearly(ladder):
    assert routes_to_top(ladder, "mgmt", "G7") == [["mgmt/G7"]]
    with pytest.raises(NoRoute, match="stuck/G3"):
        routes_to_top(ladder, "stuck", "G3")
    with pytest.raises(NotOnLadder):
        routes_to_top(ladder, "lab", "G2")
    with pytest.raises(NotOnLadder):
        routes_to_top(ladder, "r:RSci", "")


# --- requirements -----------------------------------------------------------------------------

def checks_of(tax, node, regs=(), levels=None, years=5):
    levels = levels or {}
    families = {s: tax.skills[s].family for s in levels}
    family, code = node.split("/")
    return {c.requirement: c for c in evaluate(tax.grade(family, code).requirements,
                                               Profile.of(regs, levels, families, years),
                                               tax.registrations)}


def test_met_and_missing_requirements(tax):
    checks = checks_of(tax, "lab/G6", ["RSciTech", "AFHEA"],
                       {"nmr": 4, "lc-ms": 3, "hplc": 2, "risk": 1}, years=3)
    assert checks["registrations"].met is False and checks["registrations"].missing == ("RSci",)
    assert checks["teaching"].missing == ("FHEA",)
    assert (checks["min_years_experience"].held, checks["min_years_experience"].missing) == (3, 1)
    assert checks["expert_skills"].met and checks["expert_skills"].held == 2
    assert (checks["breadth"].held, checks["breadth"].missing) == (3, 1)
    assert (checks["skill_families"].held, checks["skill_families"].missing) == (1, 1)
    assert checks["leadership"].met is None and checks["leadership"].missing == "Supervises others."


def test_a_higher_registration_meets_a_lower_requirement(tax):
    assert checks_of(tax, "lab/G6", ["CSci"])["registrations"].held == ("CSci",)
    assert checks_of(tax, "lab/G6", ["RSciTech"])["registrations"].met is False


def test_unknown_experience_is_unknown_not_zero(tax):
    years = checks_of(tax, "lab/G6", years=None)["min_years_experience"]
    assert years.met is None and years.held is None and "career began" in years.note


def test_empty_requirements_are_met(tax):
    checks = checks_of(tax, "stuck/G3", years=None)
    assert all(c.met for c in checks.values())


# --- registration eligibility ---------------------------------------------------------------

def options(tax, regs, years, grade, family="lab", registers=None, teaches=None):
    experience = Experience.of(None if years is None else 2026 - years, None, 2026)
    return {o.code: o for o in registration_options(
        tax, frozenset(regs), experience, family, grade,
        registers=registers or list(tax.registers), teaches=teaches)}


def failed(option):
    return [r.criterion for r in option.reasons if not r.met]


def test_no_level_needs_the_one_below_it(tax):
    """Science Council: "You can apply for professional registration as a CSci, RSci or
    RSciTech" (sciencecouncil.org/scientists-science-technicians/apply-for-professional-registration/)."""
    found = options(tax, [], 5, "G5")
    assert found["RSci"].eligible and found["CSci"].eligible and found["RSciTech"].eligible
    assert found["FHEA"].eligible      # Advance HE: categories "not ... a hierarchy"
    held = options(tax, ["RSciTech"], 5, "G6")
    assert held["CSci"].eligible and held["RSci"].current == "RSciTech" and "RSciTech" not in held


@pytest.mark.parametrize("regs, years, grade, code, eligible, why", [
    ((), 2, "G4", "RSciTech", True, []),
    ((), 2, "G2", "RSciTech", True, []),                    # grade never gates
    ((), 0, "G4", "RSciTech", False, ["experience"]),       # IST: "normally at least a year"
    ((), None, "G4", "RSciTech", False, ["experience"]),    # unknown years cannot confirm it
    ((), 5, "G5", "RSci", True, []),                        # no RSciTech needed first
    (("RSciTech",), 9, "G4", "RSci", True, []),             # typical from G6: orders only
    (("RSci",), 3, "G6", "CSci", False, ["experience"]),    # CSci: typically 4 years
    (("RSci",), 4, "G5", "CSci", True, []),
    ((), 0, "G5", "FHEA", True, []),                        # no AFHEA needed first
])
def test_eligibility_for_each_registration_level(tax, regs, years, grade, code, eligible, why):
    option = options(tax, regs, years, grade)[code]
    assert (option.eligible, failed(option)) == (eligible, why)


def test_a_registration_held_leaves_no_option_on_its_register_below_it(tax):
    assert set(options(tax, ["CSci", "FHEA"], 10, "G7")) == set()


@pytest.mark.parametrize("register_id", ["science-council", "engineering-council", "bcs",
                                         "advance-he", "ist", "ist-practitioner", "iat",
                                         "clinical-technology", "cmi", "iosh"])
def test_every_level_of_the_real_registers_is_open_without_the_level_below(real_taxonomy,
                                                                           register_id):
    """Only a prerequisite the body states (FIScT after MIScT, CFIOSH after CMIOSH) gates."""
    for level in real_taxonomy.registers[register_id].levels:
        found = options(real_taxonomy, (), level.min_years_experience, "G4", "technical",
                        registers=[register_id], teaches=True)[level.code]
        gated = (level.details.get("prerequisite") or {}).get("gate")
        assert found.eligible != bool(gated), (level.code, found.reasons)
        if level.min_years_experience:
            short = options(real_taxonomy, (), level.min_years_experience - 1, "G4",
                            "technical", registers=[register_id], teaches=True)[level.code]
            assert "experience" in failed(short)


# --- a person's pathway -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def small(tax):
    people = [person("ann", "G5", regs=["RSciTech"]),
              person("bob", "G6", start=date(2015, 1, 1), regs=["RSci"]),
              person("cat", "G6", start=date(2012, 1, 1), regs=["RSci"], public=False),
              person("dan", "G6", start=date(2016, 1, 1), regs=["RSci"]),
              person("eve", "G6", start=None),
              person("fay", "G7", regs=["CSci"]),
              person("gus", None)]
    held = {"ann": {"nmr": 3, "lc-ms": 2, "cryo-em": 1}, "bob": {"nmr": 4, "risk": 2, "cryo-em": 2},
            "cat": {"nmr": 3, "risk": 3, "lc-ms": 3}, "dan": {"risk": 2, "confocal": 3},
            "eve": {"risk": 2, "cryo-em": 3, "confocal": 2}, "fay": {"nmr": 4}}
    directory = directory_of(tax, people, held, interested={("ann", "cryo-em")})
    return build_pathway_index(tax, directory, today=TODAY)


def test_pathway_names_the_current_grade_next_steps_and_routes(small):
    p = person_pathway(small, "ann")
    assert (p.current.node, p.current.title, p.years_experience) == ("lab/G5", "Technician", 6)
    assert [(s.target.node, s.kind) for s in p.next_steps] == [("lab/G6", "promotion"),
                                                               ("mgmt/G6", "lateral")]
    assert [r.nodes for r in p.routes] == [tuple(r) for r in routes_to_top(small.ladder, "lab",
                                                                          "G5")]
    assert p.target.node == "lab/G6" and not p.at_top
    first = p.routes[0].steps[0]
    assert first.missing == ("registrations", "expert_skills", "breadth", "skill_families")
    assert first.met == ("min_years_experience",)
    assert first.to_assess == ("teaching", "leadership")     # ann's teaching is not recorded
    assert p.routes[0].steps[1].target.professorial_equivalent


def test_steps_shared_by_routes_are_checked_once(small):
    p = person_pathway(small, "ann")
    by_target = {}
    for route in p.routes:
        for step in route.steps:
            assert by_target.setdefault((step.source, step.target.node), step) is step


def test_skills_to_develop_follow_what_people_at_the_target_grade_hold(small):
    p = person_pathway(small, "ann")
    suggested = [(s.skill_id, s.target_level, s.holders) for s in p.skills_to_develop]
    # risk is in no requirement but 4 of the 4 people at lab/G6 hold it: it comes first
    assert suggested[0] == ("risk", 2, 4)
    assert ("lc-ms", 3, 1) in suggested                     # held at 2: deepen to expert
    assert ("nmr", 4, 1) in suggested                       # held at 3: authority next
    assert "the 4 people at Senior Technician" in p.skills_basis
    assert p.skills_to_develop[0].reason.startswith("Learn Risk assessment to use it on your own")
    assert "4 of the people there (100%)" in p.skills_to_develop[0].reason
    reasons = [s.reason for s in p.skills_to_develop]
    assert len(set(reasons)) == len(reasons)                 # each skill its own reason


def test_interest_breaks_ties_between_equally_common_skills(small):
    p = person_pathway(small, "ann")
    tied = [s for s in p.skills_to_develop if s.share == 0.5]
    assert [s.skill_id for s in tied] == ["cryo-em", "confocal"] and tied[0].interested
    assert tied[0].reason.endswith("; you are at level 1; you said you want to develop it")


def test_mentors_are_public_people_at_the_target_grade_never_oneself(small):
    mentors = person_pathway(small, "ann").mentors
    assert [m.person_id for m in mentors] == ["bob", "eve", "dan"]    # cat is not public
    assert mentors[0].shared == 2 and mentors[0].shared_skills == ("NMR spectroscopy", "Cryo-EM")
    assert mentors[0].can_teach == ("NMR spectroscopy",)          # at 4, where ann is going
    assert (mentors[2].shared, mentors[2].can_teach) == (0, ("Confocal microscopy",))
    at_top = person_pathway(small, "fay")
    assert at_top.at_top and at_top.target.node == "lab/G7" and at_top.routes[0].nodes == (
        "lab/G7",)
    assert all(m.person_id != "fay" for m in at_top.mentors)


def test_another_target_can_be_asked_for(small):
    p = person_pathway(small, "ann", target="mgmt/G6")
    assert p.target.node == "mgmt/G6"
    assert "level 6 in all job families" in p.skills_basis     # nobody is at mgmt/G6 yet
    with pytest.raises(NotOnLadder):
        person_pathway(small, "ann", target="lab/G9")


def test_time_in_grade_needs_three_start_dates(small):
    assert small.stats("lab/G6").median_years_in_post == 11.0     # 11, 14, 10 years
    assert small.stats("lab/G6").with_start_date == 3
    assert small.stats("lab/G5").median_years_in_post is None
    assert person_pathway(small, "bob").time_in_grade.headcount == 4


def test_registrations_to_apply_for_now_and_next(small):
    p = person_pathway(small, "ann")
    # her register is the one she holds; no RSci needed before CSci (Science Council)
    assert sorted(o.code for o in p.apply_now) == ["CSci", "RSci"]
    assert [o.code for o in p.apply_next] == []
    assert sorted(o.code for o in p.registrations if o.on_route) == ["CSci", "RSci"]


def test_unknown_people_and_people_without_a_grade_fail_clearly(small):
    with pytest.raises(UnknownPerson):
        person_pathway(small, "nobody")
    with pytest.raises(NotOnLadder, match="gus"):
        person_pathway(small, "gus")


def test_experience_counts_to_the_day_asked_for(small):
    assert person_pathway(small, "ann", today=date(2030, 6, 1)).years_experience == 10
    eve = person_pathway(small, "eve")
    assert eve.years_experience is None
    assert "min_years_experience" in eve.routes[0].steps[0].to_assess


def test_a_grade_with_no_route_up_still_gets_a_pathway(tax):
    index = build_pathway_index(tax, directory_of(tax, [person("sam", "G3", "stuck")], {}),
                                today=TODAY)
    p = person_pathway(index, "sam")
    assert (p.routes, p.next_steps, p.at_top, p.target.node) == ((), (), False, "stuck/G3")
    assert p.skills_to_develop == () and p.mentors == ()


def test_an_empty_directory_still_has_a_ladder_to_explore(tax):
    index = build_pathway_index(tax, Directory(), today=TODAY)
    overview = grade_overview(index)
    assert len(overview) == 7 and all(g.stats.headcount == 0 for g in overview)
    assert overview[0].common_skills == () and overview[0].routes_to_top == 4
    with pytest.raises(UnknownPerson):
        person_pathway(index, "ann")


def test_pathway_as_dict_is_json(small):
    data = json.loads(json.dumps(person_pathway(small, "ann").as_dict()))
    assert data["current"]["node"] == "lab/G5"
    assert data["routes"][0] == {"nodes": ["lab/G5", "lab/G6", "lab/G7"],
                                 "moves": ["promotion", "promotion"], "years": 6, "laterals": 0}
    assert data["grades"]["lab/G7"]["missing"] == ["registrations", "min_years_experience",
                                                   "expert_skills", "authority_skills",
                                                   "breadth", "skill_families"]
    assert data["next_steps"][1]["note"] == "Take on a team."


def test_skills_come_from_the_closest_colleagues_at_the_target_grade(tax):
    people = [person("me", "G5")] + [person(f"a{i}", "G6") for i in range(6)] + [
        person(f"b{i}", "G6") for i in range(8)]
    held = {"me": {"cryo-em": 2}} | {f"a{i}": {"cryo-em": 3, "confocal": 2} for i in range(6)} | {
        f"b{i}": {"nmr": 3, "lc-ms": 2} for i in range(8)}
    index = build_pathway_index(tax, directory_of(tax, people, held), today=TODAY)
    p = person_pathway(index, "me")
    assert "the 6 people at Senior Technician whose skills are closest" in p.skills_basis
    assert [s.skill_id for s in p.skills_to_develop] == ["confocal", "cryo-em"]
    assert p.skills_to_develop[0].grade_share == round(6 / 14, 3)


# --- explore: overview, diagram, text ---------------------------------------------------------

def test_grade_overview_lists_every_grade_with_requirements_and_headcount(small):
    overview = {g.grade.node: g for g in grade_overview(small)}
    assert list(overview) == ["lab/G4", "lab/G5", "lab/G6", "lab/G7", "mgmt/G6", "mgmt/G7",
                              "stuck/G3"]
    g6 = overview["lab/G6"]
    assert (g6.stats.headcount, g6.stats.public) == (4, 3)
    assert g6.requirements["registrations"] == ["RSci"] and g6.promotions == ("lab/G7",)
    assert g6.lateral_moves == (("mgmt/G6", "Lead your team."),)
    assert g6.typical_registrations == ("FHEA", "RSci") and g6.routes_to_top == 2
    assert overview["stuck/G3"].routes_to_top == 0 and overview["mgmt/G6"].stats.headcount == 0
    json.dumps([g.as_dict() for g in overview.values()])


def test_ladder_svg_is_accessible_and_self_contained(ladder):
    route = ["lab/G5", "mgmt/G6", "mgmt/G7"]
    svg = ladder_svg(ladder, highlight=route, id_prefix="mine")
    root = ET.fromstring(svg)                                   # well-formed XML
    ns = "{http://www.w3.org/2000/svg}"
    assert root.get("role") == "img" and root.get("aria-labelledby") == "mine-title mine-desc"
    assert root.find(f"{ns}title").get("id") == "mine-title"
    desc = root.find(f"{ns}desc").text
    assert "Highlighted route: lab/G5 Technician then mgmt/G6 Team Leader" in desc
    assert "<script" not in svg and "http" not in svg.replace('xmlns="http://www.w3.org/2000/svg"',
                                                              "")
    classes = [g.get("class") for g in root.iter(f"{ns}g")]
    assert classes.count("grade current") == 1 and classes.count("grade route") == 2
    paths = [p.get("class") for p in root.iter(f"{ns}path") if p.get("class")]
    assert paths.count("lateral route") == 1 and paths.count("promotion route") == 1
    assert paths.count("lateral") + paths.count("lateral route") == 3


def test_ladder_text_lists_every_grade_and_move_in_order(ladder):
    text = ladder_text(ladder, highlight=["lab/G6", "lab/G7"])
    lines = text.splitlines()
    assert lines[0] == "Your route: lab/G6 Senior Technician -> lab/G7 Principal Specialist"
    assert "  3. G6 Senior Technician (level 6) [you are here]" in lines
    top = "  4. G7 Principal Specialist (level 7, professorial equivalent) [on your route]"
    assert top in lines
    assert any("lateral move to mgmt/G6 Team Leader" in line and "Lead your team." in line
               for line in lines)
    assert "  Science Council: RSciTech (G4) -> RSci (G6) -> CSci (G7)" in lines


# --- the demo institution ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def demo_index(demo_db_url, real_taxonomy):
    with make_sessionmaker(demo_db_url)() as session:
        directory = load_directory(session)
    return build_pathway_index(real_taxonomy, directory, today=TODAY)


def test_every_grade_of_every_family_has_a_route_to_the_top(demo_index):
    assert len(demo_index.routes) >= 20
    assert {node: len(routes) for node, routes in demo_index.routes.items() if not routes} == {}
    for node, routes in demo_index.routes.items():
        assert all(demo_index.ladder.nodes[r[-1]]["professorial_equivalent"] for r in routes)
        assert routes[0][0] == node


def test_everyone_graded_in_the_demo_gets_a_pathway(demo_index):
    graded = [p.person_id for p in demo_index.people if p.grade]
    assert len(graded) >= 600
    for person_id in graded:
        assert person_pathway(demo_index, person_id).routes


def test_a_demo_technicians_pathway_is_complete(demo_index):
    candidates = [p for p in demo_index.people if p.grade == "G5" and p.job_family == "technical"
                  and p.start_date and p.public]
    p = person_pathway(demo_index, candidates[0].person_id)
    assert p.current.node == "technical/G5" and p.years_experience is not None
    assert p.routes[0].nodes == ("technical/G5", "technical/G6", "technical/G7", "technical/G8",
                                 "technical/G9", "technical/G10")
    assert {s.target.node for s in p.next_steps} == {"technical/G6", "research-software/G5",
                                                    "technical-management/G6"}
    for step in (s for route in p.routes for s in route.steps):
        keys = [c.requirement for c in step.checks]
        assert len(keys) == len(set(keys)) and "registrations" not in step.to_assess
    assert len(p.skills_to_develop) >= 5 and len(p.mentors) == 5
    assert all(m.person_id != p.person_id for m in p.mentors)
    public = {q.person_id for q in demo_index.people if q.public}
    assert all(m.person_id in public and m.grade == "technical/G6" for m in p.mentors)
    assert p.time_in_grade.median_years_in_post is not None
    # IST's register is open to every technician; a discipline's register (the Science or the
    # Engineering Council's, as the demo draws this person's skills) fits their skills
    registers = {o.register for o in p.registrations}
    assert "ist" in registers and registers & {"science-council", "engineering-council"}
    json.dumps(p.as_dict())
