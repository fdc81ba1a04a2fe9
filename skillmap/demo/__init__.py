"""The demo institution: a realistic, fictitious technical workforce as a directory bundle.

``skillmap seed`` calls :func:`generate_bundle` and imports what it writes, so
the demo goes through exactly the path a real HR export does. The facts of
the demo (departments, facilities, which of them are fragile, the workforce
profile) are in ``seed/institution.yaml``; people are drawn from them with
one seeded ``random.Random``, so the same arguments give the same bytes.

Above a thousand people the demo becomes a consortium of several fictitious
universities, so that search can be tried at sector scale.
"""

from __future__ import annotations

from typing import Any

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from random import Random

from skillmap.bundle.records import FacilityRecord, HoldingRecord, PersonRecord, StaffRecord
from skillmap.bundle.writing import bundle_rows, write_bundle
from skillmap.demo.config import DemoConfig, load_config
from skillmap.demo.facilities import facility_details
from skillmap.demo.dates import add_months, random_date, state_pension_date
from skillmap.demo.people import Institution, Person, make_people, plan_institutions, slug
from skillmap.demo.profile import job_title, orcid, registrations, summary
from skillmap.demo.skills import SkillTexts, add_free_text, give_base_skills, holdings
from skillmap.demo.staffing import staff_facilities
from skillmap.taxonomy import Taxonomy

__all__ = ["generate_bundle"]


@dataclass
class _Records:
    people: list[PersonRecord] = field(default_factory=list)
    holdings: list[HoldingRecord] = field(default_factory=list)
    facilities: list[FacilityRecord] = field(default_factory=list)
    staff: list[StaffRecord] = field(default_factory=list)


def generate_bundle(target: Path, taxonomy: Taxonomy, *, people: int = 700, seed: int = 2017,
                    today: date | None = None) -> Path:
    """Write the demo institution as a bundle folder at `target` and return `target`.

    `today` is the reference date for ages and dates; by default January 1st
    of the current year, so the demo stays the same all year. The same
    (`people`, `seed`, `today`) and taxonomy always give byte-identical files.
    """
    if people < 1:
        raise ValueError("the demo needs at least one person")
    today = today or date(date.today().year, 1, 1)
    cfg = load_config(taxonomy)
    rng = Random(seed)
    texts = SkillTexts(taxonomy, cfg.proper_words)
    records = _Records()
    for institution in plan_institutions(cfg, people, rng):
        _institution(institution, cfg, taxonomy, texts, rng, today, records)
    rows = bundle_rows(records.people, records.holdings, records.facilities, records.staff,
                       skill_text=lambda text: text)
    return write_bundle(target, rows)


def _institution(inst: Institution, cfg: DemoConfig, taxonomy: Taxonomy, texts: SkillTexts,
                 rng: Random, today: date, records: _Records) -> None:
    """Generate one institution's people, skills and facilities into `records`."""
    people = make_people(inst, cfg, taxonomy, rng, today)
    for person in people:
        give_base_skills(person, cfg, rng)
    facilities = staff_facilities(inst, people, rng, today)
    add_free_text(people, cfg, texts, rng)
    _assign_ids(inst, people, rng, today)
    rates = cfg.workforce["rates"]
    _plan_retirements(people, rates["planned_retirement"], rng, today)
    for person in people:
        records.people.append(_person_record(person, inst, cfg, taxonomy, texts, rng))
        records.holdings += holdings(person, texts, rates, rng, today)
        records.staff += [StaffRecord(inst.facility_id(spec), person.person_id, role)
                          for spec, role in person.posts]
    for spec in facilities:
        facility_id, department = inst.facility_id(spec), cfg.departments[spec.department]
        location, booking_url, contact_email, training = facility_details(
            facility_id, spec, department, inst.email_domain)
        records.facilities.append(FacilityRecord(
            facility_id, spec.name, inst.name, department.name, spec.kind, spec.description,
            spec.required_skills, location=location, booking_url=booking_url,
            contact_email=contact_email, training_available=training))


