"""Turn a typed query into concepts: the skills, facilities and people it names, and what it asks.

Nothing is rewritten blindly. A query is cut into the longest spans that are a known
term (a skill's label, synonym or abbreviation, a name the directory holds, a facility
alias); a shortened word ("spec", "micro", "prep") is spelled out only where the
spelled-out span is itself a known term, so "mass spec" stays mass spectrometry and
"micro-CT" stays micro-CT. Colleagues' names and facility names are recognised;
question and role words ("who runs", "contact", "training", "technician") are set
aside as what the query asks for, never scored as skill words. What is left is matched
by spelling (rapidfuzz) in short spans, and the words still left are free text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Container, Hashable, Iterator
from copy import copy
from dataclasses import dataclass, field
from itertools import combinations, product
from os.path import commonprefix
from typing import TypeVar

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from skillmap.matching import english_words
from skillmap.search.near import NearChoices
from skillmap.search.text import stem
from skillmap.search.text import tokens as query_tokens

__all__ = ["Concept", "FacilityName", "ParsedQuery", "TermTable", "in_name", "parse_query",
           "query_tokens"]

STOPWORDS = frozenset("""
a an and any anyone anybody are as at be by can could do does for from get got has have how
i in into is it its me my need needs of on or our out please should some someone somebody that
the their them this to up us use using want wants we what when where which who whom whose will
with would you your there here about i'd im i'm dr mr mrs ms miss prof professor good best new
custom my our one two help ask asking find looking look looks know knows anyone after
many much lot lots various several thing things stuff really very just
""".split()) - {"ms"} | {"ask", "help"}
TRAIN_WORDS = frozenset("""train training trained trainer trainers trains teach teaches teaching
taught induction inductions learn learning course courses""".split())
OPERATE_WORDS = frozenset("""run runs running operate operates operating operator operators look
looks admin admins administrator administrators""".split())
LEAD_WORDS = frozenset("""manager managers manages manage head lead leads leader charge
responsible contact contacts owner director supervisor supervisors coordinator coordinators
""".split())
ROLE_WORDS = frozenset("""technician technicians tech techs staff person people expert experts
expertise specialist specialists officer officers scientist scientists support
who""".split()) | TRAIN_WORDS | OPERATE_WORDS | LEAD_WORDS
FACILITY_WORDS = frozenset("""facility facilities suite unit units core cores lab labs laboratory
laboratories centre center service services workshop workshops studio studios hub plant room
rooms shop shops house store""".split())
EXPANSIONS: dict[str, tuple[str, ...]] = {
    "spec": ("spectrometry", "spectroscopy"), "specs": ("spectrometry", "spectroscopy"),
    "micro": ("microscopy",), "prep": ("preparation",), "maint": ("maintenance",),
    "fab": ("fabrication",), "mgmt": ("management",), "admin": ("administration",),
    "dev": ("development",), "eng": ("engineering",), "xtal": ("crystallography",),
    "chrom": ("chromatography",), "bio": ("biology",), "mol": ("molecular",),
}
# the groups a role is held in ("team leader", "section head", "shift supervisor"): with a
# role word and a facility named, a post at that facility, not a skill the query asks for
GROUP_WORDS = frozenset("team teams group section shift crew gang line".split())
LIST_WORDS = frozenset({"and", "or", "plus"})
_WORKS_IN = re.compile(r"\bworks (?:in|at)\b", re.IGNORECASE)
MAX_SPAN = 8
Words = list[str]
Flags = list[bool]
Found = dict[int, tuple[int, "Concept"]]         # start -> (length, concept)
FUZZY_MAX_SPAN = 4
FULL_NAME_WORDS = 6   # a full name's words at most ("Tadhg-Óg Ó Súilleabháin-Carey" is five)
FUZZY_CUTOFF = 84.0
GIVEN_ONLY = 0.9      # a word that is some people's family name and others' given name: the
                      # family name's bearers first ("dr owen"), then the given name's


@dataclass(frozen=True)
class Concept:
    """One thing the query asks for.

    ``kind`` is "skill" (``key`` a skill id), "facility" (``key`` a facility id) or
    "person" (``key`` a person id); ``via`` says how it was recognised (exact, synonym,
    fuzzy, related for a free-text topic, ambiguous for an abbreviation with several
    meanings, whose skills are ``options``, described for a facility found by its
    description rather than its name).
    """

    kind: str
    key: str
    via: str
    text: str
    confidence: float = 1.0
    options: tuple[str, ...] = ()
    term: str = ""        # fuzzy: the known term the misspelt text was read as


@dataclass(frozen=True)
class FacilityName:
    """The words that name one facility: all its name's words, and its aliases."""

    facility_id: str
    words: frozenset[str]
    aliases: frozenset[str]


@dataclass
class ParsedQuery:
    text: str
    concepts: list[Concept] = field(default_factory=list)
    words: list[str] = field(default_factory=list)        # content words no concept explained
    runs: list[list[str]] = field(default_factory=list)   # ... as runs of adjacent words
    listing: bool = False      # a list of things ("confocal and live imaging"), not a sentence
    content: list[str] = field(default_factory=list)      # every content word, for topics
    wants_trainer: bool = False
    wants_lead: bool = False
    wants_operator: bool = False
    wants_facility: bool = False                           # "lab", "facility", a role word...
    facility_words: list[str] = field(default_factory=list)   # "lab", "unit", no term's own

    @property
    def wants_role(self) -> bool:
        return self.wants_trainer or self.wants_lead or self.wants_operator or self.wants_facility


K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


def remembered(memo: dict[K, V], key: K, make: Callable[[], V], most: int = 10_000) -> V:
    """`memo[key]`, made on first use; the memo is emptied past `most` entries (queries
    are open-ended)."""
    if key not in memo:
        if len(memo) > most:
            memo.clear()
        memo[key] = make()
    return memo[key]


