"""Cover, bus factor and severity, computed for many groups of holders at once.

A *group* is one skill in one institution (or one required skill of one
facility). :func:`aggregate` sums the holdings of each group with
``numpy.bincount``; :func:`severity` turns the sums into a score. The
definitions are spelled out for managers in :mod:`skillmap.succession.definitions`.
"""

from __future__ import annotations

from typing import Any

from dataclasses import dataclass

import numpy as np

from skillmap.succession.model import SEVERITY_LEVELS

__all__ = ["CoverStats", "UNKNOWN_WEIGHT", "aggregate", "severity", "severity_level"]

#: A holder whose retirement cannot be estimated counts as this much of their cover.
UNKNOWN_WEIGHT = 0.5
#: Weights of the within-tier score (they add up to 1).
WITHIN = {"lost": 0.3, "lost_share": 0.3, "facility": 0.2, "expert_only": 0.1, "weak": 0.1}
TIER_WIDTH = 24.9


@dataclass
class CoverStats:
    """Per group: holders by level now and retiring, bus factor and cover (all arrays)."""

    by_level: np.ndarray            # (groups, 5) int: column l = holders at level l
    retiring_by_level: np.ndarray   # (groups, 5) int
    capable_now: np.ndarray         # practitioners and above now
    practitioners: np.ndarray       # exactly level 2 now
    bus_factor: np.ndarray          # practitioners and above not retiring within the horizon
    unknown: np.ndarray             # of those, how many have no retirement estimate
    cover_now: np.ndarray
    cover_remaining: np.ndarray

    def __add__(self, other: CoverStats) -> CoverStats:
        return CoverStats(**{name: getattr(self, name) + getattr(other, name)
                             for name in self.__dataclass_fields__})

    def take(self, positions: np.ndarray) -> CoverStats:
        """The groups at `positions`, as a new CoverStats."""
        return CoverStats(**{name: getattr(self, name)[positions]
                             for name in self.__dataclass_fields__})


def aggregate(levels: np.ndarray, weights: np.ndarray, retiring: np.ndarray,
              unknown: np.ndarray, groups: np.ndarray, n_groups: int) -> CoverStats:
    """Sum holdings into `n_groups` groups.

    Parameters
    ----------
    levels, weights : arrays, one entry per holding
        Level 1-4 and cover weight (level weight x recency).
    retiring, unknown : bool arrays, one entry per holding
        The holder retires within the horizon (or leaves); their retirement is unknown.
    groups : int array
        The group of each holding, in ``range(n_groups)``.

    Examples
    --------
    >>> s = aggregate(np.array([4, 3, 2, 1]), np.array([1.0, 0.85, 0.55, 0.0]),
    ...               np.array([True, False, False, False]), np.array([False, False, True, False]),
    ...               np.zeros(4, dtype=int), 1)
    >>> s.by_level[0].tolist(), int(s.capable_now[0]), int(s.bus_factor[0]), int(s.unknown[0])
    ([0, 1, 1, 1, 1], 3, 2, 1)
    >>> round(float(s.cover_now[0]), 3), round(float(s.cover_remaining[0]), 3)
    (2.4, 1.125)
    """
    capable = levels >= 2
    staying = capable & ~retiring
    flat = groups * 5 + levels

    def count(mask: Any) -> Any:
        return np.bincount(groups[mask], minlength=n_groups).astype(np.int64)

    kept = np.where(unknown, UNKNOWN_WEIGHT, 1.0) * weights
    return CoverStats(
        by_level=np.bincount(flat, minlength=n_groups * 5).reshape(n_groups, 5),
        retiring_by_level=np.bincount(flat[retiring],
                                      minlength=n_groups * 5).reshape(n_groups, 5),
        capable_now=count(capable), practitioners=count(levels == 2),
        bus_factor=count(staying), unknown=count(staying & unknown),
        cover_now=np.bincount(groups, weights=np.where(capable, weights, 0.0),
                              minlength=n_groups),
        cover_remaining=np.bincount(groups, weights=np.where(staying, kept, 0.0),
                                    minlength=n_groups))


def severity(stats: CoverStats, facility_critical: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Raw severity (0-100) and expert-only flag of each group.

    Tiers, worst first (the score's floor in brackets):

    - critical (75): bus factor 0 or 1 and a facility needs it;
    - high (50): any other bus factor of 0 or 1 (a single point of failure), or a
      facility needs it, only experts can do it and the bus factor is 2;
    - medium (25): bus factor 2, or half the cover or more lost within the horizon,
      or a facility needs it and nobody in scope can do it;
    - low (0): the rest.

    Within a tier, up to 24.9 points: 0.3 if nobody capable is left, 0.3 x share of
    cover lost, 0.2 if facility-critical, 0.1 if expert-only, 0.1 x how weak the
    remaining cover is per remaining holder. Groups nobody can do now are never
    "critical" or "high": there is nothing left to lose.

    >>> from skillmap.succession.risk import CoverStats
    >>> one = lambda *v: np.array(v)
    >>> s = CoverStats(np.zeros((2, 5)), np.zeros((2, 5)), one(2, 3), one(0, 1), one(0, 3),
    ...                one(0, 0), one(1.85, 2.4), one(0.0, 2.4))
    >>> scores, expert_only = severity(s, one(True, False))
    >>> scores.tolist(), expert_only.tolist()
    ([97.4, 0.5], [True, False])
    """
    C, B = stats.capable_now, stats.bus_factor
    with np.errstate(divide="ignore", invalid="ignore"):
        lost = np.clip(np.where(stats.cover_now > 0, 1 - stats.cover_remaining / stats.cover_now,
                                0.0), 0, 1)
        weak = np.clip(np.where(B > 0, 1 - stats.cover_remaining / np.maximum(B, 1), 0.0), 0, 1)
    fc = np.asarray(facility_critical, dtype=bool)
    expert_only = (C > 0) & (stats.practitioners == 0)
    fragile = (C > 0) & (B <= 1)
    critical = fragile & fc
    high = (fragile & ~fc) | (fc & expert_only & (B == 2))
    medium = ~fragile & ((B == 2) | (lost >= 0.5) | ((C == 0) & fc))
    floor = np.select([critical, high, medium], [75.0, 50.0, 25.0], 0.0)
    within = (WITHIN["lost"] * ((B == 0) & (C > 0)) + WITHIN["lost_share"] * lost
              + WITHIN["facility"] * fc + WITHIN["expert_only"] * expert_only
              + WITHIN["weak"] * weak)
    return np.round(floor + TIER_WIDTH * within, 1), expert_only


def severity_level(score: float) -> str:
    """The level name of a severity score.

    >>> [severity_level(s) for s in (97.4, 75.0, 74.9, 30, 0)]
    ['critical', 'critical', 'high', 'medium', 'low']
    """
    for name, lowest in SEVERITY_LEVELS:
        if score >= lowest:
            return name
    return SEVERITY_LEVELS[-1][0]
