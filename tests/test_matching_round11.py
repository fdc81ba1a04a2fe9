"""Round 11 of the importer's matcher (issue 14): rules true of English and of HR naming in
general, each with names it must leave for review and names it must still file. The names
are written from job adverts, HR competency lists and ESCO's way of phrasing skills, not
copied from the bench's development parts."""

from __future__ import annotations

import pytest

from tests.test_matching_round9 import _filed, _suggested, matcher  # noqa: F401 (a fixture)


# A verb of testing or inspecting equipment names that compliance work, and a verb of
# overseeing people names that oversight: the name files under the skill of the equipment
# or of the people only when the skill's own names or description say the activity.
@pytest.mark.parametrize("text, skill_id", [
    ("test welding equipment", "welding"),
    ("check photographic equipment", "photography"),
    ("supervise welding staff", "welding"),
    ("oversee darkroom technicians", "darkroom-processing"),
])
def test_testing_equipment_or_overseeing_people_is_its_own_work(matcher, text, skill_id):
    assert _filed(matcher, text) is None
    assert skill_id in _suggested(matcher, text)     # still the admin's first thought


@pytest.mark.parametrize("text, skill_id", [
    ("use photographic equipment", "photography"),         # using it is the skill
    ("maintain photographic equipment", "photography"),    # upkeep is the skill's own work
    ("maintain laboratory equipment", "equipment-maintenance"),
    ("calibrate precision instruments", "calibration"),    # the skill says the activity
    ("inspect lifting equipment", "puwer-compliance"),
    ("test power electronics", "power-electronics"),       # no equipment: the thing tested
])
def test_using_or_keeping_a_skills_equipment_still_files(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id


# A linked ESCO concept's label ("join metals": solder metal, weld metal) is a verb phrase;
# when its verb or its head is another skill's own term that the linked skill's own names
# and description do not say, the phrase names that other skill's work as much as the
# linked one: it stays for review with both suggested.
@pytest.mark.parametrize("text, skills", [
    ("solder metal", {"metalwork", "soldering"}),
    ("weld metal", {"metalwork", "welding"}),
])
def test_an_esco_phrase_naming_another_skills_work_is_reviewed(matcher, text, skills):
    assert _filed(matcher, text) is None
    assert skills <= _suggested(matcher, text)


@pytest.mark.parametrize("text, skill_id", [
    ("join metals", "metalwork"),
    ("Python (computer programming)", "python-programming"),   # a gloss in a bracket
])
def test_an_esco_phrase_of_the_skills_own_work_still_files(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id
