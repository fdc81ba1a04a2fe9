"""The skills graph: people, skills, facilities, departments, grades and registrations.

Nodes are typed by a ``kind`` attribute and named by prefix: ``p:<person_id>``,
``s:<skill_id>``, ``sf:<family>``, ``f:<facility_id>``, ``d:<department>``,
``g:<job_family>/<grade>`` and ``r:<registration code>``. Edges carry a
``kind`` too: ``holds`` (with ``level`` and ``last_used``), ``operates`` (with
``role``), ``requires``, ``related`` (with ``source`` taxonomy or
co-occurrence, and a ``weight``), ``in_family``, ``member_of``, ``at_grade``
and ``registered``.
"""

from __future__ import annotations

from typing import Any

from collections import Counter
from itertools import combinations

import networkx as nx

from skillmap.model import Directory
from skillmap.taxonomy import Taxonomy

__all__ = ["cooccurring_skills", "related_skills", "skills_graph"]


def skills_graph(taxonomy: Taxonomy, directory: Directory, *, cooccurrence_top: int = 5) -> nx.Graph:
    """Build the typed skills graph of `directory` under `taxonomy`.

    Examples
    --------
    >>> from skillmap.model import Holding, Person, SkillInfo
    >>> from skillmap.taxonomy import Taxonomy
    >>> tax = Taxonomy({}, {}, {}, "technical", (), {})
    >>> d = Directory(people=[Person("P1", "Ada", "L", "U", "technical")],
    ...               holdings=[Holding("P1", "nmr", 4)],
    ...               skills={"nmr": SkillInfo("nmr", "NMR", "analytical")})
    >>> G = skills_graph(tax, d)
    >>> G.edges["p:P1", "s:nmr"]["level"], G.nodes["s:nmr"]["kind"]
    (4, 'skill')
    """
    G = nx.Graph()
    for family in taxonomy.families.values():
        G.add_node(f"sf:{family.id}", kind="skill_family", label=family.label)
    for info in directory.skills.values():
        G.add_node(f"s:{info.id}", kind="skill", label=info.label, status=info.status)
        if info.family:
            G.add_edge(f"s:{info.id}", f"sf:{info.family}", kind="in_family")
    for skill in taxonomy.skills.values():
        for other in skill.related:
            G.add_edge(f"s:{skill.id}", f"s:{other}", kind="related", source="taxonomy",
                       weight=1.0)
    _add_ladders(G, taxonomy)
    _add_people(G, directory)
    _add_facilities(G, directory)
    for (a, b), weight in cooccurring_skills(directory, top=cooccurrence_top).items():
        if not G.has_edge(f"s:{a}", f"s:{b}"):
            G.add_edge(f"s:{a}", f"s:{b}", kind="related", source="co-occurrence", weight=weight)
    return G


def _add_ladders(G: nx.Graph, taxonomy: Taxonomy) -> None:
    for family in taxonomy.job_families.values():
        for grade in family.grades:
            G.add_node(f"g:{family.code}/{grade.code}", kind="grade", label=grade.title,
                       level=grade.level)
    for code, level in taxonomy.registrations.items():
        G.add_node(f"r:{code}", kind="registration", label=level.title, register=level.register)


def _add_people(G: nx.Graph, directory: Directory) -> None:
    for person in directory.people:
        node = f"p:{person.person_id}"
        G.add_node(node, kind="person", label=person.name,
                   public=person.public)
        if person.department:
            G.add_node(f"d:{person.department}", kind="department", label=person.department)
            G.add_edge(node, f"d:{person.department}", kind="member_of")
        if person.grade:
            G.add_edge(node, f"g:{person.job_family}/{person.grade}", kind="at_grade")
        for code in person.registrations:
            G.add_edge(node, f"r:{code}", kind="registered")
    G.add_edges_from((f"p:{h.person_id}", f"s:{h.skill_id}",
                      {"kind": "holds", "level": h.level, "last_used": h.last_used})
                     for h in directory.holdings)


def _add_facilities(G: nx.Graph, directory: Directory) -> None:
    for facility in directory.facilities:
        node = f"f:{facility.facility_id}"
        G.add_node(node, kind="facility", label=facility.name, facility_kind=facility.kind)
        if facility.department:
            G.add_edge(node, f"d:{facility.department}", kind="member_of")
        for skill_id in facility.required_skills:
            G.add_edge(node, f"s:{skill_id}", kind="requires")
    for member in directory.staff:
        G.add_edge(f"f:{member.facility_id}", f"p:{member.person_id}", kind="operates",
                   role=member.role)


def cooccurring_skills(directory: Directory, *, top: int = 5,
                       min_together: int = 3) -> dict[tuple[str, str], float]:
    """Skill pairs people often hold together, scored by Jaccard similarity.

    Each skill keeps its `top` strongest partners held together by at least
    `min_together` people, so that common skills (risk assessment) do not tie
    everything to everything.

    >>> from skillmap.model import Holding
    >>> d = Directory(holdings=[Holding(p, s) for p in "abc" for s in ("x", "y")])
    >>> cooccurring_skills(d)
    {('x', 'y'): 1.0}
    """
    by_person: dict[str, list[str]] = {}
    for h in directory.holdings:
        by_person.setdefault(h.person_id, []).append(h.skill_id)
    holders = Counter(h.skill_id for h in directory.holdings)
    together: Counter[Any] = Counter()
    for skills in by_person.values():
        together.update(combinations(sorted(skills), 2))
    best: dict[str, list[tuple[float, str]]] = {}
    for (a, b), both in together.items():
        if both >= min_together:
            jaccard = both / (holders[a] + holders[b] - both)
            best.setdefault(a, []).append((jaccard, b))
            best.setdefault(b, []).append((jaccard, a))
    pairs: dict[tuple[str, str], float] = {}
    for skill, partners in best.items():
        for jaccard, other in sorted(partners, reverse=True)[:top]:
            pairs[min(skill, other), max(skill, other)] = round(jaccard, 4)

    return dict(sorted(pairs.items()))


def related_skills(G: nx.Graph, skill_id: str) -> dict[str, float]:
    """Skills related to `skill_id` (taxonomy or co-occurrence) with their weights."""
    node = f"s:{skill_id}"
    if node not in G:
        return {}
    return {other[2:]: data["weight"] for other, data in G.adj[node].items()
            if data.get("kind") == "related"}
