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

from typing import Any

from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz, process

from skillmap.accounts import ANONYMOUS, Viewer
from skillmap.bundle.records import PersonRecord
from skillmap.search.index import SearchIndex
from skillmap.search.query import STOPWORDS, Concept, parse_query, query_tokens

__all__ = ["Filters", "Match", "Result", "SearchResponse", "search", "suggest_skills",
           "visible_to"]

VIA_WEIGHT = {"exact": 1.0, "synonym": 1.0, "fuzzy": 0.92, "related": 0.6}
RELATED_WEIGHT = 0.35
TOPIC_MIN_SIMILARITY = 0.2
TOPIC_BONUS = 0.5
FACILITY_ALIAS_WEIGHT = 0.9
PRIMARY_SKILL_WEIGHT = 0.7
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
    person: PersonRecord
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
           filters: Filters = Filters(), viewer: Viewer = ANONYMOUS) -> SearchResponse:
    """Find the people best matching `text` among those `filters` and `viewer` allow."""
    parsed = parse_query(text, index.terms)
    allowed = _allowed(index, filters) & visible_to(index, viewer)
    n = len(index.people)
    total = np.zeros(n, dtype=np.float32)
    covered = np.zeros(n, dtype=np.int16)
    reasons: list[tuple[np.ndarray, list[Any]]] = []
    topics = _topic_concepts(index, parsed.words if parsed.concepts else query_tokens(text))
    for concept in parsed.concepts or topics:
        scores, best = _concept_scores(index, concept, parsed, filters.family)
        covered += scores > 0
        total += scores
        reasons.append((scores, best))
    for concept in topics if parsed.concepts else ():
        scores, best = _concept_scores(index, concept, parsed, filters.family)
        total += TOPIC_BONUS * scores
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
                      _matched(index, reasons, int(row))) for row in page]
    response = SearchResponse(text, results, parsed.concepts, total=int(order.size))
    if not results and text.strip():
        response.suggestions = suggest_skills(index, text)
    return response


def visible_to(index: SearchIndex, viewer: Viewer) -> np.ndarray:
    """Rows `viewer` may see: public profiles, plus their own, their teams', or all for admins."""
    if viewer.is_admin:
        return np.ones(len(index.people), dtype=bool)
    mask = index.public.copy()
    if viewer.is_manager:
        for department in viewer.departments:
            mask |= index.department == index.departments.get(department, -1)
    if viewer.person_id in index.row_of:
        mask[index.row_of[viewer.person_id]] = True
    return mask


def _allowed(index: SearchIndex, filters: Filters) -> np.ndarray:
    mask = np.ones(len(index.people), dtype=bool)
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


@dataclass(frozen=True)
class Route:
    """One way a person can match a concept: holding a skill, or staffing a facility."""

    kind: str          # "skill" or "facility"
    key: str           # skill id or facility id
    via: str


def _concept_scores(index: SearchIndex, concept: Concept, parsed: Any, family: str | None) -> Any:
    """Scores for one concept, the route that gave each person their score, and the routes.

    Explanations are resolved later, only for the people shown, so a skill with
    ten thousand holders costs a few vector operations and no Python loop.
    """
    n = len(index.people)
    scores = np.zeros(n, dtype=np.float32)
    route_of = np.full(n, -1, dtype=np.int16)
    routes: list[Route] = []
    weight = VIA_WEIGHT.get(concept.via, 1.0) * concept.confidence
    candidates: list[tuple[Route, float]] = []
    facility_name = concept.key if concept.kind == "facility" else concept.facility
    facility_weight = weight if concept.kind == "facility" else weight * FACILITY_ALIAS_WEIGHT
    for facility_id in index.facilities_by_name.get(facility_name or "", []):
        candidates.append((Route("facility", facility_id, "facility"), facility_weight))
        primary = index.facility_primary.get(facility_id)
        if concept.kind == "facility" and primary:
            candidates.append((Route("skill", primary, "related"), weight * PRIMARY_SKILL_WEIGHT))
    if concept.kind == "skill":
        candidates.append((Route("skill", concept.key, concept.via), weight))
        if concept.via != "related":
            candidates += [(Route("skill", other, "related"), weight * RELATED_WEIGHT * w)
                           for other, w in index.related.get(concept.key, {}).items()]
    for route, route_weight in candidates:
        if route.kind == "skill" and family and index.skill_family.get(route.key) != family:
            continue
        found = _route_values(index, route, route_weight, parsed)
        if found is None:
            continue
        rows, values = found
        better = values > scores[rows]
        route_of[rows[better]] = len(routes)
        scores[rows[better]] = values[better]
        routes.append(route)
    return scores, (route_of, routes)


def _route_values(index: SearchIndex, route: Route, weight: float, parsed: Any) -> Any:
    """Rows reached by `route` and their values, with what the query asked for applied."""
    if route.kind == "facility":
        staff = index.facility_staff.get(route.key)
        if staff is None:
            return None
        roles = np.array(staff.roles)
        boost = np.ones(len(roles), dtype=np.float32)
        if parsed.wants_lead:
            boost[roles == "lead"] = 1.2
        if parsed.wants_trainer:
            boost[roles == "trainer"] = 1.2
        return staff.rows, weight * staff.weights * boost
    holders = index.skill_holders.get(route.key)
    if holders is None:
        return None
    values = weight * holders.weights
    if parsed.wants_trainer:
        values = values * np.where(holders.levels >= 3, 1.25, 0.8).astype(np.float32)
    return holders.rows, values


def _explain(index: SearchIndex, route: Route, row: int) -> Match:
    if route.kind == "facility":
        staff = index.facility_staff[route.key]
        role = staff.roles[int(np.flatnonzero(staff.rows == row)[0])]
        return Match(f"{index.facility_names[route.key]} ({role})", None, "facility")
    holders = index.skill_holders[route.key]
    level = int(holders.levels[int(np.flatnonzero(holders.rows == row)[0])])
    return Match(index.skill_labels.get(route.key, route.key), level, route.via, route.key)


def _topic_concepts(index: SearchIndex, words: list[str], limit: int = 3) -> list[Concept]:
    """Skills and facilities whose descriptions read like the query's free words.

    They enter the ranking through ``related`` (or ``facility``): the query did
    not name them, so they never outrank what it did name.
    """
    content = [w for w in words if w not in STOPWORDS]
    if not content:
        return []
    vector = index.topic_vectorizer.transform([" ".join(content)])
    if vector.nnz == 0:
        return []
    similarity = np.asarray((index.topic_matrix @ vector.T).todense()).ravel()
    best = np.argsort(-similarity)[:limit]
    concepts = []
    for row in best:
        if similarity[row] < TOPIC_MIN_SIMILARITY:
            break
        kind, key = index.topic_keys[row]
        concepts.append(Concept(kind, key, "related", " ".join(content),
                                confidence=round(min(1.0, float(similarity[row]) * 1.5), 3)))
    return concepts


def _text_scores(index: SearchIndex, words: str) -> np.ndarray:
    if not words.strip():
        return np.zeros(len(index.people), dtype=np.float32)
    vector = index.vectorizer.transform([words])
    if vector.nnz == 0:
        return np.zeros(len(index.people), dtype=np.float32)
    return np.asarray((index.text_matrix @ vector.T).todense(), dtype=np.float32).ravel()


def _matched(index: SearchIndex, reasons: Any, row: int) -> list[Match]:
    matched = []
    for scores, (route_of, routes) in reasons:
        if scores[row] > 0 and route_of[row] >= 0:
            match = _explain(index, routes[route_of[row]], row)
            if match not in matched:
                matched.append(match)
    return matched


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
