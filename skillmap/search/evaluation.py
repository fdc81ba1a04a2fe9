"""Ranking quality measures: nDCG@k with graded relevance, and mean reciprocal rank."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

__all__ = ["dcg", "ndcg_at_k", "reciprocal_rank"]


def dcg(gains: Sequence[float]) -> float:
    """Discounted cumulative gain, ``sum((2**g - 1) / log2(rank + 1))``.

    >>> round(dcg([3, 2, 0]), 4)
    8.8928
    """
    return sum((2 ** g - 1) / math.log2(rank + 2) for rank, g in enumerate(gains))


def ndcg_at_k(ranked: Sequence[str], relevance: Mapping[str, float], k: int = 10) -> float:
    """nDCG@k of `ranked` ids against graded `relevance` (missing ids count 0).

    >>> ndcg_at_k(["a", "b"], {"a": 3, "b": 1})
    1.0
    >>> round(ndcg_at_k(["b", "a"], {"a": 3, "b": 1}), 3)
    0.71
    """
    ideal = dcg(sorted((g for g in relevance.values() if g > 0), reverse=True)[:k])
    if ideal == 0:
        return 1.0 if not ranked else 0.0
    return dcg([relevance.get(item, 0) for item in ranked[:k]]) / ideal


def reciprocal_rank(ranked: Sequence[str], relevance: Mapping[str, float]) -> float:
    """1/rank of the first relevant item, 0 when none is.

    >>> reciprocal_rank(["x", "a"], {"a": 2})
    0.5
    """
    return next((1 / rank for rank, item in enumerate(ranked, 1) if relevance.get(item, 0) > 0),
                0.0)
