"""Round 14 of the importer's matcher (issue 14): shapes before words. The form an HR,
training-record or skills-matrix export wraps a skill's name in -- ratings, sign-off and
training-record status, list marks and item codes, quotes and trailing marks, competency
phrasing, a category folder before a slash or backslash -- is no part of the name: the name
in any of these forms files where the plain name files, and never anywhere else. The names
and forms here are my own, written from how such exports write things, not copied from any
part of the bench (``bench/shapes_eval.py`` scores the bench's names in 47 forms)."""

from __future__ import annotations

import pytest

from skillmap.matching import _field_value, _unphrased, _unwrapped
from tests.test_matching_round9 import _filed, matcher  # noqa: F401 (a fixture)

# The export's form, taken off layer by layer.
@pytest.mark.parametrize("text, value", [
    ("Autoclave operation - Level 3", "Autoclave operation"),
    ("Autoclave operation - LVL 2", "Autoclave operation"),
    ("Autoclave operation: 4/5", "Autoclave operation"),
    ("Autoclave operation - authorised user", "Autoclave operation"),
    ("Autoclave operation – trainer", "Autoclave operation"),
    ("Autoclave operation, refresher due 03/2026", "Autoclave operation"),
    ("Autoclave operation (trained 2019)", "Autoclave operation"),
    ("Autoclave operation (in-house)", "Autoclave operation"),
    ("Autoclave operation [Signed off]", "Autoclave operation"),
    ("Autoclave operation (expires 30/06/2027)", "Autoclave operation"),
    ("Autoclave operation (ID 1182)", "Autoclave operation"),
    ("Autoclave operation (NEW)", "Autoclave operation"),
    ("Autoclave operation – under supervision", "Autoclave operation"),
    ("Autoclave operation: some experience", "Autoclave operation"),
    ("Essential | Autoclave operation", "Autoclave operation"),
    ('"Autoclave operation"', "Autoclave operation"),
    ("“Autoclave operation”", "Autoclave operation"),
    ("Autoclave operation*", "Autoclave operation"),
    ("Autoclave operation;", "Autoclave operation"),
    ("• Autoclave operation", "Autoclave operation"),
    ("- Autoclave operation", "Autoclave operation"),
    ("2) Autoclave operation", "Autoclave operation"),
    ("4.1.2 Autoclave operation", "Autoclave operation"),
    ("4.1. Autoclave operation", "Autoclave operation"),
    ("LAB-2210 Autoclave operation", "Autoclave operation"),
    ("TR0093: Autoclave operation", "Autoclave operation"),
    ("Sound knowledge of autoclave operation", "autoclave operation"),
    ("Experience with autoclave operation", "autoclave operation"),
    ("Competent in autoclave operation", "autoclave operation"),
    ("Autoclave operation skills", "Autoclave operation"),
    ("Autoclave  operation", "Autoclave operation"),
    ("Autoclave\u00a0operation", "Autoclave operation"),
    # a person specification's flags (round 14, after heldout11's run): essential or
    # desirable, then how it is assessed
    ("Autoclave operation [E: A/I]", "Autoclave operation"),
    ("Autoclave operation (D)", "Autoclave operation"),
    ("Autoclave operation [Essential - Interview]", "Autoclave operation"),
    ("Autoclave operation (A/I/T)", "Autoclave operation"),
    # a competence register's record (round 15, after heldout12's run): status, then expiry
    ("Autoclave operation | SQEP | exp 03/2027", "Autoclave operation"),
    ("Autoclave operation | SQEP | no expiry", "Autoclave operation"),
])
def test_the_form_comes_off(text, value):
    layers = [text]
    while (shorter := _unphrased(_field_value(_unwrapped(layers[-1])))) != layers[-1]:
        layers.append(shorter)
    assert layers[-1] == value


# What only looks like a form: a bracket or a part that says what, a number that is part of
# the name, a list of two skills. Left as written.
@pytest.mark.parametrize("text", [
    "Welding (TIG)",
    "First aid at work (3 day)",
    "HPLC / GC",
    "Electrical installation - 18th Edition",
    "3D printing",
    "5-axis machining",
    "PM10 monitoring",
    "0.22 micron filtration",
    "1.5 T MRI",
    "Sieving (> 2 mm)",
    "Radiation protection - Class 4 lasers",
    "Able to operate a lathe",      # a verb phrase: the verb is the matcher's to read
    "Hepatitis B vaccination (HBV)",
    "Cryo-EM (Krios G4)",
])
def test_what_only_looks_like_a_form_is_kept(text):
    assert _unphrased(_unwrapped(text)) == text