@dataclass
class TermTable:
    """Known terms (``normalised token string -> (kind, key, via)``), names and facilities."""

    terms: dict[str, tuple[str, str, str]]
    facilities: list[FacilityName] = field(default_factory=list)
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)   # "given family" -> ids
    family_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    given_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    initialled: dict[str, tuple[str, ...]] = field(default_factory=dict)   # "g family" -> ids
    ambiguous: dict[str, tuple[str, ...]] = field(default_factory=dict)
    known: frozenset[str] = frozenset()           # correctly spelt words that name no skill
    known_stems: frozenset[str] = frozenset()     # ... and their stems ("compute", "computing")
    described: list[str] = field(default_factory=list)  # words of what skills are and are for
    ordinary: frozenset[str] = frozenset()     # every word of what skills are, are for, need
    any_form: bool = False     # another form of a one-word synonym names its skill (HR names)
    initials: frozenset[str] = frozenset()     # abbreviations only a name's initials spell
    fuzzy_choices: list[str] = field(init=False)
    fuzzy_by_length: dict[int, list[str]] = field(init=False)
    bags: dict[tuple[str, ...], str] = field(init=False)
    bag_words: frozenset[str] = field(init=False)     # every word of a bag: no other is in one
    stemmed: dict[str, str] = field(init=False)   # a term's words stemmed -> the term
    joined: dict[str, str] = field(init=False)    # a short term written as one word -> the term
    name_choices: list[str] = field(init=False)
    vocabulary: set[str] = field(init=False)
    spelling_choices: list[str] = field(init=False)
    _by_id: dict[str, FacilityName] = field(init=False)
    _by_word: dict[str, set[str]] = field(init=False)
    _by_alias: dict[str, set[str]] = field(init=False)
    _words: list[str] = field(init=False)
    _endings: list[str] = field(init=False)       # _words spelt backwards, sorted
    _terms: list[str] = field(init=False)
    _corrected: dict[tuple[str, int, int], list[str]] = field(init=False)
    _looked: dict[tuple[str, ...], tuple[str, tuple[str, str, str]] | None] = field(init=False)
    _lengths: dict[int, tuple[list[str], dict[int, list[int]]]] = field(init=False)
    _with: dict[tuple[str, int], frozenset[str]] = field(init=False)
    _entire: dict[str, list[tuple[frozenset[str], str]]] = field(init=False)
    _near: dict[int, NearChoices] = field(init=False)    # fuzzy_by_length, and names (0)
    compound: dict[str, tuple[str, ...]] = field(init=False)   # family names of 2+ words
    compound_words: set[str] = field(init=False)                # ... and their words

    def __post_init__(self) -> None:
        for term, options in self.ambiguous.items():     # found, then offered as choices
            if options:
                self.terms.setdefault(term, ("skill", options[0], "synonym"))
        self.fuzzy_choices = [t for t in self.terms if len(t) >= 4]
        self.fuzzy_by_length: dict[int, list[str]] = {}
        for term in self.fuzzy_choices:     # a misspelt span has as many words as its term
            self.fuzzy_by_length.setdefault(len(term.split()), []).append(term)
        self.bags: dict[tuple[str, ...], str] = {}
        for term in self.terms:             # the same words in any order
            words = tuple(sorted(w for w in term.split() if w not in STOPWORDS))
            if len(words) >= 2:
                self.bags.setdefault(words, term)
        self.bag_words = frozenset(w for words in self.bags for w in words)
        self.stemmed, self.joined = {}, {}
        for term in self.terms:             # "cell sorter" is "cell sorting"
            if key := _stems(term.split()):
                self.stemmed.setdefault(key, term)
            if 1 < len(term.split()) <= 3:  # "icpms" is "icp ms"
                self.joined.setdefault(term.replace(" ", ""), term)
        self.vocabulary = {w for t in self.terms for w in t.split()}
        self.spelling_choices = sorted(w for w in self.vocabulary if len(w) >= 4)
        self._by_id = {f.facility_id: f for f in self.facilities}
        self._by_word: dict[str, set[str]] = {}
        self._by_alias: dict[str, set[str]] = {}
        for f in self.facilities:
            for word in f.words:
                self._by_word.setdefault(word, set()).add(f.facility_id)
            for alias in f.aliases:
                self._by_alias.setdefault(alias, set()).add(f.facility_id)
        self._words = sorted(self._by_word)
        self._endings = sorted(w[::-1] for w in self._by_word)
        self._terms = sorted(self.terms)
        self._corrected, self._with, self._entire, self._near = {}, {}, {}, {}
        self._lengths, self._looked = {}, {}
        self._named()
        for f in self.facilities:           # names of two content words or more, by each word
            content = frozenset(f.words - STOPWORDS)
            if len(content) >= 2:
                for word in content:
                    self._entire.setdefault(word, []).append((content, f.facility_id))

    def naming(self, people: Container[str]) -> TermTable:
        """This table with only `people`'s names: a name is read as a colleague's only for
        a viewer who may see them, so a private person's name reads to anyone else as the
        words it is, as if nobody bore it (read as theirs and then hidden, it always gave an
        empty page where the same words borne by nobody may find people: the difference
        could tell a stranger that such a person is in the directory)."""
        table = copy(self)
        table.names, table.family_names, table.given_names, table.initialled = (
            {name: kept for name, ids in found.items()
             if (kept := tuple(i for i in ids if i in people))}
            for found in (self.names, self.family_names, self.given_names, self.initialled))
        table._named()
        table.near(0)           # made now, as a build makes its own (see build_index)
        return table

    def _named(self) -> None:
        """What is made from the names: spelling choices and family names of two words."""
        self.name_choices = list(self.names)
        self.compound = {name: ids for name, ids in self.family_names.items() if " " in name}
        self.compound_words = {word for name in self.compound for word in name.split()}
        self._near = {words: near for words, near in self._near.items() if words}

    def facilities_with(self, word: str, shortest: int = 4) -> frozenset[str]:
        """Facilities whose name holds `word` (see :func:`in_name`), or a word starting
        with it if it has `shortest` letters or more (memoised: names are scanned once)."""
        return remembered(self._with, (word, shortest),
                           lambda: frozenset(self._facilities_with(word, shortest)))

    def near(self, words: int) -> NearChoices:
        """The terms of `words` words (0: people's names) for spelling matches, made once."""
        return remembered(self._near, words, lambda: NearChoices(
            self.fuzzy_by_length.get(words, []) if words else self.name_choices))

    def facilities_entire(self, said: set[str]) -> set[str]:
        """Facilities every content word of whose name (two or more) `said` holds."""
        return {facility_id for word in said for content, facility_id in self._entire.get(word, ())
                if content <= said}

    def _facilities_with(self, word: str, shortest: int) -> set[str]:
        found: set[str] = set()
        for form in (word, *EXPANSIONS.get(word, ())):
            found |= self._by_word.get(form, set())
            if len(form) >= shortest:
                at = bisect_left(self._words, form)
                while at < len(self._words) and self._words[at].startswith(form):
                    found |= self._by_word[self._words[at]]
                    at += 1
                for name_word in self._same_shape(form) if form == word else ():
                    if _same_word(form, name_word):
                        found |= self._by_word[name_word]
        return found

    def _same_shape(self, form: str) -> set[str]:
        """The words of facilities' names that may be another ending of `form` or end with it
        (:func:`_same_word` says which are): those sharing its first six letters, and those
        ending with it; found by bisection, not by reading every word."""
        found: set[str] = set()
        if len(form) < 4:
            return found
        if len(form) >= 6:          # no word shares six first letters with a shorter one
            at = bisect_left(self._words, form[:6])
            while at < len(self._words) and self._words[at].startswith(form[:6]):
                found.add(self._words[at])
                at += 1
        ending = form[::-1]
        at = bisect_left(self._endings, ending)
        while at < len(self._endings) and self._endings[at].startswith(ending):
            found.add(self._endings[at][::-1])
            at += 1
        return found

    def facilities_aliased(self, phrases: set[str]) -> set[str]:
        return set().union(*(self._by_alias.get(p, set()) for p in phrases))

    def correct(self, word: str) -> str | None:
        """The known word `word` is a misspelling of ("glasbolwing" -> "glassblowing"), see
        :meth:`corrections`."""
        found = self.corrections(word)
        return found[0] if found else None

    def corrections(self, word: str) -> list[str]:
        return remembered(self._corrected,     # known and described are set after __init__
                           (word, len(self.known), len(self.described)),
                           lambda: self._corrections(word))

    def _corrections(self, word: str) -> list[str]:
        """The known words `word` may be a misspelling of, likeliest first: a word of a term,
        else a word of what a skill is or is used for, that keeps its first letter (a typist
        knows how a word starts: "windtunel" is no "intune"), a slip of a letter or two
        (a swapped pair counts as one: "feilds" is "fields"). None for a word that is no
        slip: a known word, a number, an English word of fewer than eight letters."""
        if (len(word) < 5 or word in self.vocabulary or word in self.known or word.isdigit()
                or stem(word) in self.known_stems or self._starts_name(word)):
            return []           # a known word, or the start of a facility's ("nanofab")
        is_english = english(word)  # an English word ("arctic", "pallets") is no misspelling,
        if is_english and len(word) < 8:    # at most another form of the same word
            return []
        cutoff = 80 if len(word) >= 7 else 85
        slips = 2 if len(word) >= 8 else 1
        hits = [hit for choices in (self.spelling_choices, self.described)
                for hit in process.extract(word, choices, scorer=fuzz.ratio,
                                           score_cutoff=cutoff, limit=5)]
        hits = hits or [(choice, 100.0 * (1 - distance / len(word)), at)
                 for choices in (self.spelling_choices, self.described)
                 for choice, distance, at in self._within(word, choices, slips)]
        hits = [hit for hit in hits if hit[0][:1] == word[:1]]
        if is_english:
            hits = [hit for hit in hits if len(commonprefix([word, hit[0]])) >= len(word) - 3]
        if not hits:
            return []
        best = max(score for _, score, _ in hits)     # a near tie goes to the word of the same
        near = sorted((hit for hit in hits if hit[1] >= best - 5),   # shape ("toughnes" is
                      key=lambda hit: _shape_distance(word, hit[0], hit[1]))  # "toughness")
        return list(dict.fromkeys(hit[0] for hit in near))

    def _within(self, word: str, choices: list[str], slips: int
                ) -> list[tuple[str, int, int]]:
        """``process.extract(word, choices, scorer=OSA.distance, score_cutoff=slips,
        limit=5)``, reading only the choices whose length is within `slips` of the word's
        (an edit changes a length by one at most): the same answer, in the same order."""
        listed = self._lengths.get(id(choices))
        if listed is None or listed[0] is not choices:
            by_length: dict[int, list[int]] = {}
            for at, choice in enumerate(choices):
                by_length.setdefault(len(choice), []).append(at)
            listed = self._lengths[id(choices)] = (choices, by_length)
        near = sorted(at for length in range(len(word) - slips, len(word) + slips + 1)
                      for at in listed[1].get(length, ()))
        return [(choice, distance, near[at]) for choice, distance, at in process.extract(
            word, [choices[at] for at in near], scorer=OSA.distance, score_cutoff=slips,
            limit=5)]

    def _starts_name(self, word: str) -> bool:
        at = bisect_left(self._words, word)
        return at < len(self._words) and self._words[at].startswith(word)

    def split(self, word: str) -> list[str]:
        """A term of two words written as one, perhaps misspelt ("windtunel": wind tunnel):
        a word of a term, then a slip away from the word that follows it in that term."""
        if (len(word) < 8 or not word.isalpha() or word in self.vocabulary or word in self.known
                or english(word) or self._starts_name(word) or self.corrections(word)):
            return []       # a word of one (corrected), or a facility's ("nanofab")
        for at in range(3, len(word) - 3):
            left, right = word[:at], word[at:]
            if left not in self.vocabulary:
                continue
            start = bisect_left(self._terms, left + " ")
            for term in self._terms[start:start + 200]:
                if not term.startswith(left + " "):
                    break
                parts = term.split()
                if (len(parts) == 2 and parts[1][:1] == right[:1] and OSA.distance(
                        right, parts[1]) <= (2 if len(parts[1]) >= 8 else 1)):
                    return parts
        return []

    def facility(self, facility_id: str) -> FacilityName | None:
        return self._by_id.get(facility_id)

    def lookup(self, words: list[str]) -> tuple[str, tuple[str, str, str]] | None:
        """The term `words` spell, as written, joined up ("zebra fish"), or with a short
        word spelled out where that gives a known term ("mass spec" is itself one);
        remembered, as a query asks for the same spans several times (each pass over it,
        and every reordered term's check of the terms written in order around it)."""
        key = tuple(words)
        if key in self._looked:
            return self._looked[key]
        return remembered(self._looked, key, lambda: self._lookup(words), most=50_000)

    def _lookup(self, words: list[str]) -> tuple[str, tuple[str, str, str]] | None:
        for variant in _variants(words):
            hit = self.terms.get(variant)
            if hit:
                return variant, hit
        if len(words) == 1 and (one := _plural_abbreviation(words[0], self.terms)):
            return one, self.terms[one]
        term = self.stemmed.get(_stems(words) or "-") or self.joined.get("".join(words))
        if term and len(words) == 1 and self.terms[term][2] != "exact" and not self.any_form:
            return None     # another form of a one-word synonym ("store", "polish") is an
        return (term, self.terms[term]) if term else None   # ordinary word, not that skill


