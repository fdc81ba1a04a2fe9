"""What a manager may see of a report: names only in scope, and public profiles elsewhere.

A manager's report counts cover among the people of their departments, so its
holders are all in scope. Successor candidates, facility staff and trainees can
come from anywhere in the institution: people of other departments appear by
name only when their profile is public, and then never with a retirement band;
the others appear only as counts by department.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import replace
from typing import Any, Callable, TypeVar

from skillmap.succession.index import SuccessionIndex
from skillmap.succession.model import (FacilityRisk, MitigationView, SkillRisk, StaffMember,
                                       SuccessionReport, Successor)

__all__ = ["HIDDEN_BAND", "NameScope", "restrict"]

#: The band shown for people outside the viewer's departments.
HIDDEN_BAND = "not shown"
R = TypeVar("R", SkillRisk, FacilityRisk)
T = TypeVar("T", Successor, StaffMember)


class NameScope:
    """Who a viewer may name, and whose retirement they may know, in one index.

    >>> from datetime import date
    >>> from skillmap.model import Directory, Person
    >>> from skillmap.succession.index import build_succession_index
    >>> from skillmap.taxonomy import Taxonomy
    >>> people = [Person("A", "Ann", "A", "U", "t", department="Physics", public=False),
    ...           Person("B", "Bo", "B", "U", "t", department="Chemistry"),
    ...           Person("C", "Cy", "C", "U", "t", department="Chemistry", public=False)]
    >>> index = build_succession_index(Taxonomy({}, {}, {}, "t", (), {}), Directory(people),
    ...                                today=date(2026, 1, 1))
    >>> scope = NameScope(index, {"Physics"})
    >>> [(p, scope.in_scope(p), scope.nameable(p)) for p in ("A", "B", "C", "X")]
    [('A', True, True), ('B', False, True), ('C', False, False), ('X', False, False)]
    """

    def __init__(self, index: SuccessionIndex, departments: Iterable[str] | None, *,
                 memo: dict[Hashable, Any] | None = None) -> None:
        self.index = index
        self.departments = None if departments is None else frozenset(departments)
        #: Where the casefolded names are kept: the Workspace's memo lives as long as the
        #: index (see :meth:`skillmap.workspace.Workspace.name_scope`), else this scope.
        self.memo: dict[Hashable, Any] = {} if memo is None else memo

    def in_scope(self, person_id: str | None) -> bool:
        """The viewer may know this person's retirement band (their own department)."""
        row = self.index.row_of.get(person_id or "")
        if row is None:
            return False
        return self.departments is None or \
            self.index.departments[self.index.department[row]] in self.departments

    def nameable(self, person_id: str | None) -> bool:
        """The viewer may see this person's name: in scope, or a public profile."""
        row = self.index.row_of.get(person_id or "")
        return row is not None and (self.in_scope(person_id) or bool(self.index.public[row]))

    def find(self, text: str, *, in_scope_only: bool, limit: int = 10) -> list[dict[str, str]]:
        """People the viewer may name (or, with `in_scope_only`, who are in scope) whose
        name contains every word of `text` or whose id is `text`; best matches first.

        Only names and departments: never a band or a date.
        """
        words = text.casefold().split()
        if not words:
            return []
        names = self.memo.get("casefolded names")
        if names is None:
            names = self.memo["casefolded names"] = [n.casefold() for n in self.index.names]
        allowed = self.in_scope if in_scope_only else self.nameable
        exact = text.strip()
        found = [exact] if exact in self.index.row_of and allowed(exact) else []
        for row, name in enumerate(names):
            if len(found) >= limit * 5:
                break
            pid = self.index.ids[row]
            if all(w in name for w in words) and pid not in found and allowed(pid):
                found.append(pid)
        query = " ".join(words)
        found.sort(key=lambda p: (p != exact, not names[self.index.row_of[p]].startswith(query),
                                  names[self.index.row_of[p]]))
        return [{"person_id": p, "name": self.index.names[self.index.row_of[p]],
                 "department": self.department_of(p)} for p in found[:limit]]

    def resolve(self, text: str, *, in_scope_only: bool) -> str | None:
        """The person id `text` names (an id, or a name matching exactly one person the
        viewer may name), or None. Unknown and hidden people give the same None."""
        text = text.strip()
        if not text:
            return None
        allowed = self.in_scope if in_scope_only else self.nameable
        if text in self.index.row_of:
            return text if allowed(text) else None
        folded = " ".join(text.casefold().split())
        matches = [p["person_id"] for p in self.find(text, in_scope_only=in_scope_only,
                                                     limit=50)]
        exact = [p for p in matches if self.index.names[self.index.row_of[p]].casefold()
                 == folded]
        if len(exact) == 1:
            return exact[0]
        return matches[0] if len(matches) == 1 else None

    def department_of(self, person_id: str) -> str:
        row = self.index.row_of[person_id]
        return self.index.departments[self.index.department[row]] or "no department"


def restrict(report: SuccessionReport, scope: NameScope) -> SuccessionReport:
    """`report` as a viewer limited to `scope` may see it (unchanged for admins)."""
    if scope.departments is None:
        return report
    return replace(report,
                   skill_risks=[_risk(r, scope) for r in report.skill_risks],
                   facility_risks=[_risk(f, scope) for f in report.facility_risks],
                   covered_facilities=[_risk(f, scope) for f in report.covered_facilities])


def _risk(risk: R, scope: NameScope) -> R:
    successors, others = _successors(risk.successors, scope)
    changes: dict[str, Any] = {"successors": successors, "other_candidates": others,
                     "retiring": [h for h in risk.retiring if scope.in_scope(h.person_id)],
                     "mitigations": [_mitigation(m, scope) for m in risk.mitigations]}
    if isinstance(risk, FacilityRisk):
        changes["staff"], changes["other_staff"] = _staff(risk.staff, scope)
    return replace(risk, **changes)


def _split(items: list[T], scope: NameScope, hide: Callable[[T], T]) -> tuple[list[T],
                                                                              dict[str, int]]:
    """Items about people in scope as they are, public profiles elsewhere through `hide`,
    the rest counted by department."""
    shown: list[T] = []
    others: Counter[str] = Counter()
    for item in items:
        pid = getattr(item, "person_id")
        if scope.in_scope(pid):
            shown.append(item)
        elif scope.nameable(pid):
            shown.append(hide(item))
        else:
            others[scope.department_of(pid)] += 1
    return shown, dict(sorted(others.items()))


def _successors(successors: list[Successor],
                scope: NameScope) -> tuple[list[Successor], dict[str, int]]:
    return _split(successors, scope, lambda s: replace(
        s, retirement_band=HIDDEN_BAND, reasons=tuple(r for r in s.reasons
                                                      if "retirement" not in r)))


def _staff(staff: list[StaffMember],
           scope: NameScope) -> tuple[list[StaffMember], dict[str, int]]:
    return _split(staff, scope, lambda m: replace(m, band=HIDDEN_BAND, retiring=None))


def _mitigation(view: MitigationView, scope: NameScope) -> MitigationView:
    if view.trainee is None or scope.in_scope(view.trainee):
        return view
    warnings = tuple(w for w in view.warnings if "trainee" not in w)
    if scope.nameable(view.trainee):
        return replace(view, warnings=warnings)
    return replace(view, trainee=None, trainee_name="someone outside your departments",
                   warnings=warnings)
