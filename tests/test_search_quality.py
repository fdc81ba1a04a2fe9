"""Search quality on the demo institution: nDCG@10 >= 0.90 over the evaluation set."""

from __future__ import annotations

from collections import defaultdict
from statistics import mean

import pytest

from skillmap.search import search
from skillmap.search.evaluation import ndcg_at_k, reciprocal_rank
from tests.search_queries import QUERIES


@pytest.fixture
def demo(demo_search):
    """The demo directory and its search index (shared: searching changes neither)."""
    return demo_search


def test_evaluation_set_is_big_and_every_query_has_answers(demo):
    directory, _ = demo
    assert len(QUERIES) >= 60
    assert len({category for category, _, _ in QUERIES}) >= 7
    empty = [query for _, query, judge in QUERIES if not judge(directory)]
    assert empty == []


def test_ndcg_at_10_is_at_least_0_90(demo, capsys):
    directory, index = demo
    per_category = defaultdict(list)
    worst = []
    for category, query, judge in QUERIES:
        relevance = judge(directory)
        ranked = [r.person.person_id for r in search(index, query, limit=10).results]
        ndcg, rr = ndcg_at_k(ranked, relevance), reciprocal_rank(ranked, relevance)
        per_category[category].append((ndcg, rr))
        worst.append((ndcg, query))
    overall_ndcg = mean(n for scores in per_category.values() for n, _ in scores)
    overall_mrr = mean(r for scores in per_category.values() for _, r in scores)
    with capsys.disabled():
        print(f"\nsearch quality on the demo institution ({len(QUERIES)} queries): "
              f"nDCG@10 {overall_ndcg:.3f}, MRR {overall_mrr:.3f}")
        for category, scores in per_category.items():
            print(f"  {category:<13} n={len(scores):<3} nDCG@10 {mean(n for n, _ in scores):.3f}"
                  f"  MRR {mean(r for _, r in scores):.3f}")
        print("  weakest: " + "; ".join(f"{q!r} {n:.2f}" for n, q in sorted(worst)[:5]))
    assert overall_ndcg >= 0.90
