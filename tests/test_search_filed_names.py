"""A filed name still says what it says (issue 15): the importer files "3D printing of
architectural models" under model making, and its holder is still found for 3D printing, as
they were while the name was unreviewed; what the filed skill explains ("DIY AI" in an
insemination course) names no other skill."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from skillmap.bundle.records import PersonRecord
from skillmap.directory import Directory, SkillInfo
from skillmap.freshness import patch_search_index
from skillmap.model import Holding
from skillmap.search import build_index, search

TODAY = date(2026, 12, 4)
HELD = [("ann", "model-making", "3D printing of architectural models"),
        ("ann", "photography", "Object photogrammetry"),
        ("bob", "artificial-insemination", "Artificial insemination of cattle – DIY AI"),
        ("cat", "culinary-kitchen", "combi oven programs"),
        ("hal", "clinical-simulation", "manikin programming"),
        ("dan", "model-making", None),
        ("eve", "additive-manufacturing", None),
        ("fay", "programming", None),
        ("gus", "machine-learning", None)]


def directory(taxonomy, held=HELD) -> Directory:
    skills = {s.id: SkillInfo(s.id, s.label, s.family) for s in taxonomy.skills.values()}
    people = [PersonRecord(p, p.title(), "Tech", "Uni", "technical") for p in "ann bob cat dan "
              "eve fay gus hal".split()]
    return Directory(people, [Holding(p, s, 3, 2025, written=w) for p, s, w in held], [], [],
                     skills)


@pytest.fixture(scope="module")
def index(real_taxonomy):
    return build_index(real_taxonomy, directory(real_taxonomy), today=TODAY)


def found(index, query):
    return [r.person.person_id for r in search(index, query, limit=10).results]


@pytest.mark.parametrize("query", ["3D printing", "photogrammetry"])
def test_a_filed_name_finds_its_holder_for_another_skill_it_names(index, query):
    ann = next(r for r in search(index, query).results if r.person.person_id == "ann")
    assert ann.direct           # a holder of what was asked, not of a related skill
    # shown as the holding it is, with its name as written
    assert {(m.skill_id, m.written) for m in ann.matched if m.via != "related"} & {
        ("model-making", "3D printing of architectural models"),
        ("photography", "Object photogrammetry")}


def test_the_skills_own_holders_are_found_beside_it(index):
    assert set(found(index, "3D printing")[:2]) == {"ann", "eve"}
    assert set(found(index, "model making")[:2]) == {"ann", "dan"}


@pytest.mark.parametrize("query, who", [("machine learning", "bob"), ("programming", "cat"),
                                        ("programming", "hal")])
def test_what_the_filed_skill_explains_names_no_other_skill(index, query, who):
    """An abbreviation the name spells ("DIY AI"), another form of a word ("programs") and
    one word of a skill far from the filed one ("manikin programming") are the filed skill's:
    only a skill named surely counts."""
    assert found(index, query)[0] != who and who not in [
        r.person.person_id for r in search(index, query).results if r.direct]


def test_a_profile_edit_patches_the_readings_as_a_rebuild_reads_them(real_taxonomy, index):
    """ann drops the 3D printing line: the patched index no longer finds her for 3D printing
    and holds the readings' holders a rebuild would."""
    held = [h for h in HELD if h[2] != "3D printing of architectural models"]
    old, new = directory(real_taxonomy), directory(real_taxonomy, held)
    fresh = replace(new, people=[p for p in new.people if p.person_id == "ann"],
                    holdings=[h for h in new.holdings if h.person_id == "ann"])
    before = replace(old, people=[p for p in old.people if p.person_id == "ann"],
                     holdings=[h for h in old.holdings if h.person_id == "ann"])
    patched = patch_search_index(index, before, new, fresh, {"ann"}, year=TODAY.year,
                                 taxonomy=real_taxonomy)
    assert patched is not None
    rebuilt = build_index(real_taxonomy, new, today=TODAY)
    assert "ann" not in found(patched, "3D printing")
    assert "ann" in found(patched, "photogrammetry") and "ann" in found(rebuilt, "photogrammetry")
    for reading, named in rebuilt.read_as.items():
        mine = next(r for r, n in patched.read_as.items() if n == named)
        assert (patched.skill_holders[mine].rows.tolist()
                == rebuilt.skill_holders[reading].rows.tolist())
