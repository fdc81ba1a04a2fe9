"""Importing bundles: all or nothing, idempotent, exact round trips (SQLite and PostgreSQL)."""

from __future__ import annotations

import filecmp
from datetime import date

import pytest
from sqlalchemy import select

from skillmap.exceptions import BundleError
from skillmap.store.exporter import export_bundle
from skillmap.store.importer import import_bundle
from skillmap.store.models import Person, PersonSkill, Skill
from skillmap.store.queries import directory_counts
from tests.conftest import INSTITUTION

TODAY = date(2026, 11, 25)

PEOPLE = """\
person_id,given_name,family_name,email,department,job_title,grade,fte,start_date,date_of_birth,planned_retirement,registrations,orcid,public,summary,teaches,career_start,register_interest
P1,Ada,Lovelace,ada@example.ac.uk,Chemistry,NMR Manager,G7,1,2001-09-01,1962-04-10,2029-09,RSci;FHEA,0000-0002-1825-0097,true,Runs the NMR facility,true,1985,science-council
P2,Bob,Machin,,Physics,Workshop Technician,G5,0.8,,1990-01-31,,rscitech,,false,
P3,Chen,Wei,,Biosciences,Imaging Specialist,,,,,,,,,
"""
SKILLS = """\
person_id,skill,level,last_used,interested
P1,nmr-spectroscopy,4,2026,
P1,LC-MS/MS,3,,true
P2,CNC,3,,
P2,Manual machning,2,2019,false
P3,Confocal microscopy,,,
P3,Basket weaving,1,,
"""
FACILITIES = """\
facility_id,name,department,kind,description,required_skills,location,booking_url,contact_email,training_available
F-NMR,NMR facility,Chemistry,instrument,Three NMR spectrometers,NMR;lc-ms,Building 7 room 1.02,https://ppms.example.ac.uk/nmr,nmr@example.ac.uk,true
F-WS,Mechanical workshop,Physics,workshop,,cnc-milling
"""
STAFF = """\
facility_id,person_id,role
F-NMR,P1,lead
F-WS,P2,
"""
GOOD = {"people.csv": PEOPLE, "person_skills.csv": SKILLS, "facilities.csv": FACILITIES,
        "facility_staff.csv": STAFF}


def run_import(sessions, path, taxonomy, **kwargs):
    return import_bundle(sessions, path, taxonomy, institution=INSTITUTION, today=TODAY, **kwargs)


def test_good_bundle_is_imported_with_skills_matched(sessions, taxonomy, make_bundle):
    report = run_import(sessions, make_bundle(GOOD), taxonomy)

    assert report.ok, report.as_text()
    assert report.changes["people added"] == 3
    assert report.fuzzy == {"Manual machning": ("manual-machining", pytest.approx(96.6, abs=2))}
    assert report.unreviewed == {"Basket weaving": "x-basket-weaving"}
    with sessions() as session:
        ada = session.get(Person, "P1")
        assert (ada.grade, ada.fte, ada.planned_retirement, ada.institution) == \
            ("G7", 1.0, "2029-09", INSTITUTION)
        assert sorted(r.code for r in ada.registrations) == ["FHEA", "RSci"]
        assert session.get(Person, "P2").public is False
        assert [r.code for r in session.get(Person, "P2").registrations] == ["RSciTech"]
        held = dict(session.execute(select(PersonSkill.skill_id, PersonSkill.level)
                                    .where(PersonSkill.person_id == "P2")).all())
        assert held == {"cnc-milling": 3, "manual-machining": 2}
        assert session.get(Skill, "x-basket-weaving").status == "unreviewed"
        assert directory_counts(session)["facilities"] == 2


BAD_PEOPLE = PEOPLE + """\
P1,Ada,Again,,,,G5,,,,,,,,
P4,Dan,Grade,,,,G99,,,,,,,,
P5,Eve,Dates,,,,,,2020-02-30,1970-13-01,,,,,
P6,Fay,Orcid,,,,,,,,,,0000-0002-1825-0098,,
P7,Gus,Fte,,,,,1.5,,,,XYZ,,maybe,
"""
BAD_SKILLS = SKILLS + """\
P404,nmr-spectroscopy,2,,
P1,LC-MS/MS,2,,
P3,cryo-em,5,1900,
"""


