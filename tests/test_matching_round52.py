"""Round 52: the words a shipyard and its ship repair dry dock write for specific skills the
taxonomy already has -- submerged arc and flux-cored welding, welder coding and weld
sequencing; tower, crawler, mobile, goliath and magnet cranes, tandem lifts and lift plans;
tail shafts, stern seals, sea valves, deck machinery and crankshaft deflections; gamma
radiography and hull thickness gauging; cable pulling, glanding and multi-cable transits;
airless spraying, abrasive blasting, shop primer and stripe coating; enclosed space entry;
profile cutting and plasma profiling -- file to those skills. "UTM" is a universal testing
machine as often as ultrasonic thickness measurement: it is declared ambiguous, never filed
silently as either. Refused after measuring over every development part (docs/evaluation.md,
round 52): "pipe fabrication" and "pipe bending" (other parts' labellers filed pipework
fabrication under welding and mechanical fitting), "pipe fitter", "marine fitter" and
"marine engine fitter" (they took "fitter" and "pump fitter" from mechanical fitting), spool
fabrication (took "the spool crane" from lifting), "thickness gauging" (a mill's thickness
gauges are instruments), "shore power", "sea chests", "windlass" and "visual weld
inspection". Names of my own, but the three a refused term would have taken, which
development parts write."""

from __future__ import annotations

import pytest

from tests.test_matching_round9 import _filed, matcher  # noqa: F401 (a fixture)


@pytest.mark.parametrize("text, skill_id", [
    ("Submerged arc welding", "welding"),
    ("FCAW", "welding"),
    ("Welder coding", "welding"),
    ("Weld sequencing", "welding"),
    ("Tower crane operation", "lifting-operations"),
    ("Crawler crane", "lifting-operations"),
    ("Goliath crane", "lifting-operations"),
    ("Tandem lifting", "lifting-operations"),
    ("Tail shaft withdrawal", "mechanical-fitting"),
    ("Crankshaft deflections", "mechanical-fitting"),
    ("Sea valve overhaul", "mechanical-fitting"),
    ("Gamma radiography", "non-destructive-testing"),
    ("Hull thickness gauging", "non-destructive-testing"),
    ("Cable pulling", "electrical-installation"),
    ("Multi-cable transits", "electrical-installation"),
    ("Airless spray painting", "spray-finishing"),
    ("Abrasive blasting", "spray-finishing"),
    ("Stripe coating", "spray-finishing"),
    ("Enclosed space entry", "permit-to-work"),
    ("CNC profile cutting", "sheet-metal-fabrication"),
    ("Plasma profiling", "sheet-metal-fabrication"),
])
def test_a_shipyards_words_file_to_the_specific_skill_it_means(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id


@pytest.mark.parametrize("text", ["UTM", "utm"])
def test_utm_is_kept_for_review(matcher, text):
    """A universal testing machine or ultrasonic thickness measurement: the curator says."""
    assert _filed(matcher, text) is None


@pytest.mark.parametrize("text, skill_id", [
    ("fitter", "mechanical-fitting"), ("pump fitter", "mechanical-fitting"),
    ("driving the spool crane", "lifting-operations"),
])
def test_words_a_refused_term_would_have_taken_stay_where_they_were(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id
