"""The application object: one settings read, import + snapshot together, fresh Workspaces."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from skillmap.app import SkillmapApp
from skillmap.commitment import metrics_snapshot
from skillmap.demo import generate_bundle
from skillmap.settings import PROJECT_ROOT, Settings
from tests.conftest import PG_URL, fresh_postgres_engine
from tests.store.test_importer import GOOD

TODAY = date(2026, 11, 25)


def make_app(tmp_path: Path, taxonomy_dir: Path, *, background: bool = False,
             **overrides: str) -> SkillmapApp:
    settings = Settings.read({"DATABASE_URL": f"sqlite:///{tmp_path / 'app.db'}",
                              "TAXONOMY_DIR": str(taxonomy_dir), **overrides}, environ={})
    app = SkillmapApp(settings, background=background)
    app.migrate()
    return app


@pytest.fixture(scope="module")
def demo_bundle(tmp_path_factory: pytest.TempPathFactory, real_taxonomy: object) -> Path:
    return generate_bundle(tmp_path_factory.mktemp("demo") / "bundle", real_taxonomy,  # type: ignore[arg-type]
                           people=160, seed=7, today=TODAY)


def every_dashboard(app: SkillmapApp) -> dict[str, object]:
    """What the /dashboard page shows for the institution and each department, from the
    live Workspace (a whole one, its succession index with readiness and the graph)."""
    live = app.workspace()
    departments = sorted({p.department for p in live.directory.people if p.department})
    return {"as_of": live.today.isoformat(),
            "institution": metrics_snapshot(live.dashboard(app.thresholds)),
            "departments": {d: metrics_snapshot(live.dashboard(app.thresholds, department=d))
                            for d in departments}}


@pytest.mark.parametrize("age", ["", "55", "60", "67"])
def test_stored_snapshot_and_live_dashboard_agree_under_any_settings(
        tmp_path: Path, demo_bundle: Path, age: str) -> None:
    app = make_app(tmp_path, PROJECT_ROOT / "taxonomies", NORMAL_RETIREMENT_AGE=age)
    assert app.import_bundle(demo_bundle).ok
    assert app.workspace().settings.normal_retirement_age == (int(age) if age else None)
    assert app.snapshots()[0]["metrics"] == every_dashboard(app)
    app.close()


@pytest.mark.parametrize("database", ["sqlite",
                                      pytest.param("postgresql", marks=pytest.mark.postgres)])
@pytest.mark.parametrize("people, seed", [(700, 2017), (400, 11)])
def test_the_snapshot_computed_without_a_workspace_is_every_live_dashboard(
        tmp_path: Path, real_taxonomy: object, database: str, people: int,
        seed: int) -> None:
    """The import's snapshot is built apart from a Workspace (commitment_snapshot: no
    readiness, no graph, to save memory at scale); on the demo as ``skillmap demo`` makes
    it and on another generated institution, on both databases, it is what the
    dashboards show."""
    overrides = {"SEMANTIC_SEARCH": "0"}            # the model orders no figure: quicker
    if database == "postgresql":
        fresh_postgres_engine().dispose()
        overrides["DATABASE_URL"] = str(PG_URL)
    app = make_app(tmp_path, PROJECT_ROOT / "taxonomies", **overrides)
    bundle = generate_bundle(tmp_path / "bundle", real_taxonomy,  # type: ignore[arg-type]
                             people=people, seed=seed, today=TODAY)
    assert app.import_bundle(bundle).ok
    stored = app.snapshots()[0]["metrics"]
    assert len(stored["departments"]) > 3 and stored["institution"]["succession_gaps"]
    assert stored == every_dashboard(app)
    app.close()


def test_the_retirement_age_setting_changes_the_figures(tmp_path: Path, demo_bundle: Path) -> None:
    figures = []
    for age in ("", "55"):
        app = make_app(tmp_path / (age or "spa"), PROJECT_ROOT / "taxonomies",
                       NORMAL_RETIREMENT_AGE=age)
        app.import_bundle(demo_bundle)
        figures.append(app.snapshots()[0]["metrics"]["institution"])
        app.close()
    assert figures[0] != figures[1]          # so the agreement above is not vacuous


def test_import_and_snapshot_are_one_transaction(tmp_path: Path, small_taxonomy_dir: Path,
                                                 make_bundle, monkeypatch) -> None:
    app = make_app(tmp_path, small_taxonomy_dir)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("snapshot failed")

    monkeypatch.setattr("skillmap.commitment.commitment_snapshot", broken)
    with pytest.raises(RuntimeError):
        app.import_bundle(make_bundle(GOOD))
    assert app.generation() == 0 and app.snapshots() == []
    assert app.workspace().directory.people == []               # nothing was written
    app.close()


def test_workspace_follows_the_generation_and_never_serves_an_older_result(
        tmp_path: Path, small_taxonomy_dir: Path, make_bundle) -> None:
    app = make_app(tmp_path, small_taxonomy_dir)
    first = app.workspace()
    assert app.workspace() is first                              # nothing changed
    calls: list[int] = []
    assert first.memo("report", lambda: calls.append(1) or len(calls)) == 1
    assert first.memo("report", lambda: calls.append(1) or len(calls)) == 1

    assert app.import_bundle(make_bundle(GOOD)).ok
    second = app.workspace()
    assert second is not first and second.generation > first.generation
    assert second.memo("report", lambda: calls.append(1) or len(calls)) == 2
    assert [r.person.person_id for r in second.search("NMR").results][0] == "P1"

    app.import_bundle(make_bundle(GOOD))                         # idempotent: no new generation
    assert app.workspace() is second
    app.close()


def test_background_refresh_answers_from_the_current_workspace_meanwhile(
        tmp_path: Path, small_taxonomy_dir: Path, make_bundle) -> None:
    app = make_app(tmp_path, small_taxonomy_dir, background=True)
    empty = app.workspace()                 # the first one is built before answering
    assert app.import_bundle(make_bundle(GOOD)).ok
    meanwhile = app.workspace()             # starts the next build, answers at once
    assert meanwhile is empty
    for _ in range(600):                    # the background build swaps the next one in
        if app.workspace().generation == app.generation():
            break
        time.sleep(0.05)
    fresh = app.workspace()
    assert fresh.generation == app.generation() and fresh.built("search") and fresh.complete
    app.close()
