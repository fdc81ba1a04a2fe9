"""Round 12 of the importer's matcher (issue 14): precision on an institution nobody has seen.
Each rule rests on how HR systems write skill names, not on rows of the bench's parts; the
names here are written from HR competency lists and job adverts, not copied from them."""

from __future__ import annotations

import pytest

from tests.test_matching_round9 import _filed, _suggested, matcher  # noqa: F401 (a fixture)


# A Title Case name capitalises every word, so a capital does not make an English word a
# maker's name to drop ("Radon" is what is sampled, and the taxonomy names radon monitoring
# as radiation protection); a code, or a word no dictionary holds ("Zeiss", "Bruker",
# "Zetasizer"), may still be one.
@pytest.mark.parametrize("text", [
    "Radon Sampling In Workplaces",
])
def test_an_english_word_in_title_case_is_no_makers_name(matcher, text):
    assert _filed(matcher, text) == "radiation-protection"


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


# "A – B" where both parts point at skills: one HR system writes the area then the skill
# ("Histology – Cryosectioning"), another the skill then its detail ("Sound engineering – live
# mixing desk"). When the second part names its skill outright (its label, a synonym, an
# abbreviation) it is the skill; when it only resembles one (kit, a standard, a place), the
# first part may be the skill and the second its detail: reviewed, both suggested.
@pytest.mark.parametrize("text, skills", [
    ("Sound Engineering – Live Mixing Desk", {"sound-engineering", "live-sound"}),
    ("Technical Drawing – Tolerancing Standards", {"technical-drawing", "gd-and-t"}),
])
def test_a_skill_and_a_detail_resembling_another_skill_are_reviewed(matcher, text, skills):
    assert _filed(matcher, text) is None
    assert skills <= _suggested(matcher, text)


@pytest.mark.parametrize("text, skill_id", [
    ("Histology – Cryosectioning", "cryosectioning"),
    ("Electron Microscopy – Cryo-EM", "cryo-em"),
    ("Cell Culture – Mycoplasma Testing", "mycoplasma-testing"),
    ("Welding – TIG", "tig-welding"),
    ("gas chromatography — mass spectrometry", "gc-ms"),    # a dash inside one term
])
def test_an_area_then_a_named_skill_still_files(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id
