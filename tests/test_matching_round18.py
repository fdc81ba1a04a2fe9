"""Round 18 of the importer's matcher (issue 14): the order of a reviewed name's suggestions,
and typing slips of a term's word. The names here are my own, not copied from any part of
the bench."""

from __future__ import annotations

import pytest

from tests.test_matching_round9 import _filed, matcher  # noqa: F401 (a fixture)


@pytest.mark.parametrize("text, first", [
    # several skills' words explain the name as fully, or one spelling is as near: the
    # skill more readings find comes first, not the first skill id in the alphabet
    ("rabbit breeding supervision", "colony-management"),
    ("mounting exhibition objects", "exhibition-installation"),
])
def test_the_skill_more_readings_find_is_suggested_first(matcher, text, first):
    match = matcher.match(text)
    assert match.via == "unreviewed"
    assert match.suggestions[0].skill_id == first
    scores = [s.score for s in match.suggestions]
    assert scores == sorted(scores, reverse=True) and all(0 <= s < 100 for s in scores)
