"""Round 12 of the importer's matcher (issue 14): precision on an institution nobody has seen.
Each rule rests on how HR systems write skill names, not on rows of the bench's parts; the
names here are written from HR competency lists and job adverts, not copied from them."""

from __future__ import annotations

import pytest

from tests.test_matching_round9 import _filed, _suggested, matcher  # noqa: F401 (a fixture)


# A Title Case name capitalises every word, so a capital does not make an English word a
# maker's name to drop ("Radon" is what is sampled); a code, or a word no dictionary holds
# ("Zeiss", "Bruker", "Zetasizer"), may still be one.
@pytest.mark.parametrize("text", [
    "Radon Sampling In Workplaces",
])
def test_an_english_word_in_title_case_is_no_makers_name(matcher, text):
    assert _filed(matcher, text) is None


@pytest.mark.parametrize("text, skill_id", [
    ("Zeiss Confocal Microscope Training", "confocal-microscopy"),
    ("Bruker Avance NMR Spectrometer", "nmr-spectroscopy"),
    ("Malvern Zetasizer Operation", "dls"),
    ("Beryllium Dust Sampling", "occupational-hygiene"),
])
def test_makers_names_in_title_case_still_drop(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id


# HR systems wrap a skill's name in their field labels and a proficiency rating ("Competency:
# X – Competent", "Skill: X / Proficiency: Expert", "Skill: X | Rating: Proficient", "X (Level
# 2)"): the label and the rating are no words of the skill, so the name inside is matched.
@pytest.mark.parametrize("text, skill_id", [
    ("Competency: Autoclave Operation – Level 3", "autoclave-operation"),
    ("Competency: Confocal Microscopy – Advanced", "confocal-microscopy"),
    ("Skill: Soldering | Rating: Proficient", "soldering"),
    ("Competency: Welding – Beginner", "welding"),
    ("Skill: Autoclave Operation / Proficiency: Intermediate", "autoclave-operation"),
    ("Cryosectioning (Level 2)", "cryosectioning"),
])
def test_an_hr_field_label_and_rating_are_not_the_skill(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id


@pytest.mark.parametrize("text, skills", [
    ("Competency: Glassblowing – Expert", {"hot-glass", "scientific-glassblowing"}),
])
def test_a_wrapped_ambiguous_name_is_still_reviewed(matcher, text, skills):
    assert _filed(matcher, text) is None
    assert skills <= _suggested(matcher, text)      # the label suggests no "competency" skill
    assert "competency-sign-off" not in _suggested(matcher, text)


@pytest.mark.parametrize("text, skill_id", [
    ("Advanced Life Support", "resuscitation-training"),    # a rating word inside the name
    ("CL-3 lab work", "containment-level-3"),               # a level that is the skill's own
])
def test_a_rating_word_inside_a_name_stays(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id
