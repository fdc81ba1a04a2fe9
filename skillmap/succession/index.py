"""The succession index: arrays over people and skills, built once per directory and day.

A report is then a handful of vectorised passes (``numpy.bincount`` over the
holdings in scope, one matrix slice per institution for successors), so the
whole institution costs well under a second even at sector scale.
"""

from __future__ import annotations

from typing import Any

import time
from dataclasses import dataclass, field
from datetime import date

import networkx as nx
import numpy as np
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.metrics.pairwise import cosine_similarity

from skillmap.model import Directory, Facility
from skillmap.graph import cooccurring_skills, related_skills
from skillmap.retirement import BANDS, expected_retirement, retirement_band
from skillmap.taxonomy import Taxonomy

__all__ = ["EXPERT_LEVEL", "LEVEL_WEIGHT", "READINESS_WEIGHTS", "RECENT_YEARS", "SuccessionIndex",
           "build_succession_index", "recency"]

#: Expert cover: a holding at this level or above (expert, authority), used recently.
EXPERT_LEVEL = 3
#: "Used recently": last used within this many years of today, or not recorded.
RECENT_YEARS = 5
#: Cover one holder gives, by level: awareness none, practitioner 0.55, expert 0.85, authority 1.
LEVEL_WEIGHT = np.array([0.0, 0.0, 0.55, 0.85, 1.0], dtype=np.float32)
#: How far along a successor is, by level: awareness is a start (0.25).
READINESS_LEVEL = np.array([0.0, 0.25, 0.55, 0.85, 1.0], dtype=np.float32)
#: Parts of a successor's readiness (0-1); they add up to 1.
READINESS_WEIGHTS = {"level": 0.45, "related": 0.15, "similar": 0.15, "facility": 0.10,
                     "department": 0.10, "interested": 0.05}
#: Skills held (practitioner or above) by more than this share of people are "general"
#: (risk assessment, COSHH...) and never offered as companion skills to gain.
GENERAL_SHARE = 0.4
COMPANIONS = 3
#: Companion skills are only suggested for skills with at least this many experts.
MIN_EXPERTS = 3


def recency(last_used: int | None, year: int) -> float:
    """How much of a holder's cover counts, given when they last used the skill.

    Full cover when used in the last two years (or not recorded), then 0.1 less
    per further year, never below 0.5.

    >>> [recency(y, 2026) for y in (None, 2026, 2024, 2023, 2020, 2010)]
    [1.0, 1.0, 1.0, 0.9, 0.6, 0.5]
    """
    if last_used is None:
        return 1.0
    idle = year - last_used
    return 1.0 if idle <= 2 else round(max(0.5, 1.0 - 0.1 * (idle - 2)), 4)


@dataclass
class SuccessionIndex:
    """Everything a succession report needs, as arrays indexed by person row and skill column.

    Retirement dates live here (as day numbers) and never leave: reports show bands.
    """

    today: date
    ids: list[str]
    names: list[str]
    row_of: dict[str, int]
    institution: np.ndarray          # int32 code per person row
    institutions: list[str]
    department: np.ndarray           # int32 code per person row ("" = none)
    departments: list[str]
    retire_day: np.ndarray           # int64 date ordinal, -1 = unknown
    basis: list[str]
    band: np.ndarray                 # int8 index into BANDS
    public: np.ndarray               # bool per person row: the profile is public
    age: np.ndarray                  # int16 whole years on `today`, -1 = unknown
    skills: list[str]
    skill_col: dict[str, int]
    labels: list[str]
    families: list[str | None]
    h_row: np.ndarray                # holdings, person-major: int32 row
    h_skill: np.ndarray              # int32 skill column
    h_level: np.ndarray              # int8 1-4
    h_weight: np.ndarray             # float32 cover: level weight x recency
    h_recency: np.ndarray            # float32 recency of use (0.5-1)
    h_last_used: np.ndarray          # int16, 0 = not recorded
    h_interested: np.ndarray         # bool
    h_expert: np.ndarray             # bool: level >= EXPERT_LEVEL and used recently
    h_key: np.ndarray                # int64 row * skills + column, sorted
    h_group_order: np.ndarray        # holdings in (institution, skill, row) order
    h_group_key: np.ndarray          # int64 institution * skills + column, in that order
    level: np.ndarray                # int8 people x skills
    base: np.ndarray                 # float32 people x skills: readiness without department bonus
    similarity: np.ndarray           # float16 people x skills
    on_facility: np.ndarray          # bool people x skills: staffs a facility that requires it
    related: np.ndarray              # float32 skills x skills: graph relation x distinctiveness
    related_of: list[tuple[np.ndarray, list[float]]]   # per skill: related columns, weights
    companions: list[list[int]]      # per skill: what its experts also hold, to gain
    family_codes: dict[str, int]
    family_labels: dict[str, str]
    capable_family: np.ndarray       # bool people x families (practitioner or above)
    facilities: list[Facility] = field(default_factory=list)
    facility_required: list[np.ndarray] = field(default_factory=list)
    facility_staff: list[list[tuple[int, str]]] = field(default_factory=list)
    facility_institution: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    institution_rows: list[np.ndarray] = field(default_factory=list)
    generation: int = 0
    build_seconds: float = 0.0
    #: False for an index built without what only successor candidates need (see
    #: :func:`build_succession_index`): its reports can list no successors.
    readiness: bool = True


