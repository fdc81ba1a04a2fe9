"""Contract v2 columns: people teaches/career_start/register_interest, facilities location,
booking_url, contact_email, training_available — import, validation, records and round trip."""

from __future__ import annotations

from skillmap.store.exporter import export_bundle
from skillmap.store.queries import load_directory, load_facility, load_person
from tests.store.test_importer import run_import

PEOPLE = """\
person_id,given_name,family_name,teaches,career_start,register_interest
P1,Ada,Lovelace,true,1998,Science-Council;ist
P2,Bob,Machin,false,,
P3,Chen,Wei,,2026,
"""
FACILITIES = """\
facility_id,name,location,booking_url,contact_email,training_available
F-NMR,NMR facility,Chemistry Building G.14,https://booking.example.ac.uk/nmr,nmr@example.ac.uk,yes
F-WS,Mechanical workshop,,,,
"""
STAFF = "facility_id,person_id,role\nF-NMR,P1,lead\n"


def test_v2_columns_reach_the_library_records(sessions, taxonomy, make_bundle):
    report = run_import(sessions, make_bundle({"people.csv": PEOPLE, "facilities.csv": FACILITIES,
                                               "facility_staff.csv": STAFF}), taxonomy)
    assert report.ok, report.as_text()
    with sessions() as session:
        ada = load_person(session, "P1").person
        assert (ada.teaches, ada.career_start, ada.register_interest) == \
            (True, 1998, ("ist", "science-council"))
        bob = load_person(session, "P2").person
        assert (bob.teaches, bob.career_start, bob.register_interest) == (False, None, ())
        assert load_person(session, "P3").person.teaches is None
        nmr = load_facility(session, "F-NMR").facility
        assert (nmr.location, nmr.booking_url, nmr.contact_email, nmr.training_available) == (
            "Chemistry Building G.14", "https://booking.example.ac.uk/nmr", "nmr@example.ac.uk",
            True)
        workshop = next(f for f in load_directory(session).facilities if f.facility_id == "F-WS")
        assert (workshop.location, workshop.booking_url, workshop.training_available) == \
            ("", "", None)


def test_v2_columns_export_canonically_and_reimport_unchanged(sessions, taxonomy, make_bundle,
                                                              tmp_path):
    run_import(sessions, make_bundle({"people.csv": PEOPLE, "facilities.csv": FACILITIES}),
               taxonomy)
    folder = export_bundle(sessions, tmp_path / "out")
    people = (folder / "people.csv").read_text().splitlines()
    assert people[0].endswith(",teaches,career_start,register_interest")
    assert people[1].endswith(",true,1998,ist;science-council")
    assert people[2].endswith(",false,,")
    facilities = (folder / "facilities.csv").read_text().splitlines()
    assert facilities[0].endswith(",location,booking_url,contact_email,training_available")
    assert facilities[1].endswith(",Chemistry Building G.14,https://booking.example.ac.uk/nmr,"
                                  "nmr@example.ac.uk,true")
    again = run_import(sessions, folder, taxonomy)
    assert again.ok and again.changes["people unchanged"] == 3
    assert again.changes["facilities updated"] == 0


def test_v2_values_are_validated_with_the_rule_stated(sessions, taxonomy, make_bundle):
    people = ("person_id,given_name,family_name,teaches,career_start,register_interest\n"
              "P1,Ada,L,sometimes,3000,science-council;Royal Society\n"
              "P2,Bob,M,,98,\n"
              "P3,Cy,N,,1939,\n")
    facilities = ("facility_id,name,booking_url,contact_email,training_available\n"
                  "F1,One,http://booking.example.ac.uk/x,not-an-email,maybe\n"
                  "F2,Two,booking.example.ac.uk,,\n"
                  "F3,Three,javascript:alert(1),,\n")
    report = run_import(sessions, make_bundle({"people.csv": people,
                                               "facilities.csv": facilities}), taxonomy)
    found = {(e.file, e.row, e.column): e.reason for e in report.errors}
    assert found == {
        ("people.csv", 2, "teaches"): "expected true or false",
        ("people.csv", 2, "career_start"): "career start must be a year between 1940 and 2026 "
                                           "(not in the future)",
        ("people.csv", 2, "register_interest"): "unknown register code (known: advance-he, bcs, "
                                                "clinical-technology, cmi, engineering-council, "
                                                "iat, iosh, ist, ist-practitioner, "
                                                "science-council)",
        ("people.csv", 3, "career_start"): "not a year YYYY: career start must be a year "
                                           "between 1940 and 2026 (not in the future)",
        ("people.csv", 4, "career_start"): "career start must be a year between 1940 and 2026 "
                                           "(not in the future)",
        ("facilities.csv", 2, "booking_url"): "must be an absolute https:// URL, e.g. "
                                              "https://booking.example.ac.uk/nmr",
        ("facilities.csv", 2, "contact_email"): "not an email address (expected "
                                                "name@domain, no spaces)",
        ("facilities.csv", 2, "training_available"): "expected true or false",
        ("facilities.csv", 3, "booking_url"): "must be an absolute https:// URL, e.g. "
                                              "https://booking.example.ac.uk/nmr",
        ("facilities.csv", 4, "booking_url"): "must be an absolute https:// URL, e.g. "
                                              "https://booking.example.ac.uk/nmr",
    }
