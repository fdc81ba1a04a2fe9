"""The search index follows the database: an import shows up without a restart."""

from __future__ import annotations

from skillmap.search import search
from skillmap.store.importer import import_bundle
from skillmap.store.live import LiveIndex
from tests.conftest import INSTITUTION
from tests.store.test_importer import GOOD


def test_index_rebuilds_after_an_import_and_only_then(sessions, taxonomy, make_bundle):
    live = LiveIndex(sessions, taxonomy)
    assert search(live.get(), "cryo-EM").results == []
    first = live.get()
    assert live.get() is first                          # nothing changed: no rebuild

    import_bundle(sessions, make_bundle(GOOD), taxonomy, institution=INSTITUTION)
    assert live.get() is not first
    assert [r.person.person_id for r in search(live.get(), "NMR").results][0] == "P1"

    again = live.get()
    import_bundle(sessions, make_bundle(GOOD), taxonomy, institution=INSTITUTION)
    assert live.get() is again                          # an idempotent re-import changes nothing
