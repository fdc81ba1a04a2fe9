"""Rank people for a query: concepts first, then free text, every result with its reasons.

Ranking, in order of weight:

1. **coverage**: people who match every concept of the query come first;
2. **match strength** per concept: a direct holder (level and recency weighted)
   beats someone who holds a related skill (0.35 of the weight), and facility
   staff count by role (lead > operator > trainer > backup);
3. **what was asked**: "training" favours experts and trainers, "who runs"
   favours facility leads;
4. **free-text relevance** (TF-IDF over job titles, summaries and facility
   descriptions) breaks ties, and ranks alone when no concept was found.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz, process

from skillmap.search.index import SearchIndex
from skillmap.search.query import Concept, parse_query

__all__ = ["Filters", "Match", "Result", "SearchResponse", "search", "suggest_skills"]

VIA_WEIGHT = {"exact": 1.0, "synonym": 1.0, "fuzzy": 0.92}
RELATED_WEIGHT = 0.35
FACILITY_ALIAS_WEIGHT = 0.9
COVERAGE_BONUS = 10.0
TEXT_WEIGHT = 0.8


@dataclass(frozen=True)
class Filters:
    institution: str | None = None
    department: str | None = None
    facility: str | None = None
    family: str | None = None
    registration: str | None = None


@dataclass(frozen=True)
class Match:
    skill: str
    level: int | None
    via: str
    skill_id: str | None = None


@dataclass
class Result:
    person: object          # PersonRecord
    score: float
    matched: list[Match] = field(default_factory=list)


@dataclass
class SearchResponse:
    query: str
    results: list[Result]
    concepts: list[Concept]
    total: int = 0
    suggestions: list[str] = field(default_factory=list)


def search(index: SearchIndex, text: str, *, limit: int = 10, offset: int = 0,
           filters: Filters = Filters(), include_private: bool = False) -> SearchResponse:
    """Find the people best matching `text` among those `filters` allow."""
    parsed = parse_query(text, index.terms)
    allowed = _allowed(index, filters, include_private)
    n = len(index.people)
    total = np.zeros(n, dtype=np.float32)
    covered = np.zeros(n, dtype=np.int16)
    reasons: list[tuple[np.ndarray, list]] = []
    for concept in parsed.concepts:
        scores, best = _concept_scores(index, concept, parsed, filters.family)
        hit = scores > 0
        covered += hit
        total += scores
        reasons.append((scores, best))
    words = " ".join(parsed.words) if parsed.concepts else text
    text_scores = _text_scores(index, words)
    total += TEXT_WEIGHT * text_scores
    total += COVERAGE_BONUS * covered
    total[~allowed] = 0
    candidates = np.flatnonzero(total > (0.05 if not parsed.concepts else 0))
    order = candidates[np.lexsort((-total[candidates],))] if candidates.size else candidates
    page = order[offset:offset + limit]
    results = [Result(index.people[row], round(float(total[row]), 4),
                      _matched(reasons, row)) for row in page]
    response = SearchResponse(text, results, parsed.concepts, total=int(order.size))
    if not results and text.strip():
        response.suggestions = suggest_skills(index, text)
    return response


def _allowed(index: SearchIndex, filters: Filters, include_private: bool) -> np.ndarray:
    mask = np.ones(len(index.people), dtype=bool) if include_private else index.public.copy()
    if filters.institution is not None:
        mask &= index.institution == index.institutions.get(filters.institution, -1)
    if filters.department is not None:
        mask &= index.department == index.departments.get(filters.department, -1)
    if filters.facility is not None:
        staff = index.facility_staff.get(filters.facility)
        keep = np.zeros_like(mask)
        if staff is not None:
            keep[staff.rows] = True
        mask &= keep
    if filters.registration is not None:
        mask &= index.registrations.get(filters.registration, np.zeros_like(mask))
    if filters.family is not None:
        mask &= index.family_members.get(filters.family, np.zeros_like(mask))
    return mask


def _concept_scores(index: SearchIndex, concept: Concept, parsed, family: str | None):
    """Scores for one concept, and for each scoring person the match that explains it."""
    n = len(index.people)
    scores = np.zeros(n, dtype=np.float32)
    best: dict[int, Match] = {}
    weight = VIA_WEIGHT.get(concept.via, 1.0) * concept.confidence
    if concept.kind == "facility":
        for facility_id in index.facilities_by_name.get(concept.key, []):
            _add_staff(index, facility_id, weight, parsed, scores, best)
        return scores, best
    if concept.facility:
        for facility_id in index.facilities_by_name.get(concept.facility, []):
            _add_staff(index, facility_id, weight * FACILITY_ALIAS_WEIGHT, parsed, scores, best)
    routes = [(concept.key, weight, concept.via)]
    routes += [(other, weight * RELATED_WEIGHT * w, "related")
               for other, w in index.related.get(concept.key, {}).items()]
    for skill_id, route_weight, via in routes:
        if family and index.skill_family.get(skill_id) != family:
            continue
        holders = index.skill_holders.get(skill_id)
        if holders is None:
            continue
        values = route_weight * holders.weights
        if parsed.wants_trainer:
            values = values * np.where(holders.levels >= 3, 1.25, 0.8)
        better = values > scores[holders.rows]
        label = index.skill_labels.get(skill_id, skill_id)
        for row, level in zip(holders.rows[better], holders.levels[better]):
            best[int(row)] = Match(label, int(level), via, skill_id)
        np.maximum.at(scores, holders.rows, values)
    return scores, best


def _add_staff(index, facility_id, weight, parsed, scores, best) -> None:
    staff = index.facility_staff.get(facility_id)
    if staff is None:
        return
    name = index.facility_names[facility_id]
    for row, role, role_weight in zip(staff.rows, staff.roles, staff.weights):
        value = weight * role_weight
        if parsed.wants_lead and role == "lead":
            value *= 1.2
        if parsed.wants_trainer and role == "trainer":
            value *= 1.2
        if value > scores[row]:
            scores[row] = value
            best[int(row)] = Match(f"{name} ({role})", None, "facility")


def _text_scores(index: SearchIndex, words: str) -> np.ndarray:
    if not words.strip():
        return np.zeros(len(index.people), dtype=np.float32)
    vector = index.vectorizer.transform([words])
    if vector.nnz == 0:
        return np.zeros(len(index.people), dtype=np.float32)
    return np.asarray((index.text_matrix @ vector.T).todense(), dtype=np.float32).ravel()


def _matched(reasons, row: int) -> list[Match]:
    return [best[row] for scores, best in reasons if scores[row] > 0 and row in best]


def suggest_skills(index: SearchIndex, text: str, limit: int = 5) -> list[str]:
    """Nearest skill names to `text`, for a helpful "did you mean" when nothing matched."""
    hits = process.extract(text.casefold(), index.terms.fuzzy_choices, scorer=fuzz.WRatio,
                           limit=limit * 3, score_cutoff=60)
    labels = []
    for term, _score, _ in hits:
        kind, key, _ = index.terms.terms[term]
        label = index.skill_labels.get(key, key) if kind == "skill" else term
        if label not in labels:
            labels.append(label)
    return labels[:limit]
