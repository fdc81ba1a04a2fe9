"""Contract v2 import rules: what only the matcher made equal is merged (with a warning), never
rejected; the same text twice, or the same facility twice, is still the file's own error."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from skillmap.store.exporter import export_bundle
from skillmap.store.importer import import_bundle
from skillmap.store.models import FacilityStaff, PersonSkill
from skillmap.store.session import make_sessionmaker
from tests.conftest import migrated_sqlite
from tests.store.test_importer import run_import

PEOPLE = "person_id,given_name,family_name\nP1,Ada,Lovelace\nP2,Bob,Machin\n"


def holdings(sessions) -> dict[tuple[str, str], tuple]:
    with sessions() as session:
        return {(h.person_id, h.skill_id): (h.level, h.last_used, h.interested)
                for h in session.scalars(select(PersonSkill))}


def test_rows_the_matcher_made_equal_become_one_holding(sessions, taxonomy, make_bundle):
    skills = ("person_id,skill,level,last_used,interested\n"
              "P1,nmr-spectroscopy,2,2024,\n"
              "P1,Nuclear magnetic resonance spectroscopy,4,2019,true\n"
              "P1,NMR,3,,false\n"
              "P2,Basket weaving,1,2010,false\n"
              "P2,basket  WEAVING,2,,\n")
    report = run_import(sessions, make_bundle({"people.csv": PEOPLE,
                                               "person_skills.csv": skills}), taxonomy)

    assert report.ok, report.as_text()
    assert holdings(sessions) == {("P1", "nmr-spectroscopy"): (4, 2024, True),
                                  ("P2", "x-basket-weaving"): (2, 2010, False)}
    assert [(w.file, w.row, w.column) for w in report.warnings] == [
        ("person_skills.csv", 3, "skill"), ("person_skills.csv", 4, "skill"),
        ("person_skills.csv", 6, "skill")]
    first = report.warnings[0].reason
    assert "'nmr-spectroscopy' (row 2)" in first
    assert "'Nuclear magnetic resonance spectroscopy' (row 3)" in first
    assert "skill nmr-spectroscopy for person P1: merged into one holding" in first
    assert "level 4, last used 2024, interested" in first
    assert "warning: person_skills.csv row 4" in report.as_text()


def test_the_same_text_twice_is_still_an_error(sessions, taxonomy, make_bundle):
    skills = "person_id,skill,level\nP1,NMR,2\nP2,NMR,2\nP1,NMR,3\n"
    report = run_import(sessions, make_bundle({"people.csv": PEOPLE,
                                               "person_skills.csv": skills}), taxonomy)
    assert [(e.row, e.column, e.value) for e in report.errors] == [(4, "skill", "NMR")]
    assert "this person already has this skill text (row 2)" in report.errors[0].reason
    assert holdings(sessions) == {}


def test_a_person_listed_twice_for_a_facility_keeps_the_senior_role(sessions, taxonomy,
                                                                     make_bundle):
    facilities = "facility_id,name\nF1,NMR facility\nF2,Workshop\n"
    staff = ("facility_id,person_id,role\nF1,P1,operator\nF1,P1,lead\nF1,P2,backup\n"
             "F2,P1,trainer\nF2,P1,backup\nF2,P1,\n")
    report = run_import(sessions, make_bundle({"people.csv": PEOPLE, "facilities.csv": facilities,
                                               "facility_staff.csv": staff}), taxonomy)
    assert report.ok, report.as_text()
    with sessions() as session:
        roles = {(s.facility_id, s.person_id): s.role for s in session.scalars(
            select(FacilityStaff))}
    assert roles == {("F1", "P1"): "lead", ("F1", "P2"): "backup", ("F2", "P1"): "trainer"}
    assert [(w.row, w.column) for w in report.warnings] == [(3, "person_id"), (6, "person_id"),
                                                            (7, "person_id")]
    assert report.warnings[0].reason == ("person P1 is listed twice for facility F1 (rows 2 and "
                                         "3, roles operator and lead): kept the senior role lead")


def test_the_same_facility_twice_is_still_an_error(sessions, taxonomy, make_bundle):
    facilities = "facility_id,name\nF1,NMR facility\nF1,NMR suite\n"
    report = run_import(sessions, make_bundle({"people.csv": PEOPLE,
                                               "facilities.csv": facilities}), taxonomy)
    assert [(e.file, e.row, e.column) for e in report.errors] == [("facilities.csv", 3,
                                                                   "facility_id")]


# Texts the fixture taxonomy's matcher resolves to one skill: id, label, synonym, abbreviation.
SPELLINGS = {
    "nmr-spectroscopy": ["nmr-spectroscopy", "NMR spectroscopy",
                         "nuclear magnetic resonance spectroscopy", "NMR"],
    "lc-ms": ["lc-ms", "Liquid chromatography-mass spectrometry", "LC-MS/MS",
              "liquid chromatography mass spectrometry"],
    "cnc-milling": ["cnc-milling", "CNC milling", "computer numerical control milling", "CNC"],
    "x-glass-blowing": ["Glass blowing", "glass  blowing", "GLASS BLOWING"],
}
ROLES = ["lead", "trainer", "operator", "backup", ""]


def csv_text(rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


@st.composite
def bundles_with_duplicates(draw):
    people = draw(st.lists(st.sampled_from(["P1", "P2", "P3"]), min_size=1, max_size=3,
                           unique=True))
    skill_rows = []
    for person in people:
        for skill in draw(st.sets(st.sampled_from(sorted(SPELLINGS)), max_size=4)):
            texts = draw(st.lists(st.sampled_from(SPELLINGS[skill]), min_size=1, max_size=3,
                                  unique=True))
            for text in texts:
                skill_rows.append([person, text, str(draw(st.integers(1, 4))),
                                   draw(st.sampled_from(["", "2015", "2020", "2026"])),
                                   draw(st.sampled_from(["", "true", "false"]))])
    skill_rows = draw(st.permutations(skill_rows))
    staff_rows = [[facility, person, draw(st.sampled_from(ROLES))]
                  for facility in ("F1", "F2") for person in people
                  for _ in range(draw(st.integers(0, 3)))]
    return {
        "people.csv": csv_text([["person_id", "given_name", "family_name"]]
                               + [[p, "Given", p] for p in people]),
        "person_skills.csv": csv_text([["person_id", "skill", "level", "last_used",
                                        "interested"]] + skill_rows),
        "facilities.csv": csv_text([["facility_id", "name", "required_skills"],
                                    ["F1", "NMR facility", "NMR;nmr-spectroscopy;CNC"],
                                    ["F2", "Workshop", ""]]),
        "facility_staff.csv": csv_text([["facility_id", "person_id", "role"]]
                                       + draw(st.permutations(staff_rows))),
    }


def fresh_sessions(folder: Path):
    engine = migrated_sqlite(folder / "db.sqlite")
    return make_sessionmaker(engine), engine


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
          max_examples=15, deadline=None)
@given(files=bundles_with_duplicates())
def test_export_import_export_is_a_fixed_point_with_merged_duplicates(files, taxonomy,
                                                                       tmp_path_factory):
    folder = tmp_path_factory.mktemp("dups")
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    first_sessions, first_engine = fresh_sessions(folder)
    report = run_import(first_sessions, folder, taxonomy)
    assert report.ok, report.as_text()
    exported = export_bundle(first_sessions, folder / "export1")
    # merged: one holding per (person, skill), one role per (facility, person)
    rows = list(csv.reader((exported / "person_skills.csv").read_text().splitlines()))[1:]
    assert len(rows) == len({(r[0], r[1]) for r in rows})
    skill_of = {text: skill for skill, texts in SPELLINGS.items() for text in texts}
    given_rows = list(csv.reader(files["person_skills.csv"].splitlines()))[1:]
    best = {}
    for person, text, level, _, _ in given_rows:
        key = (person, skill_of[text])
        best[key] = max(best.get(key, 0), int(level))
    assert {(r[0], r[1] if r[1] in SPELLINGS else skill_of[r[1]]): int(r[2]) for r in rows} \
        == best
    staff = list(csv.reader((exported / "facility_staff.csv").read_text().splitlines()))[1:]
    assert len(staff) == len({(r[0], r[1]) for r in staff})

    again_dir = tmp_path_factory.mktemp("again")
    second_sessions, second_engine = fresh_sessions(again_dir)
    again = run_import(second_sessions, exported, taxonomy)
    assert again.ok and again.warnings == [], again.as_text()
    second = export_bundle(second_sessions, again_dir / "export2")
    for name in files:
        assert (exported / name).read_bytes() == (second / name).read_bytes(), name
    first_engine.dispose()
    second_engine.dispose()


def test_another_institutions_v1_bundle_imports_with_merges(sessions, real_taxonomy,
                                                            make_bundle):
    """The issue's bundle, in miniature: each skill listed once, as that institution names it."""
    people = ("person_id,given_name,family_name,department,grade\n"
              "HR001,Priya,Shah,Biosciences,G5\nHR002,Tom,Ellis,Biosciences,G6\n")
    skills = ("person_id,skill,level,last_used,interested\n"
              "HR001,aseptic technique,3,2025,\n"
              "HR001,mammalian cell culture,2,2026,true\n"
              "HR001,polymerase chain reaction,3,,\n"
              "HR001,PCR,2,2024,false\n"
              "HR002,gas chromatography–mass spectrometry,3,,\n"
              "HR002,wind tunnel testing,2,,\n")
    report = import_bundle(sessions, make_bundle({"people.csv": people,
                                                  "person_skills.csv": skills}), real_taxonomy,
                           institution="U")
    assert report.ok, report.as_text()
    assert len(report.warnings) == 2
    assert holdings(sessions)[("HR001", "cell-culture")] == (3, 2026, True)
    assert holdings(sessions)[("HR001", "pcr")] == (3, 2024, False)
