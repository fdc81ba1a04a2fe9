"""The search index: arrays over people, built once per directory generation.

Per-query work is vectorised (numpy over all people, sparse matrices), so a query
costs the same few milliseconds whether a skill has ten holders or ten thousand.

Skill names the matcher could not place (unreviewed) are read here too: the
known terms inside "CNC Milling (Haas, 3-axis and 5-axis)" make its holders
direct holders of CNC milling, and its own words and abbreviations become
search terms, so a directory written the way HR writes is searchable as is.
"""

from __future__ import annotations

import csv
import hashlib
import itertools
import math
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

from skillmap.bundle.records import FacilityRecord, PersonRecord
from skillmap.directory import Directory, SkillInfo
from skillmap.export_form import MIN_NAMES, ExportForm
from skillmap.graph import related_graph, related_skills
from skillmap.matching import SkillMatcher, english_words
from skillmap.model import Holding
from skillmap.search.query import (
    FACILITY_WORDS,
    STOPWORDS,
    Concept,
    FacilityName,
    TermTable,
    english,
    parse_query,
    remembered,
)
from skillmap.search.semantic import SkillVectors, embedder_for
from skillmap.search.text import BM25, stem, tokens
from skillmap.taxonomy import Taxonomy

__all__ = ["Holders", "SearchIndex", "build_index", "meaning_texts", "text_query",
           "read_holdings", "with_new_skills", "written_words"]

ROLE_WEIGHT = {"lead": 1.0, "operator": 0.85, "trainer": 0.8, "backup": 0.6}
HIDDEN_STATUSES = frozenset({"merged", "rejected"})    # names curated out of public view
Derived = dict[str, tuple[str, ...]]      # unreviewed skill -> known skills its name holds
Written = dict[str, dict[int, tuple[str, frozenset[str]]]]   # skill -> row -> (text, stems)
DERIVED_WEIGHT = 0.9       # holders of an unreviewed name that contains a known skill
ESCO_FILE = Path(__file__).with_name("data") / "esco_skills.csv"
ESCO_NEAREST = 0.5        # share of a skill's name words an ESCO concept must hold to lend its text


@dataclass(frozen=True)
class Holders:
    """Who holds one skill (or staffs one facility): person rows and their weights."""

    rows: np.ndarray        # int32 person row numbers
    levels: np.ndarray      # int8 level 1-4 (facility staff: 0)
    weights: np.ndarray     # float32 level x recency (facility staff: role weight)
    roles: tuple[str, ...] = ()


@dataclass
class SearchIndex:
    people: list[PersonRecord]        # by row number
    row_of: dict[str, int]
    public: np.ndarray                # bool per row
    institution: np.ndarray           # int per row, codes in institutions
    department: np.ndarray
    institutions: dict[str, int]
    departments: dict[str, int]
    skill_holders: dict[str, Holders]
    facility_staff: dict[str, Holders]          # facility_id -> staff
    facility_names: dict[str, str]
    facilities: dict[str, FacilityRecord]
    facility_skills: dict[str, list[str]]       # facility_id -> skills it needs, main one first
    skill_facilities: dict[str, list[str]]      # skill -> facilities that need it
    skill_labels: dict[str, str]
    skill_family: dict[str, str | None]
    members: dict[str, dict[str, float]]        # skill -> skills whose holders hold it, weight
    derived: dict[str, tuple[str, ...]]         # unreviewed skill -> known skills its name holds
    related: dict[str, dict[str, float]]
    registrations: dict[str, np.ndarray]        # code -> bool mask
    family_members: dict[str, np.ndarray]       # skill family -> bool mask
    terms: TermTable
    vectorizer: TfidfVectorizer
    text_matrix: Any                             # sparse people x vocabulary (CSC)
    topics: BM25                                 # one document per skill
    topic_keys: list[str]                        # skill id per document
    facility_topics: BM25                        # one document per facility
    facility_keys: list[str]                     # facility id per document
    graph: nx.Graph                              # the relations between skills (related_graph)
    generation: int = 0
    semantic: SkillVectors | None = None         # what each topic_keys skill means, embedded
    written: Written = field(default_factory=dict)   # holders' own names for a matched skill
    name_words: dict[str, frozenset[str]] = field(default_factory=dict)  # skill -> its names' stems
    read_as: dict[str, tuple[str, str]] = field(   # a filed name's reading -> (its skill, the
        default_factory=dict)                          # name as written): see _read_names
    form: ExportForm = ExportForm()                # the export's fields around names as written
    written_said: dict[str, frozenset[str]] = field(      # skill -> every word its holders'
        default_factory=dict, init=False, repr=False, compare=False)  # names as written say
    named_for: dict[bytes, TermTable] = field(     # terms with the names a viewer may see,
        default_factory=dict, init=False, repr=False, compare=False)  # by their rows' digest

    def __post_init__(self) -> None:
        self.written_said = {sid: frozenset().union(*(words for _, words in texts.values()))
                              for sid, texts in self.written.items()}

    def terms_for(self, visible: np.ndarray) -> TermTable:
        """The term table whose people's names are those of the `visible` rows (see
        :meth:`TermTable.naming`), made once per set of rows (a handful: the public, each
        manager's scope, each private person's own)."""
        if visible.all():
            return self.terms
        return remembered(self.named_for, hashlib.blake2b(visible.tobytes()).digest(),
                          lambda: self.terms.naming(
                              {self.people[row].person_id for row in np.flatnonzero(visible)}),
                          most=64)


