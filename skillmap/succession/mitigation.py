"""How recorded mitigations lower a gap's severity (the raw severity stays in the report)."""

from __future__ import annotations

from datetime import date

import numpy as np

from skillmap.succession.index import SuccessionIndex
from skillmap.succession.model import Mitigation, MitigationView

__all__ = ["FACTORS", "FLOOR", "UNNAMED_FACTOR", "combined_factor", "view_mitigation"]

#: What each kind of action leaves of the severity.
FACTORS = {"procedure": 0.85, "shadowing": 0.75, "training": 0.7, "recruitment": 0.8}
#: Shadowing or training with nobody named yet.
UNNAMED_FACTOR = 0.9
#: Mitigations together never take a gap below this share of its raw severity.
FLOOR = 0.4


def view_mitigation(m: Mitigation, index: SuccessionIndex, retiring: np.ndarray,
                    horizon_end: date) -> MitigationView:
    """`m` as the report shows it, with the factor it applies and any warnings.

    A trainee who is not in the directory or who retires within the horizon
    does not count; a due date after the horizon's end halves the effect.

    Examples
    --------
    >>> from skillmap.succession.index import build_succession_index
    >>> from skillmap.model import Directory
    >>> from skillmap.taxonomy import Taxonomy
    >>> index = build_succession_index(Taxonomy({}, {}, {}, "t", (), {}), Directory(),
    ...                                today=date(2026, 1, 1))
    >>> v = view_mitigation(Mitigation("training", skill_id="tem", trainee="X9"), index,
    ...                     np.zeros(0, dtype=bool), date(2031, 1, 1))
    >>> v.factor, v.warnings
    (0.9, ('trainee X9 is not in the directory',))
    """
    factor, warnings = FACTORS[m.kind], []
    row = index.row_of.get(m.trainee) if m.trainee else None
    if m.kind in ("shadowing", "training"):
        if m.trainee is None:
            factor = UNNAMED_FACTOR
        elif row is None:
            factor = UNNAMED_FACTOR
            warnings.append(f"trainee {m.trainee} is not in the directory")
        elif retiring[row]:
            factor = 1.0
            warnings.append("the trainee retires within the horizon too")
    if m.due is not None and m.due > horizon_end and factor < 1.0:
        factor = round((1.0 + factor) / 2, 3)
        warnings.append("due after the horizon: the effect is halved")
    overdue = m.due is not None and m.due < index.today and m.status != "done"
    if overdue:
        warnings.append("overdue")
    target_kind, target_id = m.target
    return MitigationView(
        id=m.id, kind=m.kind, target_kind=target_kind, target_id=target_id,
        trainee=m.trainee, trainee_name=index.names[row] if row is not None else None,
        due=m.due.isoformat() if m.due else None, note=m.note, factor=factor,
        warnings=tuple(warnings), owner=m.owner, status=m.status, overdue=overdue,
        department=m.department, version=m.version)


def combined_factor(views: list[MitigationView]) -> float:
    """The product of the factors, floored at :data:`FLOOR`.

    >>> mk = lambda f: MitigationView(None, "procedure", "skill", "x", None, None, None, "", f)
    >>> combined_factor([]), combined_factor([mk(0.85), mk(0.7)]), combined_factor([mk(0.5)] * 3)
    (1.0, 0.595, 0.4)
    """
    product = 1.0
    for view in views:
        product *= view.factor
    return round(max(FLOOR, product), 4)
