"""Search weights: score many settings of the engine's weights fast, and fit them leave-one-institution-out.

    .venv/bin/python bench/search_tune.py                  # today's weights, per set and category
    .venv/bin/python bench/search_tune.py --sweep          # each weight alone over a few values
    .venv/bin/python bench/search_tune.py --loio           # fit on all but one institution, score it
    .venv/bin/python bench/search_tune.py --set TEXT_WEIGHT=0.2 --set STAFF_FLOOR=0.4   # one setting

Every directory is generated, imported and indexed once (the same directories and query sets
as bench/search_bench.py: the demo institution, Northgate with its two sets, Tarnside with its
two, Calderbridge, Inverallan, Harbourne, Caerwern and Ashcombe: 2,964 graded queries over eight
directories); then a setting of the weights is applied to the engine's module constants
(skillmap/search/engine.py reads them at query time) and every set's queries are rescored. A
setting's per-query scores are remembered, so the folds of --loio share what they both ask.

--loio: for each institution, coordinate search over the candidate values of WEIGHTS below
(one weight at a time, in the order given, each kept at the value that scores best on the other
institutions, a change kept only if it gains at least --margin; --passes passes) fits a
setting on the other institutions, which is then scored on the one left out. The objective is
the mean over institutions of nDCG@10 (each institution's queries pooled; every institution
counts the same, however many queries it has). Printed per set: today's weights, the setting
fitted on all institutions (in-sample), and the left-out score (each institution scored by the
setting fitted without it), then which value each fold chose for each weight.

Deterministic: the same code, taxonomy and directories give the same table. Round 13's tables
(docs/evaluation.md): `--sweep --loio --jobs 2`, then `--loio --passes 2 --jobs 2 --weights
'TEXT_WEIGHT,ROLE_BONUS*plain,ROLE_BONUS*facility,ROLE_BONUS*trainer,ROLE_BONUS*lead,TOPIC_EXTRA,
TRAINER_LOW_LEVEL,NAMED_TOPIC_BONUS,SEMANTIC_FLOOR,RELATED_COVER,WRITTEN_MEANING'` (without spaces
or line breaks), both from main's weights (TEXT_WEIGHT 0.3).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import pickle
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from statistics import mean

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))
if __name__ == "__main__":
    for _threads in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(_threads, "1")      # one core per worker (--jobs)

from skillmap.search import build_index, engine, search, semantic  # noqa: E402
from skillmap.search.evaluation import ndcg_at_k, reciprocal_rank  # noqa: E402
from skillmap.settings import read_settings  # noqa: E402
from skillmap.taxonomy import load_taxonomy  # noqa: E402

# the weights fitted, each with the values tried (today's value is always among them)
WEIGHTS: dict[str, tuple[float, ...]] = {
    # people's own words, related skills, what a query's other words read like
    "TEXT_WEIGHT": (0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 0.8), "RELATED_WEIGHT": (0.2, 0.35, 0.5, 0.7),
    "RELATED_COVER": (0.0, 1.0, 2.0, 4.0), "TOPIC_EXTRA": (0.0, 0.05, 0.1, 0.2, 0.4),
    # a holder's own name for the skill as the directory wrote it
    "WRITTEN_FIRST": (0.0, 0.5, 2.0, 5.0), "WRITTEN_MORE": (0.0, 0.5, 1.0, 2.0),
    "WRITTEN_MEANING": (0.0, 0.25, 0.5, 1.0),
    # facility staff and trainers
    "STAFF_FLOOR": (0.0, 0.15, 0.3, 0.5), "TRAINER_LOW_LEVEL": (0.3, 0.6, 0.8, 1.0),
    # free text: which skills a need reads like
    "TOPIC_PRIMARY": (0.7, 0.8, 0.85, 0.9, 0.95), "TOPIC_RELATED": (0.3, 0.4, 0.5, 0.6, 0.7),
    "NAMED_TOPIC_BONUS": (0.0, 0.15, 0.35, 0.6), "SURE_SPELLING": (0.8, 0.85, 0.9, 0.95),
    "COORDINATION": (0.0, 0.5, 1.0, 2.0),
    # the sentence model, and an ambiguous abbreviation's meanings
    "SEMANTIC_WEIGHT": (0.4, 0.5, 0.6, 0.7, 0.8), "SEMANTIC_ONE_WORD": (0.0, 0.2, 0.4, 0.7),
    "SEMANTIC_SPAN": (0.15, 0.2, 0.25, 0.35), "SEMANTIC_FLOOR": (0.3, 0.35, 0.4, 0.5),
    "AMBIGUOUS_FLOOR": (0.4, 0.55, 0.7, 0.85, 1.0), "SEMANTIC_DECISIVE": (0.1, 0.2, 0.3, 0.5),
    "SEMANTIC_MAX_WORDS": (5, 8, 12),
    # names a skill is held under, described facilities, a named facility's staff
    "SPECIFIC_MEMBER": (1.0, 1.5, 2.0, 3.0), "DESCRIBED_MARGIN": (1.1, 1.25, 1.5),
    "LEVEL_SHARE": (0.1, 0.3, 0.5, 1.0), "STAFF_FIRST": (0.5, 1.0, 2.0),
    # ROLE_BONUS's tables, each scaled as a whole (1: as today)
    "ROLE_BONUS*plain": (0.0, 0.5, 1.0, 2.0), "ROLE_BONUS*facility": (0.5, 1.0, 1.5, 2.0),
    "ROLE_BONUS*trainer": (0.5, 1.0, 1.5, 2.0), "ROLE_BONUS*lead": (0.5, 1.0, 1.5, 2.0),
}
ROLE_BONUS = {table: dict(bonus) for table, bonus in engine.ROLE_BONUS.items()}
TODAY: dict[str, float] = {name: 1.0 if "*" in name else getattr(engine, name)
                           for name in WEIGHTS}
for _name, _values in WEIGHTS.items():
    assert TODAY[_name] in _values, f"{_name}: today's value {TODAY[_name]} is not tried"

Setting = tuple[tuple[str, float], ...]      # the weights that differ from today's, sorted


@dataclass
class QuerySet:
    name: str
    institution: str
    categories: list[str]
    queries: list[str]
    relevance: list[Mapping[str, float]]


@dataclass
class Institution:
    name: str
    index: object
    sets: list[QuerySet]


def setting_of(values: Mapping[str, float]) -> Setting:
    return tuple(sorted((k, v) for k, v in values.items() if v != TODAY[k]))


@contextmanager
def applied(setting: Setting) -> Iterator[None]:
    """The engine's module constants set to `setting` (today's for the rest), then restored."""
    try:
        bonus = {table: dict(values) for table, values in ROLE_BONUS.items()}
        for name, value in setting:
            if "*" in name:
                table = name.split("*")[1]
                bonus[table] = {role: b * value for role, b in ROLE_BONUS[table].items()}
            else:
                setattr(engine, name, value)
        engine.ROLE_BONUS = bonus
        yield
    finally:
        for name, value in TODAY.items():
            if "*" not in name:
                setattr(engine, name, value)
        engine.ROLE_BONUS = ROLE_BONUS


def load_institutions(only: set[str] | None = None) -> list[Institution]:
    """Every directory generated, imported and indexed once, each with its graded query sets."""
    from bench.search_bench import DEVELOPMENT_SETS, institutions as plan

    taxonomy = load_taxonomy(read_settings()["TAXONOMY_DIR"])
    OUT.mkdir(parents=True, exist_ok=True)
    institutions = []
    for name, load, parts in plan(taxonomy, DEVELOPMENT_SETS):   # never a held-out set
        if only and name not in only and not {p for p, _, _ in parts} & only:
            continue
        started = time.perf_counter()
        directory, _, judged = load()
        index = build_index(taxonomy, directory)
        sets = [QuerySet(part, name, [c for c, _, _ in queries], [q for _, q, _ in queries],
                         [judge(judged) for _, _, judge in queries]) for part, _, queries in parts]
        institutions.append(Institution(name, index, sets))
        print(f"# {name}: loaded and indexed in {time.perf_counter() - started:.1f} s "
              f"({sum(len(s.queries) for s in sets)} queries)", file=sys.stderr)
    return institutions


def _fingerprint() -> str:
    """What the scores depend on: the engine and its weights as imported, the taxonomy, the
    query sets and generators."""
    from bench.search_bench import tree_digest

    return tree_digest((("skillmap", "**/*.py"), ("skillmap", "**/*.csv"), ("taxonomies", "**/*"),
                        ("tests", "search_queries.py"), ("tests/heldout", "*.py")),
                       repr(sorted(TODAY.items())).encode())


_INSTITUTIONS: list[Institution] = []      # read by forked workers


def _score_setting(setting: Setting) -> dict[str, list[tuple[float, float]]]:
    scores: dict[str, list[tuple[float, float]]] = {}
    with applied(setting):
        for institution in _INSTITUTIONS:
            for qs in institution.sets:
                scores[qs.name] = []
                for query, rel in zip(qs.queries, qs.relevance):
                    ranked = [r.person.person_id for r in
                              search(institution.index, query, limit=10).results]  # type: ignore[arg-type]
                    scores[qs.name].append((ndcg_at_k(ranked, rel), reciprocal_rank(ranked, rel)))
    return scores


class Scorer:
    """Per-query nDCG@10 and MRR of every set under a setting, each setting run once (and
    remembered on disk for the same code, taxonomy and query sets)."""

    def __init__(self, institutions: list[Institution], jobs: int = 1) -> None:
        _INSTITUTIONS[:] = institutions
        self.institutions = institutions
        self.cache = OUT / f"search_tune-{_fingerprint()}.pickle"
        self.memo: dict[Setting, dict[str, list[tuple[float, float]]]] = (
            pickle.loads(self.cache.read_bytes()) if self.cache.exists() else {})
        self.pool = (multiprocessing.get_context("fork").Pool(jobs) if jobs > 1 else None)
        self.runs = 0
        self.started = time.perf_counter()

    def ensure(self, settings: list[Setting]) -> None:
        """Score every setting not yet scored (in parallel with --jobs)."""
        todo = list(dict.fromkeys(s for s in settings if s not in self.memo))
        if not todo:
            return
        results = (self.pool.map(_score_setting, todo, chunksize=1) if self.pool
                   else [_score_setting(s) for s in todo])
        self.memo.update(zip(todo, results))
        self.runs += len(todo)
        self.cache.write_bytes(pickle.dumps(self.memo))

    def per_query(self, setting: Setting) -> dict[str, list[tuple[float, float]]]:
        self.ensure([setting])
        return self.memo[setting]

    def institution_ndcg(self, setting: Setting, institution: Institution) -> float:
        scores = self.per_query(setting)
        return mean(n for qs in institution.sets for n, _ in scores[qs.name])

    def objective(self, setting: Setting, names: set[str]) -> float:
        """Mean over the named institutions of their pooled nDCG@10."""
        return mean(self.institution_ndcg(setting, i) for i in self.institutions if i.name in names)

    def set_figures(self, setting: Setting) -> dict[str, tuple[float, float]]:
        scores = self.per_query(setting)
        return {name: (mean(n for n, _ in s), mean(r for _, r in s)) for name, s in scores.items()}

    def categories(self, setting: Setting, qs: QuerySet) -> dict[str, tuple[float, float, int]]:
        per: dict[str, list[tuple[float, float]]] = {}
        for category, score in zip(qs.categories, self.per_query(setting)[qs.name]):
            per.setdefault(category, []).append(score)
        return {c: (mean(n for n, _ in s), mean(r for _, r in s), len(s)) for c, s in per.items()}


def fit(scorer: Scorer, folds: dict[str, set[str]], passes: int, margin: float,
        weights: list[str]) -> dict[str, dict[str, float]]:
    """Coordinate search from today's weights, one fit per fold (a name -> the institutions it
    is fitted on), all folds in step so that each weight's trials are scored together."""
    values = {fold: dict(TODAY) for fold in folds}
    best = {fold: scorer.objective((), names) for fold, names in folds.items()}
    for _ in range(passes):
        changed = False
        for name in weights:
            trials = {fold: [{**values[fold], name: v} for v in WEIGHTS[name]
                             if v != values[fold][name]] for fold in folds}
            scorer.ensure([setting_of(t) for ts in trials.values() for t in ts])
            for fold, names in folds.items():
                for trial in trials[fold]:
                    score = scorer.objective(setting_of(trial), names)
                    if score >= best[fold] + margin:
                        values[fold], best[fold], changed = trial, score, True
        if not changed:
            break
    return values


