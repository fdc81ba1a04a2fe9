"""A hand-sized ladder and directory, for the doctests and for trying the API out.

Two job families: ``lab`` (G4 to G7, G7 professorial-equivalent) and ``mgmt``
(G6 to G7); lateral moves lab/G5 -> mgmt/G6 and lab/G6 <-> mgmt/G6; two
registers (Science Council RSciTech -> RSci -> CSci, Advance HE AFHEA -> FHEA).

>>> tax = example_taxonomy()
>>> [g.code for g in tax.job_families["lab"].grades]
['G4', 'G5', 'G6', 'G7']
>>> sorted(p.person_id for p in example_directory().people)
['ann', 'bob', 'cat', 'dan', 'eve']
"""

from __future__ import annotations

from typing import Any

from datetime import date

from skillmap.model import Directory, Holding, Person, SkillInfo
from skillmap.taxonomy import (Grade, JobFamily, Register, RegistrationLevel, Skill, SkillFamily,
                               Taxonomy)

__all__ = ["TODAY", "example_directory", "example_taxonomy", "requirements"]

TODAY = date(2026, 1, 1)


def requirements(registrations: Any=(), teaching: Any=(), years: Any=0, expert: Any=0, authority: Any=0, breadth: Any=0,
                 families: Any=0, leadership: Any="") -> dict[str, Any]:
    """A grade's ``requirements`` mapping, as grades.yaml spells it.

    >>> requirements(("RSci",), years=4)["min_years_experience"]
    4
    """
    return {"registrations": list(registrations), "teaching": list(teaching),
            "min_years_experience": years, "expert_skills": expert,
            "authority_skills": authority, "breadth": breadth, "skill_families": families,
            "leadership": leadership, "summary": ""}


def _grade(family: str, code: str, title: str, top: bool = False, **needs: Any) -> Grade:
    return Grade(family, code, title, int(code[1:]), professorial_equivalent=top,
                 requirements=requirements(**needs))


def _level(code: Any, register: Any, rank: Any, years: Any, typical: Any) -> RegistrationLevel:
    return RegistrationLevel(code, code, register, rank, min_years_experience=years,
                             typical_grade=typical)


def example_taxonomy() -> Taxonomy:
    """Two small job families and two registers (see the module docstring)."""
    lab = (_grade("lab", "G4", "Support Technician", registrations=("RSciTech",), years=1,
                  breadth=2, families=1),
           _grade("lab", "G5", "Technician", registrations=("RSciTech",), teaching=("AFHEA",),
                  years=2, expert=1, breadth=3, families=1),
           _grade("lab", "G6", "Senior Technician", registrations=("RSci",), teaching=("FHEA",),
                  years=4, expert=2, breadth=4, families=2, leadership="Supervises others."),
           _grade("lab", "G7", "Principal Specialist", True, registrations=("CSci",), years=8,
                  expert=3, authority=1, breadth=4, families=2, leadership="Leads nationally."))
    mgmt = (_grade("mgmt", "G6", "Team Leader", registrations=("RSci",), years=4, expert=1,
                   breadth=4, families=2, leadership="Leads a team."),
            _grade("mgmt", "G7", "Head of Technical Services", True, registrations=("CSci",),
                   years=8, expert=1, breadth=5, families=2, leadership="Runs the service."))
    registers = {
        "science-council": Register("science-council", "Science Council", (
            _level("RSciTech", "science-council", 1, 1, "G4"),
            _level("RSci", "science-council", 2, 0, "G6"),
            _level("CSci", "science-council", 3, 4, "G7")), details={
                "fallback": True, "disciplines": {"skill_families": ["analytical", "imaging"]}}),
        "advance-he": Register("advance-he", "Advance HE", (
            _level("AFHEA", "advance-he", 1, 0, "G5"), _level("FHEA", "advance-he", 2, 0, "G6")),
            details={"teaching_only": True}),
    }
    moves = ((("lab", "G5"), ("mgmt", "G6"), "Take on a team."),
             (("lab", "G6"), ("mgmt", "G6"), "Lead the team you supervise."),
             (("mgmt", "G6"), ("lab", "G6"), "Return to specialist work."))
    families = {"analytical": SkillFamily("analytical", "Analytical"),
                "imaging": SkillFamily("imaging", "Imaging")}
    skills = {s.id: s for s in (Skill("nmr", "NMR", "analytical"), Skill("lc-ms", "LC-MS",
                                                                          "analytical"),
                                Skill("cryo-em", "Cryo-EM", "imaging"),
                                Skill("confocal", "Confocal", "imaging"))}
    return Taxonomy(families, skills, {"lab": JobFamily("lab", "Lab technical", lab),
                                       "mgmt": JobFamily("mgmt", "Management", mgmt)},
                    "lab", moves, registers)


def example_directory() -> Directory:
    """Five people: ann (lab/G5) and four colleagues a grade or two above her."""
    def person(pid: Any, family: Any, grade: Any, start: Any, regs: Any=(), public: Any=True) -> Any:
        return Person(pid, pid.title(), "Example", "Uni", family, grade=grade,
                            start_date=start, registrations=regs, public=public)

    people = [person("ann", "lab", "G5", date(2020, 6, 1), ("RSciTech",)),
              person("bob", "lab", "G6", date(2015, 1, 1), ("RSci",)),
              person("cat", "lab", "G6", date(2012, 1, 1), ("RSci", "FHEA"), public=False),
              person("dan", "lab", "G6", None, ("RSci",)),
              person("eve", "mgmt", "G7", date(2005, 1, 1), ("CSci",))]
    held = {"ann": {"nmr": 3, "lc-ms": 2}, "bob": {"nmr": 4, "lc-ms": 3, "cryo-em": 2},
            "cat": {"nmr": 3, "cryo-em": 3, "confocal": 2}, "dan": {"cryo-em": 3, "confocal": 3},
            "eve": {"nmr": 2, "confocal": 3}}
    holdings = [Holding(pid, sid, level) for pid, skills in held.items()
                for sid, level in skills.items()]
    tax = example_taxonomy()
    skills = {s.id: SkillInfo(s.id, s.label, s.family) for s in tax.skills.values()}
    return Directory(people=people, holdings=holdings, skills=skills, generation=1)
