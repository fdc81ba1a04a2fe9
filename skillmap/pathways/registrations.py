"""Which professional registrations a person can apply for now, and which come later.

The rules are the bodies' own (see the header of taxonomies/registrations.yaml):

1. **Registers of the person's discipline** (:func:`choose_registers`): those
   whose ``disciplines`` match the person's job family, department, job title
   or main skill families, plus registers they already hold and registers for
   all technicians (IST membership). Teaching-only registers (Advance HE) and
   levels (CSciTeach) need ``teaches`` to be true. The person's
   ``register_interest`` replaces the choice.
2. **No ladder**: any level of a register is open, whatever the person holds
   below it, except where the body states a prerequisite (``prerequisite``
   with ``gate: true``: FIScT after MIScT). Levels below the highest one held
   are not offered; a parallel teaching level (CSciTeach) is offered to a CSci
   holder who teaches.
3. **Experience** is the one check: years since ``career_start`` when known,
   else years in post (a lower bound). Qualifications are benchmarks shown with
   the equivalence route, never a gate; the grade only orders the advice.
"""

from __future__ import annotations

from typing import Any

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from skillmap.taxonomy import Register, RegistrationLevel, Taxonomy

__all__ = ["APPRENTICESHIP_YEARS", "Experience", "Reason", "RegistrationOption",
           "choose_registers", "is_apprentice", "main_families", "registration_options",
           "typical_level"]

DOMINANT = 0.5   # a skill family counts when it has this share of the strongest one's weight
MIN_WEIGHT = 3   # ... and at least this weight (sum of levels), unless it is the strongest
#: An apprenticeship lasts at least a year [U: the usual minimum duration of an English
#: apprenticeship; e.g. the Level 3 Animal Technologist standard is "typically 24 months" (C)
#: https://www.instituteforapprenticeships.org/apprenticeship-standards/animal-technologist-v1-0 ]
APPRENTICESHIP_YEARS = 1
APPRENTICE_LEVEL = 2     # the apprentice grade level of grades.yaml


def is_apprentice(level: int | None, job_title: str | None) -> bool:
    """At the apprentice grade level, or titled apprentice or trainee.

    >>> is_apprentice(2, None), is_apprentice(4, "Trainee Technician"), is_apprentice(5, "Tech")
    (True, True, False)
    """
    title = (job_title or "").casefold()
    return level == APPRENTICE_LEVEL or "apprentice" in title or "trainee" in title


@dataclass(frozen=True)
class Reason:
    """One eligibility criterion, met or not, in words."""

    criterion: str          # prerequisite | experience
    met: bool
    text: str


@dataclass(frozen=True)
class RegistrationOption:
    """A registration level the person does not hold yet, with why they can or cannot apply."""

    register: str
    register_label: str
    current: str | None     # the highest level held on this register
    code: str
    title: str
    rank: int
    eligible: bool
    reasons: tuple[Reason, ...]
    on_route: bool = False  # named by a grade on the person's shortest route
    benchmark: str = ""     # the qualification benchmark (an example, with the equivalence route)
    condition: str = ""     # a condition the body states that is not a gate (CITP: MBCS)
    source: str = ""


@dataclass(frozen=True)
class Experience:
    """Years of technical experience, and where the figure comes from.

    ``basis`` is ``career`` (counted from career_start), ``post`` (years in
    post only: a lower bound) or ``unknown``.
    """

    years: int | None
    basis: str
    since: int | None = None

    @classmethod
    def of(cls, career_start: int | None, years_in_post: int | None, year: int, *,
           apprentice: bool = False) -> Experience:
        """From the year a career began and the years in post, seen in `year`.

        An apprentice (`apprentice`: at the apprentice grade level, or so titled)
        with neither date is counted at :data:`APPRENTICESHIP_YEARS`: a completed
        Level 3 apprenticeship is the RSciTech and EngTech benchmark, and takes at
        least that long.

        >>> Experience.of(1995, 1, 2026), Experience.of(None, 3, 2026).basis
        (Experience(years=31, basis='career', since=1995), 'post')
        >>> Experience.of(None, None, 2026).years, Experience.of(None, None, 2026, apprentice=True)
        (None, Experience(years=1, basis='apprenticeship', since=None))
        """
        if career_start is not None:
            return cls(max(0, year - career_start, years_in_post or 0), "career", career_start)
        if years_in_post is not None:
            return cls(years_in_post, "post")
        if apprentice:
            return cls(APPRENTICESHIP_YEARS, "apprenticeship")
        return cls(None, "unknown")


