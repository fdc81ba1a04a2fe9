"""Rank people for a query, every result with its reasons, and the facilities it names.

Ranking, in order of weight:

1. **direct before related**: a person who directly holds what was asked (a skill,
   a facility they staff, their own name) always ranks above anyone matched only
   through a related skill, and people directly covering every concept of the
   query come first;
2. **within each**, first those whose own name for the skill (as the directory wrote it,
   "12-Lead ECG ... (CPET)") holds a word of the query the skill's name does not ("cpet"),
   unless the query names a facility, then skill level and recency, then facility role:
   a named facility, a facility word ("lab", "core") or a role word ("who runs", "contact",
   "training") makes roles count as much as levels (the lead for "contact",
   trainers for "training", lead and operators for "who runs");
3. **free text** (BM25 over what each skill is, blended with the optional sentence
   model's closeness in meaning, :mod:`skillmap.search.semantic`) reads a described
   need ("freeze purified protein in thin ice for EM") into the skills that do it, and
   TF-IDF over job titles and summaries breaks ties.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process

from skillmap.accounts import ANONYMOUS, Viewer
from skillmap.bundle.records import FacilityRecord, PersonRecord
from skillmap.matching import UNREVIEWED_PREFIX, english_words
from skillmap.search.index import SearchIndex, text_query, written_words
from skillmap.search.query import (
    EXPANSIONS,
    LIST_WORDS,
    TRAIN_WORDS,
    Concept,
    ParsedQuery,
    TermTable,
    in_name,
    parse_query,
    query_tokens,
)
from skillmap.search.text import stem

__all__ = ["FacilityCard", "Filters", "Match", "Result", "SearchResponse", "search",
           "suggest_skills", "visible_to"]

SAINT = frozenset({"st", "saint"})     # before a word of the institution's name, part of it
AUDIENCE_WORDS = frozenset("""students student users user researchers researcher postgraduates
postgraduate postgrads postgrad pgr pgrs undergraduates undergraduate undergrads undergrad
masters phd phds visitors visitor starters beginners beginner newcomers""".split())
DIRECT = 100.0            # per concept held directly: nothing related-only can catch up
READ_DIRECT = 50.0        # per skill read from the query's other words, held directly: a
                          # guess at what they say never outranks a concept the query named
RELATED_COVER = 2.0       # per concept reached only through a related skill
RELATED_WEIGHT = 0.35
TOPIC_EXTRA = 0.1         # skills a query's leftover words read like, as a tie-breaker
TEXT_WEIGHT = 0.1         # people's own words (title, summary, facilities) on a query's other
                          # words: a tie-breaker, below the step between two levels (0.3 until
                          # round 13: fitted leave-one-institution-out, 0.1 scores better on
                          # every institution left out; bench/search_tune.py)
WRITTEN_FIRST = 5.0       # a direct holder whose name as written says the query's own word
WRITTEN_MORE = 1.0        # ... per further word of the query it says
WRITTEN_NAMED = 0.1       # ... a tenth of both where the query names a facility: its staff
                          # first, in the roles asked for, then the names that say its words
WRITTEN_MEANING = 0.5     # a need's holder whose name as written reads most like it
STAFF_FLOOR = 0.3         # staff of a facility that is about what was asked
TRAINER_LOW_LEVEL = 0.6   # "training": practitioners count for less than experts
TOPIC_PRIMARY = 0.85      # free text: skills scoring this share of the best are what was asked
TOPIC_RELATED = 0.5
NAMED_TOPIC_BONUS = 0.35    # a skill the need names outright (a guessed spelling: none)
SURE_SPELLING = 0.9         # a misspelt query alone, corrected this surely, names its skill
COORDINATION = 1.0          # free text: skills whose documents hold more of the need's words
SEMANTIC_WEIGHT = 0.6       # free text: the sentence model's share of a skill's topic score
SEMANTIC_ONE_WORD = 0.4     # ... times this for a one-word query
SEMANTIC_SPAN = 0.25        # a cosine this far below the best counts nothing
SEMANTIC_FLOOR = 0.4        # with no word BM25 knows, the best cosine must reach this
AMBIGUOUS_FLOOR = 0.7        # the weight of the least-held meaning of an ambiguous abbreviation
SEMANTIC_DECISIVE = 0.3     # asked only when BM25's runner-up scores this share of its best,
SEMANTIC_THIN = 0.5         # or its best holds less than this share of the need's words (and
                            # the model's closest cosine reaches SEMANTIC_FLOOR)
SEMANTIC_MAX_WORDS = 8      # ... and of a need of at most this many content words: a longer one
                            # gives BM25 words enough (no evaluation query changed, and the
                            # model's 9-15 ms went to half as many of the bench's queries)
NEEDED_NAME = 1.0          # the name a facility asked for lists as its need: no less than its skill
SPECIFIC_MEMBER = 2.0      # a name a skill is held under that says the query's other words
DESCRIBED_MARGIN = 1.25    # a facility found by its description reads this much more like it
NAMED_FACILITY = 2.0      # a facility the query names ("fab lab", "NMR core", "who runs...")
STAFF_FIRST = 1.0         # ... puts its staff in the roles asked for above everyone else
ASKED_ROLES = {"plain": frozenset(), "facility": frozenset(("lead", "trainer", "operator", "backup")),
               "trainer": frozenset(("trainer", "lead")), "lead": frozenset(("lead",))}
LEVEL_SHARE = 0.3         # ... and within them, level counts for less than role
ROLE_BONUS = {
    "plain": {"lead": 0.1, "trainer": 0.08, "operator": 0.06, "backup": 0.02},
    "facility": {"lead": 0.6, "trainer": 0.45, "operator": 0.45, "backup": 0.15},
    "trainer": {"trainer": 0.6, "lead": 0.45, "operator": 0.2, "backup": 0.0},
    "lead": {"lead": 0.8, "trainer": 0.05, "operator": 0.05, "backup": 0.03},
}
ROLE_ORDER = ("lead", "trainer", "operator", "backup")


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
    written: str | None = None      # the holding's name as the directory wrote it


@dataclass
class Result:
    person: PersonRecord
    score: float
    matched: list[Match] = field(default_factory=list)
    direct: bool = True


@dataclass
class FacilityCard:
    """A facility the query names or whose main skill it asks for, with who does what."""

    facility_id: str
    name: str
    roles: dict[str, list[tuple[str, str]]]     # role -> [(person_id, name)], visible only
    facility: FacilityRecord | None = None      # where it is, how to book, whom to write to


@dataclass
class SearchResponse:
    query: str
    results: list[Result]
    concepts: list[Concept]
    total: int = 0
    offset: int = 0
    direct_total: int = 0
    related_total: int = 0
    facilities: list[FacilityCard] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    alternatives: dict[str, list[str]] = field(default_factory=dict)   # ambiguous term -> labels
    asked: list[str] = field(default_factory=list)                     # labels of what was asked


@dataclass
class _Group:
    """One thing asked for, and every way a person can hold it directly."""

    text: str
    via: str
    skills: dict[str, float] = field(default_factory=dict)         # skill -> weight
    facilities: dict[str, float] = field(default_factory=dict)     # facility -> weight
    named_facilities: list[str] = field(default_factory=list)
    rows: dict[int, float] = field(default_factory=dict)           # named people: how surely
    asked: list[str] = field(default_factory=list)                 # skills asked for
    described: bool = False            # a facility found by its description, not its name
    meant: bool = False                # a need the sentence model read: holders' names too
    read: bool = False                 # a skill read from words the query left over, not named
    said: dict[str, np.ndarray] = field(default_factory=dict)   # a skill -> where among its
    # holders are those whose own names for it say the term asked for (see _written_for)

    @property
    def names_facility(self) -> bool:
        """Whether the query names one of the group's facilities, rather than only its
        words or a skill it needs suggesting it."""
        return max(self.facilities.values(), default=0.0) >= NAMED_FACILITY


def search(index: SearchIndex, text: str, *, limit: int = 10, offset: int = 0,
           filters: Filters = Filters(), viewer: Viewer = ANONYMOUS) -> SearchResponse:
    """Find the people best matching `text` among those `filters` and `viewer` allow."""
    visible = visible_to(index, viewer)
    asked = _unaddressed(text)
    parsed = _parsed(index, asked, index.terms_for(visible))
    parsed.concepts = _described_facility(index, parsed) + parsed.concepts
    allowed = _allowed(index, filters) & visible
    groups, extras = _groups(index, parsed)
    table = _role_table(parsed, groups)
    n = len(index.people)
    total = np.zeros(n, dtype=np.float32)
    covered = np.zeros(n, dtype=np.int16)
    named = np.zeros(n, dtype=np.int16)     # ... of the concepts the query named
    said = written_words(" ".join([*parsed.content, *(c.term for c in parsed.concepts)]))
    # role and facility words set aside; a misspelt word as the term it was read as
    for group in groups:
        direct, related = _group_scores(index, group, parsed, table, filters.family)
        rows, more = _said_as_written(index, group, said)
        scale = WRITTEN_NAMED if group.names_facility else 1.0
        total[rows] += scale * (WRITTEN_FIRST + WRITTEN_MORE * more)
        if group.meant:
            direct = _meant_as_written(index, group, parsed, direct)
        covered += direct > 0
        if not group.read:
            named += direct > 0
        total += np.where(direct > 0, direct, related)
        total += np.where((direct == 0) & (related > 0), RELATED_COVER, 0).astype(np.float32)
    total += DIRECT * named + READ_DIRECT * (covered - named)
    for skill_id, weight in extras.items():
        values = _holder_values(index, {skill_id: weight}, parsed, filters.family)
        total += np.where(covered > 0, 0, values).astype(np.float32) + TOPIC_EXTRA * values
    words = " ".join(parsed.words) if groups else asked
    total += TEXT_WEIGHT * _text_scores(index, words)
    total[~allowed] = 0
    threshold = 0.0 if groups or extras else 0.05 * TEXT_WEIGHT
    candidates = np.flatnonzero(total > threshold)
    page = _top(total, candidates, offset + limit)[offset:]
    explained = _explain(index, groups, extras, [int(row) for row in page])
    results = [Result(index.people[row], round(float(total[row]), 4), matched,
                      bool(covered[row] > 0)) for row, matched in zip(page, explained)]
    direct_total = int(np.count_nonzero(covered[candidates] > 0)) if groups else 0
    response = SearchResponse(
        text, results, parsed.concepts, total=int(candidates.size), offset=offset,
        direct_total=direct_total, related_total=int(candidates.size) - direct_total,
        facilities=_facility_cards(index, groups, visible, filters),
        alternatives={c.text: [index.skill_labels.get(o, o) for o in c.options]
                      for c in parsed.concepts if c.via == "ambiguous"},
        asked=[index.skill_labels.get(s, s) for g in groups for s in g.asked])
    if not results and text.strip():
        response.suggestions = suggest_skills(index, text)
    return response


_ADDRESS = re.compile(r"\b([\w.'+-]+)@[\w-]+(?:\.[\w-]+)+\b")


def _unaddressed(text: str) -> str:
    """`text` with an e-mail address read as the name before its "@", as a colleague's
    address is pasted from a mail: its domain is every colleague's and names no one.

    >>> _unaddressed("Hodan.Brown@example.ac.uk"), _unaddressed("j_o-neill@uni.ac.uk nmr")
    ('Hodan Brown', 'j o neill nmr')
    """
    return _ADDRESS.sub(lambda m: re.sub(r"[._+-]+", " ", m.group(1)).strip(), text)


def _parsed(index: SearchIndex, text: str, table: TermTable) -> ParsedQuery:
    """`text` parsed, without the words that only name the institution itself ("the equine
    hospital at ardcraig", "kingsholm glass studio"): every person and facility here is the
    institution's, so its name picks none of them. Kept when a facility the query names
    holds every word it says ("ardcraig zoology museum": the facility's own name), or was
    the one facility named with them and another word of its name ("ravelstone operations
    centre duty manager": "Ravelstone Operations Centre"; not "kingsholm glass studio" of
    "Kingsholm Recording Studios", nor "the sonde station on carn dubh", where two are). Nor the
    words that say whom a training is for (see :func:`_audience`)."""
    parsed = parse_query(text, table)
    words = query_tokens(text)
    names = _own_name_words(tuple(index.institutions))
    own = {w for at, w in enumerate(words) if stem(w) in names or w in SAINT and at + 1 < len(
        words) and stem(words[at + 1]) in names}          # "st wilfrids": St Wilfrid's
    if own:         # looked at only when the query says the institution's own name
        places = [c for c in parsed.concepts
                  if c.kind == "facility" and c.key in index.facility_names]
        mine = {stem(w) for w in own}
        name = {c.key: {stem(w) for w in query_tokens(index.facility_names[c.key])}
                for c in places}
        named_with = [c for c in places if mine & name[c.key] & (
            said := {stem(w) for w in query_tokens(c.text)}) and (said - mine) & name[c.key]]
        if len(named_with) == 1 or any(
                {stem(w) for w in parsed.content} <= name[c.key] for c in places):
            own = set()
    audience = _audience(words)
    kept = [w for at, w in enumerate(words) if w not in own and at not in audience]
    return parse_query(" ".join(kept), table) if kept and len(kept) < len(words) else parsed


def _audience(words: list[str]) -> set[int]:
    """Where a training or induction query says whom it is for, not what: after its "for"
    ("lathe induction for masters students") or just before the training word ("confocal
    user training"). Elsewhere such a word may be the need ("teach students to make up iv
    bags": teaching; "train new users on the equipment": user training).

    >>> _audience("bsu induction for new users".split()), _audience("hplc user training".split())
    ({4}, {1})
    >>> _audience("teach students to make up iv bags".split()), _audience(["students"])
    (set(), set())
    """
    trained = [at for at, w in enumerate(words) if w in TRAIN_WORDS]
    if not trained or len(words) < 2:
        return set()
    after = words.index("for") if "for" in words[:-1] else len(words)
    return {at for at, w in enumerate(words) if w in AUDIENCE_WORDS
            and (at > after or at + 1 in trained)}


@lru_cache(maxsize=64)
def _own_name_words(institutions: tuple[str, ...]) -> frozenset[str]:
    """The words of the institutions' names that are no English word, as stems: a place's or
    a founder's name ("Ardcraig", "Kilbrannan", "Wilfrid"), never "university" or "arts"."""
    english = english_words()
    return frozenset(stem(w) for name in institutions for w in query_tokens(name)
                     if len(w) >= 4 and w not in english and w.removesuffix("s") not in english)


def _top(total: np.ndarray, candidates: np.ndarray, count: int) -> np.ndarray:
    """The best `count` candidates, best first (ties in row order), without sorting all."""
    if count <= 0:
        return candidates[:0]
    if candidates.size > 4 * count:
        scores = total[candidates]
        cut = np.partition(scores, candidates.size - count)[candidates.size - count]
        candidates = candidates[scores >= cut]
    return candidates[np.argsort(-total[candidates], kind="stable")][:count]


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


def _groups(index: SearchIndex, parsed: ParsedQuery) -> tuple[list[_Group], dict[str, float]]:
    """What the query asks for, one group per concept (a facility absorbs the skills it is
    about), and skills its free words read like (``extras``: related, never direct)."""
    groups: list[_Group] = []
    skills: list[Concept] = []
    for concept in parsed.concepts:
        if concept.kind == "person":
            rows = ({index.row_of[concept.key]: concept.confidence}
                    if concept.key in index.row_of else {})
            if groups and groups[-1].via == "person" and groups[-1].text == concept.text:
                groups[-1].rows.update(rows)
            else:
                groups.append(_Group(concept.text, "person", rows=rows))
        elif concept.kind == "facility" and concept.key in index.facility_names:
            weight = NAMED_FACILITY if concept.confidence >= 1 else 1.0
            same = [g for g in groups if g.named_facilities and _same_name(
                index, g.named_facilities[0], concept.key)]
            if same:           # one facility's namesakes at other institutions: either
                same[0].facilities[concept.key] = weight
                same[0].named_facilities.append(concept.key)
                continue
            needed = index.facility_skills.get(concept.key, [])
            groups.append(_Group(concept.text, "facility", facilities={concept.key: weight},
                                 named_facilities=[concept.key], asked=needed[:1],
                                 described=concept.via == "described"))
        elif concept.kind == "skill":
            skills.append(concept)
    facility_groups = [g for g in groups if g.named_facilities]
    if not groups and not skills:
        skills, parsed = _named_as_written(index, parsed)
    listed, parsed = _listed_names(index, parsed, skills)
    skills += listed
    parsed = _said_by_names(index, parsed, skills)
    if len(skills) == 1 and parsed.words and len(parsed.content) <= 4:
        skills, parsed = _said_whole(index, parsed, skills[0])
    leftover = parsed.words
    read: list[Concept] = []
    run_skills = [_run_skill(index, run) for run in parsed.runs]
    if parsed.listing and parsed.runs and all(run_skills) and (
            skills or facility_groups or len(parsed.runs) > 1):
        # "confocal live imaging": each run of unmatched words names one skill of its own
        named = {k for c in skills for k in (c.options or (c.key,))}
        read = [Concept("skill", key, "related", " ".join(run))
                for key, run in zip(run_skills, parsed.runs) if key and key not in named]
        skills += read
        parsed = replace(parsed, words=[], runs=[])
    topics, meant = _topics(index, parsed)
    need = bool(topics) and (not parsed.concepts or (
        len(parsed.words) >= 2 and not facility_groups
        and not any(g.via == "person" for g in groups)))
    extras: dict[str, float] = {}
    if need:
        scored = dict(topics)
        for concept in skills:
            if concept.via == "fuzzy":     # in a sentence, a near-spelling is mostly chance
                continue
            for key in concept.options or (concept.key,):
                scored[key] = scored.get(key, 0.0) + NAMED_TOPIC_BONUS
        best = max(scored.values())
        ranked = sorted(scored.items(), key=lambda kv: -kv[1])
        primary = [k for k, s in ranked if s >= TOPIC_PRIMARY * best][:2]
        group = _skill_group(index, Concept("skill", primary[0], "related",
                                            " ".join(parsed.content), options=tuple(primary)))
        for key in primary:       # either of the skills the need reads like, the best first
            for member, weight in _members(index, key).items():
                group.skills[member] = weight * scored[key] / best
        group.meant = meant
        groups.append(group)
        extras = {k: s / best for k, s in ranked[:6] if k not in primary
                  and s >= TOPIC_RELATED * best}
        return groups, extras
    alone = len(skills) == 1 and not parsed.words and not facility_groups
    skills = [_held_instead(index, c, alone, [*parsed.words, *(
        w for other in skills if other is not c for w in other.text.split())]) for c in skills]
    for concept in skills:
        absorbed = [g for g in facility_groups if g.text == concept.text
                    or _about(index, g.named_facilities[0], concept)]
        if absorbed and absorbed[0].described and not any(
                k in index.facility_skills.get(absorbed[0].named_facilities[0], [])
                for k in concept.options or (concept.key,)):
            continue       # words that found the facility, not a skill it needs: no skill
        if absorbed:
            group = absorbed[0]
            if group.via == "facility" and not _names_it(index, group, concept):
                group.asked, group.via = [], concept.via   # the skill named, not the main one
            group.asked += list(concept.options or (concept.key,))
            continue
        groups.append(_skill_group(index, concept))
        groups[-1].read = concept in read
        _written_for(index, groups[-1], concept)
    whom = _asks_whom(query_tokens(parsed.text))
    if (parsed.facility_words or whom) and not facility_groups:
        for group in groups:
            if group.via != "related":       # named, not read from a need's words
                _place_of(index, group, parsed.facility_words, whom)
    for group in facility_groups:
        if group.via == "facility" and not group.names_facility:
            # "sequencing": words of a facility's name, and a topic of their own
            group.asked += [k for k, s in _topics(index, parsed, always=True)[0][:2]
                            if s >= TOPIC_PRIMARY and k not in group.asked]
        for key in group.asked:
            group.skills.update(_members(index, key))
        needs = [f.required_skills for f in map(index.facilities.get, group.named_facilities) if f]
        for member in group.skills:         # the directory's own name of what it needs
            if member in index.derived and any(member in names for names in needs):
                group.skills[member] = NEEDED_NAME
    if leftover:
        _prefer_specific(index, groups, leftover)
    if parsed.words:
        extras = {k: s * 0.5 for k, s in topics[:2]
                  if not any(k in g.skills for g in groups)}
    return groups, extras


def _listed_names(index: SearchIndex, parsed: ParsedQuery, skills: list[Concept]
                  ) -> tuple[list[Concept], ParsedQuery]:
    """In a list of needs ("fish husbandry and seawater systems"), each item whose every word
    is said by the names one to three held skills go by here (the directory's own names
    included: "Seawater Aquarium Systems: Pumps, Filtration ...") is a need of its own, those
    skills: an item of a list is never a qualifier of the one named before it."""
    if not parsed.listing or not (skills or len(parsed.runs) > 1) or not (
            LIST_WORDS & set(query_tokens(parsed.text)) or "," in parsed.text):
        return [], parsed
    named = {k for c in skills for k in (c.options or (c.key,))}
    found, kept = [], []
    for run in parsed.runs:
        whole = _held_saying(index, written_words(" ".join(run)), named)
        if 1 <= len(whole) <= 3:
            found.append(Concept("skill", whole[0], "synonym", " ".join(run),
                                 options=tuple(whole) if len(whole) > 1 else ()))
        else:
            kept.append(run)
    if not found:
        return [], parsed
    return found, replace(parsed, runs=kept, words=[w for run in kept for w in run])


def _held_saying(index: SearchIndex, wanted: frozenset[str], named: Collection[str]
                 ) -> list[str]:
    """Held skills, other than `named`, whose names (see :func:`name_words`) say every
    `wanted` word, in id order; none when nothing is wanted."""
    return sorted(key for key, words in index.name_words.items()
                  if wanted and wanted <= words and key in index.skill_holders
                  and key not in named)


def _labelled_saying(index: SearchIndex, wanted: frozenset[str], named: Collection[str]
                     ) -> list[str]:
    """Held skills, other than `named`, whose label (an unreviewed skill's: its name as the
    directory wrote it) says every `wanted` word, in id order."""
    if not wanted:
        return []
    return sorted(key for key in index.skill_holders if key not in named
                  and wanted <= _label_words(index.skill_labels.get(key, "")))


@lru_cache(maxsize=1 << 16)
def _label_words(label: str) -> frozenset[str]:
    """:func:`written_words` of a skill's label, read once (every short query asks)."""
    return written_words(label)


def _asks_whom(words: list[str]) -> bool:
    """"who do I ask about ...", "who can I send samples to": a question for whoever looks
    after it.

    >>> _asks_whom("who do i ask about ship time".split()), _asks_whom(["who", "knows", "gis"])
    (True, False)
    """
    return bool(words) and words[0] == "who" and any(w in ("ask", "send") for w in words[1:5])


def _said_by_names(index: SearchIndex, parsed: ParsedQuery, skills: list[Concept]
                   ) -> ParsedQuery:
    """`parsed` without the leftover words that a skill it names already says in one of its
    own names ("hazardous substances assessment": COSHH assessment; "assessment" asks for no
    other skill)."""
    said = frozenset().union(*(index.name_words.get(k, frozenset()) for c in skills
                               for k in c.options or (c.key,)))
    if not said or not parsed.words:
        return parsed
    runs = [kept for run in parsed.runs if (kept := [w for w in run if stem(w) not in said])]
    return replace(parsed, words=[w for w in parsed.words if stem(w) not in said], runs=runs)


def _said_whole(index: SearchIndex, parsed: ParsedQuery, concept: Concept
                ) -> tuple[list[Concept], ParsedQuery]:
    """A short query whose every word one held skill's own names say, where the skill it
    named says only some ("film photography": the skill held as "Darkroom Photography – Film
    Processing", not photography and a stray "film"): that skill instead, nothing left over."""
    named = concept.options or (concept.key,)
    whole = [key for key in _held_saying(index, written_words(" ".join(parsed.content)), named)
             if not set(index.derived.get(key, ())) & set(named)]   # a name of it: see
    # _prefer_specific
    if len(whole) != 1:
        return [concept], parsed
    return [Concept("skill", whole[0], "synonym", " ".join(parsed.content))], replace(
        parsed, words=[], runs=[])


def _named_as_written(index: SearchIndex, parsed: ParsedQuery
                      ) -> tuple[list[Concept], ParsedQuery]:
    """A short query that names no term but whose every word one to three held skills' own
    names say ("gearbox strip and inspection": the skill held as "Gearbox build, strip and
    inspection"; "servo valve testing": "Servo valve and actuator testing on the hydraulic
    rig"): those skills, as named, nothing left over; a list of needs is not split from
    within the one name that says it all."""
    if not 2 <= len(parsed.content) <= 4:
        return [], parsed
    by_label: dict[str, list[str]] = {}
    for key in _labelled_saying(index, written_words(" ".join(parsed.content)), ()):
        by_label.setdefault(index.skill_labels[key].casefold(), []).append(key)
    if not 1 <= len(by_label) <= 3:
        return [], parsed
    # a holder's name as written, read on its own (index.read_as), stands for the skill itself
    whole = [k for keys in by_label.values()
             for k in [k for k in keys if k not in index.read_as] or keys]
    return [Concept("skill", whole[0], "synonym", " ".join(parsed.content),
                    options=tuple(whole) if len(whole) > 1 else ())], replace(
        parsed, words=[], runs=[])


def _prefer_specific(index: SearchIndex, groups: list[_Group], words: list[str]) -> None:
    """"soil microbiology": of the names a skill is held under, those that also say the
    query's other words ("Environmental Microbiology – Isolation from Soil ...") count more."""
    wanted = {stem(w) for w in words}
    for group in groups:
        for member, weight in group.skills.items():
            label = index.skill_labels.get(member, "")
            if len(group.skills) > 1 and wanted <= {stem(w) for w in query_tokens(label)}:
                group.skills[member] = weight * SPECIFIC_MEMBER


def _described_facility(index: SearchIndex, parsed: ParsedQuery) -> list[Concept]:
    """A facility a question asks for ("animal house manager", "who runs the machine shop")
    without its name: the one whose document holds every content word of the query, when it
    reads clearly more like the query than any other that does."""
    facility_words = parsed.facility_words
    asks = facility_words or parsed.wants_lead or parsed.wants_operator or parsed.wants_trainer
    if not asks or not parsed.content or any(
            c.kind in ("facility", "person") for c in parsed.concepts):
        return []      # "who knows about lasers" asks for people, not for a facility
    forms = [(w, *EXPANSIONS.get(w, ())) for w in parsed.content]     # "prep", "fab"
    asked = [f for group in forms for f in group] + facility_words
    scores = index.facility_topics.scores(asked)
    ranked = [int(i) for i in np.argsort(-scores)[:8] if scores[i] > 0 and all(
        any(index.facility_topics.covers(int(i), [f]) for f in group) for group in forms)]
    if not ranked or len(ranked) > 1 and scores[ranked[1]] * DESCRIBED_MARGIN > scores[ranked[0]]:
        return []
    return [Concept("facility", index.facility_keys[ranked[0]], "described",
                    " ".join(parsed.content))]


def _same_name(index: SearchIndex, first: str, second: str) -> bool:
    return index.facility_names[first].casefold() == index.facility_names[second].casefold()


def _about(index: SearchIndex, facility_id: str, concept: Concept) -> bool:
    """Whether a skill the query names is what a facility it also names is about: a skill
    the facility needs, or words of the facility's own name ("fab lab", "NMR")."""
    if any(key in index.facility_skills.get(facility_id, [])
           for key in concept.options or (concept.key,)):
        return True
    if index.facility_topics.covers(index.facility_keys.index(facility_id), concept.text.split()):
        return True
    name = index.terms.facility(facility_id)
    return name is not None and all(in_name(w, name.words | name.aliases)
                                    for w in concept.text.split())


def _names_it(index: SearchIndex, group: _Group, concept: Concept) -> bool:
    """Whether a skill's words are words of the name of a facility asked for ("proteomics
    facility contact"): they name the facility, whose main skill stays what is asked."""
    facility_id = group.named_facilities[0]
    name = index.terms.facility(facility_id)
    return (group.facilities[facility_id] >= NAMED_FACILITY and name is not None
            and all(in_name(w, name.words) for w in concept.text.split()))


def _held_instead(index: SearchIndex, concept: Concept, alone: bool = False,
                  rest: Sequence[str] = ()) -> Concept:
    """A skill nobody here holds ("TIG welding" where the directory says "Welding (TIG/MIG)"):
    the held skill whose document holds every word of what was typed (or of the term a
    misspelling was read as), or all but one of them and the query's `rest`, its other words
    ("wind turbine servicing": "Scheduled turbine service"), if one does; else the held skills
    whose names as the directory wrote them say that term or the skill's own name
    ("haemotology": "Veterinary haematology and biochemistry analysers"); else the unreviewed
    name that means it, by the sentence model (:func:`_meant_instead`); else (unless the skill
    was only a guess at a misspelling, other than a sure correction of the query `alone`:
    "wleding") the held skill the taxonomy relates most closely to it ("mixing and mastering":
    live sound): what this institution does of it."""
    keys = concept.options or (concept.key,)
    if concept.kind != "skill" or any(m in index.skill_holders for k in keys
                                      for m in _members(index, k)):
        return concept
    typed = [t for t in dict.fromkeys((concept.text, concept.term)) if t]
    instead = next(filter(None, (_run_skill(index, t.split()) for t in typed)), None)
    if instead is None and rest:
        words = concept.text.split()
        instead = next(filter(None, (_run_skill(index, [*words[:i], *words[i + 1:], *rest])
                                     for i in range(len(words)))), None)
    if instead is None:
        names = (concept.term or concept.text, *(index.skill_labels.get(k, k) for k in keys))
        said = next(filter(None, (_labelled_saying(index, written_words(name), keys)
                                  for name in names)), [])
        if said:
            return Concept("skill", said[0], "related", concept.text,
                           options=tuple(said) if len(said) > 1 else ())
        if meant := _meant_instead(index, names):
            return Concept("skill", meant, "related", concept.text)
    instead = instead or next(
        (other for k in keys
         if concept.via != "fuzzy" or alone and concept.confidence >= SURE_SPELLING
         for other, _ in sorted(index.related.get(k, {}).items(), key=lambda kv: -kv[1])
         if any(m in index.skill_holders for m in _members(index, other))), None)
    return Concept("skill", instead, "related", concept.text) if instead else concept


def _meant_instead(index: SearchIndex, names: Iterable[str]) -> str | None:
    """The directory's own name that reads most like one of `names` (what was typed, the
    skill's own name), a skill nobody here holds ("primate husbandry": "Looking after the
    gorillas and orangutans"), when it reads more like them than any skill held under the
    taxonomy's name does; None without the sentence model. The directory's own names are the
    skills the matcher made of names it could not file (``UNREVIEWED_PREFIX`` ids: unreviewed,
    or promoted by a curator since, which keeps the id)."""
    semantic = index.semantic
    if semantic is None:
        return None
    held = [i for i, key in enumerate(semantic.keys) if key in index.skill_holders]
    if not held:
        return None
    closeness = np.max([semantic.closeness(name) for name in dict.fromkeys(names)], axis=0)
    best = max(held, key=lambda i: float(closeness[i]))
    key = semantic.keys[best]
    return key if key.startswith(UNREVIEWED_PREFIX) and closeness[best] >= SEMANTIC_FLOOR else None


def _run_skill(index: SearchIndex, run: list[str]) -> str | None:
    """The skill whose document holds every word of `run` and reads most like it."""
    scores = index.topics.scores(run)
    best = int(np.argmax(scores)) if scores.size else 0
    if scores.size and scores[best] > 0 and index.topics.covers(best, run):
        return index.topic_keys[best]
    return None


def _skill_group(index: SearchIndex, concept: Concept) -> _Group:
    group = _Group(concept.text, concept.via)
    keys = concept.options or (concept.key,)
    common = _commonness(index, keys) if len(keys) > 1 and concept.via == "ambiguous" else {}
    for key in keys:
        group.skills.update({member: weight * common.get(key, 1.0)
                             for member, weight in _members(index, key).items()})
        group.asked.append(key)
        for facility_id in index.skill_facilities.get(key, []):
            main = index.facility_skills[facility_id][:1] == [key]
            group.facilities[facility_id] = max(group.facilities.get(facility_id, 0.0),
                                                1.0 if main else 0.5)
    return group


def _written_for(index: SearchIndex, group: _Group, concept: Concept) -> None:
    """The directory's own names for what a term the taxonomy files under one skill says
    ("reliability engineering", a synonym of product assurance, held here as "Flight harness
    reliability engineering and derating"; "thermocouples", of sensors and transducers, held
    as "Test instrumentation – accelerometers, thermocouples and strain gauges" under
    instrumentation): the unreviewed names that say every word of it, and the holders of any
    skill whose name for it as written does, held directly too."""
    if concept.via not in ("synonym", "fuzzy"):
        return
    wanted = written_words(concept.term or concept.text)
    if not wanted:
        return
    for key in _labelled_saying(index, wanted, group.skills):
        if key.startswith(UNREVIEWED_PREFIX):
            group.skills.setdefault(key, 1.0)
    for skill_id, words in index.written_said.items():
        holders = index.skill_holders.get(skill_id)
        if skill_id in group.skills or not wanted <= words or holders is None:
            continue
        texts = index.written[skill_id]
        at = [i for i, row in enumerate(holders.rows.tolist())
              if (text := texts.get(row)) is not None and wanted <= text[1]]
        if at:
            group.said[skill_id] = np.array(at, dtype=np.int64)


def _place_of(index: SearchIndex, group: _Group, kinds: list[str], whom: bool = False) -> None:
    """A skill said with the kind of place ("mocap studio", "ndt centre contact") asks for
    the one facility that is about it and whose name says that kind: it counts as named; so
    does the one facility that needs a skill asked about "who do I ask about ..."."""
    places = [f for f, weight in group.facilities.items() if whom or weight >= 1.0
              and (name := index.terms.facility(f)) is not None and name.words & set(kinds)]
    if len(places) == 1:
        group.facilities[places[0]] = NAMED_FACILITY
        group.named_facilities.append(places[0])


def _commonness(index: SearchIndex, keys: tuple[str, ...]) -> dict[str, float]:
    """For the meanings of an ambiguous abbreviation ("GCP": good clinical practice or Google
    Cloud Platform), how much each is what this directory means by it: its holders (under any
    of its names) relative to the most held meaning's, from ``AMBIGUOUS_FLOOR`` to 1."""
    held = {key: sum(index.skill_holders[m].rows.size for m in _members(index, key)
                     if m in index.skill_holders) for key in keys}
    most = max(held.values())
    return {key: AMBIGUOUS_FLOOR + (1 - AMBIGUOUS_FLOOR) * count / most if most else 1.0
            for key, count in held.items()}


def _members(index: SearchIndex, skill_id: str) -> dict[str, float]:
    return dict(index.members.get(skill_id, {skill_id: 1.0}))


def _topics(index: SearchIndex, parsed: ParsedQuery, *, always: bool = False
            ) -> tuple[list[tuple[str, float]], bool]:
    """Skills whose documents read like the query's content words, best first, scored
    relative to the best (1.0), and whether the sentence model's reading was blended in; none
    when every word was understood, unless `always`."""
    if not parsed.words and not always:
        return [], False
    scores = index.topics.scores(parsed.content, coordination=COORDINATION)
    keys = index.topic_keys
    semantic, thin = index.semantic, False
    meant = semantic is not None and 0 < len(parsed.content) <= SEMANTIC_MAX_WORDS and (
        _unsure(scores) or (thin := index.topics.share(int(np.argmax(scores)), parsed.content)
                            < SEMANTIC_THIN))
    if meant:
        assert semantic is not None
        closeness = semantic.closeness(" ".join(parsed.content))
        meant = not thin or float(closeness.max()) >= SEMANTIC_FLOOR   # BM25 read one word of
        if meant:                                                       # many: heard if sure
            keys = semantic.keys
            scores = _with_meaning(np.pad(scores, (0, len(keys) - scores.size)), closeness,
                                   len(parsed.content))
    best = float(scores.max()) if scores.size else 0.0
    if best <= 0:
        return [], meant
    top = np.argsort(-scores)[:8]
    return [(keys[i], float(scores[i]) / best) for i in top
            if scores[i] >= TOPIC_RELATED * best], meant


def _unsure(scores: np.ndarray) -> bool:
    """Whether BM25 leaves a need open: no skill's document holds its words, or the
    runner-up scores at least ``SEMANTIC_DECISIVE`` of the best ("streak out colonies on
    plates" is plainly microbiology: the sentence model is not asked).

    >>> _unsure(np.array([8.0, 1.0, 0.0])), _unsure(np.array([2.0, 1.0])), _unsure(np.zeros(3))
    (False, True, True)
    >>> _unsure(np.array([5.0, 1.0]))       # a runner-up at a fifth: BM25 has read it
    False
    """
    if scores.size < 2:
        return True
    best, runner_up = np.partition(scores, scores.size - 2)[-2:][::-1]
    return bool(best <= 0 or runner_up >= SEMANTIC_DECISIVE * best)


def _with_meaning(scores: np.ndarray, closeness: np.ndarray, words: int) -> np.ndarray:
    """BM25 `scores` blended with the sentence model's `closeness` (cosines) of each skill:
    both scaled to the best (a cosine ``SEMANTIC_SPAN`` below the best counts nothing), the
    closeness weighing ``SEMANTIC_WEIGHT`` (less for one word, which BM25 reads well). When
    no word is in any skill's document, closeness alone, if the best is close at all.

    >>> s = _with_meaning(np.array([2.0, 1.0, 0.0]), np.array([0.3, 0.6, 0.5]), 3)
    >>> [round(float(v), 2) for v in s]
    [0.4, 0.8, 0.36]
    >>> _with_meaning(np.zeros(2), np.array([0.1, 0.2]), 3).tolist()
    [0.0, 0.0]
    """
    best, closest = float(scores.max()), float(closeness.max())
    if best <= 0 and closest < SEMANTIC_FLOOR:
        return np.zeros_like(scores)
    near = np.clip((closeness - (closest - SEMANTIC_SPAN)) / SEMANTIC_SPAN, 0, 1)
    if best <= 0:
        return near.astype(np.float32)
    weight = SEMANTIC_WEIGHT if words >= 2 else SEMANTIC_WEIGHT * SEMANTIC_ONE_WORD
    return ((1 - weight) * scores / best + weight * near).astype(np.float32)


def _role_table(parsed: ParsedQuery, groups: list[_Group]) -> str:
    if parsed.wants_trainer:
        return "trainer"
    if parsed.wants_lead:
        return "lead"
    if parsed.wants_role or any(g.names_facility for g in groups):
        return "facility"
    return "plain"


def _holder_values(index: SearchIndex, skills: dict[str, float], parsed: ParsedQuery,
                   family: str | None) -> np.ndarray:
    """Best level x recency x weight over `skills`, per person."""
    values = np.zeros(len(index.people), dtype=np.float32)
    for skill_id, weight in skills.items():
        _add_held(index, values, skill_id, weight, parsed, family)
    return values


def _add_held(index: SearchIndex, values: np.ndarray, skill_id: str, weight: float,
              parsed: ParsedQuery, family: str | None, at: np.ndarray | None = None) -> None:
    """Raise `values` to each holder's level x recency x `weight` in `skill_id` (only the
    holders at `at` among them, when given), unless the skill is outside `family`."""
    holders = index.skill_holders.get(skill_id)
    if holders is None or (family and index.skill_family.get(skill_id) != family):
        return
    some = slice(None) if at is None else at     # a slice reads the arrays without copying
    rows, found = holders.rows[some], weight * holders.weights[some]
    if parsed.wants_trainer:
        found = found * np.where(holders.levels[some] >= 3, 1.0, TRAINER_LOW_LEVEL)
    values[rows] = np.maximum(values[rows], found)   # rows are unique


def _group_scores(index: SearchIndex, group: _Group, parsed: ParsedQuery,
                  table: str, family: str | None) -> tuple[np.ndarray, np.ndarray]:
    """Direct strength and related-only strength of every person for one group."""
    n = len(index.people)
    direct = _holder_values(index, group.skills, parsed, family)
    for skill_id, at in group.said.items():     # those whose own name for it says the term
        _add_held(index, direct, skill_id, 1.0, parsed, family, at)
    if group.rows:
        rows = np.fromiter(group.rows, dtype=np.int64, count=len(group.rows))
        direct[rows] = np.maximum(direct[rows], np.fromiter(group.rows.values(), dtype=np.float32,
                                                            count=len(group.rows)))
    for facility_id, weight in group.facilities.items():
        staff = index.facility_staff.get(facility_id)
        if staff is None:
            continue
        extra, asked = _role_arrays(staff.roles, table)
        current = direct[staff.rows]
        if weight >= 1.0:
            current = np.maximum(current, STAFF_FLOOR)
        values = np.where(current > 0, current + extra, 0)
        if weight >= NAMED_FACILITY:      # the facility was asked for: the roles asked first,
            # by role, then by level
            values = np.where(asked, STAFF_FIRST + 2 * extra + LEVEL_SHARE * current, values)
        direct[staff.rows] = values
    related = np.zeros(n, dtype=np.float32)
    if group.via != "person":
        neighbours: dict[str, float] = {}
        for skill_id in group.asked or list(group.skills):
            for other, w in index.related.get(skill_id, {}).items():
                if other not in group.skills:
                    neighbours[other] = max(neighbours.get(other, 0.0), RELATED_WEIGHT * w)
        related = _holder_values(index, neighbours, parsed, family)
    return direct, np.where(direct > 0, 0, related).astype(np.float32)


@lru_cache(maxsize=4096)
def _role_arrays(roles: tuple[str, ...], table: str) -> tuple[np.ndarray, np.ndarray]:
    """For a facility's staff in `roles`, each one's bonus in the role table `table` and
    whether their role is one it asks for first (made once per set of roles: a query reads
    some twenty facilities)."""
    extra = np.array([ROLE_BONUS[table].get(role, 0.0) for role in roles], dtype=np.float32)
    asked = np.array([role in ASKED_ROLES[table] for role in roles], dtype=bool)
    extra.flags.writeable = asked.flags.writeable = False
    return extra, asked


def _said_as_written(index: SearchIndex, group: _Group, said: frozenset[str]
                     ) -> tuple[np.ndarray, np.ndarray]:
    """Holders of the group's skills whose name for it as written holds a word of the query
    that the skill's own name does not ("cpet": the people who wrote it, who do it), and how
    many more such words it holds than one ("exercise" and "testing": "Cardiopulmonary
    Exercise Testing" before "Lung Function Testing")."""
    found: dict[int, int] = {}
    asked = frozenset().union(*(written_words(index.skill_labels.get(k, k))
                                for k in group.asked or ()))
    for skill_id in group.skills:
        texts = index.written.get(skill_id)
        rare = said - written_words(index.skill_labels.get(skill_id, skill_id))
        if texts and rare:
            for row, (_, words) in texts.items():
                if held := len(rare & words):
                    found[row] = max(found.get(row, 0), held)
        holders = index.skill_holders.get(skill_id)
        if skill_id in index.derived and holders is not None and asked:
            # an unreviewed name that holds the skill asked for is the directory's own name
            # for it ("Ceramics – Throwing, Glazing & Kiln Firing" says "throw")
            held = len((said - asked) & written_words(index.skill_labels.get(skill_id, "")))
            for row in holders.rows.tolist() if held else ():
                found[row] = max(found.get(row, 0), held)
    rows = np.array(sorted(found), dtype=np.int64)
    return rows, np.array([found[r] - 1 for r in rows.tolist()], dtype=np.float32)


def _meant_as_written(index: SearchIndex, group: _Group, parsed: ParsedQuery,
                      direct: np.ndarray) -> np.ndarray:
    """A described need's holders, those whose name for the skill as written reads most like
    it first ("record the heart's electrical activity": "12-Lead ECG Recording" of a skill
    also held as "Spirometry"), by the sentence model: ``WRITTEN_MEANING`` for the closest
    name, less down to ``SEMANTIC_SPAN`` below it, nothing for a name no closer than the
    skill's own. Only for a group whose need _topics asked the model about (9-15 ms)."""
    if index.semantic is None or not any(index.written.get(s) for s in group.skills):
        return direct
    embedder = index.semantic.embedder
    query = embedder.query(" ".join(parsed.content))
    bonus = np.zeros_like(direct)
    for skill_id in group.skills:
        texts = index.written.get(skill_id)
        if not texts:
            continue
        names = sorted({text for text, _ in texts.values()})
        parts = [[p.strip() for p in name.split(";") if p.strip()] or [name] for name in names]
        flat = [p for own in parts for p in own]
        cosines = embedder.cosines(embedder.remembered(flat), query)
        at, closeness = 0, {}
        for name, own in zip(names, parts):
            closeness[name] = float(cosines[at:at + len(own)].max())
            at += len(own)
        own_name = float(embedder.remembered([index.skill_labels.get(skill_id, skill_id)])[0]
                         @ query)
        best = max(closeness.values())
        if best <= own_name:
            continue
        for row, (text, _) in texts.items():
            near = (closeness[text] - max(own_name, best - SEMANTIC_SPAN)) / SEMANTIC_SPAN
            if near > 0 and direct[row] > 0:
                bonus[row] = max(bonus[row], WRITTEN_MEANING * min(1.0, near))
    return np.asarray(direct + bonus, dtype=np.float32)


def _text_scores(index: SearchIndex, words: str) -> np.ndarray:
    if not words.strip():
        return np.zeros(len(index.people), dtype=np.float32)
    indices, weights = text_query(index.vectorizer, words)
    if not indices.size:
        return np.zeros(len(index.people), dtype=np.float32)
    columns = index.text_matrix[:, indices]
    return np.asarray(columns @ weights, dtype=np.float32).ravel()


def _positions(rows: np.ndarray, page: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each of `page` is in the ascending, non-empty `rows`, and whether it is there."""
    at = np.minimum(np.searchsorted(rows, page), rows.size - 1)
    return at, rows[at] == page


def _explain(index: SearchIndex, groups: list[_Group], extras: dict[str, float],
             rows: list[int]) -> list[list[Match]]:
    """Why each of `rows` matched: the skills and facility roles behind its score."""
    matched: list[list[Match]] = [[] for _ in rows]
    page = np.array(rows, dtype=np.int64)

    def levels(skill_id: str) -> np.ndarray:
        """Each page row's level in `skill_id`, 0 when they do not hold it."""
        holders = index.skill_holders.get(skill_id)
        if holders is None or not rows:
            return np.zeros(len(rows), dtype=np.int8)
        at, there = _positions(holders.rows, page)
        return np.where(there, holders.levels[at], 0)

    def add(i: int, match: Match) -> None:
        if match not in matched[i]:
            matched[i].append(match)

    def holdings(skill_ids: Iterable[str], via: str, todo: np.ndarray) -> np.ndarray:
        found = np.zeros(len(rows), dtype=bool)
        for skill_id in skill_ids:
            held = levels(skill_id)
            shown = index.read_as.get(skill_id, (skill_id,))[0]   # a filed name: its skill's
            texts = index.written.get(shown, {})
            for i in np.flatnonzero((held > 0) & todo):
                text = texts.get(rows[i])
                add(int(i), Match(index.skill_labels.get(shown, shown), int(held[i]), via,
                                  shown, text[0] if text else None))
            found |= held > 0
        return found

    everyone = np.ones(len(rows), dtype=bool)
    for group in groups:
        via = group.via if group.via in ("exact", "synonym", "fuzzy", "related") else "synonym"
        found = holdings(group.skills, via, everyone)
        for skill_id, at in group.said.items():  # their own name for it says what was asked
            said = np.isin(page, index.skill_holders[skill_id].rows[at])
            found |= holdings([skill_id], via, said)
        for facility_id, weight in group.facilities.items():
            staff = index.facility_staff.get(facility_id)
            if staff is None:
                continue
            # each staff row's role (its first, as listed, if it has two): a dict, not
            # arrays, as a page has ten rows and a group some twenty facilities
            role_of = dict(zip(staff.rows.tolist()[::-1], staff.roles[::-1]))
            for i in [i for i, row in enumerate(rows)
                      if row in role_of and (weight >= 1.0 or found[i])]:
                add(i, Match(f"{index.facility_names[facility_id]} ({role_of[rows[i]]})",
                             None, "facility"))
                found[i] = True
        if group.via != "person":
            others = [o for s in (group.asked or list(group.skills))
                      for o in index.related.get(s, {})]
            holdings(others[:8], "related", ~found)
    holdings(list(extras), "related", everyone)
    return matched


def _facility_cards(index: SearchIndex, groups: list[_Group], visible: np.ndarray,
                    filters: Filters, limit: int = 3) -> list[FacilityCard]:
    """Named facilities first, then those whose main skill was asked for (or, when few
    facilities need it, that need it)."""
    chosen: list[str] = []
    for group in groups:
        chosen += [f for f in group.named_facilities if f not in chosen]
    for group in groups:
        main = [f for f, w in group.facilities.items() if w >= 1.0]
        others = [f for f, w in group.facilities.items() if w < 1.0]
        chosen += [f for f in main + (others if len(others) <= 2 else []) if f not in chosen]
    if filters.facility is not None:
        chosen = [f for f in chosen if f == filters.facility]
    cards = []
    for facility_id in chosen[:limit]:
        staff = index.facility_staff.get(facility_id)
        roles: dict[str, list[tuple[str, str]]] = {}
        if staff is not None:
            for row, role in sorted(zip(staff.rows.tolist(), staff.roles),
                                    key=lambda rr: ROLE_ORDER.index(rr[1])
                                    if rr[1] in ROLE_ORDER else 9):
                if visible[row]:
                    person = index.people[row]
                    roles.setdefault(role, []).append(
                        (person.person_id, f"{person.given_name} {person.family_name}"))
        cards.append(FacilityCard(facility_id, index.facility_names[facility_id], roles,
                                  index.facilities.get(facility_id)))
    return cards


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