def build_succession_index(taxonomy: Taxonomy, directory: Directory, *, today: date | None = None,
                           graph: nx.Graph | None = None,
                           normal_retirement_age: int | None = None,
                           readiness: bool = True) -> SuccessionIndex:
    """Build the arrays of a succession report for `directory` as seen on `today`.

    Parameters
    ----------
    taxonomy, directory
        The skills taxonomy (for relations between skills) and the directory.
    today : date, optional
        The reference day for ages and retirement bands (default: today).
    graph : networkx.Graph, optional
        The skills graph, when one is already built (the search index has it);
        otherwise the skill-to-skill relations are taken from the same sources
        the graph uses: the taxonomy and co-occurrence.
    normal_retirement_age : int, optional
        See :func:`skillmap.retirement.expected_retirement`.
    readiness : bool
        False leaves out what only successor candidates need: everyone's readiness for
        every skill (people x skills floats, with their intermediates about 0.9 GB at
        50,000 people) and the skill relations it weighs. Reports on such an index give
        the same risks and figures, with no successors (``successors=0``); the import's
        snapshot of the Technician Commitment figures needs no more.

    Examples
    --------
    >>> from skillmap.model import Holding, Person, SkillInfo
    >>> tax = Taxonomy({}, {}, {}, "technical", (), {})
    >>> d = Directory(people=[Person("P1", "Ada", "L", "U", "technical",
    ...                                    date_of_birth=date(1961, 3, 6))],
    ...               holdings=[Holding("P1", "nmr", 4)],
    ...               skills={"nmr": SkillInfo("nmr", "NMR", "analytical")})
    >>> index = build_succession_index(tax, d, today=date(2026, 1, 1))
    >>> index.ids, index.skills, BANDS[index.band[0]], int(index.level[0, 0])
    (['P1'], ['nmr'], '2-5 years', 4)
    """
    started = time.perf_counter()
    today = today or date.today()
    people = sorted(directory.people, key=lambda p: p.person_id)
    row_of = {p.person_id: i for i, p in enumerate(people)}
    institutions = sorted({p.institution for p in people} |
                          {f.institution for f in directory.facilities})
    departments = sorted({p.department or "" for p in people})
    inst_code = {name: i for i, name in enumerate(institutions)}
    dept_code = {name: i for i, name in enumerate(departments)}
    dates, basis, bands, ages = _retirements(people, today, normal_retirement_age)
    skills = _skill_columns(directory, row_of)
    skill_col = {s: i for i, s in enumerate(skills)}
    holdings = _holding_arrays(directory, row_of, skill_col, len(people), today.year)
    institution = np.array([inst_code[p.institution] for p in people], dtype=np.int32)
    index = SuccessionIndex(
        today=today, ids=[p.person_id for p in people],
        names=[p.name.strip() for p in people], row_of=row_of,
        institution=institution, institutions=institutions,
        department=np.array([dept_code[p.department or ""] for p in people], dtype=np.int32),
        departments=departments, retire_day=dates, basis=basis, band=bands, age=ages,
        public=np.array([bool(p.public) for p in people], dtype=bool),
        skills=skills, skill_col=skill_col,
        labels=[_label(directory, taxonomy, s) for s in skills],
        families=[_family(directory, taxonomy, s) for s in skills],
        **holdings, related=(_relations(taxonomy, directory, graph, skill_col) if readiness
                             else np.zeros((0, 0), dtype=np.float32)),
        related_of=[], companions=[], family_codes={}, h_group_order=np.zeros(0, dtype=np.int64),
        h_group_key=np.zeros(0, dtype=np.int64),
        family_labels={f.id: f.label for f in taxonomy.families.values()},
        capable_family=np.zeros((len(people), 0), dtype=bool),
        base=np.zeros(0), similarity=np.zeros(0),
        on_facility=np.zeros(0), generation=directory.generation, readiness=readiness)
    group_key = institution[index.h_row].astype(np.int64) * len(skills) + index.h_skill
    index.h_group_order = np.argsort(group_key, kind="stable")
    index.h_group_key = group_key[index.h_group_order]
    _add_facilities(index, directory, inst_code)
    if readiness:
        _add_readiness(index, _weigh_relations(index))
    _add_families(index)
    index.institution_rows = [np.flatnonzero(institution == i) for i in range(len(institutions))]
    index.build_seconds = time.perf_counter() - started
    return index


