"""Aggregates over people, with small groups suppressed: age profile, retirement bands, heatmap."""

from __future__ import annotations

import numpy as np
from scipy.sparse import csr_matrix

from skillmap.retirement import BAND_UNKNOWN, BANDS
from skillmap.succession.index import SuccessionIndex
from skillmap.succession.model import MIN_GROUP, AgeProfile, HeatCell, HeatRow

__all__ = ["AGE_BANDS", "age_profile", "heatmap", "retirement_profile", "suppress"]

#: Age bands of the age profile: (name, lowest age, highest age).
AGE_BANDS = (("under 30", 0, 29), ("30-39", 30, 39), ("40-49", 40, 49), ("50-59", 50, 59),
             ("60 and over", 60, 200))


def suppress(counts: dict[str, int]) -> tuple[dict[str, int | None], tuple[str, ...]]:
    """Hide counts of 1 to MIN_GROUP - 1 (zero is shown); when that hides just one,
    hide the next smallest non-zero count too, so it cannot be worked out from the total.

    >>> suppress({"a": 12, "b": 3, "c": 0, "d": 7})
    ({'a': 12, 'b': None, 'c': 0, 'd': None}, ('b', 'd'))
    >>> suppress({"a": 12, "b": 5})
    ({'a': 12, 'b': 5}, ())
    """
    hidden = [name for name, n in counts.items() if 0 < n < MIN_GROUP]
    if len(hidden) == 1:
        others = sorted((n, name) for name, n in counts.items() if n > 0 and name not in hidden)
        hidden += [others[0][1]] if others else []
    shown = {name: (None if name in hidden else int(n)) for name, n in counts.items()}
    return shown, tuple(name for name in counts if name in hidden)


def age_profile(index: SuccessionIndex, rows: np.ndarray) -> AgeProfile:
    """People of `rows` per age band (ages as of the index's day), small bands suppressed."""
    ages = index.age[rows]
    counts = {name: int(((ages >= low) & (ages <= high)).sum()) for name, low, high in AGE_BANDS}
    shown, hidden = suppress(counts)
    known = int((ages >= 0).sum())
    over = counts["50-59"] + counts["60 and over"]
    # Shown only when both of its bands are: a total over hidden bands would give
    # away the hidden bands below 50.
    visible = "50-59" not in hidden and "60 and over" not in hidden
    return AgeProfile(bands=shown, unknown=int(len(rows) - known),
                      aged_50_plus=over if visible else None,
                      share_50_plus=round(over / known, 3) if visible and known else None,
                      suppressed=hidden)


def retirement_profile(index: SuccessionIndex, rows: np.ndarray) -> dict[str, int | None]:
    """People of `rows` per retirement band; small bands suppressed, unknown always shown."""
    counts = np.bincount(index.band[rows], minlength=len(BANDS))
    known = {band: int(counts[i]) for i, band in enumerate(BANDS) if band != BAND_UNKNOWN}
    shown, _ = suppress(known)
    return {**shown, BAND_UNKNOWN: int(counts[BANDS.index(BAND_UNKNOWN)])}


def heatmap(index: SuccessionIndex, rows: np.ndarray, retiring: np.ndarray) -> list[HeatRow]:
    """Department x skill family: people able to do the family's skills, share retiring."""
    if len(rows) == 0 or not index.family_codes:
        return []
    n_dept = len(index.departments)
    keys = index.institution[rows].astype(np.int64) * n_dept + index.department[rows]
    unique, inverse = np.unique(keys, return_inverse=True)
    members = csr_matrix((np.ones(len(rows), dtype=np.int32), (inverse, np.arange(len(rows)))),
                         shape=(len(unique), len(rows)))
    capable = index.capable_family[rows].astype(np.int32)
    people = np.asarray(members @ capable)
    leaving = np.asarray(members @ (capable * retiring[rows][:, None]))
    families = sorted(index.family_codes, key=lambda name: index.family_codes[name])

    result = []
    for g, key in enumerate(unique):
        inst, dept = divmod(int(key), n_dept)
        cells = {family: _cell(int(people[g, f]), int(leaving[g, f]))
                 for f, family in enumerate(families)}
        result.append(HeatRow(index.institutions[inst], index.departments[dept], cells))
    return result


def _cell(people: int, retiring: int) -> HeatCell:
    if people == 0:
        return HeatCell(0, 0, None, False)
    if people < MIN_GROUP:
        return HeatCell(None, None, None, True)
    return HeatCell(people, retiring, round(retiring / people, 3), False)
