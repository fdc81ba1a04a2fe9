"""The search index: arrays over people, built once per directory generation.

Per-query work is vectorised (numpy over all people, sparse TF-IDF), so a query
costs the same few milliseconds whether a skill has ten holders or ten thousand.
"""

from __future__ import annotations

from typing import Any

from dataclasses import dataclass
from datetime import date

import networkx as nx
import numpy as np
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer

from skillmap.directory import Directory
from skillmap.graph import related_skills, skills_graph
from skillmap.search.query import TermTable, build_term_table
from skillmap.taxonomy import Taxonomy, normalise_term

__all__ = ["Holders", "SearchIndex", "build_index"]

ROLE_WEIGHT = {"lead": 1.0, "operator": 0.85, "trainer": 0.8, "backup": 0.6}
HIDDEN_STATUSES = frozenset({"merged", "rejected"})    # names curated out of public view


@dataclass(frozen=True)
class Holders:
    """Who holds one skill (or staffs one facility): person rows and their weights."""

    rows: np.ndarray        # int32 person row numbers
    levels: np.ndarray      # int8 level 1-4 (facility staff: 0)
    weights: np.ndarray     # float32 level x recency (facility staff: role weight)
    roles: tuple[str, ...] = ()


@dataclass
class SearchIndex:
    people: list[Any]                      # PersonRecord by row number
    row_of: dict[str, int]
    public: np.ndarray                # bool per row
    institution: np.ndarray           # int per row, codes in institutions
    department: np.ndarray
    institutions: dict[str, int]
    departments: dict[str, int]
    skill_holders: dict[str, Holders]
    facility_staff: dict[str, Holders]          # facility_id -> staff
    facilities_by_name: dict[str, list[str]]    # normalised name -> facility ids
    facility_names: dict[str, str]
    facility_primary: dict[str, str]            # facility_id -> the skill its name is about
    skill_labels: dict[str, str]
    skill_family: dict[str, str | None]
    related: dict[str, dict[str, float]]
    registrations: dict[str, np.ndarray]        # code -> bool mask
    family_members: dict[str, np.ndarray]       # skill family -> bool mask
    terms: TermTable
    vectorizer: TfidfVectorizer
    text_matrix: object                          # sparse people x vocabulary
    topic_vectorizer: TfidfVectorizer            # over skill and facility descriptions
    topic_matrix: object
    topic_keys: list[tuple[str, str]]            # ("skill", id) or ("facility", name) per row
    graph: nx.Graph
    generation: int = 0


def build_index(taxonomy: Taxonomy, directory: Directory, *, today: date | None = None,
                graph: nx.Graph | None = None) -> SearchIndex:
    """Build everything a query needs from the directory and the skills graph."""
    year = (today or date.today()).year
    people = sorted(directory.people, key=lambda p: p.person_id)
    row_of = {p.person_id: i for i, p in enumerate(people)}
    institutions = _codes(p.institution for p in people)
    departments = _codes(p.department or "" for p in people)
    G = graph if graph is not None else skills_graph(taxonomy, directory)
    skill_holders, family_members = _skill_holders(directory, row_of, len(people), year)
    facility_staff = _facility_staff(directory, row_of)
    names = {f.facility_id: f.name for f in directory.facilities}
    by_name: dict[str, list[str]] = {}
    for facility_id, name in sorted(names.items()):
        by_name.setdefault(normalise_term(name), []).append(facility_id)
    skill_terms = {s.id: (s.label, (*s.synonyms, *s.abbreviations))
                   for s in taxonomy.skills.values()}
    for info in directory.skills.values():
        if info.status not in HIDDEN_STATUSES:
            skill_terms.setdefault(info.id, (info.label, ()))
    for alias, skill_id in directory.aliases.items():
        label, synonyms = skill_terms.get(skill_id, (skill_id, ()))
        skill_terms[skill_id] = (label, (*synonyms, alias))
    vectorizer, matrix = _text_index(people, directory, names)
    topic_vectorizer, topic_matrix, topic_keys = _topic_index(taxonomy, directory)
    return SearchIndex(
        people=people, row_of=row_of, public=np.array([p.public for p in people], dtype=bool),
        institution=np.array([institutions[p.institution] for p in people], dtype=np.int32),
        department=np.array([departments[p.department or ""] for p in people], dtype=np.int32),
        institutions=institutions, departments=departments, skill_holders=skill_holders,
        facility_staff=facility_staff, facilities_by_name=by_name, facility_names=names,
        facility_primary=_primary_skills(taxonomy, directory),
        skill_labels={sid: info.label for sid, info in directory.skills.items()
                      if info.status not in HIDDEN_STATUSES},
        skill_family={sid: info.family for sid, info in directory.skills.items()},
        related={sid: dict(sorted(related_skills(G, sid).items(), key=lambda kv: -kv[1])[:8])
                 for sid in directory.skills},
        registrations=_registration_masks(people), family_members=family_members,
        terms=build_term_table(skill_terms, names), vectorizer=vectorizer, text_matrix=matrix,
        topic_vectorizer=topic_vectorizer, topic_matrix=topic_matrix, topic_keys=topic_keys,
        graph=G, generation=directory.generation)


def _codes(values: Any) -> dict[str, int]:
    return {value: i for i, value in enumerate(sorted(set(values)))}