def _retirements(people: list[Any], today: date, normal_retirement_age: int | None
                 ) -> tuple[np.ndarray, list[str], np.ndarray, np.ndarray]:
    dates = np.full(len(people), -1, dtype=np.int64)
    bands = np.zeros(len(people), dtype=np.int8)
    ages = np.full(len(people), -1, dtype=np.int16)
    basis = []
    for row, person in enumerate(people):
        day, why = expected_retirement(person, normal_retirement_age=normal_retirement_age)
        basis.append(why)
        bands[row] = BANDS.index(retirement_band(day, today))
        if day is not None:
            dates[row] = day.toordinal()
        birth = person.date_of_birth
        if birth is not None:
            ages[row] = today.year - birth.year - ((today.month, today.day) <
                                                   (birth.month, birth.day))
    return dates, basis, bands, ages


def _skill_columns(directory: Directory, row_of: dict[str, int]) -> list[str]:
    """Skills that someone in the directory holds or a facility requires, sorted."""
    held = {h.skill_id for h in directory.holdings if h.person_id in row_of}
    required = {s for f in directory.facilities for s in f.required_skills}
    return sorted(held | required)


def _label(directory: Directory, taxonomy: Taxonomy, skill_id: str) -> str:
    info = directory.skills.get(skill_id) or taxonomy.skills.get(skill_id)
    return info.label if info else skill_id


def _family(directory: Directory, taxonomy: Taxonomy, skill_id: str) -> str | None:
    info = directory.skills.get(skill_id) or taxonomy.skills.get(skill_id)
    return info.family if info else None


def _holding_arrays(directory: Directory, row_of: dict[str, int], skill_col: dict[str, int],
                    n: int, year: int) -> dict[str, Any]:
    """Holdings as person-major arrays (a repeated person/skill keeps its highest level)."""
    best: dict[tuple[int, int], tuple[int, int | None, bool]] = {}
    for h in directory.holdings:
        row = row_of.get(h.person_id)
        if row is None or not 1 <= h.level <= 4:
            continue
        key = (row, skill_col[h.skill_id])
        if key not in best or h.level > best[key][0]:
            best[key] = (h.level, h.last_used, bool(h.interested))
    keys = sorted(best)
    rows = np.array([k[0] for k in keys], dtype=np.int32)
    cols = np.array([k[1] for k in keys], dtype=np.int32)
    values = [best[k] for k in keys]
    levels = np.array([v[0] for v in values], dtype=np.int8)
    decay = np.array([recency(v[1], year) for v in values], dtype=np.float32)
    recent = np.array([v[1] is None or v[1] >= year - RECENT_YEARS for v in values], dtype=bool)
    level = np.zeros((n, len(skill_col)), dtype=np.int8)
    level[rows, cols] = levels
    return {"h_row": rows, "h_skill": cols, "h_level": levels,
            "h_weight": (LEVEL_WEIGHT[levels] * decay).astype(np.float32), "h_recency": decay,
            "h_last_used": np.array([v[1] or 0 for v in values], dtype=np.int16),
            "h_interested": np.array([v[2] for v in values], dtype=bool),
            "h_expert": (levels >= EXPERT_LEVEL) & recent,
            "h_key": rows.astype(np.int64) * len(skill_col) + cols, "level": level}


