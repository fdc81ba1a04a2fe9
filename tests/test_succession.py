"""Succession report: hand-computed expectations on a small directory, and the demo institution.

The small directory (as seen on 1 January 2026, horizon 5 years, so "retiring"
means an expected retirement on or before 1 January 2031):

    person dept         retirement                        skills (level)
    P01   Physics      planned 2031-01-01: retiring (edge) helium 4           liquefier lead
    P03   Physics      born 1960-02-15, SPA 2026-02-15     helium 3           liquefier backup
    P04   Physics      born 1995, later                    helium 1 (wants), manual 1; operator
    P05   Chemistry    born 1958 but planned 2035-06       nmr 3              nmr-lab lead
    P06   Chemistry    no dates: unknown                   nmr 2              nmr-lab operator
    P07   Engineering  planned 2030-12 (= 1 Dec): retiring cnc 4
    P08-10 Engineering young                               cnc 3/2/2, manual 2/2/-
    P11-12 Chemistry   young                               lc-ms 3 (last used 2020) / 3 (2025)
    P13   Biology      young                               cryo-em 3, confocal 2
    P14   Biology      born 1959-06-01, SPA 2025: retiring cryo-em 2
    P15   Biology      young                               confocal 2, cryo-em 1 (wants)

Cover weights: practitioner 0.55, expert 0.85, authority 1.0, times recency
(last used 2020 in 2026: 0.6); a holder with unknown retirement keeps half.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skillmap.bundle.records import FacilityRecord, HoldingRecord, PersonRecord, StaffRecord
from skillmap.directory import Directory, SkillInfo
from skillmap.retirement import expected_retirement
from skillmap.store.queries import load_directory
from skillmap.store.session import make_sessionmaker
from skillmap.succession import (Mitigation, NameScope, SuccessionError,
                                 build_succession_index, succession_report)

TODAY = date(2026, 1, 1)
HELIUM, NMR, LCMS = "helium-liquefaction", "nmr-spectroscopy", "lc-ms"
CRYO, CONFOCAL, CNC, MANUAL = "cryo-em", "confocal-microscopy", "cnc-milling", "manual-machining"
FRAGILE = {"helium-liquefier": "helium-liquefaction", "glassblowing-workshop":
           "scientific-glassblowing", "electron-microscopy-unit": "tem",
           "printmaking-studio": "printmaking"}


def person(pid, dept, born=None, planned=None) -> PersonRecord:
    return PersonRecord(pid, f"Given{pid}", f"Family{pid}", "Uni", "technical", department=dept,
                        date_of_birth=born, planned_retirement=planned)


def small_directory(taxonomy, **changes) -> Directory:
    people = [
        person("P01", "Physics", date(1970, 5, 5), "2031-01-01"),
        person("P03", "Physics", date(1960, 2, 15)),
        person("P04", "Physics", date(1995, 3, 1)),
        person("P05", "Chemistry", date(1958, 2, 2), "2035-06"),
        person("P06", "Chemistry"),
        person("P07", "Engineering", date(1962, 7, 1), "2030-12"),
        person("P08", "Engineering", date(1990, 1, 1)),
        person("P09", "Engineering", date(1991, 1, 1)),
        person("P10", "Engineering", date(1992, 1, 1)),
        person("P11", "Chemistry", date(1985, 1, 1)),
        person("P12", "Chemistry", date(1986, 1, 1)),
        person("P13", "Biology", date(1980, 1, 1)),
        person("P14", "Biology", date(1959, 6, 1)),
        person("P15", "Biology", date(1993, 1, 1)),
    ]
    H = HoldingRecord
    holdings = [
        H("P01", HELIUM, 4), H("P03", HELIUM, 3), H("P04", HELIUM, 1, interested=True),
        H("P04", MANUAL, 1), H("P05", NMR, 3), H("P06", NMR, 2),
        H("P07", CNC, 4), H("P08", CNC, 3), H("P09", CNC, 2), H("P10", CNC, 2),
        H("P08", MANUAL, 2), H("P09", MANUAL, 2),
        H("P11", LCMS, 3, last_used=changes.get("lcms_last_used", 2020)),
        H("P12", LCMS, 3, last_used=2025),
        H("P13", CRYO, 3), H("P13", CONFOCAL, 2), H("P14", CRYO, 2),
        H("P15", CONFOCAL, 2), H("P15", CRYO, 1, interested=True),
    ]
    facilities = [
        FacilityRecord("liquefier", "Helium liquefier", "Uni", "Physics", "instrument",
                       required_skills=(HELIUM, CNC)),
        FacilityRecord("nmr-lab", "NMR laboratory", "Uni", "Chemistry", "instrument",
                       required_skills=(NMR,)),
    ]
    staff = [StaffRecord("liquefier", "P01", "lead"), StaffRecord("liquefier", "P03", "backup"),
             StaffRecord("liquefier", "P04", "operator"), StaffRecord("nmr-lab", "P05", "lead"),
             StaffRecord("nmr-lab", "P06", "operator")]
    skills = {s.id: SkillInfo(s.id, s.label, s.family) for s in taxonomy.skills.values()}
    return Directory(people, holdings, facilities, staff, skills)


@pytest.fixture(scope="module")
def small_index(taxonomy):
    return build_succession_index(taxonomy, small_directory(taxonomy), today=TODAY)


@pytest.fixture(scope="module")
def report(small_index):
    return succession_report(small_index, horizon_years=5)


def risk(report, skill_id):
    return next(r for r in report.skill_risks if r.skill_id == skill_id)


def facility(report, facility_id):
    return next(r for r in report.facility_risks if r.facility_id == facility_id)


# --- ranking and severity ----------------------------------------------------------------------

def test_expert_cover_by_hand(report):
    """Experts: level 3-4 used within the last 5 years (or not recorded); practitioners apart.

    helium: P01 (4) and P03 (3) both retire            -> experts 2 -> 0, practitioners 0
    cnc:    P07 (4) retires, P08 (3) stays; P09, P10 (2) -> experts 2 -> 1, practitioners 2
    nmr:    P05 (3) stays; P06 (2, unknown retirement)  -> experts 1 -> 1, practitioners 1
    cryo:   P13 (3) stays; P14 (2) retires              -> experts 1 -> 1, practitioners 1 -> 0
    lc-ms:  P11 (3, last used 2020: not recent, so a practitioner), P12 (3, 2025)
                                                         -> experts 1 -> 1, practitioners 1
    confocal, manual machining: practitioners only      -> experts 0, practitioners 2
    """
    cover = {r.skill_id: (r.experts_now, r.experts_remaining, r.practitioners_now,
                          r.practitioners_remaining) for r in report.skill_risks}
    assert cover == {HELIUM: (2, 0, 0, 0), CNC: (2, 1, 2, 2), NMR: (1, 1, 1, 1),
                     CRYO: (1, 1, 1, 0), LCMS: (1, 1, 1, 1), CONFOCAL: (0, 0, 2, 2),
                     MANUAL: (0, 0, 2, 2)}


def test_skills_are_ranked_by_hand_computed_severity(report):
    # within a tier: 24.9 x (0.35 x share of experts lost + 0.2 if a facility needs it
    #   + 0.15 if no practitioner remains + 0.2 / (1 + experts remaining))
    ranked = [(r.skill_id, r.severity, r.level) for r in report.skill_risks]
    assert ranked == [
        (HELIUM, 97.4, "critical"),    # facility loses all expert cover: 75 + 24.9 x 0.9
        (CNC, 61.8, "high"),           # facility keeps one expert: 50 + 24.9 x 0.475
        (NMR, 57.5, "high"),           # facility has one expert: 50 + 24.9 x 0.3
        (CRYO, 31.2, "medium"),        # one expert, no practitioner left: 25 + 24.9 x 0.25
        (LCMS, 27.5, "medium"),        # one (recent) expert: 25 + 24.9 x 0.1
        (CONFOCAL, 5.0, "low"),        # practitioners only, two of them stay
        (MANUAL, 5.0, "low"),
    ]


def test_practitioners_never_count_as_expert_cover(taxonomy):
    """One expert retiring and five practitioners staying: the facility still loses all
    its expert cover, so it is critical; without the facility the skill is high."""
    people = [person("E", "Physics", planned="2027-01")]
    people += [person(f"Q{i}", "Physics", date(1990, 1, 1)) for i in range(5)]
    holdings = [HoldingRecord("E", NMR, 3)] + [HoldingRecord(f"Q{i}", NMR, 2) for i in range(5)]
    lab = FacilityRecord("lab", "NMR lab", "Uni", "Physics", "instrument", required_skills=(NMR,))
    skills = {NMR: SkillInfo(NMR, "NMR", "analytical")}
    with_lab = build_succession_index(taxonomy, Directory(people, holdings, [lab], [], skills),
                                      today=TODAY)
    report = succession_report(with_lab)
    nmr, f = risk(report, NMR), facility(report, "lab")
    assert (nmr.experts_now, nmr.experts_remaining, nmr.practitioners_remaining) == (1, 0, 5)
    assert (f.level, f.experts_now, f.experts_remaining, f.experts_retiring) == (
        "critical", 1, 0, 1)
    assert f.reasons[0] == ("NMR: the only expert retires within 5 years: no expert cover "
                            "remains; 5 practitioners remain (practitioners are not expert cover)")
    alone = build_succession_index(taxonomy, Directory(people, holdings, [], [], skills),
                                   today=TODAY)
    assert risk(succession_report(alone), NMR).level == "high"   # its last expert leaves


def test_a_stale_expert_is_not_expert_cover(taxonomy):
    people = [person("A", "Physics", date(1990, 1, 1)), person("B", "Physics", date(1990, 1, 1))]
    holdings = [HoldingRecord("A", NMR, 4, last_used=2020), HoldingRecord("B", NMR, 3)]
    index = build_succession_index(taxonomy, Directory(people, holdings,
                                                       skills={NMR: SkillInfo(NMR, "NMR", "a")}),
                                   today=TODAY)
    nmr = succession_report(index).skill_risks[0]
    assert (nmr.experts_now, nmr.practitioners_now, nmr.level) == (1, 1, "medium")


def test_facilities_rank_by_their_weakest_required_skill(report):
    assert [(f.facility_id, f.severity, f.weakest_skill, f.experts_now, f.experts_remaining)
            for f in report.facility_risks] == [("liquefier", 97.4, HELIUM, 2, 0),
                                                ("nmr-lab", 57.5, NMR, 1, 1)]
    liquefier = facility(report, "liquefier")
    assert [(s.skill_id, s.experts_now, s.experts_remaining, s.severity)
            for s in liquefier.required_skills] == [(CNC, 2, 1, 61.8), (HELIUM, 2, 0, 97.4)]
    assert [(s.person_id, s.role, s.band, s.retiring) for s in liquefier.staff] == [
        ("P01", "lead", "2-5 years", True), ("P03", "backup", "within 2 years", True),
        ("P04", "operator", "later", False)]
    # the experts retiring: P01 and P03 (helium), P07 (cnc); the column and the "why" agree
    assert [(h.person_id, h.level, h.expert) for h in liquefier.retiring] == [
        ("P01", 4, True), ("P07", 4, True), ("P03", 3, True)]
    assert liquefier.experts_retiring == 3
    assert liquefier.reasons[:2] == [
        "Helium liquefier operation: both experts retire within 5 years: no expert cover "
        "remains; no practitioner to step up",
        "CNC milling: 1 of 2 experts retires within 5 years: one expert remains, a single point "
        "of failure; 2 practitioners remain (practitioners are not expert cover)"]
    assert "2 of 3 staff in scope retire within 5 years" in liquefier.reasons


def test_now_columns_do_not_change_with_the_horizon(small_index):
    for horizon in (0, 1, 5, 10, 20):
        r = succession_report(small_index, horizon_years=horizon)
        assert [(f.facility_id, f.experts_now, f.capable_now) for f in
                sorted(r.facility_risks + r.covered_facilities,
                       key=lambda f: f.facility_id)] == [("liquefier", 2, 2), ("nmr-lab", 1, 2)]


def test_an_index_without_readiness_gives_the_same_report_without_successors(taxonomy,
                                                                          small_index):
    light = build_succession_index(taxonomy, small_directory(taxonomy), today=TODAY,
                                   readiness=False)
    assert light.base.size == 0 and small_index.base.size > 0     # it did leave them out
    for horizon in (0, 5, 20):
        full = succession_report(small_index, horizon_years=horizon, successors=0)
        assert any(r.severity > 0 for r in full.skill_risks)
        assert succession_report(light, horizon_years=horizon, successors=0) == full
    with pytest.raises(SuccessionError, match="without readiness"):
        succession_report(light)                            # successors=5 by default


def test_lost_skill_counts_holders_and_bus_factor(report):
    helium = risk(report, HELIUM)
    assert helium.holders_by_level == {1: 1, 2: 0, 3: 1, 4: 1}
    assert helium.retiring_by_level == {1: 0, 2: 0, 3: 1, 4: 1}
    assert (helium.capable_now, helium.bus_factor, helium.expert_only,
            helium.facility_critical, helium.facilities) == (2, 0, True, True, ["liquefier"])
    assert (helium.cover_now, helium.cover_remaining) == (1.85, 0.0)
    assert helium.departments == ["Physics"]
    assert helium.reasons[0] == "both experts retire within 5 years: no expert cover remains"


def test_retiring_holders_show_bands_and_basis_never_dates(report):
    helium = risk(report, HELIUM)
    assert [(h.person_id, h.level, h.band, h.basis) for h in helium.retiring] == [
        ("P01", 4, "2-5 years", "planned"), ("P03", 3, "within 2 years", "state pension age")]


def test_single_point_of_failure(report):
    cryo = risk(report, CRYO)
    assert (cryo.capable_now, cryo.bus_factor, cryo.expert_only) == (2, 1, False)
    assert [(h.person_id, h.expert) for h in cryo.retiring] == [("P14", False)]
    assert cryo.reasons == ["one expert only: a single point of failure",
                            "no practitioner to step up"]


def test_unknown_retirement_is_counted_and_half_cover(report):
    nmr = risk(report, NMR)
    assert (nmr.bus_factor, nmr.unknown_retirement, nmr.retiring) == (2, 1, [])
    assert nmr.cover_now == 1.4
    assert nmr.cover_remaining == pytest.approx(0.85 + 0.55 / 2, abs=0.006)
    assert report.unknown_retirement == 1
    assert nmr.reasons[0] == "one expert only: a single point of failure"


def test_planned_retirement_overrides_date_of_birth(report):
    # P05 was born in 1958 (State Pension age long past) but plans to retire in June 2035.
    assert risk(report, NMR).retiring == []
    lead = facility(report, "nmr-lab").staff[0]
    assert (lead.person_id, lead.band, lead.retiring) == ("P05", "5-10 years", False)


def test_planned_month_is_its_first_day(report):
    # P07 planned "2030-12": 1 December 2030, inside the horizon, in the 2-5 years band.
    cnc = risk(report, CNC)
    assert [(h.person_id, h.band, h.basis) for h in cnc.retiring] == [("P07", "2-5 years",
                                                                        "planned")]
    assert (cnc.capable_now, cnc.bus_factor) == (4, 3)


def test_skills_not_used_for_years_are_weaker_cover(taxonomy, report):
    stale = risk(report, LCMS)
    assert stale.cover_remaining == 1.36                        # 0.85 x 0.6 + 0.85
    fresh_index = build_succession_index(taxonomy, small_directory(taxonomy, lcms_last_used=2025),
                                         today=TODAY)
    fresh = risk(succession_report(fresh_index), LCMS)
    assert fresh.cover_remaining == 1.7
    assert fresh.severity < stale.severity
    assert fresh.bus_factor == stale.bus_factor == 2


# --- horizon edges -----------------------------------------------------------------------------

def one_holder(taxonomy, **dates) -> Directory:
    return Directory(people=[person("X", "Physics", **dates), person("Y", "Physics",
                                                                     date(1990, 1, 1))],
                     holdings=[HoldingRecord("X", NMR, 3)],
                     skills={NMR: SkillInfo(NMR, "NMR", "analytical")})


@pytest.mark.parametrize("dates, retiring", [
    ({"planned": "2031-01-01"}, True),            # exactly on the horizon counts
    ({"planned": "2031-01-02"}, False),
    ({"planned": "2030-12"}, True),               # 1 December 2030
    ({"planned": "2031-02"}, False),
    ({"born": date(1964, 1, 1)}, True),            # State Pension age 67 on 2031-01-01
    ({"born": date(1964, 1, 2)}, False),
    ({"born": date(1950, 1, 1), "planned": "2040-01"}, False),   # planned beats birth date
    ({"born": date(1990, 1, 1), "planned": "2027-03"}, True),
    ({}, False),                                  # unknown: counted, not retiring
])
def test_horizon_edges(taxonomy, dates, retiring):
    index = build_succession_index(taxonomy, one_holder(taxonomy, **dates), today=TODAY)
    nmr = succession_report(index, horizon_years=5).skill_risks[0]
    assert nmr.bus_factor == (0 if retiring else 1)
    assert [h.person_id for h in nmr.retiring] == (["X"] if retiring else [])
    assert nmr.unknown_retirement == (1 if not dates else 0)


def test_horizon_changes_who_is_retiring(taxonomy):
    index = build_succession_index(taxonomy, one_holder(taxonomy, planned="2029-06"),
                                   today=TODAY)
    assert succession_report(index, horizon_years=4).skill_risks[0].bus_factor == 0
    assert succession_report(index, horizon_years=3).skill_risks[0].bus_factor == 1


def test_normal_retirement_age_replaces_state_pension_age(taxonomy):
    directory = one_holder(taxonomy, born=date(1964, 6, 1))    # SPA 2031-06-01: outside
    by_spa = build_succession_index(taxonomy, directory, today=TODAY)
    by_nra = build_succession_index(taxonomy, directory, today=TODAY, normal_retirement_age=65)
    assert succession_report(by_spa).skill_risks[0].bus_factor == 1
    assert succession_report(by_nra).skill_risks[0].retiring[0].basis == "normal retirement age"


@pytest.mark.parametrize("horizon", [-1, 41, 2.5, "5"])
def test_bad_horizon_is_refused(small_index, horizon):
    with pytest.raises(SuccessionError, match="horizon_years"):
        succession_report(small_index, horizon_years=horizon)


# --- successors --------------------------------------------------------------------------------

def test_successors_exclude_retirees_and_rank_by_readiness(report):
    helium = risk(report, HELIUM)
    # Only P04 has any readiness: awareness 0.25 x 0.45 + facility 0.10 + department 0.10
    # + wants to develop it 0.05 (no related skills, no experts' profile beyond helium).
    assert [(s.person_id, s.current_level) for s in helium.successors] == [("P04", 1)]
    assert helium.successors[0].readiness == pytest.approx(0.3625, abs=0.001)
    p04 = helium.successors[0]
    assert p04.reasons == ("holds it at level 1 (awareness)", "wants to develop it",
                           "same department", "staffs a facility that needs it")
    assert [(g.skill_id, g.current_level, g.target_level) for g in p04.to_gain] == [
        (HELIUM, 1, 3)]


def test_successors_use_related_skills_and_never_retire_within_horizon(report):
    cryo = risk(report, CRYO)
    assert cryo.successors[0].person_id == "P15"     # confocal (related) + aware + wants it
    assert "related skill: Confocal microscopy (level 2)" in cryo.successors[0].reasons
    ids = {s.person_id for r in report.skill_risks for s in r.successors}
    assert ids and not ids & {"P01", "P03", "P07", "P14"}
    assert all(s.current_level < 3 for r in report.skill_risks for s in r.successors)


def test_only_gaps_get_successors(report):
    assert risk(report, CONFOCAL).successors == []
    assert all(r.successors == [] for r in report.skill_risks if r.severity < 25)


def test_facility_successors_come_with_the_skills_to_gain(report):
    liquefier = facility(report, "liquefier")
    first = liquefier.successors[0]
    assert first.person_id == "P04"
    # mean over the at-risk helium (97.4) and cnc (61.8), weighted by severity, + staff + dept
    assert first.readiness == pytest.approx(0.349, abs=0.001)
    assert first.reasons[0] == "on the facility's staff (operator)"
    # both required skills are at risk, so both are to be gained to expert level
    assert [(g.skill_id, g.current_level, g.target_level) for g in first.to_gain] == [
        (CNC, 0, 3), (HELIUM, 1, 3)]


# --- scope and what-if -------------------------------------------------------------------------

def test_department_report_counts_cover_in_the_department(small_index):
    physics = succession_report(small_index, departments={"Physics"})
    assert physics.people == 3
    assert {r.skill_id for r in physics.skill_risks} == {HELIUM, MANUAL, CNC}
    assert [f.facility_id for f in physics.facility_risks] == ["liquefier"]
    cnc = risk(physics, CNC)                       # needed by the liquefier, nobody in Physics
    # a facility needs it and nobody in scope holds it: a gap today, nothing retires:
    # medium, 25 + 24.9 x 0.2
    assert (cnc.capable_now, cnc.experts_now, cnc.severity, cnc.level) == (0, 0, 30.0, "medium")
    # successors may come from anywhere in the institution: practitioners in Engineering
    # (P09 also holds the related manual machining), then P04, who staffs the liquefier
    assert [s.person_id for s in cnc.successors] == ["P09", "P10", "P04"]
    assert risk(physics, HELIUM).successors[0].person_id == "P04"


def test_unknown_scope_is_empty(small_index):
    empty = succession_report(small_index, departments=["Astrology"])
    assert (empty.people, empty.skill_risks, empty.facility_risks) == (0, [], [])
    assert succession_report(small_index, institution="Elsewhere").people == 0


def test_what_if_leaving_treats_people_as_retiring_now(small_index):
    report = succession_report(small_index, leaving=["P13", "NOBODY"])
    cryo = risk(report, CRYO)
    # its only expert leaves: high, 50 + 24.9 x (0.35 + 0.15 + 0.2)
    assert (cryo.bus_factor, cryo.experts_remaining, cryo.severity, cryo.level) == (
        0, 0, 67.4, "high")
    assert [(h.person_id, h.basis) for h in cryo.retiring] == [
        ("P13", "leaving (what if)"), ("P14", "state pension age")]
    assert report.leaving == ["P13"]
    assert report.notes == ["not counted as leaving (not someone in this report's scope): NOBODY"]
    assert all(s.person_id != "P13" for r in report.skill_risks for s in r.successors)


# --- mitigations -------------------------------------------------------------------------------

def test_mitigations_lower_severity_and_keep_the_raw(small_index):
    actions = [Mitigation("training", skill_id=HELIUM, trainee="P04", due=date(2027, 6, 30),
                          note="Manufacturer's course", id=7),
               Mitigation("procedure", skill_id=HELIUM)]
    report = succession_report(small_index, mitigations=actions)
    helium = risk(report, HELIUM)
    assert (helium.severity, helium.level) == (97.4, "critical")
    assert (helium.mitigated_severity, helium.mitigated_level) == (58.0, "high")   # x 0.7 x 0.85
    assert [(m.id, m.kind, m.trainee_name, m.due, m.factor) for m in helium.mitigations] == [
        (7, "training", "GivenP04 FamilyP04", "2027-06-30", 0.7), (None, "procedure", None, None,
                                                                  0.85)]
    liquefier = facility(report, "liquefier")
    # the facility is as bad as its worst skill after mitigation: cnc, unmitigated
    assert (liquefier.severity, liquefier.mitigated_severity) == (97.4, 61.8)
    assert len(liquefier.mitigations) == 2


def test_weak_mitigations_count_less(small_index):
    actions = [Mitigation("shadowing", skill_id=CRYO, trainee="P14"),          # retiring too
               Mitigation("training", facility_id="nmr-lab", due=date(2033, 1, 1))]
    report = succession_report(small_index, mitigations=actions)
    cryo, lab = risk(report, CRYO), facility(report, "nmr-lab")
    assert cryo.mitigated_severity == cryo.severity
    assert cryo.mitigations[0].warnings == ("the trainee retires within the horizon too",)
    assert lab.mitigations[0].factor == 0.95      # unnamed 0.9, due after the horizon: halved
    assert lab.mitigated_severity == round(57.5 * 0.95, 1)


def test_mitigations_never_hide_more_than_the_floor(small_index):
    many = [Mitigation("training", skill_id=HELIUM, trainee="P04")] * 6
    helium = risk(succession_report(small_index, mitigations=many), HELIUM)
    assert helium.mitigated_severity == round(97.4 * 0.4, 1)


def test_a_mitigation_names_one_target():
    with pytest.raises(SuccessionError):
        Mitigation("procedure")
    with pytest.raises(SuccessionError):
        Mitigation("procedure", skill_id=HELIUM, facility_id="liquefier")


# --- aggregates and privacy --------------------------------------------------------------------

def test_age_profile_suppresses_small_groups(report):
    profile = report.age_profile
    assert profile.bands == {"under 30": 0, "30-39": 5, "40-49": None, "50-59": None,
                             "60 and over": None}
    assert profile.suppressed == ("40-49", "50-59", "60 and over")
    assert (profile.unknown, profile.aged_50_plus, profile.share_50_plus) == (1, None, None)
    assert report.retirement_profile == {"within 2 years": None, "2-5 years": None,
                                         "5-10 years": None, "later": 8, "unknown": 1}


def test_heatmap_suppresses_cells_under_five_people(taxonomy):
    people = [person(f"C{i}", "Chemistry", date(1961 + 10 * (i % 2), 1, 1)) for i in range(6)]
    people += [person(f"B{i}", "Biology", date(1990, 1, 1)) for i in range(4)]
    holdings = [HoldingRecord(p.person_id, NMR, 2) for p in people[:5]]
    holdings += [HoldingRecord(p.person_id, CRYO, 2) for p in people[6:]]
    skills = {s.id: SkillInfo(s.id, s.label, s.family) for s in taxonomy.skills.values()}
    index = build_succession_index(taxonomy, Directory(people, holdings, skills=skills),
                                   today=TODAY)
    rows = {row.department: row.cells for row in succession_report(index).heatmap}
    chemistry = rows["Chemistry"]["analytical"]
    # born 1961 (C0, C2, C4) reach State Pension age in 2028: 3 of the 5 holders retire
    assert (chemistry.people, chemistry.retiring, chemistry.share) == (5, 3, 0.6)
    biology = rows["Biology"]["imaging"]
    assert (biology.people, biology.retiring, biology.suppressed) == (None, None, True)
    assert rows["Biology"]["analytical"].people == 0


def walk(value):
    """Every leaf of a nested asdict() structure."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from walk(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from walk(item)
    else:
        yield value


