"""Write records as a bundle: a folder of CSV files, a ``.zip`` of them, or an ``.xlsx``.

Output is canonical (rows sorted by their keys, one spelling per value), so an
export of an import of an export is byte-for-byte the same.
"""

from __future__ import annotations

from typing import Any

import zipfile
from collections.abc import Callable, Iterable
from dataclasses import fields
from datetime import date
from pathlib import Path

from skillmap import sheets
from skillmap.bundle.columns import FILES

from skillmap.model import Facility, Holding, Person, StaffRole

__all__ = ["bundle_rows", "csv_text", "write_bundle"]

Rows = dict[str, list[list[str]]]


def cell(value: object) -> str:
    """The bundle's text form of a value.

    >>> [cell(v) for v in (None, True, 0.5, 1.0, ("RSci", "FHEA"), 2019)]
    ['', 'true', '0.5', '1', 'RSci;FHEA', '2019']
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return format(value, "g")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return ";".join(value)
    return str(value)


def bundle_rows(
    people: Iterable[Person], holdings: Iterable[Holding],
    facilities: Iterable[Facility], staff: Iterable[StaffRole],
    skill_text: Callable[[str], str],
) -> Rows:
    """Turn records into sorted text rows per bundle file.

    `skill_text` names a skill id in the file: the id itself for taxonomy skills,
    the typed name for unreviewed ones, so that re-importing matches it again.
    """
    def rows(records: Iterable[Any], name: str, key: Callable[[list[str]], Any],
             **overrides: Callable[[dict[str, Any]], object]) -> list[list[str]]:
        columns = FILES[name].columns
        out = []
        for record in records:
            values = {f.name: getattr(record, f.name) for f in fields(record)}
            for column, convert in overrides.items():
                values[column] = convert(values)
            out.append([cell(values[c]) for c in columns])
        return sorted(out, key=key)

    return {
        "people.csv": rows(people, "people.csv", key=lambda r: r[0]),
        "person_skills.csv": rows(holdings, "person_skills.csv", key=lambda r: (r[0], r[1]),
                                  skill=lambda v: skill_text(v["skill_id"])),
        "facilities.csv": rows(facilities, "facilities.csv", key=lambda r: r[0],
                               required_skills=lambda v: sorted(
                                   skill_text(s) for s in v["required_skills"])),
        "facility_staff.csv": rows(staff, "facility_staff.csv", key=lambda r: (r[0], r[1])),
    }


def write_bundle(path: str | Path, rows: Rows) -> Path:
    """Write `rows` to `path`: ``.zip`` and ``.xlsx`` by suffix, else a folder."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        _write_xlsx(path, rows)
    elif suffix == ".zip":
        path.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, table in rows.items():
                archive.writestr(name, csv_text(name, table))
    else:
        path.mkdir(parents=True, exist_ok=True)
        for name, table in rows.items():
            (path / name).write_text(csv_text(name, table), encoding="utf-8", newline="")
    return path


def csv_text(name: str, table: list[list[str]]) -> str:
    """One bundle file; text that looks like a formula gets an apostrophe the reader drops."""
    return sheets.csv_text([list(FILES[name].columns), *table])


def _write_xlsx(path: Path, rows: Rows) -> None:
    sheets.write_xlsx(path, [sheets.Sheet(name.removesuffix(".csv"),
                                          [list(FILES[name].columns), *table])
                             for name, table in rows.items()])

