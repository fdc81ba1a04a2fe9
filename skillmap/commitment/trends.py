"""Trends: each import stores a snapshot of the metrics; a dashboard compares with one.

Snapshots are plain JSON: either the flat ``{metric id: value}`` of
:func:`metrics_snapshot` or a whole :meth:`~skillmap.commitment.Dashboard.as_dict`.
:func:`compare` accepts either form on both sides.
"""

from __future__ import annotations

from typing import Any

from collections.abc import Mapping

from skillmap.commitment.model import Dashboard

__all__ = ["compare", "metrics_snapshot"]


def metrics_snapshot(dashboard: Dashboard) -> dict[str, float | None]:
    """The dashboard's metric values by id, to store (as JSON) with an import.

    >>> from skillmap.commitment.model import Metric, Pillar
    >>> m = Metric("registered", "Registered", "recognition", 0.25, 1, 4, "share", "amber",
    ...            "", 0.2, "higher_is_better")
    >>> board = Dashboard("institution", None, None, 4, "2026-01-01",
    ...                   (Pillar("recognition", "Recognition", (m,), ()),))
    >>> metrics_snapshot(board)
    {'registered': 0.25}
    """
    return {m.id: m.value for pillar in dashboard.pillars for m in pillar.metrics}


def _values(snapshot: Mapping[str, Any]) -> dict[str, float | None]:
    if "pillars" in snapshot:
        return {m["id"]: m["value"] for p in snapshot["pillars"] for m in p["metrics"]}
    return {k: v for k, v in snapshot.items() if v is None or isinstance(v, int | float)}


def _directions(snapshot: Mapping[str, Any]) -> dict[str, str | None]:
    if "pillars" not in snapshot:
        return {}
    return {m["id"]: m.get("direction") for p in snapshot["pillars"] for m in p["metrics"]}


def compare(current: Mapping[str, Any], previous: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Each current metric's previous value, the change, and whether that is better.

    Parameters
    ----------
    current, previous : mapping
        ``Dashboard.as_dict()`` forms or :func:`metrics_snapshot` forms, e.g. as
        loaded back from JSON.

    Returns
    -------
    dict
        ``{metric id: {"previous": value or None, "change": current - previous
        (rounded to 4 places; None when either is missing), "trend": "better",
        "worse", "same" or None}}``. The trend needs the metric's direction, which
        only the ``as_dict`` form of `current` carries.

    Examples
    --------
    >>> now = {"pillars": [{"metrics": [
    ...     {"id": "registered", "value": 0.3, "direction": "higher_is_better"},
    ...     {"id": "aged_50_plus", "value": 0.42, "direction": "lower_is_better"},
    ...     {"id": "trainees", "value": 0.05, "direction": "higher_is_better"}]}]}
    >>> compare(now, {"registered": 0.25, "aged_50_plus": 0.4})  # doctest: +NORMALIZE_WHITESPACE
    {'registered': {'previous': 0.25, 'change': 0.05, 'trend': 'better'},
     'aged_50_plus': {'previous': 0.4, 'change': 0.02, 'trend': 'worse'},
     'trainees': {'previous': None, 'change': None, 'trend': None}}
    """
    before, directions = _values(previous), _directions(current)
    result = {}
    for metric_id, value in _values(current).items():
        old = before.get(metric_id)
        change = None if value is None or old is None else round(value - old, 4)
        result[metric_id] = {"previous": old, "change": change,
                             "trend": _trend(change, directions.get(metric_id))}
    return result


def _trend(change: float | None, direction: str | None) -> str | None:
    if change is None or direction is None:
        return None
    if change == 0:
        return "same"
    return "better" if (change > 0) == (direction == "higher_is_better") else "worse"
