"""The dashboard: every metric of the four pillars for one scope, rated, with its tables."""

from __future__ import annotations

from typing import Any

from collections.abc import Hashable
from datetime import date

import numpy as np

from skillmap.perf import collector_paused
from skillmap.commitment.career import eligible_codes, meets_next_grade
from skillmap.commitment.model import Dashboard, Metric, Pillar, Table
from skillmap.commitment.population import Population, build_population, scope_rows
from skillmap.commitment.succession import succession_figures
from skillmap.commitment.tables import (age_counts, age_table, eligible_table, gender_table,
                                        grade_family_table, registration_tables, share)
from skillmap.commitment.thresholds import CONTEXT, METRICS, PILLARS, Thresholds
from skillmap.commitment.trends import metrics_snapshot
from skillmap.model import Directory
from skillmap.pathways import PathwayIndex, build_pathway_index
from skillmap.succession import (SuccessionIndex, SuccessionReport, build_succession_index,
                                 succession_report)
from skillmap.taxonomy import Taxonomy

__all__ = ["commitment_metrics", "commitment_snapshot"]


class _Scope:
    """One dashboard's inputs (the people in scope, the thresholds), and a metric maker."""

    def __init__(self, taxonomy: Taxonomy, population: Population, thresholds: Thresholds):
        self.taxonomy, self.pop, self.thresholds = taxonomy, population, thresholds
        self.settings = thresholds.settings
        self.n = len(population)
        self.notes: list[str] = []

    def metric(self, metric_id: str, numerator: int | None, denominator: int,
               note: str = "") -> Metric:
        """Metric `metric_id` as `numerator` / `denominator` (None: suppressed), rated."""
        pillar, unit, label = METRICS[metric_id]
        rule = self.thresholds.rules.get(metric_id)
        value = share(numerator, denominator)
        rag, threshold = rule.rate(value) if rule else (None, None)
        label = (rule.label if rule else label).replace(
            "at least N", f"at least {self.settings.min_skills}")
        if metric_id in CONTEXT:
            return Metric(metric_id, label, pillar, value, numerator, denominator, unit, None,
                          "context, not rated: age is a protected characteristic; succession "
                          "coverage is rated instead", None, None, note)
        return Metric(metric_id, label, pillar, value, numerator, denominator, unit, rag,
                      rule.text(unit) if rule else f"no threshold in {self.thresholds.source}",
                      threshold, rule.direction if rule else None, note)

    def holding(self, registers: set[str], among: np.ndarray | None = None) -> int:
        """People in scope (or those of them in the mask `among`) holding any level of any
        of `registers`."""
        regs = self.taxonomy.registrations
        codes = self.pop.held.codes if among is None else self.pop.held.codes[among]
        counts = np.bincount(codes, minlength=len(self.pop.held.names)).tolist()
        return sum(n for held, n in zip(self.pop.held.names, counts)
                   if any(c in regs and regs[c].register in registers for c in held))

    def registers(self, names: tuple[str, ...]) -> set[str]:
        """`names` as a set, with a note for any the taxonomy does not define."""
        unknown = [n for n in names if n not in self.taxonomy.registers]
        if unknown:
            self.notes.append(f"{self.thresholds.source} names register(s) {', '.join(unknown)}"
                              " that the taxonomy does not define; nobody holds them")
        return set(names) - set(unknown)


def commitment_metrics(taxonomy: Taxonomy, directory: Directory, thresholds: Thresholds, *,
                       today: date, department: str | None = None,
                       institution: str | None = None,
                       succession: SuccessionIndex | SuccessionReport | None = None,
                       pathways: PathwayIndex | None = None,
                       memo: dict[Hashable, Any] | None = None) -> Dashboard:
    """The Technician Commitment evidence for the institution or one department.

    Parameters
    ----------
    taxonomy, directory
        The taxonomies and the whole directory.
    thresholds : Thresholds
        From :func:`~skillmap.commitment.load_thresholds`.
    today : date
        The day ages, experience and the succession horizon are counted from.
    department, institution : str, optional
        The scope: one department and/or one institution (default: everyone).
    succession : SuccessionIndex or SuccessionReport, optional
        A prebuilt succession index (a report is then made for the scope, without
        successors), or a report already made for this very scope and the
        ``horizon_years`` setting. Built from the directory when not given.
    pathways : PathwayIndex, optional
        A prebuilt pathway index of this directory; built when not given.
    memo : dict, optional
        Where what depends only on the taxonomy and a person is kept between dashboards
        (the registers of their discipline); its owner drops it with the taxonomy.

    Returns
    -------
    Dashboard
        Four pillars of rated metrics and tables, aggregates only.

    Examples
    --------
    >>> from skillmap.commitment import load_thresholds
    >>> from skillmap.pathways.example import TODAY, example_directory, example_taxonomy
    >>> from skillmap.settings import PROJECT_ROOT
    >>> board = commitment_metrics(example_taxonomy(), example_directory(),
    ...                            load_thresholds(PROJECT_ROOT / "taxonomies"), today=TODAY)
    >>> [p.id for p in board.pillars]
    ['visibility', 'recognition', 'career_development', 'sustainability']
    >>> m = board.metric("public_profile")      # cat's profile is not public
    >>> m.numerator, m.denominator, m.value, m.rag, m.rule
    (4, 5, 0.8, 'green', 'green ≥ 80%, amber ≥ 60%, red below 60%')
    >>> board.metric("registered").value, board.metric("hea_fellowship").value  # teaching unknown
    (1.0, None)
    >>> board.metric("aged_50_plus").rag is None        # age: context, never rated
    True
    """
    with collector_paused():
        return _dashboard(taxonomy, directory, thresholds, today, department, institution,
                          succession, pathways, {} if memo is None else memo)


