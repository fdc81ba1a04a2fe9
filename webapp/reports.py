"""Report downloads: tables as CSV and Excel (until skillmap/sheets.py is the one writer)."""

from __future__ import annotations

import csv
import io

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from skillmap.succession.tables import Table

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe(value):
    """Text that a spreadsheet would run as a formula starts with a quote (OWASP)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def tables_csv(table: Table) -> str:
    """One table as CSV: a header row, then one row per record."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(table.columns)
    writer.writerows([[_safe(v) for v in row] for row in table.rows])
    return buffer.getvalue()


def tables_xlsx(tables: list[Table]) -> io.BytesIO:
    """A workbook with one sheet per table, the same columns as the CSVs."""
    workbook = Workbook(write_only=True)
    for table in tables:
        sheet = workbook.create_sheet(table.name[:31])
        sheet.append(list(table.columns))
        for row in table.rows:
            sheet.append([_text(sheet, v) for v in row])
    out = io.BytesIO()
    workbook.save(out)
    out.seek(0)
    return out


def _text(sheet, value):
    """Numbers stay numbers; text is stored as text (never a formula)."""
    if isinstance(value, str):
        cell = WriteOnlyCell(sheet, value=_safe(value))
        cell.data_type = "s"
        return cell
    return value
