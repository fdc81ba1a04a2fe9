"""One person's pathway: where they are, every route to the top, and what each step needs.

Skills to develop and mentors are data-driven: they come from what the people
at the target grade *in this directory* hold, not from the taxonomy alone.
"""

from __future__ import annotations

from typing import Any

import dataclasses
from dataclasses import dataclass
from datetime import date

from skillmap.pathways.advice import Mentor, SkillSuggestion, advise
from skillmap.pathways.exceptions import NotOnLadder, UnknownPerson
from skillmap.pathways.index import GradeStats, PathwayIndex
from skillmap.pathways.ladder import MOVES, GradeRef, grade_node, grade_ref
from skillmap.pathways.registrations import (Experience, RegistrationOption, choose_registers,
                                             is_apprentice, registration_options)
from skillmap.pathways.requirements import Check, Profile, evaluate, whole_years

__all__ = ["Pathway", "Route", "Step", "person_pathway"]


@dataclass(frozen=True)
class Step:
    """One move on a route, and the person's standing against the target grade."""

    source: str
    target: GradeRef
    kind: str                    # promotion | lateral
    note: str
    expected_years: int          # extra years of experience the target grade expects
    checks: tuple[Check, ...]
    met: tuple[str, ...]         # requirement keys met (desirable ones left out)
    missing: tuple[str, ...]     # requirement keys not met
    to_assess: tuple[str, ...]   # unknown (no experience or teaching recorded) or self-assessed
    headcount: int               # people at the target grade in this directory
    median_years_in_post: float | None
    leads_to_top: bool


@dataclass(frozen=True)
class Route:
    """Grade nodes from the current grade to a professorial-equivalent grade."""

    nodes: tuple[str, ...]
    steps: tuple[Step, ...]
    years: int
    laterals: int


@dataclass(frozen=True)
class Pathway:
    """Everything the pathway page and ``/api/v1/people/<id>/pathway`` show."""

    person_id: str
    name: str
    current: GradeRef
    years_experience: int | None     # technical career: from career_start, else years in post
    experience_basis: str            # career | post | unknown
    years_in_post: int | None        # from start_date, kept apart
    teaches: bool | None
    registers: tuple[str, ...]       # register ids advised on (the person's discipline)
    registers_basis: str             # why those registers, in words
    time_in_grade: GradeStats        # people at the current grade: headcount, median years
    at_top: bool
    next_steps: tuple[Step, ...]
    routes: tuple[Route, ...]
    target: GradeRef                 # the grade skills and mentors are about
    skills_basis: str
    skills_to_develop: tuple[SkillSuggestion, ...]
    mentors: tuple[Mentor, ...]
    registrations: tuple[RegistrationOption, ...]

    @property
    def apply_now(self) -> tuple[RegistrationOption, ...]:
        """Registrations the person is eligible to apply for now."""
        return tuple(o for o in self.registrations if o.eligible)

    @property
    def apply_next(self) -> tuple[RegistrationOption, ...]:
        """Registrations that come after, with the reasons they are not open yet."""
        return tuple(o for o in self.registrations if not o.eligible)

    def as_dict(self, *, routes: int | None = None) -> dict[str, Any]:
        """A JSON-ready form, compact however many routes there are.

        A route lists its grade ``nodes`` and the kind of each move; what each
        step needs depends only on its target grade, so the requirement keys
        ``met``, ``missing`` and ``to_assess`` and the full ``checks`` appear
        once per grade under ``grades``. `routes` keeps only the first N routes.

        >>> from skillmap.pathways import build_pathway_index
        >>> from skillmap.pathways.example import TODAY, example_directory, example_taxonomy
        >>> index = build_pathway_index(example_taxonomy(), example_directory(), today=TODAY)
        >>> d = person_pathway(index, "ann").as_dict(routes=1)
        >>> d["routes"]  # doctest: +NORMALIZE_WHITESPACE
        [{'nodes': ['lab/G5', 'lab/G6', 'lab/G7'], 'moves': ['promotion', 'promotion'],
          'years': 6, 'laterals': 0}]
        >>> sorted(d["grades"]), d["grades"]["lab/G6"]["missing"][:2], d["apply_now"]
        (['lab/G6', 'lab/G7', 'mgmt/G6'], ['registrations', 'expert_skills'], ['RSci', 'CSci'])
        """
        memo: dict[int, Any] = {}
        kept = self.routes if routes is None else self.routes[:routes]
        steps = [*self.next_steps, *(step for route in kept for step in route.steps)]
        plain = {name: _plain(getattr(self, name), memo) for name in (
            "person_id", "name", "current", "years_experience", "experience_basis",
            "years_in_post", "teaches", "registers", "registers_basis", "time_in_grade", "at_top",
            "target", "skills_basis", "skills_to_develop", "mentors", "registrations")}
        return plain | {
            "next_steps": [{"target": s.target.node, "title": s.target.title, "kind": s.kind,
                            "note": s.note, "expected_years": s.expected_years,
                            "met": list(s.met), "missing": list(s.missing),
                            "to_assess": list(s.to_assess)} for s in self.next_steps],
            "routes": [{"nodes": list(route.nodes), "moves": [s.kind for s in route.steps],
                        "years": route.years, "laterals": route.laterals} for route in kept],
            "grades": {step.target.node: _grade_dict(step, memo) for step in steps},
            "apply_now": [o.code for o in self.apply_now],
            "apply_next": [o.code for o in self.apply_next],
        }


