"""Registration advice the professional bodies would sign off: one hand-described person per row.

Every row names the body's rule it checks. The people are described the way an HR export
and a technician's own profile describe them (department, job title, grade, skills, the
contract v2 facts teaches / career_start / register_interest), never by register.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from skillmap.bundle.records import HoldingRecord, PersonRecord
from skillmap.directory import Directory, SkillInfo
from skillmap.pathways import build_pathway_index, person_pathway

TODAY = date(2026, 12, 1)

SC_APPLY = "sciencecouncil.org/scientists-science-technicians/apply-for-professional-registration"
CSCI_EQUIV = "charteredscientist.org/about-csci/how-to-apply (equivalence routes)"
IST_RSCITECH = "istonline.org.uk/professional-registration/registered-science-technician-rscitech"
IST_RP = "istonline.org.uk/professional-registration/registered-practitioners"
IST_FELLOW = "istonline.org.uk/membership/fellow (about a year as MIScT)"
IAT = "iat.org.uk/animaltechnology (Register of Animal Technologists)"
CITP = "bcs.org/.../chartered-it-professional/citp-standard (MBCS, not RITTech)"
RITTECH = "bcs.org/.../rittech-criteria-and-application-guidance (no qualification needed)"
UKSPEC = "engc.org.uk UK-SPEC: EngTech, IEng, CEng are separate titles; CEng needs no IEng"
ADVANCE_HE = "Advance HE PSF 2023: categories 'not ... a hierarchy'; PFHEA needs no FHEA first"
CSCITEACH = "rsb.org.uk/.../csciteach: a section of the CSci register for people who teach"
RCT = "therct.org.uk: open to technical roles in medical physics and clinical engineering"
CMI = "managers.org.uk/.../qualified-route: 3 years managing with a qualification, 5 without"
IOSH = "iosh.com upgrade: Technical 1 year, Certified 2 years; Chartered Fellow after Chartered"
ICTTECH = "engc.org.uk ICTTech: ICT apprenticeship or Level 3, or substantial experience"

IT_AND_ENGINEERING = {"RITTech", "ICTTech", "CITP", "EngTech", "IEng", "CEng"}
TEACHING = {"AFHEA", "FHEA", "SFHEA", "PFHEA", "CSciTeach"}

# id: (department, job title, job family, grade, skills, career_start, start_date, teaches,
#      register_interest, held)
PEOPLE = {
    "chemist": ("Department of Chemistry", "Technical Specialist (NMR)", "technical", "G7",
                {"nmr-spectroscopy": 4, "lc-ms": 3, "mass-spectrometry": 3, "risk-assessment": 2},
                2006, date(2012, 1, 1), False, (), ()),
    "animal": ("Biological Services Unit", "Senior Animal Technician", "technical", "G5",
               {"laboratory-animal-husbandry": 3, "aspa-compliance": 3, "colony-management": 2,
                "python-programming": 1, "pcr": 1}, 2015, date(2018, 3, 1), False, (), ()),
    "apprentice": ("Department of Chemistry", "Apprentice Laboratory Technician", "technical",
                   "G2", {"lc-ms": 2, "cell-culture": 1}, 2023, date(2023, 9, 1), None, (), ()),
    "eng-apprentice": ("School of Engineering", "Apprentice Workshop Technician", "technical",
                       "G2", {"cnc-milling": 2, "manual-machining": 2}, 2024, date(2024, 9, 1),
                       None, (), ()),
    "rse": ("Research Computing Service", "Research Software Engineer", "research-software",
            "G6", {"research-software-engineering": 3, "python-programming": 3,
                   "shell-scripting": 2}, 2018, date(2021, 1, 1), False, (), ()),
    "printmaker": ("School of Art and Design", "Print Studio Technician", "technical", "G5",
                   {"video-production": 2, "sound-engineering": 3, "video-editing": 2},
                   2016, date(2019, 1, 1), True, (), ()),
    "csci-teacher": ("Department of Chemistry", "Senior Teaching Technician", "technical", "G8",
                     {"nmr-spectroscopy": 4, "demonstrating": 3, "practical-class-preparation": 3},
                     2000, date(2005, 1, 1), True, (), ("CSci",)),
    "csci-bench": ("Department of Chemistry", "Senior Technical Specialist", "technical", "G8",
                   {"nmr-spectroscopy": 4, "lc-ms": 4}, 2000, date(2005, 1, 1), False, (),
                   ("CSci",)),
    "teacher-afhea": ("School of Biosciences", "Teaching Laboratory Technician", "technical",
                      "G5", {"cell-culture": 3, "pcr": 2, "demonstrating": 2}, 2017,
                      date(2017, 1, 1), True, (), ("AFHEA",)),
    "teaching-unknown": ("School of Biosciences", "Laboratory Technician", "technical", "G5",
                         {"cell-culture": 3, "pcr": 2}, 2017, date(2017, 1, 1), None, (), ()),
    "member-ist": ("School of Biosciences", "Senior Technician", "technical", "G7",
                   {"cell-culture": 4, "pcr": 3}, 2004, date(2010, 1, 1), False, (),
                   ("MIScT",)),
    "head": ("Central Technical Services", "Head of Technical Services", "technical-management",
             "G9", {"helium-liquefaction": 3, "cnc-milling": 3, "line-management": 4,
                    "budget-management": 3}, 1995, date(2010, 1, 1), False, (), ()),
    "late-joiner": ("Department of Physics", "Technician (Vacuum)", "technical", "G5",
                    {"helium-recovery": 3, "cryogen-handling": 3}, 1996, date(2025, 10, 1),
                    False, (), ()),
    "late-joiner-no-career": ("Department of Physics", "Technician (Vacuum)", "technical", "G5",
                              {"helium-recovery": 3, "cryogen-handling": 3}, None,
                              date(2025, 10, 1), False, (), ()),
    "clinical": ("Medical Physics", "Clinical Technologist", "technical", "G5",
                 {"radiation-protection": 3, "electronic-fault-finding": 2}, 2014,
                 date(2016, 1, 1), False, (), ()),
    "safety": ("Health and Safety Services", "Safety Technician", "technical", "G5",
               {"risk-assessment": 3, "coshh": 3}, 2023, date(2023, 1, 1), False, (), ()),
    "wants-cmi": ("Department of Chemistry", "Technical Manager", "technical-management", "G7",
                  {"lc-ms": 3, "line-management": 3}, 2010, date(2015, 1, 1), False, ("cmi",),
                  ()),
    "electronics": ("Department of Physics", "Electronics Technician", "technical", "G6",
                    {"pcb-design": 3, "soldering": 3, "electronic-fault-finding": 3}, 2012,
                    date(2012, 1, 1), False, (), ()),
    "it-support": ("IT Services", "IT Support Technician", "technical", "G4",
                   {"shell-scripting": 2, "python-programming": 2}, 2022, date(2022, 1, 1),
                   False, (), ()),
    "engtech": ("School of Engineering", "Senior Workshop Technician", "technical", "G6",
                {"cnc-milling": 4, "five-axis-machining": 3}, 2014, date(2016, 1, 1), False, (),
                ("EngTech",)),
    "unknown": (None, None, "technical", "G4", {}, None, None, None, (), ()),
    "rscitech": ("School of Biosciences", "Technician", "technical", "G5",
                 {"cell-culture": 3, "pcr": 3}, 2016, date(2016, 1, 1), False, (),
                 ("RSciTech",)),
    "animal-interest": ("Biological Services Unit", "Animal Technician", "technical", "G4",
                        {"laboratory-animal-husbandry": 2}, 2022, date(2022, 1, 1), False,
                        ("iat", "science-council"), ()),
    "apprentice-no-dates": ("Department of Chemistry", "Apprentice Technician", "technical",
                            "G2", {"lc-ms": 2}, None, None, None, (), ()),
    "ist-all": ("School of Art and Design", "Ceramics Technician", "technical", "G6",
                {"video-editing": 3}, 2010, date(2012, 1, 1), False, (), ()),
}

# id: (apply now must include, apply next must include, never offered, the body's rule)
CASES = {
    "chemist": ({"RSci", "CSci"}, set(), IT_AND_ENGINEERING | TEACHING | {"RAnTech", "RegPrac"},
                f"{SC_APPLY}: apply directly for RSci or CSci; {CSCI_EQUIV}"),
    "animal": ({"RAnTech"}, set(), IT_AND_ENGINEERING | {"RegPrac", "RCT"},
               f"{IAT}; registers follow the discipline, not the odd skill"),
    "apprentice": ({"RSciTech"}, set(), IT_AND_ENGINEERING,
                   f"{IST_RSCITECH}: Level 3 benchmark, normally a year; grade never gates"),
    "eng-apprentice": ({"EngTech"}, set(), {"RITTech", "ICTTech", "RSciTech", "RAnTech"},
                       f"{UKSPEC}: an approved Level 3 apprenticeship is the EngTech benchmark"),
    "rse": ({"RITTech", "CITP"}, set(), {"RSciTech", "RSci", "RAnTech", "EngTech"} | TEACHING,
            f"{RITTECH}; {CITP}"),
    "printmaker": ({"RegPrac", "AFHEA", "FHEA"}, set(),
                   {"RSciTech", "RSci", "EngTech", "RITTech", "RAnTech"},
                   f"{IST_RP}: for technicians who don't work in science; {ADVANCE_HE}"),
    "csci-teacher": ({"CSciTeach"}, set(), {"CSci", "RSci", "RSciTech"},
                     f"{CSCITEACH}: a CSci holder who teaches is offered CSciTeach"),
    "csci-bench": (set(), set(), TEACHING | {"CSci", "RSci"},
                   f"{CSCITEACH}: only for people who teach; no level below CSci is offered"),
    "teacher-afhea": ({"FHEA", "SFHEA", "PFHEA"}, set(), {"AFHEA"},
                      f"{ADVANCE_HE}: PFHEA needs no FHEA or SFHEA first"),
    "teaching-unknown": ({"RSciTech", "RSci", "CSci"}, set(), TEACHING,
                         "Advance HE fellowship is advised only when the role teaches"),
    "member-ist": ({"FIScT"}, set(), set(), f"{IST_FELLOW}: MIScT held, so FIScT opens"),
    "head": ({"CMgr", "CEng", "CSci"}, set(), TEACHING | {"RITTech", "RegPrac"},
             f"{CMI}; {UKSPEC}; {SC_APPLY}: no IEng or RSci needed first"),
    "late-joiner": ({"CSci"}, set(), set(),
                    "CSci: typically 4 years, counted from the career's start, not the post's"),
    "late-joiner-no-career": ({"RSci"}, {"CSci"}, set(),
                              ("years in post are only a lower bound: CSci waits for the "
                               "career start to be recorded")),
    "clinical": ({"RCT"}, set(), {"RAnTech", "RegPrac", "RITTech"}, RCT),
    "safety": ({"TechIOSH", "CertIOSH"}, {"CFIOSH"}, {"RAnTech", "RegPrac"},
               f"{IOSH}: CFIOSH needs Chartered status first"),
    "wants-cmi": ({"CMgr"}, set(), {"RSci", "CSci", "RSciTech"},
                  f"register_interest replaces the discipline's registers; {CMI}"),
    "electronics": ({"EngTech", "IEng", "CEng"}, set(), {"RITTech", "CITP", "RAnTech"},
                    f"{UKSPEC}: an electronics technician is an engineering technician"),
    "it-support": ({"RITTech", "ICTTech"}, set(), {"RSciTech", "EngTech", "RAnTech"},
                   f"{RITTECH}; {ICTTECH}"),
    "engtech": ({"IEng", "CEng"}, set(), {"EngTech", "RITTech"},
                f"{UKSPEC}: an EngTech may go for CEng directly"),
    "unknown": (set(), {"RSciTech"}, TEACHING | {"RAnTech", "RegPrac", "CMgr"},
                ("nothing says the discipline: the Science Council and IST, the general "
                 "technician routes; RSciTech waits for experience to be recorded")),
    "rscitech": ({"RSci", "CSci"}, set(), {"RSciTech"},
                 f"{SC_APPLY}: an RSciTech may apply for CSci without RSci first"),
    "animal-interest": ({"RAnTech", "RSciTech", "RSci"}, set(), IT_AND_ENGINEERING,
                        "register_interest: IAT and the Science Council, as the person asked"),
    "apprentice-no-dates": ({"RSciTech"}, set(), IT_AND_ENGINEERING,
                            f"{IST_RSCITECH}: a completed Level 3 apprenticeship is the "
                            "benchmark and lasts at least a year"),
    "ist-all": ({"MIScT", "RegPrac"}, set(), {"RSciTech", "EngTech"},
                f"{IST_RP}: IST supports technicians 'in all areas', so MIScT is open to all"),
}


def with_facts(record: PersonRecord, **facts) -> PersonRecord:
    """`record` with the contract v2 facts (teaches, career_start, register_interest)."""
    return replace(record, **facts)


def directory_of(taxonomy, people: dict) -> Directory:
    records, holdings = [], []
    for pid, (dept, title, family, grade, skills, career, start, teaches, interest,
              held) in people.items():
        record = PersonRecord(pid, pid.title(), "Example", "Uni", family, department=dept,
                              job_title=title, grade=grade, start_date=start,
                              registrations=tuple(held))
        records.append(with_facts(record, teaches=teaches, career_start=career,
                                  register_interest=tuple(interest)))
        holdings += [HoldingRecord(pid, sid, level) for sid, level in skills.items()]
    skills = {s.id: SkillInfo(s.id, s.label, s.family) for s in taxonomy.skills.values()}
    return Directory(people=records, holdings=holdings, skills=skills, generation=1)


@pytest.fixture(scope="module")
def index(real_taxonomy):
    return build_pathway_index(real_taxonomy, directory_of(real_taxonomy, PEOPLE), today=TODAY)


def test_there_are_at_least_twenty_people_each_with_a_rule():
    assert len(CASES) >= 20 and set(CASES) == set(PEOPLE)
    assert all(rule for *_, rule in CASES.values())


@pytest.mark.parametrize("person_id", list(CASES))
def test_registration_advice(index, person_id):
    now, later, never, rule = CASES[person_id]
    pathway = person_pathway(index, person_id, today=TODAY)
    data = pathway.as_dict()
    apply_now, apply_next = set(data["apply_now"]), set(data["apply_next"])
    assert now <= apply_now, (rule, sorted(apply_now))
    assert later <= apply_next, (rule, sorted(apply_next))
    assert not (apply_now | apply_next) & never, (rule, sorted((apply_now | apply_next) & never))
    held = set(PEOPLE[person_id][-1])
    assert not (apply_now | apply_next) & held, rule


def test_citp_shows_bcs_membership_as_a_condition_not_a_ladder(index):
    citp = next(o for o in person_pathway(index, "rse", today=TODAY).registrations
                if o.code == "CITP")
    assert citp.eligible and "MBCS" in citp.condition and "RITTech is not needed" in citp.condition


def test_fiscT_is_gated_on_miscT_as_ist_states(index):
    chemist = {o.code: o for o in person_pathway(index, "chemist", today=TODAY).registrations}
    assert not chemist["FIScT"].eligible and chemist["MIScT"].eligible
    assert "MIScT" in chemist["FIScT"].reasons[0].text


def test_experience_counts_from_the_career_start_and_years_in_post_are_kept_apart(index):
    late = person_pathway(index, "late-joiner", today=TODAY)
    assert (late.years_experience, late.experience_basis, late.years_in_post) == (30, "career", 1)
    unknown = person_pathway(index, "late-joiner-no-career", today=TODAY)
    assert (unknown.years_experience, unknown.experience_basis) == (1, "post")
    csci = next(o for o in unknown.registrations if o.code == "CSci")
    assert "record when your technical career began" in csci.reasons[-1].text


def test_benchmarks_are_shown_with_the_equivalence_route_never_as_a_gate(index):
    options = {o.code: o for o in person_pathway(index, "chemist", today=TODAY).registrations}
    assert "equivalence" in options["CSci"].benchmark and options["CSci"].eligible
    assert {r.criterion for o in options.values() for r in o.reasons} <= {"experience",
                                                                           "prerequisite"}


def test_the_grade_only_orders_the_advice(index):
    chemist = person_pathway(index, "chemist", today=TODAY)
    order = [o.code for o in chemist.apply_now]           # typical at G7, G6, G4
    assert order.index("CSci") < order.index("RSci") < order.index("RSciTech")


def test_only_requirements_that_apply_are_checked(index):
    bench = person_pathway(index, "csci-bench", today=TODAY)           # does not teach
    assert all(c.requirement != "teaching" for s in bench.next_steps for c in s.checks)
    unknown = person_pathway(index, "teaching-unknown", today=TODAY)   # teaching not recorded
    step = unknown.next_steps[0]
    assert "teaching" in step.to_assess and "teaching" not in step.missing
    printmaker = person_pathway(index, "printmaker", today=TODAY)
    for route in printmaker.routes:
        for step in route.steps:
            for check in step.checks:
                if check.requirement.startswith("registrations"):
                    assert set(check.required) <= {"RegPrac", "MIScT", "FIScT"}, check


# --- the demo institution: no register outside a person's discipline ---------------------------

@pytest.fixture(scope="module")
def demo(demo_db_url, real_taxonomy):
    from skillmap.store.queries import load_directory
    from skillmap.store.session import make_sessionmaker

    with make_sessionmaker(demo_db_url)() as session:
        directory = load_directory(session)
    return directory, build_pathway_index(real_taxonomy, directory, today=TODAY)


def _department_families() -> dict[str, set[str]]:
    """Each demo department's skill families, read from the seed, not from registrations.yaml."""
    import yaml

    from skillmap.settings import PROJECT_ROOT

    seed = yaml.safe_load((PROJECT_ROOT / "seed" / "institution.yaml").read_text())
    return {d["name"]: set(d["families"]) for d in seed["departments"]}


