"""Round 44: a weak guess (fuzzy, scored DOUBTFUL or less) at a skill of a field its bundle
names nowhere outright is kept for review, the guess its first suggestion; a guess in a field
the bundle names, or in a field every institution works in, is filed. Names of my own, none a
development part's."""

from __future__ import annotations

import pytest

from skillmap.export_form import BUNDLE_NAMES, ExportForm
from skillmap.matching import DOUBTFUL, EVERYWHERE
from tests.test_export_form import lone_csv
from tests.test_matching_round9 import matcher  # noqa: F401 (a fixture)

# weak guesses, each at a skill of a field of its own: (name, the guess, its family)
GUESSES = [("cleaning fish tanks", "aquatic-husbandry", "animal"),
           ("organ pipe voicing", "musical-instrument-care", "creative")]


def _workshop(real_taxonomy, extra: tuple[str, ...] = ()) -> list[str]:
    """A bundle of a workshop and test laboratories: its skills' labels, written outright,
    and whatever `extra` families' labels."""
    families = {"workshop", "engineering-labs", "electronics", *extra}
    return sorted(skill.label for skill in real_taxonomy.skills.values()
                  if skill.family in families)


def test_the_guesses_are_weak_guesses_alone(matcher):
    for text, skill_id, _ in GUESSES:
        found = matcher.match(text)
        assert (found.skill_id, found.via) == (skill_id, "fuzzy") and found.score <= DOUBTFUL


def test_a_weak_guess_in_a_field_its_bundle_never_names_is_kept_for_review(matcher,
                                                                          real_taxonomy):
    names = _workshop(real_taxonomy)
    assert len(names) >= BUNDLE_NAMES
    form = ExportForm.learn([*names, *(text for text, _, _ in GUESSES)], matcher, bundle=True)
    assert form.families is not None and "workshop" in form.families
    for text, skill_id, family in GUESSES:
        assert family not in form.families
        found = matcher.match(text, form)
        assert found.via == "unreviewed" and found.skill_id.startswith("x-")
        assert found.suggestions[0].skill_id == skill_id       # one click to accept
    # the bundle's own names are filed as before
    assert all(matcher.match(name, form).via == "exact" for name in names[:40])


def test_a_weak_guess_in_a_field_its_bundle_names_is_filed(matcher, real_taxonomy):
    names = _workshop(real_taxonomy, ("animal", "creative"))
    form = ExportForm.learn([*names, *(text for text, _, _ in GUESSES)], matcher, bundle=True)
    for text, skill_id, _ in GUESSES:
        assert matcher.match(text, form).skill_id == skill_id


def test_a_weak_guess_in_a_field_every_institution_works_in_is_filed(matcher, real_taxonomy):
    text = "school visits with robots"
    found = matcher.match(text)
    assert found.via == "fuzzy" and found.score <= DOUBTFUL
    assert matcher.skills[found.skill_id].family in EVERYWHERE
    form = ExportForm.learn([*_workshop(real_taxonomy), text], matcher, bundle=True)
    assert matcher.skills[found.skill_id].family not in (form.families or ())
    assert matcher.match(text, form).skill_id == found.skill_id


@pytest.mark.parametrize("bundle", [False, True])
def test_names_that_are_no_whole_bundle_say_nothing_of_its_fields(matcher, real_taxonomy,
                                                                  bundle):
    """A review queue's names, or a bundle of a few names, learn no families: no guess is
    kept back for want of them."""
    names = _workshop(real_taxonomy)[:BUNDLE_NAMES - 10] if bundle else _workshop(real_taxonomy)
    form = ExportForm.learn([*names, *(text for text, _, _ in GUESSES)], matcher, bundle=bundle)
    assert form.families is None
    for text, skill_id, _ in GUESSES:
        assert matcher.match(text, form).skill_id == skill_id


def test_an_import_keeps_a_guess_its_bundle_does_not_bear_out_for_review(real_taxonomy):
    """Through the importer: a workshop's person_skills.csv whose one name outside its fields
    is a weak guess keeps that name as an unreviewed skill, the guess its first suggestion in
    the import report; the workshop's own names are filed."""
    texts = [*_workshop(real_taxonomy), "organ pipe voicing"]
    bundle, report = lone_csv(real_taxonomy, texts)
    assert list(bundle.new_skills.values()) == ["organ pipe voicing"]
    assert report.suggestions["organ pipe voicing"][0][0] == "musical-instrument-care"
    assert len({h.skill_id for hs in bundle.holdings.values() for h in hs}) == len(texts)
