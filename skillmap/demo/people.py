"""Who works where: institutions, departments and each technician's HR facts.

Grades follow the pyramid of the seed file, ages are drawn per grade from
age bands tuned to the sector's "40% aged 50 or over", and start dates are
drawn so that time in post fits both the person's age and their grade.
"""

from __future__ import annotations

from typing import Any

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from random import Random

from skillmap.demo.config import DemoConfig, Department, FacilitySpec
from skillmap.demo.dates import add_months, age_on
from skillmap.taxonomy import Grade, Taxonomy

GOLDEN = (5 ** 0.5 - 1) / 2
SILVER = 2 ** 0.5 - 1  # with GOLDEN, gives pairs spread evenly over the unit square

__all__ = ["Institution", "Person", "apportion", "make_people", "plan_institutions", "slug"]


@dataclass
class Institution:
    name: str
    code: str
    email_domain: str
    size: int
    departments: list[Department]
    facilities: list[FacilitySpec]

    def facility_id(self, spec: FacilitySpec) -> str:
        """Facility ids are prefixed outside the first institution, so they stay unique."""
        return f"{self.code.lower()}-{spec.id}" if self.code else spec.id


@dataclass
class Person:
    """A technician being generated; turned into a PersonRecord at the end."""

    department: Department
    grade: str
    level: int
    job_family: str
    gender: str | None
    given_name: str
    family_name: str
    birth: date | None
    start: date | None
    teaches: bool
    person_id: str = ""
    email: str = ""
    skills: dict[str, list[Any]] = field(default_factory=dict)  # id -> [level, interested]
    posts: list[tuple[FacilitySpec, str]] = field(default_factory=list)
    planned_retirement: str | None = None
    key_holder: bool = False

    def age(self, today: date) -> int | None:
        return age_on(self.birth, today) if self.birth else None


def slug(text: str) -> str:
    """Lowercase ASCII letters and digits only, for email addresses and domains.

    >>> slug("Siân O'Neill-Łukasz"), slug("de Vries")
    ('sianoneill-lukasz', 'devries')
    """
    text = text.replace("Ł", "L").replace("ł", "l")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9-]", "", ascii_text.lower())


def apportion(total: int, weights: list[float]) -> list[int]:
    """Split `total` in proportion to `weights` (largest remainder, ties to the first).

    >>> apportion(10, [1, 1, 1])
    [4, 3, 3]
    """
    whole = sum(weights)
    shares = [total * w / whole for w in weights]
    counts = [int(s) for s in shares]
    order = sorted(range(len(weights)), key=lambda i: (counts[i] - shares[i], i))
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return counts


def plan_institutions(cfg: DemoConfig, people: int, rng: Random) -> list[Institution]:
    """One institution up to a consortium threshold, else several of realistic size.

    The first is always the full University of Example; the others are
    fictitious universities with a random subset of its departments and facilities.
    """
    consortium = cfg.consortium
    departments = list(cfg.departments.values())
    first = Institution(cfg.institution, "", cfg.email_domain, people, departments,
                        list(cfg.facilities))
    if people <= consortium["single_institution_max"]:
        return [first]
    count = max(2, round(people / consortium["people_per_institution"]))
    sizes = apportion(people, [rng.uniform(0.6, 1.5) for _ in range(count)])
    first.size = sizes[0]
    institutions, codes = [first], {""}
    for index, size in enumerate(sizes[1:]):
        name, code, domain = _consortium_name(consortium, index, codes)
        kept = [d for d in departments if d.id in consortium["always"]
                or rng.random() < consortium["keep_department"]]
        ids = {d.id for d in kept}
        facilities = [f for f in cfg.facilities
                      if f.department in ids and rng.random() < consortium["keep_facility"]]
        institutions.append(Institution(name, code, f"{domain}.{cfg.email_domain}", size,
                                        kept, facilities))
    return institutions


