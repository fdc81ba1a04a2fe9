"""Read a bundle (folder, ``.zip`` or ``.xlsx``) into raw tables of text cells.

Reading never stops at the first problem: a file that is not UTF-8 is reported
line by line and still read (with replacement characters), so one import run
lists every error in the bundle.
"""

from __future__ import annotations

import csv
import io
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


def read_bundle(path: str | Path) -> dict[str, Table]:
    """Read the known files of the bundle at `path`, keyed by file name.

    Raises
    ------
    BundleError
        When `path` is neither a folder, a zip nor an xlsx workbook.
    """
    path = Path(path)
    if path.is_dir():
        files = {name: (path / name).read_bytes() for name in FILES if (path / name).is_file()}
        return {name: parse_csv(name, data) for name, data in files.items()}
    if path.suffix.lower() == ".xlsx" and path.is_file():
        limits.check_archive(path, workbook=True)
        return _read_xlsx(path)
    if path.suffix.lower() == ".zip" and path.is_file():
        limits.check_archive(path)
        return _read_zip(path)
    raise BundleError(f"{path}: not a bundle folder, .zip or .xlsx file")


def parse_csv(name: str, data: bytes) -> Table:
    """Parse one CSV file's bytes; lines that are not UTF-8 are noted, not fatal."""
    bad_lines: list[int] = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        for number, line in enumerate(data.split(b"\n"), start=1):
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                bad_lines.append(number)
        text = data.decode("utf-8-sig", errors="replace")
    problems: limits.Problems = []
    reader = csv.reader(io.StringIO(text, newline=""))
    bounded = limits.csv_rows(reader, problems)
    header = [cell.strip() for cell in next(bounded, [])]
    rows = []
    for row in bounded:
        if not any(cell.strip() for cell in row):
            continue
        rows.append((reader.line_num, dict(zip(header, (unescape(cell.strip()) for cell in row)))))
    return Table(name, header, rows, bad_lines, problems)


def _read_zip(path: Path) -> dict[str, Table]:
    try:
        with zipfile.ZipFile(path) as archive:
            members = {PurePosixPath(n).name: n for n in archive.namelist()
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
    sheets = {name.removesuffix(".csv"): name for name in workbook.sheetnames}
    for name in FILES:
        sheet_name = sheets.get(name.removesuffix(".csv"))
        if sheet_name is None:
            continue
        problems: limits.Problems = []
        rows = limits.bounded_rows(workbook[sheet_name].iter_rows(values_only=True), problems,
                                   first=1)
        header = [_cell_text(c) for c in next(rows, ())]
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
