"""The succession report: skills and facilities at risk, ranked, for a scope and a horizon."""

from __future__ import annotations

from typing import Any

from collections.abc import Hashable, Iterable

import numpy as np

from skillmap.perf import collector_paused
from skillmap.succession.context import make_context
from skillmap.succession.definitions import definitions
from skillmap.succession.facilities import facility_risks
from skillmap.succession.index import SuccessionIndex
from skillmap.succession.model import Mitigation, SuccessionError, SuccessionReport
from skillmap.succession.privacy import NameScope, restrict
from skillmap.succession.profile import age_profile, heatmap, retirement_profile
from skillmap.succession.skills import GAP_SEVERITY, skill_risks

__all__ = ["MAX_HORIZON", "succession_report"]

MAX_HORIZON = 40


def succession_report(index: SuccessionIndex, *, horizon_years: int = 5,
                      departments: Iterable[str] | None = None, institution: str | None = None,
                      leaving: Iterable[str] = (), mitigations: Iterable[Mitigation] = (),
                      successors: int = 5,
                      viewer_departments: Iterable[str] | None = None,
                      memo: dict[Hashable, Any] | None = None) -> SuccessionReport:
    """Skills and facilities that depend on people retiring within `horizon_years`, ranked.

    Parameters
    ----------
    index : SuccessionIndex
        From :func:`~skillmap.succession.build_succession_index`.
    horizon_years : int
        Who counts as retiring: expected retirement within this many years of the
        index's day (0 to 40).
    departments, institution : optional
        The scope: people and facilities of these departments and/or this
        institution (default: everyone). Successors come from the whole institution.
    leaving : iterable of person ids
        A what-if: these people are treated as retiring now.
    mitigations : iterable of Mitigation
        Recorded actions; they lower the severity of their gap (raw stays visible).
    successors : int
        Candidates listed per gap.
    viewer_departments : iterable of str, optional
        A manager's departments: people elsewhere are named only when their profile
        is public, never with a retirement band, and otherwise counted by department
        (see :mod:`skillmap.succession.privacy`). None (an admin) names everyone.
    memo : dict, optional
        Where results that depend only on `index` are kept between reports (successor
        candidates, names); its owner must drop it with the index. A Workspace passes its
        own (see :meth:`skillmap.workspace.Workspace.succession`); default: this report only.

    Returns
    -------
    SuccessionReport
        Ranked ``skill_risks`` and ``facility_risks``, aggregates and definitions.

    Examples
    --------
    >>> from datetime import date
    >>> from skillmap.model import Directory, Holding, Person, SkillInfo
    >>> from skillmap.succession.index import build_succession_index
    >>> from skillmap.taxonomy import Taxonomy
    >>> people = [Person("A", "Ann", "Old", "U", "t", date_of_birth=date(1960, 1, 1)),
    ...           Person("B", "Ben", "New", "U", "t", date_of_birth=date(1990, 1, 1))]
    >>> d = Directory(people=people, holdings=[Holding("A", "tem", 4)],
    ...               skills={"tem": SkillInfo("tem", "TEM", "imaging")})
    >>> index = build_succession_index(Taxonomy({}, {}, {}, "t", (), {}), d,
    ...                                today=date(2026, 1, 1))
    >>> risk = succession_report(index, horizon_years=5).skill_risks[0]
    >>> risk.skill_id, risk.bus_factor, risk.level, [h.band for h in risk.retiring]
    ('tem', 0, 'high', ['within 2 years'])
    >>> [s.person_id for s in risk.successors]
    ['B']
    """
    if not isinstance(horizon_years, int) or not 0 <= horizon_years <= MAX_HORIZON:
        raise SuccessionError(f"horizon_years must be a whole number from 0 to {MAX_HORIZON}")
    if successors > 0 and not index.readiness:
        raise SuccessionError("this succession index was built without readiness: it can "
                              "list no successors (ask for successors=0)")
    if isinstance(departments, str):
        departments = [departments]
    departments = sorted(set(departments)) if departments is not None else None
    with collector_paused():
        report = _report(index, horizon_years, departments, institution, leaving, mitigations,
                         successors, {} if memo is None else memo)
    return restrict(report, NameScope(index, viewer_departments, memo=memo))


def _report(index: SuccessionIndex, horizon_years: int, departments: list[str] | None,
            institution: str | None, leaving: Iterable[str], mitigations: Iterable[Mitigation],
            successors: int, memo: dict[Hashable, Any]) -> SuccessionReport:
    ctx = make_context(index, horizon_years, departments, institution, leaving, mitigations,
                       successors, memo)
    facilities = _facilities_in_scope(index, departments, institution)
    table = skill_risks(ctx, facilities)
    ranked = sorted(table.risks, key=lambda r: (-r.mitigated_severity, -r.severity,
                                                r.institution, r.skill_id))
    rows = np.flatnonzero(ctx.scope)
    fac = facility_risks(ctx, facilities, table)
    return SuccessionReport(
        as_of=index.today.isoformat(), horizon_years=horizon_years, institution=institution,
        departments=departments, leaving=[index.ids[r] for r in np.flatnonzero(ctx.leaving)],
        people=len(rows), unknown_retirement=int((index.retire_day[rows] < 0).sum()),
        retirement_profile=retirement_profile(index, rows), skill_risks=ranked,
        facility_risks=[f for f in fac if f.severity >= GAP_SEVERITY],
        covered_facilities=[f for f in fac if f.severity < GAP_SEVERITY],
        age_profile=age_profile(index, rows),
        heatmap=heatmap(index, rows, ctx.retiring),
        families={f: index.family_labels.get(f, f) for f in index.family_codes},
        definitions=definitions(horizon_years), notes=ctx.notes)


def _facilities_in_scope(index: SuccessionIndex, departments: list[str] | None,
                         institution: str | None) -> list[int]:
    wanted = set(departments) if departments is not None else None
    return [i for i, f in enumerate(index.facilities)
            if (institution is None or f.institution == institution)
            and (wanted is None or f.department in wanted)]
