"""The demo institution: deterministic, realistic, fragile where it should be, importable."""

from __future__ import annotations

import csv
import subprocess
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import pytest
import yaml

from skillmap.bundle.cells import orcid as check_orcid
from skillmap.demo import generate_bundle
from skillmap.matching import SkillMatcher
from skillmap.settings import PROJECT_ROOT
from skillmap.store.importer import import_bundle
from skillmap.store.session import init_db, make_engine, make_sessionmaker
from skillmap.taxonomy import load_taxonomy
from tests.conftest import INSTITUTION

TAXONOMIES = PROJECT_ROOT / "taxonomies"
SEED = yaml.safe_load((PROJECT_ROOT / "seed" / "institution.yaml").read_text(encoding="utf-8"))
REFERENCE = date(date.today().year, 1, 1)  # the generator's default reference date
FILES = ("people.csv", "person_skills.csv", "facilities.csv", "facility_staff.csv")


@pytest.fixture(scope="module")
def demo_taxonomy():
    if not (TAXONOMIES / "skills.csv").is_file():
        pytest.skip("taxonomies/skills.csv does not exist yet (being written); "
                    "the demo needs the real skills taxonomy")
    return load_taxonomy(TAXONOMIES)


@pytest.fixture(scope="module")
def bundle(demo_taxonomy, tmp_path_factory) -> Path:
    """The default demo: 700 people, seed 2017, reference date January 1st of this year."""
    return generate_bundle(tmp_path_factory.mktemp("demo") / "bundle", demo_taxonomy)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def tables(bundle) -> dict[str, list[dict[str, str]]]:
    return {name: read_csv(bundle / name) for name in FILES}


def age(born: str, on: date = REFERENCE) -> int:
    birth = date.fromisoformat(born)
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def skills_by_person(tables, taxonomy) -> dict[str, dict[str, int]]:
    """Skill levels by person and skill id, resolving labels and synonyms as the importer does."""
    matcher = SkillMatcher.for_taxonomy(taxonomy)
    held: dict[str, dict[str, int]] = defaultdict(dict)
    for row in tables["person_skills.csv"]:
        held[row["person_id"]][matcher.match(row["skill"]).skill_id] = int(row["level"])
    return held


def test_same_arguments_give_identical_bytes(demo_taxonomy, bundle, tmp_path):
    again = generate_bundle(tmp_path / "again", demo_taxonomy)
    for name in FILES:
        assert (bundle / name).read_bytes() == (again / name).read_bytes(), name
    other = generate_bundle(tmp_path / "other", demo_taxonomy, seed=1)
    assert (other / "people.csv").read_bytes() != (bundle / "people.csv").read_bytes()


def test_default_size_ids_and_emails(tables):
    people = tables["people.csv"]
    assert len(people) == 700
    ids = [p["person_id"] for p in people]
    emails = [p["email"] for p in people]
    assert len(set(ids)) == len(ids) and all(i[0] == "P" and len(i) == 7 for i in ids)
    assert len(set(emails)) == len(emails)
    assert all(e.endswith("@example.ac.uk") and "." in e.split("@")[0] for e in emails)
    assert {p["institution"] for p in people} == {INSTITUTION}
    assert len({p["department"] for p in people}) == len(SEED["departments"])


def test_age_profile_matches_the_sector(tables):
    people = tables["people.csv"]
    ages = [age(p["date_of_birth"]) for p in people if p["date_of_birth"]]
    assert 0.03 <= 1 - len(ages) / len(people) <= 0.08  # about 5% unknown
    assert 0.36 <= sum(a >= 50 for a in ages) / len(ages) <= 0.44
    assert 0.11 <= sum(a >= 60 for a in ages) / len(ages) <= 0.16
    assert 3 <= sum(a < 25 for a in ages) <= 60 and min(ages) >= 16
    planned = sum(bool(p["planned_retirement"]) for p in people) / len(people)
    assert 0.02 <= planned <= 0.045


def test_start_dates_fit_age(tables):
    for person in tables["people.csv"]:
        if person["start_date"] and person["date_of_birth"]:
            assert age(person["date_of_birth"], date.fromisoformat(person["start_date"])) >= 16
            assert date.fromisoformat(person["start_date"]) <= REFERENCE


