"""Round 38: a facility named with the institution's own name keeps it, whatever else the
query says ("carnbrae operations centre duty manager"), and "who works in the X" asks for a
facility's staff as "who runs the X" does (heldout37's "who works in the tx bay")."""

from __future__ import annotations

from datetime import date

import pytest

from skillmap.bundle.records import FacilityRecord, HoldingRecord, PersonRecord, StaffRecord
from skillmap.directory import Directory, SkillInfo
from skillmap.search import build_index, search
from tests.test_search import ids


def site_index(taxonomy, site: str, held: dict[str, list[tuple[str, int]]],
               facilities: list[FacilityRecord], staff: list[StaffRecord]):
    """The search index of an invented site: its people (by id), the skills each holds at a
    level, its facilities and their staff."""
    skills = {s.id: SkillInfo(s.id, s.label, s.family) for s in taxonomy.skills.values()}
    people = [PersonRecord(pid, pid.title(), "Technician", site, "technical") for pid in held]
    holdings = [HoldingRecord(pid, sid, level) for pid, pairs in held.items()
                for sid, level in pairs]
    directory = Directory(people, holdings, facilities, staff, skills)
    return build_index(taxonomy, directory, today=date(2026, 12, 5))


@pytest.fixture(scope="module")
def met_service(real_taxonomy):
    """A weather service whose operations centre carries the institution's own name."""
    site = "Carnbrae Weather Service"
    held = {"ann": [("environmental-monitoring", 2)], "cy": [("environmental-monitoring", 4)],
            "bob": [("rf-microwave", 2)], "dee": [("rf-microwave", 4)],
            "kim": [("laser-maintenance", 4)]}
    facilities = [
        FacilityRecord("OPS", "Carnbrae Operations Centre", site,
                       description="The round-the-clock forecast floor.",
                       required_skills=("environmental-monitoring",)),
        FacilityRecord("TXB", "Radar Transmitter Test Bay", site,
                       description="Magnetron transmitters on dummy loads; the tx bay.",
                       required_skills=("rf-microwave",)),
        FacilityRecord("LID", "Lidar Laboratory", site, description="Lasers for cloud lidars.",
                       required_skills=("laser-maintenance",)),
        FacilityRecord("BRD", "Carnbrae Broadcast Studio", site,
                       description="Television and radio weather.")]
    staff = [StaffRecord("OPS", "ann", "lead"), StaffRecord("TXB", "bob", "operator"),
             StaffRecord("LID", "kim", "lead")]
    return site_index(real_taxonomy, site, held, facilities, staff)


def test_a_facility_named_with_the_institutions_own_name_keeps_it(met_service):
    """The own name is set aside when it only says where ("the tx bay at carnbrae"), but not
    when the facility's name holds it and the query says more than the name: the lead first,
    not the best-skilled holder of the facility's skill."""
    for query in ("carnbrae operations centre duty manager", "carnbrae operations centre"):
        response = search(met_service, query)
        assert "OPS" in [c.key for c in response.concepts if c.kind == "facility"]
        assert ids(response)[0] == "ann"
    for query in ("carnbrae lidar laboratory", "the tx bay at carnbrae"):   # where, not which
        response = search(met_service, query)
        assert [c.key for c in response.concepts if c.kind == "facility"] != ["BRD"]
    assert ids(search(met_service, "carnbrae lidar laboratory"))[0] == "kim"


def test_who_works_in_a_place_asks_for_its_staff(met_service):
    response = search(met_service, "who works in the tx bay")
    assert [c.key for c in response.concepts if c.kind == "facility"] == ["TXB"]
    assert ids(response)[0] == "bob"                # its operator, before a better-skilled one
    assert ids(search(met_service, "who works at the tx bay"))[0] == "bob"
    lasers = search(met_service, "who works with lasers")       # people, not a facility
    assert not any(c.kind == "facility" for c in lasers.concepts)