def test_bad_bundle_lists_every_error_and_changes_nothing(sessions, taxonomy, make_bundle,
                                                          tmp_path):
    run_import(sessions, make_bundle(GOOD), taxonomy)
    before = export_bundle(sessions, tmp_path / "before")
    latin1 = "person_id,given_name,family_name\nP9,Zo\xeb,M\xfcller\n".encode("latin-1")
    bad = make_bundle({**GOOD, "people.csv": BAD_PEOPLE, "person_skills.csv": BAD_SKILLS})
    mixed = BAD_PEOPLE.replace("Dan,Grade", "Dán,Grade").encode()      # UTF-8, then Latin-1
    (bad / "people.csv").write_bytes(mixed + latin1.split(b"\n", 1)[1])

    report = run_import(sessions, bad, taxonomy)

    assert not report.ok
    found = {(e.file, e.row, e.column) for e in report.errors}
    assert found == {
        ("people.csv", 5, "person_id"),            # duplicate id
        ("people.csv", 6, "grade"),                # unknown grade
        ("people.csv", 7, "start_date"),           # no such day
        ("people.csv", 7, "date_of_birth"),        # month 13
        ("people.csv", 8, "orcid"),                # bad check digit
        ("people.csv", 9, "fte"),
        ("people.csv", 9, "registrations"),
        ("people.csv", 9, "public"),
        ("people.csv", 10, ""),                    # not UTF-8
        ("person_skills.csv", 8, "person_id"),     # no such person
        ("person_skills.csv", 9, "skill"),         # the same text again for P1
        ("person_skills.csv", 10, "level"),
        ("person_skills.csv", 10, "last_used"),
    }
    assert "duplicate person_id (first on row 2)" in report.as_text()
    after = export_bundle(sessions, tmp_path / "after")
    assert not filecmp.dircmp(before, after).diff_files


def test_missing_required_column_and_unknown_column(sessions, taxonomy, make_bundle):
    report = run_import(sessions, make_bundle({"people.csv": "person_id,given_name,shoe_size\n"
                                                             "P1,Ada,42\n"}), taxonomy)
    assert [(e.row, e.column, e.reason) for e in report.errors] == [
        (1, "family_name", "required column is missing"), (2, "family_name",
                                                          "required value is empty")]
    assert [(w.column, w.reason) for w in report.warnings] == [("shoe_size",
                                                                "unknown column, ignored")]


def test_bundle_without_people_is_rejected(sessions, taxonomy, make_bundle):
    report = run_import(sessions, make_bundle({"person_skills.csv": SKILLS}), taxonomy)
    assert "the bundle has no people.csv (it is required)" in report.as_text()
    assert any(e.column == "person_id" for e in report.errors)


def test_dry_run_reports_but_writes_nothing(sessions, taxonomy, make_bundle):
    report = run_import(sessions, make_bundle(GOOD), taxonomy, dry_run=True)
    assert report.ok and report.changes["people added"] == 3
    assert "would change" in report.as_text()
    with sessions() as session:
        assert directory_counts(session)["people"] == 0
        assert session.scalar(select(Skill.id).where(Skill.status == "unreviewed")) is None


def test_reimport_is_idempotent_and_later_bundle_updates(sessions, taxonomy, make_bundle):
    bundle = make_bundle(GOOD)
    run_import(sessions, bundle, taxonomy)
    again = run_import(sessions, bundle, taxonomy)
    assert again.changes["people unchanged"] == 3
    assert sum(v for k, v in again.changes.items() if k != "people unchanged") == 0

    later = make_bundle({"people.csv": PEOPLE.replace("G5,0.8", "G6,1"),
                         "person_skills.csv": "person_id,skill,level\nP2,cnc-milling,4\n"})
    report = run_import(sessions, later, taxonomy)
    assert report.changes["people updated"] == 1
    with sessions() as session:
        bob = session.get(Person, "P2")
        assert (bob.grade, bob.version) == ("G6", 2)
        assert [(h.skill_id, h.level) for h in bob.skills] == [("cnc-milling", 4)]
        assert len(session.get(Person, "P1").skills) == 2   # not in this bundle: kept


@pytest.mark.parametrize("suffix", ["", ".zip", ".xlsx"])
def test_export_import_export_is_identical(sessions, taxonomy, make_bundle, tmp_path, suffix,
                                           small_taxonomy_dir):
    run_import(sessions, make_bundle(GOOD), taxonomy)
    first = export_bundle(sessions, tmp_path / f"first{suffix}")

    from skillmap.store.session import init_db, make_engine, make_sessionmaker
    empty = make_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    init_db(empty)
    report = run_import(make_sessionmaker(empty), first, taxonomy)
    assert report.ok, report.as_text()
    second = export_bundle(make_sessionmaker(empty), tmp_path / f"second{suffix}")

    if suffix:
        first = export_bundle(sessions, tmp_path / "first-folder")
        second = export_bundle(make_sessionmaker(empty), tmp_path / "second-folder")
    for name in ("people.csv", "person_skills.csv", "facilities.csv", "facility_staff.csv"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


@pytest.mark.parametrize("name, content, message", [
    ("junk.zip", "not a zip", "not a readable zip"),
    ("export.csv", "name,shoe size\nAda,42\n", "cannot tell which bundle file this is")])
def test_not_a_bundle_raises(sessions, taxonomy, tmp_path, name, content, message):
    junk = tmp_path / name
    junk.write_text(content)
    with pytest.raises(BundleError, match=message):
        run_import(sessions, junk, taxonomy)


def test_nul_characters_are_rejected_not_stored(sessions, taxonomy, make_bundle):
    report = run_import(sessions, make_bundle({"people.csv": "person_id,given_name,family_name\n"
                                                             "P1,A\x00B,C\n"}), taxonomy)
    assert [(e.row, e.column, e.reason) for e in report.errors] == [
        (2, "given_name", "contains a NUL character")]