def test_grades_form_a_pyramid(tables):
    grades = Counter(p["grade"] for p in tables["people.csv"])
    middle = grades["G4"] + grades["G5"] + grades["G6"]
    top = grades["G8"] + grades["G9"] + grades["G10"]
    assert middle > 0.6 * 700 and top < 0.12 * 700 and 3 <= grades["G2"] <= 25
    families = Counter(p["job_family"] for p in tables["people.csv"])
    assert families.most_common(1)[0][0] == "technical"
    assert families["technical-management"] > 0 and families["research-software"] > 0
    assert all(int(p["grade"][1:]) >= 6 for p in tables["people.csv"]
               if p["job_family"] == "technical-management")


def test_gender_split(tables):
    genders = Counter(p["gender"] for p in tables["people.csv"])
    assert 0.5 <= genders["Male"] / 700 <= 0.62
    assert 0.38 <= genders["Female"] / 700 <= 0.5
    assert 1 <= 700 - genders["Male"] - genders["Female"] <= 20


def test_registrations_are_consistent_with_grade(demo_taxonomy, tables):
    levels = {g.code: g.level for f in demo_taxonomy.job_families.values() for g in f.grades}
    registered = 0
    for person in tables["people.csv"]:
        codes = [c for c in person["registrations"].split(";") if c]
        registered += bool(codes)
        for code in codes:
            typical = demo_taxonomy.registrations[code].typical_grade
            assert levels[typical] <= levels[person["grade"]], (person["person_id"], code)
    assert 0.24 <= registered / 700 <= 0.36


def test_orcids_are_valid(tables):
    orcids = [p["orcid"] for p in tables["people.csv"] if p["orcid"]]
    assert 0.1 <= len(orcids) / 700 <= 0.22
    assert all(check_orcid(value) == value for value in orcids)
    private = sum(p["public"] == "false" for p in tables["people.csv"])
    assert 0.02 <= private / 700 <= 0.08


def test_skills_per_person_and_spelling(demo_taxonomy, tables):
    counts = Counter(row["person_id"] for row in tables["person_skills.csv"])
    assert set(counts) == {p["person_id"] for p in tables["people.csv"]}
    assert min(counts.values()) >= 4 and max(counts.values()) <= 14
    texts = [row["skill"] for row in tables["person_skills.csv"]]
    not_ids = {t for t in texts if t not in demo_taxonomy.skills}
    labels = {term for s in demo_taxonomy.skills.values() for term in s.terms}
    free = not_ids - labels
    assert 0.003 <= sum(t in not_ids - free for t in texts) / len(texts) <= 0.02
    assert 3 <= len(free) <= 5, free
    senior = Counter(row["level"] for row in tables["person_skills.csv"]
                     if row["person_id"] in {p["person_id"] for p in tables["people.csv"]
                                             if p["grade"] in ("G8", "G9", "G10")})
    assert senior["4"] > senior["1"]


def test_every_facility_is_staffed_by_skilled_people(demo_taxonomy, tables):
    held = skills_by_person(tables, demo_taxonomy)
    department = {p["person_id"]: p["department"] for p in tables["people.csv"]}
    staff = defaultdict(list)
    for row in tables["facility_staff.csv"]:
        staff[row["facility_id"]].append(row)
    assert 25 <= len(tables["facilities.csv"]) <= 40
    for facility in tables["facilities.csv"]:
        rows = staff[facility["facility_id"]]
        assert 2 <= len(rows) <= 10, facility["facility_id"]
        assert [r["role"] for r in rows].count("lead") == 1
        required = facility["required_skills"].split(";")
        for row in rows:
            assert department[row["person_id"]] == facility["department"]
            assert all(s in held[row["person_id"]] for s in required)
            if row["role"] == "lead":
                assert all(held[row["person_id"]][s] >= 3 for s in required)