def test_no_birth_or_retirement_date_appears_in_the_report(taxonomy, small_index):
    actions = [Mitigation("training", skill_id=HELIUM, trainee="P04", due=date(2027, 6, 30))]
    report = succession_report(small_index, mitigations=actions, leaving=["P13"])
    data = dataclasses.asdict(report)
    assert not [v for v in walk(data) if isinstance(v, date)]
    text = json.dumps(data)
    directory = small_directory(taxonomy)
    private = set()
    for p in directory.people:
        private |= {p.date_of_birth.isoformat()} if p.date_of_birth else set()
        private |= {p.planned_retirement} if p.planned_retirement else set()
        day, _ = expected_retirement(p)
        private |= {day.isoformat()} if day else set()
    assert private and [d for d in sorted(private) if d in text] == []
    assert "date_of_birth" not in text and "planned_retirement" not in text


# --- the demo institution ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def demo(demo_db_url, real_taxonomy):
    with make_sessionmaker(demo_db_url)() as session:
        directory = load_directory(session)
    # the demo places its people relative to 1 January of the current year
    index = build_succession_index(real_taxonomy, directory,
                                   today=date(date.today().year, 1, 1))
    return index, succession_report(index, horizon_years=5)


def test_demo_fragile_facilities_come_first(demo):
    _, report = demo
    assert {f.facility_id for f in report.facility_risks[:4]} == set(FRAGILE)
    assert all(f.level == "critical" for f in report.facility_risks[:4])
    top_skills = [r.skill_id for r in report.skill_risks[:6]]
    assert set(FRAGILE.values()) <= set(top_skills)
    for f in report.facility_risks[:4]:
        assert f.weakest_skill == FRAGILE[f.facility_id] and f.bus_factor == 0
        assert f.successors, f"{f.facility_id} has no successor candidates"