def _grade_dict(step: Step, memo: dict[int, Any]) -> dict[str, Any]:
    target: dict[str, Any] = _plain(step.target, memo)
    return target | {

        "headcount": step.headcount, "median_years_in_post": step.median_years_in_post,
        "leads_to_top": step.leads_to_top, "met": list(step.met), "missing": list(step.missing),
        "to_assess": list(step.to_assess), "checks": _plain(step.checks, memo)}


def _plain(value: Any, memo: dict[int, Any]) -> Any:

    """Dataclasses to dicts and tuples to lists, each shared object converted once."""
    if dataclasses.is_dataclass(value):
        key = id(value)
        if key not in memo:
            memo[key] = {f.name: _plain(getattr(value, f.name), memo)
                         for f in dataclasses.fields(value)}
        return memo[key]
    if isinstance(value, (tuple, list, frozenset, set)):
        return [_plain(v, memo) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v, memo) for k, v in value.items()}
    return value


def person_pathway(index: PathwayIndex, person_id: str, *, today: date | None = None,
                   target: str | None = None, skills: int = 10,
                   mentors: int = 5) -> Pathway:
    """Compute a person's pathway from the index.

    Parameters
    ----------
    index : PathwayIndex
        From :func:`~skillmap.pathways.build_pathway_index`.
    person_id : str
    today : date, optional
        The day experience is counted to (default: the index's day).
    target : str, optional
        Grade node for skills to develop and mentors (default: the first step
        of the shortest route; the current grade at the top of the ladder).
    skills, mentors : int
        How many skill suggestions and mentors to return at most.

    Raises
    ------
    UnknownPerson
        No such person in the directory.
    NotOnLadder
        The person has no grade, their grade is not on the ladder, or `target` is not a grade.

    Examples
    --------
    >>> from skillmap.pathways import build_pathway_index
    >>> from skillmap.pathways.example import TODAY, example_directory, example_taxonomy
    >>> index = build_pathway_index(example_taxonomy(), example_directory(), today=TODAY)
    >>> p = person_pathway(index, "ann")
    >>> p.current.node, p.years_experience, [s.target.node for s in p.next_steps]
    ('lab/G5', 5, ['lab/G6', 'mgmt/G6'])
    >>> p.routes[0].nodes, p.routes[0].steps[0].missing
    ... # doctest: +NORMALIZE_WHITESPACE
    (('lab/G5', 'lab/G6', 'lab/G7'),
     ('registrations', 'expert_skills', 'breadth', 'skill_families'))
    >>> p.routes[0].steps[0].to_assess      # ann's teaching is not recorded
    ('teaching', 'leadership')
    >>> [(s.skill_id, s.target_level, s.share) for s in p.skills_to_develop]
    [('cryo-em', 2, 1.0), ('confocal', 2, 0.667), ('lc-ms', 3, 0.333), ('nmr', 4, 0.333)]
    >>> [(m.person_id, m.shared) for m in p.mentors]   # cat's profile is not public
    [('bob', 2), ('dan', 0)]
    >>> [o.code for o in p.apply_now]      # no ladder: CSci needs no RSci first
    ['RSci', 'CSci']
    """
    today = today or index.today
    row = index.row_of.get(person_id)
    if row is None:
        raise UnknownPerson(f"no person {person_id!r} in the directory")
    person = index.people[row]
    node = grade_node(person.job_family, person.grade) if person.grade else None
    if node not in index.routes:
        raise NotOnLadder(f"{person_id}: grade {node or 'unknown'} is not on the ladder")
    own = _own_levels(index, row)
    family_of = {sid: index.skills[index.column_of[sid]].family for sid in own}
    teaches = person.teaches
    experience = Experience.of(
        person.career_start, whole_years(person.start_date, today), today.year,
        apprentice=is_apprentice(index.ladder.nodes[node]["level"], person.job_title))
    profile = Profile.of(person.registrations, own, family_of, experience.years)
    weights: dict[str, float] = {}
    for sid, level in own.items():
        if (family := family_of[sid]) is not None:
            weights[family] = weights.get(family, 0) + level
    registers, basis = choose_registers(
        index.taxonomy, held=person.registrations, job_family=person.job_family,
        department=person.department, job_title=person.job_title, family_weights=weights,
        teaches=teaches, interest=person.register_interest)
    steps = _Steps(index, profile, frozenset(registers), teaches)
    routes = tuple(steps.route(nodes) for nodes in index.routes[node])
    target = target or (routes[0].nodes[1] if routes and len(routes[0].nodes) > 1 else node)
    if target not in index.routes:
        raise NotOnLadder(f"{target} is not a grade on the ladder")
    advice = advise(index, row, target, skills=skills, mentors=mentors)
    on_route = frozenset(c for n in (routes[0].nodes if routes else ())[1:]
                         for key in ("registrations", "registrations_desirable", "teaching")
                         for c in index.ladder.nodes[n]["requirements"].get(key) or ())
    return Pathway(
        person_id, person.name, grade_ref(index.ladder, node),
        experience.years, experience.basis, whole_years(person.start_date, today), teaches,
        tuple(r for r in registers if not r.startswith("-")), basis, index.stats(node),
        index.ladder.nodes[node]["professorial_equivalent"],
        steps.next_steps(node), routes, grade_ref(index.ladder, target), advice.basis,
        advice.skills, advice.mentors,
        registration_options(index.taxonomy, profile.registrations, experience,
                             person.job_family, person.grade, registers=registers,
                             teaches=teaches, on_route=on_route))


