"""Properties of the query parser and the ranking, on any text a researcher may type."""

from __future__ import annotations

from datetime import date
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skillmap.bundle.records import FacilityRecord, HoldingRecord, PersonRecord, StaffRecord
from skillmap.directory import Directory, SkillInfo
from skillmap.search import build_index, parse_query, search
from skillmap.search.index import SearchIndex
from skillmap.settings import PROJECT_ROOT
from skillmap.taxonomy import load_taxonomy

WORDS = ["nmr", "who", "runs", "the", "lab", "manager", "cell", "sorter", "icpms", "helium",
         "recovery", "for", "tem", "animal", "house", "speed", "training", "Zoë", "O'Neill",
         "µCT", "–", "&", "(", ")", "x-ray", "cryo-EM", "soil", "microbiology", "shop", "3d"]


@cache
def index() -> SearchIndex:
    taxonomy = load_taxonomy(PROJECT_ROOT / "taxonomies")
    skills = {s.id: SkillInfo(s.id, s.label, s.family) for s in taxonomy.skills.values()}
    skills["x-he"] = SkillInfo("x-he", "Helium Liquefier Operation & Helium Recovery", None,
                               "unreviewed")
    people = [PersonRecord(f"p{i}", given, family, "Uni", "technical", public=i % 4 != 0)
              for i, (given, family) in enumerate([("Zoë", "O'Neill"), ("Ann", "Lab"),
                                                   ("Bo", "House"), ("Cy", "Nmr")])]
    held = ["nmr-spectroscopy", "cell-sorting", "icp-ms", "x-he", "tem", "microbiology"]
    holdings = [HoldingRecord(p.person_id, skill, 1 + (i + j) % 4)
                for i, p in enumerate(people) for j, skill in enumerate(held) if (i + j) % 2]
    facilities = [FacilityRecord("F1", "Kelsall NMR Centre", "Uni", kind="instrument",
                                 description="Spectrometers in the animal house basement.",
                                 required_skills=("nmr-spectroscopy",))]
    staff = [StaffRecord("F1", "p1", "lead"), StaffRecord("F1", "p2", "trainer")]
    return build_index(taxonomy, Directory(people, holdings, facilities, staff, skills),
                       today=date(2026, 11, 25))


queries = st.one_of(st.text(max_size=60),
                    st.lists(st.sampled_from(WORDS), max_size=9).map(" ".join))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(queries)
def test_any_text_parses_into_known_kinds_of_concepts(text):
    parsed = parse_query(text, index().terms)
    assert {c.kind for c in parsed.concepts} <= {"skill", "facility", "person"}
    assert set(parsed.words) <= set(parsed.content)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(queries, st.integers(0, 5), st.integers(1, 5))
def test_any_text_ranks_public_people_direct_first_best_first(text, offset, limit):
    response = search(index(), text, limit=limit, offset=offset)
    assert len(response.results) <= limit
    assert all(r.person.public for r in response.results)
    scores = [r.score for r in response.results]
    assert scores == sorted(scores, reverse=True)
    direct = [r.direct for r in response.results]
    assert direct == sorted(direct, reverse=True)           # direct holders before related
    assert response.total == response.direct_total + response.related_total
