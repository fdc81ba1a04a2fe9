"""Which skills each technician holds, at what level, and how the bundle spells them.

Most skills come from the person's department (its core skills first, then
any skill of its families in the loaded taxonomy), plus a few that everyone
records. A small share is written as a label or synonym instead of an id, and
a few free-text skills no taxonomy knows are added, so that an import of the
demo exercises the importer's matching and its list of unreviewed skills.
"""

from __future__ import annotations

from typing import Any

from datetime import date
from random import Random

from skillmap.bundle.records import HoldingRecord
from skillmap.demo.config import DemoConfig
from skillmap.demo.people import Person
from skillmap.matching import SkillMatcher
from skillmap.taxonomy import Taxonomy, normalise_term

__all__ = ["MAX_SKILLS", "SkillTexts", "add_free_text", "give_base_skills", "holdings"]

MAX_SKILLS = 14


def give_base_skills(person: Person, cfg: DemoConfig, rng: Random) -> None:
    """Give `person` their department's skills, with levels skewed by grade."""
    low, high = cfg.workforce["skill_count"][person.grade]
    total = rng.randint(low, high)
    dept = person.department
    general = rng.randint(1, 3)
    core = max(1, round((total - general) * 0.6))
    extra = []
    if person.teaches:
        extra += _sample(rng, cfg.teaching_skills, rng.randint(1, 2))
    if person.job_family == "technical-management":
        extra += _sample(rng, cfg.management_skills, rng.randint(2, 3))
    picks = _sample(rng, dept.core_skills, core) + extra
    picks += _sample(rng, dept.family_skills, total - general - len(picks))
    picks += _sample(rng, cfg.general_skills, general + 2)
    weights = cfg.workforce["skill_levels"][person.grade]
    for sid in picks:
        if len(person.skills) >= max(total, low):
            break
        if sid not in person.skills:
            level = rng.choices((1, 2, 3, 4), weights=weights)[0]
            if not person.skills and person.level >= 4:
                level = min(4, level + 1)  # the first core skill is their speciality
            person.skills[sid] = [level, None]


def _sample(rng: Random, pool: tuple[str, ...], count: int) -> list[str]:
    return rng.sample(pool, max(0, min(count, len(pool))))


class SkillTexts:
    """How the bundle spells skills, checked against the importer's own matcher."""

    def __init__(self, taxonomy: Taxonomy, proper_words: frozenset[str]):
        self.taxonomy = taxonomy
        self.proper_words = proper_words
        self.matcher = SkillMatcher.for_taxonomy(taxonomy)
        self._alternatives: dict[str, list[str]] = {}

    def alternatives(self, skill_id: str) -> list[str]:
        """Labels and synonyms that the importer matches back to exactly this skill."""
        if skill_id not in self._alternatives:
            skill = self.taxonomy.skills[skill_id]
            self._alternatives[skill_id] = [
                term for term in skill.terms
                if normalise_term(term) != normalise_term(skill_id)
                and self.matcher.match(term).skill_id == skill_id
                and self.matcher.match(term).via in ("exact", "synonym")]
        return self._alternatives[skill_id]

    def spell(self, skill_id: str, rng: Random, rate: float) -> str:
        """The id, or now and then (`rate`) a label or synonym as people type them."""
        if skill_id in self.taxonomy.skills and rng.random() < rate:
            options = self.alternatives(skill_id)
            if options:
                return rng.choice(options)
        return skill_id

    def is_free_text(self, text: str) -> bool:
        return self.matcher.match(text).via == "unreviewed"

    def phrase(self, skill_id: str) -> str:
        """The skill's label as it reads inside a sentence.

        Ordinary words lose their capital ("Confocal microscopy" -> "confocal
        microscopy"); acronyms and names keep it ("NMR spectroscopy", "Python programming").
        """
        skill = self.taxonomy.skills.get(skill_id)
        label = skill.label if skill else skill_id
        first = label.split()[0] if label.split() else label
        if first in self.proper_words or first.lower() == first or not first[1:].islower():
            return label
        return label[0].lower() + label[1:]


def add_free_text(people: list[Person], cfg: DemoConfig, texts: SkillTexts,
                  rng: Random) -> None:
    """Give one or two people per department a skill that is in no taxonomy."""
    for text, department in cfg.free_text:
        if not texts.is_free_text(text):
            continue
        pool = [p for p in people if p.department.id == department
                and len(p.skills) < MAX_SKILLS]
        for person in rng.sample(pool, min(len(pool), rng.randint(1, 2))):
            person.skills[text] = [rng.choice((2, 3)), None]


def holdings(person: Person, texts: SkillTexts, rates: dict[str, Any], rng: Random,
             today: date) -> list[HoldingRecord]:
    """The person's skill rows, with a year last used and an interest for some."""
    rows = []
    earliest = person.birth.year + 16 if person.birth else today.year - 40
    for skill_id, (level, interested) in person.skills.items():
        last_used = None
        if rng.random() < rates["last_used"]:
            back = rng.randint(0, 1) if level >= 3 else rng.randint(0, 12)
            last_used = max(earliest, today.year - back)
        if interested is None:
            draw = rng.random()
            interested = (True if draw < rates["interested"] else
                          False if draw < rates["interested"] + rates["not_interested"] else None)
        rows.append(HoldingRecord(person.person_id, texts.spell(skill_id, rng,
                                                                rates["skill_as_label"]),
                                  level, min(last_used, today.year) if last_used else None,
                                  interested))
    return rows
