"""The dashboard's tables as plain rows, small age and gender groups suppressed."""

from __future__ import annotations

from typing import Any

from collections import Counter

import numpy as np

from skillmap.commitment.model import Table
from skillmap.commitment.population import NOT_RECORDED, Population
from skillmap.taxonomy import Taxonomy

__all__ = ["AGE_BANDS", "OTHER_GENDER", "OWN_COLUMN_SHARE", "UNKNOWN_AGE", "age_counts",
           "age_table",
           "eligible_table", "gender_table", "grade_family_table", "grade_order",
           "registration_tables", "share", "suppress"]

#: Age bands: (name, lowest age, highest age).
AGE_BANDS = (("under 30", 0, 29), ("30-39", 30, 39), ("40-49", 40, 49), ("50-59", 50, 59),
             ("60 and over", 60, 200))
UNKNOWN_AGE = "unknown"
#: Gender values recorded for at least this share of the scope get a column of their own.
OWN_COLUMN_SHARE = 0.1
OTHER_GENDER = "another gender or not recorded"


def share(numerator: int | None, denominator: int) -> float | None:
    """`numerator` / `denominator` rounded to 4 places; None when either is missing or 0.

    >>> share(2, 3), share(1, 0), share(None, 4)
    (0.6667, None, None)
    """
    if numerator is None or not denominator:
        return None
    return round(numerator / denominator, 4)


def suppress(counts: dict[str, int], small: int) -> tuple[dict[str, int | None], tuple[str, ...]]:
    """Hide counts from 1 to `small` - 1 (None); zero is shown.

    When that hides a single count, the next smallest non-zero count is hidden
    too, or, when every other count is zero, the zeros are, so that a total shown
    elsewhere cannot give the hidden count away.

    >>> suppress({"a": 12, "b": 3, "c": 0, "d": 7}, 5)
    ({'a': 12, 'b': None, 'c': 0, 'd': None}, ('b', 'd'))
    >>> suppress({"a": 2, "b": 0}, 5)
    ({'a': None, 'b': None}, ('a', 'b'))
    >>> suppress({"a": 12, "b": 5}, 5)
    ({'a': 12, 'b': 5}, ())
    """
    hidden = {name for name, n in counts.items() if 0 < n < small}
    if len(hidden) == 1:
        others = sorted((n, name) for name, n in counts.items() if n > 0 and name not in hidden)
        hidden |= {others[0][1]} if others else set(counts)
    shown = {name: (None if name in hidden else int(n)) for name, n in counts.items()}
    return shown, tuple(name for name in counts if name in hidden)


def age_counts(population: Population) -> dict[str, int]:
    """Members per age band, then those of unknown age."""
    ages = population.age
    counts = {name: int(((ages >= low) & (ages <= high)).sum()) for name, low, high in AGE_BANDS}
    return counts | {UNKNOWN_AGE: int((ages < 0).sum())}


def age_table(counts: dict[str, int], small: int) -> tuple[Table, tuple[str, ...]]:
    """The age profile, bands of fewer than `small` people hidden; and the hidden bands.

    The number of unknown ages is always shown: it reveals nobody's age, and the
    shares of the age metrics are of the people whose age is known.
    """
    bands = {name: n for name, n in counts.items() if name != UNKNOWN_AGE}
    shown, hidden = suppress(bands, small)
    total = sum(counts.values())
    rows = [{"band": name, "people": n, "share": share(n, total)} for name, n in shown.items()]
    rows.append({"band": UNKNOWN_AGE, "people": counts[UNKNOWN_AGE],
                 "share": share(counts[UNKNOWN_AGE], total)})
    note = (f"Age bands of 1 to {small - 1} people are not shown, nor the next smallest band "
            "when only one would be hidden. Ages are whole years on the dashboard's date; no "
            "date of birth is shown.")
    return Table("age_bands", "Age profile", ("band", "people", "share"), tuple(rows),
                 note), hidden


def grade_order(population: Population, taxonomy: Taxonomy) -> list[int]:
    """Grade codes ordered by their level on the ladder, off-ladder codes after, then
    "not recorded"."""
    level = {g.code: g.level for f in taxonomy.job_families.values() for g in f.grades}
    names = population.grade.names
    return sorted(range(len(names)), key=lambda k: (names[k] == NOT_RECORDED,
                                                   level.get(names[k], 99), names[k]))


def grade_family_table(population: Population, taxonomy: Taxonomy) -> Table:
    """Headcount by grade (rows) and job family (columns), with totals."""
    pop = population
    order = sorted(range(len(pop.family.names)), key=lambda k: (
        list(taxonomy.job_families).index(pop.family.names[k])
        if pop.family.names[k] in taxonomy.job_families else 99, pop.family.names[k]))
    n_fam = len(pop.family.names)
    cells = np.bincount(pop.grade.codes * n_fam + pop.family.codes,
                        minlength=len(pop.grade.names) * n_fam).reshape(len(pop.grade.names), n_fam)
    families = [pop.family.names[k] for k in order]
    table = [{"grade": pop.grade.names[g], **{pop.family.names[f]: int(cells[g, f])
                                              for f in order}, "total": int(cells[g].sum())}
             for g in grade_order(pop, taxonomy) if cells[g].sum()]
    return Table("headcount_by_grade", "Headcount by grade and job family",
                 ("grade", *families, "total"), tuple(table))