def test_demo_successors_never_retire_within_the_horizon(demo):
    _, report = demo
    bands = {s.retirement_band for r in report.skill_risks + report.facility_risks
             for s in r.successors}
    assert bands and bands <= {"5-10 years", "later", "unknown"}


def test_demo_department_report_and_age_profile(demo):
    index, _ = demo
    physics = succession_report(index, departments={"Department of Physics"})
    assert physics.facility_risks[0].facility_id == "helium-liquefier"
    assert physics.skill_risks[0].skill_id == "helium-liquefaction"
    everyone = succession_report(index)
    assert 0.35 <= everyone.age_profile.share_50_plus <= 0.45     # "about 40% aged 50+"
    json.dumps(dataclasses.asdict(everyone))


def test_a_prebuilt_skills_graph_gives_the_same_report(taxonomy, small_index, report):
    from skillmap.graph import skills_graph

    directory = small_directory(taxonomy)
    index = build_succession_index(taxonomy, directory, today=TODAY,
                                   graph=skills_graph(taxonomy, directory))
    again = succession_report(index)
    assert [(r.skill_id, r.severity, [s.person_id for s in r.successors])
            for r in again.skill_risks] == [(r.skill_id, r.severity,
                                             [s.person_id for s in r.successors])
                                            for r in report.skill_risks]


