"""The search index follows the database: an import shows up without a restart."""

from __future__ import annotations

from skillmap.search import build_index, search
from skillmap.store.importer import import_bundle
from skillmap.store.live import LiveIndexes
from tests.conftest import INSTITUTION
from tests.store.test_importer import GOOD


def test_index_rebuilds_after_an_import_and_only_then(sessions, taxonomy, make_bundle):
    built = []
    live = LiveIndexes(sessions, taxonomy, {"search": build_index,
                                            "count": lambda t, d: built.append(d) or len(built)})
    assert search(live.get("search"), "cryo-EM").results == []
    first = live.get("search")
    assert live.get("search") is first                  # nothing changed: no rebuild

    import_bundle(sessions, make_bundle(GOOD), taxonomy, institution=INSTITUTION)
    assert live.get("search") is not first
    assert [r.person.person_id for r in search(live.get("search"), "NMR").results][0] == "P1"
    assert live.get("count") == 1 and built[0] is live._directory   # one load serves both

    again = live.get("search")
    import_bundle(sessions, make_bundle(GOOD), taxonomy, institution=INSTITUTION)
    assert live.get("search") is again                  # an idempotent re-import changes nothing


def test_derived_results_last_until_the_directory_changes(sessions, taxonomy, make_bundle):
    live = LiveIndexes(sessions, taxonomy, {"search": build_index})
    calls = []
    compute = lambda: calls.append(1) or len(calls)      # noqa: E731
    assert live.derived("report", compute) == 1
    assert live.derived("report", compute) == 1          # kept
    assert live.derived("other", compute) == 2
    import_bundle(sessions, make_bundle(GOOD), taxonomy, institution=INSTITUTION)
    assert live.derived("report", compute) == 3          # the directory changed: computed again
