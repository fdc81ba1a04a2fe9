"""The vectors shipped for the taxonomy's own texts: fresh (one per text the taxonomy has now,
made by the installed model), the model's own figures, read by an index build in place of
embedding, and never used when they are another model's or unreadable."""

from __future__ import annotations

import logging
from datetime import date

import numpy as np
import pytest

from skillmap.bundle.records import HoldingRecord, PersonRecord
from skillmap.directory import Directory, SkillInfo
from skillmap.search import build_index, search, semantic
from skillmap.search.shipped import COMMAND, taxonomy_texts
from skillmap.search.vector_store import digest, read_shipped, write_shipped

pytestmark = pytest.mark.skipif(semantic.model_dir() is None,
                                reason="optional sentence model not installed")


@pytest.fixture(autouse=True)
def no_store(monkeypatch):
    """No vector store: a text is either shipped or embedded."""
    monkeypatch.setattr(semantic, "_STORE", [None])


def shipped_file() -> dict[str, np.ndarray]:
    with np.load(semantic.SHIPPED, allow_pickle=False) as data:
        return {name: data[name] for name in ("model", "digests", "vectors")}


def test_the_shipped_vectors_are_those_of_the_taxonomy_as_it_is(fresh, real_taxonomy):
    data = shipped_file()
    assert str(data["model"]) == fresh().identity, \
        f"the sentence model changed since the taxonomy's vectors were made: run {COMMAND}"
    shipped = {bytes(d) for d in data["digests"]}
    texts = {digest(t): t for t in taxonomy_texts(real_taxonomy)}
    new = sorted(texts[d] for d in texts.keys() - shipped)
    assert not new and len(shipped) == len(texts), (
        f"the taxonomy's texts changed since their vectors were made ({len(new)} new, e.g. "
        f"{new[:3]}; {len(shipped - texts.keys())} gone): run {COMMAND}")
    assert data["vectors"].dtype == np.float16 and data["vectors"].shape == (len(texts), 384)


def test_the_shipped_vectors_are_what_the_model_gives(fresh, real_taxonomy):
    embedder = fresh()
    sample = taxonomy_texts(real_taxonomy)[::80]                 # about 40, every kind
    shipped = embedder.shipped
    assert len(shipped) > 3000
    got = np.array([shipped[digest(t)] for t in sample])
    assert got.dtype == np.float32
    assert np.abs(got - embedder.embed(sample)).max() < 5e-4     # kept as float16


def small_directory(taxonomy) -> Directory:
    people = [PersonRecord(pid, pid.title(), "Tech", "Uni", "technical") for pid in ("ada", "bob")]
    holdings = [HoldingRecord("ada", "nmr-spectroscopy", 4, written="NMR (Bruker 600 MHz)"),
                HoldingRecord("bob", "cryo-em", 3)]
    skills = {s.id: SkillInfo(s.id, s.label, s.family) for s in taxonomy.skills.values()}
    return Directory(people, holdings, [], [], skills)


def answers(index) -> list[list[tuple[str, float]]]:
    return [[(r.person.person_id, r.score) for r in search(index, need).results]
            for need in ("work out the structure of a molecule", "freeze proteins and image them")]


def same(these: list[list[tuple[str, float]]], those: list[list[tuple[str, float]]]) -> bool:
    """The same people in the same order, scores within the float16 vectors' noise."""
    return all([p for p, _ in a] == [p for p, _ in b] and
               np.allclose([s for _, s in a], [s for _, s in b], atol=1e-3)
               for a, b in zip(these, those, strict=True))


def test_a_build_reads_the_taxonomy_texts_and_embeds_only_the_directorys(fresh, real_taxonomy,
                                                                       monkeypatch, tmp_path):
    directory, today = small_directory(real_taxonomy), date(2026, 12, 2)
    shipped = fresh()
    with_them = answers(build_index(real_taxonomy, directory, today=today, semantic=True))
    assert shipped.counts["shipped"] > 0
    assert shipped.counts["embedded"] == 1        # the one name a holder wrote: "NMR (Bruker 600 MHz)"
    monkeypatch.setattr(semantic, "SHIPPED", tmp_path / "none.npz")
    alone = fresh()
    assert same(answers(build_index(real_taxonomy, directory, today=today, semantic=True)),
                with_them)
    assert alone.counts["shipped"] == 0 and alone.counts["embedded"] == shipped.counts[
        "shipped"] + 1
    assert any(with_them)


def test_another_models_or_a_damaged_file_is_not_used(tmp_path, caplog):
    path = tmp_path / "vectors.npz"
    write_shipped(path, "model-a", ["one", "two"], np.ones((2, 4), dtype=np.float32))
    found = read_shipped(path, "model-a", 4)
    assert sorted(found) == sorted([digest("one"), digest("two")])
    assert np.array_equal(found[digest("one")], np.ones(4, dtype=np.float32))
    assert read_shipped(path, "model-b", 4) == {} and read_shipped(path, "model-a", 8) == {}
    assert read_shipped(tmp_path / "missing.npz", "model-a", 4) == {}
    path.write_bytes(b"not a zip file " * 10)
    with caplog.at_level(logging.WARNING, logger="skillmap.search"):
        assert read_shipped(path, "model-a", 4) == {}
    assert "could not read the shipped vectors" in caplog.text
