"""Search on any institution's data (issue 15, round 17).

Level first, recency within it: a skill unused for years counts for a little less (1.0 down
to 0.95 of its level's weight), never as much as a level. Until this round it fell 0.08 a year
to 0.6, so an authority (level 4) who had not used the skill for two years ranked below an
expert (level 3) who used it this year, and every development set (each institution's queries
graded by level) scored 0.02-0.05 nDCG@10 lower than it does now.
"""

from __future__ import annotations

from datetime import date

import pytest

from skillmap.bundle.records import HoldingRecord, PersonRecord
from skillmap.directory import Directory, SkillInfo
from skillmap.search import build_index, search
from skillmap.search.index import LEVEL_WEIGHT, RECENCY_FLOOR, recency


def person(pid: str) -> PersonRecord:
    return PersonRecord(pid, pid.title(), "Tech", "Uni", "technical", department="Chemistry")


@pytest.fixture(scope="module")
def index(taxonomy):  # type: ignore[no-untyped-def]
    holdings = [HoldingRecord("old4", "nmr-spectroscopy", 4, last_used=2016),
                HoldingRecord("new3", "nmr-spectroscopy", 3, last_used=2026),
                HoldingRecord("old3", "nmr-spectroscopy", 3, last_used=2020),
                HoldingRecord("new2", "nmr-spectroscopy", 2)]
    skills = {s.id: SkillInfo(s.id, s.label, s.family) for s in taxonomy.skills.values()}
    directory = Directory([person(h.person_id) for h in holdings], holdings, [], [], skills)
    return build_index(taxonomy, directory, today=date(2026, 11, 25), semantic=False)


def test_level_first_recency_within_it(index) -> None:  # type: ignore[no-untyped-def]
    """Ten years unused, the authority still first; the two experts by when they used it."""
    ranked = [r.person.person_id for r in search(index, "NMR spectroscopy").results]
    assert ranked == ["old4", "new3", "old3", "new2"]


def test_recency_costs_less_than_any_step_between_levels() -> None:
    """Each level's weight at the floor of recency is above the level below's at its best."""
    assert (LEVEL_WEIGHT[2:] * RECENCY_FLOOR > LEVEL_WEIGHT[1:-1]).all()
    assert recency(1990, 2026) == RECENCY_FLOOR
    assert recency(2025, 2026) > recency(2023, 2026) > RECENCY_FLOOR
