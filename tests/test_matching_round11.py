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
    ("test photographic equipment", "photography"),      # ESCO's label, linked to no skill
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
])
def test_an_esco_phrase_naming_another_skills_work_is_reviewed(matcher, text, skills):
    assert _filed(matcher, text) is None
    assert skills <= _suggested(matcher, text)


@pytest.mark.parametrize("text, skill_id", [
    ("join metals", "metalwork"),
    ("weld metal", "welding"),     # no longer one of metalwork's ESCO labels: welding's own work
    ("Python (computer programming)", "python-programming"),   # a gloss in a bracket
])
def test_an_esco_phrase_of_the_skills_own_work_still_files(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id


# An abbreviation in a bracket whose letters start the words before it is what those words
# say: when the skill that owns the abbreviation says none of them, it is another sense.
@pytest.mark.parametrize("text, sense", [
    ("Structural equation modelling (SEM)", "sem"),        # statistics, not electron microscopy
    ("Gas-insulated switchgear (GIS)", "gis"),             # high voltage, not mapping
])
def test_an_abbreviation_spelled_out_as_other_words_is_another_sense(matcher, text, sense):
    assert _filed(matcher, text) is None


@pytest.mark.parametrize("text, skill_id", [
    ("Scanning electron microscopy (SEM)", "sem"),
    ("Geographic information systems (GIS)", "gis"),
    ("Finite element analysis (FEA)", "fea"),
    ("Control of Substances Hazardous to Health (COSHH)", "coshh"),   # connectors skipped
])
def test_an_abbreviation_spelled_out_as_its_own_words_still_files(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id


# Demonstrating a skill (a teaching-lab duty and a skill of its own) is not the skill shown.
@pytest.mark.parametrize("text, shown", [
    ("Laser cutter demonstrations", "laser-cutting"),
])
def test_demonstrating_a_skill_is_not_the_skill(matcher, text, shown):
    assert _filed(matcher, text) is None
    assert shown in _suggested(matcher, text)


# A list's item that is another skill's term names that skill, even when the first skill's
# terms mention it (gel electrophoresis runs PCR products): "X & Y" is two skills.
@pytest.mark.parametrize("text, skills", [
    ("PCR & agarose gel electrophoresis", {"pcr", "gel-electrophoresis"}),
    ("Sanger sequencing and PCR", {"pcr", "sanger-sequencing"}),
    ("Cell culture and PCR", {"pcr", "cell-culture"}),
])
def test_a_list_item_naming_another_skill_keeps_the_name_for_review(matcher, text, skills):
    assert _filed(matcher, text) is None
    assert skills <= _suggested(matcher, text)


@pytest.mark.parametrize("text, skill_id", [
    ("welding and fabrication", "welding"),         # one term spans the list
    ("HPLC and column maintenance", "hplc"),        # the other item is no skill's term
])
def test_a_list_whose_other_item_names_no_skill_still_files(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id


# Testing, calibrating, inspecting, validating or auditing is a discipline of its own: a name
# opening with such a verb files under a skill only when the taxonomy says that activity of it.
@pytest.mark.parametrize("text, skills", [
    ("validate HPLC methods", {"hplc", "analytical-method-validation"}),
    ("audit animal records", {"animal-records"}),
])
def test_a_verb_of_its_own_discipline_keeps_the_name_for_review(matcher, text, skills):
    assert _filed(matcher, text) is None
    assert skills <= _suggested(matcher, text)


@pytest.mark.parametrize("text, skill_id", [
    ("calibrate pipettes", "calibration"),
    ("casting bronze", "metal-casting"),            # a verb before its object: the same skill
    ("testing of materials", "materials-testing"),  # "of" says which word is the head
])
def test_a_verb_the_skill_is_about_still_files(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id


# An English compound's head is its last word: a term's words reordered with no connector
# name what the technique uses, not the technique ("chromatography columns" are columns).
@pytest.mark.parametrize("text", ["chromatography columns"])
def test_a_terms_words_reordered_name_its_things(matcher, text):
    assert _filed(matcher, text) is None


# A one-word name that is only derived from a term's modifier ("colorimetric" of
# "colorimetric assays") is a method many skills use, not that skill; a term's head
# derived ("taxidermist" of "taxidermy") is the skill.
@pytest.mark.parametrize("text", ["colorimetric"])
def test_a_terms_modifier_alone_files_nothing(matcher, text):
    assert _filed(matcher, text) is None


# Abbreviations with a second everyday sense in a university (taxonomies/ambiguous_terms.csv):
# alone they stay for review with their skill suggested; beside their skill's words they file.
@pytest.mark.parametrize("text, skill_id", [
    ("RPE", "face-fit-testing"),            # or the rating of perceived exertion
    ("SMT", "pcb-assembly"),                # or a senior management team
    ("DMA", "thermal-analysis"),            # or direct memory access
    ("PPM", "equipment-maintenance"),       # or parts per million
])
def test_an_abbreviation_with_an_everyday_second_sense_is_reviewed(matcher, text, skill_id):
    assert _filed(matcher, text) is None
    assert skill_id in _suggested(matcher, text)


@pytest.mark.parametrize("text, skill_id", [
    ("RPE face fit testing", "face-fit-testing"),
    ("SMT assembly", "pcb-assembly"),
])
def test_an_ambiguous_abbreviation_beside_its_skills_words_files(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id
