"""Saves at the same moment: the database decides, one wins, the others get the 409 page.

Real threads against the real app over HTTP, on SQLite and PostgreSQL; a
barrier makes every browser open the profile at the same version before any
of them saves.
"""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import func, select

from bench.reliability_bench import Browser, save_round
from skillmap.store.accounts import UserConflict, create_user, update_user, user_state
from skillmap.store.queries import bump_generation
from skillmap.store.curation import DecisionConflict, promote_skill, reject_skill
from skillmap.store.models import AuditEntry, DirectoryState, Skill
from skillmap.store.profiles import EditConflict, ProfileEdit, SkillRow, save_profile
from skillmap.matching import SkillMatcher
from tests.web.conftest import EDITOR_PASSWORD as PASSWORD, EDITORS, serving


@pytest.fixture
def live(loaded_app):
    with serving(loaded_app) as base:
        yield base


def audits(sessions, target: str) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).where(AuditEntry.target == target))


@pytest.mark.parametrize("editors", [2, EDITORS])
def test_simultaneous_saves_one_wins_the_rest_get_the_conflict_page(live, loaded, editors):
    browsers = [Browser(live) for _ in range(editors)]
    for n, browser in enumerate(browsers):
        assert browser.sign_in(f"admin{n}@test.invalid", PASSWORD) == 302
    for number in range(3):
        result = save_round(browsers, "P1", f"round {number}")
        assert result.statuses == {302: 1, 409: editors - 1}, result.statuses
        shown = browsers[0].http.get(f"{live}/people/P1").text
        assert sum(summary in shown for summary in result.summaries) == 1   # nothing lost
    assert audits(loaded, "person:P1") == 3                  # only saves that happened


def test_conflict_page_keeps_what_was_typed(live):
    first, second = Browser(live), Browser(live)
    first.sign_in("admin0@test.invalid", PASSWORD)
    second.sign_in("admin1@test.invalid", PASSWORD)
    token_1, version = first.open_profile("P1")
    token_2, _ = second.open_profile("P1")
    assert first.save_profile("P1", token_1, version, "Kept by the first") == 302
    response = second.http.post(f"{live}/people/P1/edit", data={
        "csrf_token": token_2, "version": version, "summary": "Typed by the second",
        "skills-0-skill": "Glassblowing", "skills-0-level": "4"}, allow_redirects=False)
    assert response.status_code == 409
    assert "Typed by the second" in response.text and "Glassblowing" in response.text
    assert "Kept by the first" in response.text                   # what the first saved


def test_the_database_decides_while_the_winner_is_still_writing(loaded, taxonomy):
    """B reads version 1 while A's save is open; B's UPDATE waits for A, then loses."""
    matcher = SkillMatcher(taxonomy.skills)
    edit = ProfileEdit(summary="A", skills=[SkillRow("NMR spectroscopy", 3)])
    outcome: dict[str, object] = {}

    def b_saves() -> None:
        with loaded() as session:
            try:
                outcome["b"] = save_profile(session, "P1", ProfileEdit(summary="B"),
                                            expected_version=1, actor="b", matcher=matcher)
                session.commit()
            except EditConflict as exc:
                outcome["b"] = exc.current["summary"]
                session.rollback()

    with loaded() as a:
        assert save_profile(a, "P1", edit, expected_version=1, actor="a", matcher=matcher) == 2
        b = threading.Thread(target=b_saves)
        b.start()
        time.sleep(0.5)                      # B is now blocked on A's row (or write) lock
        a.commit()
    b.join(30)
    assert outcome["b"] == "A"               # B lost, and saw A's words
    assert audits(loaded, "person:P1") == 1


def test_curation_decisions_race_one_wins(loaded):
    results: list[str] = []
    barrier = threading.Barrier(2)

    def decide(action) -> None:
        with loaded() as session:
            barrier.wait(10)
            try:
                action(session)
                session.commit()
                results.append("done")
            except DecisionConflict as exc:
                session.rollback()
                results.append(exc.status)

    threads = [threading.Thread(target=decide, args=(a,)) for a in (
        lambda s: promote_skill(s, "x-basket-weaving", family="workshop", label="Basketry",
                                actor="one"),
        lambda s: reject_skill(s, "x-basket-weaving", actor="two"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(results)[0] == "done" and sorted(results)[1] in {"promoted", "rejected"}
    with loaded() as session:
        assert session.get(Skill, "x-basket-weaving").status == sorted(results)[1]
        assert session.scalar(select(func.count()).where(
            AuditEntry.target == "skill:x-basket-weaving")) == 1


def test_user_changes_are_version_checked(loaded):
    with loaded.begin() as session:
        user_id = create_user(session, "m@test.invalid", "manager", password="pw-1",
                              departments=("Physics",)).id
    with loaded.begin() as session:
        assert update_user(session, user_id, expected_version=1, actor="one", role="admin",
                           active=True) == 2
    with loaded() as session, pytest.raises(UserConflict) as lost:
        update_user(session, user_id, expected_version=1, actor="two", role="manager",
                    active=False, departments=("Chemistry",))
    assert lost.value.current["role"] == "admin"
    with loaded() as session:
        assert user_state(session, user_id)["active"] is True
        assert session.scalar(select(func.count()).where(
            AuditEntry.target == "user:m@test.invalid")) == 1


def test_generation_counts_every_concurrent_write(loaded, taxonomy):
    """Two saves of different profiles at once both move the generation on."""
    matcher = SkillMatcher(taxonomy.skills)
    with loaded() as session:
        start = session.get(DirectoryState, 1).generation
    barrier = threading.Barrier(2)

    def save(person_id: str) -> None:
        with loaded() as session:
            barrier.wait(10)
            save_profile(session, person_id, ProfileEdit(summary=person_id),
                         expected_version=1, actor="x", matcher=matcher)
            session.commit()

    threads = [threading.Thread(target=save, args=(p,)) for p in ("P1", "P2")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    with loaded() as session:
        assert session.get(DirectoryState, 1).generation == start + 2


def test_a_lost_race_in_an_api_write_is_a_409_json(small_app):
    """API writes share the handler: a Conflict becomes {"error": {"code": "conflict"}}."""
    def write():
        raise EditConflict({"version": 7})

    small_app.add_url_rule("/api/v1/test-write", "test_write", write, methods=["POST"])
    small_app.config["WTF_CSRF_ENABLED"] = False
    response = small_app.test_client().post("/api/v1/test-write")
    assert response.status_code == 409
    assert response.get_json()["error"]["code"] == "conflict"
