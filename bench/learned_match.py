"""A learned, calibrated accept / review stage for the skill matcher, judged leave-one-part-out.

Issue 14 asks for auto-match precision >= 0.98 with < 10% of names unreviewed on
institutions never seen. This harness asks whether a small model, learnt from the ten
labelled parts of ``bench/data/matching_names*.csv`` (dev, heldout, heldout2..heldout9: ten
institutions' worth of judgements), can move the rules' accept / review line:

* from what the rules already compute for a name (:func:`features`: the resolution's ``via``
  and score, the suggestions' scores and the margin between the first two, how much of the
  name the candidate skill's terms explain, words the taxonomy never uses, list separators,
  length, brackets, which of the rules' scorers put the first suggestion first and, with
  ``--semantic``, the sentence model's cosine of the name to the candidate and its margin;
  no feature names a word of any skill), a model (logistic regression on standardised
  features, or ``--model gb``: a small gradient-boosted tree) of "the name's first candidate
  -- its match, or its first suggestion -- is the right skill";
* two decisions, each threshold chosen on the training parts (out-of-part predictions, an
  inner leave-one-part-out) to keep precision >= 0.98: **promote** a name the rules leave
  for review whose first suggestion has p >= t_promote (the lowest t whose promoted names
  are >= 0.98 right); **demote** a non-exact auto-match with p < t_demote (the lowest t at
  which the training parts' auto-matches, promoted ones included, are >= 0.98 right);
* judged **leave-one-part-out**: for each part, train on the other nine, choose the
  thresholds there, score the part left out, beside the rules alone.

    python bench/learned_match.py [--semantic] [--model lr|gb] [--target 0.98]

Refused on 2026-12-02 (see ``docs/evaluation.md``): no threshold keeps 0.98 precision with a
worthwhile number of promotions, and demotion trades recall for precision one for one.
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.matching_eval import (DEVELOPMENT_PARTS, NONE, SPLITS, Name, Tally,  # noqa: E402
                                 read_names)
from skillmap.matching import (SkillMatch, SkillMatcher, _field_value,  # noqa: E402
                               _Resolution, _tokens, matching_key)

_SEPARATORS = (("amp", re.compile(r"&|\+")), ("slash", re.compile(r"/")),
               ("semicolon", re.compile(r";")), ("comma", re.compile(r",")),
               ("and", re.compile(r"\band\b", re.IGNORECASE)))
_BRACKET = re.compile(r"[\(\[\{]")
_VIAS = ("unreviewed", "synonym", "fuzzy")     # exact is never judged
_SOURCES = ("resolution", "embedded", "explained", "scored", "fuzzy")

FEATURES = (
    "via_unreviewed", "via_synonym", "via_fuzzy", "match_score",
    "first", "second", "margin", "tied", "suggestions",
    "in_resolution", "resolution_size", "embedded", "explained", "scored",
    "scored_name_share", "scored_term_share", "scored_top", "scored_lead", "fuzzy",
    *(f"source_{s}" for s in _SOURCES), "coverage", "abbreviation", "esco",
    "words", "chars", "unknown_words", "unknown_share",
    *(f"sep_{name}" for name, _ in _SEPARATORS), "brackets", "field", "capitals",
)
SEMANTIC_FEATURES = ("cosine", "cosine_margin", "cosine_rank")


@dataclass(frozen=True)
class Candidate:
    """A name's first candidate: its match's skill, or its first suggestion's."""

    skill_id: str
    suggestions: tuple[tuple[str, float], ...]      # (skill id, score 0-100), best first


def candidate(matcher: SkillMatcher, text: str, match: SkillMatch) -> Candidate | None:
    """The skill a decision is about; ``None`` for an exact match (never judged) or a name
    left for review with no suggestion."""
    if match.via == "exact":
        return None
    if match.via == "unreviewed":
        ranked = tuple((s.skill_id, s.score) for s in match.suggestions)
        return Candidate(ranked[0][0], ranked) if ranked else None
    others = matcher._suggestions(_field_value(text), match, 3,     # the rules' resolution
                                  _Resolution(frozenset({match.skill_id}), match.via))
    ranked = ((match.skill_id, match.score),
              *((s.skill_id, s.score) for s in others if s.skill_id != match.skill_id))
    return Candidate(match.skill_id, ranked[:3])


