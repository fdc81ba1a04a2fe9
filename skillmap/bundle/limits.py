"""Limits that keep a hostile or mistaken bundle from exhausting the server.

Archives (a bundle ``.zip``, and an ``.xlsx`` workbook, which is a zip too) are
checked from their central directory *before* anything is extracted: how many
members, how large they say they expand to in total, how much each is
compressed, and their names (no absolute or ``..`` paths, no archives inside
the archive). Python's :mod:`zipfile` never inflates a member beyond the size
its directory entry declares (and checks the CRC), so these checks bound what
reading can allocate.

CSV and sheet rows are bounded too: a cell over :data:`MAX_CELL` characters (the
csv module's own field limit), a row of more than :data:`MAX_CELLS` cells and a
file of more than :data:`MAX_ROWS` rows become row-level errors in the import
report, never an exception.

>>> check_member_name("people.csv"), check_member_name("bundle/people.csv")
(None, None)
>>> check_member_name("../../etc/passwd")
'its path leaves the archive (..)'
>>> check_member_name("inner.zip")
'archives inside the archive are not read'
"""

from __future__ import annotations

import csv
import re
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import TypeVar

from skillmap.exceptions import BundleError

__all__ = ["MAX_CELL", "MAX_CELLS", "MAX_MEMBERS", "MAX_RATIO", "MAX_ROWS", "MAX_UNCOMPRESSED",
           "Problems", "bounded_rows", "check_archive", "check_member_name", "csv_rows"]

MB = 1024 * 1024
MAX_UNCOMPRESSED = 256 * MB        # all members together, as their directory entries declare
MAX_RATIO = 100                    # uncompressed / compressed, per member over 1 MB
MAX_MEMBERS = 100                  # a bundle has 4 files; a workbook a few dozen parts
MAX_ROWS = 1_000_000               # per file or sheet (Excel's own limit is 1,048,576)
MAX_CELLS = 100                    # per row: the widest file has 18 columns
MAX_CELL = csv.field_size_limit()  # 131,072 characters, the csv module's own limit
NESTED = (".zip", ".xlsx", ".xlsm", ".jar", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar", ".tar")

Problems = list[tuple[int, str]]    # (row number, reason): row-level errors for the report
T = TypeVar("T")


def check_member_name(name: str) -> str | None:
    """Why an archive member's name is refused, or None when it is fine."""
    if any(ord(c) < 0x20 for c in name) or "\\" in name:
        return "its name holds control characters or backslashes"
    if name.startswith("/") or re.match(r"[A-Za-z]:", name):
        return "its path is absolute"
    if ".." in PurePosixPath(name).parts:
        return "its path leaves the archive (..)"
    if name.lower().endswith(NESTED):
        return "archives inside the archive are not read"
    return None


def check_archive(path: str | Path, *, workbook: bool = False) -> None:
    """Refuse a zip (or xlsx) that would expand beyond the limits, before extracting it.

    Raises
    ------
    BundleError
        Saying which limit the archive breaks.
    """
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        kind = "xlsx workbook" if workbook else "zip file"
        raise BundleError(f"{path.name}: not a readable {kind} ({exc})") from exc
    refuse = f"{path.name}: refused before extracting it:"
    if len(members) > MAX_MEMBERS:
        raise BundleError(f"{refuse} it holds {len(members):,} files (at most {MAX_MEMBERS})")
    total = sum(m.file_size for m in members)
    if total > MAX_UNCOMPRESSED:
        raise BundleError(f"{refuse} it would expand to {total / MB:,.0f} MB uncompressed "
                          f"(at most {MAX_UNCOMPRESSED // MB} MB)")
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > MB and ratio > MAX_RATIO:
            raise BundleError(f"{refuse} {member.filename} is compressed {ratio:,.0f} times "
                              f"(at most {MAX_RATIO}); it looks like a zip bomb")
        if not workbook and (reason := check_member_name(member.filename)):
            raise BundleError(f"{refuse} {member.filename!r}: {reason}")


def csv_rows(reader: Iterator[list[str]], problems: Problems) -> Iterator[list[str]]:
    """The rows of a ``csv.reader``, with oversized cells, rows and files noted in `problems`.

    A row the csv module cannot read (a cell over its field limit, a NUL byte) is
    skipped and noted with its line number; reading goes on with the next line.

    >>> import io
    >>> problems = []
    >>> text = "a,b\\n1,2\\n" + "x" * (MAX_CELL + 1) + ",3\\n4,5\\n"
    >>> list(csv_rows(csv.reader(io.StringIO(text)), problems))
    [['a', 'b'], ['1', '2'], ['4', '5']]
    >>> problems
    [(3, 'a cell is longer than 131,072 characters; the row was not read')]
    """
    line = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            number = getattr(reader, "line_num", line + 1)
            reason = (f"a cell is longer than {MAX_CELL:,} characters; the row was not read"
                      if "field larger" in str(exc) else f"unreadable CSV row ({exc})")
            problems.append((number, reason))
            line = number
            continue
        line = getattr(reader, "line_num", line + 1)
        if line > MAX_ROWS + 1:
            problems.append((line, f"the file has more than {MAX_ROWS:,} rows; "
                                   "the rest was not read"))
            return
        if len(row) > MAX_CELLS:
            problems.append((line, f"the row has {len(row):,} cells (at most {MAX_CELLS})"))
            continue
        yield row


def bounded_rows(rows: Iterable[T], problems: Problems, *, first: int = 2) -> Iterator[T]:
    """The first :data:`MAX_ROWS` rows of a sheet (numbered from `first`); more is a problem."""
    for number, row in enumerate(rows, start=first):
        if number > MAX_ROWS + 1:
            problems.append((number, f"the sheet has more than {MAX_ROWS:,} rows; "
                                     "the rest was not read"))
            return
        yield row
