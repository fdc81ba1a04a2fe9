"""skillmap.sheets: formula-safe CSV and Excel, and the bundle's exact round trip through it."""

from __future__ import annotations

import csv
import io
from datetime import date
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from skillmap.sheets import (FORMULA_STARTS, Sheet, csv_text, safe_text, sheet_names, unescape,
                             xlsx_bytes)
from skillmap.store.exporter import export_bundle
from skillmap.store.importer import import_bundle
from skillmap.store.session import make_sessionmaker
from skillmap.taxonomy import Taxonomy, load_taxonomy
from tests.conftest import migrated_sqlite

TODAY = date(2026, 11, 25)
ROOT = Path(__file__).resolve().parents[1]


@cache
def _taxonomy() -> Taxonomy:
    return load_taxonomy(ROOT / "taxonomies")
formula_like = st.builds(lambda quotes, start, rest: "'" * quotes + start + rest,
                         st.integers(0, 3), st.sampled_from(["=", "+", "-", "@", "\t", "\r", ""]),
                         st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12))



@given(text=st.text() | formula_like)
def test_unescape_undoes_exactly_what_safe_text_adds(text: str) -> None:
    escaped = safe_text(text)
    assert unescape(escaped) == text
    assert not escaped.startswith(FORMULA_STARTS)
    assert escaped in (text, "'" + text)


@given(rows=st.lists(st.lists(st.text() | formula_like | st.integers() | st.none(), max_size=4),
                     max_size=5))
def test_csv_cells_never_start_like_a_formula(rows: list[list[object]]) -> None:
    read = list(csv.reader(io.StringIO(csv_text(rows), newline="")))    # type: ignore[arg-type]
    cells = [c for row in read for c in row]
    assert not any(c.startswith(FORMULA_STARTS) and not c.lstrip("-").isdigit() for c in cells)


def test_numbers_stay_numbers_and_text_is_text_in_excel() -> None:
    data = xlsx_bytes([Sheet("Skills", [["name", "n"], ["=HYPERLINK(\"http://x\")", -3]]),
                       Sheet("Skills", [["again"]]),
                       Sheet("Technician Commitment evidence: visibility", [["x"]])])
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Skills", "Skills (2)", "Technician Commitment evidence:"[:31]
                               .replace(":", "_")]
    cell, number = book["Skills"]["A2"], book["Skills"]["B2"]
    assert (cell.value, cell.data_type) == ("'=HYPERLINK(\"http://x\")", "s")
    assert number.value == -3


def test_sheet_names_are_unique_and_short() -> None:
    names = sheet_names(["x" * 40] * 12 + ["History", "a:b", ""])
    assert len(set(n.casefold() for n in names)) == len(names)
    assert all(0 < len(n) <= 31 for n in names)


PEOPLE_HEADER = "person_id,given_name,family_name,department,job_title,summary\n"
FACILITY_HEADER = "facility_id,name,description,kind\n"


def _row(values: list[str]) -> str:
    return csv_text([values])


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
          max_examples=15, deadline=None)
# The reader strips cells, so a leading tab or CR never survives; and XML (xlsx) turns a CR
# inside text into a line feed: the bundle texts leave CR out.
@given(texts=st.lists(formula_like.map(lambda t: t.replace("\r", "").strip()).filter(bool),
                      min_size=5, max_size=5))

def test_export_import_export_is_byte_identical_with_formula_like_text(
        texts: list[str], tmp_path_factory: object) -> None:
    root: Path = tmp_path_factory.mktemp("sheets")            # type: ignore[attr-defined]
    bundle = root / "bundle"
    bundle.mkdir()
    (bundle / "people.csv").write_text(
        PEOPLE_HEADER + _row(["P1", texts[0], "Lovelace", texts[1], texts[2], texts[3]]),
        encoding="utf-8")
    (bundle / "facilities.csv").write_text(
        FACILITY_HEADER + _row(["F1", texts[4], texts[0], texts[1]]), encoding="utf-8")
    exports: list[Path] = []
    for n in range(3):           # the original; the first export's folder; its workbook
        source = [bundle, *exports[:1], *exports[1:2]][n]

        engine = migrated_sqlite(root / f"db{n}.sqlite")
        sessions = make_sessionmaker(engine)
        report = import_bundle(sessions, source, _taxonomy(), institution="U", today=TODAY)
        assert report.ok, report.as_text()
        for suffix in ("", ".xlsx"):
            exports.append(export_bundle(sessions, root / f"export{n}{suffix}"))
        engine.dispose()
    folders = exports[0::2]
    for name in ("people.csv", "facilities.csv"):
        assert (folders[0] / name).read_bytes() == (folders[1] / name).read_bytes() \
            == (folders[2] / name).read_bytes(), name
    book = load_workbook(exports[1])
    assert not any(isinstance(c, str) and c.startswith(FORMULA_STARTS)
                   for row in book["people"].iter_rows(values_only=True) for c in row)


def test_sheets_is_the_only_csv_and_excel_writer() -> None:
    writers = [path.relative_to(ROOT).as_posix()
               for folder in ("skillmap", "webapp") for path in (ROOT / folder).rglob("*.py")
               if path.name != "sheets.py"
               and any(w in path.read_text(encoding="utf-8")
                       for w in ("csv.writer", "csv.DictWriter", "Workbook(", "WriteOnlyCell"))]
    assert writers == []