def build_index(taxonomy: Taxonomy, directory: Directory, *, today: date | None = None,
                graph: nx.Graph | None = None, semantic: bool | None = None) -> SearchIndex:
    """Build everything a query needs from the directory and the skills graph.

    `semantic`: embed what each skill means for free-text needs, when the optional model is
    installed (None: as the setting ``SEMANTIC_SEARCH`` says)."""
    year = (today or date.today()).year
    people = sorted(directory.people, key=lambda p: p.person_id)
    row_of = {p.person_id: i for i, p in enumerate(people)}
    institutions = _codes(p.institution for p in people)
    departments = _codes(p.department or "" for p in people)
    G = graph if graph is not None else related_graph(taxonomy, directory)
    skill_holders, family_members = _skill_holders(directory, row_of, len(people), year)
    names = {f.facility_id: f.name for f in directory.facilities}
    listed = {sid: info for sid, info in directory.skills.items()
              if info.status not in HIDDEN_STATUSES}
    shown = {sid: info.label for sid, info in listed.items()}     # as written
    as_written = _holding_texts(directory, listed)
    form = _export_form(taxonomy, listed, as_written)
    content = form.content
    visible = {sid: replace(info, label=content(info.label))
               if info.status == "unreviewed" else info for sid, info in listed.items()}
    read = _read_names(as_written, visible, content)
    base, derived, named = _unreviewed_names(taxonomy, directory, visible, read)
    read = {sid: entry for sid, entry in read.items() if sid in derived}   # naming another
    read_as = {sid: (filed, name) for sid, (filed, name, _) in read.items()}
    skill_holders.update(_skill_holders_of(read_holdings(directory.holdings, read_as), row_of,
                                           year))
    readings = {sid: info for sid, (_, _, info) in read.items()}
    terms = dict(base)
    for term, meaning in named.items():
        terms.setdefault(term, meaning)
    written_terms = _written_terms({sid: [content(n) for n in names]
                                    for sid, names in as_written.items()})
    for term, meaning in written_terms.items():
        terms.setdefault(term, meaning)
    members: dict[str, dict[str, float]] = {sid: {sid: 1.0} for sid in visible}
    for unreviewed, targets in derived.items():
        for target in targets:
            members.setdefault(target, {target: 1.0})[unreviewed] = DERIVED_WEIGHT
    facility_staff = _facility_staff(directory, row_of)

    holding: dict[str, tuple[np.ndarray, float]] = {}   # skill -> level per row (of it or a
                                                        # member), log(people / holders) as idf

    def share(facility_id: str) -> Callable[[str], float]:
        staff = facility_staff.get(facility_id)

        def held(skill_id: str) -> float:
            """How well the facility's staff know the skill, weighed by how rare it is in the
            directory (a safety skill that many hold is no facility's subject: risk assessment
            is not what the glassblowing workshop is about, however well its staff know it)."""
            if skill_id not in holding:
                levels = np.zeros(len(people), dtype=np.int8)
                for member in members.get(skill_id, {skill_id: 1.0}):
                    if member in skill_holders:
                        found = skill_holders[member]
                        levels[found.rows] = np.maximum(levels[found.rows], found.levels)
                holding[skill_id] = (levels, math.log((len(people) + 1)
                                                      / (np.count_nonzero(levels) + 1)))
            if staff is None:
                return 0.0
            levels, idf = holding[skill_id]
            return float(levels[staff.rows].mean()) / 4 * idf
        return held
    words_of = cache(lambda skill_id: _skill_words(taxonomy, skill_id,
                                                   as_written.get(skill_id, [])))
    facility_skills = {f.facility_id: _facility_skills(f, derived, words_of,
                                                       share(f.facility_id))
                       for f in directory.facilities}
    skill_facilities: dict[str, list[str]] = {}
    for facility_id, needed in sorted(facility_skills.items()):
        for skill_id in needed:
            skill_facilities.setdefault(skill_id, []).append(facility_id)
    ambiguous = {" ".join(tokens(term)): tuple(ids) for term, ids in
                 getattr(taxonomy, "ambiguous_terms", {}).items()}
    for term, ids in _written_otherwise(base, {**written_terms, **named}).items():
        ambiguous.setdefault(term, ids)
    for term, ids in _written_otherwise(named, written_terms).items():   # an unreviewed
        ambiguous.setdefault(term, ids)     # name's and a matched one's as written, apart
    table = TermTable(terms, facilities=[
                          _facility_name(f.facility_id, f.name, f.description or "")
                          for f in directory.facilities],
                      names=_full_names(people),
                      family_names=_by_name(people, lambda p: p.family_name),
                      given_names=_by_name(people, lambda p: p.given_name),
                      initialled=_by_name(people, _initialled),
                      ambiguous=ambiguous)
    vectorizer, matrix = _text_index(people, directory)
    held = {sid for sid, group in members.items() if any(m in skill_holders for m in group)}
    topic_keys, topics, known = _topic_index(taxonomy, {sid: info for sid, info in
                                                        visible.items() if sid in held}, derived,
                                             _facility_texts(directory, facility_skills),
                                             as_written)
    facility_keys = sorted(names)
    facility_topics = _facility_documents(directory, facility_keys, facility_skills,
                                          {sid: info.label for sid, info in visible.items()})
    vectors = _skill_vectors(taxonomy, topic_keys, visible, semantic,
                             _facility_texts(directory, facility_skills), derived, as_written)
    table.known = known | frozenset(vectorizer.vocabulary_) | _esco_words()
    table.ordinary = known
    table.initials = frozenset().union(*map(_initials, [
        *(name for names in as_written.values() for name in names),
        *(info.label for info in visible.values() if info.status == "unreviewed")]))
    table.known_stems = frozenset(map(stem, table.known))
    table.described = sorted(w for w in known if len(w) >= 5 and w not in table.vocabulary)
    for words in (0, *table.fuzzy_by_length):      # spelling tables made now, not by the first
        table.near(words)                         # misspelt query (50-150 ms at 50,000 people)
    index = SearchIndex(
        people=people, row_of=row_of, public=np.array([p.public for p in people], dtype=bool),
        institution=np.array([institutions[p.institution] for p in people], dtype=np.int32),
        department=np.array([departments[p.department or ""] for p in people], dtype=np.int32),
        institutions=institutions, departments=departments, skill_holders=skill_holders,
        facility_staff=facility_staff, facility_names=names,
        facilities={f.facility_id: f for f in directory.facilities},
        facility_skills=facility_skills, skill_facilities=skill_facilities,
        skill_labels={**shown, **{sid: info.label for sid, info in readings.items()}},
        skill_family={**{sid: info.family for sid, info in directory.skills.items()},
                      **{sid: info.family for sid, info in readings.items()}},
        members=members, derived=derived,
        related=_related(G, directory, skill_holders, _extra_related(
            derived, _suggested(visible, derived, taxonomy))),
        registrations=_registration_masks(people), family_members=family_members,
        terms=table, vectorizer=vectorizer, text_matrix=matrix, topics=topics,
        topic_keys=topic_keys, facility_topics=facility_topics, facility_keys=facility_keys,
        graph=G, generation=directory.generation, semantic=vectors,
        written=written_rows(directory.holdings, row_of, set(directory.skills) - set(visible),
                             content),
        read_as=read_as, form=form,
        name_words=name_words(table.terms, {sid: info.label for sid, info in visible.items()}))
    index.terms_for(index.public)       # the public's names, made now: most viewers' table
    return index


def name_words(terms: Mapping[str, tuple[str, str, str]], labels: Mapping[str, str]
               ) -> dict[str, frozenset[str]]:
    """Per skill, the stems of every name it goes by here: its label, its synonyms and
    abbreviations, the names the directory wrote it under."""
    found: dict[str, set[str]] = {sid: set(written_words(label)) for sid, label in labels.items()}
    for term, (kind, key, _) in terms.items():
        if kind == "skill":
            found.setdefault(key, set()).update(written_words(term))
    return {sid: frozenset(words) for sid, words in found.items()}


def written_words(text: str) -> frozenset[str]:
    """The stems of a name as written, as a query's words are compared with them."""
    return frozenset(stem(w) for w in tokens(text) if w not in STOPWORDS)


