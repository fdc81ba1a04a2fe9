"""Turn a typed query into concepts: skills and facilities it names, and what it asks for.

A query is segmented into the longest spans that name a known term exactly
(label, id, synonym or abbreviation); words left over are then matched by
spelling (rapidfuzz) in short spans, so "cyro-EM grid prep" still finds the
skill. Question words ("who runs the …") are dropped, but what they ask for
(someone who *trains*, someone who *leads*) is kept as an intent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Mapping

from rapidfuzz import fuzz, process
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from skillmap.taxonomy import normalise_term

__all__ = ["Concept", "ParsedQuery", "TermTable", "parse_query", "query_tokens"]

STOPWORDS = frozenset("""
a an and any anyone are at can could do does expert experts expertise find for from has have
help i in is it know knows looking me my need needs of on or our person please run runs running
someone somebody technician technicians the to us use uses using we who with working works
what which where whom whose operate operates operating do doing about there make makes making
keep keeps want wants custom new good best
""".split()) | ENGLISH_STOP_WORDS
TRAIN_WORDS = frozenset({"training", "train", "trainer", "trains", "teach", "teaching", "teaches",
                         "induction", "inductions"})
LEAD_WORDS = frozenset({"runs", "run", "running", "lead", "leads", "manager", "manages",
                        "head", "responsible", "charge", "in-charge"})
EXPANSIONS = {"prep": "preparation", "mgmt": "management", "admin": "administration",
              "maint": "maintenance", "spec": "spectroscopy", "micro": "microscopy",
              "fab": "fabrication", "dev": "development", "eng": "engineering"}
MAX_SPAN = 6
FUZZY_MAX_SPAN = 4


@dataclass(frozen=True)
class Concept:
    """One thing the query names: a skill or a facility name, and how it was recognised."""

    kind: str            # "skill" or "facility"
    key: str             # skill id, or normalised facility name
    via: str             # exact, synonym or fuzzy
    text: str            # the words of the query it came from
    confidence: float = 1.0
    facility: str | None = None   # a facility the same words name ("NMR" skill, NMR facility)


@dataclass
class ParsedQuery:
    text: str
    concepts: list[Concept] = field(default_factory=list)
    words: list[str] = field(default_factory=list)       # content words for free-text search
    wants_trainer: bool = False
    wants_lead: bool = False


@dataclass
class TermTable:
    """Known terms: ``normalised term -> (kind, key, via)``, plus the fuzzy choice list."""

    terms: dict[str, tuple[str, str, str]]
    facility_aliases: dict[str, str] = field(default_factory=dict)
    fuzzy_choices: list[str] = field(init=False)

    def __post_init__(self) -> None:
        self.fuzzy_choices = [t for t in self.terms if len(t) >= 4]


def query_tokens(text: str) -> list[str]:
    """Normalised tokens, with common abbreviations spelled out.

    >>> query_tokens("Who runs the Cryo-EM grid prep?")
    ['who', 'runs', 'the', 'cryo', 'em', 'grid', 'preparation']
    """
    cleaned = re.sub(r"[^\w\s\-/+.]", " ", text)
    return [EXPANSIONS.get(t, t) for t in normalise_term(cleaned).replace(".", " ").split()]


def parse_query(text: str, table: TermTable, *, fuzzy_cutoff: float = 84.0) -> ParsedQuery:
    """Find the concepts in `text`.

    >>> table = TermTable({"nmr": ("skill", "nmr", "synonym"),
    ...                    "confocal microscopy": ("skill", "confocal", "exact")})
    >>> q = parse_query("who runs the NMR and confocal mircoscopy training", table)
    >>> [(c.key, c.via) for c in q.concepts], q.wants_trainer, q.wants_lead
    ([('nmr', 'synonym'), ('confocal', 'fuzzy')], True, True)
    """
    tokens = query_tokens(text)
    query = ParsedQuery(text=text, wants_trainer=bool(TRAIN_WORDS & set(tokens)),
                        wants_lead=bool(LEAD_WORDS & set(tokens)))
    covered = [False] * len(tokens)
    found: dict[int, tuple[int, Concept]] = {}        # start -> (length, concept)
    _exact_spans(tokens, table, covered, found)
    _fuzzy_spans(tokens, table, covered, found, fuzzy_cutoff)
    query.concepts = _unique([concept for _, (_, concept) in sorted(found.items())])
    query.words = [t for t, used in zip(tokens, covered)
                   if not used and t not in STOPWORDS and t not in TRAIN_WORDS]
    return query


def _exact_spans(tokens: Any, table: Any, covered: Any, found: Any) -> None:
    start = 0
    while start < len(tokens):
        for length in range(min(MAX_SPAN, len(tokens) - start), 0, -1):
            span = " ".join(tokens[start:start + length])
            hit = table.terms.get(span)
            if hit and not (length == 1 and span in STOPWORDS):
                found[start] = (length, Concept(hit[0], hit[1], hit[2], span,
                                                facility=table.facility_aliases.get(span)))
                covered[start:start + length] = [True] * length
                start += length
                break
        else:
            start += 1


def _fuzzy_spans(tokens: Any, table: Any, covered: Any, found: Any, cutoff: Any) -> None:
    """Match the runs of words the exact pass left, longest spans first.

    A run right after an exact match is first tried together with it, so that
    "cnc miling" becomes the skill CNC milling rather than CNC plus a stray word.
    """
    for start, end in _uncovered_runs(tokens, covered):
        if _merge_with_neighbour(tokens, table, covered, found, start, end, cutoff):
            continue
        position = start
        while position < end:
            for length in range(min(FUZZY_MAX_SPAN, end - position), 0, -1):
                concept = _fuzzy(tokens[position:position + length], table, cutoff)
                if concept:
                    found[position] = (length, concept)
                    covered[position:position + length] = [True] * length
                    position += length
                    break
            else:
                position += 1


def _merge_with_neighbour(tokens: Any, table: Any, covered: Any, found: Any, start: Any, end: Any, cutoff: Any) -> bool:
    """Try a run of unmatched words together with the exact match just before or after it."""
    ends = {s + length: s for s, (length, _) in found.items()}
    options = []
    if (before := ends.get(start)) is not None:
        options.append((before, end, before))
    if end in found:
        options.append((start, end + found[end][0], end))
    for first, last, replaced in options:
        if last - first > FUZZY_MAX_SPAN + 1:
            continue
        concept = _fuzzy(tokens[first:last], table, cutoff)
        if concept:
            del found[replaced]
            found[first] = (last - first, concept)
            covered[first:last] = [True] * (last - first)
            return True
    return False


def _fuzzy(words: list[str], table: TermTable, cutoff: float) -> Concept | None:
    span = " ".join(words)
    if len(span) < (4 if len(words) > 1 else 5):
        return None
    hit = process.extractOne(span, table.fuzzy_choices, scorer=fuzz.ratio, score_cutoff=cutoff)
    if not hit:
        return None
    kind, key, _ = table.terms[hit[0]]
    return Concept(kind, key, "fuzzy", span, round(hit[1] / 100, 3),
                   facility=table.facility_aliases.get(hit[0]))


def _uncovered_runs(tokens: Any, covered: Any) -> Any:
    """Runs of uncovered content words, as (start, end) index pairs."""
    runs, start = [], None
    for i, token in enumerate([*tokens, ""]):
        content = i < len(tokens) and not covered[i] and token not in STOPWORDS \
            and token not in TRAIN_WORDS
        if content and start is None:
            start = i
        elif not content and start is not None:
            runs.append((start, i))
            start = None
    return runs


def _unique(concepts: list[Concept]) -> list[Concept]:
    seen, out = set(), []
    for concept in concepts:
        if (concept.kind, concept.key) not in seen:
            seen.add((concept.kind, concept.key))
            out.append(concept)
    return out


def build_term_table(skills: Mapping[str, tuple[str, tuple[str, ...]]],
                     facilities: Mapping[str, str]) -> TermTable:
    """Index skill names (``id -> (label, synonyms+abbreviations)``) and facility names.

    Skill names win over facility names that are spelled the same.
    """
    terms: dict[str, tuple[str, str, str]] = {}
    for name in facilities.values():
        for variant in _facility_variants(name):
            terms.setdefault(variant, ("facility", normalise_term(name), "exact"))
    aliases = {term: key for term, (_, key, _) in terms.items()}
    for skill_id, (label, synonyms) in skills.items():
        for synonym in synonyms:
            terms[normalise_term(synonym)] = ("skill", skill_id, "synonym")
    for skill_id, (label, _) in skills.items():
        terms[normalise_term(label)] = ("skill", skill_id, "exact")
        terms[normalise_term(skill_id)] = ("skill", skill_id, "exact")
    return TermTable(terms, {term: key for term, key in aliases.items()
                             if terms[term][0] == "skill"})


FACILITY_WORDS = ("facility", "suite", "unit", "core", "laboratory", "lab", "centre", "service")


def _facility_variants(name: str) -> set[str]:
    """A facility's name, and the name without a trailing generic word ("NMR facility" -> "nmr").

    >>> sorted(_facility_variants("NMR facility"))
    ['nmr', 'nmr facility']
    """
    full = normalise_term(re.sub(r"[^\w\s\-/]", " ", name))
    variants = {full}
    words = full.split()
    if len(words) > 1 and words[-1] in FACILITY_WORDS:
        variants.add(" ".join(words[:-1]))
    return variants
