"""A person's standing against a grade's requirements: what is met, what is missing.

The requirement keys are those of grades.yaml: ``registrations`` (essential),
``registrations_desirable`` and ``teaching`` (any-of lists of registration
codes), ``min_years_experience``,
``expert_skills`` (skills at level 3 or 4), ``authority_skills`` (level 4),
``breadth`` (skills at level 2 or above), ``skill_families`` (distinct families
among those) and ``leadership`` (text the person assesses for themselves).

Only requirements that apply to the person are checked: registration lists
keep the codes of the person's registers (a list with none of them does not
apply), and ``teaching`` applies when the person teaches (unknown: to assess).
Desirable registrations are shown but never missing.
"""

from __future__ import annotations

from typing import Any

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from skillmap.taxonomy import RegistrationLevel

__all__ = ["Check", "Profile", "REQUIREMENTS", "evaluate", "holds_registration",
           "whole_years"]

REQUIREMENTS = {
    "registrations": "Professional registration",
    "registrations_desirable": "Professional registration (desirable)",
    "teaching": "Teaching recognition (Advance HE Fellowship)",
    "min_years_experience": "Years of technical experience",
    "expert_skills": "Skills at expert level (3 or 4)",
    "authority_skills": "Skills at authority level (4)",
    "breadth": "Skills at practitioner level or above (2+)",
    "skill_families": "Distinct skill families among those skills",
    "leadership": "Leadership and contribution (assess for yourself)",
}
COUNTS = {"expert_skills": "expert", "authority_skills": "authority", "breadth": "breadth",
          "skill_families": "families"}


def whole_years(start: date | None, today: date) -> int | None:
    """Whole years from `start` to `today`, or None when `start` is unknown.

    >>> whole_years(date(2020, 6, 1), date(2026, 5, 31)), whole_years(None, date(2026, 1, 1))
    (5, None)
    """
    if start is None:
        return None
    return max(0, today.year - start.year - ((today.month, today.day) < (start.month, start.day)))


@dataclass(frozen=True)
class Profile:
    """What a person brings: registrations, skill counts by level, years of experience."""

    registrations: frozenset[str]
    expert: int
    authority: int
    breadth: int
    families: int
    years: int | None

    @classmethod
    def of(cls, registrations: Iterable[str], levels: Mapping[str, int],
           family_of: Mapping[str, str | None], years: int | None) -> Profile:
        """Count a person's skills (`levels`: skill id -> level 1-4).

        >>> p = Profile.of(["RSci"], {"nmr": 4, "lc-ms": 3, "xrd": 2, "pcr": 1},
        ...                {"nmr": "a", "lc-ms": "a", "xrd": "b", "pcr": "c"}, 5)
        >>> p.expert, p.authority, p.breadth, p.families
        (2, 1, 3, 2)
        """
        working = [skill for skill, level in levels.items() if level >= 2]
        return cls(frozenset(registrations), sum(level >= 3 for level in levels.values()),
                   sum(level >= 4 for level in levels.values()), len(working),
                   len({family_of.get(s) for s in working} - {None}), years)


@dataclass(frozen=True)
class Check:
    """One requirement of one grade against one person.

    ``required`` and ``held`` are counts, or tuples of registration codes, or
    text (leadership). ``met`` is None when it cannot be known (experience
    without a start date; leadership, which the person assesses). ``missing``
    is the shortfall: a count, the codes any one of which would meet it, or
    the leadership text; empty or 0 when met.
    """

    requirement: str
    label: str
    required: object
    held: object
    met: bool | None
    missing: object
    note: str = ""
    desirable: bool = False      # shown, but never counted as missing


def holds_registration(held: Iterable[str], wanted: Iterable[str],
                       levels: Mapping[str, RegistrationLevel]) -> tuple[str, ...]:
    """The held codes that meet an any-of list: the same code, or a higher rank on its register.

    >>> from skillmap.pathways.example import example_taxonomy
    >>> regs = example_taxonomy().registrations
    >>> holds_registration(["CSci", "AFHEA"], ["RSci"], regs)
    ('CSci',)
    >>> holds_registration(["RSciTech"], ["RSci"], regs)
    ()
    """
    codes = set(wanted)                  # may be a one-shot iterator: read it once
    targets = [levels[c] for c in codes if c in levels]

    def meets(code: str) -> bool:
        level = levels.get(code)
        return code in codes or level is not None and any(
            level.register == t.register and level.rank >= t.rank for t in targets)

    return tuple(code for code in sorted(held) if meets(code))