def recency(last_used: int | None, year: int) -> float:
    """Cover from a skill not used for years counts for less (1.0 down to 0.6).

    >>> recency(None, 2026), recency(2026, 2026), recency(2016, 2026)
    (1.0, 1.0, 0.6)
    """
    if last_used is None:
        return 1.0
    return max(0.6, 1.0 - 0.08 * max(0, year - last_used))


LEVEL_WEIGHT = np.array([0.0, 0.25, 0.55, 0.85, 1.0], dtype=np.float32)


def _skill_holders(directory: Directory, row_of: dict[str, int], n: int, year: int) -> Any:
    by_skill: dict[str, list[tuple[int, int, float]]] = {}
    families: dict[str, np.ndarray] = {}
    hidden = {sid for sid, info in directory.skills.items() if info.status in HIDDEN_STATUSES}
    for h in directory.holdings:
        row = row_of.get(h.person_id)
        if row is None or h.skill_id in hidden:
            continue
        by_skill.setdefault(h.skill_id, []).append((row, h.level, recency(h.last_used, year)))
    holders = {}
    for skill_id, entries in by_skill.items():
        rows = np.array([e[0] for e in entries], dtype=np.int32)
        levels = np.array([e[1] for e in entries], dtype=np.int8)
        weights = LEVEL_WEIGHT[levels] * np.array([e[2] for e in entries], dtype=np.float32)
        holders[skill_id] = Holders(rows, levels, weights.astype(np.float32))
        family = directory.skills[skill_id].family if skill_id in directory.skills else None
        if family:
            mask = families.setdefault(family, np.zeros(n, dtype=bool))
            mask[rows] = True
    return holders, families


def _facility_staff(directory: Directory, row_of: dict[str, int]) -> dict[str, Holders]:
    by_facility: dict[str, list[tuple[int, str]]] = {}
    for member in directory.staff:
        if member.person_id in row_of:
            by_facility.setdefault(member.facility_id, []).append((row_of[member.person_id],
                                                                   member.role))
    return {fid: Holders(np.array([r for r, _ in staff], dtype=np.int32),
                         np.zeros(len(staff), dtype=np.int8),
                         np.array([ROLE_WEIGHT.get(role, 0.8) for _, role in staff],
                                  dtype=np.float32),
                         tuple(role for _, role in staff))
            for fid, staff in by_facility.items()}


def _registration_masks(people: Any) -> dict[str, np.ndarray]:
    masks: dict[str, np.ndarray] = {}
    for row, person in enumerate(people):
        for code in person.registrations:
            masks.setdefault(code, np.zeros(len(people), dtype=bool))[row] = True
    return masks


def _text_index(people: Any, directory: Directory, facility_names: dict[str, str]) -> Any:
    """TF-IDF over what people write about themselves and the facilities they staff."""
    descriptions = {f.facility_id: f"{f.name}. {f.description or ''}" for f in directory.facilities}
    staffed: dict[str, list[str]] = {}
    for member in directory.staff:
        staffed.setdefault(member.person_id, []).append(descriptions.get(member.facility_id, ""))
    documents = [" ".join([p.job_title or "", p.summary or "", *staffed.get(p.person_id, [])])
                 for p in people]
    vectorizer = TfidfVectorizer(sublinear_tf=True, stop_words="english", min_df=1,
                                 dtype=np.float32, token_pattern=r"(?u)\b\w[\w\-]*\w\b|\b\w\b")
    try:
        matrix = vectorizer.fit_transform(documents)
    except ValueError:  # no words at all yet (an empty or a bare directory)
        vectorizer.fit(["placeholder"])
        matrix = (vectorizer.transform(documents) if documents else
                  csr_matrix((0, len(vectorizer.vocabulary_)), dtype=np.float32))
    return vectorizer, matrix.tocsr()


def _topic_index(taxonomy: Taxonomy, directory: Directory) -> Any:
    """TF-IDF over what each skill and facility *is*, to read free-text needs.

    "Someone to make a custom glass vacuum manifold" names no skill, but its
    words are close to the description of scientific glassblowing and of the
    glassblowing workshop.
    """
    keys, documents = [], []
    for skill in taxonomy.skills.values():
        if skill.id in directory.skills:
            keys.append(("skill", skill.id))
            documents.append(" ".join([skill.label, *skill.synonyms, skill.description]))
    for facility in directory.facilities:
        key = ("facility", normalise_term(facility.name))
        if key not in keys:
            keys.append(key)
            documents.append(f"{facility.name} {facility.description or ''}")
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(4, 5), sublinear_tf=True,
                                 dtype=np.float32)
    matrix = vectorizer.fit_transform(documents or ["empty"]).tocsr()
    return vectorizer, matrix, keys or [("skill", "")]


def _primary_skills(taxonomy: Taxonomy, directory: Directory) -> dict[str, str]:
    """For each facility, the required skill its name is about ("Zebrafish facility" ->
    zebrafish husbandry), found by the words they share; facilities with none are left out."""
    primary = {}
    for facility in directory.facilities:
        name_words = set(normalise_term(facility.name).split())
        best, best_overlap = None, 0
        for skill_id in facility.required_skills:
            skill = taxonomy.skills.get(skill_id)
            if skill is None:
                continue
            words = {w for term in (skill.id, *skill.terms) for w in normalise_term(term).split()}
            overlap = len(name_words & words)
            if overlap > best_overlap:
                best, best_overlap = skill_id, overlap
        if best:
            primary[facility.facility_id] = best
    return primary
