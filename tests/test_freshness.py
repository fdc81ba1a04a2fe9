"""Freshness: a profile edit patches the search index, and the patch equals a rebuild."""

from __future__ import annotations

import gc
import hashlib
from dataclasses import replace
from collections.abc import Iterator
from pathlib import Path

import pytest

from skillmap import perf
from skillmap.app import SkillmapApp
from skillmap.matching import SkillMatcher
from skillmap.settings import PROJECT_ROOT, Settings
from skillmap.store.profiles import ProfileEdit, SkillRow, current_profile, save_profile
from skillmap.store.queries import load_directory
from skillmap.workspace import Workspace
from tests.conftest import PG_URL, fresh_postgres_engine
from tests.test_app import demo_bundle  # noqa: F401  (fixture)

QUERIES = ["NMR spectroscopy", "cryo-EM", "CNC milling", "glassblowing", "who runs the NMR",
           "mass spectrometry", "zebrafish", "helium", "python", "confocal microscopy"]


def demo_app(url: str, bundle: Path) -> Iterator[SkillmapApp]:
    """The demo directory in an app over the database at `url`."""
    settings = Settings.read({"DATABASE_URL": url,
                              "TAXONOMY_DIR": str(PROJECT_ROOT / "taxonomies")}, environ={})
    application = SkillmapApp(settings)
    application.migrate()
    assert application.import_bundle(bundle).ok
    yield application
    application.close()


@pytest.fixture
def app(tmp_path: Path, demo_bundle: Path) -> Iterator[SkillmapApp]:  # noqa: F811
    yield from demo_app(f"sqlite:///{tmp_path / 'f.db'}", demo_bundle)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_app(request: pytest.FixtureRequest, tmp_path: Path,
            demo_bundle: Path) -> Iterator[SkillmapApp]:  # noqa: F811
    """The demo app over each kind of database."""
    url = f"sqlite:///{tmp_path / 'f.db'}"
    if request.param == "postgresql":
        fresh_postgres_engine().dispose()
        url = str(PG_URL)
    yield from demo_app(url, demo_bundle)


_MATCHERS: dict[int, tuple[object, SkillMatcher]] = {}


def plain_matcher(app: SkillmapApp) -> SkillMatcher:
    """A matcher over the app's skills alone, made once per taxonomy object (a profile save
    only reads it)."""
    found = _MATCHERS.get(id(app.taxonomy))
    if found is None or found[0] is not app.taxonomy:
        found = _MATCHERS[id(app.taxonomy)] = (app.taxonomy, SkillMatcher(app.taxonomy.skills))
    return found[1]


def edit(app: SkillmapApp, person_id: str, **changes: object) -> None:
    with app.transaction() as session:
        profile = current_profile(session, person_id)
        assert profile is not None
        fields = {"summary": profile["summary"], "public": profile["public"],
                  "orcid": profile["orcid"], "email": profile["email"],
                  "registrations": tuple(profile["registrations"]),
                  "skills": [SkillRow(s["skill_id"], s["level"], s["last_used"], s["interested"])
                             for s in profile["skills"]],
                  "facilities": [(f["facility_id"], f["role"]) for f in profile["facilities"]]}
        fields.update(changes)
        save_profile(session, person_id, ProfileEdit(**fields),  # type: ignore[arg-type]
                     expected_version=profile["version"], actor="test",
                     matcher=plain_matcher(app))


def same_up_to_text_drift(patched: Workspace, rebuilt: Workspace, drift: float = 0.02) -> None:
    """The same answers, but for the text scores' idf, which a patch keeps from the last full
    build: each rank's score within `drift`, each person's matches equal, and the same people
    wherever a score clears both pages' last by more than twice `drift` (near-ties may swap).
    `drift` was 0.01 until the demo drawn from the vocabulary round's larger taxonomy gave one
    score 0.013 apart ("mass spectrometry", 2.216 patched, 2.203 rebuilt: 0.6%)."""
    for query in QUERIES:
        mine, theirs = (ws.search(query, limit=20).results for ws in (patched, rebuilt))
        assert len(mine) == len(theirs), query
        assert all(abs(a.score - b.score) <= drift for a, b in zip(mine, theirs)), query
        vias = [{r.person.person_id: sorted(m.via for m in r.matched) for r in rs}
                for rs in (mine, theirs)]
        assert all(vias[1][p] == v for p, v in vias[0].items() if p in vias[1]), query
        cut = max((rs[-1].score for rs in (mine, theirs) if rs), default=0.0) + 2 * drift
        ids = [[r.person.person_id for r in rs] for rs in (mine, theirs)]
        assert all(r.person.person_id in ids[1] for r in mine if r.score > cut), query
        assert all(r.person.person_id in ids[0] for r in theirs if r.score > cut), query


