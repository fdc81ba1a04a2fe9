"""What every part of one report shares: scope, who is retiring, mitigations, and helpers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from skillmap.retirement import BANDS, add_years
from skillmap.succession.index import SuccessionIndex
from skillmap.succession.mitigation import view_mitigation
from skillmap.succession.model import Holder, Mitigation, MitigationView

__all__ = ["Context", "by_level", "make_context", "reasons"]

LEAVING_BASIS = "leaving (what if)"


@dataclass
class Context:
    """One report's view of the index."""

    index: SuccessionIndex
    horizon: int
    horizon_end: date
    scope: np.ndarray          # bool per person
    retiring: np.ndarray       # bool per person: retires within the horizon or leaves
    leaving: np.ndarray        # bool per person
    unknown: np.ndarray        # bool per person: no retirement estimate (and not leaving)
    mitigations: dict[tuple[str, str], list[MitigationView]]
    top: int
    notes: list[str] = field(default_factory=list)
    _holders: dict[tuple[int, int], Holder] = field(default_factory=dict)

    def holder(self, row: int, level: int) -> Holder:
        """Person `row` as a retiring holder at `level` (one shared object per pair)."""
        key = (row, level)
        found = self._holders.get(key)
        if found is None:
            index = self.index
            found = self._holders[key] = Holder(
                person_id=index.ids[row], name=index.names[row],
                department=index.departments[index.department[row]] or None, level=level,
                band=BANDS[index.band[row]],
                basis=LEAVING_BASIS if self.leaving[row] else index.basis[row])
        return found


def make_context(index: SuccessionIndex, horizon: int, departments: Iterable[str] | None,
                 institution: str | None, leaving: Iterable[str],
                 mitigations: Iterable[Mitigation], top: int) -> Context:
    """The scope mask, who retires within `horizon` years (or leaves), and the mitigations."""
    n = len(index.ids)
    scope = np.ones(n, dtype=bool)
    if institution is not None:
        code = index.institutions.index(institution) if institution in index.institutions else -1
        scope &= index.institution == code
    if departments is not None:
        wanted = set(departments)
        scope &= np.isin(index.department,
                         [i for i, name in enumerate(index.departments) if name in wanted])
    leaving = set(leaving)
    leaving_mask = np.zeros(n, dtype=bool)
    leaving_mask[[index.row_of[p] for p in leaving if p in index.row_of]] = True
    end = add_years(index.today, horizon)
    known = index.retire_day >= 0
    retiring = (known & (index.retire_day <= end.toordinal())) | leaving_mask
    views: dict[tuple[str, str], list[MitigationView]] = {}
    for m in mitigations:
        views.setdefault(m.target, []).append(view_mitigation(m, index, retiring, end))
    ctx = Context(index, horizon, end, scope, retiring, leaving_mask, ~known & ~leaving_mask,
                  views, top)
    unknown_ids = sorted(p for p in leaving if p not in index.row_of)
    if unknown_ids:
        ctx.notes.append("not in the directory, so not counted as leaving: "
                         + ", ".join(unknown_ids))
    return ctx


def by_level(counts: list[int]) -> dict[int, int]:
    """Counts per level 1-4 from a row of five (column 0 unused).

    >>> by_level([0, 2, 0, 1, 1])
    {1: 2, 2: 0, 3: 1, 4: 1}
    """
    return {1: counts[1], 2: counts[2], 3: counts[3], 4: counts[4]}


def reasons(horizon: int, capable: int, bus: int, retiring: int, unknown: int,
            facilities: int, expert_only: bool) -> list[str]:
    """Why a skill or facility ranks where it does, in plain words.

    >>> for line in reasons(5, 2, 0, 2, 0, 1, True): print(line)
    all 2 people able to do it retire within 5 years
    needed by 1 facility
    only experts can do it
    >>> for line in reasons(5, 3, 1, 2, 1, 0, False): print(line)
    single point of failure: one person able to do it remains
    2 of 3 people able to do it retire within 5 years
    1 of those remaining has no retirement estimate
    """
    h, found = horizon, []
    if capable == 0:
        found.append("nobody in scope can do it")
    elif bus == 0:
        found.append(f"the only person able to do it retires within {h} years" if capable == 1
                     else f"all {capable} people able to do it retire within {h} years")
    elif bus == 1:
        found.append("single point of failure: one person able to do it remains")
    if retiring and bus:
        verb = "retires" if retiring == 1 else "retire"
        found.append(f"{retiring} of {capable} people able to do it {verb} within {h} years")
    if facilities:
        found.append(f"needed by {facilities} facilit{'y' if facilities == 1 else 'ies'}")
    if expert_only:
        found.append("only experts can do it")
    if unknown:
        found.append(f"{unknown} of those remaining ha{'s' if unknown == 1 else 've'} "
                     "no retirement estimate")
    return found