def features(matcher: SkillMatcher, text: str, match: SkillMatch, found: Candidate,
             semantic: SkillMatcher | None = None) -> dict[str, float]:
    """What the rules computed for `text`, as generic numbers about its first candidate;
    `semantic`, a matcher with the sentence model, adds :data:`SEMANTIC_FEATURES`."""
    from rapidfuzz import fuzz, process

    value = _field_value(text)
    skill_id = found.skill_id
    key = matching_key(value)
    tokens = key.split()
    scores = [score / 100 for _, score in found.suggestions]
    first, second = scores[0], (scores[1] if len(scores) > 1 else 0.0)
    resolved = (matcher._resolve(value).skills if match.via == "unreviewed"
                else frozenset({match.skill_id}))
    embedded = matcher._embedded_scores(tokens).get(skill_id, 0.0) / 100
    explained = matcher._explained(tokens).get(skill_id, 0.0)
    ranked = matcher._scored(_tokens(value, singular=True))
    mine = next((r for r in ranked if r[3] == skill_id), (0.0, 0.0, 0.0, ""))
    fuzzy = 0.0
    if key:
        for choice, score, _ in process.extract(key, matcher._fuzzy_keys.keys(),
                                                scorer=fuzz.token_set_ratio, limit=12):
            if skill_id in matcher._fuzzy_keys[choice]:
                fuzzy = max(fuzzy, score / 100)
    in_resolution = float(skill_id in resolved)
    sources = {"resolution": 0.95 * in_resolution, "embedded": embedded,
               "explained": 0.9 * explained, "scored": 0.95 * mine[0], "fuzzy": 0.9 * fuzzy}
    source = max(_SOURCES, key=lambda s: sources[s])
    unknown = sum(matcher._unknown(w) for w in tokens)
    row = {
        **{f"via_{via}": float(match.via == via) for via in _VIAS},
        "match_score": match.score / 100 if match.via != "unreviewed" else 0.0,
        "first": first, "second": second, "margin": first - second,
        "tied": float(sum(s == first for s in scores) - 1),
        "suggestions": float(len(scores)),
        "in_resolution": in_resolution,
        "resolution_size": float(min(len(resolved), 5)),
        "embedded": embedded, "explained": explained,
        "scored": mine[0], "scored_name_share": mine[1], "scored_term_share": mine[2],
        "scored_top": float(bool(ranked) and ranked[0][3] == skill_id),
        "scored_lead": mine[0] - max((r[0] for r in ranked if r[3] != skill_id), default=0.0),
        "fuzzy": fuzzy,
        **{f"source_{name}": float(source == name) for name in _SOURCES},
        "coverage": (matcher._coverage(tokens, matcher._spans(tokens), skill_id)
                     if tokens else 0.0),
        "abbreviation": float(any(t in matcher._abbreviations for t in tokens)),
        "esco": float(" ".join(_tokens(value, singular=True)) in matcher._esco),
        "words": float(min(len(value.split()), 15)), "chars": min(len(value), 80) / 80,
        "unknown_words": float(min(unknown, 5)),
        "unknown_share": unknown / len(tokens) if tokens else 0.0,
        **{f"sep_{name}": float(bool(pattern.search(value))) for name, pattern in _SEPARATORS},
        "brackets": float(bool(_BRACKET.search(value))),
        "field": float(value != text),
        "capitals": float(value.isupper() and len(value) > 4),
    }
    if semantic is not None:
        row.update(_semantic(semantic, value, found))
    return row


def _semantic(matcher: SkillMatcher, value: str, found: Candidate) -> dict[str, float]:
    """The sentence model's cosine of the name to its candidate, that cosine's margin over
    the nearest other skill, and the candidate's rank by cosine among the suggestions."""
    vectors = matcher._meaning_vectors()
    assert vectors is not None
    closeness = vectors.closeness(value)
    row = {key: i for i, key in enumerate(vectors.keys)}
    mine = float(closeness[row[found.skill_id]])
    other = max((float(c) for key, c in zip(vectors.keys, closeness) if key != found.skill_id),
                default=0.0)
    near = [float(closeness[row[sid]]) for sid, _ in found.suggestions if sid in row]
    return {"cosine": mine, "cosine_margin": mine - other,
            "cosine_rank": float(sum(c > mine for c in near))}