def _relations(taxonomy: Taxonomy, directory: Directory, graph: nx.Graph | None,
               skill_col: dict[str, int]) -> np.ndarray:
    """Symmetric skill x skill weights of the graph's ``related`` edges."""
    k = len(skill_col)
    related = np.zeros((k, k), dtype=np.float32)
    if graph is not None:
        pairs = {(a, b): w for a in skill_col for b, w in related_skills(graph, a).items()}
    else:
        pairs = {(s.id, other): 1.0 for s in taxonomy.skills.values() for other in s.related}
        for (a, b), weight in cooccurring_skills(directory).items():
            pairs.setdefault((a, b), weight)
    for (a, b), weight in pairs.items():
        if a in skill_col and b in skill_col and a != b:
            i, j = skill_col[a], skill_col[b]
            related[i, j] = related[j, i] = max(related[i, j], weight)
    return related


def _distinctiveness(index: SuccessionIndex) -> np.ndarray:
    """Per skill, 0-1: how rare it is among people able to do it (log inverse frequency);
    0 for general skills held by more than GENERAL_SHARE of people.

    Knowing COSHH says little about who could take over printmaking, even though the
    taxonomy relates them; knowing screen printing says a lot.
    """
    n = max(1, len(index.ids))
    capable = index.h_level >= 2
    df = np.bincount(index.h_skill[capable], minlength=len(index.skills))
    rarity = np.log((n + 1) / (df + 1)) / np.log(n + 1)
    return np.where(df > GENERAL_SHARE * n, 0.0, np.clip(rarity, 0, 1)).astype(np.float32)


def _weigh_relations(index: SuccessionIndex) -> np.ndarray:
    """Scale each related skill by its distinctiveness; returns the unscaled column totals."""
    totals: np.ndarray = index.related.sum(axis=0)
    index.related *= _distinctiveness(index)[:, None]
    index.related_of = [(cols := np.flatnonzero(index.related[:, s]),
                         index.related[cols, s].tolist()) for s in range(len(index.skills))]
    return np.asarray(totals)


def _add_facilities(index: SuccessionIndex, directory: Directory,
                    inst_code: dict[str, int]) -> None:
    n, k = len(index.ids), len(index.skills)
    on_facility = np.zeros((n, k), dtype=bool)
    staff: dict[str, list[tuple[int, str]]] = {}
    for member in directory.staff:
        if member.person_id in index.row_of:
            staff.setdefault(member.facility_id, []).append((index.row_of[member.person_id],
                                                             member.role))
    index.facilities = sorted(directory.facilities, key=lambda f: f.facility_id)
    for facility in index.facilities:
        cols = np.array(sorted({index.skill_col[s] for s in facility.required_skills}),
                        dtype=np.int32)
        members = sorted(staff.get(facility.facility_id, []))
        index.facility_required.append(cols)
        index.facility_staff.append(members)
        for row, _ in members:
            on_facility[row, cols] = True
    index.facility_institution = np.array([inst_code[f.institution] for f in index.facilities],
                                          dtype=np.int32)
    index.on_facility = on_facility