def written_rows(holdings: Iterable[Holding], row_of: Mapping[str, int],
                 hidden: Collection[str], content: Callable[[str], str]) -> Written:
    """Per skill, its holders' own names for it (those the importer matched to it), with
    the words and the abbreviations of their `content` (without the export's fields: "FS-CSI-11"
    of "Scene contamination control [FS-CSI-11 v3] authorised for casework" is no holder's
    word for cleanroom protocols)."""
    found: Written = {}
    words: dict[str, frozenset[str]] = {}       # each name read once
    for h in holdings:
        row = row_of.get(h.person_id)
        if h.written and row is not None and h.skill_id not in hidden:
            if h.written not in words:      # each of its names without the export's fields
                words[h.written] = frozenset().union(*(
                    written_words(read) | _initials(read)
                    for read in map(content, _each_name([h.written]))))
            found.setdefault(h.skill_id, {})[row] = (h.written, words[h.written])
    return found


def _holding_texts(directory: Directory, skills: Mapping[str, SkillInfo]
                   ) -> dict[str, list[str]]:
    """Per skill, the distinct names the directory wrote it under (matched by the importer:
    "Mental Health First Aider (MHFA)" for first aid), the directory's own words for it, each of
    a holding's several names apart ("Spirometry; ECG Recording": two)."""
    texts: dict[str, dict[str, None]] = {}
    for h in directory.holdings:
        if h.written and h.skill_id in skills:
            texts.setdefault(h.skill_id, {}).update(dict.fromkeys(_each_name([h.written])))
    return {sid: sorted(names) for sid, names in texts.items()}


def _written_terms(texts: Mapping[str, list[str]]) -> dict[str, tuple[str, str, str]]:
    """Search terms the names written for a skill give (as an unreviewed name's do: "mhfa"),
    each meaning that skill; a term written for two skills means neither."""
    owners: dict[str, set[str]] = {}
    for skill_id, names in texts.items():
        for name in names:
            for term in _name_terms(name):
                owners.setdefault(term, set()).add(skill_id)
    return {term: ("skill", next(iter(ids)), "synonym") for term, ids in sorted(owners.items())
            if len(ids) == 1}


def _written_otherwise(base: Mapping[str, tuple[str, str, str]],
                       written: Mapping[str, tuple[str, str, str]]) -> dict[str, tuple[str, ...]]:
    """Abbreviations the directory's own names write for another skill than the taxonomy's
    (a one-word term that is no English word: "ADCP" in "Oceanographic Instrumentation: CTD,
    ADCP & Mooring" where the taxonomy files it under hydrological monitoring): here they mean
    either, each weighed by how many hold it, as a declared ambiguous term is.

    >>> _written_otherwise({"adcp": ("skill", "hydro", "synonym")},
    ...                    {"adcp": ("skill", "x-ocean", "synonym"), "mooring": ("skill", "x", "")})
    {'adcp': ('hydro', 'x-ocean')}
    """
    return {term: (base[term][1], meaning[1]) for term, meaning in sorted(written.items())
            if term in base and base[term][1] != meaning[1] and base[term][0] == "skill"
            and " " not in term and not english(term)}


def _skill_vectors(taxonomy: Taxonomy, keys: list[str], skills: Mapping[str, SkillInfo],
                   semantic: bool | None, facility_texts: dict[str, list[str]] | None = None,
                   derived: Derived | None = None,
                   as_written: Mapping[str, list[str]] | None = None) -> SkillVectors | None:
    """The embedded meaning texts of the skills `keys`, or None when semantic search is off
    or its model is not installed."""
    embedder = embedder_for(semantic)
    if embedder is None:
        return None
    written = _written(skills, derived or {}, as_written)
    vectors = SkillVectors(embedder, keys, [
        meaning_texts(taxonomy, key, skills[key].label, (facility_texts or {}).get(key, []))
        + _each_name(written.get(key, [])) for key in keys])
    # a need's holders are ranked by their own names against the skill's label alone
    # (engine._meant_as_written): embedded here, not in a query's 20 ms
    embedder.remembered([skills[key].label for key in sorted(as_written or {}) if key in skills])
    return vectors


def _each_name(names: Iterable[str]) -> list[str]:
    """Each name once, those written as several ("12-Lead ECG Recording; Spirometry") apart:
    a need reads like one of them, not like the list.

    >>> _each_name(["ECG Recording; Spirometry", "Spirometry"])
    ['ECG Recording', 'Spirometry']
    """
    return list(dict.fromkeys(part.strip() for name in names for part in name.split(";")
                              if part.strip()))


def _written(skills: Mapping[str, SkillInfo], derived: Derived,
             as_written: Mapping[str, list[str]] | None = None) -> dict[str, list[str]]:
    """Per known skill, the unreviewed names of `skills` that hold it and the names its
    holdings were written under (the directory's own ways of saying it: "CNC Milling (Haas,
    3-axis and 5-axis)", "12-Lead ECG Recording & Cardiopulmonary Exercise Testing (CPET)")."""
    written: dict[str, list[str]] = {sid: list(names) for sid, names in
                                     (as_written or {}).items()}
    for unreviewed, targets in derived.items():
        for target in targets:
            if unreviewed in skills:
                written.setdefault(target, []).append(skills[unreviewed].label)
    return written


def meaning_texts(taxonomy: Taxonomy, skill_id: str, label: str,
                  facility_texts: list[str]) -> list[str]:
    """What a skill is, said a few short ways for the sentence model: its name with a few
    synonyms, its description, each of its everyday uses and what each facility that needs
    it says about itself (the directory's own words for what it is for); for a skill the
    taxonomy does not know, its name and what those facilities say."""
    skill = taxonomy.skills.get(skill_id)
    if skill is None:       # its name alone too: a facility's text must not drown it
        return [label, f"{label}. {' '.join(facility_texts)[:300]}"] if facility_texts else [label]
    synonyms = ", ".join(skill.synonyms[:6])
    texts = [label + (f" ({synonyms})" if synonyms else ""), skill.description,
             *(use.strip() for use in taxonomy.uses.get(skill_id, "").split(";")),
             *facility_texts]
    return [t for t in texts if t]


