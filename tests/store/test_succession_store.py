"""Actions and scenarios in the store, on SQLite and PostgreSQL: two managers editing one
action at once, and the database decides which edit wins."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from skillmap.store.mitigations import (StaleMitigation, add_mitigation, delete_scenario,
                                        load_mitigations, load_scenarios, save_scenario,
                                        update_mitigation)
from skillmap.succession import Mitigation


def load(sessions):
    with sessions() as session:
        return load_mitigations(session)


def scenarios(sessions, actor):
    with sessions() as session:
        return load_scenarios(session, actor)


def test_actions_keep_owner_status_due_and_department(sessions):
    with sessions.begin() as session:
        add_mitigation(session, Mitigation("training", skill_id="nmr", owner="Lab manager",
                                           status="in progress", due=date(2027, 3, 31),
                                           department="Physics", note="course"), actor="m@x")
    [saved] = load(sessions)
    assert (saved.owner, saved.status, saved.due, saved.department, saved.version) == (
        "Lab manager", "in progress", date(2027, 3, 31), "Physics", 1)


def test_the_second_of_two_concurrent_edits_is_refused(sessions):
    with sessions.begin() as session:
        add_mitigation(session, Mitigation("procedure", facility_id="F1"), actor="m@x")
    [read_by_a] = load(sessions)
    [read_by_b] = load(sessions)
    a, b = sessions(), sessions()
    update_mitigation(a, replace(read_by_a, status="done", note="A"), actor="a@x")
    a.commit()
    with pytest.raises(StaleMitigation):
        update_mitigation(b, replace(read_by_b, owner="B"), actor="b@x")
    b.rollback()
    a.close()
    b.close()
    [now] = load(sessions)
    assert (now.status, now.note, now.owner, now.version) == ("done", "A", "", 2)


def test_scenarios_belong_to_who_saved_them(sessions):
    with sessions.begin() as session:
        sid = save_scenario(session, name="If Ann leaves", actor="m@x", department="Physics",
                            horizon_years=5, leaving=["P1", "P2"])
    assert [(s.name, s.leaving) for s in scenarios(sessions, "m@x")] == [
        ("If Ann leaves", ("P1", "P2"))]
    assert scenarios(sessions, "other@x") == []
    with sessions.begin() as session:
        assert not delete_scenario(session, sid, "other@x")
        assert delete_scenario(session, sid, "m@x")
    assert scenarios(sessions, "m@x") == []
