"""Report downloads: the succession report's tidy tables as CSV and Excel, through the one
sheets writer (skillmap.sheets: formula-safe text, valid sheet names)."""

from __future__ import annotations

import io

from skillmap import sheets
from skillmap.succession.tables import Table


def tables_csv(table: Table) -> str:
    """One table as CSV: a header row, then one row per record."""
    return sheets.csv_text([list(table.columns), *table.rows])


def tables_xlsx(tables: list[Table]) -> io.BytesIO:
    """A workbook with one sheet per table, the same columns as the CSVs."""
    return io.BytesIO(sheets.xlsx_bytes([sheets.Sheet(t.name, [list(t.columns), *t.rows])
                                         for t in tables]))