def test_a_profile_edit_is_patched_in_and_matches_a_rebuild(app: SkillmapApp) -> None:
    before = app.workspace()
    before.search_index                                       # built: patches need it
    people = [p.person_id for p in before.directory.people]
    edit(app, people[3], skills=[SkillRow("nmr-spectroscopy", 4, 2026, True),
                                 SkillRow("glassblowing", 3)],
         summary="Runs the 600 MHz NMR and blows glass", registrations=("RSci",), public=True)
    edit(app, people[7], skills=[], summary="", public=False)
    after = app.workspace()
    assert after.search_index.graph is before.search_index.graph      # patched, not rebuilt
    assert after.generation == before.generation + 2
    with app.sessions() as session:
        rebuilt = Workspace(app.taxonomy, load_directory(session), after.today, after.settings)
    # A patch keeps the skills graph (co-occurrence, so "related" weights) and the text
    # vocabulary of the last full build; the full rebuild after the edits pause redoes them.
    rebuilt._built["graph"] = before.graph
    # ... and its one document per skill (which skills the directory holds, and their
    # words), so an edit removing a skill's last holder changes the topics only on a rebuild.
    built = before.search_index
    rebuilt._built["search"] = replace(rebuilt.search_index, topics=built.topics,
                                       topic_keys=built.topic_keys, semantic=built.semantic)
    same_up_to_text_drift(after, rebuilt)
    hits = after.search("glassblowing NMR", limit=10).results
    assert people[3] in [r.person.person_id for r in hits]
    assert people[7] not in {r.person.person_id for r in after.search("NMR", limit=200).results}


def test_a_patch_makes_the_publics_name_table_before_any_reader_asks(app: SkillmapApp) -> None:
    """A build makes the public's table of names with the index; a patch does too (or keeps
    each viewer's when the names and who is public are unchanged), so the first anonymous
    query after an edit pays nothing for it."""
    before = app.workspace().search_index
    person = app.workspace().directory.people[3]
    edit(app, person.person_id, public=False)
    hidden = app.workspace().search_index
    assert hidden.graph is before.graph                            # patched, not rebuilt
    public = hashlib.blake2b(hidden.public.tobytes()).digest()
    assert public in hidden.named_for and not hidden.public.all()
    assert person.person_id not in {i for ids in hidden.named_for[public].names.values()
                                     for i in ids}
    edit(app, person.person_id, summary="Now also runs the glovebox")
    kept = app.workspace().search_index
    assert kept.graph is before.graph and kept.named_for[public] is hidden.named_for[public]


NEW_NAME = "Bagpipe Reed Making (Highland Pipes)"
NEW_QUERIES = ["Bagpipe reed making", "bagpipe reed makng", "highland pipes"]


def test_a_skill_name_new_to_the_directory_is_patched_in_and_matches_a_rebuild(
        any_app: SkillmapApp) -> None:
    """A name typed in the profile form that the directory never had (an unreviewed skill)
    is searchable by its own words, exact and misspelt, without a full rebuild; the
    rebuild that follows gives the same people."""
    app = any_app
    app.background = True
    before = app.workspace()
    before.build_all()
    person = before.directory.people[5].person_id
    with app.sessions() as session:
        profile = current_profile(session, person)
    assert profile is not None
    assert not [r for r in before.search("bagpipe").results    # the sentence model, when
                if r.direct or r.person.person_id == person]       # installed, may offer kin
    edit(app, person, skills=[*(SkillRow(s["skill_id"], s["level"], s["last_used"],
                                         s["interested"]) for s in profile["skills"]),
                              SkillRow(NEW_NAME, 3, 2025)])
    app._step()                                            # what the watcher thread does
    patched = app.workspace()
    assert patched.generation == before.generation + 1 and not patched.complete
    assert patched.search_index.graph is before.search_index.graph       # no rebuild ran
    new_id = next(sid for sid, info in patched.directory.skills.items()
                  if info.label == NEW_NAME)
    assert patched.directory.skills[new_id].status == "unreviewed"
    assert patched.search_index.skill_labels[new_id] == NEW_NAME

    def found(ws: Workspace) -> list[list[str]]:    # holders found by the name's own words
        return [[r.person.person_id for r in ws.search(q, limit=5).results if r.direct]
                for q in NEW_QUERIES]
    assert found(patched) == [[person]] * len(NEW_QUERIES)
    app.quiet_seconds = 0
    app._step()                                            # the full rebuild, later
    assert app._builder is not None
    app._builder.join()
    rebuilt = app.workspace()
    assert rebuilt.complete and rebuilt.generation == patched.generation
    assert rebuilt.search_index.graph is not before.search_index.graph
    assert found(rebuilt) == found(patched)
    assert rebuilt.search_index.related[new_id] == patched.search_index.related[new_id]
    assert rebuilt.search_index.derived.get(new_id) == patched.search_index.derived.get(new_id)


