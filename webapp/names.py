"""People-facing names for the machine ids in report tables (registers, skills, families,
job families), as template helpers: pages show "Science Council", never ``science-council``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from collections.abc import Sequence

from flask import Flask

from webapp.services import taxonomy

# An id column is left out when the table already has the name beside it.
NAMED_BY = {"id": "label", "register": "label", "skill_id": "skill", "facility_id": "facility"}


def shown_columns(columns: Sequence[str]) -> list[str]:
    """The columns worth showing: an id column goes when its name column is there."""
    return [c for c in columns if not (c in NAMED_BY and NAMED_BY[c] in columns)]


def column_title(column: str) -> str:
    """A column's heading: a job family's name for a job-family column, else the words."""
    families = taxonomy().job_families
    if column in families:
        return families[column].label
    return column.replace("_", " ")


def cell_name(column: str, value: object) -> object:
    """The name of an id in a register, skill or family column; anything else unchanged."""
    if not isinstance(value, str):
        return value
    tax = taxonomy()
    columns: dict[str, Mapping[str, Any]] = {
        "register": tax.registers, "skill": tax.skills, "id": tax.skills,
        "family": tax.families, "job_family": tax.job_families}
    names = columns.get(column, {})
    named = names.get(value)
    return named.label if named is not None else value


def init_app(app: Flask) -> None:
    app.add_template_global(shown_columns)
    app.add_template_global(column_title)
    app.add_template_global(cell_name)
