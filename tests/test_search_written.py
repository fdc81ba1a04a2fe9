"""A skill name as the directory wrote it, kept with the holding it was matched to: imported,
searched (its own words reach the skill; who wrote them rank first), patched and shown."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from skillmap.search import build_index, search
from skillmap.settings import PROJECT_ROOT
from skillmap.store.importer import import_bundle
from skillmap.store.profiles import SkillRow
from skillmap.store.queries import load_directory
from tests.conftest import INSTITUTION

CPET = "12-Lead ECG Recording & Cardiopulmonary Exercise Testing (CPET)"
MHFA = "Mental Health First Aider (MHFA)"
PEOPLE = """\
person_id,given_name,family_name,department,job_title,public
P1,Ada,Lovelace,Sport Science,Physiology Technician,true
P2,Bob,Machin,Cardiology,Senior Clinical Physiologist,true
P3,Chen,Wei,Estates,Safety Officer,true
P4,Dee,Okafor,Estates,Facilities Assistant,true
"""
SKILLS = f"""\
person_id,skill,level,last_used,interested
P1,"{CPET}",2,2024,
P2,Clinical physiological measurement,4,2026,
P3,"{MHFA}",2,,
P4,first-aid,4,2026,
"""


@pytest.fixture
def bundle(make_bundle) -> Path:  # type: ignore[no-untyped-def]
    return make_bundle({"people.csv": PEOPLE, "person_skills.csv": SKILLS})


def test_an_auto_matched_name_is_kept_as_written_and_an_exact_one_is_not(
        sessions, real_taxonomy, bundle) -> None:  # type: ignore[no-untyped-def]
    report = import_bundle(sessions, bundle, real_taxonomy, institution=INSTITUTION)
    assert report.ok, report.as_text()
    with sessions() as session:
        held = {(h.person_id, h.skill_id): h.written for h in load_directory(session).holdings}
    assert held == {("P1", "clinical-physiological-measurement"): CPET,
                    ("P2", "clinical-physiological-measurement"): None,
                    ("P3", "mental-health-first-aid"): MHFA, ("P4", "first-aid"): None}
    again = import_bundle(sessions, bundle, real_taxonomy, institution=INSTITUTION)
    assert again.changes["people whose skills changed"] == 0        # idempotent


@pytest.fixture
def directory(sessions, real_taxonomy, bundle):  # type: ignore[no-untyped-def]
    assert import_bundle(sessions, bundle, real_taxonomy, institution=INSTITUTION).ok
    with sessions() as session:
        return load_directory(session)


@pytest.mark.parametrize(("query", "writer", "other"), [
    ("cpet", "P1", "P2"), ("CPET testing", "P1", "P2"), ("mhfa", "P3", "P4"),
    ("mental health first aider", "P3", "P4")])
def test_an_abbreviation_only_the_written_name_holds_finds_its_writer_first(
        real_taxonomy, directory, query: str, writer: str, other: str) -> None:  # type: ignore[no-untyped-def]
    index = build_index(real_taxonomy, directory, today=date(2026, 6, 1), semantic=False)
    ranked = [r.person.person_id for r in search(index, query, limit=10).results]
    assert ranked[:2] == [writer, other], (query, ranked)      # the writer above a level-4 holder
    first = search(index, query, limit=10).results[0]
    assert any(m.written and m.written.startswith(("12-Lead", "Mental")) for m in first.matched)


def test_the_skill_name_itself_ranks_by_level_as_before(real_taxonomy, directory) -> None:  # type: ignore[no-untyped-def]
    index = build_index(real_taxonomy, directory, today=date(2026, 6, 1), semantic=False)
    ranked = [r.person.person_id for r in search(index, "clinical physiological measurement",
                                                  limit=10).results]
    assert ranked[:2] == ["P2", "P1"]


def test_a_profile_edit_keeps_the_written_name_and_the_patch_equals_a_rebuild(
        tmp_path: Path, bundle: Path) -> None:
    from skillmap.app import SkillmapApp
    from skillmap.settings import Settings
    from skillmap.workspace import Workspace
    from tests.test_freshness import edit

    settings = Settings.read({"DATABASE_URL": f"sqlite:///{tmp_path / 'w.db'}",
                              "TAXONOMY_DIR": str(PROJECT_ROOT / "taxonomies")}, environ={})
    app = SkillmapApp(settings)
    app.migrate()
    assert app.import_bundle(bundle).ok
    try:
        before = app.workspace()
        before.search_index
        edit(app, "P1", skills=[SkillRow("clinical-physiological-measurement", 3, 2026)])
        edit(app, "P3", skills=[SkillRow("first-aid", 2)], summary="Now first aid at work")
        edit(app, "P4", skills=[SkillRow("mental-health-first-aid", 2)]
             if "mental-health-first-aid" in app.taxonomy.skills else [])
        after = app.workspace()
        assert after.search_index.graph is before.search_index.graph       # patched
        with app.sessions() as session:
            directory = load_directory(session)
        written = {(h.person_id, h.skill_id): h.written for h in directory.holdings}
        assert written[("P1", "clinical-physiological-measurement")] == CPET   # kept
        rebuilt = Workspace(app.taxonomy, directory, after.today, after.settings)
        assert after.search_index.written == rebuilt.search_index.written
        for query in ("cpet", "mhfa", "first aid", "clinical physiological measurement"):
            mine, theirs = (ws.search(query, limit=10).results for ws in (after, rebuilt))
            assert [(r.person.person_id, r.matched) for r in mine] == [
                (r.person.person_id, r.matched) for r in theirs], query
        assert after.search("cpet").results[0].person.person_id == "P1"
    finally:
        app.close()


def test_the_person_page_and_the_results_show_the_name_as_written_escaped(
        tmp_path: Path, real_taxonomy, make_bundle) -> None:  # type: ignore[no-untyped-def]
    from tests.web.conftest import app_on_bundle

    hostile = "<b>Mental</b> Health First Aider (MHFA)"
    bundle = make_bundle({"people.csv": PEOPLE,
                          "person_skills.csv": SKILLS.replace(MHFA, hostile)})
    app = app_on_bundle(tmp_path / "page.db", bundle, real_taxonomy,
                        taxonomy_dir=PROJECT_ROOT / "taxonomies")
    client = app.test_client()
    page = client.get("/people/P1").get_data(as_text=True)
    assert "as written: 12-Lead ECG Recording &amp; Cardiopulmonary Exercise Testing (CPET)" in page
    assert "as written" not in client.get("/people/P2").get_data(as_text=True)
    shown = client.get("/people/P3").get_data(as_text=True)
    assert "&lt;b&gt;Mental&lt;/b&gt; Health" in shown and "<b>Mental</b>" not in shown
    results = client.get("/search?q=cpet").get_data(as_text=True)
    assert "as written: 12-Lead ECG" in results
