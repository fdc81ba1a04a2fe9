"""The one writer of CSV and Excel files: every download and the bundle export go through it.

Spreadsheets run formulas, so text that starts like one (``=``, ``+``, ``-``, ``@``, a tab or a
carriage return) is neutralised with a leading apostrophe, as OWASP's "CSV injection" advice
says (owasp.org/www-community/attacks/CSV_Injection); numbers stay numbers. In Excel files
every text cell is also stored with the text type, so nothing in it is ever evaluated. Sheet
names are made unique and kept within Excel's 31 characters.

The escaping is reversible: :func:`unescape` undoes exactly what :func:`safe_text` adds, which
keeps the bundle's export -> import -> export round trip byte for byte.

Examples
--------
>>> safe_text("=SUM(A1:A9)"), safe_text("-5 °C freezer"), safe_text("NMR")
("'=SUM(A1:A9)", "'-5 °C freezer", 'NMR')
>>> unescape(safe_text("'=x")) == "'=x" and unescape("'quoted") == "'quoted"
True
>>> print(csv_text([["name", "score"], ["@admin", 2.5], ["Ann", None]]), end="")
name,score
'@admin,2.5
Ann,
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO

__all__ = ["Cell", "Sheet", "csv_text", "safe_text", "sheet_names", "unescape", "write_xlsx",
           "xlsx_bytes"]

Cell = str | int | float | bool | date | None
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_SHEET_NAME = 31
FORBIDDEN_IN_SHEET_NAMES = str.maketrans({c: "_" for c in "[]:*?/\\"})


def _looks_escaped(text: str) -> bool:
    """Whether `text` starts like a formula, possibly behind apostrophes."""
    body = text.lstrip("'")
    return body.startswith(FORMULA_STARTS)


def safe_text(text: str) -> str:
    """`text`, with an apostrophe in front when a spreadsheet could take it for a formula.

    Text already made of apostrophes before a formula start gets one more, so that
    :func:`unescape` can always tell an added apostrophe from one that was there.

    >>> safe_text("+44 20 7946 0000"), safe_text("'=1"), safe_text("it's =1")
    ("'+44 20 7946 0000", "''=1", "it's =1")
    """
    return "'" + text if _looks_escaped(text) else text


def unescape(text: str) -> str:
    """Undo :func:`safe_text`: drop the apostrophe it added, and nothing else.

    >>> unescape("'=SUM(A1)"), unescape("''=1"), unescape("'tis"), unescape("'")
    ('=SUM(A1)', "'=1", "'tis", "'")
    """
    return text[1:] if text.startswith("'") and _looks_escaped(text[1:]) else text


def _text(value: Cell) -> str:
    """The CSV form of one value: numbers as written, booleans true/false, dates ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return safe_text(value if isinstance(value, str) else str(value))


def _quoted(text: str) -> str:
    """RFC 4180 quoting; unlike the csv module's with a ``\\n`` terminator, a lone CR is quoted."""
    if any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def csv_text(rows: Iterable[Sequence[Cell]], *, lineterminator: str = "\n") -> str:
    """Rows as CSV text (RFC 4180 quoting), every text cell formula-safe.

    >>> csv_text([["a\\rb", "x,y", 1], [""], []])
    '"a\\rb","x,y",1\\n""\\n\\n'

    """
    lines = []
    for row in rows:
        cells = [_quoted(_text(v)) for v in row]
        lines.append('""' if cells == [""] else ",".join(cells))
    return "".join(line + lineterminator for line in lines)



@dataclass(frozen=True)
class Sheet:
    """One worksheet: a title (made unique and short enough on writing) and its rows."""

    title: str
    rows: Sequence[Sequence[Cell]]


def sheet_names(titles: Iterable[str]) -> list[str]:
    """Excel-valid sheet names for `titles`: unique (case-insensitively), at most 31 characters.

    >>> sheet_names(["Skills", "skills", "A very long table title that goes on and on", "a/b"])
    ['Skills', 'skills (2)', 'A very long table title that go', 'a_b']
    """
    names: list[str] = []
    taken: set[str] = set()
    for title in titles:
        base = (title.translate(FORBIDDEN_IN_SHEET_NAMES).strip("'").strip() or "Sheet")
        name, n = base[:MAX_SHEET_NAME], 1
        while name.casefold() in taken:
            n += 1
            suffix = f" ({n})"
            name = base[:MAX_SHEET_NAME - len(suffix)] + suffix
        taken.add(name.casefold())
        names.append(name)
    return names


def _write_workbook(sheets: Iterable[Sheet], target: str | Path | IO[bytes]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    sheets = list(sheets)
    workbook = Workbook(write_only=True)
    for sheet, name in zip(sheets, sheet_names(s.title for s in sheets)):
        worksheet = workbook.create_sheet(name)
        for row in sheet.rows:
            cells = []
            for value in row:
                if isinstance(value, str):
                    cell = WriteOnlyCell(worksheet, value=safe_text(value))
                    cell.data_type = "s"          # text, never a formula
                    cells.append(cell)
                else:
                    cells.append(value)
            worksheet.append(cells)
    workbook.save(target)


def xlsx_bytes(sheets: Iterable[Sheet]) -> bytes:
    """A workbook of `sheets` as bytes (for a download)."""
    out = io.BytesIO()
    _write_workbook(sheets, out)
    return out.getvalue()


def write_xlsx(path: str | Path, sheets: Iterable[Sheet]) -> Path:
    """Write a workbook of `sheets` to `path`."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    _write_workbook(sheets, path)
    return path
