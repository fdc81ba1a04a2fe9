"""Import templates: every bundle file's header (from :data:`~skillmap.bundle.columns.FILES`)
with one example row, as CSV files or one xlsx workbook.

The header comes from the column definitions, so a template can never lag the
contract; an example value is required for every column (a test imports the
templates into an empty directory).
"""

from __future__ import annotations

from pathlib import Path

from skillmap.bundle.columns import FILES
from skillmap.bundle.writing import Rows, csv_text, write_bundle

__all__ = ["EXAMPLES", "template_csv", "template_rows", "write_templates"]

# One example row per file; "" = the column may be left empty (shown empty on purpose).
EXAMPLES: dict[str, dict[str, str]] = {
    "people.csv": {
        "person_id": "E012345", "given_name": "Alex", "family_name": "Morgan",
        "email": "a.morgan@example.ac.uk", "institution": "", "department": "Chemistry",
        "job_title": "Senior Technician (NMR)", "job_family": "technical", "grade": "G6",
        "fte": "0.8", "start_date": "2015-09-01", "date_of_birth": "1975-04-12",
        "planned_retirement": "", "gender": "", "registrations": "RSciTech;AFHEA",
        "orcid": "0000-0002-1825-0097", "public": "true",
        "summary": "Runs the 400 and 600 MHz NMR spectrometers and trains new users.",
        "teaches": "true", "career_start": "1996", "register_interest": "science-council",
    },
    "person_skills.csv": {
        "person_id": "E012345", "skill": "NMR spectroscopy", "level": "3",
        "last_used": "2025", "interested": "true",
    },
    "facilities.csv": {
        "facility_id": "chem-nmr", "name": "NMR facility", "institution": "",
        "department": "Chemistry", "kind": "instrument",
        "description": "Two solution-state NMR spectrometers (400 and 600 MHz).",
        "required_skills": "NMR spectroscopy", "location": "Chemistry Building, room G.14",
        "booking_url": "https://booking.example.ac.uk/nmr", "contact_email":
        "nmr@example.ac.uk", "training_available": "true",
    },
    "facility_staff.csv": {"facility_id": "chem-nmr", "person_id": "E012345", "role": "lead"},
}


def template_rows() -> Rows:
    """Each file's example row, in the contract's column order."""
    return {name: [[EXAMPLES[name][column] for column in spec.columns]]
            for name, spec in FILES.items()}


def template_csv(name: str) -> str:
    """One file's template: header and example row. Raises KeyError for an unknown file."""
    return csv_text(name, template_rows()[name])


def write_templates(path: str | Path) -> Path:
    """Write the templates as a folder of CSV files, a ``.zip`` or an ``.xlsx`` workbook."""
    return write_bundle(path, template_rows())


if __name__ == "__main__":      # python -m skillmap.bundle.templates docs/import-templates
    import sys

    print(write_templates(sys.argv[1] if len(sys.argv) > 1 else "import-templates"))
