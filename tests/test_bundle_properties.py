"""Property-based tests of the bundle parsers and the importer's validation (hypothesis)."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skillmap.bundle import cells, parse_bundle
from skillmap.bundle.columns import FILES
from skillmap.bundle.reading import Table, parse_csv
from skillmap.bundle.records import FacilityRecord, PersonRecord
from skillmap.bundle.writing import bundle_rows, write_bundle
from skillmap.bundle.reading import read_bundle
from skillmap.sheets import unescape


TODAY = date(2026, 11, 25)
PARSERS = [cells.iso_date, cells.retirement, cells.orcid, cells.boolean, cells.fte, cells.level,
           cells.email, lambda v: cells.year(v, latest=2026)]
hostile_text = st.one_of(st.text(), st.sampled_from([
    "<script>alert(1)</script>", "'; DROP TABLE person; --", "=HYPERLINK(\"http://x\")",
    "\u202e\u0000\ufeff", "x" * 10_000, "2026-02-29", "0000-0000-0000-000X"]))


@given(text=hostile_text)
def test_cell_parsers_accept_or_explain(text):
    for parser in PARSERS:
        try:
            parser(text)
        except ValueError as exc:
            assert str(exc)


@st.composite
def orcid_digits(draw):
    body = draw(st.text(alphabet="0123456789", min_size=15, max_size=15))
    total = 0
    for digit in body:
        total = (total + int(digit)) * 2
    check = (12 - total % 11) % 11
    return body + ("X" if check == 10 else str(check))


@given(digits=orcid_digits(), wrong=st.sampled_from("0123456789X"))
def test_orcid_check_digit(digits, wrong):
    formatted = "-".join(digits[i:i + 4] for i in range(0, 16, 4))
    assert cells.orcid(formatted) == formatted
    if wrong != digits[-1]:
        try:
            cells.orcid(formatted[:-1] + wrong)
            raise AssertionError("a wrong check digit was accepted")
        except ValueError:
            pass


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=60)
@given(rows=st.lists(st.dictionaries(st.sampled_from(FILES["people.csv"].columns), hostile_text),
                     max_size=8))
def test_validation_never_crashes_on_arbitrary_rows(rows, taxonomy):
    table = Table("people.csv", list(FILES["people.csv"].columns),
                  [(n, row) for n, row in enumerate(rows, start=2)])
    parsed, report = parse_bundle({"people.csv": table}, taxonomy, institution="U", today=TODAY)
    rejected = {e.row for e in report.errors}
    for number, row in table.rows:
        accepted = parsed.people.get(row.get("person_id", "").strip())
        assert number in rejected or (accepted and accepted.given_name == row["given_name"].strip())
    assert all(error.file == "people.csv" and error.reason for error in report.errors)


safe_text = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1,
                    max_size=40).map(str.strip).filter(bool)
optional = lambda strategy: st.none() | strategy  # noqa: E731


@st.composite
def person_records(draw, person_id):
    return PersonRecord(
        person_id=person_id, given_name=draw(safe_text), family_name=draw(safe_text),
        institution=draw(safe_text), job_family="technical",
        department=draw(optional(safe_text)), job_title=draw(optional(safe_text)),
        grade=draw(optional(st.sampled_from(["G2", "G5", "G10"]))),
        fte=draw(optional(st.sampled_from([0.1, 0.5, 0.8, 1.0]))),
        date_of_birth=draw(optional(st.dates(date(1940, 1, 1), date(2008, 1, 1)))),
        planned_retirement=draw(optional(st.sampled_from(["2027-03", "2030-12-31"]))),
        registrations=tuple(sorted(draw(st.sets(st.sampled_from(["RSci", "FHEA", "CEng"]))))),
        public=draw(st.booleans()), summary=draw(optional(safe_text)),
        teaches=draw(optional(st.booleans())),
        career_start=draw(optional(st.integers(1940, TODAY.year))),
        register_interest=tuple(sorted(draw(st.sets(st.sampled_from(
            ["science-council", "engineering-council", "bcs", "advance-he", "ist"]))))),
    )


@st.composite
def facility_records(draw, facility_id):
    return FacilityRecord(
        facility_id=facility_id, name=draw(safe_text), institution=draw(safe_text),
        department=draw(optional(safe_text)), kind=draw(optional(safe_text)),
        description=draw(optional(safe_text)), location=draw(st.just("") | safe_text),
        booking_url=draw(st.sampled_from(["", "https://book.example.ac.uk/x?y=1&z=%20",
                                          "https://ppms.example.org:8443/fac/"])),
        contact_email=draw(st.sampled_from(["", "facility@example.ac.uk"])),
        training_available=draw(optional(st.booleans())),
    )


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
          max_examples=40, deadline=None)
@given(data=st.data())
def test_written_people_read_back_identically(data, taxonomy, tmp_path_factory):
    ids = data.draw(st.lists(st.from_regex(r"P[0-9]{1,6}", fullmatch=True), unique=True,
                             min_size=1, max_size=5))
    people = [data.draw(person_records(pid)) for pid in ids]
    facilities = [data.draw(facility_records(f"F{pid}")) for pid in ids]
    folder = write_bundle(tmp_path_factory.mktemp("rt"),
                          bundle_rows(people, [], facilities, [], skill_text=str))
    parsed, report = parse_bundle(read_bundle(folder), taxonomy, institution="U", today=TODAY)
    assert report.ok, report.as_text()
    assert list(parsed.people.values()) == sorted(people, key=lambda p: p.person_id)
    assert list(parsed.facilities.values()) == sorted(facilities, key=lambda f: f.facility_id)


@given(data=st.binary(max_size=300))
def test_csv_reader_never_crashes_on_bytes(data):
    table = parse_csv("people.csv", data)
    assert all(number >= 2 for number, _ in table.rows)


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
          max_examples=25, deadline=None)
@given(summary=hostile_text, skill=hostile_text, grade=hostile_text)
def test_importer_stores_hostile_text_verbatim_or_reports_it(summary, skill, grade, taxonomy,
                                                             tmp_path_factory):
    import csv
    import io

    from skillmap.store.importer import import_bundle
    from skillmap.store.models import Person
    from skillmap.store.session import make_sessionmaker
    from tests.conftest import migrated_sqlite

    folder = tmp_path_factory.mktemp("hostile")
    for name, rows in {"people.csv": [["person_id", "given_name", "family_name", "grade",
                                       "summary"], ["P1", "Ada", "L", grade, summary]],
                       "person_skills.csv": [["person_id", "skill"], ["P1", skill]]}.items():
        buffer = io.StringIO()
        csv.writer(buffer).writerows(rows)
        (folder / name).write_text(buffer.getvalue(), encoding="utf-8", errors="surrogatepass")
    engine = migrated_sqlite(folder / "db.sqlite")
    sessions = make_sessionmaker(engine)
    report = import_bundle(sessions, folder, taxonomy, institution="U", today=TODAY)
    with sessions() as session:
        person = session.get(Person, "P1")
    if report.ok:      # verbatim, but for an apostrophe guarding a formula (skillmap.sheets)
        assert person.summary == (unescape(summary.strip()).strip() or None)
    else:
        assert person is None and all(e.reason for e in report.errors)
    engine.dispose()
