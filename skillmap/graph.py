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

import networkx as nx
import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse import triu as sparse_triu

from skillmap.model import Directory
from skillmap.taxonomy import Taxonomy

__all__ = ["cooccurring_skills", "related_graph", "related_skills", "skills_graph"]


def skills_graph(taxonomy: Taxonomy, directory: Directory, *, cooccurrence_top: int = 5) -> nx.Graph:
    """Build the typed skills graph of `directory` under `taxonomy`: :func:`related_graph`
    with the skill families, people, facilities, departments, grades and registrations.

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
    G = related_graph(taxonomy, directory, cooccurrence_top=cooccurrence_top)
    for family in taxonomy.families.values():
        G.add_node(f"sf:{family.id}", kind="skill_family", label=family.label)
    for info in directory.skills.values():
        if info.family:
            G.add_edge(f"s:{info.id}", f"sf:{info.family}", kind="in_family")
    _add_ladders(G, taxonomy)
    _add_people(G, directory)
    _add_facilities(G, directory)
    return G


def related_graph(taxonomy: Taxonomy, directory: Directory, *, cooccurrence_top: int = 5
                  ) -> nx.Graph:
    """The skills of the skills graph and the relations between them, from the taxonomy and
    from co-occurrence (a taxonomy relation wins): all that search and succession read of
    it (:func:`related_skills`), without the people, holdings and facilities a sector's
    directory adds (a second of a search index build at 50,000 people).

    >>> from skillmap.model import Holding, SkillInfo
    >>> from skillmap.taxonomy import Taxonomy
    >>> d = Directory(holdings=[Holding(p, s) for p in "abc" for s in ("x", "y")],
    ...               skills={s: SkillInfo(s, s.upper(), None) for s in "xy"})
    >>> related_skills(related_graph(Taxonomy({}, {}, {}, "technical", (), {}), d), "x")
    {'y': 1.0}
    """
    G = nx.Graph()
    for info in directory.skills.values():
        G.add_node(f"s:{info.id}", kind="skill", label=info.label, status=info.status)
    for skill in taxonomy.skills.values():
        for other in skill.related:
            G.add_edge(f"s:{skill.id}", f"s:{other}", kind="related", source="taxonomy",
                       weight=1.0)
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
    skills = sorted({h.skill_id for h in directory.holdings})
    column = {skill: i for i, skill in enumerate(skills)}
    person: dict[str, int] = {}
    rows = [person.setdefault(h.person_id, len(person)) for h in directory.holdings]
    held = csr_matrix((np.ones(len(rows), dtype=np.int64),
                       (rows, [column[h.skill_id] for h in directory.holdings])),
                      shape=(len(person), len(skills)))
    holders = np.asarray(held.sum(axis=0)).ravel().tolist()
    # people holding both of each pair of skills, in one sparse product (a Counter of every
    # person's pairs took 1.5-2 s at 50,000 people); a skill is no partner of its own
    together = sparse_triu(held.T @ held, k=1, format="coo")
    best: dict[str, list[tuple[float, str]]] = {}
    for a, b, both in zip(together.row.tolist(), together.col.tolist(), together.data.tolist()):
        if both >= min_together:
            jaccard = both / (holders[a] + holders[b] - both)
            best.setdefault(skills[a], []).append((jaccard, skills[b]))
            best.setdefault(skills[b], []).append((jaccard, skills[a]))
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