@dataclass(frozen=True)
class Row:
    """One labelled name as the rules left it."""

    name: str
    split: str
    via: str
    expected: str
    pick: str               # the skill matched, or the first suggestion ("" without one)
    features: dict[str, float] | None     # None: an exact match or no suggestion

    @property
    def auto(self) -> bool:
        return self.via != "unreviewed"

    @property
    def right(self) -> bool:
        return self.pick == self.expected


def collect(matcher: SkillMatcher, names: Sequence[Name],
            semantic: SkillMatcher | None = None) -> list[Row]:
    rows = []
    for item in names:
        match = matcher.match(item.name)
        found = candidate(matcher, item.name, match)
        pick = match.skill_id if match.via == "exact" else (found.skill_id if found else "")
        rows.append(Row(item.name, item.split, match.via, item.expected, pick,
                        features(matcher, item.name, match, found, semantic) if found else None))
    return rows


Predictor = Callable[[Sequence[Row]], np.ndarray]


def fit(rows: Sequence[Row], columns: Sequence[str], kind: str = "lr", seed: int = 0
        ) -> Predictor:
    """A model of "the candidate is right" on the judged rows; returns its predictor."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    judged = [r for r in rows if r.features is not None]
    x = _matrix(judged, columns)
    y = np.array([r.right for r in judged])
    if len(set(y)) < 2:     # one class only (a tiny fixture): its share, everywhere
        share = float(y.mean()) if len(y) else 0.0
        return lambda rs: np.full(len(rs), share)
    model = (HistGradientBoostingClassifier(max_depth=3, max_iter=150, learning_rate=0.05,
                                            random_state=seed)
             if kind == "gb" else
             make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=5000)))
    model.fit(x, y)
    return lambda rs: (model.predict_proba(_matrix(rs, columns))[:, 1] if len(rs)
                       else np.zeros(0))


def _matrix(rows: Sequence[Row], columns: Sequence[str]) -> np.ndarray:
    return np.array([[(r.features or {}).get(c, 0.0) for c in columns] for r in rows],
                    dtype=float).reshape(len(rows), len(columns))


def thresholds(rows: Sequence[Row], p: np.ndarray, target: float = 0.98
               ) -> tuple[float, float]:
    """(t_promote, t_demote) from out-of-part predictions `p` of the judged `rows`.

    t_promote: the lowest p at which the names left for review with p >= it are >= `target`
    right (above 1: promote none). t_demote: the lowest at which every auto-match -- exact,
    kept, promoted -- is >= `target` right (0: demote none)."""
    judged = [(r, float(q)) for r, q in zip(rows, p)]
    left = sorted(((q, r.right) for r, q in judged if not r.auto), reverse=True)
    promote, right, count = 1.01, 0, 0
    for i, (q, ok) in enumerate(left):
        right, count = right + ok, count + 1
        if (i + 1 == len(left) or left[i + 1][0] != q) and right / count >= target:
            promote = q     # every name at or above q, ties included
    promoted = [ok for q, ok in left if q >= promote]
    never = [r.right for r in rows if r.auto and r.features is None]    # exact matches
    fixed_right, fixed = sum(promoted) + sum(never), len(promoted) + len(never)
    auto = sorted((q, r.right) for r, q in judged if r.auto)
    kept_right, kept = sum(ok for _, ok in auto), len(auto)

    def enough() -> bool:
        return (fixed_right + kept_right) / max(1, fixed + kept) >= target

    demote, i = 0.0, 0
    while not enough() and i < len(auto):      # demote the lowest, a value at a time
        q = auto[i][0]
        while i < len(auto) and auto[i][0] == q:
            kept_right, kept, i = kept_right - auto[i][1], kept - 1, i + 1
        demote = auto[i][0] if i < len(auto) else q + 1e-9
    if not enough():
        demote = 0.0    # not even demoting all would do: demote none
    return promote, demote


@dataclass
class StageTally(Tally):
    """The benchmark's tally, with the names the stage promoted and demoted."""

    promoted: int = 0
    promoted_right: int = 0
    demoted: int = 0
    demoted_right: int = 0


