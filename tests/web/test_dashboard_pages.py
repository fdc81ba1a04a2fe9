"""The Technician Commitment dashboard: pillars with RAG colours, scopes, trend, exports."""

from __future__ import annotations

import io
import re

import pytest
from openpyxl import load_workbook

from tests.conftest import DEMO_PASSWORD, DEMO_USERS
from tests.web.conftest import PASSWORDS, sign_in
from tests.web.test_admin import upload


@pytest.fixture(scope="module")
def admin(app):
    client = app.test_client()
    assert sign_in(client, DEMO_USERS["admin"], DEMO_PASSWORD).status_code == 302
    return client


def test_four_pillars_with_colours_and_their_rules(admin):
    html = admin.get("/dashboard").get_data(as_text=True)
    for pillar in ("Visibility", "Recognition", "Career development", "Sustainability"):
        assert f">{pillar}</h2>" in html
    assert html.count('class="metric rag-') >= 14
    assert html.count("rag-context") == 2 and "CONTEXT, NOT RATED" in html     # the two ages
    assert "rag-none" not in html
    assert "green ≥ 80%, amber ≥ 60%" in html
    assert "No earlier snapshot" in html


def test_department_scope_and_manager_limits(app, admin):
    html = admin.get("/dashboard?department=Department+of+Physics").get_data(as_text=True)
    assert "evidence: Department of Physics" in html
    manager = app.test_client()
    sign_in(manager, DEMO_USERS["manager"], DEMO_PASSWORD)
    assert "evidence: Department of Chemistry" in manager.get("/dashboard").get_data(as_text=True)
    assert manager.get("/dashboard?department=Department+of+Physics").status_code == 403


def test_excel_and_csv_evidence(admin):
    workbook = load_workbook(io.BytesIO(admin.get("/dashboard/export.xlsx").data))
    assert workbook.sheetnames[0] == "Metrics" and len(workbook.sheetnames) >= 8
    rows = list(workbook["Metrics"].iter_rows(values_only=True))
    assert rows[1] == ("pillar", "metric", "value", "numerator", "denominator", "RAG", "rule")
    rags = [r[5] for r in rows[2:]]
    assert set(rags) <= {"green", "amber", "red", "context, not rated"}
    assert rags.count("context, not rated") == 2                            # the two ages
    assert "Registrations by" in admin.get("/dashboard/export.csv").get_data(as_text=True)


def test_printable_version_and_charts(admin):
    html = admin.get("/dashboard/print").get_data(as_text=True)
    assert "print.css" in html and "<select" not in html
    assert admin.get("/dashboard/chart/age_bands.svg").data.startswith(b"<svg")
    assert admin.get("/dashboard/chart/nope.svg").status_code == 404


def test_each_import_is_a_snapshot_and_the_trend_shows(small_client):
    sign_in(small_client, "admin@test.invalid", PASSWORDS["admin@test.invalid"])
    more = {"people.csv": "person_id,given_name,family_name,registrations\nP8,Ann,One,RSci\n"
                          "P9,Bob,Two,CSci\n"}
    assert "Imported" in upload(small_client, more).get_data(as_text=True)
    more["people.csv"] += "P10,Cy,Three,\n"
    upload(small_client, more)
    html = small_client.get("/dashboard").get_data(as_text=True)
    assert "Changes are against the snapshot" in html
    assert "since " in html and "points" in html
    assert not re.search(r"[+-]0 points", html)        # a change that rounds to nothing says so
