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

__all__ = ["CoverStats", "UNKNOWN_WEIGHT", "aggregate", "levels_of", "severity",
           "severity_level"]

#: A holder whose retirement cannot be estimated counts as this much of their cover.
UNKNOWN_WEIGHT = 0.5
#: Weights of the within-tier score (they add up to 1).
WITHIN = {"lost": 0.35, "facility": 0.2, "no_practitioner": 0.15, "thin": 0.2, "unknown": 0.1}
TIER_WIDTH = 24.9


@dataclass
class CoverStats:
    """Per group: holders by level now and retiring, expert cover and bus factor (all arrays).

    Experts are holders at level 3 or 4 who used the skill recently (see
    :data:`~skillmap.succession.index.RECENT_YEARS`); practitioners are the other
    holders able to do the work (level 2, or an expert level not used recently).
    """

    by_level: np.ndarray            # (groups, 5) int: column l = holders at level l
    retiring_by_level: np.ndarray   # (groups, 5) int
    capable_now: np.ndarray         # practitioners and experts now
    practitioners: np.ndarray       # practitioners now (never expert cover)
    bus_factor: np.ndarray          # practitioners and experts not retiring within the horizon
    unknown: np.ndarray             # of those, how many have no retirement estimate
    cover_now: np.ndarray
    cover_remaining: np.ndarray
    experts_now: np.ndarray         # expert cover now
    experts_remaining: np.ndarray   # experts not retiring within the horizon
    experts_unknown: np.ndarray     # of those, how many have no retirement estimate
    practitioners_remaining: np.ndarray

    def __add__(self, other: CoverStats) -> CoverStats:
        return CoverStats(**{name: getattr(self, name) + getattr(other, name)
                             for name in self.__dataclass_fields__})

    def take(self, positions: np.ndarray) -> CoverStats:
        """The groups at `positions`, as a new CoverStats."""
        return CoverStats(**{name: getattr(self, name)[positions]
                             for name in self.__dataclass_fields__})


def aggregate(levels: np.ndarray, weights: np.ndarray, retiring: np.ndarray,
              unknown: np.ndarray, groups: np.ndarray, n_groups: int,
              expert: np.ndarray | None = None) -> CoverStats:
    """Sum holdings into `n_groups` groups.

    Parameters
    ----------
    levels, weights : arrays, one entry per holding
        Level 1-4 and cover weight (level weight x recency).
    retiring, unknown : bool arrays, one entry per holding
        The holder retires within the horizon (or leaves); their retirement is unknown.
    groups : int array
        The group of each holding, in ``range(n_groups)``.
    expert : bool array, optional
        The holding is expert cover (default: level 3 or above).

    Examples
    --------
    >>> s = aggregate(np.array([4, 3, 2, 1]), np.array([1.0, 0.85, 0.55, 0.0]),
    ...               np.array([True, False, False, False]), np.array([False, False, True, False]),
    ...               np.zeros(4, dtype=int), 1)
    >>> s.by_level[0].tolist(), int(s.capable_now[0]), int(s.bus_factor[0]), int(s.unknown[0])
    ([0, 1, 1, 1, 1], 3, 2, 1)
    >>> int(s.experts_now[0]), int(s.experts_remaining[0]), int(s.practitioners_remaining[0])
    (2, 1, 1)
    >>> round(float(s.cover_now[0]), 3), round(float(s.cover_remaining[0]), 3)
    (2.4, 1.125)
    """
    capable = levels >= 2
    expert = levels >= 3 if expert is None else expert & capable
    practitioner = capable & ~expert
    staying = capable & ~retiring
    flat = groups * 5 + levels

    def count(mask: np.ndarray) -> np.ndarray:
        return np.bincount(groups[mask], minlength=n_groups).astype(np.int64)

    kept = np.where(unknown, UNKNOWN_WEIGHT, 1.0) * weights
    return CoverStats(
        by_level=np.bincount(flat, minlength=n_groups * 5).reshape(n_groups, 5),
        retiring_by_level=np.bincount(flat[retiring],
                                      minlength=n_groups * 5).reshape(n_groups, 5),
        capable_now=count(capable), practitioners=count(practitioner),
        bus_factor=count(staying), unknown=count(staying & unknown),
        cover_now=np.bincount(groups, weights=np.where(capable, weights, 0.0),
                              minlength=n_groups),
        cover_remaining=np.bincount(groups, weights=np.where(staying, kept, 0.0),
                                    minlength=n_groups),
        experts_now=count(expert), experts_remaining=count(expert & staying),
        experts_unknown=count(expert & staying & unknown),
        practitioners_remaining=count(practitioner & staying))


