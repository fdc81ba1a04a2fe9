"""The skills graph: typed nodes and edges from a hand-built directory."""

from __future__ import annotations

from skillmap.bundle.records import FacilityRecord, HoldingRecord, PersonRecord, StaffRecord
from skillmap.directory import Directory, SkillInfo
from skillmap.graph import cooccurring_skills, related_skills, skills_graph


def directory(taxonomy) -> Directory:
    people = [PersonRecord(p, p, "T", "Uni", "technical", department="Chemistry", grade="G5",
                           registrations=("RSciTech",)) for p in ("a", "b", "c", "d")]
    holdings = [HoldingRecord(p, s, 3) for p in ("a", "b", "c") for s in ("cryo-em", "lc-ms")]
    holdings.append(HoldingRecord("d", "nmr-spectroscopy", 4, last_used=2020))
    facilities = [FacilityRecord("F1", "NMR facility", "Uni", "Chemistry",
                                 required_skills=("nmr-spectroscopy",))]
    skills = {s.id: SkillInfo(s.id, s.label, s.family) for s in taxonomy.skills.values()}
    return Directory(people, holdings, facilities, [StaffRecord("F1", "d", "lead")], skills)


def test_nodes_and_edges_are_typed(taxonomy):
    G = skills_graph(taxonomy, directory(taxonomy))
    kinds = {kind for _, kind in G.nodes(data="kind")}
    assert {"person", "skill", "skill_family", "facility", "department", "grade",
            "registration"} <= kinds
    assert G.edges["p:d", "s:nmr-spectroscopy"] == {"kind": "holds", "level": 4,
                                                    "last_used": 2020}
    assert G.edges["f:F1", "p:d"] == {"kind": "operates", "role": "lead"}
    assert G.edges["f:F1", "s:nmr-spectroscopy"]["kind"] == "requires"
    assert G.edges["p:a", "g:technical/G5"]["kind"] == "at_grade"
    assert G.edges["p:a", "r:RSciTech"]["kind"] == "registered"
    assert G.edges["s:cryo-em", "sf:imaging"]["kind"] == "in_family"


def test_related_skills_come_from_taxonomy_and_cooccurrence(taxonomy):
    d = directory(taxonomy)
    assert cooccurring_skills(d) == {("cryo-em", "lc-ms"): 1.0}
    G = skills_graph(taxonomy, d)
    assert G.edges["s:cryo-em", "s:lc-ms"]["source"] == "co-occurrence"
    assert G.edges["s:nmr-spectroscopy", "s:lc-ms"]["source"] == "taxonomy"
    assert related_skills(G, "cryo-em") == {"confocal-microscopy": 1.0, "lc-ms": 1.0}
