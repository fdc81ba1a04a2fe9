"""Round 13 of the importer's matcher (issue 14), written after heldout10's one clean run: a
competency library writes a skill as its path in the library ("Area > Group > Skill"). The
names here are my own, written from how such libraries file technical work, not copied from
any part of the bench."""

from __future__ import annotations

import pytest

from tests.test_matching_round9 import _filed, _suggested, matcher  # noqa: F401 (a fixture)


# The last step of the path is the skill; the steps before it only file it.
@pytest.mark.parametrize("text, skill_id", [
    ("Life Sciences > Imaging > Confocal Microscopy", "confocal-microscopy"),
    ("Chemistry > Analytical > Gas Chromatography", "gas-chromatography"),
    ("Engineering > Workshop > TIG Welding", "tig-welding"),
    ("Estates » Plant Rooms » Autoclave Operation", "autoclave-operation"),
    ("Health & Safety › COSHH Assessment", "coshh"),
    ("Animal Services > Rodents > Cage Cleaning", "cage-cleaning"),
    # whatever glyph the library's breadcrumb draws (round 34, after heldout31's "▸")
    ("Life Sciences ▸ Imaging ▸ Confocal Microscopy", "confocal-microscopy"),
    ("Engineering ► Workshop ► TIG Welding", "tig-welding"),
    ("Chemistry ❯ Analytical ❯ Gas Chromatography", "gas-chromatography"),
    ("Animal Services ➤ Rodents ➤ Cage Cleaning", "cage-cleaning"),
    ("Estates ⟩ Plant Rooms ⟩ Autoclave Operation", "autoclave-operation"),
])
def test_the_last_step_of_a_path_is_the_skill(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id


# A step before the last that names another skill, beside a last step that only resembles its
# own, leaves both for review: the library filed it there for a reason.
@pytest.mark.parametrize("text, both", [
    ("Engineering > Welding > Soldering Practice", {"welding", "soldering"}),
])
def test_a_path_naming_two_skills_is_left_for_review(matcher, text, both):
    assert _filed(matcher, text) is None
    assert both <= _suggested(matcher, text)


# A path whose last step names no skill is not filed under its area or group.
def test_a_path_whose_last_step_names_no_skill_files_nothing(matcher):
    assert _filed(matcher, "Microscopy > Miscellaneous > Other Duties") is None
