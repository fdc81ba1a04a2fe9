"""The directory bundle of the public contract: read, validate and write it.

A bundle is a folder (or ``.zip`` of one) of UTF-8 CSV files, or an ``.xlsx``
workbook with one sheet per file. Only ``people.csv`` is required. This
package is pure: it turns files into validated records and back, and leaves
the database to :mod:`skillmap.store`.
"""

from skillmap.bundle.columns import FILES
from skillmap.bundle.parsing import ParsedBundle, parse_bundle
from skillmap.bundle.reading import read_bundle
from skillmap.bundle.records import (FacilityRecord, HoldingRecord, ImportReport, PersonRecord,
                                     RowError, StaffRecord)
from skillmap.bundle.writing import write_bundle

__all__ = [
    "FILES", "FacilityRecord", "HoldingRecord", "ImportReport", "ParsedBundle", "PersonRecord",
    "RowError", "StaffRecord", "parse_bundle", "read_bundle", "write_bundle",
]
