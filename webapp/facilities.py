"""Blueprint "facilities": the facilities index, filtered by department and kind.

Holder counts come from :func:`holder_levels` here, so the facility pages and the
skill-family pages count the same people (those the viewer may see).
"""

from __future__ import annotations

from collections import Counter

import numpy as np
from flask import Blueprint, render_template, request

from skillmap.search import SearchIndex, visible_to
from skillmap.store.queries import load_facilities
from webapp.auth import viewer
from webapp.db import get_session
from webapp.services import search_index

bp = Blueprint("facilities", __name__)


def holder_levels(index: SearchIndex, skill_id: str, visible: np.ndarray) -> Counter[int]:
    """How many people the viewer may see hold `skill_id`, per level (1-4)."""
    holders = index.skill_holders.get(skill_id)
    if holders is None:
        return Counter()
    return Counter(holders.levels[visible[holders.rows]].tolist())


def staff_count(index: SearchIndex, facility_id: str, visible: np.ndarray) -> int:
    """How many of a facility's staff the viewer may see."""
    staff = index.facility_staff.get(facility_id)
    return int(visible[staff.rows].sum()) if staff is not None else 0


@bp.get("/facilities")
def index():
    """Every facility, filterable by department and kind, with its contact and staff count."""
    facilities = sorted(load_facilities(get_session()), key=lambda f: f.name.casefold())
    department = request.args.get("department", "")
    kind = request.args.get("kind", "")
    departments = sorted({f.department for f in facilities if f.department})
    kinds = sorted({f.kind for f in facilities if f.kind})
    shown = [f for f in facilities if (not department or f.department == department)
             and (not kind or f.kind == kind)]
    search = search_index()
    visible = visible_to(search, viewer())
    return render_template("facilities/index.html", facilities=shown, total=len(facilities),
                           staff={f.facility_id: staff_count(search, f.facility_id, visible)
                                  for f in shown},
                           departments=[(d, d) for d in departments],
                           kinds=[(k, k.capitalize()) for k in kinds],
                           department=department, kind=kind)