# code -> skill families one of which the person's department (in the seed) or the person
# (one skill at expert level, or two at practitioner level) must have
NEEDS_FAMILY = {"RITTech": {"computing"}, "CITP": {"computing"}, "ICTTech": {"computing"},
                "RAnTech": {"animal"}, "RegPrac": {"creative"},
                "EngTech": {"workshop", "electronics", "cryo-vacuum-cleanroom"}}


def test_no_register_is_offered_outside_a_demo_persons_discipline(demo):
    _, index = demo
    families = _department_families()
    checked = 0
    for person in index.people:
        if not person.grade:
            continue
        pathway = person_pathway(index, person.person_id, today=TODAY)
        offered = {o.code for o in pathway.registrations}
        row = index.row_of[person.person_id]
        held = [(index.skills[c].family, int(v)) for c, v in zip(
            index.levels.indices[index.levels.indptr[row]:index.levels.indptr[row + 1]],
            index.levels.data[index.levels.indptr[row]:index.levels.indptr[row + 1]])]
        expert = {f for f, v in held if v >= 3} | {
            f for f, _ in held if sum(g == f and v >= 2 for g, v in held) >= 2}
        mine = families.get(person.department or "", set()) | expert
        for code, wanted in NEEDS_FAMILY.items():
            if code in offered:
                assert mine & wanted or (code in {"RITTech", "CITP", "ICTTech"}
                                         and person.job_family == "research-software"), \
                    (person.person_id, person.department, person.job_title, code)
        if person.teaches is not True and not set(person.registrations) & {
                "AFHEA", "FHEA", "SFHEA", "PFHEA"}:        # a fellow has taught
            assert not offered & TEACHING, (person.person_id, offered & TEACHING)
        if "animal" in (person.job_title or "").casefold():
            assert not offered & {"RITTech", "ICTTech", "EngTech"}, person.person_id
        if "CMgr" in offered:
            assert person.job_family == "technical-management" or any(
                w in (person.job_title or "").casefold()
                for w in ("manager", "head", "director", "leader")), person.person_id
        assert not offered & {"RCT", "TechIOSH", "CertIOSH", "CMIOSH", "CFIOSH"} or any(
            w in (person.job_title or "").casefold() for w in ("clinical", "safety")), \
            (person.person_id, person.job_title)
        checked += 1
    assert checked >= 600


def test_mentors_of_the_same_discipline_come_first(real_taxonomy):
    """A chemist heading for G6 is offered the G6 chemist before a G6 workshop technician who
    shares more (general) skills with them."""
    people = {
        "me": ("Department of Chemistry", "Technician", "technical", "G5",
               {"nmr-spectroscopy": 3, "lc-ms": 2, "risk-assessment": 2, "coshh": 2,
                "calibration": 2}, 2015, date(2018, 1, 1), False, (), ()),
        "chemist": ("Department of Chemistry", "Senior Technician", "technical", "G6",
                    {"nmr-spectroscopy": 4, "mass-spectrometry": 3}, 2010, date(2012, 1, 1),
                    False, (), ()),
        "machinist": ("School of Engineering", "Senior Technician", "technical", "G6",
                      {"cnc-milling": 4, "risk-assessment": 3, "coshh": 3, "calibration": 3},
                      2010, date(2012, 1, 1), False, (), ()),
    }
    index = build_pathway_index(real_taxonomy, directory_of(real_taxonomy, people), today=TODAY)
    mentors = person_pathway(index, "me", today=TODAY).mentors
    assert [m.person_id for m in mentors] == ["chemist", "machinist"]
    assert mentors[1].shared > mentors[0].shared