def inert(scorer: Scorer, name: str) -> bool:
    """No value tried of this weight (the rest today's) changes any query's scores."""
    today = scorer.per_query(())
    return all(scorer.per_query(setting_of({**TODAY, name: v})) == today for v in WEIGHTS[name])


def print_sets(scorer: Scorer, columns: list[tuple[str, Callable[[str], Setting]]]) -> None:
    """One row per set: nDCG@10 / MRR under each column's setting (a function of the set's
    institution), then the means."""
    sets = [(i, qs) for i in scorer.institutions for qs in i.sets]
    header = "  ".join(f"{title:>15}" for title, _ in columns)
    print(f"{'set':<10} {'institution':<13} {'n':>4}  {header}")
    print(f"{'':<10} {'':<13} {'':>4}  " + "  ".join(f"{'nDCG   MRR':>15}" for _ in columns))
    for institution, qs in sets:
        cells = []
        for _, choose in columns:
            n, r = scorer.set_figures(choose(institution.name))[qs.name]
            cells.append(f"{n:.3f}  {r:.3f}".rjust(15))
        print(f"{qs.name:<10} {institution.name:<13} {len(qs.queries):>4}  " + "  ".join(cells))
    cells = []
    for _, choose in columns:
        per = [scorer.institution_ndcg(choose(i.name), i) for i in scorer.institutions]
        cells.append(f"{mean(per):.4f}".rjust(15))
    print(f"{'mean of institutions nDCG@10':<29}  " + "  ".join(cells))