def test_demo_columns_agree_with_the_why_and_now_ignores_the_horizon(demo):
    index, report = demo
    for f in report.facility_risks:
        experts = {h.person_id for h in f.retiring if h.expert}
        assert f.experts_retiring == len(experts), f.facility_id
        lost = sum(s.experts_now - s.experts_remaining for s in f.required_skills
                   if any(line.startswith(f"{s.label}: ") and "retire" in line
                          for line in f.reasons))
        assert len(experts) <= lost and (lost == 0) == (len(experts) == 0), f.reasons
    now = {h: {f.facility_id: f.experts_now for f in r.facility_risks + r.covered_facilities}
           for h in (1, 5, 15) for r in [succession_report(index, horizon_years=h)]}
    assert now[1] == now[5] == now[15]


# --- names a manager may type ------------------------------------------------------------------

@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=40) | st.sampled_from(["P01", "P05", "GivenP05 FamilyP05",
                                                     "givenp01", " P13 ", "Family"]))
def test_typed_names_resolve_only_to_people_the_viewer_may_see(small_index, text):
    physics = NameScope(small_index, {"Physics"})
    for person in physics.find(text, in_scope_only=True):
        assert physics.in_scope(person["person_id"]) and set(person) == {
            "person_id", "name", "department"}
    found = physics.resolve(text, in_scope_only=False)
    assert found is None or physics.nameable(found)


def test_names_resolve_by_id_or_unique_name(small_index):
    physics = NameScope(small_index, {"Physics"})
    assert physics.resolve("GivenP03 FamilyP03", in_scope_only=True) == "P03"
    assert physics.resolve("givenp03  familyp03", in_scope_only=True) == "P03"
    assert physics.resolve("P05", in_scope_only=True) is None      # Chemistry: not in scope
    assert physics.resolve("P05", in_scope_only=False) == "P05"    # but public, so nameable
    assert physics.resolve("Given", in_scope_only=True) is None    # ambiguous
