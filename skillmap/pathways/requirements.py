"""A person's standing against a grade's requirements: what is met, what is missing.

The requirement keys are those of grades.yaml: ``registrations`` and
``teaching`` (any-of lists of registration codes), ``min_years_experience``,
``expert_skills`` (skills at level 3 or 4), ``authority_skills`` (level 4),
``breadth`` (skills at level 2 or above), ``skill_families`` (distinct families
among those) and ``leadership`` (text the person assesses for themselves).
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
    "registrations": "Professional registration (any one of)",
    "teaching": "Teaching recognition (any one of; if the role teaches or supports learning)",
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
        below = [r for reg, r in ranks if level and reg == level.register and r < level.rank]
        return level.rank - max(below) if level and below else 99


    return tuple(sorted(wanted, key=lambda code: (gap(code), wanted.index(code))))


def _registration_check(key: str, wanted: list[str], profile: Profile,
                        levels: Mapping[str, RegistrationLevel]) -> Check:
    note = "" if key == "registrations" else "applies if the role teaches or supports learning"
    if not wanted:
        return Check(key, REQUIREMENTS[key], (), (), True, (), "none expected at this grade")
    held = holds_registration(profile.registrations, wanted, levels)
    missing = () if held else _closest_first(wanted, profile.registrations, levels)
    return Check(key, REQUIREMENTS[key], tuple(wanted), held, bool(held), missing, note)


def _count_check(key: str, required: int, held: int | None) -> Check:
    if held is None:
        return Check(key, REQUIREMENTS[key], required, None, None if required else True, 0,
                     "unknown: no start date is recorded" if required else "")
    return Check(key, REQUIREMENTS[key], required, held, held >= required,
                 max(0, required - held))


def evaluate(requirements: Mapping[str, Any], profile: Profile,
             levels: Mapping[str, RegistrationLevel]) -> tuple[Check, ...]:
    """Check `profile` against one grade's `requirements`, in the order of ``REQUIREMENTS``.

    Examples
    --------
    >>> from skillmap.pathways.example import example_taxonomy, requirements
    >>> regs = example_taxonomy().registrations
    >>> p = Profile.of(["RSciTech"], {"nmr": 3, "lc-ms": 2}, {"nmr": "a", "lc-ms": "a"}, 3)
    >>> checks = evaluate(requirements(["RSci"], ["FHEA"], years=4, expert=1, breadth=3), p, regs)
    >>> [(c.requirement, c.met, c.missing) for c in checks][:5]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('registrations', False, ('RSci',)), ('teaching', False, ('FHEA',)),
     ('min_years_experience', False, 1), ('expert_skills', True, 0),
     ('authority_skills', True, 0)]
    >>> [(c.requirement, c.met, c.missing) for c in checks][5:]
    [('breadth', False, 1), ('skill_families', True, 0), ('leadership', True, '')]
    """
    checks = [_registration_check(key, list(requirements.get(key) or ()), profile, levels)
              for key in ("registrations", "teaching")]
    checks.append(_count_check("min_years_experience",
                               int(requirements.get("min_years_experience") or 0),
                               profile.years))
    checks += [_count_check(key, int(requirements.get(key) or 0), getattr(profile, attr))
               for key, attr in COUNTS.items()]
    text = (requirements.get("leadership") or "").strip()
    checks.append(Check("leadership", REQUIREMENTS["leadership"], text, None,
                        None if text else True, text,
                        "assess this yourself, with your manager" if text else ""))
    return tuple(checks)
