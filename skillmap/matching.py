"""Match free-text skill names to the taxonomy: id, label, synonym, then fuzzy.

Import uses a conservative matcher: a fuzzy match must be a near-spelling of a
known term (typos, word order), never a mere substring, because a wrong match
silently misfiles a person's expertise, while an unmatched name is only kept
for review.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping

from rapidfuzz import fuzz, process

from skillmap.taxonomy import Skill, normalise_term

__all__ = ["SkillMatch", "SkillMatcher", "unreviewed_skill_id"]

UNREVIEWED_PREFIX = "x-"


@dataclass(frozen=True)
class SkillMatch:
    """How a text was matched: ``via`` is exact, synonym, fuzzy or unreviewed."""

    skill_id: str
    via: str
    score: float = 100.0


def unreviewed_skill_id(text: str) -> str:
    """A stable id for a skill name the taxonomy does not know.

    Equal spellings (after :func:`normalise_term`) share one id, so re-importing
    the same free text never creates a second unreviewed skill.

    >>> unreviewed_skill_id("Basket  Weaving")
    'x-basket-weaving'
    >>> unreviewed_skill_id("µ-fluidics!") == unreviewed_skill_id("µ fluidics")
    True
    """
    slug = re.sub(r"[^\w]+", "-", normalise_term(text)).strip("-_")
    return UNREVIEWED_PREFIX + (slug[:100] or "unnamed")


class SkillMatcher:
    """Resolve skill names against one set of skills.

    >>> matcher = SkillMatcher({"nmr": Skill("nmr", "NMR spectroscopy", "analytical",
    ...                                      synonyms=("nuclear magnetic resonance",),
    ...                                      abbreviations=("NMR",))})
    >>> matcher.match("nmr").via, matcher.match("NMR spectroscopy").via
    ('exact', 'exact')
    >>> matcher.match("Nuclear Magnetic Resonance").via
    'synonym'
    >>> matcher.match("NMR spectroscpy").via
    'fuzzy'
    >>> matcher.match("basket weaving")
    SkillMatch(skill_id='x-basket-weaving', via='unreviewed', score=0.0)
    """

    def __init__(self, skills: Mapping[str, Skill], *, aliases: Mapping[str, str] | None = None,
                 fuzzy_cutoff: float = 90.0):
        self.fuzzy_cutoff = fuzzy_cutoff
        self._exact: dict[str, str] = {}
        self._synonym: dict[str, str] = {}
        for skill in skills.values():
            self._exact[normalise_term(skill.id)] = skill.id
            self._exact[normalise_term(skill.label)] = skill.id
        for skill in skills.values():
            for term in (*skill.synonyms, *skill.abbreviations):
                self._synonym.setdefault(normalise_term(term), skill.id)
        for alias, skill_id in (aliases or {}).items():     # curated by admins
            self._synonym.setdefault(normalise_term(alias), skill_id)
        self._choices = {**self._synonym, **self._exact}
        self._cache: dict[str, SkillMatch] = {}

    def match(self, text: str) -> SkillMatch:
        """Return the best match for `text`, or an unreviewed id when none is confident."""
        key = normalise_term(text)
        if key not in self._cache:
            self._cache[key] = self._match(key, text)
        return self._cache[key]

    def _match(self, key: str, text: str) -> SkillMatch:
        if key in self._exact:
            return SkillMatch(self._exact[key], "exact")
        if key in self._synonym:
            return SkillMatch(self._synonym[key], "synonym")
        if len(key) >= 5:
            hit = process.extractOne(key, self._choices.keys(), scorer=fuzz.token_sort_ratio,
                                     score_cutoff=self.fuzzy_cutoff)
            if hit:
                return SkillMatch(self._choices[hit[0]], "fuzzy", round(hit[1], 1))
        return SkillMatch(unreviewed_skill_id(text), "unreviewed", 0.0)
