"""Career development: who meets their next grade's requirements, and which registrations
people could apply for now but do not hold.

Both give, person for person, the answers of :func:`skillmap.pathways.person_pathway`
(its next promotion's ``missing`` and its ``apply_now``), computed for everyone at
once: counts are compared as arrays per target grade, and the registration checks
are memoised on what they depend on.
"""

from __future__ import annotations

from typing import Any

from collections.abc import Iterable, Mapping

import numpy as np

from skillmap.commitment.population import NOT_RECORDED, Population
from skillmap.pathways.registrations import Experience, registration_options
from skillmap.pathways.requirements import COUNTS, holds_registration
from skillmap.taxonomy import Taxonomy

__all__ = ["eligible_codes", "meets_next_grade", "next_grade_status", "next_promotion"]


def next_promotion(population: Population) -> np.ndarray:
    """Per person row: the ``nodes`` index of the grade their promotion leads to, or -1
    (at the top of their family, or not on the ladder).

    >>> from skillmap.pathways import build_pathway_index
    >>> from skillmap.pathways.example import TODAY, example_directory, example_taxonomy
    >>> from skillmap.commitment.population import build_population, scope_rows
    >>> tax, d = example_taxonomy(), example_directory()
    >>> index = build_pathway_index(tax, d, today=TODAY)
    >>> pop = build_population(d, index, scope_rows(index), TODAY)
    >>> [pop.nodes[k] if k >= 0 else None for k in next_promotion(pop)]
    ['lab/G6', 'lab/G7', 'lab/G7', 'lab/G7', None]
    """
    ladder, nodes = population.index.ladder, population.nodes
    position = {n: k for k, n in enumerate(nodes)}
    target = np.full(len(nodes) + 1, -1, dtype=np.int32)
    for k, node in enumerate(nodes):
        ups = sorted(t for t in ladder.successors(node)
                     if ladder.edges[node, t]["kind"] == "promotion")
        if ups:
            target[k] = position[ups[0]]
    next_grade: np.ndarray = target[population.node]
    return next_grade



def meets_next_grade(population: Population, ignore: Iterable[str] = ()) -> tuple[int, int]:
    """How many members have a next grade, and how many of those miss none of its
    requirements.

    A requirement that cannot be checked (experience without a start date) or that
    people assess for themselves (leadership) is never missing, as on the pathway
    page; requirement keys in `ignore` are left out.

    Returns
    -------
    (meeting, with_next_grade)

    Examples
    --------
    >>> from skillmap.pathways import build_pathway_index
    >>> from skillmap.pathways.example import TODAY, example_directory, example_taxonomy
    >>> from skillmap.commitment.population import build_population, scope_rows
    >>> tax, d = example_taxonomy(), example_directory()
    >>> index = build_pathway_index(tax, d, today=TODAY)
    >>> pop = build_population(d, index, scope_rows(index), TODAY)
    >>> meets_next_grade(pop), meets_next_grade(pop, ignore=["registrations", "teaching"])
    ((0, 4), (0, 4))
    >>> meets_next_grade(pop, ignore=["registrations", "teaching", "min_years_experience",
    ...                               "expert_skills", "authority_skills", "breadth"])
    ... # bob and cat: two skill families, as lab/G7 asks; ann and dan have one
    (2, 4)
    """
    has_next, meets = next_grade_status(population, ignore)
    return int(meets.sum()), int(has_next.sum())


def next_grade_status(population: Population,
                      ignore: Iterable[str] = ()) -> tuple[np.ndarray, np.ndarray]:
    """Per member: whether they have a next grade, and whether they miss none of its
    requirements (see :func:`meets_next_grade`)."""
    targets = next_promotion(population)
    members = np.flatnonzero(targets >= 0)
    meets = np.zeros(len(population), dtype=bool)
    for target in np.unique(targets[members]).tolist():
        group = members[targets[members] == target]
        needs = population.index.ladder.nodes[population.nodes[target]]["requirements"]
        meets[group] = _meets(population, group, needs, set(ignore))
    return targets >= 0, meets