def typical_level(taxonomy: Taxonomy, grade_code: str | None, family: str) -> int | None:
    """The level of grade `grade_code`, read in `family` first, then in any family.

    >>> from skillmap.pathways.example import example_taxonomy
    >>> tax = example_taxonomy()
    >>> typical_level(tax, "G6", "mgmt"), typical_level(tax, "G9", "lab")
    (6, None)
    """
    if not grade_code:
        return None
    grade = taxonomy.grade(family, grade_code) or next(
        (g for f in taxonomy.job_families.values() for g in f.grades if g.code == grade_code), None)
    return grade.level if grade else None


@lru_cache(maxsize=256)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """One regex for a keyword list: whole words or phrases, ``*`` matching any ending."""
    parts = [re.escape(w.strip().rstrip("*")) + (r"\w*" if w.strip().endswith("*") else "")
             for w in words if w.strip().rstrip("*")]
    if not parts:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


def _says(words: Iterable[str] | None, text: str | None) -> bool:
    pattern = _pattern(tuple(words or ()))
    return bool(text and pattern and pattern.search(text))


def main_families(weights: Mapping[str, float], wanted: Iterable[str]) -> frozenset[str]:
    """The skill families among `wanted` with at least half the strongest one's weight (the
    sum of the levels held), and a weight of :data:`MIN_WEIGHT` unless it is the strongest.

    >>> sorted(main_families({"animal": 8, "computing": 1, "safety": 9}, ["animal", "computing"]))
    ['animal']
    >>> sorted(main_families({"analytical": 3, "cryo": 2}, ["analytical", "cryo"]))
    ['analytical']
    """
    kept = {f: w for f, w in weights.items() if f in set(wanted) and w > 0}
    top = max(kept.values(), default=0)
    return frozenset(f for f, w in kept.items()
                     if w >= DOMINANT * top and (w >= MIN_WEIGHT or w == top))


def _interest(taxonomy: Taxonomy, interest: Iterable[str]) -> list[str]:
    """Register ids named by `interest`: register ids, labels or level codes, any case."""
    by_name = {r.id.casefold(): r.id for r in taxonomy.registers.values()}
    by_name |= {r.label.casefold(): r.id for r in taxonomy.registers.values()}
    by_name |= {code.casefold(): lvl.register for code, lvl in taxonomy.registrations.items()}
    return list(dict.fromkeys(by_name[i.strip().casefold()] for i in interest
                              if i.strip().casefold() in by_name))