def with_new_skills(index: SearchIndex, taxonomy: Taxonomy, directory: Directory,
                    new: Mapping[str, SkillInfo]) -> SearchIndex | None:
    """`index` knowing the unreviewed skills `new` (names typed in a profile form) as a
    build over `directory` would: their names' terms (exact and misspelt), the known skills
    inside them, and what they relate to. Holders are left to the caller; the skill
    documents (searched by description) and the graph wait for the next build.

    Returns None when a skill is not an unreviewed name (only a build says what it is).
    """
    if any(info.status != "unreviewed" for info in new.values()):
        return None
    _, derived, named = _unreviewed_names(taxonomy, directory, new)
    terms = dict(index.terms.terms)
    for term, meaning in named.items():
        terms.setdefault(term, meaning)
    members = dict(index.members)
    for skill_id in new:
        members[skill_id] = {skill_id: 1.0}
        for target in derived.get(skill_id, ()):
            members[target] = {**members.get(target, {target: 1.0}), skill_id: DERIVED_WEIGHT}
    words = frozenset(w for info in new.values() for w in tokens(info.label))
    old = index.terms
    table = replace(old, terms=terms, known=old.known | words,
                    known_stems=old.known_stems | frozenset(map(stem, words)),
                    initials=old.initials.union(*(_initials(i.label) for i in new.values())))
    table.described = [w for w in old.described if w not in table.vocabulary]
    related = _related(index.graph, Directory(skills=dict(new)), index.skill_holders,
                       _extra_related(derived, _suggested(new, derived, taxonomy)))
    semantic = index.semantic
    if semantic is not None:     # a name no known skill explains is searched by its meaning,
        added = [sid for sid in sorted(new) if sid not in derived]    # others say their skills'
        written = _written(new, derived)
        semantic = semantic.with_texts(
            [*added, *written], [*(meaning_texts(taxonomy, sid, new[sid].label, [])
                                   for sid in added), *written.values()])
    labels = {**index.skill_labels, **{s: i.label for s, i in new.items()}}
    return replace(index, terms=table, members=members, derived={**index.derived, **derived},
                   semantic=semantic, name_words=name_words(table.terms, labels),
                   related={**index.related, **related}, skill_labels=labels,
                   skill_family={**index.skill_family, **{s: i.family for s, i in new.items()}})


def _unreviewed_names(taxonomy: Taxonomy, directory: Directory,
                      skills: Mapping[str, SkillInfo],
                      read: Mapping[str, tuple[str, str, SkillInfo]] = {}
                      ) -> tuple[dict[str, tuple[str, str, str]], Derived,
                                 dict[str, tuple[str, str, str]]]:
    """The taxonomy's and curated terms, the known skills inside each unreviewed name of
    `skills` and the skills other than their own inside the filed names `read` (see
    :func:`_read_names`), and the unreviewed names' own terms with what each means (first
    name wins). A filed name's skill explains most of it: another skill counts there only
    when it surely names it (:func:`_surely`)."""
    base = _skill_terms(taxonomy, directory)
    table = TermTable(dict(base), any_form=True)
    near = cache(lambda skill_id: _near(taxonomy, skill_id))
    derived = _derive(skills, table, lambda sid: _described(taxonomy, sid))
    for sid, found in _derive({sid: info for sid, (_, _, info) in read.items()}, table,
                              near=lambda sid: near(read[sid][0])).items():
        if others := tuple(t for t in found if t != read[sid][0]):
            derived[sid] = others
    base_table = TermTable(dict(base))
    named: dict[str, tuple[str, str, str]] = {}
    for skill_id, info in skills.items():
        if info.status == "unreviewed":
            for term in _name_terms(info.label):
                named.setdefault(term, ("skill", _meaning(term, skill_id, derived, base_table),
                                        "synonym"))
    return base, derived, named


def _extra_related(derived: Derived, suggested: dict[str, dict[str, float]]
                   ) -> dict[str, dict[str, float]]:
    """Unreviewed names are related to the known skills inside them and to the matcher's
    suggestion for them."""
    extra = {sid: dict(weights) for sid, weights in suggested.items()}
    for skill_id, targets in derived.items():
        extra.setdefault(skill_id, {}).update({t: 1.0 for t in targets})
    return extra


def _related(G: nx.Graph, directory: Directory, holders: dict[str, Holders],
             extra: dict[str, dict[str, float]], keep: int = 8) -> dict[str, dict[str, float]]:
    """Each skill's related skills, weighted by how often their holders also hold it, so
    that for cryo-EM grid preparation comes before liquid nitrogen handling."""
    related = {}
    for skill_id in directory.skills:
        mine = holders.get(skill_id)
        weighted = {}
        candidates = {**related_skills(G, skill_id), **extra.get(skill_id, {})}
        for other, weight in sorted(candidates.items(), key=lambda kv: -kv[1])[:2 * keep]:
            theirs = holders.get(other)
            share = (np.intersect1d(mine.rows, theirs.rows, assume_unique=True).size
                     / theirs.rows.size) if mine is not None and theirs is not None else 0.0
            weighted[other] = round(weight * (0.4 + 0.6 * share), 4)
        related[skill_id] = dict(sorted(weighted.items(), key=lambda kv: -kv[1])[:keep])
    return related


def _skill_terms(taxonomy: Taxonomy, directory: Directory) -> dict[str, tuple[str, str, str]]:
    """The taxonomy's terms and the names admins curated: ``tokens -> ("skill", id, via)``."""
    terms: dict[str, tuple[str, str, str]] = {}
    for skill in taxonomy.skills.values():
        for synonym in (*skill.synonyms, *skill.abbreviations):
            terms[" ".join(tokens(synonym))] = ("skill", skill.id, "synonym")
    for alias, skill_id in directory.aliases.items():
        terms.setdefault(" ".join(tokens(alias)), ("skill", skill_id, "synonym"))
    for info in directory.skills.values():
        if info.status == "promoted":
            terms[" ".join(tokens(info.label))] = ("skill", info.id, "exact")
    for skill in taxonomy.skills.values():
        terms[" ".join(tokens(skill.label))] = ("skill", skill.id, "exact")
        terms[" ".join(tokens(skill.id))] = ("skill", skill.id, "exact")
    terms.pop("", None)
    return terms


def _derive(skills: Mapping[str, SkillInfo], table: TermTable,
            words_of: Callable[[str], frozenset[str]] = lambda _: frozenset(),
            near: Callable[[str], Collection[str]] | None = None) -> Derived:
    """For each unreviewed name, the known skills written inside it, before any "for" (what
    follows says what it is used for: "... resin sections for TEM" is not TEM). A skill
    named there by one word only (an instrument's or a brand's name) counts when the name
    says nothing else, or something else that skill's own words (`words_of`, as stems) also say:
    "Insectary Management – Mosquito Rearing" is not the Mosquito crystallisation robot.

    >>> from skillmap.directory import SkillInfo
    >>> table = TermTable({"cnc milling": ("skill", "cnc-milling", "exact"),
    ...                    "mosquito": ("skill", "crystallisation", "synonym")})
    >>> _derive({"x": SkillInfo("x", "CNC Milling (Haas, 3-axis)", None, "unreviewed"),
    ...          "y": SkillInfo("y", "Insect Care – Mosquito Rearing", None, "unreviewed")}, table)
    {'x': ('cnc-milling',)}
    """
    derived = {}
    for skill_id, info in skills.items():
        if info.status == "unreviewed":
            held = _PURPOSE.split(info.label, maxsplit=1)[0]
            # a name's "&" often joins one name's parts ("Health & Safety"): read as before
            parsed = parse_query(held, table, fuzzy_cutoff=90, correct=False, listed=False)
            found = tuple(dict.fromkeys(
                c.key for c in parsed.concepts if c.kind == "skill" and (
                    _surely(c, parsed.content, table, near(skill_id)) if near
                    else c.via != "synonym" or _fits(c.text, parsed.content, words_of(c.key)))))
            if found:
                derived[skill_id] = found
    return derived


