"""Round 17 of the importer's matcher (issue 14): auto-match precision on other institutions'
names. Two causes of wrong matches: two words that two different terms of one skill use (a
coincidence of its vocabulary, not its name), and the job of managing a place where a skill
is done. The names here are my own, not copied from any part of the bench; each reviewed case
was filed (wrongly) before this round."""

from __future__ import annotations

import pytest

from skillmap.matching import SkillMatcher
from tests.test_matching_round9 import _filed, _suggested, matcher  # noqa: F401 (a fixture)


@pytest.mark.parametrize("text, suggested", [
    # two specific words, each used by a different term of one skill and no term using both
    ("soil records", "archaeological-finds"),
    ("pump design", "uhv-systems"),
    ("bird feeding", "exotic-animal-husbandry"),
    ("animal anatomy", "zoology"),
    ("sample logging", "ground-investigation"),
    # managing a facility, core or centre is not its technique
    ("Genomics Core Manager duties", "genomics"),
    ("Electron Microscopy Centre Manager", "electron-microscopy"),
])
def test_a_coincidence_of_words_or_a_places_manager_is_reviewed(matcher, text, suggested):
    assert _filed(matcher, text) is None
    assert suggested in _suggested(matcher, text)


@pytest.mark.parametrize("text, skill_id", [
    # two words one term of the skill holds, by stem
    ("egg incubating", "poultry-husbandry"),
    ("crystallography of proteins", "protein-crystallisation"),
    # two words, one of them used by this skill's terms alone: the other qualifies it
    ("radioisotope records", "radioisotope-work"),
    # a skill whose label says management, and a technician's duties
    ("Workshop Manager", "workshop-management"),
    ("Flow Cytometry Facility Technician", "flow-cytometry"),
])
def test_one_terms_words_a_management_skill_or_a_technician_still_file(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id


def test_an_admins_alias_for_a_places_manager_still_files(real_taxonomy):
    aliased = SkillMatcher.for_taxonomy(
        real_taxonomy, aliases={"Electron Microscopy Centre Manager": "electron-microscopy"})
    assert _filed(aliased, "Electron Microscopy Centre Manager") == "electron-microscopy"


@pytest.mark.parametrize("text, skill_id", [
    # a skills matrix's row: an area code, the skill, the role's target proficiency, with
    # spaced middle dots or bullets between the fields (codes of two digits only before one)
    ("QCL07 · Western blotting · 2 Supervised", "western-blotting"),
    ("GLP11 · Confocal microscopy (Zeiss LSM 980) · 4 Expert", "confocal-microscopy"),
    ("EN12 • Gas chromatography • 1 Aware", "gas-chromatography"),
    ("Western blotting · 3 Independent", "western-blotting"),
])
def test_a_skills_matrix_row_files_as_its_skill(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id


@pytest.mark.parametrize("text, unwrapped", [
    ("QCL07 · Western blotting", "Western blotting"),
    ("PE50 - Vacuum pumps", "Vacuum pumps"),
    ("QCL07 Western blotting", "QCL07 Western blotting"),   # no separator: maybe a kit's name
    ("CO2 incubators", "CO2 incubators"),
])
def test_a_two_digit_code_is_set_aside_only_before_a_separator(text, unwrapped):
    from skillmap.matching import _unwrapped
    assert _unwrapped(text) == unwrapped