def choose_registers(taxonomy: Taxonomy, *, held: Iterable[str] = (), job_family: str = "",
                     department: str | None = None, job_title: str | None = None,
                     family_weights: Mapping[str, float] | None = None,
                     teaches: bool | None = None,
                     interest: Iterable[str] = ()) -> tuple[tuple[str, ...], str]:
    """The registers to advise a person on, in the taxonomy's order, and why, in words.

    A level with its own ``disciplines`` (ICTTech on the Engineering Council's
    register) is left out, as a ``-CODE`` entry, when they do not match.

    Examples
    --------
    >>> from skillmap.taxonomy import load_taxonomy
    >>> from skillmap.settings import PROJECT_ROOT
    >>> tax = load_taxonomy(PROJECT_ROOT / "taxonomies")
    >>> choose_registers(tax, department="Biological Services Unit",
    ...                  job_title="Senior Animal Technician",
    ...                  family_weights={"animal": 9, "computing": 1})[0]
    ('science-council', 'ist', 'iat')
    >>> choose_registers(tax, job_family="research-software", teaches=True)[0]
    ('engineering-council', 'bcs', 'advance-he', 'ist', '-EngTech')
    >>> choose_registers(tax, interest=["cmi"], held=["RSci"])
    (('science-council', 'cmi'), 'the registers you asked for (register_interest)')
    """
    held_registers = {taxonomy.registrations[c].register for c in held
                      if c in taxonomy.registrations}
    named = _interest(taxonomy, interest)
    if named:
        chosen = set(named) | held_registers
        return (tuple(r for r in taxonomy.registers if r in chosen),
                "the registers you asked for (register_interest)")
    wanted = {f for r in taxonomy.registers.values()
              for f in (r.details.get("disciplines") or {}).get("skill_families") or ()}
    families = main_families(family_weights or {}, wanted)
    why: dict[str, str] = {}
    for register in taxonomy.registers.values():
        reason = _discipline(register, job_family, department, job_title, families)
        if reason:
            why[register.id] = reason
    chosen = set(why) | held_registers
    if not chosen - {r.id for r in taxonomy.registers.values() if _for_all(r)}:
        fallback = {r.id for r in taxonomy.registers.values() if r.details.get("fallback")}
        chosen |= fallback or {r.id for r in taxonomy.registers.values()
                               if not r.details.get("teaching_only")}
        why.setdefault("", "nothing recorded says what your discipline is")
    if teaches is True:
        chosen |= {r.id for r in taxonomy.registers.values() if r.details.get("teaching_only")}
    else:
        chosen -= {r.id for r in taxonomy.registers.values()
                   if r.details.get("teaching_only") and r.id not in held_registers}
    reasons = sorted({text for text in why.values() if text})
    if teaches is True:
        reasons.append("you teach or support learning")
    outside = tuple(f"-{level.code}" for r in taxonomy.registers.values() if r.id in chosen
                    for level in r.levels if level.code not in held
                    and level.details.get("disciplines")
                    and not _discipline_of(level.details["disciplines"], job_family, department,
                                           job_title, families))
    return tuple(r for r in taxonomy.registers if r in chosen) + outside, "; ".join(reasons)


def _for_all(register: Register) -> bool:
    return bool(register.details.get("for_all_technicians"))


def _discipline(register: Register, job_family: str, department: str | None,
                job_title: str | None, families: frozenset[str]) -> str:
    """Why `register` fits the person (empty: it does not)."""
    if _for_all(register):
        return "open to all technicians"
    return _discipline_of(register.details.get("disciplines") or {}, job_family, department,
                          job_title, families)


def _discipline_of(rules: Mapping[str, Any], job_family: str, department: str | None,
                   job_title: str | None, families: frozenset[str]) -> str:
    if job_family and job_family in (rules.get("job_families") or ()):
        return "your job family"
    if _says(rules.get("departments"), department):
        return "your department"
    if _says(rules.get("job_titles"), job_title):
        return "your job title"
    if families & set(rules.get("skill_families") or ()):
        return "your main skills"
    return ""


def _prerequisite(level: RegistrationLevel, held: frozenset[str],
                  levels: Mapping[str, RegistrationLevel]) -> Reason | None:
    rule = level.details.get("prerequisite") or {}
    if not rule.get("gate"):
        return None
    codes = [c for c in rule.get("codes") or () if c in levels]
    met = any(h in levels and any(h == c or (levels[h].register == levels[c].register
                                             and levels[h].rank >= levels[c].rank)
                                  for c in codes) for h in held)
    text = str(rule.get("text") or f"needs {' or '.join(codes)} first")
    return Reason("prerequisite", met, ("you hold " + " or ".join(codes) + ": " if met else "")
                  + text)


