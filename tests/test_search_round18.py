"""Round 18 of search (issue 15): a term that an unreviewed name gives and a matched name as
written gives for another skill. The names here are my own, not copied from any set."""

from __future__ import annotations

from skillmap.bundle.records import FacilityRecord, HoldingRecord, StaffRecord
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


def test_a_holders_name_as_written_is_searched_without_its_exports_record(real_taxonomy):
    """An authorisation log writes a code and a record after each name, filed by the importer
    under its skill ("Bagging exhibits at scenes [QA-CSI-03 v2] signed off, witnessed by Lab
    Head 03/2024" under crime scene investigation): the code's letters ("csi") are no word the
    holder wrote for the skill, so they rank no one above a more expert holder."""
    filed = ["Bagging exhibits at scenes", "Searching vehicles for evidence",
             "Recording scene logs", "Lifting marks at scenes", "Swabbing scene stains",
             "Sealing exhibit bags"]
    holdings = [HoldingRecord(f"p{n}", "crime-scene-investigation", 2,
                              written=f"{name} [QA-CSI-0{n} v2] signed off, witnessed by Lab Head "
                                      f"0{n}/2024") for n, name in enumerate(filed, 1)]
    index = index_of(real_taxonomy, [*holdings,
                                     HoldingRecord("dan", "crime-scene-investigation", 4)])
    assert ids(search(index, "csi"))[:1] == ["dan"]


def test_a_misspelt_word_joins_the_term_beside_it(real_taxonomy):
    """"digtal forensics": the slip corrected, the two words are digital forensics, not
    "forensics" (forensic science) and a stray word, though they also start the name of a
    facility."""
    index = index_of(real_taxonomy, [HoldingRecord("ann", "digital-forensics", 3),
                                     HoldingRecord("bob", "forensic-science", 4)],
                     [FacilityRecord("DFL", "Digital Forensics Laboratory", "Uni")],
                     [StaffRecord("DFL", "bob", "lead")])
    assert ids(search(index, "digtal forensics"))[:1] == ["ann"]
