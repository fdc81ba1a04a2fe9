"""The succession report on the demo institution: scope, ranking, privacy, actions, exports."""

from __future__ import annotations

import csv
from datetime import date
import io
import re
import zipfile

import pytest
import yaml
from openpyxl import load_workbook
from sqlalchemy import select

from skillmap.settings import PROJECT_ROOT
from skillmap.store.models import Person
from tests.conftest import DEMO_PASSWORD, DEMO_USERS
from tests.web.conftest import csrf_token, sign_in
from webapp.db import get_session

SEED = yaml.safe_load((PROJECT_ROOT / "seed" / "institution.yaml").read_text())
FRAGILE = {f["facility"] for f in SEED["fragile_facilities"]}
FRAGILE_NAMES = {f["name"] for f in SEED["facilities"] if f["id"] in FRAGILE}


@pytest.fixture(scope="module")
def admin(app):
    client = app.test_client()
    assert sign_in(client, DEMO_USERS["admin"], DEMO_PASSWORD).status_code == 302
    return client


@pytest.fixture(scope="module")
def manager(app):
    client = app.test_client()
    assert sign_in(client, DEMO_USERS["manager"], DEMO_PASSWORD).status_code == 302
    return client


def facility_order(html: str) -> list[str]:
    section = html.split('id="fac-title"')[1].split('id="skill-title"')[0]
    return re.findall(r'<th scope="row"><a href="/facilities/[^"]+">([^<]+)</a>', section)


def test_fragile_facilities_top_the_institution_report(admin):
    html = admin.get("/succession?horizon_years=5").get_data(as_text=True)
    assert set(facility_order(html)[:4]) == FRAGILE_NAMES
    api = admin.get("/api/v1/succession?horizon_years=5").get_json()
    assert {f["facility_id"] for f in api["facility_risks"][:4]} == FRAGILE
    assert "How to read this report" in html and "bus factor" in html.lower()


def test_manager_sees_only_their_departments(app, manager):
    html = manager.get("/succession").get_data(as_text=True)
    assert "Scientific glassblowing workshop" in html    # the demo manager runs Chemistry
    assert "Helium recovery and liquefier" not in html   # Physics is not theirs
    assert manager.get("/succession?department=School+of+Geography").status_code == 403
    assert manager.get("/api/v1/succession?department=School+of+Geography").status_code == 403


def test_horizon_changes_who_is_retiring(admin):
    one = admin.get("/api/v1/succession?horizon_years=1").get_json()
    ten = admin.get("/api/v1/succession?horizon_years=10").get_json()
    retiring = lambda r: sum(len(s["retiring"]) for s in r["skill_risks"])  # noqa: E731
    assert retiring(one) < retiring(ten)
    assert admin.get("/api/v1/succession?horizon_years=99").status_code == 400


def test_no_dates_of_birth_or_retirement_in_reports(app, admin):
    with app.app_context():
        people = get_session().scalars(select(Person)).all()
    dates = {d for p in people for d in (p.date_of_birth and p.date_of_birth.isoformat(),
                                         p.planned_retirement) if d}
    today = date.today().isoformat()         # the report's own date is not personal data
    for url in ("/succession", "/api/v1/succession", "/succession/export.csv"):
        text = admin.get(url).get_data(as_text=True).replace(today, "TODAY")
        assert [d for d in dates if d in text] == [], url


def test_what_if_someone_leaves(admin):
    report = admin.get("/api/v1/succession").get_json()
    glass = next(f for f in report["facility_risks"]
                 if f["label"] == "Scientific glassblowing workshop")
    staying = next(s for s in glass["staff"] if not s["retiring"])
    what_if = admin.get(f"/api/v1/succession?leaving={staying['person_id']}").get_json()
    after = next(f for f in what_if["facility_risks"] if f["facility_id"] == glass["facility_id"])
    assert after["severity"] >= glass["severity"]
    assert staying["person_id"] in what_if["leaving"]


def test_recording_an_action_lowers_severity_but_keeps_the_raw_risk(admin):
    before = admin.get("/api/v1/succession").get_json()["skill_risks"][0]
    token = csrf_token(admin.get("/succession").get_data(as_text=True))
    trainee = before["successors"][0]["person_id"]
    response = admin.post("/succession/mitigations", data={
        "csrf_token": token, "target_kind": "skill", "target_id": before["skill_id"],
        "kind": "training", "trainee": trainee, "due": "2027-06-30",
        "note": "Shadowing on every run", "back": "/succession"})
    assert response.status_code == 302
    after = next(s for s in admin.get("/api/v1/succession").get_json()["skill_risks"]
                 if s["skill_id"] == before["skill_id"])
    assert after["severity"] == before["severity"]
    assert after["mitigated_severity"] < before["mitigated_severity"]
    assert after["mitigations"][0]["trainee"] == trainee
    assert "mitigation.add" in admin.get("/admin/audit.csv").get_data(as_text=True)


SHEETS = ["facilities", "skills", "successors", "actions", "safe_facilities", "definitions"]


def test_exports_have_the_same_ranking_as_the_page(admin):
    html = admin.get("/succession").get_data(as_text=True)
    facilities = list(csv.DictReader(io.StringIO(admin.get(
        "/succession/export/facilities.csv").get_data(as_text=True))))
    assert [r["facility"] for r in facilities[:4]] == facility_order(html)[:4]
    assert [r["rank"] for r in facilities[:3]] == ["1", "2", "3"]
    workbook = load_workbook(io.BytesIO(admin.get("/succession/export.xlsx").data))
    assert workbook.sheetnames == SHEETS
    sheet = list(workbook["facilities"].iter_rows(values_only=True))
    assert [r[2] for r in sheet[1:5]] == facility_order(html)[:4]


def test_every_table_is_a_tidy_csv_and_the_zip_holds_them_all(admin):
    """One header row, then records with as many cells: what pandas.read_csv needs."""
    archive = zipfile.ZipFile(io.BytesIO(admin.get("/succession/export.zip").data))
    assert sorted(archive.namelist()) == sorted(f"{name}.csv" for name in SHEETS)
    for name in SHEETS:
        text = admin.get(f"/succession/export/{name}.csv").get_data(as_text=True)
        assert archive.read(f"{name}.csv").decode() == text
        rows = list(csv.reader(io.StringIO(text)))
        header = rows[0]
        assert len(set(header)) == len(header) and all(header), name
        assert all(len(row) == len(header) for row in rows[1:]), name
    workbook = load_workbook(io.BytesIO(admin.get("/succession/export.xlsx").data))
    for name in SHEETS:
        header = next(workbook[name].iter_rows(values_only=True))
        assert list(header) == next(csv.reader(io.StringIO(archive.read(
            f"{name}.csv").decode()))), name
    assert admin.get("/succession/export/nothing.csv").status_code == 404


def test_pandas_reads_every_table_without_editing(admin):
    pandas = pytest.importorskip("pandas")
    for name in SHEETS:
        frame = pandas.read_csv(io.BytesIO(admin.get(f"/succession/export/{name}.csv").data))
        assert frame.columns[0] != "Unnamed: 0", name
    facilities = pandas.read_csv(io.BytesIO(admin.get("/succession/export/facilities.csv").data))
    assert facilities["rank"].tolist() == list(range(1, len(facilities) + 1))
    assert set(facilities["level"]) <= {"critical", "high", "medium"}
    assert facilities["experts_now"].dtype.kind == "i"


def test_charts_are_svg_images(admin):
    for url in ("/succession/age-profile.svg", "/succession/heatmap.svg"):
        response = admin.get(url)
        assert response.mimetype == "image/svg+xml" and b"<svg" in response.data