def _surely(concept: Concept, content: list[str], table: TermTable, near: Collection[str]
            ) -> bool:
    """Whether a filed name surely names the skill `concept` besides the one it was filed
    under: in two words or more, or in one that is the whole name or, for a skill `near` the
    one it was filed under, that skill's own name as written ("Object photogrammetry" filed
    under photography); never a near-spelling ("object": Objet printers), an abbreviation or
    another form of a word ("DIY AI" in "Artificial insemination of cattle – DIY AI",
    "programs" in "combi oven programs"), nor a word of a skill far from it ("manikin
    programming" filed under clinical simulation is no programming)."""
    said = concept.text.split()
    written = table.terms.get(concept.text)
    return concept.via != "fuzzy" and (len(said) > 1 or said == content or (
        concept.via == "exact" and written is not None and written[2] == "exact"
        and concept.key in near))


def _near(taxonomy: Taxonomy, skill_id: str) -> frozenset[str]:
    """The skills of `skill_id`'s family and those the taxonomy relates to it either way."""
    skill = taxonomy.skills.get(skill_id)
    if skill is None:
        return frozenset()
    return frozenset(s.id for s in taxonomy.skills.values()
                     if s.family == skill.family or skill_id in s.related) | set(skill.related)


def _fits(text: str, content: list[str], words: frozenset[str]) -> bool:
    """Whether a term found inside a name fits the rest of the name (see :func:`_derive`)."""
    said = text.split()
    rest = {stem(w) for w in content if w not in said and len(w) >= 4 and w.isalpha()}
    return len(said) > 1 or not rest or bool(rest & words)


def _described(taxonomy: Taxonomy, skill_id: str) -> frozenset[str]:
    """The stems of a skill's names and description."""
    skill = taxonomy.skills.get(skill_id)
    names, _ = _skill_words(taxonomy, skill_id)
    return frozenset(stem(w) for w in names | set(tokens(skill.description if skill else "")))


_MATCHER: list[tuple[Taxonomy, SkillMatcher]] = []       # the last taxonomy's


def _matcher(taxonomy: Taxonomy) -> SkillMatcher:
    """A matcher over `taxonomy` (~0.1 s to make: once per taxonomy, not once per patch)."""
    last = _MATCHER[-1] if _MATCHER else None
    if last is not None and last[0] is taxonomy:
        return last[1]
    matcher = SkillMatcher(taxonomy.skills)
    _MATCHER[:] = [(taxonomy, matcher)]
    return matcher


def _export_form(taxonomy: Taxonomy, skills: Mapping[str, SkillInfo],
                 as_written: Mapping[str, list[str]]) -> ExportForm:
    """The fields its export wrote around a name (skillmap.export_form, learnt
    from the names as the directory wrote them: the unreviewed names and those the importer
    filed): "Obj 2 (develop) – CNC milling and CAM programming | CPD: online module | Met" is
    searched, related and suggested as "CNC milling and CAM programming", not as mentoring
    or an online course; a holder's own name for a filed skill is searched by its words
    alone. The name is still shown as written. An unreviewed skill its holders wrote with
    their own fields around it is named without them (the importer read the form): their
    names stand for it, its name would only thin the fields' share."""
    labels = [info.label for sid, info in skills.items()
              if info.status == "unreviewed" and sid not in as_written]
    labels += _each_name(name for names in as_written.values() for name in names)
    if len(labels) < MIN_NAMES:
        return ExportForm()
    return ExportForm.learn(labels, _matcher(taxonomy))


def _read_names(as_written: Mapping[str, list[str]], skills: Mapping[str, SkillInfo],
                content: Callable[[str], str]) -> dict[str, tuple[str, str, SkillInfo]]:
    """Each name a skill's holdings were written under, read as an unreviewed name is (its
    content, as `content` gives it): "3D printing of architectural models", filed under
    model making, still says its holders print in 3D. ``reading id -> (the skill it was
    filed under, the name as written, the reading)``."""
    found: dict[str, tuple[str, str, SkillInfo]] = {}
    for skill_id, names in sorted(as_written.items()):
        for n, name in enumerate(names):      # each name apart already (_holding_texts)
            reading = f"{skill_id}#{n}"
            found[reading] = (skill_id, name, SkillInfo(reading, content(name),
                                                        skills[skill_id].family, "unreviewed"))
    return found


def read_holdings(holdings: Iterable[Holding], read: Mapping[str, tuple[str, str]]
                  ) -> Iterator[Holding]:
    """The holdings of each reading of `read` (``id -> (skill filed under, name as written)``,
    see :func:`_read_names`): those written under its name, as holdings of the reading."""
    reading = {(filed, name): sid for sid, (filed, name) in read.items()}
    for h in holdings:
        for name in _each_name([h.written] if h.written else []):
            if (sid := reading.get((h.skill_id, name))) is not None:
                yield replace(h, skill_id=sid)


def _suggested(skills: Mapping[str, SkillInfo], derived: Derived, taxonomy: Taxonomy
               ) -> dict[str, dict[str, float]]:
    """For unreviewed names with no known skill inside, the matcher's best suggestion
    (``SkillMatcher.suggest``, when the matcher offers it): searched as related. The matcher
    is made only when such a name is there (its making costs 2 s of CPU at 855 skills)."""
    todo = {skill_id: info.label for skill_id, info in skills.items()
            if info.status == "unreviewed" and skill_id not in derived}
    if not todo:
        return {}
    matcher = _matcher(taxonomy)
    if not hasattr(matcher, "suggest"):
        return {}
    found: dict[str, dict[str, float]] = {}
    for skill_id, label in todo.items():
        for suggestion in matcher.suggest(label, limit=1):
            found[skill_id] = {suggestion.skill_id: round(suggestion.score / 100, 3)}
    return found


def _meaning(term: str, skill_id: str, derived: Derived, table: TermTable) -> str:
    """What a term taken from an unreviewed name means: the known skill it spells out in full
    ("Mass Spectrometry – High Resolution (HRMS)" gives "mass spectrometry"), or else the
    unreviewed skill itself ("environmental microbiology" is more than microbiology)."""
    targets = derived.get(skill_id, ())
    if len(targets) == 1:
        parsed = parse_query(term, table, fuzzy_cutoff=101, correct=False)
        if [c.key for c in parsed.concepts] == list(targets) and not parsed.words:
            return str(targets[0])
    return skill_id