def score(rows: Sequence[Row], p: np.ndarray | None, promote: float, demote: float
          ) -> tuple[StageTally, StageTally]:
    """(rules alone, with the stage) over `rows`; `p` the predictions of the judged rows in
    order (``None``: the rules alone twice)."""
    rules, stage = StageTally(), StageTally()
    judged = iter(p if p is not None else ())
    for row in rows:
        q = next(judged) if row.features is not None and p is not None else None
        auto = row.auto
        if q is not None and not row.auto and q >= promote:
            auto = True
            stage.promoted += 1
            stage.promoted_right += row.right
        elif q is not None and row.auto and q < demote:
            auto = False
            stage.demoted += 1
            stage.demoted_right += row.right
        for tally, accepted in ((rules, row.auto), (stage, auto)):
            tally.names += 1
            tally.with_counterpart += row.expected != NONE
            tally.auto += accepted
            tally.correct += accepted and row.right
            tally.unreviewed += not accepted
    return rules, stage


@dataclass
class PartResult:
    rules: StageTally
    stage: StageTally
    promote: float
    demote: float


def leave_one_part_out(rows: Sequence[Row], columns: Sequence[str], kind: str = "lr",
                       target: float = 0.98, demote_below: float | None = None
                       ) -> dict[str, PartResult]:
    """For each part: train on the others, choose both thresholds on the others' out-of-part
    predictions (an inner leave-one-part-out), and score the part left out."""
    parts = [s for s in dict.fromkeys(r.split for r in rows)]
    results = {}
    for part in parts:
        train = [r for r in rows if r.split != part]
        held = [r for r in rows if r.split == part]
        promote, demote = thresholds(*_out_of_part(train, columns, kind), target=target)
        demote = demote if demote_below is None else demote_below
        p = fit(train, columns, kind)([r for r in held if r.features is not None])
        results[part] = PartResult(*score(held, p, promote, demote), promote, demote)
    return results


def _out_of_part(rows: Sequence[Row], columns: Sequence[str], kind: str
                 ) -> tuple[list[Row], np.ndarray]:
    """The judged rows and each one's prediction by a model trained without its part."""
    judged = [r for r in rows if r.features is not None]
    p = np.zeros(len(judged))
    for part in dict.fromkeys(r.split for r in judged):
        index = [i for i, r in enumerate(judged) if r.split == part]
        p[index] = fit([r for r in rows if r.split != part], columns, kind)(
            [judged[i] for i in index])
    return judged, p


def table(results: dict[str, PartResult]) -> list[str]:
    lines = [f"{'part':9} {'names':>5}  {'rules prec/recall/unrev':>24}  "
             f"{'stage prec/recall/unrev':>24}  {'t_prom':>6} {'t_dem':>6} "
             f"{'promoted':>9} {'demoted':>9}"]
    pooled = [StageTally(), StageTally()]
    for part in [s for s in SPLITS if s in results] + [s for s in results if s not in SPLITS]:
        result = results[part]
        for total, tally in zip(pooled, (result.rules, result.stage)):
            for name in vars(tally):
                setattr(total, name, getattr(total, name) + getattr(tally, name))
        lines.append(_line(part, result.rules, result.stage,
                           f"{result.promote:6.3f} {result.demote:6.3f}"))
    lines.append(_line("pooled", pooled[0], pooled[1], " " * 13))
    return lines


def _line(part: str, rules: StageTally, stage: StageTally, cuts: str) -> str:
    return (f"{part:9} {rules.names:5d}  "
            f"{rules.precision:8.3f} {rules.recall:6.3f} {rules.unreviewed_share_all:6.1%}    "
            f"{stage.precision:8.3f} {stage.recall:6.3f} {stage.unreviewed_share_all:6.1%}  "
            f"{cuts} {stage.promoted_right:5d}/{stage.promoted:<3d}"
            f" {stage.demoted_right:5d}/{stage.demoted:<3d}")