def _plural_abbreviation(word: str, terms: dict[str, tuple[str, str, str]]) -> str | None:
    """The short one-word term `word` is the plural of ("SEMs", "mris", "ecgs"), when `word`
    and its singular are no English words ("gems" is not two GEMs, "uses" not two USEs).

    >>> terms = {"sem": ("skill", "sem", "synonym"), "gem": ("skill", "g", "synonym")}
    >>> _plural_abbreviation("sems", terms), _plural_abbreviation("gems", terms)
    ('sem', None)
    """
    base = word[:-1]
    if (word.endswith("s") and 2 <= len(base) <= 5 and base in terms and not base.endswith("s")
            and not english(word) and not {word, base} & english_words()):
        return base
    return None


def _stems(words: list[str]) -> str:
    """The words' stems; none ("") when a word's stem is too short to say much ("speed"
    is not "SPE")."""
    stems = [stem(w) for w in words]
    return "" if any(s != w and len(s) < 4 for s, w in zip(stems, words)) else " ".join(stems)


def _variants(words: list[str]) -> Iterator[str]:
    yield " ".join(words)
    if 1 < len(words) <= 3:
        yield "".join(words)
    options = [(w, *EXPANSIONS.get(w, ())) for w in words]
    if any(len(o) > 1 for o in options):
        for combination in product(*options):
            if list(combination) != words:
                yield " ".join(combination)


