"""Round 19 of search (issue 15): an unreviewed name is searched without the fields its export
wrote around it. The names and the form here are my own, not copied from any set."""

from __future__ import annotations

from skillmap.bundle.records import HoldingRecord
from skillmap.search import search
from tests.test_search_round10 import ids, index_of

PHRASES = ["Hoof trimming in the crush", "Seawater pump and filter checks",
           "Thin sections of basalt", "Star tracker alignment", "Kennel rota for boarders",
           "Herbarium sheet mounting", "Plankton net deployment", "Stable isotope standards"]


def _form(n: int, phrase: str) -> str:
    return f"Goal {n % 5 + 1} [core] » {phrase} » CPD: mentoring » review 2025-26"


def test_an_unreviewed_name_is_searched_without_its_exports_fields(real_taxonomy):
    people = [f"p{n}" for n in range(len(PHRASES))]
    unreviewed = {f"x-{n}": _form(n, phrase) for n, phrase in enumerate(PHRASES)}
    index = index_of(real_taxonomy, [
        *(HoldingRecord(pid, f"x-{n}", 3) for n, pid in enumerate(people)),
        HoldingRecord("mentor", "mentoring", 2),
    ], unreviewed=unreviewed)
    assert index.skill_labels["x-0"] == unreviewed["x-0"]            # shown as written
    assert not any("mentoring" in index.derived.get(sid, ()) for sid in unreviewed)
    assert ids(search(index, "mentoring"))[:1] == ["mentor"]
    assert "p3" not in ids(search(index, "mentoring"))               # a field's term
    assert ids(search(index, "star tracker alignment"))[:1] == ["p3"]


def test_a_few_unreviewed_names_teach_no_form(real_taxonomy):
    index = index_of(real_taxonomy, [HoldingRecord("p0", "x-0", 3)],
                     unreviewed={"x-0": _form(0, PHRASES[0])})
    assert index.skill_labels["x-0"] == _form(0, PHRASES[0])
    assert ids(search(index, "hoof trimming"))[:1] == ["p0"]


def test_an_exports_label_alone_is_set_aside_too(real_taxonomy):
    """A form that is only a label before a colon ("Sign-off (mentoring): X"), no field
    around the name: the label's words are not the name's (round 20's review: the index
    once read such names as written, since the form had learnt no field)."""
    people = [f"p{n}" for n in range(len(PHRASES))]
    unreviewed = {f"x-{n}": f"Sign-off {n % 3 + 1} (mentoring): {phrase}"
                  for n, phrase in enumerate(PHRASES)}
    index = index_of(real_taxonomy, [
        *(HoldingRecord(pid, f"x-{n}", 3) for n, pid in enumerate(people)),
        HoldingRecord("mentor", "mentoring", 2),
    ], unreviewed=unreviewed)
    assert index.skill_labels["x-3"] == unreviewed["x-3"]            # shown as written
    assert "p3" not in ids(search(index, "mentoring"))               # the label's term
    assert ids(search(index, "star tracker alignment"))[:1] == ["p3"]
