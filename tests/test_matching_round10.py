"""Round 10 of the importer's matcher (issue 14): mechanisms that hold on words the rules
were never shown. Each rule's table gives the names it must leave for review and the names
it must still file. Names here are written from job adverts, HR exports and facility pages,
not copied from the bench's development parts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skillmap.matching import matching_key
from tests.test_matching_round9 import _filed, _suggested, matcher  # noqa: F401 (a fixture)


# Stems alone are coincidences of spelling: the one skill whose terms use every word of the
# name by stem must share at least one word outright or by inflection ("microprobe" is no
# "micro:bit", "electron" no "electronics").
@pytest.mark.parametrize("text, never", [
    ("electron microprobe", "physical-computing"),
])
def test_stems_alone_file_nothing(matcher, text, never):
    assert _filed(matcher, text) != never


@pytest.mark.parametrize("text, skill_id", [
    ("electron microprobe (EPMA)", "eds-edx"),     # the bracket's abbreviation now decides
    ("edit photographs", "photo-editing"),          # "photographs" is "photo" and shares "edit"
])
def test_names_sharing_a_word_still_match(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id


# A declared ambiguous term settles only its own sense: the skills the name's other words
# brought in stay candidates ("IVF" is embryo work; "cryopreservation (mice)" is rodent).
@pytest.mark.parametrize("text, candidates", [
    ("IVF & sperm cryopreservation (mice)", {"embryo-transfer", "rodent-cryopreservation"}),
    ("IVF and embryo cryopreservation (mouse)", {"embryo-transfer", "rodent-cryopreservation"}),
])
def test_an_ambiguous_terms_sense_keeps_the_other_candidates(matcher, text, candidates):
    assert _filed(matcher, text) is None
    assert candidates <= _suggested(matcher, text)


def test_an_ambiguous_term_alone_still_takes_its_animal_sense(matcher):
    assert _filed(matcher, "sperm cryopreservation (mice)") == "rodent-cryopreservation"


# A bracket naming one skill does not choose among the skills a list's items name.
@pytest.mark.parametrize("text", ["AV & lecture capture (Panopto)",
                                  "AV and lecture capture (Panopto)"])
def test_a_bracket_picks_no_one_of_a_lists_skills(matcher, text):
    assert _filed(matcher, text) is None
    assert {"av-support", "learning-technology"} <= _suggested(matcher, text)


def test_a_bracket_still_names_the_kind_of_one_item(matcher):
    assert _filed(matcher, "lecture capture (Panopto)") == "learning-technology"


# Species and their adjectives say a name is about animals; "vet" is veterinary.
@pytest.mark.parametrize("text", ["canine phlebotomy", "biochemistry analyser (vet)"])
def test_a_name_about_animals_never_files_a_skill_about_people(matcher, text):
    assert _filed(matcher, text) is None


@pytest.mark.parametrize("text, skill_id", [
    ("feline blood sampling", "blood-sampling"),
    ("vet nursing", "veterinary-nursing"),
])
def test_a_name_about_animals_files_an_animal_skill(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id


def test_vet_is_veterinary():
    assert matching_key("vet pharmacy") == matching_key("veterinary pharmacy")


# A synonym that is its skill's label less the label's modifier, while two or more other
# skills' terms are the same head after modifiers of their own, names the shared head.
@pytest.mark.parametrize("text, candidates", [
    ("sample prep", {"chemical-sample-preparation", "em-sample-preparation"}),
    ("sample preperation", {"chemical-sample-preparation", "em-sample-preparation"}),
    ("animal husbandry", {"laboratory-animal-husbandry", "large-animal-husbandry"}),
])
def test_a_head_shared_by_several_skills_stays_for_review(matcher, text, candidates):
    assert _filed(matcher, text) is None
    assert candidates <= _suggested(matcher, text)


@pytest.mark.parametrize("text, skill_id", [
    ("EM sample prep", "em-sample-preparation"),        # the modifier says which
    ("chemical sample preparation", "chemical-sample-preparation"),
    ("proteomics sample preparation", "proteomics"),
    ("arc welding", "welding"),          # the parent skill's synonym, not a kind's label less
    ("x-ray diffraction", "xrd"),        # one other skill is the skill's own kind
])
def test_a_head_with_its_modifier_or_of_a_parent_still_matches(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id


# Beside a term, an English word names another skill only as that skill's head: a term's
# one specific word, or its label's first word before generic words ("Mechanical
# engineering"); an adjective before specific words ("small" of "Small boat handling",
# "Small-angle X-ray scattering") names nothing.
@pytest.mark.parametrize("text, skill_id", [
    ("small animal anaesthesia monitoring", "anaesthesia"),
    ("small rodent anaesthesia monitoring", "anaesthesia"),
    ("fume cupboard face velocity testing", "local-exhaust-ventilation"),
])
def test_an_adjective_of_another_skills_label_names_no_rival(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id


@pytest.mark.parametrize("text", [
    "mechanical workshop management",   # "Mechanical engineering": generic words follow
    "biological risk assessment",       # "Biological safety"
    "Rigging lights",                   # "light" of "Light-sheet microscopy", written as one
])
def test_a_head_of_another_skills_label_still_stops_a_match(matcher, text):
    assert _filed(matcher, text) is None


# The words that say animals are explained by any skill about animals (the guard already
# keeps a skill only about people out).
@pytest.mark.parametrize("text, skill_id", [
    ("behavioural testing of rats", "behavioural-testing"),
    ("ovine blood sampling", "blood-sampling"),
])
def test_animal_words_are_explained_by_a_skill_about_animals(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id


# A dash or colon inside a bracket is part of the bracket, never an "Area – skill" frame.
@pytest.mark.parametrize("text, skill_id", [
    ("anaesthetic monitoring (multiparameter – Mindray ePM)", "anaesthesia"),
    ("qPCR (SYBR – Bio-Rad CFX)", "qpcr"),
])
def test_a_separator_inside_a_bracket_splits_nothing(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id


@settings(max_examples=60, deadline=None)
@given(left=st.sampled_from(["SYBR", "Bio-Rad CFX", "multiparameter", "Leica", "v2"]),
       right=st.sampled_from(["Mindray ePM", "Thermo", "96-well", "model 3"]),
       separator=st.sampled_from([" – ", " - ", ": ", " | "]),
       name=st.sampled_from(["qPCR", "anaesthetic monitoring", "Flow cytometry", "Welding"]))
def test_a_bracket_holding_a_separator_resolves_as_without_it(matcher, left, right, separator,
                                                              name):
    with_separator = matcher.match(f"{name} ({left}{separator}{right})")
    without = matcher.match(f"{name} ({left} {right})")
    assert (with_separator.via == "unreviewed") == (without.via == "unreviewed")
    if without.via != "unreviewed":
        assert with_separator.skill_id == without.skill_id


@pytest.mark.parametrize("text, candidates", [
    ("lithography", {"photolithography", "electron-beam-lithography"}),
    ("isolation", {"permit-to-work", "nucleic-acid-extraction"}),
    ("prototyping", {"digital-fabrication", "electronics-prototyping"}),
])
def test_a_one_word_head_shared_by_several_skills_stays_for_review(matcher, text, candidates):
    assert _filed(matcher, text) is None
    assert candidates <= matcher._resolve(text).skills


@pytest.mark.parametrize("text, skill_id", [
    ("instrumentation", "instrumentation-engineering"),   # the label's own head
    ("cloud", "cloud-computing"),
    ("photolithography", "photolithography"),
    ("autoclave", "autoclave-operation"),   # a word of its label, though others end in it
    ("Autoclaves", "autoclave-operation"),
])
def test_a_labels_own_head_word_still_matches(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id


# A product name in a bracket files the name under its skill only when the words outside
# are said of that skill, or of no skill (a maker's own words); an abbreviation is a gloss.
@pytest.mark.parametrize("text", ["animal cages (Orbitrap)"])   # "metabolic cages" is a skill now
def test_a_bracketed_product_of_another_field_files_nothing(matcher, text):
    assert _filed(matcher, text) is None


@pytest.mark.parametrize("text, skill_id", [
    ("long-read sequencing (PromethION)", "nanopore-sequencing"),
    ("Gel imaging (ChemiDoc)", "gel-electrophoresis"),
    ("Dual-energy X-ray absorptiometry (DXA)", "clinical-physiological-measurement"),
])
def test_a_bracket_whose_skill_the_outside_describes_still_files(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id


# A species stands for "animal" in a term: "sheep handling" is animal handling.
@pytest.mark.parametrize("text, skill_id", [
    ("sheep handling", "animal-handling"),
    ("pig handling", "animal-handling"),
    ("mouse handling", "animal-handling"),       # a term as written
])
def test_a_species_stands_for_animal_in_a_term(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id


def test_a_species_never_makes_a_term_of_other_words(matcher):
    assert _filed(matcher, "sheep shearing") is None


# A typing slip keeps the word's first letter.
@pytest.mark.parametrize("text, skill_id", [
    ("weldng", "welding"), ("Rheolgy", "rheology"), ("NMR spectroscpy", "nmr-spectroscopy"),
])
def test_a_slip_inside_a_word_still_matches(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id


@pytest.mark.parametrize("text", ["gematology", "citration", "bosimetry"])
def test_a_changed_first_letter_is_no_slip(matcher, text):
    assert _filed(matcher, text) is None


# A word another skill's terms use is that skill's word, no slip for this one's.
@pytest.mark.parametrize("text", ["investment costing", "metal costing", "grant casting"])
def test_another_skills_word_is_no_slip(matcher, text):
    assert _filed(matcher, text) is None


@pytest.mark.parametrize("text, skill_id", [
    ("investment casting", "metal-casting"), ("grant costing", "grant-costing"),
])
def test_the_words_as_written_still_match(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id
