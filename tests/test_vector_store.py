"""The vector store: a text embedded once is never embedded again, by any process, and the
vectors (so the answers) are the same from the store as embedded; a bad file costs only
the embedding."""

from __future__ import annotations

import fcntl
import logging
import threading
import time
from datetime import date

import numpy as np
import pytest
from click.testing import CliRunner

from skillmap.bundle.records import FacilityRecord, HoldingRecord, PersonRecord, StaffRecord
from skillmap.cli import cli
from skillmap.directory import Directory, SkillInfo
from skillmap.search import build_index, search, semantic
from skillmap.search import vector_store
from skillmap.search.vector_store import VectorStore
from skillmap.settings import Settings
from tests.store.test_importer import GOOD

pytestmark = pytest.mark.skipif(semantic.model_dir() is None,
                                reason="optional sentence model not installed")
TEXTS = ["NMR spectroscopy", "Runs cryo-EM.", "grow bacteria from soil", "CNC milling (Haas)",
         "keep track of changes to my code", "autoclave agar plates"]


@pytest.fixture(autouse=True)
def without_shipped_vectors(monkeypatch, tmp_path):
    """No vectors shipped for the taxonomy's texts (tests/test_shipped_vectors.py): every
    text these tests count goes through the store."""
    monkeypatch.setattr(semantic, "SHIPPED", tmp_path / "no-shipped-vectors.npz")


@pytest.fixture
def store(monkeypatch, tmp_path):
    """Keep vectors in a file of this test's own (None until a test says so)."""
    monkeypatch.setattr(semantic, "_STORE", [None])
    return tmp_path / "vectors" / "text-vectors.sqlite3"


def test_a_stored_vector_is_the_very_one_embedded(fresh, store):
    alone = fresh().remembered(TEXTS)            # no store: as before
    semantic.keep_vectors_in(store)
    first = fresh()
    embedded = first.remembered(TEXTS)
    second = fresh()
    read = second.remembered(TEXTS + TEXTS[:2])
    assert first.counts == {"embedded": len(TEXTS), "stored": 0}
    assert second.counts == {"embedded": 0, "stored": len(TEXTS)}
    assert np.array_equal(alone, embedded) and np.array_equal(read[:len(TEXTS)], alone)
    assert np.array_equal(read[len(TEXTS):], alone[:2])


def test_only_new_texts_are_embedded(fresh, store):
    semantic.keep_vectors_in(store)
    fresh().remembered(TEXTS[:3])
    later = fresh()
    later.remembered(TEXTS)
    assert later.counts == {"embedded": 3, "stored": 3}


