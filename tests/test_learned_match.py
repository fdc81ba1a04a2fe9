"""The learned accept / review stage's harness (``bench/learned_match.py``): its features read
what the rules computed, generically; its leave-one-part-out never lets a part judge itself."""

from __future__ import annotations

import numpy as np
import pytest

from bench.learned_match import (FEATURES, Row, StageTally, candidate, features, fit,
                                 leave_one_part_out, score, table, thresholds)
from skillmap.matching import SkillMatcher
from skillmap.taxonomy import Skill


@pytest.fixture(scope="module")
def matcher() -> SkillMatcher:
    return SkillMatcher({
        "nmr": Skill("nmr", "NMR spectroscopy", "analytical",
                     synonyms=("nuclear magnetic resonance",), abbreviations=("NMR",)),
        "hplc": Skill("hplc", "High-performance liquid chromatography", "analytical",
                      synonyms=("liquid chromatography",), abbreviations=("HPLC",)),
        "confocal": Skill("confocal", "Confocal microscopy", "imaging",
                          synonyms=("laser scanning confocal microscopy",)),
        "mass-spec": Skill("mass-spec", "Mass spectrometry", "analytical",
                           abbreviations=("MS",)),
    })


@pytest.mark.parametrize("text, via, skill_id, expected", [
    ("NMR spectroscpy", "fuzzy", "nmr",     # a typing slip: one word the taxonomy never uses
     {"via_fuzzy": 1, "via_unreviewed": 0, "unknown_words": 1, "words": 2, "margin_positive": 1,
      "in_resolution": 1, "source_resolution": 1, "brackets": 0, "sep_amp": 0}),
    ("nuclear magnetic resonance", "synonym", "nmr",
     {"via_synonym": 1, "match_score": 1.0, "explained": 1.0, "coverage": 1.0,
      "unknown_words": 0, "suggestions": 1, "words": 3}),
    # a pair: two skills, once tied; since round 18 the suggestions' readings together
    # (the named term, the share explained, the score) put one first
    ("HPLC & mass spectrometry", "unreviewed", "mass-spec",
     {"via_unreviewed": 1, "match_score": 0.0, "sep_amp": 1, "tied": 0, "margin_positive": 1,
      "abbreviation": 1, "in_resolution": 0}),
    ("MASS SPECTROMETRY OF PROTEINS; HPLC", "unreviewed", "mass-spec",
     {"sep_semicolon": 1, "capitals": 1, "tied": 0, "unknown_words": 2, "words": 5}),
    ("confocal imaging (Zeiss LSM)", "fuzzy", "confocal",
     {"brackets": 1, "unknown_words": 3, "unknown_share": 0.75, "words": 4}),
    ("liquid chromatography and widget polishing", "fuzzy", "hplc",
     {"sep_and": 1, "sep_slash": 0, "unknown_words": 3, "scored_top": 1}),
])
def test_features_read_what_the_rules_computed(matcher, text, via, skill_id, expected):
    match = matcher.match(text)
    assert (match.via, match.skill_id if match.via != "unreviewed" else
            match.suggestions[0].skill_id) == (via, skill_id)
    found = candidate(matcher, text, match)
    assert found is not None and found.skill_id == skill_id
    row = features(matcher, text, match, found)
    assert set(row) == set(FEATURES)
    assert all(np.isfinite(v) for v in row.values())
    for name, value in expected.items():
        if name == "margin_positive":
            assert row["margin"] > 0
        else:
            assert row[name] == pytest.approx(value, abs=1e-3), name


@pytest.mark.parametrize("text", ["NMR spectroscopy", "basket weaving"])
def test_exact_matches_and_names_without_suggestions_are_never_judged(matcher, text):
    assert candidate(matcher, text, matcher.match(text)) is None


def _row(split: str, via: str, right: bool, signal: float, expected: str = "a") -> Row:
    return Row(f"{split}-{via}-{signal}", split, via, expected, "a" if right else "b",
               {"signal": signal, "via_unreviewed": float(via == "unreviewed")})


def _parts() -> list[Row]:
    """Three parts where "signal" tells right from wrong candidates perfectly."""
    rows = []
    for split in ("p1", "p2", "p3"):
        rows += [_row(split, "unreviewed", True, 0.9 + i / 100) for i in range(6)]
        rows += [_row(split, "unreviewed", False, 0.1 + i / 100, "none") for i in range(6)]
        rows += [_row(split, "fuzzy", True, 0.8 + i / 100) for i in range(8)]
        rows += [_row(split, "fuzzy", False, 0.05 + i / 100) for i in range(2)]
        rows += [Row(f"{split}-exact-{i}", split, "exact", "a", "a", None) for i in range(4)]
    return rows


def test_thresholds_keep_the_target_precision():
    rows = [r for r in _parts() if r.features is not None]
    p = np.array([r.features["signal"] for r in rows])     # type: ignore[index]
    promote, demote = thresholds(rows, p)
    assert 0.16 <= promote <= 0.9       # every right one promoted, no wrong one
    assert 0.11 <= demote <= 0.8        # every wrong fuzzy demoted, no right one
    rules, stage = score(rows, p, promote, demote)
    assert stage.promoted == stage.promoted_right == 18
    assert stage.demoted == 6 and stage.demoted_right == 0
    assert stage.precision == 1.0 and rules.precision < 1.0


def test_leave_one_part_out_scores_each_part_by_a_model_that_never_saw_it():
    rows = _parts()
    results = leave_one_part_out(rows, ("signal", "via_unreviewed"))
    assert set(results) == {"p1", "p2", "p3"}
    for result in results.values():
        assert result.rules.names == result.stage.names == 26
        assert result.stage.precision == 1.0 and result.stage.recall >= result.rules.recall
        assert result.stage.unreviewed < result.rules.unreviewed
    lines = table(results)
    assert lines[-1].startswith("pooled") and len(lines) == 5


def test_a_part_never_judges_itself():
    """A predictor trained without a part cannot have memorised it: flip the labels of the
    left-out part and its scores do not move."""
    rows = _parts()
    train = [r for r in rows if r.split != "p1"]
    held = [r for r in rows if r.split == "p1" and r.features is not None]
    before = fit(train, ("signal", "via_unreviewed"))(held)
    flipped = [Row(r.name, r.split, r.via, "z", r.pick, r.features) if r.split == "p1" else r
               for r in rows]
    after = fit([r for r in flipped if r.split != "p1"], ("signal", "via_unreviewed"))(held)
    assert np.allclose(before, after)


def test_the_stage_counts_names_left_for_review_as_the_benchmark_does():
    rows = [_row("p", "unreviewed", True, 0.9), _row("p", "fuzzy", False, 0.1, "none"),
            Row("exact", "p", "exact", "a", "a", None)]
    rules, stage = score([r for r in rows], np.array([0.9, 0.1]), promote=0.5, demote=0.5)
    assert (rules.auto, rules.correct, rules.unreviewed) == (2, 1, 1)
    assert (stage.auto, stage.correct, stage.unreviewed) == (2, 2, 1)
    assert isinstance(stage, StageTally) and stage.precision == 1.0
    assert stage.unreviewed_share_all == pytest.approx(1 / 3)