def parse_query(text: str, table: TermTable, *, fuzzy_cutoff: float = FUZZY_CUTOFF,
                correct: bool = True, listed: bool = True) -> ParsedQuery:
    """Find the concepts in `text`.

    >>> table = TermTable({"nmr": ("skill", "nmr", "synonym"),
    ...                    "confocal microscopy": ("skill", "confocal", "exact"),
    ...                    "mass spec": ("skill", "ms", "synonym"),
    ...                    "raman spectroscopy": ("skill", "raman", "exact")})
    >>> q = parse_query("who runs the NMR and confocal mircoscopy training", table)
    >>> [(c.key, c.via) for c in q.concepts], q.wants_trainer, q.wants_operator
    ([('nmr', 'synonym'), ('confocal', 'fuzzy')], True, True)
    >>> [c.key for c in parse_query("contact for mass spec", table).concepts]
    ['ms']
    """
    words = query_tokens(_WORKS_IN.sub("runs in", text))   # "who works in the tx bay": its staff
    if correct:
        words = _unjoined(words, table)
    query = ParsedQuery(text=text)
    covered = [False] * len(words)
    found: dict[int, tuple[int, Concept]] = {}
    named = _names(words, table, covered)
    by_name = covered.copy()            # a colleague's name is no word of a facility's
    _bag_spans(words, table, covered, found, listed=listed)
    _exact_spans(words, table, covered, found)
    fixed = _corrected_spans(words, table, covered, found) if correct else words
    for i, word in enumerate(words):
        if not covered[i]:
            _asks(query, word)
    aside = [covered[i] or _set_aside(w) for i, w in enumerate(words)]
    facilities = _facilities(fixed, table, covered, aside, by_name)
    if facilities:
        _posts(fixed, found, query)
    if fuzzy_cutoff <= 100:
        _fuzzy_spans(words, table, covered, found, fuzzy_cutoff, aside)
    if not found and not named and not facilities:
        named = _fuzzy_name(words, table, covered, aside)
    concepts = [concept for _, concept in sorted(
        [*named, *((at, concept) for at, (_, concept) in found.items())], key=lambda x: x[0])]
    ends = [i for i, w in enumerate(words) if not _set_aside(w)]       # "who knows ... ?"
    if not concepts and not facilities and ends and (spelt := _spelt_out(
            words[ends[0]:ends[-1] + 1], table)):
        concepts = [spelt]
        covered = [True] * len(words)
    query.concepts = _unique(facilities + concepts)
    query.content = [w for w in fixed if not _set_aside(w)]
    query.words = [w for i, w in enumerate(fixed) if not covered[i] and not _set_aside(w)]
    aside = [covered[i] or _set_aside(w) for i, w in enumerate(fixed)]
    query.runs = [fixed[a:b] for a, b in _uncovered_runs(fixed, covered, aside)]
    query.listing = len(query.content) <= 6 and all(
        w in LIST_WORDS or w in ROLE_WORDS - {"who"} or w in FACILITY_WORDS
        for w in fixed if _set_aside(w))
    return query


def _posts(words: Words, found: Found, query: ParsedQuery) -> None:
    """Set aside the skills read from a post's words once the query names a facility: "valve
    team leader", "works shift supervisor" ask for who leads the place, not for everyone
    whose record says line management (a span of a group's and a role's words only, after
    other words that name the place: "team leader" alone is still the skill)."""
    for start, (length, concept) in list(found.items()):
        span = words[start:start + length]
        named = [w for w in words[:start] + words[start + length:] if not _set_aside(w)]
        if (concept.kind == "skill" and named and any(w in ROLE_WORDS for w in span)
                and all(w in ROLE_WORDS or w in GROUP_WORDS for w in span)):
            del found[start]
            for word in span:
                _asks(query, word)


def _asks(query: ParsedQuery, word: str) -> None:
    """What a word no term took says the query asks for: trainers, a lead, operators, a
    facility (its kind of place kept: "lab", "workshop")."""
    query.wants_trainer |= word in TRAIN_WORDS
    query.wants_lead |= word in LEAD_WORDS
    query.wants_operator |= word in OPERATE_WORDS
    query.wants_facility |= word in FACILITY_WORDS or word in ROLE_WORDS
    if word in FACILITY_WORDS:
        query.facility_words.append(word)


def _set_aside(word: str) -> bool:
    return word in STOPWORDS or word in ROLE_WORDS or word in FACILITY_WORDS or word in LIST_WORDS


def _names(words: Words, table: TermTable, covered: Flags) -> list[tuple[int, Concept]]:
    """Colleagues named the ways people type a name, each with where it starts:

    - a full name either way round ("amber lambert", "lambert, amber"), or an initial and a
      family name ("a. lambert");
    - a family or given name that is all the query names beside titles and role words ("dr
      okafor", "pryce-jenkins's lab", "kieran"), a family name's bearers first;
    - a full name with one part misspelt ("clive shepherd", "amber lambret"), or a family name
      of several words misspelt ("pryce-ejnkins"), before a skill's name can take a word of it;
    - beside what else the query asks, a given or family name that is no other word the
      directory uses ("kieran in the insectary": the Kierans, first those who staff it).

    A span a known term spells is that term unless the name is written in full ("c sharp" is
    no C. Sharp)."""
    named: list[tuple[int, Concept]] = []
    for length in range(FULL_NAME_WORDS, 1, -1):
        for start in range(len(words) - length + 1):
            if not any(covered[start:start + length]) and (
                    ids := _full_name(words[start:start + length], table)):
                text = " ".join(words[start:start + length])
                named += [(start, Concept("person", i, "exact", text)) for i in ids]
                covered[start:start + length] = [True] * length
    content = [i for i, w in enumerate(words) if not covered[i] and not _set_aside(w)]
    if named or not content:
        return named
    span = [words[i] for i in content]
    whole = words[content[0]:content[-1] + 1]      # with the stop words a name holds inside
    for said in (whole, span) if whole != span else (span,):    # ("mac an tàilleir")
        if not named and (not table.lookup(said) or not set(said) <= table.vocabulary):
            named += _bearers(" ".join(said), table, content[0])    # all the query names
    if not named and 2 <= len(span) <= 4 and (ids := _slipped_name(span, table) or (
            _slipped(" ".join(span), table.compound) if set(span) & table.compound_words
            else ())):
        named += [(content[0], Concept("person", i, "fuzzy", " ".join(span))) for i in ids]
    if not named and len(span) == 1 and _stray(span[0], table):     # "christodolou"
        named += [(content[0], Concept("person", i, "fuzzy", span[0])) for i in (
            _slipped(span[0], table.family_names) or _slipped(span[0], table.given_names))]
    if not named and any((w in table.given_names or w in table.family_names)
                         and w not in table.vocabulary for w in span):
        named += _fuzzy_name(words, table, covered, [_set_aside(w) for w in words])
    if named:
        for at in content:
            covered[at] = True
        return named
    for at in content:           # a name beside what else the query asks for
        for length in (2, 1):
            name = words[at:at + length]
            if (len(name) == length and not any(covered[at:at + length])
                    and _only_a_name(name, table) and not _misspelt_term(words, at, table)
                    and (found := _bearers(" ".join(name), table, at))):
                named += found
                covered[at:at + length] = [True] * length
    return named


