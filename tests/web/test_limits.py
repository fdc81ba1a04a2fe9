"""Hostile bundles and uploads: refused early and clearly, never a 500 or a traceback."""

from __future__ import annotations

import io
import time
import zipfile

import pytest
from click.testing import CliRunner
from openpyxl import Workbook
from sqlalchemy import func, select

from bench.reliability_bench import Browser, raw_upload
from skillmap.bundle import limits, read_bundle
from skillmap.cli import cli
from skillmap.exceptions import BundleError
from skillmap.store.importer import import_bundle
from skillmap.store.models import Person
from tests.conftest import INSTITUTION
from tests.web.conftest import PASSWORDS, csrf_token, serving, sign_in

PEOPLE = "person_id,given_name,family_name\nP1,Ada,Lovelace\n"


def make_zip(path, members: dict[str, bytes]):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_a_zip_bomb_is_refused_before_extraction(tmp_path):
    bomb = make_zip(tmp_path / "bomb.zip", {"people.csv": PEOPLE.encode() + b"0" * 20_000_000})
    assert bomb.stat().st_size < 100_000
    started = time.perf_counter()
    with pytest.raises(BundleError, match="compressed [0-9,]+ times"):
        read_bundle(bomb)
    assert time.perf_counter() - started < 1


def test_the_total_uncompressed_size_is_bounded(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_UNCOMPRESSED", 1000)
    archive = make_zip(tmp_path / "big.zip", {"people.csv": PEOPLE.encode() * 40})
    with pytest.raises(BundleError, match="would expand to"):
        read_bundle(archive)


@pytest.mark.parametrize("name, reason", [
    ("../people.csv", "leaves the archive"), ("/etc/people.csv", "absolute"),
    ("C:/people.csv", "absolute"), ("inner.zip", "archives inside"),
    ("people.csv\\..\\x", "backslashes")])
def test_dangerous_member_names_are_refused(tmp_path, name, reason):
    archive = make_zip(tmp_path / "names.zip", {"people.csv": PEOPLE.encode(), name: b"x"})
    with pytest.raises(BundleError, match=reason):
        read_bundle(archive)


def test_too_many_members_are_refused(tmp_path):
    archive = make_zip(tmp_path / "many.zip", {f"f{n}.txt": b"" for n in range(101)})
    with pytest.raises(BundleError, match="101 files"):
        read_bundle(archive)


def test_a_huge_cell_is_a_row_error_and_nothing_is_written(sessions, taxonomy, make_bundle):
    people = PEOPLE + "P2,Bob," + "x" * 200_000 + "\nP3,Chen,Wei\n"
    report = import_bundle(sessions, make_bundle({"people.csv": people}), taxonomy,
                           institution=INSTITUTION)
    assert not report.ok
    assert [(e.row, e.reason) for e in report.errors] == [
        (3, "a cell is longer than 131,072 characters; the row was not read")]
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0


def test_too_many_cells_and_rows_are_row_errors(make_bundle, monkeypatch):
    monkeypatch.setattr(limits, "MAX_ROWS", 3)
    people = PEOPLE + "P2,Bob" + ",x" * 200 + "\n" + "".join(f"P{n},A,B\n" for n in range(3, 9))
    table = read_bundle(make_bundle({"people.csv": people}))["people.csv"]
    assert [number for number, _ in table.rows] == [2, 4]
    assert table.problems == [(3, "the row has 202 cells (at most 100)"),
                              (5, "the file has more than 3 rows; the rest was not read")]


def test_xlsx_sheets_are_read_with_a_row_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_ROWS", 5)
    book = Workbook()
    sheet = book.active
    sheet.title = "people"
    sheet.append(["person_id", "given_name", "family_name"])
    for n in range(10):
        sheet.append([f"P{n}", "A", "B"])
    book.save(tmp_path / "bundle.xlsx")
    table = read_bundle(tmp_path / "bundle.xlsx")["people.csv"]
    assert len(table.rows) == 5
    assert table.problems == [(7, "the sheet has more than 5 rows; the rest was not read")]


def test_the_cli_reports_a_huge_cell_without_a_traceback(tmp_path, small_taxonomy_dir,
                                                         make_bundle):
    bundle = make_bundle({"people.csv": PEOPLE + "P2," + "y" * 140_000 + ",B\n"})
    options = ["--db", f"sqlite:///{tmp_path / 'cli.db'}", "--taxonomies", str(small_taxonomy_dir)]
    assert CliRunner().invoke(cli, [*options, "init"]).exit_code == 0
    result = CliRunner().invoke(cli, [*options, "import", str(bundle)])
    assert result.exit_code == 1 and result.exception is None or \
        isinstance(result.exception, SystemExit)
    assert "longer than 131,072 characters" in result.output
    assert "Traceback" not in result.output


def test_the_cli_refuses_a_zip_bomb_cleanly(tmp_path, small_taxonomy_dir):
    bomb = make_zip(tmp_path / "bomb.zip", {"people.csv": b"0" * 20_000_000})
    options = ["--db", f"sqlite:///{tmp_path / 'cli.db'}", "--taxonomies", str(small_taxonomy_dir)]
    assert CliRunner().invoke(cli, [*options, "init"]).exit_code == 0
    result = CliRunner().invoke(cli, [*options, "import", str(bomb)])
    assert result.exit_code == 1
    assert "looks like a zip bomb" in result.output


# --- the web: 413 for uploads over the limit ----------------------------------------------

def test_the_upload_limit_defaults_to_50_mb(small_app):
    assert small_app.config["MAX_CONTENT_LENGTH"] == 50 * 1024 * 1024


def test_an_upload_over_the_limit_is_a_413_page(small_app, small_client):
    small_app.config["MAX_CONTENT_LENGTH"] = 100 * 1024    # small: the test client buffers
    sign_in(small_client, "admin@test.invalid", PASSWORDS["admin@test.invalid"])
    token = csrf_token(small_client.get("/admin/import").get_data(as_text=True))
    response = small_client.post("/admin/import", data={
        "csrf_token": token, "bundle": (io.BytesIO(b"0" * 200_000), "big.zip")},
        content_type="multipart/form-data")
    assert response.status_code == 413
    assert "larger than the limit of 0.0977 MB" in response.get_data(as_text=True)


def test_an_oversized_api_request_is_a_413_json(small_app, small_client):
    small_app.config["MAX_CONTENT_LENGTH"] = 1000
    response = small_client.post("/api/v1/people/P1", data={"x": "0" * 5000})
    assert response.status_code in {405, 413}       # no API route takes a body today
    response = small_client.post("/login", data={"email": "0" * 5000})
    assert response.status_code == 413


def test_the_server_answers_413_before_reading_a_big_upload(small_app):
    small_app.config["MAX_CONTENT_LENGTH"] = 1024 * 1024
    with serving(small_app) as base:
        browser = Browser(base)
        assert browser.sign_in("admin@test.invalid", PASSWORDS["admin@test.invalid"]) == 302
        cookie = "; ".join(f"{k}={v}" for k, v in browser.http.cookies.items())
        status, sent = raw_upload(base, cookie, 300 * 1024 * 1024)
    assert status == 413
    assert sent < 50 * 1024 * 1024


def test_a_zip_bomb_upload_gets_a_clear_answer(small_client):
    sign_in(small_client, "admin@test.invalid", PASSWORDS["admin@test.invalid"])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("people.csv", b"0" * 20_000_000)
    token = csrf_token(small_client.get("/admin/import").get_data(as_text=True))
    response = small_client.post("/admin/import", data={
        "csrf_token": token, "bundle": (io.BytesIO(buffer.getvalue()), "bomb.zip")},
        content_type="multipart/form-data")
    assert response.status_code < 500
    assert "looks like a zip bomb" in response.get_data(as_text=True)