def severity(stats: CoverStats, facility_critical: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Raw severity (0-100) and expert-only flag of each group, from its expert cover.

    Tiers, worst first (the score's floor in brackets); practitioners are never
    expert cover:

    - critical (75): a facility needs it and it loses all its expert cover within
      the horizon, whatever practitioners remain;
    - high (50): the last expert of a skill leaves; or a facility needs it and one
      expert remains, or only practitioners hold it now;
    - medium (25): one expert remains after the horizon; or no expert now and at
      most one practitioner remains; or a facility needs it and nobody in scope holds
      it (a gap today, or a skill recorded under another name: nothing retires);
    - low (0): the rest (two or more experts remain).

    Within a tier, up to 24.9 points: 0.35 x share of experts lost, 0.2 if a facility
    needs it, 0.15 if no practitioner remains, 0.2 / (1 + experts remaining),
    0.1 x share of remaining experts with no retirement estimate.

    >>> from skillmap.succession.risk import CoverStats
    >>> one = lambda *v: np.array(v)
    >>> z = one(0, 0)
    >>> s = CoverStats(np.zeros((2, 5)), np.zeros((2, 5)), one(3, 3), one(1, 0), one(1, 3),
    ...                z, one(1.85, 2.4), one(0.55, 2.4), one(2, 3), one(0, 3), z, one(1, 0))
    >>> scores, expert_only = severity(s, one(True, False))
    >>> scores.tolist(), expert_only.tolist()
    ([93.7, 5.0], [False, True])
    """
    C, E0, E = stats.capable_now, stats.experts_now, stats.experts_remaining
    P = stats.practitioners_remaining
    fc = np.asarray(facility_critical, dtype=bool)
    expert_only = (C > 0) & (stats.practitioners == 0)
    lost_all = (E0 > 0) & (E == 0)
    critical = fc & lost_all
    high = (~fc & lost_all) | (fc & ((E == 1) | ((E0 == 0) & (C > 0))))
    medium = (~fc & ((E == 1) | ((E0 == 0) & (C > 0) & (stats.bus_factor <= 1)))) | \
        (fc & (C == 0))
    floor = np.select([critical, high, medium], [75.0, 50.0, 25.0], 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        lost = np.where(E0 > 0, (E0 - E) / np.maximum(E0, 1), 0.0)
        unknown = np.where(E > 0, stats.experts_unknown / np.maximum(E, 1), 0.0)
    within = (WITHIN["lost"] * lost + WITHIN["facility"] * fc
              + WITHIN["no_practitioner"] * ((P == 0) & (C > 0))
              + WITHIN["thin"] * (C > 0) / (1 + E) + WITHIN["unknown"] * unknown)
    return np.round(floor + TIER_WIDTH * within, 1), expert_only


def levels_of(scores: np.ndarray) -> list[str]:
    """:func:`severity_level` of many scores at once.

    >>> levels_of(np.array([97.4, 50.0, 24.9]))
    ['critical', 'high', 'low']
    """
    names = [name for name, _ in SEVERITY_LEVELS]
    lowest = np.array([low for _, low in SEVERITY_LEVELS])
    return [names[i] for i in np.argmax(scores[:, None] >= lowest[None, :], axis=1).tolist()]


def severity_level(score: float) -> str:
    """The level name of a severity score.

    >>> [severity_level(s) for s in (97.4, 75.0, 74.9, 30, 0)]
    ['critical', 'critical', 'high', 'medium', 'low']
    """
    for name, lowest in SEVERITY_LEVELS:
        if score >= lowest:
            return name
    return SEVERITY_LEVELS[-1][0]
