"""Search on a new institution's data (issue 15, round 46): an abbreviation that spells the
small words of a name ("pob": personnel on board), and a skill nobody here holds read, with the
query's other words, as the name the directory holds it under ("wind turbine servicing": held
as "Scheduled turbine service"). Cases written from how offshore and estates staff write their
work, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from skillmap.bundle.records import HoldingRecord
from skillmap.search import search
from tests.test_search_round10 import ids, index_of


@pytest.fixture(scope="module")
def base(real_taxonomy):
    return index_of(real_taxonomy, [
        HoldingRecord("ann", "x-pob", 3),
        HoldingRecord("bob", "x-ptw", 3),
        HoldingRecord("cal", "x-service", 3),
        HoldingRecord("dee", "power-electronics", 4),
        HoldingRecord("eve", "x-stores", 4),
    ], unreviewed={"x-pob": "Personnel on board tracking and muster",
                   "x-ptw": "Issuing permits to work for the quay",
                   "x-service": "Scheduled turbine service (annual and semi-annual)",
                   "x-stores": "Quayside stores and goods in"})


@pytest.mark.parametrize("query, first", [
    ("pob", "ann"),                    # personnel on board
    ("pob tracking", "ann"),
    ("pobt", "ann"),
])
def test_an_abbreviation_spells_the_small_words_that_link_a_name(base, query, first):
    assert ids(search(base, query))[:1] == [first]


def test_an_abbreviation_of_no_name_finds_nobody(base):
    """Initials are read only where a small word links words: "stores and goods" is no
    "sag", nor "quayside stores" a "qs" of three words."""
    assert ids(search(base, "sag")) == []


@pytest.mark.parametrize("query", ["wind turbine servicing", "servicing wind turbines"])
def test_a_skill_nobody_holds_with_the_querys_other_words_finds_the_name_held(base, query):
    """Nobody holds renewable energy (its synonym "wind turbine"); the name the directory
    holds that says "turbine" and the query's "servicing" answers before power electronics,
    which the taxonomy only relates to it."""
    assert ids(search(base, query))[:1] == ["cal"]


def test_without_the_other_words_the_related_skill_answers(base):
    """"wind turbines" alone: no held name says both of its words, so the skill the taxonomy
    relates to it answers, as before."""
    assert ids(search(base, "wind turbines"))[:1] == ["dee"]
