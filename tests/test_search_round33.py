"""Search on a new institution's data (issue 15, round 33): a holding written under several
names (the importer joins a person's names for one skill with "; ") is read name by name, so
an export's fields after each name are no holder's words and each name's own words are.
Cases written from how an equipment booking system writes its trained users, not taken from
any evaluation set."""

from __future__ import annotations

from skillmap.model import Directory, Holding, SkillInfo
from skillmap.search.index import _holding_texts, written_rows, written_words


def _fields_off(name: str) -> str:
    """An export's form as the index learns it: the name before its record's fields."""
    return name.split(" » level")[0]


TWO_NAMES = ("Boom kit [SND-BM] » boom swinging » level 3/4 unsupervised » trained 02/05/2024"
             " » 12 bookings; Radio mic kit [SND-RM] » radio mics on actors » level 1/4"
             " induction only » trained 14/11/2025 » 3 bookings")


def test_each_name_of_a_holding_loses_its_own_fields():
    found = written_rows([Holding("ann", "sound-engineering", 3, written=TWO_NAMES)],
                         {"ann": 0}, set(), _fields_off)
    text, words = found["sound-engineering"][0]
    assert text == TWO_NAMES
    assert written_words("boom swinging radio mics actors") <= words
    assert not written_words("level induction trained bookings") & words


def test_the_names_a_skill_was_written_under_are_each_name_apart():
    directory = Directory([], [Holding("ann", "sound-engineering", 3, written=TWO_NAMES),
                               Holding("bob", "sound-engineering", 2,
                                       written=TWO_NAMES.split("; ")[1])], [], [],
                          {"sound-engineering": SkillInfo("sound-engineering", "Sound engineering",
                                                          "creative")})
    assert _holding_texts(directory, directory.skills) == {
        "sound-engineering": sorted(TWO_NAMES.split("; "))}