def _add_readiness(index: SuccessionIndex, totals: np.ndarray) -> None:
    """Per person and skill: related skills (graph), profile similarity (scikit-learn), base.

    Everything is computed from each person's progress in each skill: the
    :data:`READINESS_LEVEL` of their level times the recency of its use.
    """
    n, k = index.level.shape
    progress = READINESS_LEVEL[index.h_level] * index.h_recency
    weights = csr_matrix((progress, (index.h_row, index.h_skill)), shape=(n, k),
                         dtype=np.float32)
    related = np.asarray(weights @ index.related) / np.where(totals > 0, totals, 1.0)
    related = np.clip(related, 0, 1)
    index.similarity = _profile_similarity(index, weights).astype(np.float16)
    interested = np.zeros((n, k), dtype=np.float32)
    interested[index.h_row, index.h_skill] = index.h_interested
    w = READINESS_WEIGHTS
    base = w["level"] * weights.toarray()
    base += w["related"] * related
    base += w["similar"] * index.similarity
    base += w["interested"] * interested
    base += w["facility"] * index.on_facility
    index.base = base.astype(np.float32)


def _profile_similarity(index: SuccessionIndex, weights: csr_matrix) -> np.ndarray:
    """Cosine similarity of each person's skill set to each skill's expert profile.

    A skill's profile is the mean TF-IDF skill vector of its experts (practitioners
    when it has none), without the skill itself: what else the people who can do it
    know. TF-IDF keeps skills nearly everyone has from dominating.
    """
    n, k = index.level.shape
    if n == 0 or k == 0 or weights.nnz == 0:
        index.companions = [[] for _ in range(k)]
        return np.zeros((n, k), dtype=np.float32)
    tfidf = TfidfTransformer().fit_transform(weights).astype(np.float32)
    source = _profile_members(index, n, k)
    profile = np.asarray((source @ tfidf).todense(), dtype=np.float32)
    np.fill_diagonal(profile, 0.0)
    capable = csr_matrix((index.h_level >= 2, (index.h_row, index.h_skill)), shape=(n, k),
                         dtype=np.float32)
    index.companions = _companions(source, capable)
    return np.asarray(cosine_similarity(tfidf, profile, dense_output=True), dtype=np.float32)


def _profile_members(index: SuccessionIndex, n: int, k: int) -> csr_matrix:
    """Skills x people: a skill's experts, or its practitioners when it has no expert."""
    levels, skills = index.h_level, index.h_skill
    experts = np.bincount(skills[levels >= 3], minlength=k)
    use = (levels >= 3) | ((levels == 2) & (experts[skills] == 0))
    return csr_matrix((np.ones(int(use.sum()), dtype=np.float32),
                       (skills[use], index.h_row[use])), shape=(k, n))


def _companions(source: csr_matrix, capable: csr_matrix) -> list[list[int]]:
    """Per skill with at least MIN_EXPERTS experts, up to COMPANIONS skills that most of
    them hold and that are not general, most distinctive first."""
    n, k = capable.shape
    counts = np.asarray(source.sum(axis=1)).ravel()
    share = np.asarray((source @ capable).todense()) / np.where(counts > 0, counts, 1)[:, None]
    df = np.asarray(capable.sum(axis=0)).ravel()
    distinct = np.log((n + 1) / (df + 1))
    np.fill_diagonal(share, 0.0)
    share[:, df > GENERAL_SHARE * n] = 0.0
    share[counts < MIN_EXPERTS, :] = 0.0
    score = np.where(share >= 0.5, share * distinct, 0.0)
    order = np.argsort(-score, axis=1, kind="stable")[:, :COMPANIONS]
    return [[int(c) for c in order[s] if score[s, c] > 0] for s in range(k)]


def _add_families(index: SuccessionIndex) -> None:
    names = sorted({f for f in index.families if f})
    index.family_codes = {f: i for i, f in enumerate(names)}
    codes = np.array([index.family_codes.get(f, -1) if f else -1 for f in index.families],
                     dtype=np.int32)
    capable = np.zeros((len(index.ids), len(names)), dtype=bool)
    keep = index.h_level >= 2
    fam = codes[index.h_skill[keep]] if len(codes) else np.zeros(0, dtype=np.int32)
    ok = fam >= 0
    capable[index.h_row[keep][ok], fam[ok]] = True
    index.capable_family = capable
