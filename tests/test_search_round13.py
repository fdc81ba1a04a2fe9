"""Search weights that carry to a new institution (issue 15, round 13): what a person's job
title and summary say of a query's other words breaks ties between holders of what was asked;
it never outranks a level of it. Cases written from how directories describe people, not taken
from any evaluation set; the weights were fitted leave-one-institution-out
(bench/search_tune.py)."""

from __future__ import annotations

from datetime import date

import pytest

from skillmap.bundle.records import FacilityRecord, HoldingRecord, PersonRecord, StaffRecord
from skillmap.directory import Directory, SkillInfo
from skillmap.search import build_index, engine, search


def ids(response):
    return [r.person.person_id for r in response.results]


@pytest.fixture(scope="module")
def imaging(real_taxonomy):
    """Confocal microscopists in a directory of microscopy technicians: an expert whose title
    says only "Microscopy Technician", a peer of the expert's level and a practitioner whose
    titles say zebrafish, a practitioner whose title does not."""
    titles = {"ann": "Microscopy Technician", "bob": "Zebrafish Technician",
              "cal": "Microscopy Technician", "dee": "Zebrafish Technician",
              **{f"m{i}": "Microscopy Technician" for i in range(6)}}
    people = [PersonRecord(pid, "Alex", "Jones", "Uni", "technical", job_title=title)
              for pid, title in titles.items()]
    holdings = [HoldingRecord("ann", "confocal-microscopy", 4),
                HoldingRecord("bob", "confocal-microscopy", 3),
                HoldingRecord("cal", "confocal-microscopy", 3),
                HoldingRecord("dee", "confocal-microscopy", 4)]
    skills = {s.id: SkillInfo(s.id, s.label, s.family) for s in real_taxonomy.skills.values()}
    directory = Directory(people, holdings, [], [], skills)
    return build_index(real_taxonomy, directory, today=date(2026, 12, 1), semantic=False)


def test_a_title_word_breaks_a_tie_between_holders_of_one_level(imaging):
    """"confocal microscopy for zebrafish": of the two experts, the one whose title says
    zebrafish first; of the two practitioners, likewise."""
    found = ids(search(imaging, "confocal microscopy for zebrafish"))
    assert found.index("dee") < found.index("ann")
    assert found.index("bob") < found.index("cal")


def test_a_title_word_never_outranks_a_level_of_what_was_asked(imaging):
    """The practitioner whose title says zebrafish stays below the expert whose title does
    not: the level of the skill asked for is what the query is about, the title's word a
    tie-breaker (TEXT_WEIGHT is below the step between two levels)."""
    found = ids(search(imaging, "confocal microscopy for zebrafish"))
    assert found.index("ann") < found.index("bob")


def test_the_text_weight_is_below_a_step_between_levels():
    """A title's TF-IDF closeness is at most 1, so its weight below the smallest step between
    two levels' weights keeps it a tie-breaker at any closeness."""
    from skillmap.search.index import LEVEL_WEIGHT
    steps = [float(b - a) for a, b in zip(LEVEL_WEIGHT[1:], LEVEL_WEIGHT[2:])]
    assert engine.TEXT_WEIGHT < min(steps)


@pytest.fixture(scope="module")
def cored(real_taxonomy):
    """A confocal core led by a practitioner whose title says zebrafish, and an expert who
    staffs no facility, in a directory of microscopy technicians."""
    titles = {"lee": "Zebrafish Technician", "max": "Microscopy Technician",
              **{f"m{i}": "Microscopy Technician" for i in range(8)}}
    people = [PersonRecord(pid, "Alex", "Jones", "Uni", "technical", job_title=title)
              for pid, title in titles.items()]
    holdings = [HoldingRecord("lee", "confocal-microscopy", 3),
                HoldingRecord("max", "confocal-microscopy", 4)]
    facilities = [FacilityRecord("CC", "Confocal Core", "Uni", kind="instrument",
                                 required_skills=("confocal-microscopy",))]
    staff = [StaffRecord("CC", "lee", "lead")]
    skills = {s.id: SkillInfo(s.id, s.label, s.family) for s in real_taxonomy.skills.values()}
    directory = Directory(people, holdings, facilities, staff, skills)
    return build_index(real_taxonomy, directory, today=date(2026, 12, 1), semantic=False)


def test_a_role_asked_for_still_counts(cored):
    """"confocal microscopy lead": the lead of the core first."""
    assert ids(search(cored, "confocal microscopy lead"))[0] == "lee"



def test_the_tuning_harness_sets_the_engines_weights_and_restores_them():
    """bench/search_tune.py scores a setting by setting the engine's module constants (read at
    query time), a ROLE_BONUS table scaled as a whole, and puts today's back after."""
    from bench.search_tune import TODAY, applied, setting_of
    before = {table: dict(bonus) for table, bonus in engine.ROLE_BONUS.items()}
    setting = setting_of({**TODAY, "TEXT_WEIGHT": 0.5, "ROLE_BONUS*plain": 2.0})
    assert setting == (("ROLE_BONUS*plain", 2.0), ("TEXT_WEIGHT", 0.5))
    with applied(setting):
        assert engine.TEXT_WEIGHT == 0.5
        assert engine.ROLE_BONUS["plain"]["lead"] == pytest.approx(2 * before["plain"]["lead"])
        assert engine.ROLE_BONUS["trainer"] == before["trainer"]
    assert engine.TEXT_WEIGHT == TODAY["TEXT_WEIGHT"] and engine.ROLE_BONUS == before
