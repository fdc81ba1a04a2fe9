"""Staff each facility from its department, and make the fragile ones fragile.

Staff are spread across people (the least busy first), and each role
favours a typical grade: leads near G7, trainers and backups near G6,
operators near G4. The lead holds the required skills at expert or authority
level; trainers, backups and operators hold them a little lower.

In a fragile facility only the lead and the backup hold the key skill above
awareness, and both are moved to within three years of State Pension age:
the pattern the succession report exists to find.
"""

from __future__ import annotations

from typing import Any

from datetime import date, timedelta
from random import Random

from skillmap.demo.config import FacilitySpec
from skillmap.demo.dates import add_months, random_date, state_pension_date
from skillmap.demo.people import Institution, Person
from skillmap.demo.skills import MAX_SKILLS

__all__ = ["staff_facilities"]

MAX_POSTS = 2


def staff_facilities(inst: Institution, people: list[Person], rng: Random,
                     today: date) -> list[FacilitySpec]:
    """Post staff to every facility whose department has people free; return those facilities."""
    by_department: dict[str, list[Person]] = {}
    for person in people:
        by_department.setdefault(person.department.id, []).append(person)
    load: dict[int, int] = {}
    staffed = []
    for spec in inst.facilities:
        chosen = _choose(spec, by_department.get(spec.department, []), load, rng, today)
        if chosen:
            staffed.append(spec)
        for person, role in chosen:
            load[id(person)] = load.get(id(person), 0) + 1
            person.posts.append((spec, role))
            _grant(person, spec, role, rng, today)
    for person in people:
        _trim(person)
    return staffed


def _choose(spec: FacilitySpec, pool: list[Person], load: dict[int, int], rng: Random,
            today: date) -> list[tuple[Person, str]]:
    """Pick a person per role among the least busy, favouring (not forcing) the right grade.

    Nobody takes a third post, so in a very small demo a role (or a whole
    facility) may be left without anyone.
    """
    chosen: list[tuple[Person, str]] = []
    free = list(pool)
    for role in spec.roles:
        free = [p for p in free if load.get(id(p), 0) < MAX_POSTS]
        if not free:
            break
        keys = [_fit(p, role, spec, load, today) for p in free]
        candidates = [i for i, key in enumerate(keys) if key == min(keys)]
        weights = [1 / (1 + _role_fit(role, free[i])) ** 3 for i in candidates]
        chosen.append((free.pop(rng.choices(candidates, weights)[0]), role))
    return chosen


def _fit(person: Person, role: str, spec: FacilitySpec, load: dict[int, int],
         today: date) -> tuple[Any, ...]:
    """First part of a candidate's sort key for `role`: least busy first.

    Fragile facilities prefer lead and backup candidates already in their late
    fifties or sixties, so that moving them near pension age changes little.
    """
    age = person.age(today) or 0
    wanted_old = spec.key_skill is not None and role in ("lead", "backup")
    return load.get(id(person), 0), wanted_old and not 55 <= age <= 66


def _role_fit(role: str, person: Person) -> int:
    """Lower is better: leads are specialists near G7, trainers and backups mid-grade,
    operators junior; heads of service rarely run an instrument themselves."""
    if role == "lead":
        head = person.job_family == "technical-management" and person.level >= 9
        return abs(person.level - 7) + 3 * head
    if role in ("trainer", "backup"):
        return abs(person.level - 6)
    return abs(person.level - 4)


def _grant(person: Person, spec: FacilitySpec, role: str, rng: Random, today: date) -> None:
    """Give `person` the facility's required skills at the level their role needs."""
    for index, skill_id in enumerate(spec.required_skills):
        if skill_id == spec.key_skill:
            _grant_key(person, spec, role, rng, today)
            continue
        if role == "lead":
            level = 4 if index < 2 and (person.level >= 7 or rng.random() < 0.4) else 3
        elif role == "trainer":
            level = 3
        elif role == "backup":
            level = rng.choice((2, 3))
        else:
            level = 3 if person.level >= 5 and rng.random() < 0.25 else 2
        held = person.skills.get(skill_id)
        person.skills[skill_id] = [max(level, held[0]) if held else level,
                                   held[1] if held else None]


def _grant_key(person: Person, spec: FacilitySpec, role: str, rng: Random,
               today: date) -> None:
    """The key skill of a fragile facility: expert holders near retirement, the rest aware."""
    assert spec.key_skill is not None     # only fragile facilities have a key skill
    if role in ("lead", "backup"):
        person.skills[spec.key_skill] = [4 if role == "lead" else 3, True]

        _near_pension(person, rng, today)
    else:
        person.skills[spec.key_skill] = [1, rng.random() < 0.6]


def _near_pension(person: Person, rng: Random, today: date) -> None:
    """Move the birth date so State Pension age falls 2 to 36 months from `today`."""
    person.key_holder = True
    soonest, latest = today + timedelta(days=60), add_months(today, 36)
    while True:
        birth = random_date(rng, add_months(today, -67 * 12), add_months(today, -63 * 12))
        pension = state_pension_date(birth)
        if soonest < pension <= latest:
            break
    person.birth = birth
    if person.start and person.start < add_months(birth, 18 * 12):
        person.start = add_months(birth, 18 * 12)
    if rng.random() < 0.5:
        retire = random_date(rng, add_months(today, 6), pension)
        person.planned_retirement = retire.strftime("%Y-%m")


def _trim(person: Person) -> None:
    """Keep at most MAX_SKILLS skills, dropping the weakest that no facility needs."""
    needed = {s for spec, _ in person.posts for s in spec.required_skills}
    spare = sorted((s for s in person.skills if s not in needed),
                   key=lambda s: person.skills[s][0])
    for skill_id in spare[: max(0, len(person.skills) - MAX_SKILLS)]:
        del person.skills[skill_id]
