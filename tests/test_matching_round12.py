"""Round 12 of the importer's matcher (issue 14): precision on an institution nobody has seen.
Each rule rests on how HR systems write skill names, not on rows of the bench's parts; the
names here are written from HR competency lists and job adverts, not copied from them."""

from __future__ import annotations

import pytest

from tests.test_matching_round9 import _filed, matcher  # noqa: F401 (a fixture)


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
