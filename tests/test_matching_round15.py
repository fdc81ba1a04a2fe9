"""Round 15 of the importer's matcher (issue 14): names written as a person specification's
criteria, where the skill is a head phrase inside a longer sentence ("Experience of X in Y",
"X of Y", "X including A, B and C", "A and B X"). The names here are my own, not copied from
any part of the bench; each positive case was left for review before this round."""

from __future__ import annotations

import pytest

from tests.test_matching_round9 import _filed, _suggested, matcher  # noqa: F401 (a fixture)


# The head names the skill; the setting it is done in, on or with, what it is done to, or
# the examples after "including" never outvote it.
@pytest.mark.parametrize("text, skill_id", [
    ("Experience of cage cleaning in a barrier unit [E: A/I]", "cage-cleaning"),
    ("Experience of confocal microscopy including live-cell imaging [E: A/I]",
     "confocal-microscopy"),
    ("Experience of Raman spectroscopy of polymer films [D: A]", "raman-spectroscopy"),
    ("Experience of cryostat sectioning of frozen brain tissue [E: A/I]", "cryosectioning"),
    ("Experience of SEM imaging of insect specimens [D: A]", "sem"),
])
def test_a_criterions_head_files_it(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id


# A setting that names another skill in full makes a name that fits two skills; an animal
# setting never files a skill about people; the object of a generic activity may be the
# skill: all stay for review, with the head's skill suggested.
@pytest.mark.parametrize("text, suggested", [
    ("Experience of flow cytometry in a CL3 laboratory [E: A/I]", "flow-cytometry"),
    ("Experience of cell culture in a containment level 3 laboratory [E: A/I]", "cell-culture"),
    ("Experience of phlebotomy on sheep [D: A/I]", "phlebotomy"),
    ("Experience of planned maintenance of the glasshouse irrigation systems [E: A/I]",
     "equipment-maintenance"),
])
def test_a_head_beside_a_setting_that_may_be_the_skill_is_reviewed(matcher, text, suggested):
    assert _filed(matcher, text) is None
    assert suggested in _suggested(matcher, text)


# "A and B": both halves name one skill, a word the writer left out supplied ("indoor and
# outdoor pest control" is indoor pest control and outdoor pest control), or B is only
# another activity on A's object ("method development and validation").
@pytest.mark.parametrize("text, skill_id", [
    ("Experience of indoor and outdoor pest control [D: A]", "pest-control"),
    ("Experience of GC-MS method development and validation [D: A/I]", "gc-ms"),
])
def test_both_halves_of_a_coordination_name_one_skill(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id


# Halves naming two skills stay two skills, and a generic object after two verbs says
# nothing of which skill.
@pytest.mark.parametrize("text", [
    "Experience of PCR and flow cytometry [E: A/I]",
    "Experience of MIG and TIG welding [D]",
    "inspect and repair laboratory equipment",
])
def test_a_coordination_of_two_skills_or_of_a_generic_object_is_reviewed(matcher, text):
    assert _filed(matcher, text) is None