def reach(rows: Sequence[Row], columns: Sequence[str], kind: str = "lr") -> list[str]:
    """Why no threshold does: out-of-part predictions on all ten parts, the share right of
    the k names left for review that the model is surest of (what promotion would accept)
    and of the k non-exact auto-matches it is least sure of (what demotion would drop)."""
    judged, p = _out_of_part(rows, columns, kind)
    left = sorted(((q, r.right) for r, q in zip(judged, p) if not r.auto), reverse=True)
    auto = sorted((q, r.right) for r, q in zip(judged, p) if r.auto)
    cells = []
    for k in (10, 25, 50, 100):
        top, bottom = left[:k], auto[:k]
        cells.append(f"k={k}: surest left {sum(ok for _, ok in top)}/{len(top)} right "
                     f"(p >= {top[-1][0]:.2f}), least sure auto {sum(ok for _, ok in bottom)}"
                     f"/{len(bottom)} right (p <= {bottom[-1][0]:.2f})")
    return cells


def weights(rows: Sequence[Row], columns: Sequence[str]) -> list[str]:
    """The logistic regression's standardised weights on all parts, largest first."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    judged = [r for r in rows if r.features is not None]
    x = StandardScaler().fit_transform(_matrix(judged, columns))
    model = LogisticRegression(C=1.0, max_iter=5000).fit(x, [r.right for r in judged])
    ranked = sorted(zip(columns, model.coef_[0]), key=lambda p: -abs(p[1]))
    return [f"{name:20} {weight:+.2f}" for name, weight in ranked]


def main(argv: list[str] | None = None) -> int:
    from skillmap.taxonomy import load_taxonomy

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--semantic", action="store_true",
                        help="add the sentence model's cosine features")
    parser.add_argument("--model", choices=("lr", "gb"), nargs="+", default=["lr"],
                        help="one table per model (lr: logistic regression; gb: small "
                             "gradient-boosted trees)")
    parser.add_argument("--target", type=float, default=0.98)
    parser.add_argument("--demote-below", type=float, default=None,
                        help="demote below this fixed p instead of the 0.98-precision "
                             "threshold (0.5: a match more likely wrong than right)")
    parser.add_argument("--taxonomy", default=str(ROOT / "taxonomies"))
    parser.add_argument("--cache", type=Path, default=None,
                        help="read the rows from this pickle if it exists, else write it "
                             "(to try several models on one feature run: the rules' and the "
                             "sentence model's work is most of the time)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    taxonomy = load_taxonomy(args.taxonomy)
    names = read_names() + [n for path in DEVELOPMENT_PARTS.values() for n in read_names(path)]
    semantic = None
    if args.cache is not None and args.cache.exists():
        with args.cache.open("rb") as handle:
            rows = pickle.load(handle)
    elif args.semantic:
        from skillmap.search.semantic import load_embedder

        embedder = load_embedder()
        if embedder is None:
            parser.error("the optional sentence model is not installed")
        semantic = SkillMatcher.for_taxonomy(taxonomy, embedder=embedder)
    if args.cache is None or not args.cache.exists():
        rows = collect(SkillMatcher.for_taxonomy(taxonomy), names, semantic)
        if args.cache is not None:
            with args.cache.open("wb") as handle:
                pickle.dump(rows, handle)
    print(f"{len(rows)} names, features in {time.perf_counter() - started:.1f} s; "
          f"target precision {args.target}")
    for cosine in (False, True) if args.semantic else (False,):
        columns = (*FEATURES, *(SEMANTIC_FEATURES if cosine else ()))
        for kind in args.model:
            print(f"\nmodel {kind}{', cosine features' if cosine else ', rules features'}"
                  + (f", demote below {args.demote_below}" if args.demote_below is not None
                     else ""))
            print("\n".join(table(leave_one_part_out(rows, columns, kind, args.target,
                                                     args.demote_below))))
            print("\n".join(reach(rows, columns, kind)))
            if kind == "lr":
                print("weights (standardised, all parts):")
                print("\n".join(weights(rows, columns)[:12]))
    print(f"in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