_PARENS = re.compile(r"[(\[]([^)\]]*)[)\]]")     # round or square brackets
_PURPOSE = re.compile(r"\bfor\b", re.IGNORECASE)     # what follows is what a skill is used for
_FRAME = re.compile(r"\s[–—-]\s|:\s")       # "Area – skill", "Area: skill, skill"


def _name_terms(label: str) -> set[str]:
    """Search terms an unreviewed name gives: itself, the part before a bracket, each part
    after a dash or colon (of two words or more after the first), the abbreviations in its
    round or square brackets, and the items listed after a frame ("Area: item, item & kit"):
    each of two or three words, or one word that is no English word (a make, a model or an
    abbreviation the directory writes: "ADCP", "Fortessa"), so a query naming the kit finds
    the people whose name for the skill carries it.

    >>> sorted(_name_terms("Electron Paramagnetic Resonance (EPR/ESR)"))
    ['electron paramagnetic resonance', 'electron paramagnetic resonance epr esr', 'epr', 'esr']
    >>> sorted(_name_terms("Insectary Management – Mosquito Rearing"))
    ['insectary management', 'insectary management mosquito rearing', 'mosquito rearing']
    >>> terms = _name_terms("Oceanography: CTD, ADCP & Mooring Deployment [Seabird]")
    >>> sorted(t for t in terms if len(t.split()) <= 2)
    ['adcp', 'camd', 'ctd', 'mooring deployment', 'oceanography', 'seabird']
    """
    bare = _PARENS.sub(" ", label)
    found = {" ".join(tokens(label)), " ".join(tokens(bare))}
    first, *rest = _FRAME.split(bare)
    found.add(" ".join(tokens(first)))
    found |= {" ".join(tokens(part)) for part in rest if len(tokens(part)) >= 2}
    for inside in _PARENS.findall(label):
        for piece in re.split(r"[/,;]| and ", inside):
            words = tokens(piece)
            if 1 <= len(words) <= 2 and len("".join(words)) >= 2 and not (
                    set(words) & (STOPWORDS | FACILITY_WORDS)):
                found.add(" ".join(words))
    for part in rest:
        for piece in re.split(r"[/,;&+]| and ", part):
            words = tokens(piece)
            if (2 <= len(words) <= 3 or len(words) == 1 and len(words[0]) >= 3
                    and not english(words[0])) and not set(words) & (STOPWORDS | FACILITY_WORDS):
                found.add(" ".join(words))
    found |= _initials(label)
    found.discard("")
    return found


_LINKING = frozenset("of on to in at by for".split())    # small words an abbreviation spells
_UNLINKING = STOPWORDS - _LINKING


def _initials(label: str) -> set[str]:
    """The abbreviations a name spells without writing them: the initials of each of its
    parts of three to five words ("Mental Health First Aider": mhfa; "Trusted Research
    Environment / Safe Haven Operation": tre, sho), of each run of three to five words between
    its stop words ("Indoor air quality and ventilation surveys": iaq), and of the three to
    five words a part's first word, a verb's -ing, does something to ("Fitting continuous
    glucose monitors": cgm; "Measuring total dietary fibre by AOAC methods": tdf), unless an
    English word; and of the first three to six words of a run whose small words link its
    words ("Personnel on board tracking": pob, pobt; "Control of substances hazardous to
    health": coshh), as abbreviations spell them.

    >>> sorted(_initials("Trusted Research Environment / Safe Haven Operation (ISO 27001)"))
    ['sho', 'tre']
    >>> sorted(_initials("Mental Health First Aider; Fire Marshal"))
    ['mhfa']
    >>> sorted(_initials("Fitting continuous glucose monitors -- HNU sign-off, lapsed 2022"))
    ['cgm', 'fcgm']
    >>> sorted(_initials("Indoor air quality and ventilation surveys"))
    ['iaq', 'iaqvs']
    >>> sorted(_initials("Personnel on board tracking and muster; permit to work"))
    ['pbtm', 'pob', 'pobt', 'ptw']
    """
    found = set()
    for part in re.split(r"[/;:|]|\s[–—-]+\s", _PARENS.sub(" ", label)):
        written = tokens(part)
        words = [w for w in written if w not in STOPWORDS]
        if 3 <= len(words) <= 5 and all(w.isalpha() for w in words):
            found.add("".join(w[0] for w in words))
        for stop, between in itertools.groupby(written, key=lambda w: w in STOPWORDS):
            if not stop and 3 <= len(seq := list(between)) <= 5 and all(w.isalpha() for w in seq):
                found.add("".join(w[0] for w in seq))
        run = list(itertools.takewhile(lambda w: w not in STOPWORDS and w.isalpha(), written))
        if 4 <= len(run) <= 6 and run[0].endswith("ing"):     # what "Fitting" does it to
            found.add("".join(w[0] for w in run[1:]))
        for stop, between in itertools.groupby(written, key=lambda w: w in _UNLINKING):
            seq = list(between)
            if stop or seq[0] in _LINKING or not all(w.isalpha() for w in seq):
                continue
            found.update("".join(w[0] for w in seq[:end]) for end in range(3, min(len(seq), 6) + 1)
                         if seq[end - 1] not in _LINKING and set(seq[:end]) & _LINKING)
    return found - english_words()


def _facility_skills(facility: FacilityRecord, derived: Derived,
                     words_of: Callable[[str], tuple[frozenset[str], frozenset[str]]],
                     share: Callable[[str], float]) -> list[str]:
    """The skills a facility needs, known skills for unreviewed names, the one it is about
    first: the one its staff know best, weighed by how rare it is in the directory (`share`:
    their mean level in it, out of 4, times its idf; the people who run a facility are expert
    in what it does, a skill many hold is no facility's subject, and a word its name shares
    with a skill can mislead: "Brain Imaging Centre" is no image analysis service), and among
    those equally known the one its name names ("Zebrafish facility" -> zebrafish husbandry; by its label
    first, so "Proteomics & Mass Spectrometry Facility" is about mass spectrometry)."""
    needed: list[str] = []
    for skill_id in facility.required_skills:
        for known in derived.get(skill_id, (skill_id,)):
            if known not in needed:
                needed.append(known)
    name_words = set(tokens(facility.name)) - FACILITY_WORDS - STOPWORDS

    def overlap(skill_id: str) -> tuple[float, int, int, int]:
        words, label = words_of(skill_id)
        return (share(skill_id), len(name_words & label), len(name_words & words),
                -needed.index(skill_id))
    best = max(needed, key=overlap, default=None)
    if best is not None:
        needed.remove(best)
        needed.insert(0, best)
    return needed


