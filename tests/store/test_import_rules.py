"""Single-file import, the audit entry of every import, and every error of every row at once."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from skillmap.bundle.reading import which_file
from skillmap.store.models import AuditEntry, FacilityStaff, Person, PersonSkill
from tests.store.test_importer import GOOD, run_import


def audit_entries(sessions) -> list[AuditEntry]:
    with sessions() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


@pytest.mark.parametrize("file", ["people.csv", "person_skills.csv", "facilities.csv",
                                  "facility_staff.csv"])
def test_a_lone_csv_is_recognised_by_name_or_header(file, tmp_path):
    header = GOOD[file].splitlines()[0].split(",")
    assert which_file(file, []) == file
    assert which_file("Export (3).CSV", header) == file
    assert which_file(f"2026-11 hr {file.removesuffix('.csv')}.csv", ["x"]) == file


def test_single_csv_files_import_one_after_another(sessions, taxonomy, tmp_path):
    for name, upload in (("people.csv", "hr.csv"), ("person_skills.csv", "skills.csv"),
                         ("facilities.csv", "kit.csv"), ("facility_staff.csv", "who.csv")):
        path = tmp_path / upload
        path.write_text(GOOD[name])
        report = run_import(sessions, path, taxonomy, source_name=f"Our {name}")
        assert report.ok, report.as_text()
        assert report.rows == {name: len(GOOD[name].splitlines()) - 1}
    with sessions() as session:
        assert session.get(Person, "P1").family_name == "Lovelace"
        assert session.get(PersonSkill, ("P2", "cnc-milling")).level == 3
        assert session.get(FacilityStaff, ("F-NMR", "P1")).role == "lead"


def test_a_lone_skills_file_needs_its_people_in_the_directory(sessions, taxonomy, tmp_path):
    path = tmp_path / "person_skills.csv"
    path.write_text(GOOD["person_skills.csv"])
    report = run_import(sessions, path, taxonomy)
    assert not report.ok
    assert {e.reason for e in report.errors} == {"no such person in people.csv or the directory"}
    assert "no people.csv" not in report.as_text()


def test_every_import_is_audited_once_with_who_file_and_counts(sessions, taxonomy, make_bundle,
                                                                tmp_path):
    report = run_import(sessions, make_bundle(GOOD), taxonomy, actor="admin@uni.ac.uk",
                        source_name="hr-2026.zip")
    assert report.ok
    run_import(sessions, make_bundle(GOOD), taxonomy, dry_run=True)           # not a change
    bad = tmp_path / "people.csv"
    bad.write_text("person_id,given_name,family_name,grade\nP9,Zed,New,G99\n")
    run_import(sessions, bad, taxonomy, actor="cli:ops")

    entries = audit_entries(sessions)
    assert [(e.actor, e.action, e.target) for e in entries] == [
        ("admin@uni.ac.uk", "import", "hr-2026.zip"), ("cli:ops", "import rejected",
                                                       "people.csv")]
    accepted, rejected = entries[0].after, entries[1].after
    assert accepted["file"] == "hr-2026.zip"
    assert accepted["rows"] == {"people.csv": 3, "person_skills.csv": 6, "facilities.csv": 2,
                                "facility_staff.csv": 2}
    assert accepted["changes"]["people added"] == 3 and accepted["errors"] == 0
    assert accepted["unreviewed_skills"] == 1
    assert rejected["errors"] == 1 and rejected["changes"] == {}
    assert entries[0].at is not None
    with sessions() as session:
        assert session.get(Person, "P9") is None


def test_every_error_of_every_row_in_one_pass(sessions, taxonomy, make_bundle):
    people = ("person_id,given_name,family_name,email,date_of_birth,fte,orcid,teaches\n"
              ",,Lovelace,not-an-email,1815-12-10,2,0000-0002-1825-0098,perhaps\n"
              "P2,,,bob@,2090-01-01,,,\n")
    skills = "person_id,skill,level,last_used\n,NMR,7,1066\nP404,,0,\nP404,Basket weaving,,\n"
    facilities = "facility_id,name,booking_url,training_available\n,,ftp://x,sometimes\n"
    staff = "facility_id,person_id,role\n,,chief\n"
    report = run_import(sessions, make_bundle({"people.csv": people, "person_skills.csv": skills,
                                               "facilities.csv": facilities,
                                               "facility_staff.csv": staff}), taxonomy)
    found = {(e.file, e.row, e.column) for e in report.errors}
    assert found == {
        ("people.csv", 2, "person_id"), ("people.csv", 2, "given_name"),
        ("people.csv", 2, "email"), ("people.csv", 2, "date_of_birth"), ("people.csv", 2, "fte"),
        ("people.csv", 2, "orcid"), ("people.csv", 2, "teaches"),
        ("people.csv", 3, "given_name"), ("people.csv", 3, "family_name"),
        ("people.csv", 3, "email"), ("people.csv", 3, "date_of_birth"),
        ("person_skills.csv", 2, "person_id"), ("person_skills.csv", 2, "level"),
        ("person_skills.csv", 2, "last_used"),
        ("person_skills.csv", 3, "person_id"), ("person_skills.csv", 3, "skill"),
        ("person_skills.csv", 3, "level"), ("person_skills.csv", 4, "person_id"),
        ("facilities.csv", 2, "facility_id"), ("facilities.csv", 2, "name"),
        ("facilities.csv", 2, "booking_url"), ("facilities.csv", 2, "training_available"),
        ("facility_staff.csv", 2, "facility_id"), ("facility_staff.csv", 2, "person_id"),
        ("facility_staff.csv", 2, "role"),
    }
    reasons = {(e.row, e.column): e.reason for e in report.errors if e.file == "people.csv"}
    assert reasons[2, "date_of_birth"] == "date of birth must be between 1900-01-01 and today"
    text = report.as_text()
    assert "nothing was written" in text
    assert "not in the taxonomy, will be kept as unreviewed once the errors are fixed" in text
    assert "skill name(s) not in the taxonomy, kept as unreviewed" not in text


def test_spreadsheet_habits_are_understood(sessions, taxonomy, make_bundle):
    """Headers in another case or spacing, semicolon-separated CSV, grade codes in lower case."""
    people = ("\ufeffPerson ID;Given Name;Family-Name;Job Family;Grade\n"
              "P1;Ada;Lovelace;Technical;g7\n")
    report = run_import(sessions, make_bundle({"people.csv": people}), taxonomy)
    assert report.ok and not report.warnings, report.as_text()
    with sessions() as session:
        ada = session.get(Person, "P1")
        assert (ada.family_name, ada.job_family, ada.grade) == ("Lovelace", "technical", "G7")


def test_a_bundle_written_by_pandas_imports(sessions, taxonomy, make_bundle):
    """pandas writes a whole-number column with blanks as floats ("2021.0", "3.0") and a date
    column as dates at midnight; both say exactly what the contract asks for. A time of day
    on a date, or a fraction of a year, is still an error."""
    bundle = {"people.csv": "person_id,given_name,family_name,date_of_birth,start_date,"
                            "career_start,planned_retirement\n"
                            "P1,Ada,Lovelace,1961-03-05 00:00:00,2001-09-01T00:00:00,1998.0,"
                            "2031-09-30 00:00:00\n"
                            "P2,Bob,Moog,,,,\n",
              "person_skills.csv": "person_id,skill,level,last_used,interested\n"
                                   "P1,cnc-milling,3.0,2021.0,True\nP2,cnc-milling,,,\n"}
    report = run_import(sessions, make_bundle(bundle), taxonomy)
    assert report.ok, report.as_text()
    with sessions() as session:
        ada = session.get(Person, "P1")
        assert (str(ada.date_of_birth), str(ada.start_date), ada.career_start) == (
            "1961-03-05", "2001-09-01", 1998)
        holding = session.get(PersonSkill, ("P1", "cnc-milling"))
        assert (holding.level, holding.last_used) == (3, 2021)
    bundle["people.csv"] = bundle["people.csv"].replace("1961-03-05 00:00:00",
                                                        "1961-03-05 14:30:00")
    bundle["person_skills.csv"] = bundle["person_skills.csv"].replace("2021.0", "2021.5")
    report = run_import(sessions, make_bundle(bundle), taxonomy, dry_run=True)
    assert {(e.file, e.column, e.reason) for e in report.errors} == {
        ("people.csv", "date_of_birth", "not an ISO date YYYY-MM-DD"),
        ("person_skills.csv", "last_used", "not a year YYYY")}


def test_a_database_s_nulls_and_comma_lists_import(sessions, taxonomy, make_bundle):
    """A database or pandas writes "NULL", "nan" or "N/A" for no value: in a typed column it
    is an empty cell, with one warning per column; codes listed with commas are a list."""
    bundle = {"people.csv": "person_id,given_name,family_name,grade,date_of_birth,orcid,"
                            "registrations,register_interest,summary\n"
                            "P1,Ada,Lovelace,NULL,NULL,NULL,\"CSci, FHEA\",ist,N/A\n"
                            "P2,Bob,Moog,G6,nan,,RSciTech,NULL,\n",
              "person_skills.csv": "person_id,skill,level,last_used,interested\n"
                                   "P1,cnc-milling,3,nan,NaN\n"}
    report = run_import(sessions, make_bundle(bundle), taxonomy)
    assert report.ok, report.as_text()
    assert sorted((w.file, w.row, w.column) for w in report.warnings) == [
        ("people.csv", 2, "date_of_birth"), ("people.csv", 2, "grade"),
        ("people.csv", 2, "orcid"), ("people.csv", 3, "register_interest"),
        ("person_skills.csv", 2, "interested"), ("person_skills.csv", 2, "last_used")]
    with sessions() as session:
        ada, bob = session.get(Person, "P1"), session.get(Person, "P2")
        codes = {person.person_id: sorted(r.code for r in person.registrations)
                 for person in (ada, bob)}
        assert (ada.grade, ada.date_of_birth, ada.summary) == (None, None, "N/A")   # free
        assert codes == {"P1": ["CSci", "FHEA"], "P2": ["RSciTech"]}    # text kept as written
        assert bob.date_of_birth is None
        assert session.get(PersonSkill, ("P1", "cnc-milling")).last_used is None


def test_file_and_sheet_names_in_any_case(sessions, taxonomy, make_bundle, tmp_path):
    import openpyxl

    folder = make_bundle({"People.CSV": "person_id,given_name,family_name\nP1,Ada,L\n"})
    assert run_import(sessions, folder, taxonomy, dry_run=True).rows == {"people.csv": 1}
    book = openpyxl.Workbook()
    book.active.title = "People"
    book.active.append(["person_id", "given_name", "family_name"])
    book.active.append(["P2", "Bob", "M"])
    book.save(tmp_path / "hr.xlsx")
    assert run_import(sessions, tmp_path / "hr.xlsx", taxonomy, dry_run=True).rows == {
        "people.csv": 1}


def test_a_windows_1252_file_is_read_with_a_warning(sessions, taxonomy, tmp_path):
    path = tmp_path / "people.csv"
    path.write_bytes("person_id,given_name,family_name,job_title\nP1,Siân,Müller,Glass – "
                     "blower\n".encode("cp1252"))
    report = run_import(sessions, path, taxonomy)
    assert report.ok, report.as_text()
    assert "not UTF-8: read as windows-1252" in report.warnings[0].reason
    with sessions() as session:
        person = session.get(Person, "P1")
        assert (person.given_name, person.family_name, person.job_title) == (
            "Siân", "Müller", "Glass – blower")