def test_a_new_skill_name_patched_in_leaves_every_index_buildable(app: SkillmapApp) -> None:
    """Patched without carrying indexes over (as a foreground refresh, or a background build
    catching up, does), succession and pathways are built on the patched directory."""
    before = app.workspace()
    before.build_all()
    person = before.directory.people[9].person_id
    edit(app, person, skills=[SkillRow(NEW_NAME, 4, 2026, True)])
    after = app.workspace()
    assert after.search_index.graph is before.search_index.graph        # patched
    assert [r.person.person_id for r in after.search(NEW_NAME).results if r.direct] == [person]
    after.build_all()
    assert after.succession(horizon_years=5).skill_risks
    assert after.pathway(person).person_id == person


def test_anything_but_profile_edits_means_a_full_load(app: SkillmapApp, make_bundle) -> None:
    before = app.workspace()
    before.search_index
    assert app.import_bundle(make_bundle({"people.csv": "person_id,given_name,family_name\n"
                                                        "NEW1,Nia,New\n"})).ok
    after = app.workspace()
    assert not after.built("search") and "NEW1" in {p.person_id for p in after.directory.people}


def test_background_patch_leaves_succession_for_the_full_rebuild(app: SkillmapApp) -> None:
    app.background = True
    current = app.workspace()
    current.build_all()
    people = [p.person_id for p in current.directory.people]
    edit(app, people[1], summary="Now also runs the cryostat")
    app._step()                                            # what the watcher thread does
    patched = app.workspace()
    assert patched.generation == current.generation + 1 and not patched.complete
    assert patched.succession_index is current.succession_index       # carried over
    app.quiet_seconds = 0
    app._step()
    assert app._builder is not None
    app._builder.join()
    assert app.workspace().complete and app.workspace().generation == patched.generation



def test_reports_and_what_they_derive_live_exactly_as_long_as_their_workspace(
        app: SkillmapApp) -> None:
    """An edit makes a new generation: nothing computed on the older one is ever returned."""
    before = app.workspace()
    report = before.succession(horizon_years=5)
    assert before.succession(horizon_years=5) is report                 # remembered here
    risk = next(r for r in report.skill_risks if r.successors)
    candidate = risk.successors[0].person_id
    assert before.name_scope(None).find(candidate, in_scope_only=True)
    with app.sessions() as session:
        profile = current_profile(session, candidate)
    assert profile is not None
    # the best candidate becomes an authority: cover now, no longer a successor
    edit(app, candidate, skills=[
        *(SkillRow(s["skill_id"], s["level"], s["last_used"], s["interested"])
          for s in profile["skills"] if s["skill_id"] != risk.skill_id),
        SkillRow(risk.skill_id, 4, 2026, True)])
    after = app.workspace()
    assert after.generation == before.generation + 1
    fresh = after.succession(horizon_years=5)
    assert fresh is not report
    same = [r for r in fresh.skill_risks
            if (r.skill_id, r.institution) == (risk.skill_id, risk.institution)]
    assert all(candidate not in [s.person_id for s in r.successors] for r in same)
    assert before.succession(horizon_years=5) is report       # the older one keeps its own
    older = {id(value) for value in before._derived.values()}
    assert older and not older & {id(value) for value in after._derived.values()}
    assert not hasattr(after.succession_index, "cache")                # no side dict
    # a patched workspace that carries the succession index over still has its own memo
    carried = after.successor(after.directory, after.search_index, audit_mark=after.audit_mark)
    assert carried.succession_index is after.succession_index
    assert carried._derived is not after._derived and not carried._derived


def test_a_full_build_leaves_the_collector_nothing_of_the_workspace_to_walk(
        app: SkillmapApp) -> None:
    """At 50,000 people one full collection walks a workspace for ~0.7 s with the GIL held:
    a background build hands its workspace over already out of the collector's reach."""
    app.background = True
    before = app.workspace()
    edit(app, before.directory.people[2].person_id, summary="Now also runs the cryostat")
    try:
        app._full_build()                                   # what the builder thread runs
        built = app.workspace()
        assert built.generation == before.generation + 1 and built.complete
        tracked = {id(o) for o in gc.get_objects()}
        assert gc.isenabled() and gc.get_freeze_count() > 0
        assert id(built.directory) not in tracked and id(built.directory.people[0]) not in tracked
        assert id(built.search_index) not in tracked
        # what a build settles with it is freed once no request came for a while
        assert app._untidy and gc.get_threshold()[2] != perf.NEVER
        app._last_request = 0.0
        app._tidy_when_idle()
        assert not app._untidy and gc.get_freeze_count() > 0
        assert id(built.directory) not in {id(o) for o in gc.get_objects()}
    finally:
        gc.unfreeze()