def _bearers(name: str, table: TermTable, at: int) -> list[tuple[int, Concept]]:
    """Everyone `name` is the family or the given name of, as concepts starting at `at`: a
    family name's bearers first ("dr owen"), then a given name's less surely ("owen")."""
    family = table.family_names.get(name, ())
    return [(at, Concept("person", person_id, "exact", name, 1.0 if person_id in family
                         else GIVEN_ONLY))
            for person_id in dict.fromkeys([*family, *table.given_names.get(name, ())])]


def _full_name(span: Words, table: TermTable) -> tuple[str, ...]:
    """The people `span` names in full: given name then family name, family name then given
    name, or an initial then a family name (the last two only where `span` is no term)."""
    text = " ".join(span)
    if text in table.names:
        return table.names[text]
    ids: tuple[str, ...] = ()
    if len(span[0]) == 1 and span[0].isalpha():
        ids = table.initialled.get(text, ())
    for cut in range(1, len(span)) if not ids else ():
        if " ".join(span[:cut]) in table.family_names:
            ids = ids or table.names.get(" ".join(span[cut:] + span[:cut]), ())
    return ids if ids and not table.lookup(span) else ()


def _slipped_name(span: Words, table: TermTable) -> tuple[str, ...]:
    """The people a full name with one part misspelt names: an exact given name and a family
    name a slip or two from one of its bearers' ("clive shepherd": Clive Sheppard, "bridget
    price-jenkins"), or an exact family name and a slip of a given name."""
    for cut in range(1, len(span)):
        given, family = " ".join(span[:cut]), " ".join(span[cut:])
        for exact, of_exact, slipped, of_slipped in (
                (given, table.given_names, family, table.family_names),
                (family, table.family_names, given, table.given_names)):
            bearers = set(of_exact.get(exact, ()))
            if bearers and (ids := _slipped(slipped, of_slipped, bearers)):
                return ids
    return ()


def _slipped(word: str, names: dict[str, tuple[str, ...]], bearers: set[str] | None = None
             ) -> tuple[str, ...]:
    """Those of `bearers` (or anyone) whose name in `names` is a slip or two from `word`
    (keeping its first letter, as a typist's slips do), the nearest first."""
    slips = 2 if len(word) >= 8 else 1
    for choice, _, _ in process.extract(word, list(names), scorer=OSA.distance,
                                        score_cutoff=slips, limit=None):
        if choice[:1] == word[:1] and (ids := tuple(i for i in names[choice]
                                                    if bearers is None or i in bearers)):
            return ids
    return ()


def _stray(word: str, table: TermTable) -> bool:
    """`word`, all a query says, is no word of English, of the directory or of a term, nor a
    misspelt term: a colleague's name misspelt, if it is a slip or two from one."""
    return (len(word) >= 6 and not english(word) and word not in table.vocabulary
            and not table.lookup([word]) and not _fuzzy([word], table, FUZZY_CUTOFF))


def _misspelt_term(words: Words, at: int, table: TermTable) -> bool:
    """Whether the word at `at` and a word beside it are a misspelt term ("eliza
    development": ELISA development, whoever is called Eliza)."""
    return any(_fuzzy(words[start:start + length], table, FUZZY_CUTOFF)
               for length in (2, 3) for start in range(max(0, at - length + 1), at + 1)
               if start + length <= len(words)
               and not any(map(_set_aside, words[start:start + length])))


def _only_a_name(name: Words, table: TermTable) -> bool:
    """`name` is someone's given or family name here and no word of it is any other word the
    directory uses: of a skill's names, of what skills are or are for, of a facility's name
    ("kit" in "film school kit room" is no colleague called Kit, "isabel" may be)."""
    text = " ".join(name)
    return ((text in table.given_names or text in table.family_names) and len(text) >= 3
            and not any(w in table.vocabulary or w in table.ordinary or w in table._by_word
                        for w in name) and not table.lookup(name))


def _fuzzy_name(words: Words, table: TermTable, covered: Flags, aside: Flags
                ) -> list[tuple[int, Concept]]:
    """A misspelt full name, when nothing else in the query was recognised."""
    content = [w for w, a in zip(words, aside) if not a]
    if not 2 <= len(content) <= 4 or not table.name_choices:
        return []
    span = " ".join(content)
    hit = table.near(0).extract_one(span, 86)
    if not hit:
        return []
    for i, a in enumerate(aside):
        covered[i] = covered[i] or not a
    start = aside.index(False)
    return [(start, Concept("person", person_id, "fuzzy", span, round(hit[1] / 100, 3)))
            for person_id in table.names[hit[0]]]


def _exact_spans(words: Words, table: TermTable, covered: Flags, found: Found) -> None:
    start = 0
    while start < len(words):
        for length in range(min(MAX_SPAN, len(words) - start), 0, -1):
            if any(covered[start:start + length]):
                continue
            span = words[start:start + length]
            if all(map(_set_aside, span)) and (length == 1 or any(
                    not _set_aside(w) for w in words[:start] + words[start + length:])):
                continue          # "lab manager" of something: a role asked for, not a skill
            hit = table.lookup(span)
            if hit:
                variant, (kind, key, via) = hit
                options = table.ambiguous.get(variant, ())
                concept = (Concept(kind, key, "ambiguous", " ".join(span), options=options)
                           if len(options) > 1 else Concept(kind, key, via, " ".join(span)))
                found[start] = (length, concept)
                covered[start:start + length] = [True] * length
                start += length
                break
        else:
            start += 1


