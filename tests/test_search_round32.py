"""Search on a new institution's data (issue 15, round 32): a skill nobody here holds under
the taxonomy's name, nor under a name that says its words, is answered by the directory's own
name that means what was typed or the skill's own name, by the sentence model, before the
skills the taxonomy only relates to it.
Cases written from how keepers and technicians write their work, not taken from any
evaluation set."""

from __future__ import annotations

import pytest

from skillmap.bundle.records import HoldingRecord
from skillmap.search import search
from skillmap.search.semantic import load_embedder
from tests.test_search_round10 import ids, index_of

pytestmark = pytest.mark.skipif(load_embedder() is None, reason="the sentence model is optional")


@pytest.fixture(scope="module")
def primates(real_taxonomy):
    """Nobody holds primate husbandry; one keeper wrote her work as the gorillas and
    orangutans, another holds laboratory animal husbandry, which the taxonomy relates to it."""
    return index_of(real_taxonomy, [
        HoldingRecord("ann", "x-apes", 3),
        HoldingRecord("bob", "laboratory-animal-husbandry", 4),
        HoldingRecord("cal", "x-rota", 4),
    ], unreviewed={"x-apes": "Looking after the gorillas and orangutans",
                   "x-rota": "Out-of-hours rota for the small animal hospital"}, semantic=True)


@pytest.mark.parametrize("query", ["primate care", "marmoset husbandry", "NHP husbandry"])
def test_a_skill_nobody_holds_finds_the_name_written_for_it_first(primates, query):
    assert ids(search(primates, query))[:1] == ["ann"]


def test_without_such_a_name_the_related_skill_answers(real_taxonomy):
    """No unreviewed name means it: the holder of the related skill, as before."""
    index = index_of(real_taxonomy, [
        HoldingRecord("bob", "laboratory-animal-husbandry", 4),
        HoldingRecord("cal", "x-rota", 4),
    ], unreviewed={"x-rota": "Out-of-hours rota for the small animal hospital"}, semantic=True)
    assert ids(search(index, "primate care"))[:1] == ["bob"]