def _closest_first(wanted: list[str], held: frozenset[str],
                   levels: Mapping[str, RegistrationLevel]) -> tuple[str, ...]:
    """Order the codes to aim for: those one rank above something held come first."""
    ranks = {(levels[c].register, levels[c].rank) for c in held if c in levels}

    def gap(code: str) -> int:
        level = levels.get(code)
        if level is None:
            return 99
        below = [r for reg, r in ranks if reg == level.register and r < level.rank]
        return level.rank - max(below) if below else 99

    return tuple(sorted(wanted, key=lambda code: (gap(code), wanted.index(code))))


def _registration_check(key: str, wanted: list[str], profile: Profile,
                        levels: Mapping[str, RegistrationLevel],
                        registers: frozenset[str] | None,
                        teaches: bool | None) -> Check | None:
    """One any-of registration requirement, or None when it does not apply to the person."""
    if registers is not None and key != "teaching":   # teaching applies by `teaches` instead
        wanted = [c for c in wanted if c in levels and levels[c].register in registers
                  and f"-{c}" not in registers
                  and (teaches is True or not levels[c].details.get("teaching_only"))]
    if not wanted:
        return None
    if key == "teaching" and teaches is not True:
        if teaches is False:
            return None
        return Check(key, REQUIREMENTS[key], tuple(wanted), (), None, tuple(wanted),
                     "applies only if your role teaches or supports learning: record whether "
                     "it does")
    held = holds_registration(profile.registrations, wanted, levels)
    missing = () if held else _closest_first(wanted, profile.registrations, levels)
    desirable = key == "registrations_desirable"
    return Check(key, REQUIREMENTS[key], tuple(wanted), held, bool(held) or (None if desirable
                                                                           else False),
                 missing, "", desirable)


def _count_check(key: str, required: int, held: int | None) -> Check | None:
    if not required:
        return None
    if held is None:
        return Check(key, REQUIREMENTS[key], required, None, None, 0,
                     "unknown: record when your technical career began")
    return Check(key, REQUIREMENTS[key], required, held, held >= required,
                 max(0, required - held))


def evaluate(requirements: Mapping[str, Any], profile: Profile,
             levels: Mapping[str, RegistrationLevel], *,
             registers: frozenset[str] | None = None,
             teaches: bool | None = True) -> tuple[Check, ...]:
    """Check `profile` against the `requirements` of one grade that apply to the person.

    `registers` are the person's register ids (None: every register);
    `teaches` whether their role teaches (None: unknown, the teaching
    requirement is then to assess; False: it does not apply). Requirements of
    zero, and empty lists, are left out.

    Examples
    --------
    >>> from skillmap.pathways.example import example_taxonomy, requirements
    >>> regs = example_taxonomy().registrations
    >>> p = Profile.of(["RSciTech"], {"nmr": 3, "lc-ms": 2}, {"nmr": "a", "lc-ms": "a"}, 3)
    >>> needs = requirements(["RSci"], ["FHEA"], years=4, expert=1, breadth=3, families=1,
    ...                      leadership="Supervises others.")
    >>> [(c.requirement, c.met, c.missing) for c in evaluate(needs, p, regs)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('registrations', False, ('RSci',)), ('teaching', False, ('FHEA',)),
     ('min_years_experience', False, 1), ('expert_skills', True, 0), ('breadth', False, 1),
     ('skill_families', True, 0), ('leadership', None, 'Supervises others.')]
    >>> [c.requirement for c in evaluate(needs, p, regs, teaches=False)][:2]
    ['registrations', 'min_years_experience']
    >>> evaluate(needs, p, regs, teaches=None)[1].met is None     # unknown: to assess
    True
    """
    checks = [check for key in ("registrations", "registrations_desirable", "teaching")
              if (check := _registration_check(key, list(requirements.get(key) or ()), profile,
                                                levels, registers, teaches)) is not None]
    checks += [check for key, held in [("min_years_experience", profile.years)]
               + [(key, getattr(profile, attr)) for key, attr in COUNTS.items()]
               if (check := _count_check(key, int(requirements.get(key) or 0), held))]
    text = (requirements.get("leadership") or "").strip()
    if text:
        checks.append(Check("leadership", REQUIREMENTS["leadership"], text, None, None, text,
                            "assess this yourself, with your manager"))
    return tuple(checks)
