"""Round 47: the words a motorsport factory and race team (and a university's Formula Student,
wind tunnel and test-rig workshops) write for specific skills the taxonomy already has --
driver-in-the-loop simulators, lap data, race trucks, hydraulic manifolds, livery painting,
stress engineers -- file to those skills; names whose words only resemble the new terms stay
as they were. The race team's words for broad skills (pit crews, car set-up, pre-preg
laminating) were refused: they filed more names but search lost the task each named
(docs/evaluation.md, round 47). Names of my own, none a development part's."""

from __future__ import annotations

import pytest

from tests.test_matching_round9 import _filed, matcher  # noqa: F401 (a fixture)


@pytest.mark.parametrize("text, skill_id", [
    ("Driver-in-the-loop simulator engineer", "flight-simulators"),
    ("DIL simulator", "flight-simulators"),
    ("Lap data analysis", "motorsport-data-acquisition"),
    ("HGV driving", "off-road-driving"),
    ("C+E licence", "off-road-driving"),
    ("Hydraulic manifolds", "pneumatics-hydraulics"),
    ("Livery painting", "spray-finishing"),
    ("Lacquering", "spray-finishing"),
    ("Race freight", "logistics"),
    ("Wind tunnel model maker", "model-making"),
    ("MPI and DPI", "non-destructive-testing"),
    ("Stress engineer", "fea"),
    ("Grinding between centres", "precision-grinding"),
])
def test_a_race_teams_words_file_to_the_specific_skill_it_means(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id


@pytest.mark.parametrize("text, not_skill", [
    ("Pressure testing of hose fittings", "vehicle-maintenance"),   # no "tyre pressures"
    ("Vacuum forming of trays", "composites-fabrication"),          # no "vac bagging"
    ("Animal electrophysiology rigs", "vibration-testing"),         # no "seven-post rig"
    ("Issuing and checking in loan kit", "stores-management"),      # no "stores issue"
])
def test_words_near_a_refused_term_do_not_file_to_its_skill(matcher, text, not_skill):
    """Terms whose near spellings pulled other parts' names to the wrong skill, or left them
    for review, were refused."""
    assert _filed(matcher, text) != not_skill
