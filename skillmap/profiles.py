"""What a profile shows, decided in one place.

Public views (search results, profile pages, the JSON API, JSON-LD) are built
only from :func:`public_profile`, which never copies a date of birth, a
retirement date, gender or FTE: personal data cannot leak from a view that
does not receive it.
"""

from __future__ import annotations

from skillmap.bundle.columns import LEVELS
from skillmap.directory import PersonDetail
from skillmap.taxonomy import Taxonomy

__all__ = ["PRIVATE_FIELDS", "public_profile"]

PRIVATE_FIELDS = frozenset({"date_of_birth", "planned_retirement", "gender", "fte"})
ROLE_ORDER = {"lead": 0, "trainer": 1, "operator": 2, "backup": 3}


def public_profile(detail: PersonDetail, taxonomy: Taxonomy,
                   skill_labels: dict[str, str]) -> dict:
    """The public face of a person: expertise, facilities, grade, registrations, contact."""
    p = detail.person
    grade = taxonomy.grade(p.job_family, p.grade) if p.grade else None
    family = taxonomy.job_families.get(p.job_family)
    skills = []
    for h in sorted(detail.holdings, key=lambda h: (-h.level, skill_labels.get(h.skill_id, ""))):
        known = taxonomy.skills.get(h.skill_id)
        skills.append({"skill_id": h.skill_id, "skill": skill_labels.get(h.skill_id, h.skill_id),
                       "family": known.family if known else None, "level": h.level,
                       "level_name": LEVELS[h.level], "last_used": h.last_used})
    registrations = []
    for code in p.registrations:
        level = taxonomy.registrations.get(code)
        registrations.append({"code": code, "title": level.title if level else code,
                              "register": taxonomy.registers[level.register].label
                              if level else None})
    return {
        "person_id": p.person_id, "name": f"{p.given_name} {p.family_name}",
        "given_name": p.given_name, "family_name": p.family_name,
        "job_title": p.job_title, "department": p.department, "institution": p.institution,
        "email": p.email, "orcid": p.orcid, "summary": p.summary,
        "job_family": {"code": p.job_family, "label": family.label if family else p.job_family},
        "grade": {"code": grade.code, "title": grade.title} if grade else
        ({"code": p.grade, "title": p.grade} if p.grade else None),
        "registrations": registrations, "skills": skills,
        "facilities": [{"facility_id": fid, "name": name, "role": role}
                       for fid, name, role in sorted(detail.facility_roles,
                                                     key=lambda r: (ROLE_ORDER.get(r[2], 9),
                                                                    r[1]))],
    }
