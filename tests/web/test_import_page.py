"""The web import: a single CSV, templates, the audit entry, and background imports."""

from __future__ import annotations

import csv
import io
import re
import time

import openpyxl
from sqlalchemy import select

from skillmap.bundle.columns import FILES
from skillmap.store.models import AuditEntry, Person
from tests.web.conftest import csrf_token
from tests.web.test_admin import admin
from webapp.db import get_session


def post_file(client, data: bytes, filename: str, dry_run: bool = False):
    token = csrf_token(client.get("/admin/import").get_data(as_text=True))
    form = {"csrf_token": token, "bundle": (io.BytesIO(data), filename)}
    if dry_run:
        form["dry_run"] = "y"
    return client.post("/admin/import", data=form, content_type="multipart/form-data")


def test_a_single_people_csv_is_imported_and_audited(small_app, small_client):
    admin(small_client)
    people = (b"person_id,given_name,family_name,teaches,career_start\n"
              b"P9,Zed,New,true,2001\n")
    response = post_file(small_client, people, "people.csv")
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and "Imported" in html
    assert "people added 1" in html
    with small_app.app_context():
        session = get_session()
        zed = session.get(Person, "P9")
        assert (zed.family_name, zed.teaches, zed.career_start) == ("New", True, 2001)
        entry = session.scalars(select(AuditEntry).where(
            AuditEntry.actor == "admin@test.invalid")).one()
    assert (entry.actor, entry.target) == ("admin@test.invalid", "people.csv")
    assert entry.after["rows"] == {"people.csv": 1}
    assert entry.after["changes"]["people added"] == 1
    audit = small_client.get("/admin/audit").get_data(as_text=True)
    assert "people.csv" in audit and "import" in audit


def test_a_skills_csv_by_header_shows_merges_and_unreviewed_names(small_client):
    admin(small_client)
    skills = (b"person_id,skill,level\nP3,Confocal microscopy,4\n"
              b"P3,laser scanning confocal microscopy,2\nP3,Underwater basket weaving,1\n")
    response = post_file(small_client, skills, "export from HR.csv", dry_run=True)
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and "Dry run: no errors" in html
    assert "merged into one holding" in html and "Underwater basket weaving" in html
    assert "would be kept as unreviewed" in html


def test_a_rejected_csv_lists_every_error_and_claims_nothing_kept(small_app, small_client):
    admin(small_client)
    people = (b"person_id,given_name,family_name,email,date_of_birth\n"
              b"P8,,Nameless,not-an-email,1815-12-10\n")
    skills = b"person_id,skill\nP404,Underwater basket weaving\n"
    html = post_file(small_client, people, "people.csv").get_data(as_text=True)
    assert "Rejected: 3 error(s), nothing was changed" in html
    assert "date of birth must be between 1900-01-01 and today" in html
    assert "not an email address" in html
    html = post_file(small_client, skills, "person_skills.csv").get_data(as_text=True)
    assert "Rejected" in html and "kept as unreviewed skills;" not in html
    assert "will be kept as unreviewed skills once the errors are fixed" in html
    with small_app.app_context():
        actions = [e.action for e in get_session().scalars(select(AuditEntry).where(
            AuditEntry.actor == "admin@test.invalid"))]
    assert actions == ["import rejected", "import rejected"]


def test_an_unrecognisable_csv_is_explained(small_client):
    admin(small_client)
    response = post_file(small_client, b"name,shoe size\nAda,42\n", "stuff.csv")
    assert response.status_code == 200
    assert "cannot tell which bundle file this is" in response.get_data(as_text=True)


def test_templates_are_linked_and_generated_from_the_columns(small_client):
    admin(small_client)
    page = small_client.get("/admin/import").get_data(as_text=True)
    for name in FILES:
        assert f"/admin/import/templates/{name}" in page
        rows = list(csv.reader(io.StringIO(small_client.get(
            f"/admin/import/templates/{name}").get_data(as_text=True))))
        assert rows[0] == list(FILES[name].columns) and len(rows) == 2
    assert "/admin/import/templates/bundle.xlsx" in page
    book = openpyxl.load_workbook(io.BytesIO(small_client.get(
        "/admin/import/templates/bundle.xlsx").data))
    assert book.sheetnames == [n.removesuffix(".csv") for n in FILES]
    assert [c.value for c in book["people"][1]] == list(FILES["people.csv"].columns)
    assert small_client.get("/admin/import/templates/secrets.csv").status_code == 404


def test_large_uploads_run_in_the_background_with_progress(small_app, small_client, tmp_path):
    small_app.config.update(IMPORT_BACKGROUND_BYTES=0, IMPORT_JOBS_DIR=str(tmp_path / "jobs"))
    admin(small_client)
    people = b"person_id,given_name,family_name\nP10,Yan,Later\n"
    response = post_file(small_client, people, "people.csv")
    assert response.status_code == 302
    page_url = response.headers["Location"]
    page = small_client.get(page_url).get_data(as_text=True)
    assert "js/import.js" in page or "Imported" in page
    deadline = time.monotonic() + 60        # a loaded CI machine can be slow
    state = small_client.get(page_url + ".json").get_json()
    while state["state"] == "running" and time.monotonic() < deadline:
        time.sleep(0.05)
        state = small_client.get(page_url + ".json").get_json()
    assert state["state"] == "done" and state["report"]["ok"]
    assert "Imported" in small_client.get(page_url).get_data(as_text=True)
    assert list((tmp_path / "jobs").glob("*.upload*")) == []
    assert small_client.get("/admin/import/jobs/nope.json").status_code == 404
    assert small_client.get("/admin/import/jobs/..%2F..%2Fetc").status_code == 404
    with small_app.app_context():
        assert get_session().get(Person, "P10") is not None


def test_templates_import_cleanly(real_taxonomy, sessions, tmp_path):
    from skillmap.bundle.templates import write_templates
    from skillmap.store.importer import import_bundle

    for suffix in ("", ".xlsx"):
        report = import_bundle(sessions, write_templates(tmp_path / f"t{suffix}"), real_taxonomy,
                               institution="U", dry_run=True)
        assert report.ok and not report.warnings and not report.unreviewed, report.as_text()


def test_the_readme_templates_are_the_generated_ones():
    from skillmap.bundle.templates import template_csv
    from skillmap.settings import PROJECT_ROOT

    folder = PROJECT_ROOT / "docs" / "import-templates"
    for name in FILES:
        assert (folder / name).read_text(encoding="utf-8") == template_csv(name), (
            "regenerate: python -m skillmap.bundle.templates docs/import-templates")
    assert "docs/import-templates/" in (PROJECT_ROOT / "README.md").read_text()


def test_unreviewed_names_show_the_matchers_suggestions(small_client):
    admin(small_client)
    skills = b"person_id,skill\nP3,helium recovery\nP3,Underwater basket weaving\n"
    html = post_file(small_client, skills, "person_skills.csv").get_data(as_text=True)
    assert "Imported" in html
    row = html[html.index("<td>helium recovery</td>"):]
    assert row.index("Helium liquefier operation") < row.index("</tr>")
    # 78% from the rules alone; the optional sentence model, when installed, blends in its
    # cosine (skillmap.matching.SEMANTIC_SHARE)
    score = re.search(r"\(helium-liquefaction, (\d+)%\)", row[:row.index("</tr>")])
    assert score and 50 <= int(score.group(1)) <= 100
    basket = html[html.index("<td>Underwater basket weaving</td>"):]
    assert basket.index("none close") < basket.index("</tr>")