def commitment_snapshot(taxonomy: Taxonomy, directory: Directory, thresholds: Thresholds, *,
                        today: date, normal_retirement_age: int | None = None
                        ) -> dict[str, Any]:
    """The metric values an import stores: the institution's and each department's, the
    same figures the dashboard of a Workspace on `directory` shows.

    It builds what the dashboards need and no more: the pathway index, and a succession
    index without readiness (successor candidates are no metric): at 50,000 people they
    add under 100 MB to the loaded directory, where a whole Workspace's indexes peaked
    about 0.9 GB above it.
    """
    pathways = build_pathway_index(taxonomy, directory, today=today)
    succession = build_succession_index(taxonomy, directory, today=today,
                                        normal_retirement_age=normal_retirement_age,
                                        readiness=False)
    memo: dict[Hashable, Any] = {}

    def figures(department: str | None) -> dict[str, float | None]:
        return metrics_snapshot(commitment_metrics(
            taxonomy, directory, thresholds, today=today, department=department,
            succession=succession, pathways=pathways, memo=memo))

    departments = sorted({p.department for p in directory.people if p.department})
    return {"as_of": today.isoformat(), "institution": figures(None),
            "departments": {d: figures(d) for d in departments}}


def _dashboard(taxonomy: Any, directory: Any, thresholds: Any, today: Any, department: Any, institution: Any, succession: Any,
               pathways: Any, memo: dict[Hashable, Any]) -> Dashboard:
    if pathways is None or len(pathways.people) != len(directory.people) \
            or pathways.generation != directory.generation:
        pathways = build_pathway_index(taxonomy, directory, today=today)
    rows = scope_rows(pathways, department, institution)
    scope = _Scope(taxonomy, build_population(directory, pathways, rows, today, memo),
                   thresholds)
    report = _report(taxonomy, directory, succession, today, scope.settings.horizon_years,
                     department, institution)
    built = (_visibility(scope), _recognition(scope), _career(scope),
             _sustainability(scope, report))
    pillars = tuple(Pillar(pid, label, *parts) for (pid, label), parts in zip(PILLARS, built))
    s = scope.settings
    return Dashboard(
        "department" if department is not None else "institution", institution, department,
        scope.n, today.isoformat(), pillars,
        {"min_skills": s.min_skills, "small_group": s.small_group,
         "horizon_years": s.horizon_years, "cycle_years": s.cycle_years,
         "thresholds": thresholds.source},
        tuple(dict.fromkeys(scope.notes)))


def _report(taxonomy: Any, directory: Any, succession: Any, today: Any, horizon: Any, department: Any,
            institution: Any) -> SuccessionReport:
    if isinstance(succession, SuccessionReport):
        return succession
    index = succession or build_succession_index(taxonomy, directory, today=today)
    return succession_report(index, horizon_years=horizon, institution=institution,
                             departments=None if department is None else [department],
                             successors=0)


def _visibility(scope: _Scope) -> tuple[tuple[Metric, ...], tuple[Table, ...]]:
    pop, n = scope.pop, scope.n
    return (scope.metric("public_profile", int(pop.public.sum()), n),
            scope.metric("skills_recorded", int((pop.skills >= scope.settings.min_skills).sum()),
                         n, "skills recorded at any level"),
            scope.metric("facility_linked", int(pop.facility.sum()), n,
                         "on the staff of at least one facility")), ()


def _recognition(scope: _Scope) -> tuple[tuple[Metric, ...], tuple[Table, ...]]:
    professional = scope.registers(scope.settings.professional_registers)
    fellowship = scope.registers(scope.settings.fellowship_registers)
    names = ", ".join(scope.taxonomy.registers[r].label for r in sorted(professional))
    teach = scope.pop.teaches == 1
    unknown = int((scope.pop.teaches < 0).sum())
    metrics = (scope.metric("registered", scope.holding(professional), scope.n,
                            f"any level of: {names}" if names else ""),
               scope.metric("hea_fellowship", scope.holding(fellowship, teach),
                            int(teach.sum()),
                            f"of the people who teach or support learning; {unknown} whose "
                            "teaching is not recorded and "
                            f"{int((scope.pop.teaches == 0).sum())} who do not teach are "
                            "not counted"))
    return metrics, registration_tables(scope.taxonomy, scope.pop, professional, fellowship)


