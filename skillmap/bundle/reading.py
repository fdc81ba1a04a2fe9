"""Read a bundle (folder, ``.zip`` or ``.xlsx``) into raw tables of text cells.

Reading never stops at the first problem: a file that is not UTF-8 is reported
line by line and still read (with replacement characters), so one import run
lists every error in the bundle.
"""

from __future__ import annotations

import csv
import io
import operator
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path, PurePosixPath

from skillmap.bundle import limits
from skillmap.bundle.columns import FILES
from skillmap.exceptions import BundleError
from skillmap.sheets import unescape


__all__ = ["Table", "read_bundle"]


@dataclass
class Table:
    """One bundle file: its header and its rows, each with its row number (header = 1)."""

    name: str
    header: list[str]
    rows: list[tuple[int, dict[str, str]]]
    encoding_errors: list[int] = field(default_factory=list)
    problems: limits.Problems = field(default_factory=list)     # (row, reason): too large
    encoding: str = "utf-8"


def read_bundle(path: str | Path, *, name: str | None = None) -> dict[str, Table]:
    """Read the known files of the bundle at `path`, keyed by file name.

    A single ``.csv`` file is a bundle of that file alone, recognised by its
    name (`name`, the uploaded file's name, else the path's) or by its header.

    Raises
    ------
    BundleError
        When `path` is neither a folder, a zip, an xlsx workbook nor a CSV file
        of the bundle.
    """
    path = Path(path)
    if path.suffix.lower() == ".csv" and path.is_file():
        data = path.read_bytes()
        first_line = data.split(b"\n", 1)[0]
        file = which_file(name or path.name, parse_csv("people.csv", first_line).header)
        return {file: parse_csv(file, data)}
    if path.is_dir():
        found = {p.name.casefold(): p for p in path.iterdir() if p.is_file()}   # People.csv too
        return {name: parse_csv(name, found[name].read_bytes()) for name in FILES if name in found}
    if path.suffix.lower() == ".xlsx" and path.is_file():
        limits.check_archive(path, workbook=True)
        return _read_xlsx(path)
    if path.suffix.lower() == ".zip" and path.is_file():
        limits.check_archive(path)
        return _read_zip(path)
    raise BundleError(f"{name or path}: not a bundle folder, .zip, .xlsx or .csv file")


def is_single_file(path: str | Path) -> bool:
    """Whether `path` is one CSV file (a bundle of that file alone)."""
    return Path(path).suffix.lower() == ".csv" and Path(path).is_file()


def which_file(name: str, header: list[str]) -> str:
    """The bundle file a lone CSV is: by its name (``people.csv``, ``People (2).csv``,
    ``2026-hr-person_skills.csv``), else by the columns of its header.

    >>> which_file("export.csv", ["facility_id", "person_id", "role"])
    'facility_staff.csv'
    >>> which_file("People (2).csv", [])
    'people.csv'
    >>> which_file("export.csv", ["person_id", "skill", "level"])
    'person_skills.csv'
    """
    stem = re.sub(r"[^a-z]+", "_", PurePosixPath(name.replace("\\", "/")).stem.casefold())
    stem = stem.strip("_")
    if f"{stem}.csv" in FILES:
        return f"{stem}.csv"
    columns = {c.strip().casefold() for c in header}
    fits = sorted((spec.required <= columns, len(columns & set(spec.columns)), file)
                  for file, spec in FILES.items())
    if fits[-1][0]:               # every required column there: the best such fit
        return fits[-1][2]
    by_name = [file for file in FILES if file.removesuffix(".csv") in stem]
    if len(by_name) == 1:
        return by_name[0]
    if fits[-1][1] >= 2:          # most of a header: let validation name what is missing
        return fits[-1][2]
    raise BundleError(
        f"{name}: cannot tell which bundle file this is. Name it people.csv, "
        "person_skills.csv, facilities.csv or facility_staff.csv, or give it the header "
        "of one (people.csv needs person_id, given_name, family_name; person_skills.csv "
        "person_id, skill; facilities.csv facility_id, name; facility_staff.csv "
        "facility_id, person_id)")


