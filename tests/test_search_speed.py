"""Search's shortcuts for speed (round 12) answer exactly as the plain computations they
replace: spelling matches scored only where they can match, BM25 read by column, the
TF-IDF query vector without scikit-learn's input checks, the sentence model's products on
one thread, and the memos they keep stay bounded."""

from __future__ import annotations

import random
import string

import numpy as np
import pytest
from rapidfuzz import fuzz, process
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer

from skillmap.search import build_index, search, semantic
from skillmap.search.index import text_query
from skillmap.search.near import NearChoices
from skillmap.search.query import TermTable
from skillmap.search.text import BM25

installed = pytest.mark.skipif(semantic.load_embedder() is None,
                               reason="optional model not installed")


def _misspelt(rng: random.Random, word: str) -> str:
    i = rng.randrange(len(word))
    return rng.choice([word[:i] + word[i + 1:], word[:i] + rng.choice("aeiost") + word[i:],
                       word[:i] + word[i + 1:i + 2] + word[i:i + 1] + word[i + 2:]])


def test_near_choices_answer_as_rapidfuzz_does():
    rng = random.Random(12)
    words = ["".join(rng.choice("abcdelmnorstu") for _ in range(rng.randint(2, 9)))
             for _ in range(300)]
    choices = [" ".join(rng.sample(words, rng.randint(1, 3))) for _ in range(2000)]
    choices += ["zoë-ct µx", "a", "ab ab", choices[5], choices[5]]       # odd letters, ties
    near = NearChoices(choices)
    texts = [_misspelt(rng, rng.choice(choices)) for _ in range(400)] + [
        " ".join(rng.sample(words, 2)) for _ in range(200)] + ["", "zoe-ct µx", choices[5]]
    for text in texts:
        for cutoff in (60, 84, 86, 95):
            want = process.extractOne(text, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
            assert near.extract_one(text, cutoff) == (tuple(want) if want else None), text


def test_the_term_table_keeps_one_near_table_per_span_length():
    table = TermTable({"cnc milling": ("skill", "cnc", "exact"),
                       "confocal microscopy": ("skill", "confocal", "exact")},
                      names={"amber lambert": ("P1",)})
    assert table.near(2) is table.near(2) and table.near(2).choices == ["cnc milling",
                                                                       "confocal microscopy"]
    assert table.near(0).choices == ["amber lambert"] and table.near(7).choices == []
    assert set(table._near) == {0, 2, 7}         # one per length in words: a handful


def test_bm25_by_column_gives_the_same_scores_and_cover():
    rng = random.Random(5)
    vocabulary = [w for w in ("".join(rng.choice(string.ascii_lowercase) for _ in range(6))
                              for _ in range(80))]
    documents = [" ".join(rng.choices(vocabulary, k=rng.randint(1, 30))) for _ in range(200)]
    bm = BM25(documents)
    stems = list(bm.vocabulary)
    for _ in range(300):
        words = rng.sample(stems, rng.randint(1, 10))
        cols = sorted({bm.vocabulary[w] for w in words})
        plain = bm.matrix[:, cols]                      # what scores computed before
        want = np.asarray(plain.sum(axis=1), dtype=np.float32).ravel()
        assert np.array_equal(bm.scores(words), want)
        if len(cols) > 1:
            held = np.diff(csr_matrix(plain).indptr).astype(np.float32)
            assert np.array_equal(bm.scores(words, coordination=1.0),
                                  want * (held / len(cols)) ** 1.0)
        row = rng.randrange(len(documents))
        assert bm.covers(row, words[:2]) == all(bm.matrix[row, bm.vocabulary[w]] > 0
                                                for w in words[:2])


def test_the_text_query_vector_is_scikit_learns():
    rng = random.Random(7)
    words = ["glass", "blowing", "cryo", "em", "nmr", "vacuum", "line", "mass", "spec", "the"]
    documents = [" ".join(rng.choices(words, k=rng.randint(0, 12))) for _ in range(150)]
    vectorizer = TfidfVectorizer(sublinear_tf=True, stop_words="english", dtype=np.float32)
    vectorizer.fit(documents)
    for text in documents[:100] + ["", "nothing known here", "NMR nmr NMR vacuum-line"]:
        want = vectorizer.transform([text])
        indices, weights = text_query(vectorizer, text)
        assert np.array_equal(indices, want.indices) and np.array_equal(weights, want.data)
        assert weights.dtype == want.data.dtype


@installed
def test_cosines_on_one_thread_are_the_product():
    embedder = semantic.load_embedder()
    rng = np.random.default_rng(3)
    vectors = rng.standard_normal((3000, embedder.dimensions), dtype=np.float32)
    query = embedder.query("freeze protein for electron microscopy")
    assert np.array_equal(embedder.cosines(vectors, query), vectors @ query)


@installed
def test_the_build_embeds_the_labels_a_need_is_ranked_against(demo_search, real_taxonomy):
    directory, _ = demo_search
    index = build_index(real_taxonomy, directory, semantic=True)
    embedder = semantic.load_embedder()
    labels = [index.skill_labels[s] for s in index.written if s in index.skill_labels]
    assert labels and all(label in embedder._texts for label in labels)
    for text in ("record the heart's electrical activity", "grow bacteria from soil samples"):
        first = search(index, text)
        embedder._queries.clear()            # the same answer when nothing is remembered
        again = search(index, text)
        assert [(r.person.person_id, r.score) for r in again.results] == [
            (r.person.person_id, r.score) for r in first.results]