# A name in any form files where the plain name files.
FORMS = [
    "{x} - Level 3", "{x} (Expert)", "{x} [Proficient]", "{x}: 3/5", "{x} (Level 2 - Intermediate)",
    "{x} - authorised user", "{x} – trainer", "{x} (trained 2020)", "{x}, refresher due 11/2027",
    "{x} (in-house)", "{x} - supervised", "{x} (expires 01/01/2028)", "{x} (Mandatory)",
    "{x} (3 yrs)", "QS4410 {x}", "2.4.1 {x}", "{x} (ID 90210)", "7. {x}", "• {x}",
    "Core Skills / {x}", "Technical Skills\\{x}", "Knowledge of {x}", "Experience in {x}",
    "Competent in {x}", "Working knowledge of {x}", "{x} skills", "{x}*", "{x} (NEW)", "{x}.",
    '"{x}"', "{x};", "{x} – Yes", "{x} [E: A/I]", "{x} (D: I)", "{x} | SQEP | exp 09/2028",
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("plain, skill_id", [
    ("Autoclave operation", "autoclave-operation"),
    ("Confocal microscopy", "confocal-microscopy"),
    ("Immunohistochemistry", "immunohistochemistry"),
    ("Microbiology", "microbiology"),
])
def test_a_name_in_any_form_files_where_the_plain_name_files(matcher, form, plain, skill_id):
    assert _filed(matcher, plain) == skill_id
    assert _filed(matcher, form.replace("{x}", plain)) == skill_id


# Never cut a term: a wrapper's words that are part of a term the name holds stay.
@pytest.mark.parametrize("text", [
    "Communication skills",
    "good communication skills",
    "Advanced life support",
    "Basic life support",
])
def test_a_wrapper_word_inside_a_term_is_kept(matcher, text):
    assert matcher._value(text) == text


# A folder whose name is itself a skill's term is not cut off: the name stays a list of two
# for review, as before.
def test_a_folder_named_as_a_skill_is_kept(matcher):
    assert matcher._value("Laboratory Skills / Autoclave operation") == (
        "Laboratory Skills / Autoclave operation")


# A form never files a name the plain name leaves for review.
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("plain", ["Miscellaneous duties", "Basket weaving"])
def test_a_form_never_files_a_name_the_plain_name_does_not(matcher, form, plain):
    assert _filed(matcher, plain) is None
    assert _filed(matcher, form.replace("{x}", plain)) is None


# A heading of an HR system's own words before any category separator is no part of the name;
# an area that is a discipline is left to the category rule as before.
@pytest.mark.parametrize("text, value", [
    ("Technical Skills - Autoclave operation", "Autoclave operation"),
    ("Core Competencies: Autoclave operation", "Autoclave operation"),
    ("Other | Autoclave operation", "Autoclave operation"),
    ("Job Specific Skills :: Autoclave operation", "Autoclave operation"),
    ("Professional Skills – Competency: Autoclave operation – Level: Expert", "Autoclave operation"),
    ("Microbiology - Autoclave operation", "Microbiology - Autoclave operation"),
])
def test_an_hr_heading_before_a_separator_is_no_part_of_the_name(matcher, text, value):
    assert matcher._value(text) == value


# A category tree's path is read whatever its separator; the last step is the skill.
@pytest.mark.parametrize("text, skill_id", [
    ("Life Sciences\\Imaging\\Confocal microscopy", "confocal-microscopy"),
    ("Life Sciences → Imaging → Confocal microscopy", "confocal-microscopy"),
    ("Life Sciences -> Imaging -> Confocal microscopy", "confocal-microscopy"),
    ("Life Sciences :: Imaging :: Confocal microscopy", "confocal-microscopy"),
    ("Life Sciences / Imaging / Confocal microscopy", "confocal-microscopy"),
    ("Estates \\ Plant Rooms \\ Autoclave operation", "autoclave-operation"),
])
def test_a_path_is_read_whatever_its_separator(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id


# A path naming two skills is still left for review, whatever its separator.
@pytest.mark.parametrize("text", [
    "Engineering\\Welding\\Soldering Practice",
    "Engineering → Welding → Soldering Practice",
])
def test_a_path_naming_two_skills_is_left_for_review_whatever_its_separator(matcher, text):
    assert _filed(matcher, text) is None


# Capitals throughout (two words or more) say nothing of which words are makers' names or
# codes: such a name files as its lower-case spelling does, and never where that does not.
@pytest.mark.parametrize("text", [
    "CONFOCAL MICROSCOPY", "AUTOCLAVE OPERATION - LVL 2", "SK-2201 IMMUNOHISTOCHEMISTRY STAINING",
    "PATENT ATTORNEY DUTIES", "BASKET WEAVING",
])
def test_a_name_in_capitals_files_as_in_lower_case(matcher, text):
    assert _filed(matcher, text) == _filed(matcher, matcher._value(text).lower())
    assert matcher._value(text) == matcher._value(text).lower()