def _spelt_out(words: Words, table: TermTable) -> Concept | None:
    """A query that is a term spelt out, whose initials are a known abbreviation ("ground
    penetrating radar" where the directory writes "Near-Surface Geophysics (GPR, ...)"):
    three to six words and no stop word but "of" and "and", their initials (with or without
    those) a one-word term.

    >>> table = TermTable({"gpr": ("skill", "geo", "synonym"), "coshh": ("skill", "c", "exact")})
    >>> [_spelt_out(q.split(), table) is not None for q in ("ground penetrating radar",
    ...  "control of substances hazardous health", "get a pay rise")]
    [True, True, False]
    """
    if (not 3 <= len(words) <= 6 or not all(w.isalpha() and english(w) for w in words)
            or any(w in STOPWORDS for w in words if w not in ("of", "and"))):
        return None                # a sentence ("paint a backdrop for a set") spells nothing,
        # nor do abbreviations ("abv and ibu")
    kept = [w for w in words if w != "and"]
    for initials in dict.fromkeys(("".join(w[0] for w in words), "".join(w[0] for w in kept))):
        hit = table.terms.get(initials)
        if hit and hit[0] == "skill" and initials not in table.initials:   # other words
            return Concept("skill", hit[1], "synonym", " ".join(words))      # than its own
    return None


def _bag_spans(words: Words, table: TermTable, covered: Flags, found: Found,
               window: int = 6, *, listed: bool = True) -> None:
    """Terms written in another order ("sample prep for EM" is EM sample preparation):
    the largest set of nearby content words that is a term's words, where that is more
    words than any term written in order there. With `listed` (a query: its "and" joins
    things asked for), no reordered term takes words from two items of a list that are each
    a term written in order (:func:`_two_items`)."""
    positions = [i for i, w in enumerate(words) if not covered[i] and not _set_aside(w)]
    # a word in no term's bag (nor spelt out: "spec") is in no set that is one: never tried
    bagged = {i for i in positions if any(
        form in table.bag_words for form in (words[i], *EXPANSIONS.get(words[i], ())))}
    for size in range(min(5, len(positions)), 1, -1):
        for start in range(len(positions) - size + 1):
            near = positions[start:start + window]
            if near[0] not in bagged:
                continue
            for others in combinations([i for i in near[1:] if i in bagged], size - 1):
                chosen = (near[0], *others)
                if any(covered[i] for i in chosen):
                    continue
                hit = _bag(table, [words[i] for i in chosen])
                if hit is None or _ordered(words, table, chosen, size) or (
                        listed and _two_items(words, table, chosen)):
                    continue
                kind, key, via = table.terms[hit]
                found[chosen[0]] = (1, Concept(kind, key, via, " ".join(words[i] for i in chosen)))
                for i in chosen:
                    covered[i] = True


def _two_items(words: Words, table: TermTable, chosen: tuple[int, ...]) -> bool:
    """Whether `chosen` takes its words from items of a list that are each a term written in
    order: "live cell culture and confocal imaging" lists cell culture and confocal imaging,
    not the live confocal imaging its words reordered would make, and "laser cutting and
    vacuum forming" is not laser vacuum forming. Where an item is not a term written in order,
    a reordered term may still share a word across the list.

    >>> table = TermTable({"live cell culture": ("skill", "culture", "exact"),
    ...                    "confocal imaging": ("skill", "confocal", "exact"),
    ...                    "live confocal imaging": ("skill", "live-imaging", "synonym")})
    >>> [c.key for c in parse_query("live cell culture and confocal imaging", table).concepts]
    ['culture', 'confocal']
    """
    cuts = [i for i in range(chosen[0], chosen[-1]) if words[i] in LIST_WORDS]
    if not cuts:
        return False
    items = [tuple(i for i in chosen if low < i < high)
             for low, high in zip([-1, *cuts], [*cuts, len(words)])]
    items = [item for item in items if item]
    return len(items) > 1 and all(_ordered(words, table, item, 2) for item in items)


def _bag(table: TermTable, words: list[str]) -> str | None:
    options = [(w, *EXPANSIONS.get(w, ())) for w in words]
    for combination in product(*options):
        hit = table.bags.get(tuple(sorted(combination)))
        if hit:
            return hit
    return None


def _ordered(words: Words, table: TermTable, chosen: tuple[int, ...], size: int) -> bool:
    """Whether a term written in order, of as many words, holds one of the `chosen` words
    ("helium liquefier operation and helium recovery" is not a bag of the first term's words
    and the second's "helium")."""
    low, high = max(0, chosen[0] - MAX_SPAN), min(len(words), chosen[-1] + MAX_SPAN + 1)
    return any(table.lookup(words[a:b]) for a in range(low, high)
               for b in range(a + size, min(high, a + MAX_SPAN) + 1)
               if any(a <= i < b for i in chosen))


def _corrected_spans(words: Words, table: TermTable, covered: Flags, found: Found
                     ) -> list[str]:
    """Spans that are known terms once misspelt words are corrected, matched as fuzzy, a
    term the exact pass found beside a corrected word that is still no term's joining it where
    together they are one ("digtal forensics": digital forensics, not forensics and a stray
    word); returns the words, corrected.

    >>> table = TermTable({"forensics": ("skill", "forensic-science", "synonym"),
    ...                    "digital forensics": ("skill", "digital-forensics", "exact")})
    >>> [(c.key, c.text) for c in parse_query("digtal forensics", table).concepts]
    [('digital-forensics', 'digtal forensics')]
    """
    fixed = [w if covered[i] or _set_aside(w) else _in_context(words, i, table)
             for i, w in enumerate(words)]
    if fixed == words:
        return words
    before = dict(found)
    _exact_spans(fixed, table, covered, found)
    slips = {i for i, (w, f) in enumerate(zip(words, fixed)) if w != f and not covered[i]}
    beside = {start: span for start, span in before.items()     # exact terms by a lone slip
              if start - 1 in slips or start + span[0] in slips}
    for start, (length, _) in beside.items():
        del found[start]
        covered[start:start + length] = [False] * length
    _exact_spans(fixed, table, covered, found)
    for start, (length, concept) in beside.items():      # those the slip does not join
        if found.get(start) == (length, concept) or not any(covered[start:start + length]):
            found[start] = (length, concept)
            covered[start:start + length] = [True] * length
            before[start] = (length, concept)
    for start, (length, concept) in list(found.items()):
        if start not in before or before[start] != (length, concept):
            found[start] = (length, Concept(concept.kind, concept.key, "fuzzy", " ".join(
                words[start:start + length]), 0.9, concept.options,
                " ".join(fixed[start:start + length])))
    return fixed