def _meets(population: Population, members: np.ndarray, needs: dict[str, Any],
           ignore: set[str]) -> np.ndarray:
    ok = np.ones(len(members), dtype=bool)
    for key, attribute in COUNTS.items():
        required = int(needs.get(key) or 0)
        if key not in ignore and required:
            ok &= getattr(population, attribute)[members] >= required
    required = int(needs.get("min_years_experience") or 0)
    if "min_years_experience" not in ignore and required:
        years = population.years[members]
        ok &= (years < 0) | (years >= required)      # unknown: to assess, not missing
    levels = population.index.taxonomy.registrations
    held, registers = population.held, population.registers
    for key in ("registrations", "teaching"):
        wanted = tuple(needs.get(key) or ())
        if key in ignore or not wanted:
            continue
        pairs = held.codes[members] * len(registers.names) + registers.codes[members]
        met = {}
        for pair in np.unique(pairs).tolist():
            codes, mine = held.names[pair // len(registers.names)], \
                registers.names[pair % len(registers.names)]
            applying = wanted if key == "teaching" else tuple(
                c for c in wanted if c in levels and levels[c].register in mine
                and f"-{c}" not in mine)
            met[pair] = not applying or bool(holds_registration(codes, applying, levels))
        meets = np.array([met[p] for p in pairs.tolist()], dtype=bool)
        if key == "teaching":       # applies to those who teach; unknown is to assess
            meets |= population.teaches[members] != 1
        ok &= meets
    return ok


def eligible_codes(taxonomy: Taxonomy, population: Population,
                   kind_of: Mapping[str, str] | None = None) -> tuple[list[Any], np.ndarray]:
    """The registration codes members could apply for now, once per distinct answer.

    The options are those of :func:`~skillmap.pathways.registration_options`
    that are eligible, on the registers of each member's discipline. With `kind_of`
    (register id -> kind, e.g. "professional"),
    an option counts only when it is the next level of a register the person
    holds, or when they hold no register of its kind: a Chartered Scientist is
    eligible for EngTech, but is no candidate for it. The options depend on the
    codes held, the job family and grade, the registers, teaching, and the years of
    experience only through the levels' minimums, so each distinct combination is
    computed once.

    Returns
    -------
    (answers, answer_of)
        `answers` lists tuples of codes; ``answers[answer_of[i]]`` is member i's.

    Examples
    --------
    >>> from skillmap.pathways import build_pathway_index
    >>> from skillmap.pathways.example import TODAY, example_directory, example_taxonomy
    >>> from skillmap.commitment.population import build_population, scope_rows
    >>> tax, d = example_taxonomy(), example_directory()
    >>> index = build_pathway_index(tax, d, today=TODAY)
    >>> pop = build_population(d, index, scope_rows(index), TODAY)
    >>> answers, answer_of = eligible_codes(tax, pop)
    >>> [answers[k] for k in answer_of]     # no ladder; dan's experience is unknown: not CSci
    [('RSci', 'CSci'), ('CSci',), ('CSci',), (), ()]
    >>> answers, answer_of = eligible_codes(tax, pop, {"science-council": "professional",
    ...                                                "advance-he": "professional"})
    >>> [answers[k] for k in answer_of]     # nobody's teaching is recorded: no AFHEA
    [('RSci', 'CSci'), ('CSci',), ('CSci',), (), ()]
    """
    pop = population
    if len(pop) == 0:
        return [], np.zeros(0, dtype=np.int64)
    minimums = np.array(sorted({0} | {lvl.min_years_experience
                                    for lvl in taxonomy.registrations.values()}))
    # the largest minimum reached: people with the same one are alike (-1: unknown)
    reached = np.where(pop.years < 0, -1, np.searchsorted(minimums, pop.years, side="right"))
    columns = (pop.held.codes, reached, pop.family.codes, pop.grade.codes, pop.registers.codes,
               pop.teaches)
    _, first, answer_of = np.unique(np.stack(columns, axis=1), axis=0, return_index=True,
                                    return_inverse=True)
    answers = [_eligible(taxonomy, pop, int(row), kind_of) for row in first.tolist()]
    return answers, answer_of.reshape(-1)


def _eligible(taxonomy: Taxonomy, pop: Population, member: int,
              kind_of: Mapping[str, str] | None) -> tuple[str, ...]:
    grade = pop.grade.names[pop.grade.codes[member]]
    years = int(pop.years[member])
    held = pop.held.names[pop.held.codes[member]]
    teaches = int(pop.teaches[member])
    options = registration_options(
        taxonomy, frozenset(held), Experience(None if years < 0 else years,
                                              "unknown" if years < 0 else "career"),
        pop.family.names[pop.family.codes[member]], None if grade == NOT_RECORDED else grade,
        registers=pop.registers.names[pop.registers.codes[member]],
        teaches=None if teaches < 0 else bool(teaches))
    if kind_of is None:
        return tuple(o.code for o in options if o.eligible)
    regs = taxonomy.registrations
    kinds = {kind_of.get(regs[c].register, regs[c].register) for c in held if c in regs}
    return tuple(o.code for o in options if o.eligible and (
        o.current is not None or kind_of.get(o.register, o.register) not in kinds))
