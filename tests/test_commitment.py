"""Technician Commitment dashboard: every metric and colour of a hand-built directory, by hand.

The directory is seen on 1 January 2026 (succession horizon 5 years: retiring means an
expected retirement on or before 1 January 2031). Its own small ladder and registers
(below) keep the arithmetic checkable whatever happens to the shipped taxonomies.

Ladder: job family ``tech`` G2 (trainee, level 2), G4, G5, G6 (top); ``rse`` G4, G5 (top).
Registers: science-council RSciTech (rank 1, 1 year, typical G4) -> RSci (rank 2, typical
G6); engineering-council EngTech (typical G4) -> IEng (typical G6); advance-he AFHEA
(typical G5) -> FHEA (typical G6); ist MIScT (typical G6, an "other" register).

    id  dept       grade     start       born        age  gender  registrations  public
    C1  Chemistry  tech/G6   2010-01-01  1965-06-01  60   Female  RSci FHEA      yes
    C2  Chemistry  tech/G5   2018-01-01  1970-03-01  55   Male    RSci FHEA      yes
    C3  Chemistry  tech/G5   -           1985-01-01  41   Female  RSciTech       no
    C4  Chemistry  tech/G4   2023-06-01  1998-05-05  27   Male    MIScT          yes
    C5  Chemistry  tech/G2   2025-09-01  2006-02-02  19   Female  -              yes (1)
    C6  Chemistry  rse/G5    2015-01-01  1962-11-11  63   Male    EngTech        yes
    P1  Physics    tech/G6   2005-01-01  1958-07-01  67   Male    RSci AFHEA     yes
    P2  Physics    tech/G5   2016-01-01  1972-01-02  53   Female  RSciTech FHEA  yes
    P3  Physics    tech/G4   -           1990-01-01  36   -       RSciTech AFHEA yes
    P4  Physics    rse/G4    2020-01-01  1975-05-05  50   Male    EngTech        no
    P5  Physics    (none)    2024-01-01  1999-09-09  26   Female  -              yes (2)
    P6  Physics    tech/G5   2019-01-01  -           ?    Male    RSciTech AFHEA yes

(1) job title "Apprentice Technician"; (2) job title "Trainee Technician".

Skills (level): C1 nmr 4, lcms 3, tem 2, confocal 2 · C2 nmr 3, lcms 3, tem 2, cnc 2 ·
C3 nmr 2, lcms 3 · C4 lcms 2, nmr 1, python 1 · C5 lcms 1 · C6 cnc 3, lathe 3, lcms 2,
tem 2, confocal 1 · P1 tem 4, confocal 3, cnc 2, lathe 2, glass 4 · P2 tem 3, confocal 3,
lathe 2, cnc 2, helium 3 · P3 tem 2, confocal 3, cnc 2 · P4 cnc 3, lathe 2, lcms 2 ·
P5 cnc 1 · P6 tem 3, lathe 2, cnc 2, confocal 2.
Facilities: nmr-lab (Chemistry, needs nmr; C1 lead, C3 operator), em-unit (Physics, needs
tem and glass; P1 lead, P3 operator).

Expected retirement (State Pension age, no planned dates): C1 2032-06-01, C2 2037, C6
2029-11-11 (retiring), P1 2024-07-01 (passed: retiring), P2 2039, P4 2042, the young later;
P6 unknown (no date of birth).
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
import yaml

from skillmap.bundle.records import FacilityRecord, HoldingRecord, PersonRecord, StaffRecord
from skillmap.commitment import (METRICS, commitment_metrics, compare, load_thresholds,
                                 metrics_snapshot, thresholds_from_dict)
from skillmap.commitment.thresholds import CONTEXT
from skillmap.commitment.career import eligible_codes, next_grade_status
from skillmap.commitment.population import build_population, scope_rows
from skillmap.commitment.tables import OTHER_GENDER
from skillmap.directory import Directory, SkillInfo
from skillmap.exceptions import TaxonomyError
from skillmap.pathways import build_pathway_index, person_pathway
from skillmap.settings import PROJECT_ROOT
from skillmap.store.queries import load_directory
from skillmap.store.session import make_sessionmaker
from skillmap.succession import build_succession_index, succession_report
from skillmap.taxonomy import (Grade, JobFamily, Register, RegistrationLevel, SkillFamily,
                               Taxonomy)

TODAY = date(2026, 1, 1)


# --- the hand-built taxonomy, directory and thresholds -----------------------------------------

def needs(registrations=(), teaching=(), years=0, expert=0, authority=0, breadth=0, families=0,
          leadership=""):
    return {"registrations": list(registrations), "teaching": list(teaching),
            "min_years_experience": years, "expert_skills": expert,
            "authority_skills": authority, "breadth": breadth, "skill_families": families,
            "leadership": leadership}


def grade(family, code, top=False, **requirements):
    return Grade(family, code, f"{family} {code}", int(code[1:]), professorial_equivalent=top,
                 requirements=needs(**requirements))


def level(code, register, rank, typical, years=0):
    return RegistrationLevel(code, code, register, rank, min_years_experience=years,
                             typical_grade=typical)


def hand_taxonomy() -> Taxonomy:
    tech = (grade("tech", "G2"),
            grade("tech", "G4", registrations=["RSciTech"], years=1, breadth=2, families=1),
            grade("tech", "G5", registrations=["RSciTech"], teaching=["AFHEA"], years=2,
                  expert=1, breadth=3, families=1),
            grade("tech", "G6", True, registrations=["RSci"], teaching=["FHEA"], years=4,
                  expert=2, breadth=4, families=2, leadership="Leads a service."))
    rse = (grade("rse", "G4", registrations=["EngTech"], years=1, breadth=2, families=1),
           grade("rse", "G5", True, registrations=["EngTech"], years=2, expert=1, breadth=3,
                 families=1))
    registers = {
        "science-council": Register("science-council", "Science Council", (
            level("RSciTech", "science-council", 1, "G4", years=1),
            level("RSci", "science-council", 2, "G6")), details={
                "fallback": True,
                "disciplines": {"skill_families": ["analytical", "imaging", "cryo"]}}),
        "engineering-council": Register("engineering-council", "Engineering Council", (
            level("EngTech", "engineering-council", 1, "G4"),
            level("IEng", "engineering-council", 2, "G6")),
            details={"disciplines": {"skill_families": ["workshop"]}}),
        "advance-he": Register("advance-he", "Advance HE", (
            level("AFHEA", "advance-he", 1, "G5"), level("FHEA", "advance-he", 2, "G6")),
            details={"teaching_only": True}),
        "ist": Register("ist", "IST", (level("MIScT", "ist", 1, "G6"),),
                        details={"for_all_technicians": True}),
    }
    families = {f: SkillFamily(f, f.title()) for f in ("analytical", "imaging", "workshop",
                                                        "cryo", "computing")}
    return Taxonomy(families, {}, {"tech": JobFamily("tech", "Technical", tech),
                                   "rse": JobFamily("rse", "Research software", rse)},
                    "tech", (), registers)


SKILL_FAMILY = {"nmr": "analytical", "lcms": "analytical", "tem": "imaging",
                "confocal": "imaging", "cnc": "workshop", "lathe": "workshop",
                "glass": "workshop", "helium": "cryo", "python": "computing"}


TEACHES = {"C1": True, "C2": True, "C3": True, "C4": False, "C6": False, "P1": True,
           "P2": True, "P3": True, "P4": False, "P6": True}     # C5, P5: not recorded


def person(pid, dept, family, grade_code, start, born, gender, regs, public=True, title=None):
    record = PersonRecord(pid, f"Given{pid}", f"Family{pid}", "Uni", family, department=dept,
                          job_title=title, grade=grade_code, start_date=start,
                          date_of_birth=born, gender=gender, registrations=regs, public=public)
    return with_facts(record, teaches=TEACHES.get(pid))


def with_facts(record, **facts):
    """`record` with the contract v2 person facts (teaches, career_start, register_interest)."""
    return replace(record, **facts)


def hand_directory() -> Directory:
    C, P, d = "Chemistry", "Physics", date
    people = [
        person("C1", C, "tech", "G6", d(2010, 1, 1), d(1965, 6, 1), "Female", ("RSci", "FHEA")),
        person("C2", C, "tech", "G5", d(2018, 1, 1), d(1970, 3, 1), "Male", ("RSci", "FHEA")),
        person("C3", C, "tech", "G5", None, d(1985, 1, 1), "Female", ("RSciTech",), False),
        person("C4", C, "tech", "G4", d(2023, 6, 1), d(1998, 5, 5), "Male", ("MIScT",)),
        person("C5", C, "tech", "G2", d(2025, 9, 1), d(2006, 2, 2), "Female", (),
               title="Apprentice Technician"),
        person("C6", C, "rse", "G5", d(2015, 1, 1), d(1962, 11, 11), "Male", ("EngTech",)),
        person("P1", P, "tech", "G6", d(2005, 1, 1), d(1958, 7, 1), "Male", ("RSci", "AFHEA")),
        person("P2", P, "tech", "G5", d(2016, 1, 1), d(1972, 1, 2), "Female",
               ("RSciTech", "FHEA")),
        person("P3", P, "tech", "G4", None, d(1990, 1, 1), None, ("RSciTech", "AFHEA")),
        person("P4", P, "rse", "G4", d(2020, 1, 1), d(1975, 5, 5), "Male", ("EngTech",), False),
        person("P5", P, "tech", None, d(2024, 1, 1), d(1999, 9, 9), "Female", (),
               title="Trainee Technician"),
        person("P6", P, "tech", "G5", d(2019, 1, 1), None, "Male", ("RSciTech", "AFHEA")),
    ]
    held = {"C1": {"nmr": 4, "lcms": 3, "tem": 2, "confocal": 2},
            "C2": {"nmr": 3, "lcms": 3, "tem": 2, "cnc": 2},
            "C3": {"nmr": 2, "lcms": 3}, "C4": {"lcms": 2, "nmr": 1, "python": 1},
            "C5": {"lcms": 1}, "C6": {"cnc": 3, "lathe": 3, "lcms": 2, "tem": 2, "confocal": 1},
            "P1": {"tem": 4, "confocal": 3, "cnc": 2, "lathe": 2, "glass": 4},
            "P2": {"tem": 3, "confocal": 3, "lathe": 2, "cnc": 2, "helium": 3},
            "P3": {"tem": 2, "confocal": 3, "cnc": 2}, "P4": {"cnc": 3, "lathe": 2, "lcms": 2},
            "P5": {"cnc": 1}, "P6": {"tem": 3, "lathe": 2, "cnc": 2, "confocal": 2}}
    holdings = [HoldingRecord(pid, sid, lvl) for pid, skills in held.items()
                for sid, lvl in skills.items()]
    facilities = [FacilityRecord("nmr-lab", "NMR lab", "Uni", C, required_skills=("nmr",)),
                  FacilityRecord("em-unit", "EM unit", "Uni", P, required_skills=("tem", "glass"))]
    staff = [StaffRecord("nmr-lab", "C1", "lead"), StaffRecord("nmr-lab", "C3", "operator"),
             StaffRecord("em-unit", "P1", "lead"), StaffRecord("em-unit", "P3", "operator")]
    skills = {s: SkillInfo(s, s.upper(), f) for s, f in SKILL_FAMILY.items()}
    return Directory(people, holdings, facilities, staff, skills)


RULES = {  # metric id: (direction, green, amber)
    "public_profile": ("higher_is_better", 0.80, 0.60),
    "skills_recorded": ("higher_is_better", 0.75, 0.50),
    "facility_linked": ("higher_is_better", 0.50, 0.40),
    "registered": ("higher_is_better", 0.70, 0.50),
    "hea_fellowship": ("higher_is_better", 0.60, 0.40),
    "on_pathway": ("higher_is_better", 0.95, 0.90),
    "meets_next_grade": ("higher_is_better", 0.30, 0.20),
    "eligible_not_registered": ("lower_is_better", 0.30, 0.40),
    "succession_coverage": ("higher_is_better", 0.90, 0.75),
    "succession_gaps": ("lower_is_better", 0.10, 0.25),
    "single_points_of_failure": ("lower_is_better", 0.10, 0.25),
    "facilities_at_risk": ("lower_is_better", 0.05, 0.15),
    "trainees": ("higher_is_better", 0.05, 0.02),
}


def thresholds_data(**settings) -> dict:
    return {"settings": {"min_skills": 4, "small_group": 2, "horizon_years": 5,
                         "professional_registers": ["science-council", "engineering-council"],
                         "fellowship_registers": ["advance-he"]} | settings,
            "metrics": {mid: {"label": f"label {mid}", "pillar": METRICS[mid][0],
                              "direction": d, "green": g, "amber": a}
                        for mid, (d, g, a) in RULES.items()}}


@pytest.fixture(scope="module")
def hand():
    tax, directory = hand_taxonomy(), hand_directory()
    return (tax, directory, build_pathway_index(tax, directory, today=TODAY),
            build_succession_index(tax, directory, today=TODAY))


def dashboard(hand, **scope):
    tax, directory, pathways, succession = hand
    return commitment_metrics(tax, directory, thresholds_from_dict(thresholds_data()),
                              today=TODAY, pathways=pathways, succession=succession, **scope)


@pytest.fixture(scope="module")
def board(hand):
    return dashboard(hand)


def figures(board, metric_id):
    m = board.metric(metric_id)
    return m.numerator, m.denominator, m.value, m.rag


# --- institution: every metric and colour, by hand ---------------------------------------------

def test_pillars_in_order_and_scope(board):
    assert [p.id for p in board.pillars] == ["visibility", "recognition", "career_development",
                                             "sustainability"]
    assert [m.id for p in board.pillars for m in p.metrics] == list(METRICS)
    assert (board.scope, board.people, board.as_of) == ("institution", 12, "2026-01-01")
    assert board.notes == ()


def test_visibility(board):
    # public: everyone but C3 and P4: 10/12 = 0.8333 >= 0.80 -> green
    assert figures(board, "public_profile") == (10, 12, 0.8333, "green")
    # >= 4 skills at any level: C1 4, C2 4, C6 5, P1 5, P2 5, P6 4 (C4 has 3 with python):
    # 6/12 = 0.5; below 0.75, >= 0.50 -> amber (on the threshold)
    assert figures(board, "skills_recorded") == (6, 12, 0.5, "amber")
    assert board.metric("skills_recorded").label == "label skills_recorded"
    # facility staff: C1, C3, P1, P3: 4/12 = 0.3333 < 0.40 -> red
    assert figures(board, "facility_linked") == (4, 12, 0.3333, "red")


def test_recognition(board):
    # Science Council or Engineering Council: C1 C2 C3 C6 P1 P2 P3 P4 P6 (not C4's MIScT):
    # 9/12 = 0.75 >= 0.70 -> green
    assert figures(board, "registered") == (9, 12, 0.75, "green")
    # over the people who teach (C1 C2 C3 P1 P2 P3 P6; C4 C6 P4 do not; C5 P5 unknown):
    # AFHEA or FHEA: C1 C2 P1 P2 P3 P6: 6/7 = 0.8571 >= 0.60 -> green
    assert figures(board, "hea_fellowship") == (6, 7, 0.8571, "green")
    assert "2 whose teaching is not recorded and 3 who do not teach" in board.metric(
        "hea_fellowship").note
    registers = {r["register"]: (r["kind"], r["people"], r["share"])
                 for r in board.table("registrations_by_register").rows}
    assert registers == {"science-council": ("professional", 7, 0.5833),   # 7/12
                         "engineering-council": ("professional", 2, 0.1667),
                         "advance-he": ("fellowship", 6, 0.5), "ist": ("other", 1, 0.0833)}
    levels = {r["code"]: r["people"] for r in board.table("registrations_by_level").rows}
    assert levels == {"RSciTech": 4, "RSci": 3, "EngTech": 2, "IEng": 0, "AFHEA": 3,
                      "FHEA": 3, "MIScT": 1}
    assert [(r["code"], r["people"]) for r in board.table("hea_fellowships").rows] == [
        ("AFHEA", 3), ("FHEA", 3)]


def test_career_development(board):
    # on the ladder: all but P5 (no grade): 11/12 = 0.9167; < 0.95, >= 0.90 -> amber
    assert figures(board, "on_pathway") == (11, 12, 0.9167, "amber")
    # with a grade above: C2 C3 C4 C5 P2 P3 P4 P6 (C1, P1 at tech/G6 and C6 at rse/G5 are at
    # the top; P5 has no grade). Meeting every requirement:
    #   C2 -> G6: RSci, FHEA, 8 years >= 4, expert 2, breadth 4, 3 families
    #   P3 -> G5: RSciTech, AFHEA, years unknown (to assess, not missing), expert 1 (confocal
    #         3), breadth 3, 2 families
    #   P4 -> rse/G5: EngTech, 6 years >= 2, expert 1 (cnc 3), breadth 3
    #   the others lack the registration asked for (RSciTech for G4/G5, RSci for G6).
    # 3/8 = 0.375 >= 0.30 -> green
    assert figures(board, "meets_next_grade") == (3, 8, 0.375, "green")
    # eligible now on a register of their discipline (main skill families: analytical,
    # imaging, cryo -> Science Council; workshop -> Engineering Council), by the bodies'
    # rules: no level needs the one below, the grade never gates, experience is the check.
    # Counting a level above one held, or any level of a kind they hold none of:
    #   C3 P2 P3 P6: RSci (hold RSciTech)   C4: RSciTech (2 years >= 1), RSci
    #   C5: RSci (no minimum; RSciTech's year is not reached)   C6 P4: IEng (hold EngTech)
    #   P5: EngTech, IEng (workshop; holds none)
    #   not: C1, C2, P1 (RSci, the top; Engineering Council is of a kind they hold)
    # of those, holding no professional registration: C4 (MIScT is "other"), C5, P5:
    # 3/12 = 0.25 <= 0.30 (lower is better) -> green
    assert figures(board, "eligible_not_registered") == (3, 12, 0.25, "green")
    eligible = {r["code"]: r["people"] for r in board.table("eligible_not_held").rows}
    # AFHEA: C3 (teaches, no fellowship); FHEA: C3 and P1 P3 P6 (hold AFHEA) - only people
    # who teach; MIScT: everyone but C4, who holds it (IST is for all technicians)
    assert eligible == {"RSciTech": 1, "RSci": 6, "EngTech": 1, "IEng": 3, "AFHEA": 1,
                        "FHEA": 4, "MIScT": 11}


def test_headcount_and_gender_tables(board):
    headcount = board.table("headcount_by_grade")
    assert headcount.columns == ("grade", "tech", "rse", "total")
    assert [tuple(r.values()) for r in headcount.rows] == [
        ("G2", 1, 0, 1), ("G4", 2, 1, 3), ("G5", 4, 1, 5), ("G6", 2, 0, 2),
        ("not recorded", 1, 0, 1)]
    gender = board.table("gender_by_grade")
    # P3's gender is not recorded (1 of 12, under 10%): counted under "another gender or not
    # recorded". small_group 2: single people are hidden; a lone hidden count takes the next
    # smallest (or, with none, the zeros) with it
    assert gender.columns == ("grade", "Female", "Male", OTHER_GENDER, "total")
    assert [tuple(r.values()) for r in gender.rows] == [
        ("G2", None, None, None, 1),           # Female 1: alone, so the zeros go too
        ("G4", 0, None, None, 3),              # P3 alone hidden, so Male 2 too
        ("G5", 2, 3, 0, 5),
        ("G6", None, None, 0, 2),              # Female 1, Male 1
        ("not recorded", None, None, None, 1)]
    assert "not shown" in gender.note


def test_sustainability(board):
    # ages: under 30 C4 C5 P5 = 3; 30-39 P3 = 1; 40-49 C3 = 1; 50-59 C2 P2 P4 = 3;
    # 60+ C1 C6 P1 = 3; unknown P6 = 1. Known: 11.
    # 50+: 6/11 = 0.5455; 60+: 3/11 = 0.2727: context, never rated
    assert figures(board, "aged_50_plus") == (6, 11, 0.5455, None)
    assert figures(board, "aged_60_plus") == (3, 11, 0.2727, None)
    assert board.metric("aged_50_plus").rule.startswith("context, not rated")
    ages = {r["band"]: (r["people"], r["share"]) for r in board.table("age_bands").rows}
    assert ages == {"under 30": (3, 0.25), "30-39": (None, None), "40-49": (None, None),
                    "50-59": (3, 0.25), "60 and over": (3, 0.25), "unknown": (1, 0.0833)}
    # trainees: C5 (grade level 2, and "Apprentice"), P5 ("Trainee" in the title):
    # 2/12 = 0.1667 >= 0.05 -> green
    assert figures(board, "trainees") == (2, 12, 0.1667, "green")


def test_succession_metrics(board):
    # Skills practised (someone at level 2+, or a facility needs it): nmr lcms tem confocal
    # cnc lathe glass helium = 8 (python is held at level 1 only).
    # Retiring within 5 years: C6 (2029) and P1 (2024); P6's retirement is unknown (keeps
    # half of their cover). Cover: practitioner 0.55, expert 0.85, authority 1.0.
    #   lathe: C6 .85 + P1 .55 + P2 .55 + P4 .55 + P6 .55 = 3.05 now; remaining
    #          .55 + .55 + .275 = 1.375; lost 0.549 >= 0.5 -> medium: a gap (bus factor 3)
    #   glass: only P1, retiring: bus factor 0, needed by em-unit -> critical gap
    #   helium: only P2: bus factor 1 -> high gap
    #   the rest keep >= 3 able people and lose under half their cover: low
    #     (nmr 2.4 -> 2.4; lcms 4.2 -> 3.65; tem 4.9 -> 2.925; confocal 3.65 -> 2.525;
    #      cnc 4.45 -> 2.775)
    # gaps 3/8 = 0.375 > 0.25 -> red; single points (bus factor <= 1): glass, helium:
    # 2/8 = 0.25 <= 0.25 -> amber
    assert figures(board, "succession_gaps") == (3, 8, 0.375, "red")
    assert figures(board, "single_points_of_failure") == (2, 8, 0.25, "amber")
    # coverage: the 6 others keep two or more able people: 6/8 = 0.75 -> amber
    assert figures(board, "succession_coverage") == (6, 8, 0.75, "amber")
    # facilities: em-unit critical (glass), nmr-lab low (nmr keeps C1, C2, C3): 1/2 -> red
    assert figures(board, "facilities_at_risk") == (1, 2, 0.5, "red")
    gaps = board.table("succession_gaps").rows
    assert [r["id"] for r in gaps] == ["glass", "helium", "lathe"]
    assert [r["severity"] for r in gaps] == sorted((r["severity"] for r in gaps), reverse=True)
    assert [(r["level"], r["able_now"], r["able_after_horizon"], r["facilities"])
            for r in gaps] == [("critical", 1, 0, 1), ("high", 1, 1, 0), ("medium", 5, 3, 0)]
    single = board.table("single_points_of_failure").rows
    assert [(r["kind"], r["id"]) for r in single] == [("skill", "glass"), ("skill", "helium"),
                                                      ("facility", "em-unit")]


def test_every_metric_shows_the_rule_and_threshold_behind_its_colour(board):
    m = board.metric("skills_recorded")
    assert m.rule == "green ≥ 75%, amber ≥ 50%, red below 50%" and m.threshold == 0.5
    m = board.metric("eligible_not_registered")
    assert m.rule == "green ≤ 30%, amber ≤ 40%, red above 40%" and m.threshold == 0.3  # green
    assert board.metric("public_profile").threshold == 0.8
    assert all(m.direction == RULES[m.id][0] for p in board.pillars for m in p.metrics
               if m.id not in CONTEXT)


# --- department scope and suppression ----------------------------------------------------------

def test_department_scope(hand):
    physics = dashboard(hand, department="Physics")
    assert (physics.scope, physics.department, physics.people) == ("department", "Physics", 6)
    expected = {
        "public_profile": (5, 6, 0.8333, "green"),            # all but P4
        "skills_recorded": (3, 6, 0.5, "amber"),              # P1 P2 P6
        "facility_linked": (2, 6, 0.3333, "red"),             # P1 P3
        "registered": (5, 6, 0.8333, "green"),                # all but P5
        "hea_fellowship": (4, 4, 1.0, "green"),               # P1 P2 P3 P6, who teach
        "on_pathway": (5, 6, 0.8333, "red"),                  # all but P5
        "meets_next_grade": (2, 4, 0.5, "green"),             # P3 P4 of P2 P3 P4 P6
        "eligible_not_registered": (1, 6, 0.1667, "green"),   # P5, the only one unregistered
        # ages: under 30 P5, 30-39 P3, 50-59 P2 P4, 60+ P1, unknown P6: with small_group 2
        # the three bands of one person are hidden, 60+ among them, so neither share shows
        "aged_50_plus": (None, 5, None, None),
        "aged_60_plus": (None, 5, None, None),
        # Physics alone: tem (P1 P2 P3 P6, bus 3, lost 0.44), confocal (bus 3), cnc (bus 4),
        # lathe (P1 P2 P4 P6: 2.2 -> 1.375, lost 0.375, bus 3) are low; glass (bus 0),
        # helium (bus 1) and lcms (P4 only, bus 1) are gaps and single points: 3/7
        "succession_coverage": (4, 7, 0.5714, "red"),
        "succession_gaps": (3, 7, 0.4286, "red"),
        "single_points_of_failure": (3, 7, 0.4286, "red"),
        "facilities_at_risk": (1, 1, 1.0, "red"),             # em-unit only
        "trainees": (1, 6, 0.1667, "green"),                  # P5
    }
    assert {mid: figures(physics, mid) for mid in METRICS} == expected
    ages = {r["band"]: r["people"] for r in physics.table("age_bands").rows}
    assert ages == {"under 30": None, "30-39": None, "40-49": 0, "50-59": 2,
                    "60 and over": None, "unknown": 1}
    assert "small group" in physics.metric("aged_50_plus").note


def test_department_shows_what_is_not_suppressed(hand):
    chemistry = dashboard(hand, department="Chemistry")
    # ages: under 30 C4 C5, 40-49 C3, 50-59 C2, 60+ C1 C6: 40-49 and 50-59 hidden, so
    # 50+ is not shown but 60+ is: 2/6 = 0.3333, not rated
    assert figures(chemistry, "aged_50_plus") == (None, 6, None, None)
    assert figures(chemistry, "aged_60_plus") == (2, 6, 0.3333, None)


def test_default_small_group_hides_every_band_under_five(hand):
    tax, directory, pathways, succession = hand
    thresholds = thresholds_from_dict(thresholds_data(small_group=5))
    board = commitment_metrics(tax, directory, thresholds, today=TODAY, pathways=pathways,
                               succession=succession)
    ages = {r["band"]: r["people"] for r in board.table("age_bands").rows}
    assert ages == {"under 30": None, "30-39": None, "40-49": None, "50-59": None,
                    "60 and over": None, "unknown": 1}
    assert board.metric("aged_50_plus").value is None
    gender = {r["grade"]: r for r in board.table("gender_by_grade").rows}
    assert gender["G5"] == {"grade": "G5", "Female": None, "Male": None, OTHER_GENDER: 0,
                            "total": 5}


def test_unknown_department_is_empty(hand):
    nobody = dashboard(hand, department="Astrology")
    assert nobody.people == 0
    assert all(m.value is None and m.rag is None for p in nobody.pillars for m in p.metrics)


def test_institution_scope_and_unknown_registers(hand):
    tax, directory, pathways, succession = hand
    thresholds = thresholds_from_dict(thresholds_data(professional_registers=[
        "science-council", "engineering-council", "bcs"]))
    board = commitment_metrics(tax, directory, thresholds, today=TODAY, institution="Uni",
                               pathways=pathways, succession=succession)
    assert board.people == 12 and board.metric("registered").numerator == 9
    assert any("bcs" in note for note in board.notes)


def test_no_personal_data_and_json_ready(board):
    text = json.dumps(board.as_dict())
    for p in hand_directory().people:
        assert f'"{p.person_id}"' not in text and p.given_name not in text
        assert p.date_of_birth is None or p.date_of_birth.isoformat() not in text
    assert "2029" not in text and "2032" not in text      # no retirement dates either


def test_builds_its_own_indexes_when_none_are_given(hand, board):
    tax, directory, _, _ = hand
    again = commitment_metrics(tax, directory, thresholds_from_dict(thresholds_data()),
                               today=TODAY)
    assert metrics_snapshot(again) == metrics_snapshot(board)


def test_a_succession_report_can_be_passed_in(hand, board):
    tax, directory, pathways, succession = hand
    report = succession_report(succession, horizon_years=5)
    again = commitment_metrics(tax, directory, thresholds_from_dict(thresholds_data()),
                               today=TODAY, pathways=pathways, succession=report)
    assert metrics_snapshot(again) == metrics_snapshot(board)


def test_metrics_without_thresholds_have_no_colour(hand):
    tax, directory, pathways, succession = hand
    data = thresholds_data()
    del data["metrics"]["trainees"]
    board = commitment_metrics(tax, directory, thresholds_from_dict(data, source="t.yaml"),
                               today=TODAY, pathways=pathways, succession=succession)
    m = board.metric("trainees")
    assert (m.value, m.rag, m.threshold, m.rule) == (0.1667, None, None,
                                                     "no threshold in t.yaml")


def test_ignoring_a_requirement(hand):
    tax, directory, pathways, succession = hand
    thresholds = thresholds_from_dict(thresholds_data(next_grade_ignore=["registrations"]))
    board = commitment_metrics(tax, directory, thresholds, today=TODAY, pathways=pathways,
                               succession=succession)
    # without registrations: also C4 -> G5? needs AFHEA (teaching): no. C5 -> G4: breadth
    # 0 < 2: no. C3 -> G6: FHEA: no. P2 -> G6: FHEA yes, 10 years, expert 2 (tem 3, helium 3),
    # breadth 5, families imaging, workshop, cryo: yes. P6 -> G6: FHEA: no (AFHEA).
    assert figures(board, "meets_next_grade")[:3] == (4, 8, 0.5)


# --- consistency with the pathway page ---------------------------------------------------------

def test_per_person_answers_match_the_pathway_page(hand):
    tax, directory, pathways, _ = hand
    pop = build_population(directory, pathways, scope_rows(pathways), TODAY)
    has_next, meets = next_grade_status(pop)
    answers, answer_of = eligible_codes(tax, pop)
    for i, p in enumerate(pathways.people):
        if p.grade is None:
            assert not has_next[i]
            continue
        pathway = person_pathway(pathways, p.person_id)
        promotion = [s for s in pathway.next_steps if s.kind == "promotion"]
        assert has_next[i] == bool(promotion), p.person_id
        if promotion:
            assert meets[i] == (not promotion[0].missing), p.person_id
        # the pathway page puts the registers on the person's route first
        assert sorted(answers[answer_of[i]]) == sorted(o.code for o in pathway.apply_now), \
            p.person_id


# --- thresholds file ---------------------------------------------------------------------------

def test_shipped_thresholds_cover_every_metric():
    thresholds = load_thresholds(PROJECT_ROOT / "taxonomies" / "commitment.yaml")
    assert set(thresholds.rules) == set(METRICS) - CONTEXT
    assert thresholds.settings.cycle_years == 3
    assert thresholds.settings.min_skills == 5 and thresholds.settings.small_group == 5
    rule = thresholds.rules["public_profile"]
    assert (rule.green, rule.amber, rule.direction) == (0.8, 0.6, "higher_is_better")
    assert load_thresholds(PROJECT_ROOT / "taxonomies") == thresholds    # a folder works too


def write(tmp_path, data) -> str:
    path = tmp_path / "commitment.yaml"
    path.write_text(data if isinstance(data, str) else yaml.safe_dump(data), encoding="utf-8")
    return path


def broken(change) -> dict:
    data = thresholds_data()
    change(data)
    return data


@pytest.mark.parametrize(("data", "message"), [
    ("metrics: [unclosed", "not valid YAML"),
    ("- just\n- a list\n", "expected a mapping"),
    ({"metrics": {}, "extras": 1}, "unknown top-level key(s) extras"),
    (broken(lambda d: d["metrics"].update(public_profiles={})),
     "metrics.public_profiles: unknown metric id"),
    (broken(lambda d: d["metrics"]["registered"].pop("amber")),
     "metrics.registered: missing amber"),
    (broken(lambda d: d["metrics"]["registered"].update(pillar="visibility")),
     "metrics.registered: pillar 'visibility' is wrong: this metric belongs to 'recognition'"),
    (broken(lambda d: d["metrics"]["trainees"].update(direction="up")),
     "metrics.trainees: direction 'up' is not one of"),
    (broken(lambda d: d["metrics"]["public_profile"].update(green=80)),
     "metrics.public_profile: green 80 must be a share from 0 to 1"),
    (broken(lambda d: d["metrics"]["public_profile"].update(green="high")),
     "metrics.public_profile: green must be a number"),
    (broken(lambda d: d["metrics"]["public_profile"].update(green=0.5, amber=0.6)),
     "metrics.public_profile: green 0.5 must be at least amber 0.6"),
    (broken(lambda d: d["metrics"]["succession_gaps"].update(green=0.5, amber=0.4)),
     "metrics.succession_gaps: green 0.5 must be at most amber 0.4"),
    (broken(lambda d: d["metrics"].update(aged_50_plus=dict(d["metrics"]["trainees"]))),
     "metrics.aged_50_plus: age is shown as context and is never RAG-rated"),
    (broken(lambda d: d["settings"].update(cycle_years=0)), "settings.cycle_years: from 1"),
    (broken(lambda d: d["settings"].update(min_skill=5)), "settings.min_skill: unknown setting"),
    (broken(lambda d: d["settings"].update(min_skills="five")),
     "settings.min_skills: expected a whole number"),
    (broken(lambda d: d["settings"].update(small_group=0)), "settings.small_group: must be"),
    (broken(lambda d: d["settings"].update(horizon_years=60)), "settings.horizon_years: at most"),
    (broken(lambda d: d["settings"].update(trainee_titles="apprentice")),
     "settings.trainee_titles: expected a list of names"),
])
def test_bad_thresholds_files_name_the_file_and_entry(tmp_path, data, message):
    path = write(tmp_path, data)
    with pytest.raises(TaxonomyError) as caught:
        load_thresholds(path)
    assert str(caught.value).startswith(str(path)) and message in str(caught.value)


def test_missing_thresholds_file(tmp_path):
    with pytest.raises(TaxonomyError, match="file not found"):
        load_thresholds(tmp_path / "nothing.yaml")


# --- trends ------------------------------------------------------------------------------------

def test_compare_with_the_previous_snapshot(hand, board):
    tax, directory, pathways, succession = hand
    # two years earlier P5 was not yet a trainee and P4's profile was public
    then = replace(directory, people=[replace(p, public=True) if p.person_id == "P4" else p
                                      for p in directory.people if p.person_id != "P5"])
    before = commitment_metrics(tax, then, thresholds_from_dict(thresholds_data()),
                                today=date(2024, 1, 1))
    previous = json.loads(json.dumps(metrics_snapshot(before)))      # as stored with an import
    current = json.loads(json.dumps(board.as_dict()))
    changes = compare(current, previous)
    assert set(changes) == set(METRICS)
    # public: all but C3, 10/11 = 0.9091 then; 10/12 = 0.8333 now
    assert changes["public_profile"] == {"previous": 0.9091, "change": -0.0758,
                                         "trend": "worse"}
    # trainees: C5 (G2) alone, 1/11 = 0.0909 then; 2/12 = 0.1667 now
    assert changes["trainees"] == {"previous": 0.0909, "change": 0.0758, "trend": "better"}
    # the as_dict form compares with itself: no change anywhere
    same = compare(current, current)
    assert all(c["change"] in (0, None) for c in same.values())
    assert same["public_profile"]["trend"] == "same"
    # a flat snapshot on both sides: changes, but no direction, so no trend
    flat = compare(metrics_snapshot(board), previous)
    assert flat["public_profile"] == {"previous": 0.9091, "change": -0.0758, "trend": None}


# --- the demo institution ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def demo(demo_db_url, real_taxonomy):
    with make_sessionmaker(demo_db_url)() as session:
        directory = load_directory(session)
    thresholds = load_thresholds(PROJECT_ROOT / "taxonomies")
    # the demo places its people relative to 1 January of the current year
    today = date(date.today().year, 1, 1)
    return real_taxonomy, directory, thresholds, today


def test_demo_institution(demo):
    taxonomy, directory, thresholds, today = demo
    board = commitment_metrics(taxonomy, directory, thresholds, today=today)
    metrics = [m for p in board.pillars for m in p.metrics]
    assert [m.id for m in metrics] == list(METRICS)
    assert all(m.value is not None and (m.rag in ("green", "amber", "red")) != (m.id in CONTEXT)
               for m in metrics), [(m.id, m.value, m.rag) for m in metrics if m.rag is None]
    assert 0.36 <= board.metric("aged_50_plus").value <= 0.44    # "about 40% aged 50+"
    assert board.people == len(directory.people) and board.notes == ()
    assert board.table("succession_gaps").rows and board.table("headcount_by_grade").rows
    # Non-binary, "Prefer not to say" and blank are each about 1% of the demo
    assert board.table("gender_by_grade").columns == ("grade", "Female", "Male", OTHER_GENDER,
                                                      "total")
    json.dumps(board.as_dict())
    department = next(p.department for p in directory.people if p.department)
    one = commitment_metrics(taxonomy, directory, thresholds, today=today,
                             department=department)
    assert 0 < one.people < board.people


def test_demo_per_person_answers_match_the_pathway_page(demo):
    taxonomy, directory, _, today = demo
    pathways = build_pathway_index(taxonomy, directory, today=today)
    pop = build_population(directory, pathways, scope_rows(pathways), today)
    has_next, meets = next_grade_status(pop)
    answers, answer_of = eligible_codes(taxonomy, pop)
    for i, p in enumerate(pathways.people):
        pathway = person_pathway(pathways, p.person_id)
        promotion = [s for s in pathway.next_steps if s.kind == "promotion"]
        assert has_next[i] == bool(promotion), p.person_id
        assert meets[i] == bool(promotion and not promotion[0].missing), p.person_id
        assert sorted(answers[answer_of[i]]) == sorted(o.code for o in pathway.apply_now), \
            p.person_id
