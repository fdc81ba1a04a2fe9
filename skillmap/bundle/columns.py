"""The bundle's files and columns, exactly as the public contract defines them."""

from __future__ import annotations

from typing import NamedTuple


class FileSpec(NamedTuple):
    columns: tuple[str, ...]
    required: frozenset[str]


FILES: dict[str, FileSpec] = {
    "people.csv": FileSpec(
        ("person_id", "given_name", "family_name", "email", "institution", "department",
         "job_title", "job_family", "grade", "fte", "start_date", "date_of_birth",
         "planned_retirement", "gender", "registrations", "orcid", "public", "summary",
         "teaches", "career_start", "register_interest"),
        frozenset({"person_id", "given_name", "family_name"}),
    ),
    "person_skills.csv": FileSpec(
        ("person_id", "skill", "level", "last_used", "interested"),
        frozenset({"person_id", "skill"}),
    ),
    "facilities.csv": FileSpec(
        ("facility_id", "name", "institution", "department", "kind", "description",
         "required_skills", "location", "booking_url", "contact_email", "training_available"),
        frozenset({"facility_id", "name"}),
    ),
    "facility_staff.csv": FileSpec(
        ("facility_id", "person_id", "role"),
        frozenset({"facility_id", "person_id"}),
    ),
}

LEVELS = {1: "awareness", 2: "practitioner", 3: "expert", 4: "authority"}
ROLES = ("lead", "operator", "trainer", "backup")
SENIORITY = ("lead", "trainer", "operator", "backup")   # most senior first: who is kept