def _skill_words(taxonomy: Taxonomy, skill_id: str, written: Iterable[str] = ()
                 ) -> tuple[frozenset[str], frozenset[str]]:
    """The words of every name of a skill, and of its own names: its label, its
    abbreviations and the names the directory wrote it under ("Trusted Research Environment
    / Safe Haven Operation": what "Data Safe Haven" is about)."""
    skill = taxonomy.skills.get(skill_id)
    names = skill.terms if skill else ()
    own = (skill.label, *skill.abbreviations) if skill else (skill_id,)
    return (frozenset(w for term in (skill_id, *names) for w in tokens(term)),
            frozenset(w for term in (*own, *written) for w in tokens(term)))


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


_CALLED = re.compile(r"\b(?:formerly|previously|once|also|better|locally|widely)?\s*"
                     r"(?:known(?:\s+to\s+\w+)?\s+as|called|formerly|previously|a\.?k\.?a\.?)"
                     r"\s+(?:the\s+)?([^.;,()]+?)(?=\s*(?:[.;,(]|$|\s(?:and|or|by|for|with)\s))",
                     re.IGNORECASE)


def _facility_name(facility_id: str, name: str, description: str = "") -> FacilityName:
    """The words of a facility's name, with its bracketed and CamelCase aliases, and the
    other names its own description gives it: an abbreviation in brackets ("(LMF)"), or
    what it is "known as", "also called" or was "formerly" (up to four words).

    >>> f = _facility_name("F1", "Digital Fabrication Lab (FabLab)")
    >>> sorted(f.aliases), "fab" in f.words
    (['fab lab', 'fablab'], True)
    >>> sorted(_facility_name("F2", "Central Workshop", "Welding; known to all as the "
    ...                       "main shop, formerly the Fitting Room (FR).").aliases)
    ['fitting room', 'fr', 'main shop']
    """
    words = set(tokens(name)) | set(tokens(_CAMEL.sub(" ", name)))
    aliases = set()
    for called in _CALLED.findall(description):
        if 1 <= len(tokens(called)) <= 4 and not set(tokens(called)) <= STOPWORDS | FACILITY_WORDS:
            aliases.add(" ".join(tokens(called)))
    for inside in _PARENS.findall(f"{name} {description}"):
        for piece in re.split(r"[/,;&]", inside):
            if len(tokens(piece)) == 1 and tokens(piece)[0] not in STOPWORDS | FACILITY_WORDS:
                aliases.add(tokens(piece)[0])
                if (split := tokens(_CAMEL.sub(" ", piece))) != tokens(piece):
                    aliases.add(" ".join(split))
    return FacilityName(facility_id, frozenset(words), frozenset(aliases))


def _by_name(people: list[PersonRecord], name: Callable[[PersonRecord], str]
             ) -> dict[str, tuple[str, ...]]:
    """People by one form of their name, folded as queries are (``tokens``)."""
    found: dict[str, list[str]] = {}
    for person in people:
        if key := " ".join(tokens(name(person))):
            found.setdefault(key, []).append(person.person_id)
    return {key: tuple(ids) for key, ids in found.items()}


def _full_names(people: list[PersonRecord]) -> dict[str, tuple[str, ...]]:
    full = _by_name(people, lambda p: f"{p.given_name} {p.family_name}")
    return {name: ids for name, ids in full.items() if len(name.split()) >= 2}


def _initialled(person: PersonRecord) -> str:
    """"a lambert": the given name's initial and the family name (none without either)."""
    given, family = tokens(person.given_name), tokens(person.family_name)
    return " ".join([given[0][0], *family]) if given and family else ""


@lru_cache(maxsize=1)
def _esco() -> dict[str, str]:
    """ESCO concept URI -> its preferred and alternative labels and description."""
    with ESCO_FILE.open(encoding="utf-8") as handle:
        return {row["uri"]: " ".join([row["preferred_label"], row["alt_labels"].replace("|", " "),
                                      row["description"]])
                for row in csv.DictReader(handle)}


@lru_cache(maxsize=1)
def _esco_words() -> frozenset[str]:
    """Every word of the ESCO labels and descriptions we ship: correctly spelt words that
    spelling correction leaves alone ("skeleton" is not a misspelt "selection")."""
    return frozenset(w for text in _esco().values() for w in tokens(text))


@lru_cache(maxsize=1)
def _esco_index() -> tuple[list[str], BM25]:
    """BM25 over ESCO's labels (preferred and alternative), one document per concept."""
    texts = list(_esco().values())
    return texts, BM25([" ".join(t.split(" ")[:60]) for t in texts], stopwords=STOPWORDS)


def _nearest_esco(names: str, share: float = ESCO_NEAREST) -> str:
    """For a skill with no ESCO concept of its own, the text of the ESCO concept that reads
    most like its names, when it holds at least `share` of their words: the verbs and objects
    a need may be described with."""
    texts, bm = _esco_index()
    words = set(BM25.analyse(names, STOPWORDS))
    if not words:
        return ""
    scores = bm.scores(list(words), coordination=1.0)
    best = int(np.argmax(scores))
    held = words & set(BM25.analyse(texts[best], STOPWORDS))
    return texts[best] if scores[best] > 0 and len(held) >= share * len(words) else ""


def _facility_texts(directory: Directory, facility_skills: dict[str, list[str]]
                    ) -> dict[str, list[str]]:
    """What the facilities that need a skill say about themselves, per skill."""
    texts: dict[str, list[str]] = {}
    for facility in directory.facilities:
        for skill_id in facility_skills.get(facility.facility_id, []):
            texts.setdefault(skill_id, []).append(f"{facility.name} {facility.description or ''}")
    return texts


def _facility_documents(directory: Directory, keys: list[str],
                        facility_skills: dict[str, list[str]], labels: dict[str, str]) -> BM25:
    """BM25 over one document per facility (`keys` order): its name, kind, department and
    description and the names of the skills it needs, so that a facility asked for in other
    words ("animal house", "small animal imaging facility") is found."""
    facilities = {f.facility_id: f for f in directory.facilities}
    documents = []
    for key in keys:
        f = facilities[key]
        documents.append(" ".join([f.name, f.name, f.kind or "", f.department or "",
                                   f.description or "", *(labels.get(s, s) for s in
                                                          facility_skills.get(key, []))]))
    return BM25(documents or [""], stopwords=STOPWORDS)


