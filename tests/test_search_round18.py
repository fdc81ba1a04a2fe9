"""Round 18 of search (issue 15): a term that an unreviewed name gives and a matched name as
written gives for another skill. The names here are my own, not copied from any set."""

from __future__ import annotations

from skillmap.bundle.records import HoldingRecord
from skillmap.search import search
from tests.test_search_round10 import ids, index_of


def test_initials_two_names_spell_for_two_skills_mean_either(real_taxonomy):
    """"Cell Sorting Facility" (filed under flow cytometry, as written) and the unreviewed
    "controlled substances filing" both spell "csf": the first name read no longer wins; a
    search for it finds the holders of both, as an abbreviation the directory writes for
    another skill than the taxonomy's does."""
    index = index_of(real_taxonomy, [
        HoldingRecord("ann", "flow-cytometry", 3, written="BIO: Cell sorting facility — User"),
        HoldingRecord("bob", "x-stores", 4), HoldingRecord("cal", "welding", 4),
    ], unreviewed={"x-stores": "controlled substances filing"})
    response = search(index, "csf")
    assert sorted(ids(response)[:2]) == ["ann", "bob"]


def test_the_initials_of_what_a_verb_is_done_to_find_an_unreviewed_names_holders(real_taxonomy):
    """An HR row says what is done ("Fitting continuous glucose monitors", "Measuring total
    dietary fibre by AOAC methods"); researchers type the initials of what it is done to
    ("cgm", "tdf"), never the verb's."""
    index = index_of(real_taxonomy, [
        HoldingRecord("ann", "x-cgm", 3), HoldingRecord("bob", "x-tdf", 4),
        HoldingRecord("cal", "welding", 4),
    ], unreviewed={"x-cgm": "Fitting continuous glucose monitors -- area sign-off, 2027",
                   "x-tdf": "Measuring total dietary fibre by AOAC methods"})
    assert ids(search(index, "cgm"))[:1] == ["ann"]
    assert ids(search(index, "tdf"))[:1] == ["bob"]
