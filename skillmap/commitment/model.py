"""The dashboard as plain data: what the page, the JSON API and the Excel export show.

Only aggregates: no person appears, no date of birth or retirement date, and
age and gender groups smaller than the ``small_group`` setting are None.
"""

from __future__ import annotations

from typing import Any

from dataclasses import asdict, dataclass, field

__all__ = ["Dashboard", "Metric", "Pillar", "Table"]


@dataclass(frozen=True)
class Metric:
    """One figure of one pillar, with its RAG colour and the rule that produced it.

    ``value`` is a share from 0 to 1 (``unit`` "share") or a count, rounded to 4
    places; None when it cannot be shown (nobody to count, or a suppressed
    small group). ``threshold`` is the green or amber threshold that decided
    ``rag`` (for red: the amber threshold that was missed); ``rule`` is the
    whole rule in words, e.g. "green ≥ 80%, amber ≥ 60%, red below 60%".
    """

    id: str
    label: str
    pillar: str
    value: float | None
    numerator: int | None
    denominator: int | None
    unit: str
    rag: str | None
    rule: str
    threshold: float | None
    direction: str | None
    note: str = ""


@dataclass(frozen=True)
class Table:
    """Plain rows (dicts keyed by ``columns``) for a chart or a sheet; None = suppressed."""

    id: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[dict[str, Any], ...]
    note: str = ""


@dataclass(frozen=True)
class Pillar:
    id: str
    label: str
    metrics: tuple[Metric, ...]
    tables: tuple[Table, ...]


@dataclass(frozen=True)
class Dashboard:
    """The evidence for a Technician Commitment self-assessment, for one scope.

    ``scope`` is "institution" (everyone in the directory, or in ``institution``)
    or "department"; ``people`` how many technicians it covers; ``as_of`` the
    ISO date the figures were computed for.
    """

    scope: str
    institution: str | None
    department: str | None
    people: int
    as_of: str
    pillars: tuple[Pillar, ...]
    settings: dict[str, Any] = field(default_factory=dict)
    notes: tuple[str, ...] = ()

    def metric(self, metric_id: str) -> Metric:
        """The metric `metric_id` (KeyError if there is none)."""
        for pillar in self.pillars:
            for metric in pillar.metrics:
                if metric.id == metric_id:
                    return metric
        raise KeyError(metric_id)

    def table(self, table_id: str) -> Table:
        """The table `table_id` (KeyError if there is none)."""
        for pillar in self.pillars:
            for table in pillar.tables:
                if table.id == table_id:
                    return table
        raise KeyError(table_id)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready form: tuples become lists, everything else is already plain.

        >>> d = Dashboard("department", None, "Physics", 0, "2026-01-01", ())
        >>> d.as_dict()["scope"], d.as_dict()["pillars"]
        ('department', [])
        """
        plain: dict[str, Any] = _lists(asdict(self))
        return plain



def _lists(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _lists(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_lists(v) for v in value]
    return value
