"""Technician Commitment evidence: metrics per pillar, RAG-rated, for a self-assessment.

Every signatory of the Technician Commitment submits a self-assessment and a
RAG-rated action plan against four pillars (visibility, recognition, career
development, sustainability), on a cycle (``cycle_years``, three years by default).
:func:`commitment_metrics` computes the evidence from the directory, for the institution or one
department; :func:`load_thresholds` reads the RAG thresholds an institution
sets in ``taxonomies/commitment.yaml``; :func:`metrics_snapshot` and
:func:`compare` give the trend since the previous self-assessment.

Pure domain code (no database, no web): the page, the import snapshots and the
export build on it. Only aggregates leave it; age and gender groups smaller
than the ``small_group`` setting are suppressed.

>>> from skillmap.pathways.example import TODAY, example_directory, example_taxonomy
>>> from skillmap.settings import PROJECT_ROOT
>>> board = commitment_metrics(example_taxonomy(), example_directory(),
...                            load_thresholds(PROJECT_ROOT / "taxonomies"), today=TODAY)
>>> [(m.id, m.value, m.rag) for m in board.pillars[0].metrics]
[('public_profile', 0.8, 'green'), ('skills_recorded', 0.0, 'red'), ('facility_linked', 0.0, 'red')]
"""

from skillmap.commitment.dashboard import commitment_metrics, commitment_snapshot
from skillmap.commitment.model import Dashboard, Metric, Pillar, Table
from skillmap.commitment.thresholds import (METRICS, PILLARS, Rule, Settings, Thresholds,
                                            load_thresholds, thresholds_from_dict)
from skillmap.commitment.trends import compare, metrics_snapshot

__all__ = [
    "Dashboard", "METRICS", "Metric", "PILLARS", "Pillar", "Rule", "Settings", "Table",
    "Thresholds", "commitment_metrics", "commitment_snapshot", "compare", "load_thresholds",
    "metrics_snapshot", "thresholds_from_dict",
]
