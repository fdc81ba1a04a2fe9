"""Every CSV and Excel download is formula-safe (OWASP "CSV injection").

The directory is loaded with names a spreadsheet would run (``=HYPERLINK(...)``,
``+cmd``, ``-2+3``, ``@SUM(1)``); every download (succession, dashboard, the
bundle export as zip and xlsx, the audit log) must hold them as text: no CSV
cell and no Excel text starts with ``=``, ``+``, ``-``, ``@``, a tab or a CR, and
no Excel cell is a formula. The neutralising itself is ``skillmap.sheets`` (the
core issue); these tests hold every download to it.
"""

from __future__ import annotations

import csv
import io
import zipfile

import pytest
from openpyxl import load_workbook

from skillmap.store.accounts import create_user
from skillmap.store.importer import import_bundle
from tests.conftest import INSTITUTION
from tests.web.conftest import csrf_token, sign_in
from webapp import create_app

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
MARKERS = ("HYPERLINK", "evilcalc", "SUM(1)", "2+3")
EVIL_ADMIN = "=1+1@evil.invalid"
PEOPLE = """\
person_id,given_name,family_name,department,job_title,grade,date_of_birth,planned_retirement,public
E1,"=HYPERLINK(""http://evil.test"",""x"")",+evilcalc,@SUM(1) Dept,-2+3,G6,1961-02-03,2027-01,true
E2,Ann,Safe,@SUM(1) Dept,Technician,G5,1990-05-06,,true
"""
SKILLS = """\
person_id,skill,level
E1,"=HYPERLINK(""http://evil.example"",""skill"")",4
E1,NMR spectroscopy,4
E2,NMR spectroscopy,1
"""
FACILITIES = """\
facility_id,name,department,kind,required_skills
F-EVIL,+evilcalc facility,@SUM(1) Dept,-instrument,NMR spectroscopy
"""
STAFF = "facility_id,person_id,role\nF-EVIL,E1,lead\nF-EVIL,E2,operator\n"
DOWNLOADS = ["/succession/export.csv", "/succession/export.xlsx", "/dashboard/export.csv",
             "/dashboard/export.xlsx", "/admin/export.zip", "/admin/export.xlsx",
             "/admin/audit.csv"]



@pytest.fixture
def hostile(sessions, engine, taxonomy, small_taxonomy_dir, make_bundle):
    bundle = make_bundle({"people.csv": PEOPLE, "person_skills.csv": SKILLS,
                          "facilities.csv": FACILITIES, "facility_staff.csv": STAFF})
    report = import_bundle(sessions, bundle, taxonomy, institution=INSTITUTION)
    assert report.ok, report.as_text()
    with sessions.begin() as session:
        create_user(session, EVIL_ADMIN, "admin", password="evil-admin-pass")
    app = create_app({"DATABASE_URL": engine.url.render_as_string(hide_password=False),
                      "TAXONOMY_DIR": str(small_taxonomy_dir), "SECRET_KEY": "test-only"})
    client = app.test_client()
    assert sign_in(client, EVIL_ADMIN, "evil-admin-pass").status_code == 302
    html = client.get("/people/E2/edit").get_data(as_text=True)      # audited, by EVIL_ADMIN
    version = html.split('name="version" type="hidden" value="')[1].split('"')[0]
    assert client.post("/people/E2/edit", data={
        "csrf_token": csrf_token(html), "version": version, "summary": "@SUM(1) summary",
        "public": "y", "skills-0-skill": "NMR spectroscopy", "skills-0-level": "2"}
    ).status_code == 302
    yield client
    app.extensions["skillmap.sessionmaker"].kw["bind"].dispose()


def csv_cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row]


def xlsx_cells(data: bytes) -> list[tuple[str, object]]:
    """(data type, value) of every cell; opened fully (not read-only) to see formulas."""
    workbook = load_workbook(io.BytesIO(data))
    return [(cell.data_type, cell.value) for sheet in workbook.worksheets
            for row in sheet.iter_rows() for cell in row if cell.value is not None]


def is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def unsafe_csv(text: str) -> list[str]:
    return [c for c in csv_cells(text) if c.startswith(TRIGGERS) and not is_number(c)]


def unsafe_xlsx(data: bytes) -> list[object]:
    return [value for kind, value in xlsx_cells(data)
            if kind == "f" or (isinstance(value, str) and value.startswith(TRIGGERS))]


def contents(path: str, data: bytes) -> dict[str, bytes]:
    """The files of a download: the zip's members, or the download itself."""
    if path.endswith(".zip"):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return {name: archive.read(name) for name in archive.namelist()}
    return {path: data}


@pytest.mark.parametrize("path", DOWNLOADS)
def test_every_download_neutralises_formulas(hostile, path):
    response = hostile.get(path)
    assert response.status_code == 200, path
    found = []
    for name, data in contents(path, response.data).items():
        if name.endswith(".xlsx"):
            found += unsafe_xlsx(data)
            text = " ".join(str(v) for _, v in xlsx_cells(data))
        else:
            text = data.decode("utf-8-sig")
            found += unsafe_csv(text)
        assert name.endswith("facility_staff.csv") or any(m in text for m in MARKERS), \
            f"{name}: the hostile names are missing, so the test would prove nothing"
    assert found == [], f"{path}: cells a spreadsheet would run: {found[:5]}"


def test_the_checker_catches_live_formulas():
    """The test above can fail: a raw CSV and a workbook with a formula are caught."""
    assert unsafe_csv('a,=HYPERLINK("x"),-5,@x\n') == ['=HYPERLINK("x")', "@x"]
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["=1+1", "+cmd", "-3", -3, "ok"])
    buffer = io.BytesIO()
    book.save(buffer)
    assert unsafe_xlsx(buffer.getvalue()) == ["=1+1", "+cmd", "-3"]
