"""What a profile shows, decided in one place.

Public views (search results, profile pages, the JSON API, JSON-LD) are built
only from :func:`public_profile`, which never copies a date of birth, a
retirement date, gender or FTE: personal data cannot leak from a view that
does not receive it.
"""

from __future__ import annotations

from typing import Any

from skillmap.bundle.columns import LEVELS
from skillmap.model import PersonDetail
from skillmap.taxonomy import Taxonomy

__all__ = ["PRIVATE_FIELDS", "public_profile"]

PRIVATE_FIELDS = frozenset({"date_of_birth", "planned_retirement", "gender", "fte"})
ROLE_ORDER = {"lead": 0, "trainer": 1, "operator": 2, "backup": 3}


def public_profile(detail: PersonDetail, taxonomy: Taxonomy,
                   skill_labels: dict[str, str]) -> dict[str, Any]:
    """The public face of a person: expertise, facilities, grade, registrations, contact.

    `skill_labels` names the skills that may be shown (rejected or merged names are absent).
    """
    p = detail.person
    grade = taxonomy.grade(p.job_family, p.grade) if p.grade else None
    family = taxonomy.job_families.get(p.job_family)
    skills = []
    shown = [h for h in detail.holdings if h.skill_id in skill_labels]   # curated-out names hide
    for h in sorted(shown, key=lambda h: (-h.level, skill_labels[h.skill_id])):
        known = taxonomy.skills.get(h.skill_id)
        skills.append({"skill_id": h.skill_id, "skill": skill_labels.get(h.skill_id, h.skill_id),
                       "family": known.family if known else None, "level": h.level,
                       "level_name": LEVELS[h.level], "last_used": h.last_used,
                       "written": h.written})
    registrations = []
    for code in p.registrations:
        level = taxonomy.registrations.get(code)
        registrations.append({"code": code, "title": level.title if level else code,
                              "register": taxonomy.registers[level.register].label
                              if level else None})
    return {
        "person_id": p.person_id, "name": p.name,
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


def person_jsonld(profile: dict[str, Any], *, url: str) -> dict[str, Any]:
    """schema.org Person for a public profile, so the expertise is visible beyond the site.

    Built from :func:`public_profile` only, so it cannot carry personal dates.

    >>> doc = person_jsonld({"name": "Ada L", "job_title": "NMR Manager", "institution": "U",
    ...     "department": None, "orcid": None, "email": None, "skills": [{"skill": "NMR",
    ...     "skill_id": "nmr", "level_name": "expert"}], "registrations": []}, url="https://x/p")
    >>> doc["@type"], doc["knowsAbout"][0]["name"], doc["worksFor"]["name"]
    ('Person', 'NMR', 'U')
    """
    doc = {
        "@context": "https://schema.org", "@type": "Person", "name": profile["name"], "url": url,
        "jobTitle": profile["job_title"],
        "worksFor": {"@type": "Organization", "name": profile["institution"]},
        "knowsAbout": [{"@type": "DefinedTerm", "name": s["skill"], "termCode": s["skill_id"],
                        "description": s["level_name"]} for s in profile["skills"]],
        "hasCredential": [{"@type": "EducationalOccupationalCredential",
                           "name": f"{r['title']} ({r['code']})",
                           "credentialCategory": "professional registration",
                           "recognizedBy": {"@type": "Organization", "name": r["register"]}}
                          for r in profile["registrations"]],
    }
    if profile["department"]:
        doc["worksFor"]["department"] = {"@type": "Organization", "name": profile["department"]}
    if profile["orcid"]:
        doc["sameAs"] = [f"https://orcid.org/{profile['orcid']}"]
    if profile["email"]:
        doc["email"] = profile["email"]
    return doc
