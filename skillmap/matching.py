"""Match free-text skill names to the taxonomy, conservatively, and suggest the rest.

Import uses this matcher on names written the way other institutions write them
("gas chromatography–mass spectrometry", "COSHH risk assessment", "Mold making",
"Liquid chromatography–mass spectrometry (LC-MS)"). A wrong match silently misfiles
a person's expertise, while an unmatched name is only kept for review, so:

1. Both the taxonomy's terms and the name are folded by :func:`matching_key`
   (Unicode NFKC, every dash, quote and slash, "&" = "and", British/American
   spellings, plurals). Equal keys match (``exact`` for an id or label,
   ``synonym`` otherwise).
2. Then, in order, each reported as ``fuzzy`` with a score so the import report
   lists it: the name outside a bracket, else the abbreviation inside it; the
   name without qualifier words ("techniques", "operation", "experience of"...);
   a near-spelling (typos, word order); a known term inside a longer name, only
   when the rest of the name is explained and one skill clearly dominates.
3. A declared ambiguous term (``Taxonomy.ambiguous_terms``: STEM, SDS, MS...) or a
   name that fits two skills equally is never matched: it is ``unreviewed`` with
   the candidates as :class:`Suggestion`.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Mapping

from rapidfuzz import fuzz, process

from skillmap.taxonomy import Skill, normalise_term

if TYPE_CHECKING:
    from skillmap.taxonomy import Taxonomy

__all__ = ["SkillMatch", "SkillMatcher", "Suggestion", "curation_suggestions", "matching_key",
           "unreviewed_skill_id"]

UNREVIEWED_PREFIX = "x-"


@dataclass(frozen=True)
class Suggestion:
    """A taxonomy skill a free-text name may mean; ``score`` is 0-100."""

    skill_id: str
    label: str
    score: float


@dataclass(frozen=True)
class SkillMatch:
    """How a text was matched: ``via`` is exact, synonym, fuzzy or unreviewed.

    ``suggestions`` is filled when the name is left unreviewed: its nearest skills,
    or every candidate when the name fits several skills equally.
    """

    skill_id: str
    via: str
    score: float = 100.0
    suggestions: tuple[Suggestion, ...] = ()


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


# --------------------------------------------------------------------------- folding

_QUOTES = "'\"`´‘’‚‛“”„‟‹›«»′″‵‶"
_SLASHES = "/\\⁄∕／⧸"
_TRANSLATE = str.maketrans({**{c: None for c in _QUOTES}, **{c: " " for c in _SLASHES},
                            "&": " and ", "+": "+", "−": " ", "‐": " "})
_PUNCT = re.compile(r"[^\w\s+#]")
_ARTICLES = frozenset({"a", "an", "the"})
_WORDS = {
    "mould": "mold", "moulding": "molding", "moulded": "molded", "aluminium": "aluminum",
    "grey": "gray", "programme": "program", "licence": "license", "defence": "defense",
    "artefact": "artifact", "ageing": "aging", "mice": "mouse", "gases": "gas", "jewellery": "jewelry",
    "practise": "practice", "judgement": "judgment", "sulphur": "sulfur", "fibre": "fiber",
    "plough": "plow", "storey": "story", "tyre": "tire", "cheque": "check", "enquiry": "inquiry",
}
_OUR = re.compile(r"^(colo|behavio|labo|favo|hono|humo|neighbo|odo|vapo|rumo|tumo|flavo|armo|"
                  r"vigo|harbo|savo|endeavo|parlo|glamo|clamo|splendo|rigo)ur")
_NO_SINGULAR = frozenset({"series", "species", "status", "apparatus", "chassis", "canvas", "atlas",
                          "bias", "gas", "lens", "news", "mathematics", "always", "thus", "plus",
                          "corpus", "virus", "focus", "campus", "bus", "nexus", "census"})


def _fold_word(word: str) -> str:
    """One word's British/American spelling folded to a single form (both sides agree)."""
    word = _WORDS.get(word, word)
    if word.startswith("μ") and len(word) > 1:
        word = "micro" + word[1:]
    for old, new in (("anaesth", "anesth"), ("haem", "hem"), ("paed", "ped"), ("oesoph", "esoph"),
                     ("oestr", "estr"), ("oed", "ed"), ("foet", "fet"), ("sulph", "sulf")):
        if word.startswith(old):
            word = new + word[len(old):]
    if len(word) > 3:
        word = word[0] + word[1:].replace("ae", "e")           # archaeology, leukaemia, caesium
    word = re.sub(r"iz(?=[aei])", "is", word)                   # -ize, -ization, -izing
    word = word.replace("yz", "ys")                             # analyze
    word = _OUR.sub(r"\1r", word)                               # colour, behavioural
    word = re.sub(r"(?<=[ea])ll(?=(ing|ed|er|ers)$)", "l", word)  # modelling, labelling
    if len(word) > 4 and word.endswith(("tre", "bre")):          # centre, theatre, fibre
        word = word[:-2] + "er"
    if word.endswith("ogue"):                                   # analogue, catalogue
        word = word[:-2]
    for instrument, technique in (("ometer", "ometry"), ("oscope", "oscopy"), ("ograph", "ography")):
        if word.endswith(instrument):                           # spectrometer -> spectrometry
            word = word[:-len(instrument)] + technique
    return word