def gender_table(population: Population, taxonomy: Taxonomy, small: int) -> Table:
    """People by grade and gender as recorded; in each grade, groups under `small` hidden.

    Gender values recorded for fewer than :data:`OWN_COLUMN_SHARE` of the scope are
    counted together with the unrecorded ones, in :data:`OTHER_GENDER`: column by
    column they would be small groups in nearly every grade.
    """
    pop = population
    counts = pop.gender.counts()
    own = [k for k in range(len(counts)) if pop.gender.names[k] != NOT_RECORDED
           and counts[k] >= OWN_COLUMN_SHARE * len(pop)]
    own.sort(key=lambda k: pop.gender.names[k])
    column = np.full(len(counts) + 1, len(own), dtype=np.int64)
    column[own] = np.arange(len(own))
    names = [pop.gender.names[k] for k in own] + [OTHER_GENDER]
    n_col, n_grade = len(names), len(pop.grade.names)
    cells = np.bincount(pop.grade.codes * n_col + column[pop.gender.codes],
                        minlength=n_grade * n_col).reshape(n_grade, n_col)
    table = []
    for g in grade_order(pop, taxonomy):
        if cells[g].sum():
            shown, _ = suppress(dict(zip(names, cells[g].tolist())), small)
            table.append({"grade": pop.grade.names[g], **shown, "total": int(cells[g].sum())})
    note = (f"Groups of 1 to {small - 1} people are not shown (blank), nor the next smallest "
            "group of the same grade when only one would be hidden. Gender is as HR recorded "
            f"it; values recorded for under {OWN_COLUMN_SHARE:.0%} of the people are counted "
            f"under '{OTHER_GENDER}' with those not recorded.")
    return Table("gender_by_grade", "Gender by grade", ("grade", *names, "total"),
                 tuple(table), note)


def registration_tables(taxonomy: Taxonomy, population: Population, professional: set[str],
                        fellowship: set[str]) -> tuple[Table, ...]:
    """People holding each register (any level) and each level; HEA fellowships by level."""
    people, regs = len(population), taxonomy.registrations
    by_code: Counter[Any] = Counter()
    by_register: Counter[Any] = Counter()
    for codes, n in zip(population.held.names, population.held.counts().tolist()):
        by_code.update({code: n for code in codes})
        by_register.update({regs[c].register: n for c in codes if c in regs})
    kinds = {r: ("professional" if r in professional else
                 "fellowship" if r in fellowship else "other") for r in taxonomy.registers}
    registers = [{"register": r.id, "label": r.label, "kind": kinds[r.id],
                  "people": by_register[r.id], "share": share(by_register[r.id], people)}
                 for r in taxonomy.registers.values()]
    levels = [{"register": r.id, "code": lvl.code, "title": lvl.title, "rank": lvl.rank,
               "people": by_code[lvl.code], "share": share(by_code[lvl.code], people)}
              for r in taxonomy.registers.values() for lvl in r.levels]
    return (
        Table("registrations_by_register", "Professional registration by register",
              ("register", "label", "kind", "people", "share"), tuple(registers)),
        Table("registrations_by_level", "Registrations by register and level",
              ("register", "code", "title", "rank", "people", "share"), tuple(levels)),
        Table("hea_fellowships", "HEA Fellowships by level",
              ("register", "code", "title", "rank", "people", "share"),
              tuple(row for row in levels if row["register"] in fellowship)))


def eligible_table(taxonomy: Taxonomy, answers: list[tuple[str, ...]],
                   answer_of: np.ndarray) -> Table:
    """People who could apply now for each registration level they do not hold
    (`answers` and `answer_of` as :func:`~skillmap.commitment.career.eligible_codes` gives)."""
    counts: Counter[Any] = Counter()
    for codes, n in zip(answers, np.bincount(answer_of, minlength=len(answers)).tolist()):
        counts.update({code: n for code in codes})
    rows = [{"register": r.id, "code": lvl.code, "title": lvl.title, "people": counts[lvl.code]}
            for r in taxonomy.registers.values() for lvl in r.levels]
    return Table("eligible_not_held", "Registrations people are eligible for but do not hold",
                 ("register", "code", "title", "people"), tuple(rows),
                 "Eligible as on the pathway page: the level below is held (or it is the "
                 "entry level), the minimum experience is met, and the person's grade is at "
                 "most one below the level's typical grade. Counted only for the next level "
                 "of a register the person is on, or an entry level when they hold no "
                 "register of that kind (professional, fellowship).")
