"""The planted-fragile-facility evaluation: another institution, imported like any other.

See tests/succession_planted.py for what is planted. The ranking must put every
planted facility in the top 10, each high or critical, with at most 2 of the top
10 facilities having safe expert cover, at the horizons a manager would use.
"""

from __future__ import annotations

from datetime import date

import pytest

from skillmap.store.importer import import_bundle
from skillmap.store.queries import load_directory
from skillmap.store.session import init_db, make_engine, make_sessionmaker
from skillmap.succession import build_succession_index, succession_report
from tests.succession_planted import PLANTED, SAFE, write_planted_bundle

TODAY = date(2026, 1, 1)


@pytest.fixture(scope="module")
def planted(tmp_path_factory, real_taxonomy):
    folder = tmp_path_factory.mktemp("planted")
    engine = make_engine(f"sqlite:///{folder / 'planted.db'}")
    init_db(engine)
    bundle = write_planted_bundle(folder / "bundle", today=TODAY)
    report = import_bundle(make_sessionmaker(engine), bundle, real_taxonomy,
                           institution="Northfield University", today=TODAY)
    assert report.ok, report.as_text()
    with make_sessionmaker(engine)() as session:
        directory = load_directory(session)
    engine.dispose()
    return directory, build_succession_index(real_taxonomy, directory, today=TODAY)


def test_planted_skills_stay_distinct_after_matching(planted):
    """The evaluation means what it says only if the matcher kept each planted facility's
    skills apart from the safe facilities' (some of them are unreviewed free text)."""
    directory, _ = planted
    required = {f.facility_id: set(f.required_skills) for f in directory.facilities}
    planted_skills = set().union(*(required[f] for f in PLANTED))
    safe_skills = set().union(*(required[f] for f in SAFE))
    assert not planted_skills & safe_skills
    statuses = {directory.skills[s].status for s in planted_skills}
    assert "unreviewed" in statuses          # skills the taxonomy does not know count too


@pytest.mark.parametrize("horizon", [3, 5])
def test_planted_fragile_facilities_top_the_ranking(planted, horizon):
    _, index = planted
    report = succession_report(index, horizon_years=horizon)
    top = report.facility_risks[:10]
    ids = [f.facility_id for f in top]
    assert set(PLANTED) <= set(ids), ids
    assert all(f.level in ("high", "critical") for f in top if f.facility_id in PLANTED)
    assert sum(f.facility_id in SAFE for f in top) <= 2, ids
    for f in top:
        if f.facility_id in PLANTED:
            assert (f.experts_remaining, f.level) == (0, "critical"), f.reasons
            assert f.practitioners_remaining > 0 or f.bus_factor >= 0


def test_planted_facilities_in_their_department_report(planted):
    _, index = planted
    for fid, (_, _, department, _) in PLANTED.items():
        report = succession_report(index, departments=[department])
        assert report.facility_risks[0].facility_id == fid
        assert report.facility_risks[0].level == "critical"