def _topic_index(taxonomy: Taxonomy, skills: Mapping[str, SkillInfo], derived: Derived,
                 facility_texts: dict[str, list[str]],
                 as_written: Mapping[str, list[str]] | None = None
                 ) -> tuple[list[str], BM25, frozenset[str]]:
    """BM25 over one document per skill someone holds: what it is called, what it is (its description and
    its ESCO concept's labels and description), what researchers use it for (``Taxonomy.uses``), what it goes with (its related skills'
    names, the facilities that need it), and the unreviewed names that hold it."""
    written = _written(skills, derived, as_written)
    keys, documents = [], []
    for skill_id, info in sorted(skills.items()):
        if info.status == "unreviewed" and skill_id in derived:
            continue                 # found through the skills its name holds
        skill = taxonomy.skills.get(skill_id)
        parts = [info.label, info.label, *written.get(skill_id, []),
                 *facility_texts.get(skill_id, [])]
        if skill is not None:
            parts += [*skill.synonyms, *skill.abbreviations, skill.description,
                      taxonomy.uses.get(skill_id, ""),
                      _esco().get(skill.esco_uri, "") or _nearest_esco(
                          " ".join([skill.label, *skill.synonyms])),
                      *(taxonomy.skills[r].label for r in skill.related if r in taxonomy.skills)]
        keys.append(skill_id)
        documents.append(" ".join(parts))
    words = frozenset(w for document in documents for w in tokens(document))
    return keys, BM25(documents or [""], stopwords=STOPWORDS), words


def _codes(values: Iterable[str]) -> dict[str, int]:
    return {value: i for i, value in enumerate(sorted(set(values)))}


def recency(last_used: int | None, year: int) -> float:
    """Cover from a skill not used for years counts for a little less (1.0 down to 0.95):
    within one level, the holder who used it lately first; never across a level (the least
    step between two level weights, :data:`LEVEL_WEIGHT`, is 0.15). Until round 17 it fell
    0.08 a year to 0.6, so two years unused put an authority (level 4) below an expert who
    used it this year, and every development set (each institution's queries, graded by level)
    scored 0.004-0.053 nDCG@10 lower than with this.

    >>> recency(None, 2026), recency(2026, 2026), recency(2024, 2026), recency(2016, 2026)
    (1.0, 1.0, 0.98, 0.95)
    """
    if last_used is None:
        return 1.0
    return max(RECENCY_FLOOR, 1.0 - RECENCY_STEP * max(0, year - last_used))


RECENCY_STEP = 0.01         # cover lost per year since last used
RECENCY_FLOOR = 0.95        # ... down to this: less lost than any step between levels
LEVEL_WEIGHT = np.array([0.0, 0.25, 0.55, 0.85, 1.0], dtype=np.float32)


def _skill_holders(directory: Directory, row_of: dict[str, int], n: int, year: int
                   ) -> tuple[dict[str, Holders], dict[str, np.ndarray]]:
    hidden = {sid for sid, info in directory.skills.items() if info.status in HIDDEN_STATUSES}
    holders = _skill_holders_of((h for h in directory.holdings if h.skill_id not in hidden),
                                row_of, year)
    families: dict[str, np.ndarray] = {}
    for skill_id, found in holders.items():
        family = directory.skills[skill_id].family if skill_id in directory.skills else None
        if family:
            mask = families.setdefault(family, np.zeros(n, dtype=bool))
            mask[found.rows] = True
    return holders, families


def _skill_holders_of(holdings: Iterable[Holding], row_of: dict[str, int], year: int
                      ) -> dict[str, Holders]:
    """Who holds each skill of `holdings`, at what level and weight (level x recency)."""
    by_skill: dict[str, list[tuple[int, int, float]]] = {}
    for h in holdings:
        row = row_of.get(h.person_id)
        if row is not None:
            by_skill.setdefault(h.skill_id, []).append((row, h.level,
                                                        recency(h.last_used, year)))
    holders = {}
    for skill_id, entries in by_skill.items():
        entries.sort()                          # rows ascending, for binary search
        rows = np.array([e[0] for e in entries], dtype=np.int32)
        levels = np.array([e[1] for e in entries], dtype=np.int8)
        weights = LEVEL_WEIGHT[levels] * np.array([e[2] for e in entries], dtype=np.float32)
        holders[skill_id] = Holders(rows, levels, weights.astype(np.float32))
    return holders


def _facility_staff(directory: Directory, row_of: dict[str, int]) -> dict[str, Holders]:
    by_facility: dict[str, list[tuple[int, str]]] = {}
    for member in directory.staff:
        if member.person_id in row_of:
            by_facility.setdefault(member.facility_id, []).append((row_of[member.person_id],
                                                                   member.role))
    for staff in by_facility.values():
        staff.sort(key=lambda entry: entry[0])
    return {fid: Holders(np.array([r for r, _ in staff], dtype=np.int32),
                         np.zeros(len(staff), dtype=np.int8),
                         np.array([ROLE_WEIGHT.get(role, 0.8) for _, role in staff],
                                  dtype=np.float32),
                         tuple(role for _, role in staff))
            for fid, staff in by_facility.items()}


def _registration_masks(people: list[PersonRecord]) -> dict[str, np.ndarray]:
    masks: dict[str, np.ndarray] = {}
    for row, person in enumerate(people):
        for code in person.registrations:
            masks.setdefault(code, np.zeros(len(people), dtype=bool))[row] = True
    return masks


def _text_index(people: list[PersonRecord], directory: Directory
                ) -> tuple[TfidfVectorizer, Any]:
    """TF-IDF over people's names, what they write about themselves and the facilities they
    staff."""
    descriptions = {f.facility_id: f"{f.name}. {f.description or ''}" for f in directory.facilities}
    staffed: dict[str, list[str]] = {}
    for member in directory.staff:
        staffed.setdefault(member.person_id, []).append(descriptions.get(member.facility_id, ""))
    documents = [" ".join([p.given_name, p.family_name, p.job_title or "", p.summary or "",
                           *staffed.get(p.person_id, [])]) for p in people]
    vectorizer = TfidfVectorizer(sublinear_tf=True, stop_words="english", min_df=1,
                                 dtype=np.float32, token_pattern=r"(?u)\b\w[\w\-]*\w\b|\b\w\b")
    try:
        matrix = vectorizer.fit_transform(documents)
    except ValueError:  # no words at all yet (an empty or a bare directory)
        vectorizer.fit(["placeholder"])
        matrix = (vectorizer.transform(documents) if documents else
                  csr_matrix((0, len(vectorizer.vocabulary_)), dtype=np.float32))
    return vectorizer, matrix.tocsc()          # queries read a few columns


def text_query(vectorizer: TfidfVectorizer, text: str) -> tuple[np.ndarray, np.ndarray]:
    """The columns and weights of ``vectorizer.transform([text])``, worked out as it does
    (counts, 1 + log, idf, then divided by the norm summed in double precision) but without
    its input checks, which in scikit-learn 1.9 read every installed package's entry points
    on each call: 2-8 ms of a query."""
    counts = CountVectorizer.transform(vectorizer, [text])
    data = counts.data
    np.log(data, data)
    data += 1.0
    data *= vectorizer.idf_[counts.indices]
    total = 0.0
    for square in (data * data).tolist():      # in order, as sklearn's l2 normalisation
        total += square
    if total:
        data = (data / np.float64(np.sqrt(total))).astype(np.float32)
    return counts.indices, data