def errors(institutions: list[Institution], part: str, setting: Setting) -> None:
    """The set's queries scoring under 0.7: category, nDCG@10, the first three results (with
    the skill each matched on) and the people judged best."""
    for institution in institutions:
        index = institution.index
        for qs in institution.sets:
            if qs.name != part:
                continue
            with applied(setting):
                for category, query, rel in zip(qs.categories, qs.queries, qs.relevance):
                    response = search(index, query, limit=10)  # type: ignore[arg-type]
                    ranked = [r.person.person_id for r in response.results]
                    score = ndcg_at_k(ranked, rel)
                    if score >= 0.7:
                        continue
                    print(f"\n[{category}] {query!r}  nDCG {score:.2f}  "
                          f"asked {response.asked}  total {response.total}")
                    for r in response.results[:3]:
                        via = "; ".join(f"{m.written or m.skill} ({m.via})" for m in r.matched[:2])
                        print(f"   got {rel.get(r.person.person_id, 0):g}  {r.score:8.2f}  {via}")
                    best = sorted(rel.items(), key=lambda kv: -kv[1])[:2]
                    people = {p.person_id: p for p in index.people}  # type: ignore[attr-defined]
                    for person_id, gain in best:
                        person = people.get(person_id)
                        print(f"   want {gain:g}  {person.job_title if person else person_id}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sweep", action="store_true", help="each weight alone over its values")
    parser.add_argument("--loio", action="store_true", help="leave-one-institution-out fit")
    parser.add_argument("--passes", type=int, default=1)
    parser.add_argument("--margin", type=float, default=0.0005,
                        help="least gain in the objective for a change to be kept")
    parser.add_argument("--weights", default=",".join(WEIGHTS),
                        help="comma-separated weights to fit (default: all)")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="score this setting beside today's")
    parser.add_argument("--categories", action="store_true", help="per category too")
    parser.add_argument("--jobs", type=int, default=1, help="settings scored in parallel")
    parser.add_argument("--only", default="", help="comma-separated institutions or sets to load")
    parser.add_argument("--errors", default="", metavar="SET",
                        help="list this set's queries scoring under 0.7 nDCG@10 (with --set: "
                             "under that setting), what came first and what was wanted")
    args = parser.parse_args()
    semantic.QUERY_CACHE = 1_000_000       # every set's queries embedded once, not per setting
    institutions = load_institutions(set(filter(None, args.only.split(","))) or None)
    scorer = Scorer(institutions, args.jobs)
    today: Setting = ()
    names = {i.name for i in institutions}

    chosen = dict(TODAY)
    for item in args.set:
        key, _, value = item.partition("=")
        chosen[key] = float(value)
    columns: list[tuple[str, Callable[[str], Setting]]] = [("today", lambda _: today)]
    if args.set:
        columns.append(("given", lambda _: setting_of(chosen)))
    if args.errors:
        errors(institutions, args.errors, setting_of(chosen))
        return
    print_sets(scorer, columns)
    if args.categories:
        for title, choose in columns:
            print(f"\nper category ({title}): nDCG@10 / MRR (n)")
            for institution in institutions:
                for qs in institution.sets:
                    cells = scorer.categories(choose(institution.name), qs)
                    print(f"  {qs.name:<10} " + "  ".join(
                        f"{c} {n:.3f}/{r:.3f} ({k})" for c, (n, r, k) in sorted(cells.items())))

    if args.sweep:
        print("\nsweep: each weight alone (the rest today's); mean of institutions' nDCG@10, "
              "then each institution's change from today")
        base = {i.name: scorer.institution_ndcg(today, i) for i in institutions}
        print(f"{'weight':<19} {'value':>6} {'mean':>7}  " + " ".join(
            f"{i.name[:9]:>9}" for i in institutions))
        weights = args.weights.split(",")
        scorer.ensure([setting_of({**TODAY, n: v}) for n in weights for v in WEIGHTS[n]])
        for name in weights:
            for value in WEIGHTS[name]:
                setting = setting_of({**TODAY, name: value})
                per = [scorer.institution_ndcg(setting, i) - base[i.name] for i in institutions]
                mark = " (today)" if value == TODAY[name] else ""
                print(f"{name:<19} {value:>6g} {scorer.objective(setting, names):>7.4f}  "
                      + " ".join(f"{d:>+9.4f}" for d in per) + mark)

    if args.loio:
        weights = args.weights.split(",")
        scorer.ensure([setting_of({**TODAY, n: v}) for n in weights for v in WEIGHTS[n]])
        still = [n for n in weights if inert(scorer, n)]
        weights = [n for n in weights if n not in still]
        if still:
            print(f"\nweights that change no query's scores at any value tried: {', '.join(still)}")
        fits = fit(scorer, {"all": names, **{i.name: names - {i.name} for i in institutions}},
                   args.passes, args.margin, weights)
        everything, fitted = fits["all"], fits
        print(f"\nleave-one-institution-out ({args.passes} pass(es), margin {args.margin}): "
              "nDCG@10 / MRR per set")
        print_sets(scorer, [("today", lambda _: today),
                            ("fitted on all", lambda _: setting_of(everything)),
                            ("left out", lambda name: setting_of(fitted[name]))])
        print("\nvalues chosen (today's shown as '.'):")
        print(f"{'weight':<19} {'today':>6} {'all':>6}  " + " ".join(
            f"{i.name[:9]:>9}" for i in institutions))
        for name in weights:
            def shown(values: Mapping[str, float]) -> str:
                return "." if values[name] == TODAY[name] else f"{values[name]:g}"
            print(f"{name:<19} {TODAY[name]:>6g} {shown(everything):>6}  "
                  + " ".join(f"{shown(fitted[i.name]):>9}" for i in institutions))
    print(f"\n# {scorer.runs} settings scored in {time.perf_counter() - scorer.started:.0f} s",
          file=sys.stderr)


if __name__ == "__main__":
    main()
