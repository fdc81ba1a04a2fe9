"""Round 43: a name whose head is a whole term and whose tail after "for the", "in the", "at
the" or "on the" says where or on what it is done files the head's skill, whatever the place's
own words; an ambiguous term in the place, or a head that is an activity on something else,
keeps it for review. Names of my own, none a development part's."""

from __future__ import annotations

import pytest

from tests.test_matching_round9 import _filed, matcher  # noqa: F401 (a fixture)


@pytest.mark.parametrize("text, skill_id", [
    ("Fire marshal for the foundry", "fire-safety"),
    ("COSHH for the electroplating shop", "coshh"),
    ("Python scripting for the cryostat logger", "python-programming"),
    ("Risk assessments for the casting hall", "risk-assessment"),
])
def test_a_whole_term_before_its_place_files_the_terms_skill(matcher, text, skill_id):
    """Before round 43 the first three fitted two skills (the place's words are a term of
    metal casting, surface finishing or cryostat operation) and were kept for review."""
    assert _filed(matcher, text) == skill_id


@pytest.mark.parametrize("text", [
    "Risk assessment for the MS suite",      # MS is declared ambiguous
    "Induction for the confocal",            # an induction is for the place's skill
])
def test_a_place_with_an_ambiguous_term_or_a_head_about_something_else_is_reviewed(matcher,
                                                                                   text):
    assert _filed(matcher, text) is None
