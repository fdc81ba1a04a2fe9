"""Round 18 of the importer's matcher (issue 14): the order of a reviewed name's suggestions,
and typing slips of a term's word. The names here are my own, not copied from any part of
the bench."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

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


@pytest.mark.parametrize("text, first", [
    # a slip of a term's word is read as the word for the suggestions too, not only for the
    # match: before, the name's other words' skills came first
    ("histolgy bench rota", "histology"),
    ("zebrafsh room cleaning rota", "zebrafish-husbandry"),
    ("microtme blade changes", "histology"),
])
def test_a_slip_of_a_terms_word_is_suggested_as_the_word(matcher, text, first):
    match = matcher.match(text)
    assert match.via == "unreviewed"
    assert match.suggestions[0].skill_id == first


@pytest.mark.parametrize("text, skill_id", [
    # two neighbouring letters swapped in a long word of a term: one slip, not two edits
    ("histolgoy", "histology"),
    ("immunohistochemsitry staining", "immunohistochemistry"),
])
def test_a_typing_slip_of_a_terms_word_files(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id


@pytest.mark.parametrize("word, slip", [
    ("histolgoy", "histology"),
    ("welded", None),           # an English word's inflection: the dictionary lists "weld"
    ("trailed", None),
    ("nanofab", None),          # a changed letter in a short word is another word
    ("pt100s", None),           # a code
])
def test_a_slip_is_one_letter_from_one_terms_word(matcher, word, slip):
    assert matcher._slip_of(word) == slip


@pytest.mark.parametrize("text, skill_id", [
    # a workshop induction and sign-off register's row: an area code in capitals before a
    # colon, the item, then its traffic-light (RAG) risk rating and the holder's authorisation
    ("ENG: TIG welding — Amber / Inductor", "tig-welding"),
    ("LABS: High-performance liquid chromatography — Green / User", "hplc"),
    ("ART: Screen printing – exposure unit — Red / Sign-off", "screen-printing"),
    ("Confocal microscopy — Green", "confocal-microscopy"),
    ("Confocal microscopy - RAG: amber", "confocal-microscopy"),
])
def test_a_registers_area_code_and_rating_are_its_form(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id


@pytest.mark.parametrize("text", [
    # a code that is itself a term of the taxonomy is kept: it may be the skill itself
    "COSHH: storage — Green / User",
    "NMR: sample changer — Amber / User",
])
def test_an_area_code_that_is_a_term_is_never_cut(matcher, text):
    assert matcher._value(text).split(":")[0].casefold() in ("coshh", "nmr")


@pytest.mark.parametrize("text, skill_id", [
    # an area code that is a term is the row's heading when the item names terms of its own:
    # the item is the skill ("HSE" is health and safety; the row is first aid)
    ("HSE: First aid at work — Green / User", "first-aid"),
    ("HSE: COSHH assessments — Red / Inductor", "coshh"),
])
def test_an_area_code_that_is_a_term_heads_an_item_that_names_its_own(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_names_spelling_is_compared_only_with_terms_that_could_reach_the_cutoff(matcher,
                                                                                  data):
    """The spelling check compares a name with the terms near its length only (fuzz.ratio
    is at most 200 * the shorter / both lengths): what it finds is what comparing with
    every term finds, for a term with slips, words added or dropped, or any text."""
    terms = sorted(matcher._sorted_keys.values())
    term = data.draw(st.sampled_from(terms))
    words = term.split()
    name = data.draw(st.one_of(
        st.just(term),
        st.builds(lambda i, c: term[:i] + c + term[i + 1:],
                  st.integers(0, len(term)), st.sampled_from("aeiorstx ")),
        st.builds(lambda extra: " ".join(sorted([*words, *extra])),
                  st.lists(st.sampled_from(["unit", "lab", "basic", "advanced"]), max_size=3)),
        st.just(" ".join(words[1:]) or term),
        st.text(alphabet="abcdefghij -", min_size=5, max_size=90)))
    ordered = " ".join(sorted(name.split()))
    full = process.extract(ordered, matcher._sorted_keys, scorer=fuzz.ratio,
                           score_cutoff=matcher.fuzzy_cutoff, limit=5)
    near = process.extract(ordered, matcher._near(len(ordered)), scorer=fuzz.ratio,
                           score_cutoff=matcher.fuzzy_cutoff, limit=5)
    assert near == full


@pytest.mark.parametrize("text, acronym_of", [
    ("barring down after a blast", "bioinformatics"),            # BLAST
    ("sweaty palm recordings", "super-resolution-microscopy"),   # PALM
    ("leaf sampling", "sustainable-labs"),                       # LEAF
])
def test_an_acronym_another_skill_writes_as_a_word_is_that_word_in_lower_case(
        matcher, text, acronym_of):
    """An acronym that another skill's terms write as a plain English word, written in
    lower case, is no evidence for the acronym's skill alone: the name is kept for review,
    the skill suggested. In capitals it is the acronym."""
    match = matcher.match(text)
    assert match.via == "unreviewed"
    assert acronym_of in {s.skill_id for s in match.suggestions}


@pytest.mark.parametrize("text, skill_id", [
    ("BLAST", "bioinformatics"),
    ("PALM", "super-resolution-microscopy"),
    ("fish husbandry", "aquatic-husbandry"),
])
def test_an_acronym_in_capitals_and_the_word_in_its_own_term_are_filed(matcher, text, skill_id):
    assert matcher.match(text).skill_id == skill_id


def test_an_acronym_inside_a_longer_term_of_its_skill_stays_filed(matcher):
    """"aberration-corrected stem" is a term of STEM's skill in lower case: the longer term
    holds the word, so it is no false friend (the curation page showed it as a raw id)."""
    assert matcher.match("aberration-corrected stem").skill_id == "aberration-corrected-stem"
