"""The career ladder as a directed graph, and the routes up it.

Grade nodes are named ``"<job family>/<grade code>"`` (``"technical/G5"``) and
registration nodes ``"r:<code>"`` (``"r:RSci"``). Every node has a ``kind``
(``grade`` or ``registration``); so does every edge:

``promotion``
    grade -> the next grade of the same job family (the grades' order in grades.yaml);
``lateral``
    grade -> a grade of another family (grades.yaml ``lateral_moves``), with its ``note``;
``next_level``
    registration -> the next rank of the same register (RSciTech -> RSci -> CSci);
``expects``
    grade -> a registration its requirements name (``requirement`` is
    ``registrations`` or ``teaching``; any one of them meets the requirement);
``typical_from``
    registration -> each grade whose code is the registration's ``typical_grade``.

Promotion and lateral edges carry ``years``: the extra years of experience the
target grade expects over the source grade (never negative).
"""

from __future__ import annotations

from typing import Any

from dataclasses import dataclass

import networkx as nx

from skillmap.pathways.exceptions import NoRoute, NotOnLadder
from skillmap.taxonomy import Grade, Taxonomy

__all__ = ["MOVES", "GradeRef", "grade_node", "grade_ref", "ladder_graph", "move_graph",
           "route_cost", "routes_to_top", "top_grades"]

MOVES = ("promotion", "lateral")


def grade_node(family: str, grade: str) -> str:
    """The ladder's name for grade `grade` of job family `family`.

    >>> grade_node("technical", "G5")
    'technical/G5'
    """
    return f"{family}/{grade}"


@dataclass(frozen=True)
class GradeRef:
    """A grade as the pathway shows it."""

    node: str
    family: str
    family_label: str
    code: str
    title: str
    level: int
    professorial_equivalent: bool


def grade_ref(ladder: nx.DiGraph, node: str) -> GradeRef:
    """The grade at `node` of the ladder.

    >>> from skillmap.pathways.example import example_taxonomy
    >>> grade_ref(ladder_graph(example_taxonomy()), "mgmt/G6").title
    'Team Leader'
    """
    data = ladder.nodes[node]
    return GradeRef(node, data["family"], data["family_label"], data["code"], data["title"],
                    data["level"], data["professorial_equivalent"])


def ladder_graph(taxonomy: Taxonomy) -> nx.DiGraph:
    """Build the ladder: grades, promotions, lateral moves and the registration ladders.

    Parameters
    ----------
    taxonomy : Taxonomy
        Its job families (grades in order, with requirements), lateral moves and registers.

    Returns
    -------
    nx.DiGraph
        Typed nodes and edges as described in the module docstring. The graph
        attribute ``families`` lists ``(code, label)`` in the taxonomy's order.

    Examples
    --------
    >>> from skillmap.pathways.example import example_taxonomy
    >>> L = ladder_graph(example_taxonomy())
    >>> L.edges["lab/G5", "lab/G6"]
    {'kind': 'promotion', 'years': 2, 'note': ''}
    >>> L.edges["lab/G5", "mgmt/G6"]["kind"], L.nodes["lab/G7"]["professorial_equivalent"]
    ('lateral', True)
    >>> L.edges["r:RSciTech", "r:RSci"]["kind"], L.edges["lab/G6", "r:RSci"]["requirement"]
    ('next_level', 'registrations')
    >>> sorted(L.successors("r:RSci"))
    ['lab/G6', 'mgmt/G6', 'r:CSci']
    """
    L = nx.DiGraph(families=[(f.code, f.label) for f in taxonomy.job_families.values()])
    for family in taxonomy.job_families.values():
        for grade in family.grades:
            L.add_node(grade_node(family.code, grade.code), **_grade_attributes(grade),
                       family_label=family.label)
        for lower, upper in zip(family.grades, family.grades[1:]):
            _add_move(L, lower, upper, "promotion", "")
    for (from_family, from_grade), (to_family, to_grade), note in taxonomy.lateral_moves:
        source = taxonomy.grade(from_family, from_grade)
        target = taxonomy.grade(to_family, to_grade)
        if source is not None and target is not None:    # load_taxonomy checked both exist
            _add_move(L, source, target, "lateral", note)
    _add_registrations(L, taxonomy)
    return L


def _grade_attributes(grade: Grade) -> dict[str, Any]:
    return {"kind": "grade", "family": grade.family, "code": grade.code, "title": grade.title,
            "level": grade.level, "professorial_equivalent": grade.professorial_equivalent,
            "pay_spine": grade.pay_spine, "requirements": dict(grade.requirements)}


def _years(grade: Grade) -> int:
    return int(grade.requirements.get("min_years_experience") or 0)


def _add_move(L: nx.DiGraph, source: Grade, target: Grade, kind: str, note: str) -> None:
    L.add_edge(grade_node(source.family, source.code), grade_node(target.family, target.code),
               kind=kind, years=max(0, _years(target) - _years(source)), note=note)