def _own_levels(index: PathwayIndex, row: int) -> dict[str, int]:
    L = index.levels
    start, end = L.indptr[row], L.indptr[row + 1]
    return {index.skills[c].id: int(v) for c, v in zip(L.indices[start:end], L.data[start:end])}


class _Steps:
    """Steps of one person's routes, each grade checked once however many routes pass it."""

    def __init__(self, index: PathwayIndex, profile: Profile, registers: frozenset[str],
                 teaches: bool | None):
        self.index, self.profile = index, profile
        self.registers, self.teaches = registers, teaches
        self.checks: dict[str, tuple[Check, ...]] = {}
        self.steps: dict[tuple[str, str], Step] = {}

    def step(self, source: str, target: str) -> Step:
        if (source, target) not in self.steps:
            L, edge = self.index.ladder, self.index.ladder.edges[source, target]
            if target not in self.checks:
                self.checks[target] = evaluate(L.nodes[target]["requirements"], self.profile,
                                               self.index.taxonomy.registrations,
                                               registers=self.registers, teaches=self.teaches)
            checks, stats = self.checks[target], self.index.stats(target)
            kept = [c for c in checks if not c.desirable]
            self.steps[source, target] = Step(
                source, grade_ref(L, target), edge["kind"], edge["note"], edge["years"], checks,
                tuple(c.requirement for c in kept if c.met),
                tuple(c.requirement for c in kept if c.met is False),
                tuple(c.requirement for c in kept if c.met is None),
                stats.headcount, stats.median_years_in_post, bool(self.index.routes[target]))
        return self.steps[source, target]

    def route(self, nodes: tuple[str, ...]) -> Route:
        steps = tuple(self.step(a, b) for a, b in zip(nodes, nodes[1:]))
        return Route(nodes, steps, sum(s.expected_years for s in steps),
                     sum(s.kind == "lateral" for s in steps))

    def next_steps(self, node: str) -> tuple[Step, ...]:
        L = self.index.ladder
        targets = [t for t in L.successors(node) if L.edges[node, t]["kind"] in MOVES]
        targets.sort(key=lambda t: (L.edges[node, t]["kind"] != "promotion",
                                    L.nodes[t]["level"], t))
        return tuple(self.step(node, t) for t in targets)
