"""Round 50: the words a steelworks' laboratories, workshops and utilities (and a university's
metallurgy and mechanical testing laboratories) write for specific skills the taxonomy already
has -- carbon and sulphur analysers and inert gas fusion, Charpy and ISO 6892 tensile tests, UT
and MT levels, works gas mains and CO monitors, emissions trading, EOT and ladle cranes, oxy-fuel
burning and thermic lances, horizontal borers -- file to those skills; names whose words only
share a word with the new terms stay as they were. The works' words for its processes (casting,
rolling, annealing, sintering: broad skills) were refused: they filed far more names but
search lost the task each named, and roll changes and yard tracking likewise
(docs/evaluation.md, round 50). Names of my own, none a development part's."""

from __future__ import annotations

import pytest

from tests.test_matching_round9 import _filed, matcher  # noqa: F401 (a fixture)


@pytest.mark.parametrize("text, skill_id", [
    ("Carbon and sulphur analysis", "elemental-analysis"),
    ("Inert gas fusion analysis of titanium", "elemental-analysis"),
    ("ONH analysis", "elemental-analysis"),
    ("Charpy testing at -20 C", "materials-testing"),
    ("Tensile testing to ISO 6892", "materials-testing"),
    ("CVN", "materials-testing"),
    ("UT Level 2", "non-destructive-testing"),
    ("MPI yoke", "non-destructive-testing"),
    ("Carbon monoxide monitoring", "gas-safety"),
    ("Coke oven gas", "gas-safety"),
    ("UK ETS reporting", "energy-management"),
    ("EOT crane driver", "lifting-operations"),
    ("Ladle crane", "lifting-operations"),
    ("Thermic lance", "welding"),
    ("Hardfacing", "welding"),
    ("Horizontal borer", "manual-machining"),
    ("Industrial hydraulics", "pneumatics-hydraulics"),
])
def test_a_steelworks_words_file_to_the_specific_skill_it_means(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id


@pytest.mark.parametrize("text, not_skill", [
    ("leco", "elemental-analysis"),                     # a maker of many analysers
    ("Main engine unit overhaul", "pneumatics-hydraulics"),   # no "air ring main"
    ("Straddle carrier simulator", "lifting-operations"),
    ("Air compressors in the engine room", "pneumatics-hydraulics"),
])
def test_words_near_a_refused_term_do_not_file_to_its_skill(matcher, text, not_skill):
    """Terms whose words pulled other parts' names to a skill they did not mean were
    refused."""
    assert _filed(matcher, text) != not_skill


@pytest.mark.parametrize("text", ["Hot strip mill rolling", "Slab caster operation",
                                  "Walking beam reheating furnace"])
def test_a_works_process_stays_for_review(matcher, text):
    """Rolling, casting and reheating at a steelworks are no university metalwork, foundry or
    heat treatment skill to file silently."""
    assert _filed(matcher, text) is None