def _consortium_name(consortium: dict[str, Any], index: int, taken: set[str]) -> tuple[str, str, str]:
    """The index-th fictitious institution: its name, a unique id prefix and email subdomain.

    Names cycle through places, then patterns ("University of X", "X
    University"), so the subdomain is the bare place name only the first time.
    """
    places, patterns = consortium["places"], consortium["patterns"]
    place = places[index % len(places)]
    round_, pattern = divmod(index // len(places), len(patterns))
    name = patterns[pattern].format(place=place) + (f" {round_ + 1}" if round_ else "")
    base = slug(place.replace(" ", ""))[:3].upper()
    code, n = base, 1
    while code in taken:
        n += 1
        code = f"{base[:2]}{n}"
    words = [slug(w) for w in name.split() if w.lower() not in {"of", "the"}]
    domain = "-".join(w for w in words if w != "university")
    if domain in taken:
        domain = "-".join(words)
    taken.update((code, domain))
    return name, code, domain


def make_people(inst: Institution, cfg: DemoConfig, taxonomy: Taxonomy, rng: Random,
                today: date) -> list[Person]:
    """Everyone in `inst`, department by department, in a stable order.

    Grades and age bands are drawn along two low-discrepancy sequences rather
    than independently, so that even a 700-person institution has close to the
    intended grade pyramid and age profile (an independent draw varies by about
    two points in the share aged 50+, and may leave out the rare top grades).
    """
    jitter = [d.weight * (rng.uniform(0.7, 1.3) if inst.code else 1.0)
              for d in inst.departments]
    start, offset = rng.random(), rng.random()
    people: list[Person] = []
    for department, count in zip(inst.departments, apportion(inst.size, jitter)):
        for _ in range(count):
            n = len(people)
            quantiles = ((offset + n * SILVER) % 1.0, (start + n * GOLDEN) % 1.0)
            people.append(_person(department, cfg, taxonomy, rng, today, quantiles))
    return people


def _at_quantile(weights: list[float], quantile: float) -> int:
    """The index whose share of the cumulative `weights` contains `quantile`.

    >>> [_at_quantile([1, 2, 1], q) for q in (0.1, 0.3, 0.74, 0.9)]
    [0, 1, 1, 2]
    """
    left = quantile * sum(weights)
    for index, weight in enumerate(weights):
        if left < weight:
            return index
        left -= weight
    return len(weights) - 1


def _person(dept: Department, cfg: DemoConfig, taxonomy: Taxonomy, rng: Random,
            today: date, quantiles: tuple[float, float]) -> Person:
    """One technician of `dept`: grade first, since job family, age and start depend on it."""
    workforce = cfg.workforce
    grades = {g: w for g, w in workforce["grades"].items()
              if taxonomy.grade(_base_family(taxonomy), g)}
    grade = list(grades)[_at_quantile(list(grades.values()), quantiles[0])]
    family = _job_family(dept, grade, workforce, taxonomy, rng)
    grade_info = taxonomy.grade(family, grade)
    assert grade_info is not None        # _job_family picks a family that has this grade
    level = grade_info.level
    gender = _gender(grade, workforce, rng)
    given, family_name = _name(gender, cfg.names, rng)
    birth = _birth(grade, workforce, rng, today, quantiles[1])
    return Person(
        department=dept, grade=grade, level=level, job_family=family, gender=gender,
        given_name=given, family_name=family_name, birth=birth,
        start=_start(birth, grade_info, rng, today),
        teaches=rng.random() < dept.teaching,
    )


def _base_family(taxonomy: Taxonomy) -> str:
    return "technical" if "technical" in taxonomy.job_families else taxonomy.default_family


def _job_family(dept: Department, grade: str, workforce: dict[str, Any], taxonomy: Taxonomy,
                rng: Random) -> str:
    """The department's special family (e.g. research-software), management, or technical."""
    draw = rng.random()
    for family, share in dept.job_families.items():
        if draw < share:
            if taxonomy.grade(family, grade):
                return family
            break  # e.g. research-software has no apprentice grades
        draw -= share
    if rng.random() < workforce["management"].get(grade, 0) \
            and taxonomy.grade("technical-management", grade):
        return "technical-management"
    return _base_family(taxonomy)


def _gender(grade: str, workforce: dict[str, Any], rng: Random) -> str | None:
    """Gender as HR recorded it: more men at senior grades, about 1% other or blank."""
    draw = rng.random() * 100
    for value, percent in workforce["other_gender"]:
        if draw < percent:
            return value or None
        draw -= percent
    return "Male" if rng.random() < workforce["male_share"][grade] else "Female"


def _name(gender: str | None, names: dict[str, Any], rng: Random) -> tuple[str, str]:
    groups = list(names["groups"].values())
    group = rng.choices(groups, weights=[g["weight"] for g in groups])[0]
    pool = {"Male": group["male"], "Female": group["female"]}.get(
        gender or "", group["male"] + group["female"])

    family_group = rng.choice(groups) if rng.random() < names["mixed"] else group
    return rng.choice(pool), rng.choice(family_group["family"])


def _birth(grade: str, workforce: dict[str, Any], rng: Random, today: date, quantile: float) -> date:
    """A date of birth: apprentices are young, other grades follow the age bands.

    The band is the one at `quantile` of the grade's band distribution; the
    age within the band is drawn at random.
    """
    if grade == "G2":
        age = rng.randint(*workforce["apprentice_ages"])
    else:
        youngest = workforce["min_age"][grade]
        bands = [b for b in workforce["age_bands"] if b[1] >= youngest]
        low, high, _ = bands[_at_quantile([b[2] for b in bands], quantile)]
        age = rng.randint(max(low, youngest), high)
    return add_months(today, -12 * age) - timedelta(days=rng.randint(0, 364))


def _start(birth: date, grade: Grade, rng: Random, today: date) -> date:
    """Start in post: recent for apprentices, else skewed short but fitting age and grade.

    Time in post is at least ~60% of the grade's typical years of experience
    and never reaches back before the age of 18.
    """
    age = age_on(birth, today)
    if grade.code == "G2":
        years = rng.uniform(0.1, min(2.5, max(0.2, age - 16)))
    else:
        most = max(0.3, age - 18)
        least = min(most, 0.6 * float(grade.requirements.get("min_years_experience") or 0))
        years = least + (most - least) * rng.random() ** 1.8
    return today - timedelta(days=int(years * 365.25))
