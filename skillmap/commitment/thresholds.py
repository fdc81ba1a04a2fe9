"""The RAG thresholds and settings of the dashboard, read from ``commitment.yaml``.

Every metric has a fixed id and pillar (:data:`METRICS`); the file gives each
its label, direction and ``green``/``amber`` thresholds, which an institution
edits to match its own action plan. A metric the file leaves out is shown
without a colour; an unknown id, a bad direction or thresholds in the wrong
order is a :class:`~skillmap.exceptions.TaxonomyError` naming the file and entry.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from skillmap.exceptions import TaxonomyError
from skillmap.succession.report import MAX_HORIZON
from skillmap.taxonomy import read_yaml

__all__ = ["CONTEXT", "DIRECTIONS", "METRICS", "PILLARS", "Rule", "Settings", "Thresholds",
           "format_value",
           "load_thresholds", "thresholds_from_dict"]

#: The four pillars of the Technician Commitment, in the order the dashboard shows them.
PILLARS = (("visibility", "Visibility"), ("recognition", "Recognition"),
           ("career_development", "Career development"), ("sustainability", "Sustainability"))
#: Metric id -> (pillar, unit, default label), in the order the dashboard shows them.
METRICS = {
    "public_profile": ("visibility", "share", "Technicians with a public profile"),
    "skills_recorded": ("visibility", "share", "Technicians with at least N skills recorded"),
    "facility_linked": ("visibility", "share", "Technicians linked to a facility"),
    "registered": ("recognition", "share", "Technicians professionally registered"),
    "hea_fellowship": ("recognition", "share", "Technicians with an HEA Fellowship"),
    "on_pathway": ("career_development", "share", "Technicians on a documented grade ladder"),
    "meets_next_grade": ("career_development", "share",
                         "Technicians who meet their next grade's requirements"),
    "eligible_not_registered": ("career_development", "share",
                                "Technicians not registered who could register now"),
    "aged_50_plus": ("sustainability", "share", "Technicians aged 50 and over"),
    "aged_60_plus": ("sustainability", "share", "Technicians aged 60 and over"),
    "succession_coverage": ("sustainability", "share",
                            "Skills still covered by at least two able people after the horizon"),
    "succession_gaps": ("sustainability", "share",
                        "Skills that are succession gaps (medium severity or worse)"),
    "single_points_of_failure": ("sustainability", "share",
                                 "Skills left with at most one able person after the horizon"),
    "facilities_at_risk": ("sustainability", "share",
                           "Facilities at high or critical succession risk"),
    "trainees": ("sustainability", "share", "Trainees and apprentices"),
}
#: Metrics shown as context and never rated: age is a protected characteristic (Equality Act
#: 2010 s.5), and an age share says nothing the institution should act on by colour;
#: succession coverage is rated instead.
CONTEXT = frozenset({"aged_50_plus", "aged_60_plus"})
DIRECTIONS = ("higher_is_better", "lower_is_better")
FILE_NAME = "commitment.yaml"


def format_value(value: float, unit: str) -> str:
    """A threshold or value as the page shows it: shares as percentages.

    >>> format_value(0.8, "share"), format_value(0.125, "share"), format_value(3, "count")
    ('80%', '12.5%', '3')
    """
    if unit == "share":
        return f"{value * 100:.1f}".rstrip("0").rstrip(".") + "%"
    return f"{value:g}"


@dataclass(frozen=True)
class Rule:
    """The thresholds of one metric."""

    metric: str
    label: str
    pillar: str
    direction: str
    green: float
    amber: float
    note: str = ""

    def rate(self, value: float | None) -> tuple[str | None, float | None]:
        """The colour of `value` and the threshold that decided it (None: no value).

        >>> rule = Rule("public_profile", "Public", "visibility", "higher_is_better", 0.8, 0.6)
        >>> rule.rate(0.8), rule.rate(0.7), rule.rate(0.5), rule.rate(None)
        (('green', 0.8), ('amber', 0.6), ('red', 0.6), (None, None))
        >>> Rule("x", "X", "sustainability", "lower_is_better", 0.3, 0.4).rate(0.35)
        ('amber', 0.4)
        """
        if value is None:
            return None, None
        higher = self.direction == "higher_is_better"
        for colour, threshold in (("green", self.green), ("amber", self.amber)):
            if (value >= threshold) if higher else (value <= threshold):
                return colour, threshold
        return "red", self.amber

    def text(self, unit: str = "share") -> str:
        """The rule in words, as the page shows it next to the colour.

        >>> Rule("x", "X", "visibility", "higher_is_better", 0.8, 0.6).text()
        'green ≥ 80%, amber ≥ 60%, red below 60%'
        >>> Rule("x", "X", "sustainability", "lower_is_better", 0.3, 0.4).text()
        'green ≤ 30%, amber ≤ 40%, red above 40%'
        """
        sign, beyond = ("≥", "below") if self.direction == "higher_is_better" else ("≤", "above")
        green, amber = format_value(self.green, unit), format_value(self.amber, unit)
        return f"green {sign} {green}, amber {sign} {amber}, red {beyond} {amber}"


@dataclass(frozen=True)
class Settings:
    """The ``settings`` block of the file; see taxonomies/commitment.yaml for each one."""

    min_skills: int = 5
    small_group: int = 5
    horizon_years: int = 5
    top_risks: int = 10
    professional_registers: tuple[str, ...] = ("science-council", "engineering-council", "bcs")
    fellowship_registers: tuple[str, ...] = ("advance-he",)
    trainee_max_level: int = 2
    trainee_titles: tuple[str, ...] = ("apprentice", "trainee")
    next_grade_ignore: tuple[str, ...] = ()
    cycle_years: int = 3


@dataclass(frozen=True)
class Thresholds:
    """Settings and per-metric rules, as read from `source`."""

    source: str
    settings: Settings = field(default_factory=Settings)
    rules: dict[str, Rule] = field(default_factory=dict)


def load_thresholds(path: str | Path) -> Thresholds:
    """Read and validate a thresholds file (or ``commitment.yaml`` in a taxonomy folder).

    Raises
    ------
    TaxonomyError
        The file is missing, not YAML, or an entry is invalid; the message names both.

    Examples
    --------
    >>> from skillmap.settings import PROJECT_ROOT
    >>> t = load_thresholds(PROJECT_ROOT / "taxonomies")
    >>> t.settings.min_skills, t.rules["public_profile"].pillar
    (5, 'visibility')
    """
    path = Path(path)
    if path.is_dir():
        path = path / FILE_NAME
    return thresholds_from_dict(read_yaml(path), source=str(path))


def thresholds_from_dict(data: object, *, source: str = FILE_NAME) -> Thresholds:
    """Validate thresholds already parsed (the content of a ``commitment.yaml``).

    Examples
    --------
    >>> t = thresholds_from_dict({"settings": {"min_skills": 3}, "metrics": {"registered": {
    ...     "label": "Registered", "pillar": "recognition", "direction": "higher_is_better",
    ...     "green": 0.4, "amber": 0.2}}})
    >>> t.settings.min_skills, t.rules["registered"].rate(0.25)
    (3, ('amber', 0.2))
    >>> thresholds_from_dict({"metrics": {"registerd": {}}})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    skillmap.exceptions.TaxonomyError: commitment.yaml: metrics.registerd: unknown metric id ...
    """
    if not isinstance(data, Mapping):
        raise TaxonomyError(f"{source}: expected a mapping with 'settings' and 'metrics'")
    unknown = sorted(set(data) - {"settings", "metrics"})
    if unknown:
        raise TaxonomyError(f"{source}: unknown top-level key(s) {', '.join(unknown)}")
    metrics = data.get("metrics") or {}
    if not isinstance(metrics, Mapping):
        raise TaxonomyError(f"{source}: metrics: expected a mapping of metric id to thresholds")
    rules = {str(key): _rule(source, str(key), entry) for key, entry in metrics.items()}
    return Thresholds(source, _settings(source, data.get("settings") or {}), rules)


def _settings(source: str, raw: object) -> Settings:
    if not isinstance(raw, Mapping):
        raise TaxonomyError(f"{source}: settings: expected a mapping")
    known = {f.name: f for f in fields(Settings)}
    values: dict[str, Any] = {}
    for key, value in raw.items():

        where = f"{source}: settings.{key}"
        if key not in known:
            raise TaxonomyError(f"{where}: unknown setting (known: {', '.join(known)})")
        default = known[key].default
        if isinstance(default, tuple):
            if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
                raise TaxonomyError(f"{where}: expected a list of names, got {value!r}")
            values[key] = tuple(value)
        elif isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise TaxonomyError(f"{where}: expected a whole number >= 0, got {value!r}")
        else:
            values[key] = value
    if values.get("small_group", 5) < 1:
        raise TaxonomyError(f"{source}: settings.small_group: must be at least 1")
    if not 1 <= values.get("cycle_years", 3) <= 10:
        raise TaxonomyError(f"{source}: settings.cycle_years: from 1 to 10 years")
    if values.get("horizon_years", 5) > MAX_HORIZON:
        raise TaxonomyError(f"{source}: settings.horizon_years: at most {MAX_HORIZON}")
    return Settings(**values)


def _rule(source: str, metric: str, entry: object) -> Rule:
    where = f"{source}: metrics.{metric}"
    if metric not in METRICS:
        raise TaxonomyError(f"{where}: unknown metric id (known: {', '.join(METRICS)})")
    if metric in CONTEXT:
        raise TaxonomyError(f"{where}: age is shown as context and is never RAG-rated; "
                            "rate succession_coverage instead")
    if not isinstance(entry, Mapping):
        raise TaxonomyError(f"{where}: expected a mapping with label, pillar, direction, "
                            "green and amber")
    missing = [k for k in ("label", "pillar", "direction", "green", "amber") if k not in entry]
    if missing:
        raise TaxonomyError(f"{where}: missing {', '.join(missing)}")
    pillar, unit, _ = METRICS[metric]
    if entry["pillar"] != pillar:
        raise TaxonomyError(f"{where}: pillar {entry['pillar']!r} is wrong: this metric belongs "
                            f"to {pillar!r}")
    if entry["direction"] not in DIRECTIONS:
        raise TaxonomyError(f"{where}: direction {entry['direction']!r} is not one of "
                            f"{', '.join(DIRECTIONS)}")
    green, amber = (_threshold(where, key, entry[key], unit) for key in ("green", "amber"))
    higher = entry["direction"] == "higher_is_better"
    if (green < amber) if higher else (green > amber):
        bound = "at least" if higher else "at most"
        raise TaxonomyError(f"{where}: green {green:g} must be {bound} amber {amber:g} when "
                            f"{entry['direction']}")
    return Rule(metric, str(entry["label"]), pillar, entry["direction"], green, amber,
                str(entry.get("note") or ""))


def _threshold(where: str, key: str, value: object, unit: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TaxonomyError(f"{where}: {key} must be a number, got {value!r}")
    if unit == "share" and not 0 <= value <= 1:
        raise TaxonomyError(f"{where}: {key} {value!r} must be a share from 0 to 1 "
                            "(write 80% as 0.8)")
    return float(value)
