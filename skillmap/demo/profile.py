"""What HR and the directory say about each person: title, registrations, summary, ids.

These are derived last, from the grade, department, skills and facility posts
already drawn, so that a title, a registration and a summary never contradict
the rest of the record.
"""

from __future__ import annotations

from typing import Any

from random import Random

from skillmap.demo.config import DemoConfig
from skillmap.demo.people import Person
from skillmap.demo.skills import SkillTexts
from skillmap.taxonomy import RegistrationLevel, Taxonomy

__all__ = ["job_title", "orcid", "registrations", "summary"]


def job_title(person: Person, cfg: DemoConfig, rng: Random) -> str:
    """A title from the department's or the default templates for the person's grade."""
    dept = person.department
    templates = (dept.titles.get(person.job_family, {}).get(person.grade)
                 or cfg.job_titles.get(person.job_family, {}).get(person.grade)
                 or ["{grade_title}"])
    spec = person.posts[0][0].title if person.posts else rng.choice(dept.specialisms)
    return str(rng.choice(templates)).format(
area=dept.area, spec=spec, dept=dept.short,
                                        grade_title=person.grade)


def registrations(person: Person, cfg: DemoConfig, taxonomy: Taxonomy,
                  rng: Random) -> tuple[str, ...]:
    """Registration codes consistent with grade: none above the person's grade's typical ones.

    The department's discipline register (Science Council, Engineering Council
    or BCS) comes first; teaching technicians may hold an Advance HE fellowship,
    and senior staff IST membership.
    """
    workforce = cfg.workforce
    grade_levels = {g.code: g.level for f in taxonomy.job_families.values() for g in f.grades}
    wanted = []
    if rng.random() < workforce["registered"].get(person.grade, 0):
        wanted.append(person.department.register)
    if person.teaches and rng.random() < workforce["teaching_fellowship"]:
        wanted.append(workforce["teaching_register"])
    if rng.random() < workforce["ist_membership"]:
        wanted.append(workforce["membership_register"])
    codes = []
    for register_id in wanted:
        register = taxonomy.registers.get(register_id or "")
        if register:
            level = _level(register.levels, person, grade_levels, rng)
            if level and level.code not in codes:
                codes.append(level.code)
    return tuple(sorted(codes))


def _level(levels: tuple[RegistrationLevel, ...], person: Person, grade_levels: dict[str, Any],
           rng: Random) -> RegistrationLevel | None:
    """The highest level open at the person's grade, or (less often) a lower one.

    Among parallel levels the register's first is taken (EngTech before
    ICTTech, CSci before CSciTeach), except that teachers sometimes hold the
    teaching section.
    """
    open_levels = [lvl for lvl in levels
                   if grade_levels.get(lvl.typical_grade or "", 99) <= person.level]
    ranks = sorted({lvl.rank for lvl in open_levels})
    if not ranks:
        return None
    draw = rng.random()
    rank = ranks[-1] if draw < 0.45 else ranks[-2] if draw < 0.85 and len(ranks) > 1 else ranks[0]
    options = [lvl for lvl in open_levels if lvl.rank == rank]
    teaching = [lvl for lvl in options if lvl.code.endswith("Teach")]
    if person.teaches and teaching and rng.random() < 0.3:
        return teaching[0]
    return next((lvl for lvl in options if lvl not in teaching), options[0])


def orcid(rng: Random) -> str:
    """A fictitious ORCID iD with a valid check digit.

    It starts 0000-0000-, a block ORCID does not issue, so it never points at
    a real researcher.

    >>> from skillmap.bundle.cells import orcid as check
    >>> value = orcid(Random(1))
    >>> value.startswith("0000-0000-") and check(value) == value
    True
    """
    digits = "00000000" + "".join(str(rng.randint(0, 9)) for _ in range(7))
    total = 0
    for digit in digits:
        total = (total + int(digit)) * 2
    check = (12 - total % 11) % 11
    full = digits + ("X" if check == 10 else str(check))
    return "-".join(full[i:i + 4] for i in range(0, 16, 4))


def summary(person: Person, texts: SkillTexts, rng: Random) -> str:
    """One or two sentences from the person's facility and strongest skills."""
    facility_skills = [s for spec, _ in person.posts for s in spec.required_skills]
    order = {s: i for i, s in reversed(list(enumerate(facility_skills)))}
    ranked = sorted(person.skills, key=lambda s: (s not in order, -person.skills[s][0],
                                                  order.get(s, 0)))
    top = [texts.phrase(s) for s in ranked[:4]]
    top += ["its users"] * (3 - len(top))
    if not person.posts:
        return _unposted(person, top, rng)
    spec, role = person.posts[0]
    if role == "lead":
        text = f"{spec.work[0].upper()}{spec.work[1:]} and trains users in {top[0]} and {top[1]}."
    elif role == "trainer":
        text = f"Trains users of the {_lower(spec.name)} in {top[0]} and {top[1]}."
    elif role == "backup":
        text = f"Deputises for the lead of the {_lower(spec.name)}; expert in {top[0]}."
    else:
        text = f"Works in the {_lower(spec.name)} on {top[0]}, with experience of {top[1]}."
    if len(person.posts) > 1:
        other, other_role = person.posts[1]
        text += f" Also {_article(other_role)} {other_role} for the {_lower(other.name)}."
    return text


def _unposted(person: Person, top: list[str], rng: Random) -> str:
    dept = person.department.short
    if person.level >= 7:
        return (f"Specialist in {top[0]} who advises researchers across {dept} "
                f"and trains staff in {top[1]}.")
    return rng.choice((
        f"Supports research and teaching in {dept} with {top[0]}, {top[1]} and {top[2]}.",
        f"{dept} technician working mainly on {top[0]} and {top[1]}.",
        f"Looks after {top[0]} for {dept} research groups; also {top[1]}.",
    ))


def _lower(name: str) -> str:
    """A facility name inside a sentence: "NMR facility" stays, "Mechanical workshop" lowers."""
    first = name.split()[0]
    return name if not first[1:].islower() else name[0].lower() + name[1:]


def _article(word: str) -> str:
    return "an" if word[0] in "aeiou" else "a"