def _assign_ids(inst: Institution, people: list[Person], rng: Random, today: date) -> None:
    """HR-style ids in order of start date (with gaps), and unique email addresses."""
    prefix = f"{inst.code}-" if inst.code else ""
    number = rng.randint(1000, 9000)
    taken: dict[str, int] = {}
    for person in sorted(people, key=lambda p: p.start or today):
        number += rng.randint(1, 3)
        person.person_id = f"{prefix}P{number:06d}"
        local = f"{slug(person.given_name)}.{slug(person.family_name)}"
        taken[local] = taken.get(local, 0) + 1
        suffix = str(taken[local]) if taken[local] > 1 else ""
        person.email = f"{local}{suffix}@{inst.email_domain}"


def _plan_retirements(people: list[Person], rate: float, rng: Random, today: date) -> None:
    """Give about `rate` of everyone a planned retirement, chosen among the over-58s."""
    wanted = round(rate * len(people)) - sum(1 for p in people if p.planned_retirement)
    candidates = [p for p in people if not p.planned_retirement and (p.age(today) or 0) >= 58]
    for person in rng.sample(candidates, max(0, min(wanted, len(candidates)))):
        assert person.birth is not None      # age(today) >= 58 needs a date of birth
        latest = max(add_months(today, 12), min(add_months(state_pension_date(person.birth), 12),

                                                add_months(today, 72)))
        day = random_date(rng, add_months(today, 4), latest)
        if rng.random() < 0.5:
            person.planned_retirement = day.strftime("%Y-%m")
        else:  # the last day of that month, as a contract end date
            person.planned_retirement = (add_months(day.replace(day=1), 1)
                                         - timedelta(days=1)).isoformat()


def _person_record(person: Person, inst: Institution, cfg: DemoConfig, taxonomy: Taxonomy,
                   texts: SkillTexts, rng: Random) -> PersonRecord:
    """The people.csv row, with some cells left empty as real HR exports have."""
    workforce, rates = cfg.workforce, cfg.workforce["rates"]
    fte = rng.choices([f for f, _ in workforce["fte"]], [w for _, w in workforce["fte"]])[0]
    keep_birth = person.key_holder or rng.random() >= rates["no_date_of_birth"]
    return PersonRecord(
        person_id=person.person_id, given_name=person.given_name,
        family_name=person.family_name, institution=inst.name, job_family=person.job_family,
        email=person.email, department=person.department.name,
        job_title=_unless(rng, rates["no_job_title"], job_title(person, cfg, rng)),
        grade=person.grade,
        fte=_unless(rng, rates["no_fte"], float(fte)),
        start_date=_unless(rng, rates["no_start_date"], person.start),
        date_of_birth=person.birth if keep_birth else None,
        planned_retirement=person.planned_retirement, gender=person.gender,
        registrations=registrations(person, cfg, taxonomy, rng),
        orcid=orcid(rng) if rng.random() < workforce["orcid"][person.grade] else None,
        public=rng.random() >= rates["private"],
        summary=_unless(rng, rates["no_summary"], summary(person, texts, rng)),
        **_career_facts(person),
    )


def _career_facts(person: Person) -> dict[str, Any]:
    """teaches and career_start (contract v2), drawn from the person's own seed so that the
    rest of the demo is unchanged: about 1 in 10 unknown each; half started their technical
    career before this post (another employer, an apprenticeship)."""
    rng = Random(f"career-facts:{person.person_id}")
    teaches = None if rng.random() < 0.1 else person.teaches
    earlier = 0 if rng.random() < 0.5 else rng.randint(1, 20)
    assert person.start is not None          # every demo person has a start date
    born = person.birth.year if person.birth else person.start.year - 30
    assert person.start is not None          # every demo person has a start date
    start = person.start.year - min(earlier, max(0, person.start.year - born - 18))
    return {"teaches": teaches, "career_start": None if rng.random() < 0.1 else start}


def _unless(rng: Random, rate: float, value: Any) -> Any:
    """`value`, or None (an unknown cell) with probability `rate`."""
    return None if rng.random() < rate else value
