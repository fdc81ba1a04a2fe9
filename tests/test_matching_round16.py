"""Round 16 of the importer's matcher (issue 14): competence-register records, "X – scope |
status | exp MM/YYYY", where the part after a spaced dash is the scope of the skill X (what
on, with or where), not another skill. The names here are my own, not copied from any part
of the bench; each positive case was left for review before this round."""

from __future__ import annotations

import pytest

from tests.test_matching_round9 import _filed, _suggested, matcher  # noqa: F401 (a fixture)


# The scope only says what the skill is done on, with or where: the record is the skill.
@pytest.mark.parametrize("text, skill_id", [
    ("Autoclave operation – waste and glassware cycles | Competent | exp 05/2027",
     "autoclave-operation"),
    ("Gel electrophoresis – agarose and polyacrylamide | SQEP | no expiry",
     "gel-electrophoresis"),
    ("Confocal microscopy – upright and inverted stands | Competent | no expiry",
     "confocal-microscopy"),
    ("Stores management – chemicals and consumables", "stores-management"),
    ("Autoclave operation – Tuttnauer | Competent | no expiry", "autoclave-operation"),
])
def test_a_records_scope_after_a_dash_files_it_as_its_skill(matcher, text, skill_id):
    assert _filed(matcher, text) == skill_id


# A scope that names another skill, or may (read as a name it gives other skills), or holds
# an ambiguous term, makes a record that fits two skills; a lone English word names a kind
# of the skill ("preparative gel electrophoresis"), which may be another skill or none: all
# reviewed, the head's skill suggested.
@pytest.mark.parametrize("text, suggested", [
    ("Glassware washing – autoclave cycles | Competent | no expiry", "glassware-handling"),
    ("Gel electrophoresis – Western blotting | Trained | no expiry", "gel-electrophoresis"),
    ("Manual handling – heavy gas cylinders | Trained | exp 02/2026", "manual-handling"),
    ("Line management – apprentices on the CNC milling machines", "line-management"),
    ("Fume cupboard testing – MS | SQEP | no expiry", "local-exhaust-ventilation"),
    ("Gel electrophoresis – preparative | Trained | no expiry", "gel-electrophoresis"),
])
def test_a_scope_that_may_name_another_skill_is_reviewed(matcher, text, suggested):
    assert _filed(matcher, text) is None
    assert suggested in _suggested(matcher, text)
