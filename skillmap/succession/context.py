"""What every part of one report shares: scope, who is retiring, mitigations, and helpers."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any
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
    #: Who retires is fixed by the horizon alone when nobody is marked as leaving: results
    #: that depend only on it are kept in `memo` under this key (None: not kept).
    retiring_key: tuple[int, int] | None = None
    #: Results that depend only on the index (successor candidates, skill gaps), kept
    #: between reports by whoever owns the index's lifetime: the Workspace (see
    #: :meth:`skillmap.workspace.Workspace.succession`); a fresh dict keeps them for one report.
    memo: dict[Hashable, Any] = field(default_factory=dict)
    _holders: dict[tuple[int, int, bool], Holder] = field(default_factory=dict)

    def holder(self, row: int, level: int, expert: bool) -> Holder:
        """Person `row` as a retiring holder at `level` (one shared object per triple)."""
        key = (row, level, expert)
        found = self._holders.get(key)
        if found is None:
            index = self.index
            found = self._holders[key] = Holder(
                person_id=index.ids[row], name=index.names[row],
                department=index.departments[index.department[row]] or None, level=level,
                band=BANDS[index.band[row]],
                basis=LEAVING_BASIS if self.leaving[row] else index.basis[row], expert=expert)
        return found


def make_context(index: SuccessionIndex, horizon: int, departments: Iterable[str] | None,
                 institution: str | None, leaving: Iterable[str],
                 mitigations: Iterable[Mitigation], top: int,
                 memo: dict[Hashable, Any] | None = None) -> Context:
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
    leaving_mask &= scope
    end = add_years(index.today, horizon)
    known = index.retire_day >= 0
    retiring = (known & (index.retire_day <= end.toordinal())) | leaving_mask
    views: dict[tuple[str, str], list[MitigationView]] = {}
    for m in mitigations:     # a trainee's retirement counts only when they are in scope
        views.setdefault(m.target, []).append(view_mitigation(m, index, retiring & scope, end))
    ctx = Context(index, horizon, end, scope, retiring, leaving_mask, ~known & ~leaving_mask,
                  views, top, retiring_key=None if leaving_mask.any() else (horizon, top),
                  memo={} if memo is None else memo)
    ignored = sorted(leaving - {index.ids[r] for r in np.flatnonzero(leaving_mask)})
    if ignored:
        ctx.notes.append("not counted as leaving (not someone in this report's scope): "
                         + ", ".join(ignored))
    return ctx


def by_level(counts: list[int]) -> dict[int, int]:
    """Counts per level 1-4 from a row of five (column 0 unused).

    >>> by_level([0, 2, 0, 1, 1])
    {1: 2, 2: 0, 3: 1, 4: 1}
    """
    return {1: counts[1], 2: counts[2], 3: counts[3], 4: counts[4]}


def _n(count: int, word: str) -> str:
    """``_n(1, "expert")`` -> "1 expert"; ``_n(2, "expert")`` -> "2 experts"."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def reasons(ctx: Context, experts_now: int, experts_remaining: int, practitioners_now: int,
            practitioners_remaining: int, unknown: int, facilities: int) -> list[str]:
    """Why a skill or facility ranks where it does (see :func:`_why`), kept in the report's
    memo: the same counts always read the same."""
    key = ("reasons", ctx.horizon, experts_now, experts_remaining, practitioners_now,
           practitioners_remaining, unknown, facilities)
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = tuple(_why(*key[1:]))
    return list(found)


def _why(horizon: int, experts_now: int, experts_remaining: int, practitioners_now: int,
            practitioners_remaining: int, unknown: int, facilities: int) -> list[str]:
    """Why a skill or facility ranks where it does, in plain words, from its expert cover.

    >>> for line in _why(5, 2, 0, 1, 1, 0, 1): print(line)
    both experts retire within 5 years: no expert cover remains
    1 practitioner remains (practitioners are not expert cover)
    needed by 1 facility
    >>> for line in _why(5, 3, 1, 0, 0, 1, 0): print(line)
    2 of 3 experts retire within 5 years: one expert remains, a single point of failure
    no practitioner to step up
    the remaining expert has no retirement estimate
    >>> _why(5, 0, 0, 2, 2, 0, 0)
    ['no expert now: 2 practitioners only']
    """
    h, e0, e, p0, p = horizon, experts_now, experts_remaining, practitioners_now, \
        practitioners_remaining
    leaving = e0 - e
    found = []
    if e0 == 0:
        found.append(f"no expert now: {_n(p0, 'practitioner')} only" if p0
                     else "nobody in scope can do it")
    elif e == 0:
        who = ("the only expert retires" if e0 == 1 else "both experts retire" if e0 == 2
               else f"all {e0} experts retire")
        found.append(f"{who} within {h} years: no expert cover remains")
    elif leaving:
        remain = ("one expert remains, a single point of failure" if e == 1
                  else f"{e} experts remain")
        found.append(f"{leaving} of {e0} experts retire{'s' if leaving == 1 else ''} "
                     f"within {h} years: {remain}")
    elif e == 1:
        found.append("one expert only: a single point of failure")
    else:
        found.append(f"{e} experts, none retiring within {h} years")
    if e0 and e <= 1:
        found.append(f"{_n(p, 'practitioner')} remain{'s' if p == 1 else ''} "
                     "(practitioners are not expert cover)" if p else
                     "no practitioner to step up")
    if facilities:
        found.append(f"needed by {facilities} facilit{'y' if facilities == 1 else 'ies'}")
    if unknown:
        found.append("the remaining expert has no retirement estimate" if unknown == e == 1
                     else f"{unknown} of the remaining experts have no retirement estimate")
    return found