def _singular(word: str) -> str:
    """A plural's singular, by rule; never applied to short words or abbreviations."""
    if len(word) <= 3 or word in _NO_SINGULAR or not word.isalpha():
        return word
    if word.endswith(("ss", "us", "is", "ics", "ys", "ous", "'s")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith(("ches", "shes", "xes", "zes")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def _tokens(text: str, *, singular: bool | None = None) -> list[str]:
    """Folded words of `text`; ``singular`` None decides by case, True/False always/never."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(" " if unicodedata.category(c) == "Pd" else c for c in text)
    text = _PUNCT.sub(" ", text.translate(_TRANSLATE).replace("_", " "))
    out = []
    for raw in text.split():
        # An all-capitals word is an abbreviation (DLS, BMS, EELS): never made singular.
        keep = (not singular if singular is not None else
                raw.isupper() and len(raw) > 1 or any(c.isupper() for c in raw[1:]))
        word = raw.casefold()
        if word in _ARTICLES:
            continue
        out.append(_fold_word(word if keep else _singular(word)))
    return out


def matching_key(text: str) -> str:
    """Fold `text` so that spellings of one term compare equal.

    >>> matching_key("Gas chromatography–mass spectrometry")
    'gas chromatography mass spectrometry'
    >>> matching_key("Mold-making & casting") == matching_key("mould making and casting")
    True
    >>> matching_key("Behavioral testing") == matching_key("Behavioural testing")
    True
    >>> matching_key("Organisation of centres") == matching_key("organizations of center")
    True
    """
    return " ".join(_tokens(text))


# Words that say how or how well, not what: dropped from either end of a name.
_LEADING = frozenset(
    "apply applying use using perform performing carry carrying out conduct conducting undertake "
    "provide providing manage managing maintain maintaining monitor monitoring prepare preparing "
    "handle handling follow following take taking do doing "
    "undertaking operate operating run running advanced basic general routine specialist expert "
    "experienced proficiency proficient knowledge experience expertise familiarity understanding "
    "skill skilled competence ability hands on in of with the to for and at".split())
_TRAILING = frozenset(
    "technique method methodology operation operating system support work skill experience "
    "expertise knowledge process procedure task duty activity competence software techniques "
    "and of in with for at experienced".split())
# Words that say nothing about which skill: they never make a name more specific.
_GENERIC = _LEADING | _TRAILING | frozenset(
    "laboratory lab facility research technical technician equipment instrument scientific "
    "management maintenance training level".split())


def _strip_qualifiers(tokens: list[str]) -> list[str]:
    start, end = 0, len(tokens)
    while start < end and tokens[start] in _LEADING:
        start += 1
    while end > start and tokens[end - 1] in _TRAILING:
        end -= 1
    return tokens[start:end]


_BRACKETS = re.compile(r"[\(\[\{]([^\)\]\}]*)[\)\]\}]")


# --------------------------------------------------------------------------- matcher

@dataclass(frozen=True)
class _Resolution:
    skills: frozenset[str]      # empty: nothing; one: a match; several: ambiguous
    via: str = "unreviewed"
    score: float = 0.0

    @property
    def matched(self) -> bool:
        return len(self.skills) == 1 and self.via != "unreviewed"


_NOTHING = _Resolution(frozenset())


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
    SkillMatch(skill_id='x-basket-weaving', via='unreviewed', score=0.0, suggestions=())
    """

    def __init__(self, skills: Mapping[str, Skill], *, aliases: Mapping[str, str] | None = None,
                 ambiguous: Mapping[str, Iterable[str]] | None = None,
                 fuzzy_cutoff: float = 90.0):
        self.fuzzy_cutoff = fuzzy_cutoff
        self.skills = dict(skills)
        self._ambiguous: dict[str, tuple[str, ...]] = {}
        for term, candidates in (ambiguous or {}).items():
            known = tuple(c for c in candidates if c in self.skills)
            for key in {" ".join(_tokens(term, singular=mode)) for mode in (None, True, False)}:
                self._ambiguous[key] = known
        self._exact: dict[str, set[str]] = defaultdict(set)     # id and label
        self._synonym: dict[str, set[str]] = defaultdict(set)   # synonyms, abbreviations, aliases
        self._loose: dict[str, set[str]] = defaultdict(set)     # without qualifier words
        self._compact: dict[str, set[str]] = defaultdict(set)   # without spaces: "light sheet"
        self._abbreviations: set[str] = set()
        for skill in self.skills.values():
            for term in (skill.id, skill.label):
                self._index(self._exact, term, skill.id)
            for term in (*skill.synonyms, *skill.abbreviations):
                self._index(self._synonym, term, skill.id)
            self._abbreviations.update(matching_key(a) for a in skill.abbreviations)
        for alias, skill_id in (aliases or {}).items():     # curated by admins
            if skill_id in self.skills:
                self._index(self._synonym, alias, skill_id)
        for key in self._ambiguous:
            for table in (self._exact, self._synonym, self._loose, self._compact):
                table.pop(key, None)
        self._df = self._document_frequencies()
        self._fuzzy_keys = {k: v for table in (self._synonym, self._exact) for k, v in table.items()}
        self._cache: dict[str, SkillMatch] = {}

    @classmethod
    def for_taxonomy(cls, taxonomy: Taxonomy, *, aliases: Mapping[str, str] | None = None
                     ) -> SkillMatcher:
        """The matcher for `taxonomy`, honouring its declared ambiguous terms."""
        return cls(taxonomy.skills, aliases=aliases, ambiguous=taxonomy.ambiguous_terms)

    def _index(self, table: dict[str, set[str]], term: str, skill_id: str) -> None:
        for tokens in (_tokens(term), _tokens(term, singular=True)):
            if not tokens:
                continue
            table[" ".join(tokens)].add(skill_id)
            self._compact["".join(tokens)].add(skill_id)
            loose = _strip_qualifiers(tokens)
            if loose and loose != tokens:
                self._loose[" ".join(loose)].add(skill_id)

    def _document_frequencies(self) -> dict[str, int]:
        words: dict[str, set[str]] = defaultdict(set)
        for table in (self._exact, self._synonym):
            for key, owners in table.items():
                for word in key.split():
                    words[word] |= owners
        self._word_owners = dict(words)
        return {word: len(owners) for word, owners in words.items()}

    def _idf(self, word: str) -> float:
        return math.log((len(self.skills) + 1) / (self._df.get(word, 0) + 0.5))

    # ------------------------------------------------------------------ public API

    def match(self, text: str) -> SkillMatch:
        """Return the best match for `text`, or an unreviewed id when none is confident."""
        if text not in self._cache:
            self._cache[text] = self._match(text)
        return self._cache[text]

    def suggest(self, text: str, limit: int = 3) -> tuple[Suggestion, ...]:
        """The taxonomy skills `text` most likely means, best first, each scored 0-100.

        A confidently matched name gives its skill first with its match score.
        """
        return self._suggestions(text, self.match(text), limit)

    def _suggestions(self, text: str, match: SkillMatch | None, limit: int
                     ) -> tuple[Suggestion, ...]:
        scores: dict[str, float] = {}
        if match is not None and match.via != "unreviewed":
            scores[match.skill_id] = match.score
        resolution = self._resolve(text)
        for skill_id in resolution.skills:
            scores[skill_id] = max(scores.get(skill_id, 0.0), 95.0)
        key = matching_key(text)
        for skill_id, score in self._embedded_scores(key.split()).items():
            scores[skill_id] = max(scores.get(skill_id, 0.0), score)
        if key:
            for choice, score, _ in process.extract(key, self._fuzzy_keys.keys(),
                                                    scorer=fuzz.token_set_ratio, limit=12):
                for skill_id in self._fuzzy_keys[choice]:
                    scores[skill_id] = max(scores.get(skill_id, 0.0), round(score * 0.9, 1))
        ranked = sorted(((s, sid) for sid, s in scores.items() if s >= 50), key=lambda p: (-p[0], p[1]))
        return tuple(Suggestion(sid, self.skills[sid].label, float(s)) for s, sid in ranked[:limit])

    # ------------------------------------------------------------------ matching

    def _match(self, text: str) -> SkillMatch:
        resolution = self._resolve(text)
        if resolution.matched:
            (skill_id,) = resolution.skills
            return SkillMatch(skill_id, resolution.via, resolution.score)
        return SkillMatch(unreviewed_skill_id(text), "unreviewed", 0.0,
                          self._suggestions(text, None, max(3, len(resolution.skills))))

    def _resolve(self, text: str) -> _Resolution:
        brackets = _BRACKETS.findall(text)
        if brackets:
            outside = self._resolve_plain(_BRACKETS.sub(" ", text))
            inside = [self._resolve_plain(b) for b in brackets]
            if outside.matched:
                agree = all(r.skills in (outside.skills, frozenset()) for r in inside)
                return outside if agree else _Resolution(outside.skills, "fuzzy",
                                                          min(outside.score, 95.0))
            for part in inside:
                if part.matched and (not outside.skills or part.skills <= outside.skills):
                    return _Resolution(part.skills, "fuzzy", 95.0)
            if outside.skills:
                return outside
        return self._resolve_plain(text)

    def _resolve_plain(self, text: str) -> _Resolution:
        tokens = _tokens(text)
        key = " ".join(tokens)
        if not key:
            return _NOTHING
        if key in self._ambiguous:
            return _Resolution(frozenset(self._ambiguous[key]))
        for table, via in ((self._exact, "exact"), (self._synonym, "synonym")):
            if key in table:
                return _Resolution(frozenset(table[key]), via, 100.0)
        compact = "".join(tokens)
        if compact in self._compact:
            return _Resolution(frozenset(self._compact[compact]), "synonym", 100.0)
        loose = _strip_qualifiers(tokens)
        if loose and loose != tokens:
            loose_key = " ".join(loose)
            if loose_key in self._ambiguous:
                return _Resolution(frozenset(self._ambiguous[loose_key]))
            owners = self._exact.get(loose_key) or self._synonym.get(loose_key)
            if not owners and self._specific(loose):
                owners = self._loose.get(loose_key)
            if owners:
                return _Resolution(frozenset(owners), "fuzzy", 95.0)
        elif key in self._loose and self._specific(tokens):
            return _Resolution(frozenset(self._loose[key]), "fuzzy", 95.0)
        fuzzy = self._fuzzy(key)
        if fuzzy.skills:
            return fuzzy
        return self._embedded(tokens)

    def _specific(self, tokens: list[str]) -> bool:
        """A name of one word is specific only if a single skill uses that word."""
        return len(tokens) > 1 or self._df.get(tokens[0], 0) <= 1

    def _fuzzy(self, key: str) -> _Resolution:
        if len(key) < 5:
            return _NOTHING
        hits = process.extract(key, self._fuzzy_keys.keys(), scorer=fuzz.token_sort_ratio,
                               score_cutoff=self.fuzzy_cutoff, limit=5)
        if not hits:
            return _NOTHING
        best = hits[0][1]
        close = frozenset(s for choice, score, _ in hits if score >= best - 3
                          for s in self._fuzzy_keys[choice])
        return _Resolution(close, "fuzzy", round(best, 1))

    def _spans(self, tokens: list[str]) -> list[tuple[int, int, frozenset[str]]]:
        """Maximal runs of `tokens` that are a known, specific term of some skills."""
        found = []
        for start in range(len(tokens)):
            for end in range(min(len(tokens), start + 8), start, -1):
                key = " ".join(tokens[start:end])
                if key in self._ambiguous or (end - start == 1 and not self._single_ok(key)):
                    continue
                owners = self._exact.get(key) or self._synonym.get(key)
                if not owners and end - start == 1 and self._df.get(key) == 1 and len(key) >= 4:
                    owners = self._owners_of_word(key)   # a word only one skill uses
                if owners:
                    found.append((start, end, frozenset(owners)))
                    break
        return [s for s in found
                if not any(o[0] <= s[0] and s[1] <= o[1] and o != s for o in found)]

    def _vocabulary(self, skill_id: str) -> set[str]:
        """Every folded word of the skill's id, label, synonyms and abbreviations."""
        return {w for w, owners in self._word_owners.items() if skill_id in owners}

    def _owners_of_word(self, word: str) -> set[str]:
        return self._word_owners.get(word, set())

    def _single_ok(self, word: str) -> bool:
        return (word in self._abbreviations or len(word) >= 5) and word not in _GENERIC

    def _embedded(self, tokens: list[str]) -> _Resolution:
        spans = self._spans(tokens)
        if not spans:
            return _NOTHING
        specificity: dict[str, float] = defaultdict(float)
        for start, end, owners in spans:
            mean_idf = sum(self._idf(w) for w in tokens[start:end]) / (end - start)
            for skill_id in owners:
                specificity[skill_id] = max(specificity[skill_id], mean_idf)
        coverage = {s: self._coverage(tokens, spans, s) for s in specificity}
        ranked = sorted(specificity, key=lambda s: (-coverage[s], -specificity[s], s))
        winner = ranked[0]
        if coverage[winner] < 0.6:
            return _NOTHING
        own = self._vocabulary(winner)
        rivals = {s for start, end, owners in spans if winner not in owners
                  and not set(tokens[start:end]) <= own for s in owners}
        if rivals:          # the name also names another skill: never pick one
            return _Resolution(frozenset({winner, *rivals}))
        return _Resolution(frozenset({winner}), "fuzzy", 90.0)

    def _coverage(self, tokens: list[str], spans: list[tuple[int, int, frozenset[str]]],
                  skill_id: str) -> float:
        """Share of the name's specific words (by idf) that the skill's terms explain."""
        covered = {i for start, end, owners in spans if skill_id in owners
                   for i in range(start, end)}
        own = self._vocabulary(skill_id)
        total = explained = 0.0
        for i, word in enumerate(tokens):
            if word in _GENERIC:
                continue
            idf = self._idf(word)
            total += idf
            explained += idf if (i in covered or word in own) else 0.0
        return explained / total if total else 1.0

    def _embedded_scores(self, tokens: list[str]) -> dict[str, float]:
        scores: dict[str, float] = {}
        for start, end, owners in self._spans(tokens):
            share = (end - start) / max(1, len(tokens))
            for skill_id in owners:
                scores[skill_id] = max(scores.get(skill_id, 0.0), round(60 + 35 * share, 1))
        return scores


def curation_suggestions(taxonomy: Taxonomy, texts: Iterable[str], *,
                         aliases: Mapping[str, str] | None = None,
                         limit: int = 3) -> dict[str, tuple[Suggestion, ...]]:
    """For each unreviewed skill name, its nearest taxonomy skills, best first.

    The curation page and the import report show these; accepting one makes the
    name an alias of that skill.
    """
    matcher = SkillMatcher.for_taxonomy(taxonomy, aliases=aliases)
    return {text: matcher.suggest(text, limit) for text in texts}