def parse_csv(name: str, data: bytes) -> Table:
    """Parse one CSV file's bytes; lines that are not UTF-8 are noted, not fatal.

    A file with no UTF-8 at all that reads as Windows-1252 (Excel's "CSV (Comma
    delimited)" on Windows) is read so, and the table says so.
    """
    bad_lines: list[int] = []
    encoding = "utf-8"
    text: str | None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _windows_1252(data)
        if text is not None:
            encoding = "windows-1252"
    if text is None:
        for number, line in enumerate(data.split(b"\n"), start=1):
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                bad_lines.append(number)
        text = data.decode("utf-8-sig", errors="replace")
    problems: limits.Problems = []
    reader = csv.reader(io.StringIO(text, newline=""),
                        delimiter=_delimiter(text.split("\n", 1)[0]))
    bounded = limits.csv_rows(reader, problems)
    header = [column_name(cell) for cell in next(bounded, [])]
    rows = []
    for row in bounded:              # the hot loop of a large import: C-level helpers only
        cells = list(map(str.strip, row))
        if not any(cells):
            continue
        if any(map(_ESCAPED, cells)):
            cells = [unescape(cell) for cell in cells]
        rows.append((reader.line_num, dict(zip(header, cells))))
    return Table(name, header, rows, bad_lines, problems, encoding)


_ESCAPED = operator.methodcaller("startswith", "'")      # what sheets.safe_text may have added


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|"
                            rb"[\xf0-\xf4][\x80-\xbf]{3}")


def _windows_1252(data: bytes) -> str | None:
    """`data` as Windows-1252 text when it holds no UTF-8 sequence at all (a file that mixes
    both is broken, and is reported line by line instead)."""
    if _UTF8_SEQUENCE.search(data):
        return None
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return None


_COLUMNS = frozenset(c for spec in FILES.values() for c in spec.columns)


def column_name(text: str) -> str:
    """A header cell, as the contract's column name when it is one written in another case
    or with spaces or hyphens (``Person ID``, ``Family-Name``); otherwise as written.

    >>> [column_name(c) for c in (" Person ID", "family-name", "Shoe size")]
    ['person_id', 'family_name', 'Shoe size']
    """
    key = re.sub(r"[\s-]+", "_", text.strip().casefold())
    return key if key in _COLUMNS else text.strip()


def _delimiter(first_line: str) -> str:
    """Comma, unless the header has more of the bundle's columns split by ``;`` or tab (as
    Excel writes "CSV" in some locales)."""
    return max((",", ";", "\t"), key=lambda d: sum(column_name(c) in _COLUMNS
                                                   for c in first_line.split(d)))


def _read_zip(path: Path) -> dict[str, Table]:
    try:
        with zipfile.ZipFile(path) as archive:
            members = {PurePosixPath(n).name.casefold(): n for n in archive.namelist()
                       if not n.endswith("/") and "__MACOSX" not in n}
            return {name: parse_csv(name, archive.read(members[name]))
                    for name in FILES if name in members}
    except zipfile.BadZipFile as exc:
        raise BundleError(f"{path}: not a readable zip file ({exc})") from exc


def _read_xlsx(path: Path) -> dict[str, Table]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a corrupt file
        raise BundleError(f"{path}: not a readable xlsx workbook ({exc})") from exc
    tables = {}
    sheets = {name.strip().casefold().removesuffix(".csv"): name for name in workbook.sheetnames}
    for name in FILES:
        sheet_name = sheets.get(name.removesuffix(".csv"))
        if sheet_name is None:
            continue
        problems: limits.Problems = []
        rows = limits.bounded_rows(workbook[sheet_name].iter_rows(values_only=True), problems,
                                   first=1)
        header = [column_name(_cell_text(c)) for c in next(rows, ())]
        table_rows = []
        for number, values in enumerate(rows, start=2):
            cells = [_cell_text(c) for c in values]
            if any(cells):
                table_rows.append((number, dict(zip(header, cells))))
        tables[name] = Table(name, header, table_rows, problems=problems)
    workbook.close()
    return tables


def _cell_text(value: object) -> str:
    """Excel cells come typed; turn them back into the bundle's text form."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return unescape(str(value).strip())