def _add_registrations(L: nx.DiGraph, taxonomy: Taxonomy) -> None:
    grades_by_code: dict[str, list[str]] = {}
    for node, data in L.nodes(data=True):
        grades_by_code.setdefault(data["code"], []).append(node)
    for register in taxonomy.registers.values():
        for level in register.levels:
            L.add_node(f"r:{level.code}", kind="registration", code=level.code,
                       title=level.title, register=register.id, register_label=register.label,
                       rank=level.rank, min_years_experience=level.min_years_experience,
                       typical_grade=level.typical_grade)
            for node in grades_by_code.get(level.typical_grade or "", ()):
                L.add_edge(f"r:{level.code}", node, kind="typical_from")
        for lower in register.levels:
            for upper in register.levels:
                if upper.rank == lower.rank + 1:
                    L.add_edge(f"r:{lower.code}", f"r:{upper.code}", kind="next_level")
    for node, data in list(L.nodes(data=True)):
        if data["kind"] == "grade":
            for requirement in ("registrations", "teaching"):
                for code in data["requirements"].get(requirement) or ():
                    L.add_edge(node, f"r:{code}", kind="expects", requirement=requirement)


def move_graph(ladder: nx.DiGraph) -> nx.DiGraph:
    """The view of `ladder` with only grades, promotions and lateral moves.

    >>> from skillmap.pathways.example import example_taxonomy
    >>> M = move_graph(ladder_graph(example_taxonomy()))
    >>> M.number_of_nodes(), M.number_of_edges()
    (6, 7)
    """
    return nx.subgraph_view(
        ladder, filter_node=lambda n: ladder.nodes[n]["kind"] == "grade",
        filter_edge=lambda a, b: ladder.edges[a, b]["kind"] in MOVES)


def top_grades(ladder: nx.DiGraph) -> list[str]:
    """The professorial-equivalent grades, in the ladder's order.

    >>> from skillmap.pathways.example import example_taxonomy
    >>> top_grades(ladder_graph(example_taxonomy()))
    ['lab/G7', 'mgmt/G7']
    """
    return [n for n, top in ladder.nodes(data="professorial_equivalent") if top]


def route_cost(ladder: nx.DiGraph, route: list[str]) -> tuple[int, int, int]:
    """How long a route is: (steps, expected years, lateral moves).

    >>> from skillmap.pathways.example import example_taxonomy
    >>> route_cost(ladder_graph(example_taxonomy()), ["lab/G5", "mgmt/G6", "mgmt/G7"])
    (2, 6, 1)
    """
    edges = [ladder.edges[a, b] for a, b in zip(route, route[1:])]
    return (len(edges), sum(e["years"] for e in edges),
            sum(e["kind"] == "lateral" for e in edges))


def routes_to_top(ladder: nx.DiGraph, family: str, grade: str, *,
                  max_laterals: int | None = None) -> list[list[str]]:
    """Every simple route from a grade to a professorial-equivalent grade, shortest first.

    Parameters
    ----------
    ladder : nx.DiGraph
        From :func:`ladder_graph`.
    family, grade : str
        The starting grade, e.g. ``"technical", "G5"``.
    max_laterals : int, optional
        Leave out routes with more lateral moves than this.

    Returns
    -------
    list of list of str
        Each route lists grade nodes from the start to a top grade, ordered by
        number of steps, then expected years, then lateral moves. A top grade's
        only route is itself.

    Raises
    ------
    NotOnLadder
        When the grade is not on the ladder.
    NoRoute
        When no route leads to a professorial-equivalent grade.

    Examples
    --------
    >>> from skillmap.pathways.example import example_taxonomy
    >>> L = ladder_graph(example_taxonomy())
    >>> for route in routes_to_top(L, "lab", "G5"):
    ...     print(" -> ".join(route))
    lab/G5 -> lab/G6 -> lab/G7
    lab/G5 -> mgmt/G6 -> mgmt/G7
    lab/G5 -> lab/G6 -> mgmt/G6 -> mgmt/G7
    lab/G5 -> mgmt/G6 -> lab/G6 -> lab/G7
    >>> routes_to_top(L, "lab", "G7")
    [['lab/G7']]
    >>> routes_to_top(L, "lab", "G9")
    Traceback (most recent call last):
    ...
    skillmap.pathways.exceptions.NotOnLadder: lab/G9 is not a grade on the ladder
    """
    start = grade_node(family, grade)
    if ladder.nodes.get(start, {}).get("kind") != "grade":
        raise NotOnLadder(f"{start} is not a grade on the ladder")
    tops = top_grades(ladder)
    if start in tops:
        return [[start]]
    routes = [route for route in nx.all_simple_paths(move_graph(ladder), start, tops)
              if max_laterals is None or route_cost(ladder, route)[2] <= max_laterals]
    if not routes:
        raise NoRoute(f"no route from {start} to a professorial-equivalent grade")
    return sorted(routes, key=lambda route: (route_cost(ladder, route), route))