def test_fragile_facilities_depend_on_people_near_pension_age(demo_taxonomy, tables):
    held = skills_by_person(tables, demo_taxonomy)
    people = {p["person_id"]: p for p in tables["people.csv"]}
    staff = defaultdict(set)
    for row in tables["facility_staff.csv"]:
        staff[row["facility_id"]].add(row["person_id"])
    fragile = SEED["fragile_facilities"]
    assert len(fragile) >= 3
    for entry in fragile:
        key = entry["key_skill"]
        experts = [p for p, skills in held.items() if skills.get(key, 0) >= 3]
        assert experts, entry["facility"]
        assert set(experts) <= staff[entry["facility"]]
        for person_id in experts:
            person = people[person_id]
            near = person["date_of_birth"] and 63 <= age(person["date_of_birth"]) < 67
            assert near, (entry["facility"], person_id, person["date_of_birth"])
        assert not [p for p, skills in held.items() if skills.get(key) == 2]


def test_summaries_mention_the_facility_or_skills(tables):
    summaries = [p["summary"] for p in tables["people.csv"] if p["summary"]]
    assert 0.85 <= len(summaries) / 700 <= 0.97
    assert all(s.endswith(".") and len(s) < 300 for s in summaries)
    assert any("NMR" in s for s in summaries)


def test_the_bundle_imports_without_errors(demo_taxonomy, bundle, tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 't.db'}")
    init_db(engine)
    report = import_bundle(make_sessionmaker(engine), bundle, demo_taxonomy,
                           institution=INSTITUTION)
    engine.dispose()
    assert report.ok, report.as_text()
    assert report.changes["people added"] == 700
    assert 3 <= len(report.unreviewed) <= 5


def test_sector_scale_is_a_consortium(demo_taxonomy, tmp_path):
    folder = generate_bundle(tmp_path / "sector", demo_taxonomy, people=3000, seed=7)
    people = read_csv(folder / "people.csv")
    facilities = read_csv(folder / "facilities.csv")
    assert len(people) == 3000
    institutions = Counter(p["institution"] for p in people)
    assert len(institutions) >= 3 and INSTITUTION in institutions
    assert len({p["person_id"] for p in people}) == 3000
    assert len({p["email"] for p in people}) == 3000
    ids = [f["facility_id"] for f in facilities]
    assert len(set(ids)) == len(ids)
    assert len({f["institution"] for f in facilities}) == len(institutions)


def test_reference_date_moves_every_date(demo_taxonomy, tmp_path):
    today = date(2031, 1, 1)
    folder = generate_bundle(tmp_path / "later", demo_taxonomy, people=120, today=today)
    people = read_csv(folder / "people.csv")
    births = [date.fromisoformat(p["date_of_birth"]) for p in people if p["date_of_birth"]]
    assert max(births) <= date(2015, 1, 1) and min(births) >= date(1962, 1, 1)
    assert all(p["start_date"] <= today.isoformat() for p in people)


def test_a_custom_taxonomy_still_gives_an_importable_bundle(taxonomy, tmp_path):
    """Seed ids that a replacement taxonomy lacks are left out, not imported as free text."""
    folder = generate_bundle(tmp_path / "small", taxonomy, people=40)
    engine = make_engine(f"sqlite:///{tmp_path / 's.db'}")
    init_db(engine)
    report = import_bundle(make_sessionmaker(engine), folder, taxonomy, institution=INSTITUTION)
    engine.dispose()
    assert report.ok, report.as_text()
    required = {s for row in read_csv(folder / "facilities.csv")
                for s in row["required_skills"].split(";") if s}
    assert required <= set(taxonomy.skills)


def test_the_generator_needs_neither_flask_nor_sqlalchemy():
    code = ("import sys, skillmap.demo; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'flask', 'sqlalchemy'}))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, cwd=PROJECT_ROOT)
    assert result.stdout.strip() == "[]"


def test_facilities_have_the_contract_v2_columns(tables):
    """Location, booking page, shared mailbox and training, as contract v2 defines them."""
    facilities = tables["facilities.csv"]
    for facility in facilities:
        assert facility["location"].count(", room ") == 1, facility
        assert facility["training_available"] in ("true", "false")
        url, email = facility["booking_url"], facility["contact_email"]
        assert not url or url == f"https://booking.example.ac.uk/facilities/{facility['facility_id']}"
        assert not email or email == f"{facility['facility_id']}@example.ac.uk"
        if facility["kind"] in ("instrument", "cleanroom"):
            assert url, facility
    assert sum(bool(f["contact_email"]) for f in facilities) >= 0.7 * len(facilities)
    assert {f["training_available"] for f in facilities} == {"true", "false"}
    assert len({f["location"] for f in facilities}) == len(facilities)