def _career(scope: _Scope) -> tuple[tuple[Metric, ...], tuple[Table, ...]]:
    pop, n, taxonomy = scope.pop, scope.n, scope.taxonomy
    meeting, with_next = meets_next_grade(pop, scope.settings.next_grade_ignore)
    professional = scope.registers(scope.settings.professional_registers)
    fellowship = scope.registers(scope.settings.fellowship_registers)
    kind_of = {r: "professional" for r in professional} | {r: "fellowship" for r in fellowship}
    answers, answer_of = eligible_codes(taxonomy, pop, kind_of)
    regs = taxonomy.registrations
    opens = np.array([any(regs[c].register in professional for c in codes) for codes in answers],
                     dtype=bool)
    unregistered = np.array([not any(c in regs and regs[c].register in professional
                                     for c in held) for held in pop.held.names], dtype=bool)
    open_now = int((opens[answer_of] & unregistered[pop.held.codes]).sum()) \
        if len(answer_of) else 0
    metrics = (
        scope.metric("on_pathway", int((pop.node >= 0).sum()), n,
                     "grade and job family found in grades.yaml"),
        scope.metric("meets_next_grade", meeting, with_next,
                     "of those with a grade above them, against the requirements that apply to "
                     "each (registers of their discipline; teaching only for those who teach); "
                     "unknown experience or teaching and self-assessed leadership are not "
                     "counted as missing"),
        scope.metric("eligible_not_registered", open_now, n,
                     "hold no professional registration and could apply now, by the bodies' "
                     "own rules, for one of their discipline"))
    return metrics, (grade_family_table(pop, taxonomy),
                     gender_table(pop, taxonomy, scope.settings.small_group),
                     eligible_table(taxonomy, answers, answer_of))


def _sustainability(scope: _Scope,
                    report: SuccessionReport) -> tuple[tuple[Metric, ...], tuple[Table, ...]]:
    s = scope.settings
    counts = age_counts(scope.pop)
    ages, hidden = age_table(counts, s.small_group)
    known = scope.n - counts["unknown"]
    over_50 = None if {"50-59", "60 and over"} & set(hidden) else \
        counts["50-59"] + counts["60 and over"]
    over_60 = None if "60 and over" in hidden else counts["60 and over"]
    age_note = "of people whose date of birth is recorded; context, not rated"
    figures = succession_figures(report, s.top_risks)
    h = f"within {s.horizon_years} years"
    metrics = (
        scope.metric("aged_50_plus", over_50, known, age_note if over_50 is not None else
                     "not shown: an age band it adds up is a small group"),
        scope.metric("aged_60_plus", over_60, known, age_note if over_60 is not None else
                     "not shown: a small group"),
        scope.metric("succession_coverage", figures.practised - figures.single_points,
                     figures.practised,
                     f"skills practised in scope that at least two able people can still do {h}"),
        scope.metric("succession_gaps", figures.gaps, figures.practised,
                     f"of the skills practised in scope; people retiring {h}"),
        scope.metric("single_points_of_failure", figures.single_points, figures.practised,
                     f"bus factor 0 or 1 {h}, of the skills practised in scope"),
        scope.metric("facilities_at_risk", figures.facilities_at_risk, figures.facilities,
                     f"facilities in scope; people retiring {h}"),
        scope.metric("trainees", _trainees(scope), scope.n, _trainee_note(s)))
    columns = ("id", "label", "institution", "severity", "level", "able_now",
               "able_after_horizon", "facilities")
    return metrics, (
        ages,
        Table("succession_gaps", "Top succession gaps", columns, figures.gap_rows,
              f"Skills of medium severity or worse, people retiring {h}."),
        Table("single_points_of_failure", "Single points of failure", ("kind", *columns),
              figures.single_point_rows,
              f"Skills and facilities at most one able person can still do {h}."))


def _trainees(scope: _Scope) -> int:
    s, pop = scope.settings, scope.pop
    words = [w.casefold() for w in s.trainee_titles]
    titled = np.array([any(w in title for w in words) for title in pop.titles.names],
                      dtype=bool)
    graded = (pop.level >= 0) & (pop.level <= s.trainee_max_level)
    return int((graded | titled[pop.titles.codes]).sum()) if len(pop) else 0


def _trainee_note(s: Any) -> str:
    note = f"grade level {s.trainee_max_level} or below"
    return note + (", or a job title with " + " or ".join(repr(w) for w in s.trainee_titles)
                   if s.trainee_titles else "")