def test_a_process_waits_for_another_embedding_and_reads_what_it_stored(fresh, store):
    texts = [f"{t} ({i})" for i in range(6) for t in TEXTS]        # a build's many texts
    alone = fresh().remembered(texts)
    semantic.keep_vectors_in(store)
    store.parent.mkdir(parents=True)
    waiting, got = fresh(), []
    with open(f"{store}.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)             # another worker is embedding them
        thread = threading.Thread(target=lambda: got.append(waiting.remembered(texts)))
        thread.start()
        time.sleep(0.5)
        assert thread.is_alive()
        VectorStore(store, waiting.identity, waiting.dimensions).put(texts, alone)
    thread.join(60)
    assert waiting.counts == {"embedded": 0, "stored": len(texts)}
    assert np.array_equal(got[0], alone)


def test_a_few_texts_never_wait_for_another_processs_embedding(fresh, store, monkeypatch):
    monkeypatch.setattr(vector_store, "WAIT", 60.0)
    semantic.keep_vectors_in(store)
    store.parent.mkdir(parents=True)
    with open(f"{store}.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        started = time.monotonic()
        query = fresh()
        query.remembered(TEXTS[:2])                  # a query's names: embedded at once
        assert time.monotonic() - started < 30 and query.counts["embedded"] == 2


def small_directory(taxonomy) -> Directory:
    people = [PersonRecord(pid, pid.title(), "Tech", "Uni", "technical", department=dept)
              for pid, dept in (("ada", "Chemistry"), ("bob", "Physics"), ("eve", "Biology"))]
    holdings = [HoldingRecord("ada", "nmr-spectroscopy", 4, written="NMR (Bruker 600 MHz)"),
                HoldingRecord("bob", "cnc-milling", 3), HoldingRecord("eve", "cryo-em", 3),
                HoldingRecord("eve", "confocal-microscopy", 2)]
    facilities = [FacilityRecord("F-NMR", "NMR facility", "Uni", "Chemistry", "instrument",
                                 "Three spectrometers for structure work",
                                 ("nmr-spectroscopy",))]
    skills = {s.id: SkillInfo(s.id, s.label, s.family) for s in taxonomy.skills.values()}
    return Directory(people, holdings, facilities, [StaffRecord("F-NMR", "ada", "lead")],
                     skills)


NEEDS = ["work out the structure of a molecule", "freeze proteins and image them",
         "cut metal parts on a machine", "look at cells under a laser microscope"]


def answers(index) -> list[list[tuple[str, float]]]:
    return [[(r.person.person_id, r.score) for r in search(index, need).results]
            for need in NEEDS]


def test_search_answers_the_same_with_the_store_cold_and_warm(fresh, store, taxonomy):
    directory, today = small_directory(taxonomy), date(2026, 12, 2)
    fresh()
    without = answers(build_index(taxonomy, directory, today=today, semantic=True))
    semantic.keep_vectors_in(store)
    cold = fresh()
    filled = answers(build_index(taxonomy, directory, today=today, semantic=True))
    warm = fresh()
    from_store = answers(build_index(taxonomy, directory, today=today, semantic=True))
    assert cold.counts["embedded"] > 0 and cold.counts["stored"] == 0
    assert warm.counts == {"embedded": 0, "stored": cold.counts["embedded"]}
    assert without == filled == from_store
    assert any(found for found in without)        # the needs do reach people


def test_a_damaged_file_is_replaced_and_never_an_error(fresh, store, caplog):
    store.parent.mkdir(parents=True)
    store.write_bytes(b"not a database at all " * 100)
    semantic.keep_vectors_in(store)
    with caplog.at_level(logging.WARNING, logger="skillmap.search"):
        got = fresh().remembered(TEXTS)
    assert "replacing the damaged vector store" in caplog.text
    again = fresh()
    assert np.array_equal(again.remembered(TEXTS), got)
    assert again.counts == {"embedded": 0, "stored": len(TEXTS)}


def test_an_unwritable_place_costs_only_the_embedding(fresh, tmp_path, monkeypatch, caplog):
    (tmp_path / "a-file").write_text("")
    monkeypatch.setattr(semantic, "_STORE", [tmp_path / "a-file" / "text-vectors.sqlite3"])
    with caplog.at_level(logging.WARNING, logger="skillmap.search"):
        embedder = fresh()
        got = embedder.remembered(TEXTS)
    assert got.shape == (len(TEXTS), 384) and embedder.counts["embedded"] == len(TEXTS)
    assert "could not write the vector store" in caplog.text


def test_another_models_vectors_and_damaged_rows_are_not_used(tmp_path):
    path = tmp_path / "v.sqlite3"
    VectorStore(path, "model-a", 4).put(["one", "two"], np.ones((2, 4), dtype=np.float32))
    assert VectorStore(path, "model-b", 4).get(["one", "two"]) == {}
    assert VectorStore(path, "model-a", 8).get(["one"]) == {}          # not this length
    VectorStore(path, "model-c", 4).put(["one"], np.array([[np.nan, 0, 0, 0]]))
    assert VectorStore(path, "model-c", 4).get(["one"]) == {}          # not a vector
    found = VectorStore(path, "model-a", 4).get(["one", "two", "three"])
    assert sorted(found) == ["one", "two"] and np.array_equal(found["one"], np.ones(4))


def test_the_model_identity_names_its_files_and_forward_pass(fresh, monkeypatch):
    before = fresh().identity
    monkeypatch.setattr(semantic, "FORWARD", "numpy-forward-other")
    assert fresh().identity != before and len(before) == 32


def test_embedding_over_threads_gives_the_same_vectors(fresh, monkeypatch):
    texts = [f"{t} number {i}" for i in range(20) for t in TEXTS]       # 4 batches
    embedder = fresh()
    monkeypatch.setattr(semantic, "THREADS", 1)
    alone = embedder.embed(texts)
    monkeypatch.setattr(semantic, "THREADS", 2)
    assert np.array_equal(embedder.embed(texts), alone)


def test_the_setting_defaults_to_the_instance_folder(tmp_path):
    assert Settings.read({"INSTANCE_DIR": str(tmp_path)}, {}).vector_store == str(
        tmp_path / "text-vectors.sqlite3")
    assert Settings.read({}, {"SKILLMAP_VECTOR_STORE": "/srv/v.sqlite3"}).vector_store \
        == "/srv/v.sqlite3"


def test_the_cli_import_fills_the_store_for_the_server(fresh, store, tmp_path, make_bundle,
                                                       small_taxonomy_dir, monkeypatch):
    monkeypatch.setenv("SKILLMAP_VECTOR_STORE", str(store))
    fresh()
    db = f"sqlite:///{tmp_path / 'cli.db'}"

    def run(*args: str):
        return CliRunner().invoke(cli, ["--db", db, "--taxonomies", str(small_taxonomy_dir),
                                        *args])
    assert run("init").exit_code == 0
    result = run("import", str(make_bundle(GOOD)))
    assert result.exit_code == 0, result.output
    assert "search index built:" in result.output and store.is_file()
    server = fresh()                        # a server started after it embeds nothing
    from skillmap.app import SkillmapApp
    app = SkillmapApp(Settings.read({"DATABASE_URL": db, "TAXONOMY_DIR": str(small_taxonomy_dir)}))
    app.workspace().build_all(["search"])
    assert server.counts["embedded"] == 0 and server.counts["stored"] > 0
    assert run("import", "--quiet", str(make_bundle(GOOD))).exit_code == 0
    assert "search index" not in run("import", "--dry-run", str(make_bundle(GOOD))).output