def _unjoined(words: Words, table: TermTable) -> Words:
    """`words` with a term of two words written as one (see :meth:`TermTable.split`) cut
    in two where its first word ends, the second as typed, to be corrected."""
    out: Words = []
    for word in words:
        named = word in table.family_names or word in table.given_names
        parts = [] if named else table.split(word)
        out += [word[:len(parts[0])], word[len(parts[0]):]] if parts else [word]
    return out


def _in_context(words: Words, at: int, table: TermTable) -> str:
    """The correction of the word at `at` that makes a known term with a word beside it
    ("radiogrpahy positioning"), else the likeliest; the word itself when it is no slip."""
    options = table.corrections(words[at])
    for option in options if len(options) > 1 else ():
        if any(table.lookup(span) for span in (words[max(0, at - 1):at] + [option],
                                                [option] + words[at + 1:at + 2]) if len(span) > 1):
            return option
    return options[0] if options else words[at]


def _facilities(words: Words, table: TermTable, covered: Flags, aside: Flags, by_name: Flags
                ) -> list[Concept]:
    """Facilities the query names: an alias ("fab lab", "BSU"), or every content word of the
    query but a colleague's name (`by_name`) found among the words of one facility's name
    ("nmr centre", "mass spec facility", "kieran in the insectary")."""
    named: list[Concept] = []
    joined = {" ".join(words[i:i + n]) for n in (1, 2, 3) for i in range(len(words))}
    joined |= {"".join(words[i:i + n]) for n in (2, 3) for i in range(len(words))}
    content = [w for w, name in zip(words, by_name) if not name and not _set_aside(w)]
    asks = any(w in FACILITY_WORDS or w in ROLE_WORDS - {"who"} for w in words)
    skill_words = all(covered[i] for i, w in enumerate(words) if not _set_aside(w))
    aliased = table.facilities_aliased(joined)
    kinds = {w for w in words if w in FACILITY_WORDS}

    def holding(word: str) -> frozenset[str]:
        """... or, for a clipped word ("sim suite", "geo lab"), a name that holds a word it
        starts and the kind of place the query also says."""
        found = table.facilities_with(word)
        if found or len(word) != 3 or not word.isalpha() or not kinds:
            return found
        return frozenset(f for f in table.facilities_with(word, shortest=3)
                         if kinds & table._by_id[f].words)
    worded: set[str] = set()
    for at, word in enumerate(content):     # facilities holding every content word
        worded = set(holding(word)) if at == 0 else worded & holding(word)
        if not worded:
            break
    worded -= aliased
    if aliased and set(content) <= {w for p in joined if p in table._by_alias for w in p.split()}:
        worded = set()      # "brf": the facility that goes by it, not the "BRF Aquatics Unit"
    if len(worded) > 1 and (of_kind := {f for f in worded if kinds & table._by_id[f].words}):
        worded = of_kind       # "central workshop": the Central Workshop, not Central Services
    if not worded and not aliased:
        worded = _proper(content, table)
    said = set(words)       # every word of a facility's name ("book the environmental chamber",
    entire = table.facilities_entire(said) - aliased      # "who resets the crime scene house")
    worded |= entire
    if len({table._by_id[f].words for f in aliased | worded}) > 3:   # no facility in particular
        return []
    for facility_id in sorted(aliased):
        facility = table._by_id[facility_id]
        named.append(Concept("facility", facility_id, "exact",
                             " ".join(sorted(facility.aliases & joined))))
    for facility_id in sorted(worded):
        facility = table._by_id[facility_id]
        # "flow cytometry" alone is a skill that a facility's name also holds; "flow
        # cytometry core", "who runs the NMR" or the whole of a name that is more
        # than a skill's name ("helium recovery and liquefier") name the facility
        # a word of its name that names no skill ("hawthorn cluster", "kelsall") is its own
        proper = any(w in facility.words and w not in table.vocabulary for w in content)
        strong = (asks or proper or facility_id in entire
                  or not skill_words and _whole(facility, content))
        named.append(Concept("facility", facility_id, "exact", " ".join(content),
                             confidence=1.0 if strong else 0.5))
    if named:
        for i, w in enumerate(words):
            if not aside[i] or w in FACILITY_WORDS:
                covered[i] = covered[i] or any(in_name(w, table_words)
                                               for table_words in _words_of(table, named))
    return named


def _whole(facility: FacilityName, content: Words) -> bool:
    """Whether `content` says every word of a facility's name but its kind of place."""
    return all(any(in_name(c, frozenset({w})) for c in content)
               for w in facility.words - FACILITY_WORDS - STOPWORDS)


def _proper(content: Words, table: TermTable) -> set[str]:
    """The facilities a proper word of their name names ("cailleach skipper": the RV
    Cailleach; "drummond hospital yard"): a word of one or two facilities' names that is no
    English word and no word of any skill's names, whatever else the query says (a role,
    what is done there).

    >>> t = TermTable({}, facilities=[FacilityName("RV", frozenset({"rv", "cailleach"}),
    ...                                            frozenset())])
    >>> _proper(["cailleach", "skipper"], t), _proper(["skipper"], t)
    ({'RV'}, set())
    """
    found: set[str] = set()
    for word in content:
        named = table._by_word.get(word, set())
        if (1 <= len(named) <= 2 and len(word) >= 4 and word.isalpha()
                and word not in table.vocabulary and not english(word)):
            found |= named
    return found


def _words_of(table: TermTable, named: list[Concept]) -> list[frozenset[str]]:
    found = (table.facility(c.key) for c in dict.fromkeys(named))
    return [f.words | f.aliases for f in found if f is not None]


def in_name(word: str, name_words: frozenset[str]) -> bool:
    """A query word is in a facility's name as written, or as the start of a longer word
    ("nanofab" in "nanofabrication", "spec" in "spectrometry")."""
    return any(form in name_words or (len(form) >= 4 and any(
        w.startswith(form) or form == word and _same_word(form, w) for w in name_words))
               for form in (word, *EXPANSIONS.get(word, ())))


def _same_word(form: str, name_word: str) -> bool:
    """Another ending of the same word ("cytometers", "cytometry"), or the end of a
    compound ("fish" in "zebrafish").

    >>> _same_word("cytometers", "cytometry"), _same_word("fish", "zebrafish")
    (True, True)
    >>> _same_word("microbiology", "microscopy"), _same_word("electronics", "electron")
    (False, False)
    """
    if len(form) < 4:
        return False
    if len(name_word) > len(form) + 3 and name_word.endswith(form) and name_word.isalpha():
        return True
    shared = len(commonprefix([form, name_word]))
    return shared >= 6 and 0 < len(form) - shared <= 3 and 0 < len(name_word) - shared <= 3