def _experience(level: RegistrationLevel, experience: Experience) -> Reason:
    need = level.min_years_experience
    if not need:
        return Reason("experience", True, "no minimum experience")
    wanted = f"about {need} year{'s' if need != 1 else ''} of experience is expected"
    if experience.years is None:
        return Reason("experience", False, f"{wanted}; record when your technical career began")
    if experience.basis == "apprenticeship":
        return Reason("experience", experience.years >= need,
                      f"{wanted}; a completed apprenticeship counts as at least "
                      f"{experience.years} (record when your career began to confirm it)")
    if experience.basis == "career":
        return Reason("experience", experience.years >= need,
                      f"{wanted}; you have {experience.years} since {experience.since}")
    if experience.years >= need:
        return Reason("experience", True, f"{wanted}; you have {experience.years} in post")
    return Reason("experience", False, f"{wanted}; {experience.years} in post are recorded: "
                                       "record when your technical career began if it was earlier")


def registration_options(taxonomy: Taxonomy, held: frozenset[str], experience: Experience,
                         family: str, grade: str | None, *, registers: Iterable[str],
                         teaches: bool | None = None,
                         on_route: frozenset[str] = frozenset()) -> tuple[RegistrationOption, ...]:
    """Every level of `registers` the person could still go for, eligible or not.

    Parameters
    ----------
    taxonomy : Taxonomy
    held : frozenset of str
        Registration codes the person holds.
    experience : Experience
        Their years of technical experience.
    family, grade : str
        The person's job family and grade code (they only order the options).
    registers : iterable of str
        The register ids of the person's discipline (:func:`choose_registers`).
    teaches : bool or None
        Teaching-only levels (CSciTeach) are offered only when True.
    on_route : frozenset of str
        Codes named by the grades on the person's route; those options come first.

    Returns
    -------
    tuple of RegistrationOption
        On-route options first, then those typical nearest the person's grade.

    Examples
    --------
    >>> from skillmap.taxonomy import load_taxonomy
    >>> from skillmap.settings import PROJECT_ROOT
    >>> tax = load_taxonomy(PROJECT_ROOT / "taxonomies")
    >>> twenty = Experience.of(2006, 2, 2026)     # a G7 chemist, 20 years in technical roles
    >>> options = registration_options(tax, frozenset(), twenty, "technical", "G7",
    ...                                registers=["science-council"])
    >>> [o.code for o in options if o.eligible]
    ['CSci', 'RSci', 'RSciTech']
    >>> fellow = registration_options(tax, frozenset(), twenty, "technical", "G8",
    ...                               registers=["ist"])
    >>> [(o.code, o.eligible) for o in fellow]
    [('FIScT', False), ('MIScT', True)]
    >>> [r.text for r in fellow[0].reasons if not r.met]
    ['IST Fellowship normally follows about a year as a Member (MIScT).']
    """
    levels = taxonomy.registrations
    own = typical_level(taxonomy, grade, family)
    chosen = set(registers)
    options = []
    for register in taxonomy.registers.values():
        if register.id not in chosen:
            continue
        held_rank = max((lvl.rank for lvl in register.levels if lvl.code in held), default=0)
        if held_rank == 0 and all(f"-{lvl.code}" in chosen for lvl in register.levels):
            continue
        current = next((lvl.code for lvl in register.levels
                        if lvl.code in held and lvl.rank == held_rank), None)
        for level in sorted(register.levels, key=lambda lvl: lvl.rank):
            teaching = bool(level.details.get("teaching_only"))
            if level.code in held or level.rank < held_rank or (teaching and teaches is not True) \
                    or (level.rank == held_rank and not teaching) or f"-{level.code}" in chosen:
                continue
            reasons = tuple(r for r in (_prerequisite(level, held, levels),
                                        _experience(level, experience)) if r is not None)
            rule = level.details.get("prerequisite") or {}
            options.append(RegistrationOption(
                register.id, register.label, current, level.code, level.title, level.rank,
                all(r.met for r in reasons), reasons, level.code in on_route,
                level.qualification, "" if rule.get("gate") else str(rule.get("text") or ""),
                level.source))
    order = {r: k for k, r in enumerate(taxonomy.registers)}

    def distance(o: RegistrationOption) -> int:
        typical = typical_level(taxonomy, levels[o.code].typical_grade, family)
        return abs(typical - own) if typical is not None and own is not None else 5

    return tuple(sorted(options, key=lambda o: (not o.on_route, distance(o), order[o.register],
                                                -o.rank)))
