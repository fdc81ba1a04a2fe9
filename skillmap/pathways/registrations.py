"""Which professional registrations a person can apply for now, and which come next.

For every register, each level above the highest one the person holds is an
option. An option is *eligible* when all three criteria hold:

1. **previous level**: it is the register's entry level, or the person holds
   the level just below it (an RSciTech holder may go for RSci, not yet CSci);
2. **experience**: the person's years of experience reach the level's
   ``min_years_experience`` (unknown years do not, when a minimum exists);
3. **grade**: the level's ``typical_grade`` is at most one level above the
   person's grade. People usually apply the grade below the one where a
   registration is typical, since promotion into that grade expects it
   (G6 expects RSci, so a G5 applies for RSci). Levels without a typical
   grade pass.
"""

from __future__ import annotations

from dataclasses import dataclass

from skillmap.taxonomy import RegistrationLevel, Taxonomy

__all__ = ["Reason", "RegistrationOption", "registration_options", "typical_level"]


@dataclass(frozen=True)
class Reason:
    """One eligibility criterion, met or not, in words."""

    criterion: str          # previous_level | experience | grade
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


def _previous(level: RegistrationLevel, held_rank: int, below: list[str]) -> Reason:
    if level.rank == 1:
        return Reason("previous_level", True, "entry level of the register")
    if held_rank >= level.rank - 1:
        return Reason("previous_level", True, f"you hold {' or '.join(below)}, the level below")
    return Reason("previous_level", False, f"needs {' or '.join(below)} first")


def _experience(level: RegistrationLevel, years: int | None) -> Reason:
    need = level.min_years_experience
    if not need:
        return Reason("experience", True, "no minimum experience")
    if years is None:
        return Reason("experience", False, f"needs {need} year(s) of experience; no start date "
                                           "is recorded to confirm it")
    return Reason("experience", years >= need,
                  f"needs {need} year(s) of experience; you have {years}")


def _grade(level: RegistrationLevel, typical: int | None, grade: str | None, own: int) -> Reason:

    if typical is None:
        return Reason("grade", True, "no typical grade")
    where = f"typically held from {level.typical_grade}; you are at {grade}"
    if own >= typical:
        return Reason("grade", True, where)
    if own == typical - 1:
        return Reason("grade", True, where + ", the grade below, where people apply to "
                                             "prepare for promotion")
    return Reason("grade", False, where)


def registration_options(taxonomy: Taxonomy, held: frozenset[str], years: int | None,
                         family: str, grade: str | None, *,

                         on_route: frozenset[str] = frozenset()) -> tuple[RegistrationOption, ...]:
    """Every registration level above what the person holds, eligible or not.

    Parameters
    ----------
    taxonomy : Taxonomy
    held : frozenset of str
        Registration codes the person holds.
    years : int or None
        Years of experience (None when unknown).
    family, grade : str
        The person's job family and grade code.
    on_route : frozenset of str
        Codes named by the grades on the person's route; those options come first.

    Returns
    -------
    tuple of RegistrationOption
        On-route registers first, then by register and rank.

    Examples
    --------
    >>> from skillmap.pathways.example import example_taxonomy
    >>> options = registration_options(example_taxonomy(), frozenset({"RSciTech"}), 5, "lab", "G5")
    >>> [(o.code, o.eligible) for o in options]
    [('AFHEA', True), ('FHEA', False), ('RSci', True), ('CSci', False)]
    >>> [r.text for r in options[3].reasons if not r.met]
    ['needs RSci first', 'typically held from G7; you are at G5']
    """
    own = typical_level(taxonomy, grade, family) or 0
    options = []
    for register in taxonomy.registers.values():
        ranks = [lvl.rank for lvl in register.levels if lvl.code in held]
        held_rank = max(ranks, default=0)
        current = next((lvl.code for lvl in register.levels
                        if lvl.code in held and lvl.rank == held_rank), None)
        for level in sorted(register.levels, key=lambda lvl: lvl.rank):
            if level.rank <= held_rank:
                continue
            below = [lvl.code for lvl in register.levels if lvl.rank == level.rank - 1]
            typical = typical_level(taxonomy, level.typical_grade, family)
            reasons = (_previous(level, held_rank, below), _experience(level, years),
                       _grade(level, typical, grade, own))
            options.append(RegistrationOption(
                register.id, register.label, current, level.code, level.title, level.rank,
                all(r.met for r in reasons), reasons, level.code in on_route))
    return tuple(sorted(options, key=lambda o: (not any(p.on_route for p in options
                                                        if p.register == o.register),
                                                o.register, o.rank, o.code)))