def _fuzzy_spans(words: Words, table: TermTable, covered: Flags, found: Found,
                 cutoff: float, aside: Flags) -> None:
    """Match the runs of content words the exact pass left, longest spans first.

    A run right after (or before) an exact match is first tried together with it, so
    that "cnc miling" becomes CNC milling rather than CNC plus a stray word.
    """
    for start, end in _uncovered_runs(words, covered, aside):
        if _merge_with_neighbour(words, table, covered, found, start, end, cutoff):
            continue
        position = start
        while position < end:
            for length in range(min(FUZZY_MAX_SPAN, end - position), 0, -1):
                concept = _fuzzy(words[position:position + length], table, cutoff)
                if concept:
                    found[position] = (length, concept)
                    covered[position:position + length] = [True] * length
                    position += length
                    break
            else:
                position += 1


def _merge_with_neighbour(words: Words, table: TermTable, covered: Flags, found: Found,
                          start: int, end: int, cutoff: float) -> bool:
    ends = {s + length: s for s, (length, c) in found.items() if c.kind == "skill"}
    options = []
    if (before := ends.get(start)) is not None:
        options.append((before, end, before))
    if end in found and found[end][1].kind == "skill":
        options.append((start, end + found[end][0], end))
    for first, last, replaced in options:
        if last - first > FUZZY_MAX_SPAN + 1:
            continue
        concept = _fuzzy(words[first:last], table, cutoff)
        if concept:
            del found[replaced]
            found[first] = (last - first, concept)
            covered[first:last] = [True] * (last - first)
            return True
    return False


def _fuzzy(words: list[str], table: TermTable, cutoff: float) -> Concept | None:
    span = " ".join(words)
    if len(words) == 1 and len(span) == 4:
        return _swapped(span, table)
    if len(span) < (4 if len(words) > 1 else 5) or len(words) == 1 and span in table.known:
        return None      # a correctly spelt word is not a misspelt term ("store" is not "stores")
    hit = table.near(len(words)).extract_one(span, cutoff)
    if not hit or not _slips(words, hit[0].split()):
        return None
    kind, key, _ = table.terms[hit[0]]
    return Concept(kind, key, "fuzzy", span, round(hit[1] / 100, 3), term=hit[0])


def _swapped(word: str, table: TermTable) -> Concept | None:
    """A four-letter abbreviation typed with two letters after its first swapped ("hlpc",
    "fgpa"), when it is no word or term itself and one term alone is so typed.

    >>> table = TermTable({"hplc": ("skill", "hplc", "abbreviation"),
    ...                    "fpga": ("skill", "fpga", "exact")})
    >>> _swapped("hlpc", table).key, _swapped("hpcl", table).term, _swapped("lhpc", table)
    ('hplc', 'hplc', None)
    >>> _swapped("hplc", table), _swapped("pgfa", table), _swapped("from", table)
    (None, None, None)
    """
    if word in table.known or english(word):
        return None
    hits = {(kind, key, variant) for i in range(1, len(word) - 1)
            if (found := table.lookup([word[:i] + word[i + 1] + word[i] + word[i + 2:]]))
            for variant, (kind, key, _) in [found]}
    if len({(kind, key) for kind, key, _ in hits}) != 1:
        return None
    kind, key, variant = min(hits)      # one skill; its first spelling, whatever the order
    return Concept(kind, key, "fuzzy", word, round(fuzz.ratio(word, variant) / 100, 3),
                   term=variant)


def _slips(words: list[str], term: list[str]) -> bool:
    """Whether every word of a span of several words that differs from its term's word keeps
    that word's first letter, as a typist's slips do: "gamma spectometry" is no misspelt
    "raman spectroscopy", nor "dose monitoring" "noise monitoring" (one word alone is checked
    only as an English word, below: a known word is never a misspelt term).

    >>> _slips(["gamma", "spectometry"], ["raman", "spectroscopy"])
    False
    >>> _slips(["herbarium", "curator"], ["herbarium", "curation"])
    True

    An English word is typed as meant unless one slip that keeps its first letter makes the
    term's word of it ("suckler heard", "sheep sheering"): "killing" is no "billing",
    "metals analysis" no "malt analysis"; a form of the term's own word still is ("confocal
    microscope").

    >>> _slips(["killing"], ["billing"]), _slips(["metals", "analysis"], ["malt", "analysis"])
    (False, False)
    >>> _slips(["confocal", "microscope"], ["confocal", "microscopy"]), _slips(["heard"], ["herd"])
    (True, True)
    """
    def meant(word: str, other: str) -> bool:     # an English word typed as meant
        return english(word) and len(commonprefix((word, other))) < 4 and not (
            word[:1] == other[:1] and OSA.distance(word, other) <= 1)

    if len(words) == 1:          # "sheering": a word of "sheep shearing"
        return not all(meant(words[0], t) for t in term)
    return all(w[:1] == t[:1] and (w == t or not meant(w, t)) for w, t in zip(words, term))


def english(word: str) -> bool:
    """`word` is an English word or a plain inflection of one, so never a misspelling.

    >>> [english(w) for w in ("arctic", "pallets", "stored", "studies", "chromatograpy")]
    [True, True, True, True, False]
    """
    words = english_words()
    if word in words:
        return True
    forms = []
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        forms.append(word[:-1])
    for suffix in ("ed", "ing"):
        base = word[:-len(suffix)]
        if not word.endswith(suffix) or (base.endswith("e")   # "phenotypeing" is no inflection
                                         and not base.endswith(("ee", "oe", "ye"))):
            continue
        forms.append(base + "e")                   # "stored" -> "store"
        if len(base) >= 2 and base[-1] == base[-2] and _short_closed(base[:-1]):
            forms.append(base[:-1])                # "scanning" -> "scan"
        elif not _short_closed(base):              # "scaning" is no inflection of "scan"
            forms.append(base)
    return any(len(form) >= 5 and form in words for form in forms)


def _short_closed(word: str) -> bool:
    """One syllable ending consonant-vowel-consonant ("scan", "log"), doubled before -ing."""
    groups = sum(1 for i, c in enumerate(word)
                 if c in "aeiouy" and (i == 0 or word[i - 1] not in "aeiouy"))
    return (groups == 1 and len(word) >= 3 and word[-1] not in "aeiouwxy"
            and word[-2] in "aeiou" and word[-3] not in "aeiou")


def _uncovered_runs(words: Words, covered: Flags, aside: Flags) -> list[tuple[int, int]]:
    """Runs of uncovered content words, as (start, end) index pairs."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for i in range(len(words) + 1):
        content = i < len(words) and not covered[i] and not aside[i]
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


def _shape_distance(word: str, choice: str, score: float) -> tuple[int, float]:
    """How far `choice` is from `word` in shape: a different first letter, then length."""
    return (int(word[0] != choice[0]) + int(abs(len(word) - len(choice)) > 1), -score)
