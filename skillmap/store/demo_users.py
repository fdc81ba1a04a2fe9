"""Sign-ins for the demo institution, with passwords made fresh each time.

No password is written in the code or the docs: ``skillmap demo-users`` (run by
``scripts/run``) prints the current ones.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from skillmap.accounts import new_password
from skillmap.store.accounts import create_user
from skillmap.store.models import Facility, FacilityStaff, Person

DOMAIN = "demo.skillmap.invalid"


def reset_demo_users(session: Session) -> list[tuple[str, str, str, str]]:
    """An admin, a manager of the department with most facilities, and a mid-grade technician.

    Returns ``(email, role, password, note)`` rows, or nothing for an empty directory.
    """
    department = session.scalar(
        select(Facility.department).where(Facility.department.is_not(None))
        .group_by(Facility.department).order_by(func.count().desc(), Facility.department)
        .limit(1))
    if department is None:
        return []
    technician = _demo_technician(session)
    accounts: list[tuple[str, str, tuple[str, ...], str | None, str]] = [

        ("admin@" + DOMAIN, "admin", (), None, "imports, users, taxonomy curation"),
        ("manager@" + DOMAIN, "manager", (department,), None, f"manages {department}"),
    ]
    if technician is not None:
        accounts.append(("technician@" + DOMAIN, "technician", (), technician.person_id,
                         f"{technician.given_name} {technician.family_name}, "
                         f"{technician.job_title or 'technician'}"))
    rows = []
    for email, role, departments, person_id, note in accounts:
        password = new_password()
        create_user(session, email, role, password=password, person_id=person_id,
                    departments=departments)
        rows.append((email, role, password, note))
    return rows


def _demo_technician(session: Session) -> Person | None:
    """A public mid-grade technician who staffs a facility: a good story for the demo."""
    return session.scalar(
        select(Person).join(FacilityStaff, FacilityStaff.person_id == Person.person_id)
        .join(Facility, Facility.facility_id == FacilityStaff.facility_id)
        .where(Person.public.is_(True), Person.grade.in_(["G5", "G6"]),
               Person.job_family == "technical")
        .order_by(Person.person_id).limit(1))
