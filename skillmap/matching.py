"""Match free-text skill names to the taxonomy, conservatively, and suggest the rest.

Import uses this matcher on names written the way other institutions write them
("gas chromatography–mass spectrometry", "COSHH risk assessment", "Mold making",
"Liquid chromatography–mass spectrometry (LC-MS)"). A wrong match silently misfiles
a person's expertise, while an unmatched name is only kept for review, so:

1. Both the taxonomy's terms and the name are folded by :func:`matching_key`
   (Unicode NFKC, every dash, quote and slash, "&" = "and", units, British/American
   spellings, plurals, lab = laboratory), the form an export wrote the name in set aside
   first (:meth:`SkillMatcher._value`, layer by layer): an HR system's field label and
   proficiency rating ("Competency: X – Competent", "Skill: X / Proficiency: Expert"); list
   marks, item codes and outline numbers ("• X", "1. X", "3.2.1 X", "SK-0412 X"); quotes and
   trailing marks; a last or first part or bracket of only ratings, sign-off and
   training-record words, dates and numbers ("X - authorised user", "X: 4/5", "X (trained
   2021)", "X, refresher due 03/2026"); a heading of an HR system's own words before any
   category separator ("Technical Skills | X"), or any category's words before " / " or a
   path step; competency phrasing ("Working knowledge of X", "X skills"); and capitals
   throughout. Never a layer that cuts a term the name holds ("communication skills",
   "Advanced life support"). ``bench/shapes_eval.py`` scores each form. Equal keys
   match: ``exact`` for an id or label, ``synonym`` for a synonym, abbreviation or an
   admin's curated alias.
2. Then, in order, each reported as ``fuzzy`` with a score so the import report
   lists it: the skill after a category prefix ("Molecular biology – qPCR"); the
   name outside a bracket (or the kind named inside it: "Welding
   (TIG)"), else a known abbreviation inside it; the name less its qualifier words
   ("techniques", "experience of", "operator"); the same words in another order
   ("testing of materials"); typing slips that keep every word ("cytomtery"); an
   ESCO-style verb phrase as a noun phrase ("test materials", "purify proteins"); a
   known term inside a longer name (words run together count: "IT help desk"), only
   when that skill's own words explain the rest of the name and no other skill is
   named; last, a name of two or more specific words that one skill's terms all use
   by stem ("edit photographs", "provide anaesthetic to animals"; the family's name may
   explain one word), sharing one word outright or by inflection (stems alone are
   coincidences: "electron microprobe" is no "micro:bit"), never a fragment of a longer
   term ("quality assurance"); two words file only when one term of the skill uses both,
   or one is the skill's alone ("herd records" is reviewed: "herd" and "records" are
   words of two different terms of "Dairy herd and milking", and no score files it then).
   After these, an IDF-weighted score (:meth:`SkillMatcher._scored`): the share of the
   name's words one skill's terms explain and the share of one of its terms the name
   uses, leading verbs ("operate", "carry out", "set up") weighing nothing; accepted
   above a threshold and a margin over the second skill, never for one word several
   skills use, a fragment of a longer term, or a name that names another skill in full.
   A skill's terms include the ESCO labels of its own ESCO concept and of the
   further concepts linked to it (``Taxonomy.esco_labels``), which also match as synonyms.
   When nothing is found, the words that cannot say which skill are dropped and the
   rest resolved again: a leading verb ("Growing organoids"), and makers' and models'
   names ("Agilent 7900 ICP-MS"; in a Title Case name only a code or a word no
   dictionary holds: "Radon Measurements" keeps "radon"), each unknown to every skill's
   terms; last, a head that names one skill, when its tail ("for facility users", "at
   sea") names no other.
   When the score finds nothing either, a term of exactly one skill with words that name
   no other skill is accepted ("sandwich ELISA", "corporate video production", "JupyterHub
   administration"): never beside another skill's term, a head word of another skill
   ("mechanical workshop management", "biological risk assessment"), a word only the
   skill's siblings use ("plastic welding"), an activity whose subject the other words may
   be ("Archery coaching"), or when the score puts another skill first or close (an English
   word is another skill's head only as a term's one specific word or a label's first word
   before generic words: "small" of "Small boat handling" is no head).
   A bracket repeating one candidate's label resolves an ambiguous term
   ("Glassblowing (scientific)"), never among the skills a list's items name ("AV & lecture
   capture (Panopto)"); a bracket's product name files a name only when the words outside
   are said of its skill, or of none ("metabolic cages (Promethion)" is no nanopore
   sequencing); a species stands for "animal" in a term ("sheep handling" is animal
   handling); an ambiguous abbreviation beside its own skill's
   name is explained by it ("Machine learning / AI").
   A competency library's path ("Area > Group > Skill", also with "\\", "→", "->" or
   "::") is the skill at its end, unless a step before it names another skill.
   An HR system's "Area – skill" frame whose area is itself a skill files under the skill
   the taxonomy relates to it ("flow cytometry – cell sorting"), when the skill after it is
   named outright: a part that only resembles another skill may be the first's detail
   ("Sound design – QLab show control"), and the name is reviewed.
   A name none of this files, written as a person specification's criterion, files under
   the skill its head names when the rest only says what it is done in, on, under, with or
   to, or gives examples ("plant tissue culture under aseptic conditions", "X including A,
   B and C"), never when that rest names another skill (examples aside) or is what a
   generic activity is done to ("planned maintenance of building services plant"); so does
   a competence register's record, its scope after a spaced dash read as such a setting
   ("Autoclave operation – waste cycles | SQEP | exp 03/2027"), never when the scope read as
   a name gives any other skill; and "A and B" under the one skill both halves name
   ("indoor and outdoor pest control", "GC-MS method development and validation"), never
   two skills ("MIG and TIG welding").
3. What the taxonomy says of each skill (its terms, ESCO labels, description, uses and
   family's name, ``SkillMatcher._profiles``) tells apart the two or three skills the
   rules narrowed a name to, or the one to three skills whose terms a longer name holds:
   the one it says every specific word of the name of, when it says none of the others
   so ("cleanroom photolithography", "SLA resin printers", "MRI safety"); a leading verb
   and the studies a technique is used in ("Running EEG experiments") are frames. Never
   for a list whose items name two of them ("Microscopy (SEM, TEM)"), a rival named by its
   own abbreviation ("SEM-EDS"), a common word said of no skill ("chess coaching") or a
   name about teaching or selling a skill ("Python tutoring").
4. A declared ambiguous term (``Taxonomy.ambiguous_terms``: STEM, SDS, MS, ROS...) or a
   name that fits two skills ("SEM/EDX", "Risk assessment and COSHH", "Conduct COSHH and
   risk assessments") is never matched: it is ``unreviewed`` with every candidate among
   its :class:`Suggestion`. So is a lone abbreviation glossed in a bracket as another
   sense ("ML (computer programming)"), and an English word one slip from a term's word
   ("submersion" is no "subversion"), nor a word of another skill's terms ("investment
   costing" is no "investment casting"). A term's sense settles that term alone, never the
   other skills the name brought in ("IVF & sperm cryopreservation (mice)"). A synonym that
   is its skill's label less the label's modifier (or one word, not the label's own head),
   while two or more other skills' terms are the same head after modifiers of their own, is
   ambiguous among them ("sample preparation": chemical, EM, metallographic...;
   "lithography": photo-, electron-beam, nanoimprint...). Species' names say a name is about
   animals ("canine phlebotomy" is no phlebotomy of people). The manager of a place where a
   skill is done ("Proteomics Facility Manager") is reviewed unless the skill's label says
   management: running a facility is not its technique.
5. Given the optional sentence model (``SkillMatcher.for_taxonomy(..., embedder=...)``),
   an unreviewed name's suggestions are re-ordered by a blend of their lexical score and
   the name's cosine to each skill's name and description, so
   the right skill comes first more often; the model never matches a name by itself (on
   the development names no threshold and margin kept its precision near 0.99, nor as a
   tie-breaker between the two skills the rules narrowed a name to: 0.30-0.40, nor agreeing
   with the lexical score's clear first: 0.53-0.71 pooled, none on dev).
"""

from __future__ import annotations

import copy
import itertools
import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Iterable, Mapping

from english_words import get_english_words_set
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from skillmap.taxonomy import Skill, SkillFamily, normalise_term

if TYPE_CHECKING:
    from skillmap.export_form import ExportForm
    from skillmap.search.semantic import Embedder, SkillVectors
    from skillmap.taxonomy import Taxonomy

__all__ = ["SkillMatch", "SkillMatcher", "Suggestion", "curation_suggestions", "english_words",
           "matching_key", "unreviewed_skill_id"]

UNREVIEWED_PREFIX = "x-"
SEMANTIC_SHARE = 0.5    # the sentence model's share of an unreviewed name's suggestion order
SEMANTIC_POOL = 10      # lexical candidates it re-orders (none of its own: they add misses)


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
                            "&": " and ", "−": " "})       # minus sign; dashes go by category
_PUNCT = re.compile(r"[^\w\s+#]")
_NUMBERS = re.compile(r"\d+")
_UNITS = re.compile(r"°\s*[CFK]\b|\bdeg(rees?)?\s*[CF]\b")      # "−80 °C freezers"
_ARTICLES = frozenset({"a", "an", "the"})
_WORDS = {
    "mould": "mold", "moulding": "molding", "moulded": "molded", "aluminium": "aluminum",
    "grey": "gray", "programme": "program", "licence": "license", "defence": "defense",
    "artefact": "artifact", "ageing": "aging", "mice": "mouse", "jewellery": "jewelry",
    "practise": "practice", "judgement": "judgment", "sulphur": "sulfur", "fibre": "fiber",
    "plough": "plow", "storey": "story", "tyre": "tire", "cheque": "check", "enquiry": "inquiry",
    "lab": "laboratory", "prep": "preparation", "qa": "quality assurance", "qc": "quality control",
    "mgmt": "management", "admin": "administration", "maint": "maintenance", "disc": "disk",
    "vet": "veterinary",
    "manoeuvre": "maneuver", "skilful": "skillful", "enrol": "enroll", "enrolment": "enrollment",
    "fulfil": "fulfill", "offence": "offense", "draught": "draft", "learnt": "learned",
    "burnt": "burned", "kilogramme": "kilogram", "smoulder": "smolder",
}
_OUR = re.compile(r"^(colo|behavio|labo|favo|hono|humo|neighbo|odo|vapo|rumo|tumo|flavo|armo|"
                  r"vigo|harbo|savo|endeavo|parlo|glamo|clamo|splendo|rigo)ur")
_NO_SINGULAR = frozenset({"series", "species", "status", "apparatus", "chassis", "canvas", "atlas",
                          "bias", "gas", "lens", "news", "mathematics", "always", "thus", "plus",
                          "corpus", "virus", "focus", "campus", "bus", "nexus", "census"})


# Who does the work, as the work: (ending, its work's ending, whether the ending alone is
# that word): "photographer" is photography, "printmaker" printmaking; "binder" and "blower"
# alone are things (a ring binder, a fan), "bookbinder" no. A "maker" after what is made
# ("costume maker") is its making (:func:`_cached_tokens`), never a "maker space".
_AGENTS = (("grapher", "graphy", False), ("maker", "making", False),
           ("binder", "binding", False), ("blower", "blowing", False),
           ("programmer", "programming", True))


@lru_cache(maxsize=65536)
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
        while "ae" in word[1:]:                                 # archaeology, leukaemia, caesium
            word = word[0] + word[1:].replace("ae", "e")
    word = re.sub(r"iz(?=[aei])", "is", word)                   # -ize, -ization, -izing
    word = word.replace("yz", "ys")                             # analyze
    word = _OUR.sub(r"\1r", word)                               # colour, behavioural
    word = re.sub(r"(?<=[ea])ll(?=(ing|ed|er|ers)$)", "l", word)  # modelling, labelling
    if len(word) > 4 and word.endswith(("tre", "bre")):          # centre, theatre, fibre
        word = word[:-2] + "er"
    if word.endswith("ying") and len(word) > 6:                 # surveying, deploying
        word = word[:-3]
    if word.endswith("ogue"):                                   # analogue, catalogue
        word = word[:-2]
    for agent, work, alone in _AGENTS:         # photographer, printmaker, costume maker
        if word.endswith(agent) and (alone or len(word) > len(agent)):
            word = word[:-len(agent)] + work
            break
    for instrument, technique in (("ometer", "ometry"), ("oscope", "oscopy"), ("ograph", "ography")):
        if word.endswith(instrument):                           # spectrometer -> spectrometry
            word = word[:-len(instrument)] + technique
    return word


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The GCIDE dictionary's words (english-words package, MIT; ~114,000 words, lower case),
    loaded once per process on first use (~0.1 s, ~11 MB): the matcher and search share it."""
    return frozenset(get_english_words_set(["gcide"], lower=True, alpha=True))


def _singular(word: str, shortest: int = 5) -> str:
    """A plural's singular, by rule; words shorter than `shortest` (DLS, BMS, gels) are kept."""
    if len(word) < shortest or word in _NO_SINGULAR:
        return word
    if not word.isalpha():      # a coded word's plural: "8Ds", "3Ds"; never "H2S" nor "5S"
        coded = word[:-1]
        return coded if (word.isalnum() and word[-1] == "s" and coded[-1].isalpha()
                         and coded[0].isdigit()) else word
    if word.endswith("ses") and word[:-2] in _NO_SINGULAR:     # gases, lenses
        return word[:-2]
    if word.endswith(("ss", "us", "is", "ics", "ys", "ous")):
        return word
    if word.endswith("yses"):                                  # analyses, dialyses
        return word[:-2] + "is"
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
    return list(_cached_tokens(text, singular))


def _undashed(text: str) -> str:
    """`text` in NFKC, temperature units dropped and every dash a space. Plain ASCII text (most
    names: the taxonomy's terms, most of a bundle's) takes a shortcut: NFKC changes no ASCII
    character and "-" is ASCII's one dash (a quarter of the matcher's making went on reading
    each character's category)."""
    if text.isascii():
        return _UNITS.sub(" ", text).replace("-", " ")
    text = _UNITS.sub(" ", unicodedata.normalize("NFKC", text))
    return "".join(" " if unicodedata.category(c) == "Pd" else c for c in text)


@lru_cache(maxsize=65536)
def _cached_tokens(text: str, singular: bool | None) -> tuple[str, ...]:
    """Folded words of `text`; ``singular``: None for words of 5+ letters, True for 3+, False never."""
    text = _PUNCT.sub(" ", _undashed(text).translate(_TRANSLATE).replace("_", " "))
    out: list[str] = []
    for raw in text.split():
        word = raw.casefold()
        if word in _ARTICLES:
            continue
        if singular is not False:     # before folding and after it ("µs" folds to "micros")
            minimum = 3 if singular else 5
            out.extend(_singular(w, minimum) for w in _fold_word(_singular(word, minimum)).split())
        else:
            out.extend(_fold_word(word).split())
    for i in range(1, len(out)):
        if out[i] == "maker" and out[i + 1:i + 2] != ["space"]:
            out[i] = "making"
    return tuple(out)


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
    >>> matching_key(matching_key("µS")) == matching_key("µS")   # folds, then singular again
    True
    """
    return " ".join(_tokens(text))


# Words that say how or how well, not what: dropped from either end of a name.
_LEADING = frozenset(
    "apply applying use using perform performing carry carrying out conduct conducting undertake "
    "provide providing manage managing maintain maintaining monitor monitoring prepare preparing "
    "handle handling follow following take taking do doing create creating "
    "undertaking operate operating run running advanced basic general routine specialist expert "
    "experienced proficiency proficient knowledge experience expertise familiarity understanding "
    "skill skilled competence ability hands on in of with the to for and at trained competent "
    "certified qualified interpret interpreting plan planning supervise supervising oversee "
    "overseeing coordinate coordinating organise organising execute executing implement "
    "implementing assist assisting ensure ensuring".split())
_TRAILING = frozenset(
    "technique method methodology operation operating system support work skill experience "
    "expertise knowledge process procedure task duty activity competence software techniques "
    "holder coding advanced basic intermediate expert beginner training course certificate "
    "certification qualification awareness operator technician specialist assistant officer "
    "assessor trainer instructor coordinator champion representative "
    "manager supervisor engineer "
    "development programming drafting staining automation theory technology environment problem "
    "type standard accreditation instrumentation equipment "
    "and of in with for at experienced".split())
# Words that say nothing about which skill: they never make a name more specific.
_GENERIC = _LEADING | _TRAILING | frozenset(
    "laboratory lab facility research technical technician equipment instrument scientific "
    "management maintenance training level pro analyser analyzer machine apparatus device "
    "tool testing test regulation legislation modelling analysis".split())


def _folded(words: frozenset[str]) -> frozenset[str]:
    """`words` as :func:`matching_key` spells them ("modelling" -> "modeling")."""
    return frozenset(w for word in words for w in _tokens(word)) | words


_LEADING, _TRAILING, _GENERIC = _folded(_LEADING), _folded(_TRAILING), _folded(_GENERIC)


def _qualifier_bounds(tokens: list[str]) -> tuple[int, int]:
    """Where the words between the leading and trailing qualifier words start and end."""
    start, end = 0, len(tokens)
    while start < end and tokens[start] in _LEADING:
        start += 1
    while end > start and tokens[end - 1] in _TRAILING:
        end -= 1
    return start, end


def _strip_qualifiers(tokens: list[str]) -> list[str]:
    start, end = _qualifier_bounds(tokens)
    return tokens[start:end]


def _shortenings(tokens: list[str]) -> list[list[str]]:
    """`tokens` less ever more of their qualifier words, longest first."""
    first, last = _qualifier_bounds(tokens)
    spans = [(a, b) for a in range(first + 1) for b in range(last, len(tokens) + 1)
             if (a, b) != (0, len(tokens)) and a < b]
    return [tokens[a:b] for a, b in sorted(spans, key=lambda p: p[0] - p[1])]


def _proper(raw: str) -> tuple[str, ...]:
    """The folded word of a capitalised name, unless folding expands it ("QA")."""
    words = _tokens(raw)
    return tuple(words) if len(words) == 1 else ()


def _initials(letters: list[str], words: list[str]) -> bool:
    """Whether `letters` abbreviate `words`: each word but a connector gives its first
    letter, and a letter may also come from inside the word it follows ("GSR" of "gunshot
    residue", "COSHH" of "control of substances hazardous to health")."""
    if not words:
        return not letters
    first, rest = words[0], words[1:]
    if first in _CONNECTORS and _initials(letters, rest):
        return True
    if not letters or letters[0] != first[0]:
        return False
    # the word's first letter, then any of the following letters taken from inside it
    todo = letters[1:]
    for taken in range(len(todo) + 1):
        inside = iter(first[1:])
        if all(c in inside for c in todo[:taken]) and _initials(todo[taken:], rest):
            return True
    return False


def _head_moved(words: list[str], term: list[str]) -> bool:
    """The name's words are the term's in another order, so the name's head (an English
    compound's last word) is the term's modifier: "electrophoresis gels" are the gels gel
    electrophoresis runs, "chromatography columns" the columns of column chromatography. A
    verb before its object keeps the meaning ("blowing glass", "casting bronze"); a caller
    lets "of" say the order ("testing of materials")."""
    if len(words) < 2 or len(term) < 2 or _same_word(words[-1], term[-1]):
        return False
    return not words[0].endswith("ing") and _verb_noun(words[0]) is None


def _near_spelling(a: str, b: str) -> bool:
    """Same words in any order, each a slip of typing away that keeps its first letter
    ("technician" is not "technical", "tem sample preparation" is not "sample preparation",
    "gematology" is no slip for "haematology": a typist knows how a word starts)."""
    left, right = sorted(a.split()), sorted(b.split())
    return len(left) == len(right) and all(_same_word(x, y) and x[:1] == y[:1]
                                           for x, y in zip(left, right))


def _same_word(x: str, y: str) -> bool:
    """A slip or two of typing, or one word's inflection ("solder", "soldering")."""
    short, long = sorted((x, y), key=len)
    if len(short) >= 4 and long.startswith(short) and long[len(short):] in _ENDINGS:
        return True
    return OSA.distance(x, y) <= (2 if len(short) > 9 else 1)


_ENDINGS = frozenset({"s", "es", "ed", "er", "ing", "al", "ion", "ation", "y"})


# ESCO names skills as a verb and its object: "test materials" is "materials testing".
_VERB_NOUNS = {"calibrate": "calibration", "test": "testing", "design": "design",
               "edit": "editing", "transfer": "transfer", "monitor": "monitoring",
               "program": "programming", "install": "installation", "repair": "repair",
               "assemble": "assembly", "solder": "soldering", "weld": "welding",
               "analyse": "analysis", "measure": "measurement", "sterilise": "sterilisation",
               "dispose": "disposal", "inspect": "inspection", "record": "recording",
               "sample": "sampling", "scan": "scanning", "machine": "machining",
               "clean": "cleaning", "breed": "breeding", "cast": "casting", "turn": "turning",
               "mill": "milling", "print": "printing", "sew": "sewing", "dissect": "dissection",
               "sequence": "sequencing", "extract": "extraction", "purify": "purification",
               "titrate": "titration", "stain": "staining", "image": "imaging",
               "simulate": "simulation", "survey": "surveying", "map": "mapping",
               "photograph": "photography", "fabricate": "fabrication", "engrave": "engraving",
               "etch": "etching", "grind": "grinding", "polish": "polishing", "drill": "drilling",
               "cut": "cutting", "mould": "moulding", "glaze": "glazing", "freeze": "freezing",
               "store": "storage", "package": "packaging", "audit": "auditing",
               "teach": "teaching", "mentor": "mentoring", "coach": "coaching",
               "procure": "procurement", "recruit": "recruitment",
               "decontaminate": "decontamination", "disinfect": "disinfection",
               "validate": "validation", "anaesthetise": "anaesthesia", "dose": "dosing",
               "genotype": "genotyping", "digitise": "digitisation", "bind": "binding",
               "knit": "knitting", "embroider": "embroidery", "animate": "animation",
               "manage": "management", "maintain": "maintenance", "supervise": "supervision",
               "cost": "costing", "service": "servicing"}
_VERB_NOUNS = {" ".join(_tokens(verb)): " ".join(_tokens(noun))
               for verb, noun in _VERB_NOUNS.items()}
# Verbs of testing and inspecting equipment ("test photographic equipment", "inspect lifting
# equipment": compliance work of its own), and of overseeing people ("supervise camera
# crew"): activities of their own beside the skill's. Maintaining or repairing a skill's
# equipment is the skill's own work in HR wording ("maintain diving equipment").
_UPKEEP_VERBS = frozenset("test testing check checking inspect inspecting".split())
_OVERSIGHT = {"supervise": "supervision", "supervising": "supervision",
              "oversee": "oversight", "overseeing": "oversight"}
_CHECKS = {"check": "checking", "checking": "checking"}
# Verbs of a discipline of their own, whatever they are done to: testing, calibrating,
# inspecting, validating or auditing a thing is not making or preparing it.
_DISCIPLINE_VERBS = frozenset("test testing calibrate calibrating inspect inspecting validate "
                              "validating audit auditing".split())
# Who is overseen: "supervise cleanroom protocols" is the protocols at lead level.
_PEOPLE = _folded(frozenset("staff crew crews team teams technician technicians student "
                            "students operator operators worker workers personnel volunteer "
                            "volunteers apprentice apprentices trainee trainees user "
                            "users".split()))
_EQUIPMENT = frozenset("equipment instrument instrumentation tool machine machinery device "
                       "apparatus kit gear appliance".split())
_WORK_NOUNS = frozenset(w for noun in _VERB_NOUNS.values() for w in noun.split())




def _verb_noun(word: str) -> str | None:
    """The noun of a leading verb or its -ing form: "calibrate" and "calibrating" ->
    "calibration", "recruiting" -> "recruitment", "freezing" -> "freezing"."""
    if word in _VERB_NOUNS:
        return _VERB_NOUNS[word]
    if word.endswith("ing") and len(word) > 5:
        stem = word[:-3]
        for verb in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else ""):
            if verb in _VERB_NOUNS:
                return _VERB_NOUNS[verb]
    return None


_CONNECTORS = frozenset("of for in on with and the to by using".split())
# The dashes a spaced separator is written with: the hyphen-minus, Unicode's hyphens and dashes.
_DASHES = "-‐‑‒–—―"
# Where a name's head ends and a tail that says where, what on or for whom begins.
_TAIL = re.compile(r"\s+(?:for|in|at|on|with|by|using|via|from|across|within)\s+",
                   re.IGNORECASE)
# Where a name's head ends and the place or kit it is done at begins ("X for the melt shop")
_PLACE = re.compile(r"\s+(?:for|in|at|on)\s+the\s+", re.IGNORECASE)
# Where a criterion's head ends and what it is done in, on, under, with or to begins, or examples
# of it ("X in Y", "X using Y", "X of Y", "X including A, B and C"): never "for" (a purpose may
# be the skill: "Python scripting for instrument control") nor "by" (a method may be).
_SETTING = re.compile(r"\s+(?:in|on|at|under|with|within|using|of|including|such\s+as|e\.g\.)\s+"
                      rf"|\s+[{_DASHES}]\s+", re.IGNORECASE)
_EXAMPLES = frozenset({"including", "such as", "e.g."})
# A competence register's scope after a spaced dash ("X – scope | SQEP | exp 03/2027"): what
# X is done on or with, read like "of" (its words may name a kind of X), never examples.
_SCOPE = frozenset(_DASHES)
# Verbs that open advert and ESCO phrases and name no skill ("fix faulty equipment",
# "order consumables"): dropped from the front of a name when no skill's terms use them.
_LEADING_VERBS = frozenset(
    "fix order grow load keep look check mend fit deliver lead help move build install collect "
    "make oversee assist organise organize establish adjust examine inspect identify "
    "determine evaluate assess select choose obtain produce construct tend top change "
    "replace refill fill troubleshoot diagnose upgrade administer coordinate supervise".split())
# Verbs that make a name about something else: teaching or advising on a skill is not it.
_OTHER_ACTIVITY = frozenset(
    "teach teaching train training advise advising liaise liaising sell selling sale sales supply "
    "supplying market marketing buy buying".split())
# Skills done for or about something else: beside a name's other words, they may be its
# subject ("Archery coaching", "teaching histology", "3D printer demonstrations").
_ACTIVITIES = _OTHER_ACTIVITY | _folded(frozenset(
    "coach coaching mentor mentoring tutor tutoring demonstrate demonstrating demonstration "
    "demonstrator consult consulting consultancy".split()))
# The verbs of ESCO and advert phrases ("operate ...", "carry out ...", "set up ..."):
# they say what is done with a skill, not which skill, so scoring ignores them.
_PROCESS = _folded(frozenset(
    "apply applying use using perform performing carry carrying out conduct conducting "
    "undertake undertaking provide providing manage managing maintain maintaining monitor "
    "monitoring prepare preparing handle handling follow following take taking do doing "
    "create creating operate operating run running execute executing up write "
    "writing develop developing assist assisting ensure ensuring implement implementing "
    "supervise supervising oversee overseeing coordinate coordinating organise organising "
    "look looking after deliver delivering support supporting work working experience "
    "knowledge skill skills ability able proficient proficiency competent competence "
    "familiarity understanding expertise expert advanced basic good excellent strong sound "
    "related relevant including include various general routine day other etc".split()))
# Generic activities ("maintenance", "testing", "monitoring"): what they are done to or on
# may say which skill.
_GENERIC_WORK = _PROCESS | (_GENERIC & _WORK_NOUNS)
# Heads that name no skill of their own before a place ("Training for the X"): an activity on
# something else, a generic or a process word (:meth:`SkillMatcher._placed`)
_NO_HEAD = _ACTIVITIES | _GENERIC | _PROCESS
# Work done on a thing after it is made or chosen: "X development and validation".
_LATER_WORK = _folded(frozenset("validation validating verification optimisation optimization "
                                "troubleshooting development design qc".split()))
_AND = re.compile(r"\s+(?:and|&)\s+", re.IGNORECASE)
# Generic words count a quarter when scoring; a law is not generic ("welfare legislation").
_SCORING_GENERIC = _GENERIC - _folded(frozenset({"regulation", "legislation"}))
_DERIVATIONS = frozenset({"", "e", "s", "es", "y", "ies", "ion", "ions", "ation", "ations",
                          "ing", "ed", "er", "ers", "or", "ors", "al", "ment", "ure", "ist"})
_ADJECTIVES = frozenset({"y", "ic", "ical", "ics"})    # "microbiology", "microbiological"


def _derived(x: str, y: str) -> bool:
    """One word inflected or derived from the other: "calibrate" and "calibration",
    "assemble" and "assembly", "test" and "testing", "microbiology" and
    "microbiological"; never "electron" and "electronic"."""
    if x == y:
        return True
    short, long = sorted((x, y), key=len)
    if len(short) < 4:
        return False
    common = next((i for i, (c, d) in enumerate(zip(short, long)) if c != d), len(short))
    ends = {short[common:], long[common:]}
    if "y" in ends and len(short) < 6:
        return False    # "stormy", "leafy", "shiny" are no "storm", "leaf", "shin"
    return common >= max(4, len(short) - 1) and (ends <= _DERIVATIONS or ends <= _ADJECTIVES)


def _kin(x: str, y: str) -> bool:
    """Words of one stem by any measure here, or two derivations of one stem of five
    letters or more ("detection" and "detector", "actuation" and "actuator")."""
    if _derived(x, y) or _same_stem(x, y):
        return True
    common = next((i for i, (c, d) in enumerate(zip(x, y)) if c != d), min(len(x), len(y)))
    return common >= 5 and {x[common:], y[common:]} <= _DERIVATIONS


def _same_stem(x: str, y: str) -> bool:
    """One word's inflection or derivation: "photographs" and "photo", "anesthetic"
    and "anesthesia", "transportation" and "transport", "program" and "programming";
    a short word is no stem of a word over twice its length, plural apart ("metal",
    "metallographic")."""
    if x == y or _same_word(x, y):
        return True
    short, long = sorted((x, y), key=len)
    common = next((i for i, (c, d) in enumerate(zip(short, long)) if c != d), len(short))
    if common == len(short) and len(long.removesuffix("s")) > 2 * len(short):
        return False
    return (common >= 5 and common == len(short)) or common >= 7


def _bag(tokens: list[str]) -> str:
    """The words that say what, in any order: "testing of materials" = "materials testing"."""
    return " ".join(sorted(set(_strip_qualifiers(tokens)) - _CONNECTORS))


# Skills-survey systems prefix a category: "Molecular biology – qPCR", "Microscopy: SEM".
# A competency library writes a skill as its path in the library: "Area > Group > Skill".
# An arrow or a pointer between a path's steps or an export's fields, whatever its glyph
# ("Area → Skill", "Area ▸ Group ▸ Skill", "X ❯ w/c 13/05/2024"): guillemets, the triangular
# bullet, the arrows blocks, the right-pointing triangles and angle brackets
ARROWS = "»›\u2023\u2190-\u21ff\u25b6-\u25bb\u276f\u2794-\u27bf\u27e9\u3009"
_PATH = re.compile(rf"\s*(?:[>{ARROWS}\\]|->|=>|::)\s*")  # and "Area\\Group\\Skill", "Area → Skill"
_CATEGORY_SEPARATORS = re.compile(rf"\s+[{_DASHES}]\s+|\s*[:|]\s*|" + _PATH.pattern)
_DISCIPLINES = _folded(frozenset(
    "biology molecular cell biochemistry chemistry physics engineering science sciences life "
    "biomedical medical clinical analytical imaging microscopy spectroscopy chromatography "
    "sequencing safety health it computing software hardware workshop electronics electrical "
    "mechanical animal animals materials environmental earth geology geography psychology "
    "neuroscience art arts design media music theatre teaching general other misc "
    "miscellaneous core specialist advanced".split()))

# A job's place ("Proteomics Facility Manager") and the words after a job's title ("X duties").
_PLACES = _folded(frozenset("facility facilities studio suite unit centre center core platform "
                            "hub service services".split()))
_ROLE_TAIL = _folded(frozenset("duty duties responsibility responsibilities role".split()))

# Words that say a name is about animals, not people ("take blood samples from mice").
_ANIMAL_WORDS = _folded(frozenset(
    "animal animals mouse mice rat rats rodent rodents zebrafish fish rabbit rabbits pig pigs "
    "sheep primate primates livestock veterinary canine feline equine bovine ovine porcine "
    "avian murine cattle cow cows horse horses dog dogs poultry".split()))

# What a technique is used in, not which technique: "Running EEG experiments", "ERP studies".
_STUDIES = _folded(frozenset("experiment experiments study studies session sessions trial "
                             "trials data".split()))
_LIST = re.compile(r"\s*[/&+,;]\s*|\s+and\s+", re.IGNORECASE)
_ITEMS = re.compile(r"[\(\)\[\]\{\}/&+,;]|\s+and\s+|" + _CATEGORY_SEPARATORS.pattern,
                    re.IGNORECASE)
_BRACKETS = re.compile(r"[\(\[\{]([^\)\]\}]*)[\)\]\}]")


def _masked(text: str) -> str:
    """`text` with each bracket, brackets included, written over by as many "_": a separator
    found in it is outside any bracket, at the same place in `text` ("X (A - B) - Y")."""
    return _BRACKETS.sub(lambda m: "_" * len(m.group(0)), text)


# An HR system's field labels and proficiency ratings around a skill's name ("Competency:
# Venepuncture – Competent", "Skill: X / Proficiency: Expert", "X (Level 2)"): not its words.
_RATINGS = (r"(?:beginner|novice|basic|foundation|awareness|aware|trainee|developing|"
            r"intermediate|competent|fully competent|proficient|practitioner|skilled|"
            r"advanced|expert|specialist|master|level\s*\d)")
_HR_FIELD = re.compile(r"^\s*(?:skill|skills|competency|competence|capability)\s*:\s*"
                       rf"|\s*(?:[{_DASHES}/|,]\s*(?:(?:proficiency|level|rating)\s*:?\s*)?"
                       rf"{_RATINGS}|\(\s*(?:level\s*)?{_RATINGS}\s*\))\s*$",
                       re.IGNORECASE)


# The form an HR, training-record or skills-matrix export wraps a skill's name in, not its
# words: list marks and item codes before it ("• X", "1. X", "3.2.1 X", "SK-0412 X"), quotes
# and trailing marks around it ('"X"', "X*", "X;"), and a last (or first) part after a
# separator or in a bracket made only of ratings, sign-off and training-record words, dates
# and numbers ("X - authorised user", "X: 4/5", "X, refresher due 03/2026", "X (trained
# 2021)", "X [Proficient]", "X (ID 4471)", "X (NEW)"). A skills matrix's row sets its fields
# apart with spaced middle dots or bullets, its area code of two digits before one: "QCL07 ·
# X · 3 Independent" (a two-digit code with no separator after it may be a kit's name).
_CODE_SEPARATOR = "[-–—:|.·•]"     # after an item code: optional for 3-6 digits, needed for 2
_LIST_MARK = re.compile(r"^\s*(?:[•‣▪▫●◦∙·⁃■□➢➤►*-]+\s+|\(?\d{1,3}[.)]\s+"
                        r"|\d{1,3}(?:\.\d{1,3}){2,4}\.?\s+|\d{1,3}\.\d{1,3}\.\s+"
                        rf"|[A-Z]{{1,4}}[-_]?\d{{3,6}}[A-Z]?\s*{_CODE_SEPARATOR}?\s+"
                        rf"|[A-Z]{{2,4}}[-_]?\d{{2}}\s*{_CODE_SEPARATOR}\s+"
                        r"|[A-Z]{2,5}:\s+)")
_AREA_CODE = re.compile(r"^\s*([A-Z]{2,5}):\s+")     # a register's area, "WOOD: X"


def _without_area_code(text: str) -> str:
    return _AREA_CODE.sub("", text, count=1)


_TRAILING_MARKS = re.compile(r"\s*[*†‡#.;,!]+\s*$")
_QUOTED = re.compile(r"^\s*([\"'“‘«„])(.+)([\"'”’»“])\s*$")
_STATUS_WORDS = frozenset(
    # ratings and levels (SuccessFactors, Workday, Oracle HCM, skills matrices)
    "beginner novice basic foundation awareness aware trainee developing intermediate "
    "competent fully proficient proficiency practitioner skilled advanced expert master level "
    "lvl grade rating score "
    # sign-off and access (training records, facility inductions)
    "authorised authorized authorisation authorization approved accredited certified qualified "
    "signed sign off assessed trained untrained supervised unsupervised independent "
    "independently supervision under user users superuser super trainer trainers assessor "
    "only inductor inductors inducted "
    # a workshop's induction and sign-off register: a traffic-light (RAG) risk rating
    "red amber green rag "
    # a competence register's status in UK nuclear, defence and national-laboratory sites:
    # Suitably Qualified and Experienced Person ("X | SQEP | exp 03/2027")
    "sqep "
    # training-record dates and flags (iTrent, Cornerstone, LMS catalogues)
    "refresher due expires expired expiry exp valid until renewal renew in house inhouse "
    "external online elearning mandatory essential desirable optional required recommended "
    "new current lapsed pending progress completed complete yes no id ref yrs years year yr "
    "months month jan feb mar apr may jun jul aug sep sept oct nov dec january february march "
    "april june july august september october november december "
    # a rating in words (skills surveys): "X: some experience", "X – working knowledge"
    "working knowledge experience experienced some limited good full partial none".split())
# A UK person specification's flags after a criterion: essential or desirable, then how it is
# assessed (Application, Interview, Test, Presentation, References): "X [E: A/I]", "X (D)",
# "X (Essential - interview)". Read only as a whole last bracket, never as words of a name.
_PERSON_SPEC = re.compile(
    r"^\s*(?:(?:e|d|ess|des|essential|desirable)\b\s*(?:[:;,/–-]\s*)?)?"
    r"(?:(?:[aitpr]|application|interview|test|presentation|references?)\b\s*(?:[/,&+]\s*)?)*$",
    re.IGNORECASE)
_CATEGORY_PREFIX = re.compile(r"\s+/\s+|" + _PATH.pattern + "|" + _CATEGORY_SEPARATORS.pattern)
_PIECES = re.compile(r"[\(\)\[\]\{\},;]|\s+/\s+|" + _CATEGORY_SEPARATORS.pattern)
# The words an HR system's own headings are made of, which name no skill ("Technical Skills",
# "Core Competencies", "Other"): before any separator they are a heading, never the name's.
_HEADINGS = _folded(frozenset(
    "technical skill skills competency competencies competence capability capabilities general "
    "core other misc miscellaneous key essential professional personal transferable specialist "
    "additional practical area areas category group framework section domain cluster and "
    "job role specific".split()))
_SEGMENTS = re.compile(rf"\s*[:;,|]\s*|\s+[{_DASHES}/·•]\s+")


_BRACKET_AT_END = re.compile(r"\s*[\(\[\{]([^\)\]\}]*)[\)\]\}]\s*$")
# Competency phrasing around a skill's name (job descriptions, person specifications,
# sign-off statements): "Working knowledge of X", "Competent in X", "X skills" ("Able to X"
# is a verb phrase: the verb is the matcher's to read, not a wrapper).
_PHRASE_BEFORE = re.compile(
    r"^(?:(?:a|an|good|sound|working|basic|general|detailed|in[- ]depth|thorough|practical|"
    r"demonstrable|demonstrated|proven|extensive|some|solid|strong|excellent|previous|"
    r"relevant|hands[- ]on)\s+)*(?:knowledge|experience|understanding|awareness|familiarity|"
    r"expertise|proficiency|competence|competency|skills?)\s+(?:of|in|with|using|on)\s+"
    r"|^(?:competent|proficient|skilled|trained|experienced|confident|qualified|certified)"
    r"\s+(?:in|at|with|on|for)\s+"
    r"|^(?:advanced|expert|basic|intermediate|beginner|novice|proficient|competent|"
    r"foundation)(?:\s+level)?\s+", re.IGNORECASE)
_PHRASE_AFTER = re.compile(r"\s+(?:skills?|competenc(?:y|ies|e)|knowledge|proficiency|"
                           r"expertise)\s*$", re.IGNORECASE)


def _status_only(part: str) -> bool:
    """Whether `part` is only ratings, sign-off or training-record words, dates and numbers."""
    words = re.findall(r"[^\W_]+", part.casefold())
    return bool(words) and all(w in _STATUS_WORDS or w.isdigit() for w in words)


def _unwrapped(text: str) -> str:
    """`text` less one layer of its export's form (see above); `text` when it has none."""
    value = " ".join(text.split())
    quoted = _QUOTED.match(value)
    if quoted and quoted.group(2).strip():
        return quoted.group(2).strip()
    for pattern in (_LIST_MARK, _TRAILING_MARKS):
        shorter = pattern.sub("", value, count=1).strip()
        if shorter and shorter != value:
            return shorter
    last = _BRACKET_AT_END.search(value)
    if last and last.start() > 0 and (_status_only(last.group(1))
                                      or _PERSON_SPEC.match(last.group(1))):
        return value[:last.start()].strip()
    masked = _masked(value)   # never in a bracket
    seps = list(_SEGMENTS.finditer(masked))
    if seps and _status_only(value[seps[-1].end():]) and value[:seps[-1].start()].strip():
        return value[:seps[-1].start()].strip()
    if seps and _status_only(value[:seps[0].start()]) and value[seps[0].end():].strip():
        return value[seps[0].end():].strip()
    return value


def _unphrased(text: str) -> str:
    """`text` less competency phrasing before or after it ("Working knowledge of X", "X
    skills"); `text` when it has none."""
    for pattern in (_PHRASE_BEFORE, _PHRASE_AFTER):
        shorter = pattern.sub("", text, count=1).strip()
        if shorter and shorter != text:
            return shorter
    return text


def _split_outside_brackets(separator: re.Pattern[str], text: str) -> list[str]:
    """`text`'s non-empty parts between `separator`s, when one stands outside brackets;
    else `text` whole ("Sieving (> 2 mm)" is one name)."""
    if not separator.search(_BRACKETS.sub(" ", text)):
        return [text]
    return [p for p in separator.split(text) if p.strip()]


def _field_value(text: str) -> str:
    """`text` without an HR field label or rating around it ("Skill: X / Proficiency: Expert"
    is X), read once where a name comes in; the unreviewed id keeps the name as written."""
    return _HR_FIELD.sub("", text) or text


def _dictionary_word(word: str) -> bool:
    """Whether `word` or the stem it inflects is in the dictionary ("welded", "trailed",
    "weaning", "swabbing", "fermented": GCIDE lists the stem alone)."""
    words = english_words()
    if word in words:
        return True
    for ending in ("ing", "ed", "er", "ers", "es", "s"):
        stem = word.removesuffix(ending)
        if stem != word and len(stem) >= 3 and (
                stem in words or stem + "e" in words
                or (stem[-1] == stem[-2] and stem[:-1] in words)
                or (stem.endswith("i") and stem[:-1] + "y" in words)):
            return True
    return False


def _specific(word: str) -> bool:
    """A word that says what a name is about: no generic word, connector, process word or
    number."""
    return not (word in _GENERIC or word in _CONNECTORS or word in _PROCESS or word.isdigit())


def _label_head(label: str) -> set[str]:
    """A label's first written word when it names the skill alone: the label's other words
    are generic or a discipline's ("Mechanical engineering", "Light-sheet microscopy"), not
    specific words of their own ("Small boat handling", "Small-angle X-ray scattering")."""
    first, *rest = label.split(maxsplit=1) or [""]
    return set(_tokens(first)) if set(_tokens(" ".join(rest))) <= (
        _GENERIC | _DISCIPLINES | _CONNECTORS) else set()


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


_PROTOTYPES: dict[int, tuple[Taxonomy, SkillMatcher]] = {}


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
                 families: Mapping[str, SkillFamily] | None = None,
                 esco_labels: Mapping[str, Iterable[str]] | None = None,
                 uses: Mapping[str, str] | None = None,
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
        self._bags: dict[str, set[str]] = defaultdict(set)      # any order: "testing of materials"
        self._abbreviations: set[str] = set()
        for skill in self.skills.values():
            for term in (skill.id, skill.label):
                self._index(self._exact, term, skill.id)
            for term in (*skill.synonyms, *skill.abbreviations):
                self._index(self._synonym, term, skill.id)
            self._abbreviations.update(matching_key(a) for a in skill.abbreviations)
        self._aliases = self._alias_keys(aliases)
        self._declared = dict(self._ambiguous)     # the taxonomy's own ambiguous terms
        self._ambiguous.update(self._shared_heads())
        for key in self._ambiguous:
            for table in (self._exact, self._synonym, self._loose, self._compact, self._bags):
                table.pop(key, None)
        self._df = self._document_frequencies()
        # Words that name the skill on their own: its label's first, and proper names in
        # its synonyms ("Lightroom" in "Adobe Lightroom", "Xenopus"), never common words.
        self._naming_words = {skill.id: set(_tokens(skill.label)[:1]) | {
            word for term in (*skill.synonyms, *skill.abbreviations) for raw in term.split()
            if any(c.isupper() for c in raw) for word in _proper(raw)}
            for skill in self.skills.values()}
        # Proper names among the synonyms ("Zetasizer", "Karl Fischer"): beside one, an
        # unknown capitalised word is a maker's name ("Malvern Zetasizer").
        self._proper_words = {word for skill in self.skills.values()
                              for term in (*skill.synonyms, *skill.abbreviations)
                              for raw in term.split() if raw[:1].isupper()
                              for word in _proper(raw)}
        # The family's name counts towards explaining a name: "on animals" for animal skills.
        self._family_words = {family_id: set(_tokens(family.label))
                              for family_id, family in (families or {}).items()}
        self._family_members: dict[str, set[str]] = defaultdict(set)
        for skill in self.skills.values():
            self._family_members[skill.family].add(skill.id)
        self._stem_memo: dict[str, frozenset[str]] = {}
        self._family_memo: dict[str, frozenset[str]] = {}
        self._category_words = _GENERIC | _DISCIPLINES | {
            w for words in self._family_words.values() for w in words}
        self._fuzzy_keys = {k: v for table in (self._synonym, self._exact) for k, v in table.items()}
        # Each word's terms, so that the terms holding a phrase are read among its rarest
        # word's (:meth:`_terms_holding`), and each term's words in order, so that the spelling
        # check blind to word order compares ready-sorted strings (:meth:`_fuzzy`).
        by_word: dict[str, list[str]] = defaultdict(list)
        for key in self._fuzzy_keys:
            for word in dict.fromkeys(key.split()):
                by_word[word].append(key)
        self._keys_by_word = dict(by_word)
        self._sorted_keys = {key: " ".join(sorted(key.split())) for key in self._fuzzy_keys}
        self._near_length: dict[int, dict[str, str]] = {}     # by a name's length (_near)
        # Words that name a skill alone: its naming words, and a term's one specific word
        # ("cryostat" of "cryostat operation"), never a modifier ("benchtop").
        self._own_heads: dict[str, set[str]] = defaultdict(set)
        for key, owners in self._fuzzy_keys.items():
            core = self._core(key.split()).split()
            for skill_id in owners if len(core) == 1 else ():
                self._own_heads[skill_id].add(core[0])
        self._head_words = {skill_id: words | self._own_heads[skill_id]
                            for skill_id, words in self._naming_words.items()}
        # Of those, the ones that name the skill beside another skill's term: an English
        # word only as a term's one specific word or a label's first word before generic
        # words ("mechanical" of "Mechanical engineering"), never an adjective before
        # specific words ("small" of "Small boat handling") nor a word of a product's name
        # ("media" of "Avid Media Composer").
        self._heads_beside = {skill.id: self._own_heads[skill.id] | _label_head(skill.label) | {
            w for w in self._naming_words[skill.id] if w not in english_words()}
            for skill in self.skills.values()}
        # Product names that are also English words ("Mosquito" robots, "Excel", "TExT"):
        # beside other words they may be the ordinary word ("mosquito rearing").
        self._homonyms = {word for skill in self.skills.values()
                          for term in (*skill.synonyms, *skill.abbreviations)
                          if " " not in term.strip() and not term.isupper()
                          and any(c.isupper() for c in term)
                          for word in _tokens(term) if word in english_words()}
        # Acronyms that are English words another skill's terms hold ("BLAST", "PALM", "LEAF"):
        # written in lower case they may be that word ("after a blast", "sweaty palm").
        self._acronym_words = {skill.id: {term.casefold() for term in (
            *skill.synonyms, *skill.abbreviations) if term.isalpha() and term.isupper()
            and len(term) >= 4 and term.casefold() in english_words()
            and self._word_owners.get(term.casefold(), set()) - {skill.id}}
            for skill in self.skills.values()}
        self._esco = self._esco_keys(esco_labels or {})
        self._build_scoring(esco_labels or {})
        self._build_profiles(esco_labels or {}, uses or {}, families or {})
        self._cache: dict[str, SkillMatch] = {}
        self._wholes: dict[tuple[str, str], SkillMatch] = {}     # see :meth:`_whole`
        self._own_said: dict[str, set[str]] = {}
        self._uses = dict(uses or {})
        self.embedder: Embedder | None = None
        self._meanings: dict[int, SkillVectors] = {}    # by embedder; shared by copies

    def _shared_heads(self) -> dict[str, tuple[str, ...]]:
        """A synonym that is its skill's label less the label's modifier ("sample
        preparation" of "Chemical sample preparation"), or one word that is not the label's
        own head nor a word of its label ("lithography" of photolithography), while two or more other skills' terms
        are the same head after modifiers of their own ("EM sample preparation",
        "metallographic sample preparation"; "electron beam lithography") names the head
        they share, not the one skill: ambiguous among them."""
        endings: dict[str, set[str]] = defaultdict(set)     # a term's words after its first
        for term, found in itertools.chain(self._exact.items(), self._synonym.items()):
            words = term.split()
            for start in range(1, len(words)):
                endings[" ".join(words[start:])] |= found
        heads: dict[str, tuple[str, ...]] = {}
        for key, owners in self._synonym.items():
            if key in self._exact or len(owners) != 1:
                continue
            (owner,) = owners
            label = self.skills[owner].label
            if {key} == _label_head(label) or (
                    " " in key and not matching_key(label).endswith(f" {key}")) or (
                    " " not in key and key in _tokens(label)):
                continue    # "instrumentation" names "Instrumentation engineering" alone;
                # "autoclave", a word of "Autoclave operation and sterilisation", names it
            others = endings.get(key, set()) - owners
            if len(others) >= 2:    # one may be the skill's own kind ("single-crystal XRD")
                heads[key] = (owner, *sorted(others))
        return heads

    @classmethod
    def for_taxonomy(cls, taxonomy: Taxonomy, *, aliases: Mapping[str, str] | None = None,
                     embedder: Embedder | None = None) -> SkillMatcher:
        """The matcher for `taxonomy`, honouring its declared ambiguous terms.

        The taxonomy's index is built once per taxonomy object and shared, so a
        matcher per request (with that moment's curated aliases) costs little.
        `embedder` (the optional sentence model) re-orders unreviewed names'
        suggestions; the skills' vectors are computed at the first such name, once
        per taxonomy and model. Without it the matcher is the rules alone.
        """
        entry = _PROTOTYPES.get(id(taxonomy))
        if entry is None or entry[0] is not taxonomy:
            entry = (taxonomy, cls(taxonomy.skills, ambiguous=taxonomy.ambiguous_terms,
                                   families=taxonomy.families,
                                   esco_labels=getattr(taxonomy, "esco_labels", None),
                                   uses=getattr(taxonomy, "uses", None)))
            if len(_PROTOTYPES) >= 8:
                _PROTOTYPES.clear()
            _PROTOTYPES[id(taxonomy)] = entry
        matcher = copy.copy(entry[1])
        matcher._aliases = matcher._alias_keys(aliases)
        matcher._cache, matcher._wholes = {}, {}
        matcher.embedder = embedder
        return matcher

    def _alias_keys(self, aliases: Mapping[str, str] | None) -> dict[str, str]:
        """Admins' curated names, folded: an alias wins even over a declared ambiguity."""
        return {" ".join(_tokens(alias, singular=mode)): skill_id
                for alias, skill_id in (aliases or {}).items() if skill_id in self.skills
                for mode in (None, True)}

    def _esco_keys(self, labels: Mapping[str, Iterable[str]]) -> dict[str, str]:
        """ESCO labels of the skills' own ESCO concepts, folded, that name one skill, no
        other skill's term and no declared ambiguous term ("perform water chemistry
        analysis"; never "take blood samples")."""
        owners: dict[str, set[str]] = defaultdict(set)
        for skill_id, names in labels.items():
            if skill_id in self.skills:
                for name in names:
                    for mode in (None, True):
                        owners[" ".join(_tokens(name, singular=mode))].add(skill_id)
        return {key: next(iter(ids)) for key, ids in owners.items()
                if key and len(ids) == 1
                and not any(f" {term} " in f" {key} " for term in self._ambiguous)
                and (self._exact.get(key) or self._synonym.get(key) or ids) == ids}

    def _build_scoring(self, esco: Mapping[str, Iterable[str]]) -> None:
        """The word lists of every skill's terms (ESCO labels included), for :meth:`_scored`."""
        self._terms: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        words: dict[str, set[str]] = defaultdict(set)
        for skill in self.skills.values():
            names = [skill.id.replace("-", " "), *skill.terms, *esco.get(skill.id, ())]
            for name in names:
                term = tuple(w for w in dict.fromkeys(_tokens(name, singular=True))
                             if self._weight(w) > 0)
                if (term and term not in self._terms[skill.id]
                        and not set(term) <= _SCORING_GENERIC     # "laboratory equipment"
                        and " ".join(_tokens(name)) not in self._ambiguous):
                    self._terms[skill.id].append(term)
                    for word in term:
                        words[word].add(skill.id)
        self._score_owners = dict(words)
        # Each term's words with their idf and weight, and both totals: the score's sums.
        self._term_stats = {skill_id: [
            ([(u, self._idf(u), self._weight(u)) for u in term],
             sum(self._idf(u) for u in term), sum(self._weight(u) for u in term))
            for term in terms] for skill_id, terms in self._terms.items()}
        self._term_words = {skill_id: {u for term in terms for u in term}
                            for skill_id, terms in self._terms.items()}
        # Each word's terms, as (skill id, index in its term list): a name's score reads only
        # the terms that use one of its words (the others' shares are 0).
        in_terms: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for skill_id, terms in self._terms.items():
            for index, term in enumerate(terms):
                for word in term:
                    in_terms[word].append((skill_id, index))
        self._word_terms = dict(in_terms)
        self._cores = {self._core(key.split()) for key in self._fuzzy_keys}
        self._score_prefix: dict[str, set[str]] = defaultdict(set)
        for word in words:
            self._score_prefix[word[:4]].add(word)

    def _build_profiles(self, esco: Mapping[str, Iterable[str]], uses: Mapping[str, str],
                        families: Mapping[str, SkillFamily]) -> None:
        """Every word the taxonomy says about each skill: its terms, ESCO labels,
        description, uses and family's name, for :meth:`_told_apart`."""
        self._profiles: dict[str, set[str]] = {}
        self._profile_words: dict[str, set[str]] = defaultdict(set)     # by 4-letter prefix
        for skill in self.skills.values():
            family = families.get(skill.family)
            texts = (skill.id.replace("-", " "), *skill.terms, *esco.get(skill.id, ()),
                     skill.description, uses.get(skill.id, ""), family.label if family else "")
            words = {w for text in texts for mode in (None, True) for w in _tokens(text,
                                                                                   singular=mode)}
            self._profiles[skill.id] = words
            for word in words:
                self._profile_words[word[:4]].add(word)

    def _said_of_any(self, word: str) -> bool:
        """The taxonomy says `word`, or a word of its stem, about some skill."""
        return any(_kin(word, other) for other in self._profile_words.get(word[:4], ()))

    def _said_of(self, word: str, skill_id: str) -> bool:
        """The taxonomy says `word`, or a word of its stem, about the skill."""
        profile = self._profiles[skill_id]
        return word in profile or any(
            other in profile and _kin(word, other)
            for other in self._profile_words.get(word[:4], ()))

    @staticmethod
    def _core(tokens: Iterable[str]) -> str:
        """A name's specific words ("contractor management" -> "contractor")."""
        return " ".join(w for w in tokens
                        if w not in _GENERIC and w not in _PROCESS and w not in _CONNECTORS)

    def _weight(self, word: str) -> float:
        """How much a word says about which skill: idf, little for generic words, nothing
        for the verbs and connectors of a phrase ("operate", "of")."""
        if word in _PROCESS or word in _CONNECTORS or word.isdigit():   # "LSM 980"
            return 0.0
        if (word not in self._df and "_score_owners" in vars(self)
                and word not in self._score_owners):    # no skill's word ("invoicing")
            return self._idf(word) * self.score_unknown_weight
        return self._idf(word) * (0.25 if word in _SCORING_GENERIC else 1.0)

    def _index(self, table: dict[str, set[str]], term: str, skill_id: str) -> None:
        for tokens in (_tokens(term), _tokens(term, singular=True)):
            if not tokens:
                continue
            table[" ".join(tokens)].add(skill_id)
            self._compact["".join(tokens)].add(skill_id)
            self._bags[_bag(tokens)].add(skill_id)
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
        self._stem_owners: dict[str, set[str]] = defaultdict(set)
        for word, owners in words.items():
            self._stem_owners[word[:6]] |= owners
        self._vocab: dict[str, set[str]] = defaultdict(set)
        self._by_prefix: dict[str, set[str]] = defaultdict(set)     # for :func:`_same_stem`
        for word, owners in words.items():
            self._by_prefix[word[:4]].add(word)
            for skill_id in owners:
                self._vocab[skill_id].add(word)
        return {word: len(owners) for word, owners in words.items()}

    def _idf(self, word: str) -> float:
        return math.log((len(self.skills) + 1) / (self._df.get(word, 0) + 0.5))

    # ------------------------------------------------------------------ public API

    def match(self, text: str, form: ExportForm | None = None) -> SkillMatch:
        """Return the best match for `text`, or an unreviewed id when none is confident.

        `form`, the fields its bundle's export writes around every name, is set aside and
        the rest decides: a field's words may name a skill ("X :: Budgeting L3, 10% weekly"
        is X, not budget management). The whole name's skill stands only where the rest's
        suggestions hold it too (a rule may read a form by all of it: "Aerospace > Aircraft
        Maintenance > Torque Loading", "Course completed: Telehandler – LANTRA"); a rest
        filed under no skill is kept under the rest's own id, with its suggestions: holders
        whose export writes their own fields around one name ("X | fingerprint 43%", "X ~ WAM
        315 h 2022/23") hold one unreviewed skill, not one each."""
        content = form.content(text) if form is not None else text
        found = self._whole(text, content, form)
        if content == text:
            return found
        again = self.match(content)
        # an agreeing rest stands for its suggestions without asking for them (most names)
        if found.via != "unreviewed" and (found.skill_id == again.skill_id or found.skill_id in {
                s.skill_id for s in (self.suggest(content) if again.via != "unreviewed"
                                     else again.suggestions)}):
            return found
        if again.via != "unreviewed":
            return again
        return SkillMatch(unreviewed_skill_id(content), "unreviewed", 0.0,
                          again.suggestions or self.match(text).suggestions)

    def filed_whole(self, text: str, form: ExportForm) -> bool:
        """Whether `text` is filed read whole, its export's fields and all (the importer
        reports the names filed only once `form`'s fields were set aside)."""
        return self._whole(text, form.content(text), form).via != "unreviewed"

    def _whole(self, text: str, content: str, form: ExportForm | None) -> SkillMatch:
        """`text` read whole; `content`, `text` without `form`'s fields. Names of one content
        alike but for their fields' values and numbers (:meth:`ExportForm.shape`: each holder's
        dates, counts, levels and assessors around one name, "X » level 2/4 supervised »
        trained 03/07/2026 » 16 bookings") are read once, without suggestions, and the
        reading's id is not theirs: :meth:`match` asks it only whether and where it files (over
        the 38,720 distinct names of every development bundle no name's skill moved so, only
        the report's note of how 1,322 of them were read; a film school's 6,540 register rows
        were read in an eighth of the time, a manufacturing centre's 5,120 matrix rows in a
        tenth)."""
        if form is not None and content != text and text not in self._cache:
            key = (content, _NUMBERS.sub("#", form.shape(text)))
            if key not in self._wholes:
                self._wholes[key] = self._match(text, suggested=False)
            return self._wholes[key]
        if text not in self._cache:
            self._cache[text] = self._match(text)
        return self._cache[text]

    def knows_words(self, text: str) -> bool:
        """Whether every word of `text` is a word of the taxonomy's terms ("3d", "co2")."""
        words = _tokens(text)
        return bool(words) and all(word in self._word_owners for word in words)

    def names_a_skill(self, text: str) -> bool:
        """Whether `text` is filed under a skill, fits several or holds a taxonomy term."""
        value = self._value(text)
        return (self.match(text).via != "unreviewed" or bool(self._resolve(value).skills)
                or bool(self._terms_in(value)))

    def suggest(self, text: str, limit: int = 3, form: ExportForm | None = None
                ) -> tuple[Suggestion, ...]:
        """The taxonomy skills `text` most likely means, best first, each scored 0-100.

        A confidently matched name gives its skill first with its match score; `form` is
        set aside from one that is not, as :meth:`match` does.
        """
        match = self.match(text, form)
        if match.via == "unreviewed" and form is not None:
            text = form.content(text)
        return self._suggestions(self._value(text), match, limit)

    def _suggestions(self, text: str, match: SkillMatch | None, limit: int,
                     resolution: _Resolution | None = None) -> tuple[Suggestion, ...]:
        """Suggestions for `text`, the name without its export's form (:meth:`_value`).

        Four readings each score a skill 0-100: the rules (the match, the skills an ambiguous
        name fits, a known term inside it), the share of the name its terms explain, the
        IDF-weighted score and the spelling nearest one of its terms. A skill any reading
        scores 50 or more is suggested, scored by its readings together as independent
        chances, ``1 - (1 - a)(1 - b)...`` (0-100: a lone reading keeps its own score, as the
        curation page's family hint and search's related weight read it; 100 only when one
        reading is 100, several strong readings at most 99.99, their order kept unrounded): a
        skill two readings find comes before one that a single reading finds as strongly, and
        ties no longer fall to the skill's id ("supervising students" is explained in full by
        seven skills' words; the score puts student project support first, not the alphabet
        demonstrating). The skills an ambiguous name fits come first, all of them. On the
        names the rules leave for review in every development part the first suggestion was
        right for 41% and one of three for 67% when the strongest reading alone scored; 53%
        and 72% so. A word that is a typing slip of a term's word is read as that word
        ("insectry temperature logs" is suggested the insectary first)."""
        text = self._slips_corrected(text) or text
        readings: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])

        def read(skill_id: str, reading: int, score: float) -> None:
            scores = readings[skill_id]
            scores[reading] = max(scores[reading], score)

        if match is not None and match.via != "unreviewed":
            read(match.skill_id, 0, match.score)
        resolution = resolution or self._resolve(text)
        for skill_id in resolution.skills:
            read(skill_id, 0, 95.0)
        key = matching_key(text)
        for skill_id, score in self._embedded_scores(key.split()).items():
            read(skill_id, 0, score)
        for skill_id, share in self._explained(key.split()).items():
            read(skill_id, 1, round(90 * share, 1))
        pool = limit if self.embedder is None else max(limit, SEMANTIC_POOL)
        for score, _, _, skill_id in self._scored(_tokens(text, singular=True))[:pool]:
            read(skill_id, 2, round(95 * score, 1))
        if key:
            for choice, score, _ in process.extract(key, self._fuzzy_keys.keys(),
                                                    scorer=fuzz.token_set_ratio, limit=12):
                for skill_id in self._fuzzy_keys[choice]:
                    read(skill_id, 3, round(score * 0.9, 1))
        # the model's blend was calibrated on the strongest reading alone
        together = {skill_id: 100 * (1 - math.prod(1 - s / 100 for s in scores))
                    if self.embedder is None else max(scores)
                    for skill_id, scores in readings.items() if max(scores) >= 50}
        fits = resolution.skills if len(resolution.skills) > 1 else frozenset()
        order = sorted(together, key=lambda sid: (sid not in fits, -together[sid], sid))
        ranked = [(min(round(together[sid], 2), 100.0 if max(readings[sid]) >= 100 else 99.99),
                   sid) for sid in order]      # 100 only when one reading says so
        if match is None or match.via == "unreviewed":
            ranked = self._reordered(text, ranked[:max(limit, SEMANTIC_POOL)])
        return tuple(Suggestion(sid, self.skills[sid].label, float(s)) for s, sid in ranked[:limit])

    def _reordered(self, text: str, ranked: list[tuple[float, str]]) -> list[tuple[float, str]]:
        """`ranked` (lexical score, skill) scored again as a blend with the sentence model's
        cosine between `text` and what each skill means; unchanged without the model."""
        vectors = self._meaning_vectors()
        if vectors is None or not ranked:
            return ranked
        closeness = vectors.closeness(text)
        row = {key: i for i, key in enumerate(vectors.keys)}
        blended = [(round(100 * ((1 - SEMANTIC_SHARE) * score / 100 + SEMANTIC_SHARE
                                 * max(0.0, float(closeness[row[sid]]))), 1), sid)
                   for score, sid in ranked]
        return sorted(blended, key=lambda p: (-p[0], p[1]))

    def _meaning_vectors(self) -> SkillVectors | None:
        """Each skill's name and description ("Hot glass. Glassblowing, lampworking...") as a
        vector, once per taxonomy and model (463 short texts: a few seconds; the search
        index's longer meaning texts order a little better but cost eight times as much)."""
        if self.embedder is None:
            return None
        vectors = self._meanings.get(id(self.embedder))
        if vectors is None or vectors.embedder is not self.embedder:
            from skillmap.search.semantic import SkillVectors

            keys = sorted(self.skills)
            vectors = SkillVectors(self.embedder, keys, [[
                f"{self.skills[key].label}. {self.skills[key].description}".strip(". ")
                if self.skills[key].description else self.skills[key].label] for key in keys])
            self._meanings[id(self.embedder)] = vectors
        return vectors

    # ------------------------------------------------------------------ matching

    def _value(self, text: str) -> str:
        """`text` without the form its export wrote it in, layer by layer until none is left:
        an HR field label and rating (:func:`_field_value`); list marks, codes, quotes,
        trailing marks and status parts (:func:`_unwrapped`); a heading before a separator
        (:meth:`_without_category`); competency phrasing
        (:func:`_unphrased`). Never a layer that cuts a term of the taxonomy the name holds
        ("communication skills", "Advanced life support")."""
        value = _field_value(" ".join(text.split()))
        layers = (lambda v: _field_value(_unwrapped(v)), self._without_category, _unphrased,
                  _without_area_code)
        for _ in range(12):
            held = self._terms_in(value)        # the terms a layer may not cut, once a pass
            shorter = next((s for s in (layer(value) for layer in layers)
                            if s != value and matching_key(s)
                            and self._keeps(held, value, s)), value)
            if shorter == value:
                break
            value = shorter
        letters = re.findall(r"[^\W\d_]+", value)
        if not any(c.islower() for c in value) and sum(len(w) >= 4 for w in letters) >= 2:
            value = value.lower()   # capitals throughout say nothing of which words are names
        return value

    def _keeps(self, held: set[str], value: str, shorter: str) -> bool:
        """Whether `shorter` keeps every term of `held` that `value` holds, but a register's
        area code that is a term ("HSE: Workshop risk assessment") before an item that names
        terms of its own: the item is the skill, the code its heading."""
        kept = self._terms_in(shorter)
        lost = held - kept
        code = _AREA_CODE.match(value)
        return not lost or bool(code and kept and shorter == value[code.end():].strip()
                                and lost <= {matching_key(code.group(1))})

    def _terms_in(self, text: str) -> set[str]:
        """The taxonomy's terms (and declared or shared ambiguous terms) `text` holds."""
        terms = set()
        for piece in _PIECES.split(text):       # never across a separator
            words = _tokens(piece or "")
            terms |= {key for a in range(len(words))
                      for b in range(a + 1, min(len(words), a + 8) + 1)
                      for key in [" ".join(words[a:b])]
                      if key in self._fuzzy_keys or key in self._ambiguous}
        return terms

    def _without_category(self, text: str) -> str:
        """`text` less a first part that is only a heading before a separator, when the rest
        says more than a category: an HR system's own heading before any separator
        ("Technical Skills | X", "Core Competencies: X"), any category's words before a
        path step or " / " ("Laboratory\\X", "Life Sciences / X", "Imaging > X"), which no
        other rule reads as a category."""
        masked = _masked(text)
        first = _CATEGORY_PREFIX.search(masked)
        if first is None or first.start() == 0:
            return text
        head, rest = text[:first.start()], text[first.end():]
        words, more = set(_tokens(head)), set(_tokens(rest))
        heading = self._category_words | _HEADINGS if (     # a path's steps before the last
            _PATH.fullmatch(first.group(0)) or not _CATEGORY_SEPARATORS.fullmatch(  # only file
                first.group(0))) else _HEADINGS     # it; " / " is no other rule's
        if words and words <= heading and more and not more <= self._category_words:
            return rest.strip()
        return text

    def _match(self, text: str, *, suggested: bool = True) -> SkillMatch:
        value = self._value(text)
        resolution = self._resolve(value)
        if resolution.matched:
            (skill_id,) = resolution.skills
            if not self._by_a_word_alone(value, skill_id):
                return SkillMatch(skill_id, resolution.via, resolution.score)
        return SkillMatch(unreviewed_skill_id(text), "unreviewed", 0.0,     # the name as written
                          self._suggestions(value, None, max(3, len(resolution.skills)),
                                            resolution) if suggested else ())

    def _by_a_word_alone(self, text: str, skill_id: str) -> bool:
        """Whether `text` is filed under `skill_id` only by an English word it writes in lower
        case that the skill's acronym spells ("sweaty palm electrodes": PALM microscopy;
        "barring down after a blast": BLAST): the rest of the name, without it, is filed
        elsewhere or not."""
        acronyms = self._acronym_words[skill_id]
        if not acronyms:
            return False
        words = re.findall(r"[^\W_]+", text)
        lower = {word.casefold() for word in words if not word.isupper()} & acronyms
        if not lower:
            return False
        if any(len(term.split()) > 1 and set(term.split()) & lower
               and skill_id in self._fuzzy_keys.get(term, ()) for term in self._terms_in(text)):
            return False        # a longer term of the skill holds it ("aberration-corrected stem")
        rest = " ".join(word for word in words if word.casefold() not in lower)
        return not rest or self._resolve(self._value(rest)).skills != {skill_id}

    def _resolve(self, text: str) -> _Resolution:
        found = self._resolved(text)
        if not found.matched:
            found = self._criterion_head(text, found) or self._coordinated(text, found) or found
        if found.matched and found.via != "exact":
            skill_id = next(iter(found.skills))
            # an admin's curated alias files as the alias says, whatever its words' activity
            if self._spelled_out(text, skill_id) or not self._aliased(text) and (
                    not self._own_activity(text, found)
                    or self._manages_a_place(text, skill_id)):
                return _Resolution(found.skills)    # kept for review, the skill suggested
        return found

    def _aliased(self, text: str) -> bool:
        """Whether `text` is an admin's curated alias, keyed as :meth:`_resolve_tokens` reads
        one."""
        return (matching_key(text) in self._aliases
                or " ".join(_tokens(text, singular=True)) in self._aliases)

    def _manages_a_place(self, text: str, skill_id: str) -> bool:
        """Whether the name is the job of managing a place where the skill is done, and the
        skill is no management ("Proteomics Facility Manager", "Recording Studio Manager
        duties"): running a facility is budgets, staff and users, not its technique, so the
        name is reviewed, the skill suggested. A skill whose label says management files it
        ("Lab Manager"); so does an admin's curated alias (:meth:`_resolve`); a technician's
        duties are the technique's ("Darkroom Technician responsibilities")."""
        words = _tokens(text, singular=True)
        while words and words[-1] in _ROLE_TAIL:
            words.pop()
        return (len(words) >= 3 and words[-1] == "manager" and words[-2] in _PLACES
                and not {"manager", "management"} & set(_tokens(self.skills[skill_id].label)))

    def _criterion_head(self, text: str, found: _Resolution) -> _Resolution | None:
        """The skill a criterion's head names, when the rest only says what it is done in,
        on, under or with, what it is done to, or gives examples of it ("plant tissue culture
        under aseptic conditions", "bakeout of vacuum components", "grounds maintenance
        including mowing and hedge cutting"): the setting's words never outvote the head. A
        head that only holds the skill's term among words of its own ("sandwich ELISAs on
        serum") files it in a setting, never beside an object ("balance hydraulics of hot
        water systems"); a head ending in a generic activity never does when what follows may
        say the skill ("planned maintenance of building services plant"). Never when the
        setting names another skill in full (examples aside), holds an ambiguous term or says
        animals of a skill about people, nor when the whole name was narrowed to skills
        without the head's."""
        for cut in _SETTING.finditer(_masked(text)):
            head, tail = text[:cut.start()], text[cut.end():]
            head_words = _tokens(head)
            named = self._resolve(head) if head_words else _NOTHING
            if not named.matched:
                continue
            (skill_id,) = named.skills
            joint = " ".join(cut.group(0).split()).casefold()
            outright = named.via in ("exact", "synonym")
            if (joint == "of" or not outright) and head_words[-1] in _GENERIC_WORK:
                continue
            if not outright and (joint == "of" or not self._holds_term(head, skill_id)):
                continue
            if found.skills and skill_id not in found.skills:
                return None
            words = _tokens(tail)
            if self._tail_names_another(words, skill_id, examples=joint in _EXAMPLES) or (
                    set(words) & _ANIMAL_WORDS and not self._about_animals(skill_id)):
                return None
            if joint in _SCOPE and (self._resolve(tail).skills - named.skills or (
                    len(tail.split()) == 1 and tail.casefold() in english_words())):
                return None     # a record's scope that may name a skill, or a lone word that
                # names a kind ("pest control – biological" is biological pest control)
            elif joint == "of" and self._may_name_another(words, skill_id):
                return None     # what it is done to may name a kind of it: "mass
                # spectrometry of isotopes" is isotope ratio mass spectrometry
            return _Resolution(named.skills, "fuzzy", 85.0)
        return None

    def _coordinated(self, text: str, found: _Resolution) -> _Resolution | None:
        """The one skill both halves of "A and B" name, a word the writer left out supplied
        ("indoor and outdoor pest control": indoor pest control), or the skill of A when B
        is only another activity on A's object ("GC-MS method development and validation").
        Never when the halves name different skills ("MIG and TIG welding"), the object
        after two verbs is generic ("inspect and repair laboratory equipment"), the name is
        a longer list or a category's, nor when the whole name was narrowed to skills
        without it."""
        masked = _masked(text)
        joints = list(_AND.finditer(masked))
        if len(joints) != 1:
            return None
        start, end = joints[0].span()
        if _LIST.search(f"{masked[:start]} {masked[end:]}") or _CATEGORY_SEPARATORS.search(masked):
            return None
        first, second = text[:start], text[end:]
        outside = _tokens(_BRACKETS.sub(" ", second))
        if not _tokens(first) or not outside:
            return None
        left, right = self._resolve(first), self._resolve(second)
        shared = not left.matched and len(_tokens(first)) == 1 and len(_tokens(second)) > 1
        if shared:      # "domestic and commercial plumbing": domestic plumbing
            rest = outside[1:]
            if not rest or rest[-1] in _GENERIC:
                return None     # "maintain and repair vacuum equipment": the object says
            left = self._resolve(" ".join([first, *rest]))
        if not left.matched:
            return None
        later = set(outside) <= _GENERIC_WORK | _LATER_WORK
        if right.skills != left.skills and (right.skills or not (shared or later)):
            return None
        if found.skills and not left.skills <= found.skills:
            return None
        return _Resolution(left.skills, "fuzzy", 85.0)

    def _spelled_out(self, text: str, skill_id: str) -> bool:
        """Whether the name spells out an abbreviation of the skill as other words: an
        abbreviation in a bracket whose letters start the words before it is what those
        words say, and when the skill's own names and description say none of them it is
        another sense ("gunshot residue (GSR)" is no galvanic skin response)."""
        for found in _BRACKETS.finditer(text):
            inner = found.group(1).strip()
            if (not re.fullmatch(r"[A-Za-z][A-Za-z0-9&-]{1,9}", inner)
                    or sum(c.isupper() for c in inner) < 2
                    or skill_id not in self._synonym.get(matching_key(inner), ())):
                continue
            letters = [c.casefold() for c in inner if c.isalpha()]
            before = re.findall(r"[^\W_]+", text[:found.start()])
            for count in range(1, min(len(before), 2 * len(letters)) + 1):
                words = [w.casefold() for w in before[-count:]]
                if _initials(letters, words):
                    return not any(self._says_own(w, skill_id)
                                   for w in _tokens(" ".join(words), singular=True)
                                   if _specific(w))
        return False

    def _resolved(self, text: str) -> _Resolution:
        found = self._guarded(text, self._resolve_any(text))
        if not found.matched and 2 <= len(found.skills) <= 3:
            return self._told_apart(text, found)
        if not found.skills:
            named = self._named_terms(text)
            if 1 <= len(named) <= 3 and not set(_tokens(text, singular=True)) & _ACTIVITIES:
                # never "Python tutoring", "MRI scanner sales": the skill is the subject
                told = self._guarded(text, self._told_apart(text, _Resolution(named),
                                                            self._sharing(text)))
                if told.matched:
                    return told
        return found

    def _own_words(self, skill_id: str) -> set[str]:
        """The words the skill's own names, description, uses and family's name use (never
        its ESCO labels: a linked ESCO concept may be a neighbour's work on the same things)."""
        if skill_id not in self._own_said:
            skill = self.skills[skill_id]
            texts = (skill.label, skill.description, self._uses.get(skill_id, ""),
                     " ".join(self._family_words.get(skill.family, ())))
            self._own_said[skill_id] = self._vocabulary(skill_id) | {
                w for text in texts for mode in (None, True) for w in _tokens(text, singular=mode)}
        return self._own_said[skill_id]

    def _says_own(self, word: str, skill_id: str) -> bool:
        own = self._own_words(skill_id)
        return word in own or any(_derived(word, o) or (_kin(word, o) and min(len(word), len(o)) > 5)
                                  for o in own if o[:4] == word[:4])

    def _own_activity(self, text: str, found: _Resolution) -> bool:
        """Whether a name opening with a verb may file under the skill found.

        Testing or inspecting equipment ("test", "inspect", "check" ... "equipment",
        "instruments", "tools") is that testing, and overseeing people ("supervise",
        "oversee" ... "staff", "crew", "technicians") is that oversight: the name files only when the skill's
        own names or description say the activity ("test photographic equipment" is no
        photography; "inspect lifting equipment" is LOLER inspection). A name that is a linked ESCO label (a verb phrase) does not file
        when its object holds another skill's term that the skill's own names and
        description do not say ("maintain database security" is security work; "solder
        metal" is soldering). An admin's curated alias is not asked (:meth:`_resolve`)."""
        (skill_id,) = found.skills
        key, forced = matching_key(text), " ".join(_tokens(text, singular=True))
        raws = _BRACKETS.sub(" ", text).split()
        verb = raws[0].casefold() if len(raws) > 1 else ""
        noun = _verb_noun(verb) or _OVERSIGHT.get(verb) or _CHECKS.get(verb)
        object_words = _tokens(" ".join(raws[1:]), singular=True)
        upkeep = verb in _UPKEEP_VERBS and bool(object_words) and object_words[-1] in _EQUIPMENT
        oversight = verb in _OVERSIGHT and bool(object_words) and object_words[-1] in _PEOPLE
        if (upkeep or oversight) and noun is not None and not any(
                self._says_own(w, skill_id) for w in (*noun.split(), *_tokens(verb))):
            return False
        if (found.via == "fuzzy" and verb in _DISCIPLINE_VERBS and noun is not None
                and not any(self._said_of(w, skill_id) for w in (*noun.split(), *_tokens(verb)))):
            return False    # "test chemical samples" is no sample preparation
        if found.via == "synonym" and (key in self._esco or forced in self._esco) and not (
                key in self._synonym or forced in self._synonym):
            outside = " ".join(raws)
            for words in (_tokens(outside), _tokens(outside, singular=True)):
                if noun is not None:    # "solder metal": soldering's own term
                    words = [*noun.split(), *words[1:]]
                elif verb in _LEADING_VERBS or verb in _PROCESS:
                    words = words[1:]
                if any((a == 0 and noun is not None or b == len(words))  # the verb, the head
                       and skill_id not in owners and self._is_term(" ".join(words[a:b]))
                       and not all(self._says_own(w, skill_id) for w in words[a:b])
                       for a, b, owners in self._spans(words)):
                    return False
        return True

    def _told_apart(self, text: str, found: _Resolution,
                    sharing: frozenset[str] = frozenset()) -> _Resolution:
        """Of two or three skills the rules narrowed a name to, the one the taxonomy's own
        words (terms, ESCO labels, description, uses, family) say every specific word of
        the name about, when it says none of the others' ("cleanroom photolithography":
        photolithography is cleanroom work, cleanroom protocols involve no lithography;
        "SLA resin printers"). Words no skill is described by (a maker's name) tell
        nothing; a declared ambiguous term's own words tell nothing; a name listing
        things ("ICP-OES / ICP-MS", "X and Y") stays for review unless one term of the
        skill spans the list ("CI/CD pipelines")."""
        words = _tokens(text, singular=True)
        verb = text.split()[0].casefold() if len(text.split()) > 1 else ""
        if verb in _LEADING_VERBS or verb in _PROCESS or _verb_noun(verb) is not None or (
                verb.endswith("ing") and verb not in _ACTIVITIES and not set(_tokens(verb))
                & self._df.keys()):
            words = words[1:]   # "Collecting eye-tracking data": the verb frames the object
        padded = [f" {' '.join(_tokens(text, singular=mode))} " for mode in (None, True)]
        declared = {w for key in self._ambiguous if any(f" {key} " in p for p in padded)
                    for w in key.split()}
        in_terms = {w for tokens in (_tokens(text), words) for a, b, _ in self._spans(tokens)
                    if b - a > 1 and self._is_term(" ".join(tokens[a:b])) for w in tokens[a:b]}
        content = [w for w in dict.fromkeys(words) if w in in_terms or (
            _specific(w) and w not in declared and w not in _STUDIES)]
        specific = [w for w in content if self._said_of_any(w)]
        lowered = {w for raw in text.split() if raw.islower() for w in _tokens(raw, singular=True)}
        if not specific or any(w not in specific and w in lowered
                               for w in content):
            return found    # a common word the taxonomy says of no skill: "chess coaching"
        fits = [s for s in sorted(found.skills) if all(self._said_of(w, s) for w in specific)]
        if len(fits) != 1 or not self._one_item(text, fits[0]):
            return found
        if any(all(self._said_of(w, s) for w in specific) for s in sharing - set(fits)):
            return found    # "methods for testing PCBs": PCB assembly is said so as well
        if self._items_name_several(text, found.skills):
            return found        # "Microscopy (SEM, TEM)", "SEM - TEM": items naming two
        tokens = _tokens(text)
        if any(fits[0] not in owners and " ".join(tokens[a:b]) in self._abbreviations
               for a, b, owners in self._spans(tokens)):
            return found        # "SEM-EDS": a rival named by its own abbreviation
        return _Resolution(frozenset(fits), "fuzzy", 75.0)

    def _items_name_several(self, text: str, skills: frozenset[str]) -> bool:
        """The name lists items ("SEM, TEM", "AV & lecture capture") of which two or more
        each name one of `skills` by a term: each item is its own skill."""
        named = [{s for a, b, owners in self._spans(i) if self._is_term(" ".join(i[a:b]))
                  for s in owners} & skills for i in map(_tokens, _ITEMS.split(text)) if i]
        return sum(bool(n) for n in named) > 1 and len(set().union(*named)) > 1

    def _named_terms(self, text: str) -> frozenset[str]:
        """The skills whose terms the name holds in full (an activity's alone aside:
        "chess coaching" says what is coached)."""
        named: set[str] = set()
        for tokens in (_tokens(text), _tokens(text, singular=True)):
            for a, b, owners in self._spans(tokens):
                if (self._is_term(" ".join(tokens[a:b]))
                        and not set(tokens[a:b]) <= _ACTIVITIES):
                    named |= owners
        return frozenset(named)

    def _sharing(self, text: str) -> frozenset[str]:
        """The skills whose terms use a one-word term the name holds ("PCB": design and
        assembly alike): they may stop a match, never make one."""
        return frozenset(s for tokens in (_tokens(text), _tokens(text, singular=True))
                         for a, b, owners in self._spans(tokens)
                         if b - a == 1 and self._is_term(tokens[a])
                         for s in self._owners_of_word(tokens[a]))

    def _one_item(self, text: str, skill_id: str) -> bool:
        """The name is no list, or one of the skill's terms spans its separator."""
        outside = _BRACKETS.sub(" ", text)
        parts = [" ".join(_tokens(p)) for p in _LIST.split(outside) if _tokens(p)]
        if len(parts) < 2:
            return True
        whole = _tokens(outside)
        return any(skill_id in owners and self._is_term(key := " ".join(whole[a:b]))
                   and not any(f" {key} " in f" {part} " for part in parts)
                   for a, b, owners in self._spans(whole))

    def _about_animals(self, skill_id: str) -> bool:
        return (self.skills[skill_id].family == "animal"
                or bool(self._vocabulary(skill_id) & _ANIMAL_WORDS))

    def _guarded(self, text: str, found: _Resolution) -> _Resolution:
        """Two checks on a match the name's words were weighed for: a name that says
        animals ("first aid to animals") never means a skill only about people; a name
        holding an ambiguous term ("process blood samples") stays for review unless its
        other words fit one of the term's skills alone ("tail vein blood sampling")."""
        if found.via in ("exact", "synonym"):
            return found
        tokens = _tokens(text, singular=True)
        animal_words = set(tokens + _tokens(text)) & _ANIMAL_WORDS
        fits = frozenset(s for s in found.skills if not animal_words or self._about_animals(s))
        words = _tokens(text)       # "CDS" is no plural of "CD"
        padded = f" {' '.join(words)} "
        for key, options in self._declared.items():
            if f" {key} " not in padded:
                continue
            if len(options) == 1 and not found.skills:   # "TLS surveying", never "MS Office"
                (option,) = options
                rest = [w for w in words if w not in key.split() and w not in _GENERIC
                        and w not in _CONNECTORS and w not in _PROCESS]
                if rest and all(option in self._stem_owners_of(w) for w in rest):
                    return _Resolution(frozenset(options), "fuzzy", 85.0)
            if len(options) < 2:
                continue
            animals = bool(animal_words - set(key.split()))     # "FISH" is no animal
            allowed = {s for s in options if not animals or self._about_animals(s)}
            others = [w for w in words if w not in key.split() and w not in _CONNECTORS
                      and w not in _PROCESS and w not in _ANIMAL_WORDS
                      and self._stem_owners_of(w) & allowed]    # a word no option uses tells none
            explained = {s for s in allowed if all(s in self._stem_owners_of(w) for w in others)}
            if len(allowed) == 1 and (animals or explained == allowed) and fits <= allowed:
                return _Resolution(frozenset(allowed), "fuzzy", 85.0)
            if len(explained) == 1 and explained == fits:
                return found
            return _Resolution(frozenset(allowed) | fits)
        if fits == found.skills:
            return found
        return _Resolution(fits)

    def _resolve_any(self, text: str) -> _Resolution:
        path = _split_outside_brackets(_PATH, text)
        if len(path) > 1:
            return self._resolve_path(path)
        parts = _split_outside_brackets(_CATEGORY_SEPARATORS, text)
        if len(parts) > 1:
            # "Molecular biology – qPCR", "Microscopy: confocal"; never a dash in a bracket
            found = [self._resolve_brackets(p) for p in parts]
            both = frozenset(s for r in found if r.matched for s in r.skills)
            if len(both) > 1 and found[-1].via not in ("exact", "synonym"):
                # "Sound engineering – live mixing desk": a skill, then a detail that only
                # resembles another skill (an area, then the skill, names it outright: "Flow
                # cytometry – cell sorting"); which comes first is each HR system's habit
                whole = self._resolve_brackets(text)    # a dash may join one term ("GC — MS")
                return whole if whole.via in ("exact", "synonym") else _Resolution(both)
            named = [r for r in found if r.skills]
            if (len(named) == 1 and named[0].matched
                    and all(set(_tokens(p)) <= self._category_words
                            for p, r in zip(parts, found) if not r.skills)):
                return _Resolution(named[0].skills, "fuzzy", min(named[0].score, 95.0))
            framed = self._framed(parts, found)
            if framed.matched:
                return framed
            whole = self._resolve_brackets(text)
            if whole.matched and any(
                    not set(_tokens(p)) & (self._vocabulary(next(iter(whole.skills)))
                                           | self._category_words) for p in parts):
                return _Resolution(whole.skills)    # "Basket weaving – qPCR": a part is other
            return whole
        return self._resolve_brackets(text)

    def _resolve_path(self, path: list[str]) -> _Resolution:
        """A competency library's path, broadest first ("Life Sciences > Imaging > Confocal
        Microscopy"): the last step is the skill, the steps before it only file it. The last
        step's skill stands unless a step before it names another skill and the last step
        does not name its own outright ("Welding > Soldering Practice": both, for review)."""
        leaf = self._resolve_any(path[-1])
        if not leaf.matched:
            return leaf if leaf.skills else self._resolve_any(" ".join(path))
        others = frozenset(s for p in path[:-1] for r in [self._resolve_brackets(p)]
                           if r.matched for s in r.skills) - leaf.skills
        if others and leaf.via not in ("exact", "synonym"):
            return _Resolution(leaf.skills | others)
        return leaf

    def _framed(self, parts: list[str], found: list[_Resolution]) -> _Resolution:
        """An HR system's "Area – skill" where the area is itself a skill: the skill
        named after it when the taxonomy relates the two ("flow cytometry – cell
        sorting"), an area written in words, not two abbreviations of peers ("HPLC –
        GC"); or the one skill named, when the taxonomy says every specific word of the
        other part about it ("gas chromatography – flame ionisation detection")."""
        if len(parts) == 2 and all(r.matched for r in found) and any(
                c.islower() for c in parts[0]):     # "HPLC – GC" lists two peers
            area, skill = (next(iter(r.skills)) for r in found)
            if area != skill and (area in self.skills[skill].related
                                  or skill in self.skills[area].related):
                return _Resolution(found[1].skills, "fuzzy", min(found[1].score, 90.0))
        named = [r for r in found if r.skills]
        if len(named) != 1 or not named[0].matched:
            return _NOTHING
        (skill_id,) = named[0].skills
        rest = [w for p, r in zip(parts, found) if not r.skills for w in _tokens(p, singular=True)
                if _specific(w)]
        if rest and all(self._said_of(w, skill_id) for w in rest):
            return _Resolution(named[0].skills, "fuzzy", min(named[0].score, 90.0))
        return _NOTHING

    def _resolve_brackets(self, text: str) -> _Resolution:
        brackets = _BRACKETS.findall(text)
        if brackets:
            outside = self._resolve_plain(_BRACKETS.sub(" ", text))
            resolved = [self._resolve_plain(b) for b in brackets]
            inside = [r if r.via in ("exact", "synonym") else _NOTHING for r in resolved]
            if outside.matched and self._gloss_disagrees(text, outside):
                return _Resolution(outside.skills | {s for *_, s in self._scored(
                    _tokens(" ".join(brackets), singular=True))[:1]})
            if outside.matched:
                words = set(_tokens(_BRACKETS.sub(" ", text)))
                for part in inside:     # "Welding (TIG)": the bracket names a kind of it
                    if (part.matched and part.skills != outside.skills
                            and words <= self._vocabulary(next(iter(part.skills)))):
                        return _Resolution(part.skills, "fuzzy", 95.0)
                others = frozenset(s for r in inside for s in r.skills) - outside.skills
                if outside.via != "exact":      # a synonym, or looser: the bracket may name
                    others |= self._related_named(outside.skills, resolved)   # its other sense
                if others:          # "Pattern making (foundry)": the bracket names another
                    return _Resolution(outside.skills | others)
                return outside
            named = frozenset(s for part in inside if part.matched for s in part.skills)
            if len(outside.skills) > 1 and not named:    # "Glassblowing (scientific)":
                # the bracket repeats the words of one candidate's label
                words = {w for b in brackets for w in _tokens(b)}
                fits = [s for s in outside.skills if words and words <= set(_tokens(self.skills[s].label))]
                if len(fits) == 1:
                    return _Resolution(frozenset(fits), "fuzzy", 90.0)
            if len(named) == 1 and (not outside.skills or named <= outside.skills) and not (
                    self._items_name_several(_BRACKETS.sub(" ", text), outside.skills)) and (
                    outside.skills or self._outside_fits(text, next(iter(named)))
                    or any(matching_key(b) in self._abbreviations for b in brackets)):
                return _Resolution(named, "fuzzy", 95.0)    # never "AV & lecture capture
                # (Panopto)": the bracket picks no one of the skills the items name
            if outside.skills or named:
                return _Resolution(outside.skills | named)
        return self._resolve_plain(text)

    def _outside_fits(self, text: str, skill_id: str) -> bool:
        """The words outside a bracket that named `skill_id` are said of it, or of no skill
        ("metabolic cages (Promethion)": cages are no part of nanopore sequencing)."""
        words = [w for w in _tokens(_BRACKETS.sub(" ", text), singular=True) if _specific(w)]
        return all(self._said_of(w, skill_id) or not self._said_of_any(w) for w in words)

    def _gloss_disagrees(self, text: str, outside: _Resolution) -> bool:
        """A lone abbreviation glossed in a bracket by words its skill's terms do not use
        ("ML (computer programming)" is the ML language, not machine learning): the gloss
        says which sense is meant, and it is not the one the abbreviation was matched to."""
        words = _tokens(_BRACKETS.sub(" ", text))
        if len(words) != 1 or words[0] not in self._abbreviations:
            return False
        (skill_id,) = outside.skills
        vocabulary = {u for term in self._terms[skill_id] for u in term} | self._vocabulary(
            skill_id)
        inside = [w for b in _BRACKETS.findall(text) for raw in b.split() if raw.islower()
                  for w in _tokens(raw, singular=True)     # not a maker ("Waters Acquity")
                  if w not in _CONNECTORS and not w.isdigit() and not self._unknown(w)]
        return any(not any(_derived(w, u) or _same_stem(w, u) for u in vocabulary)
                   for w in inside)

    def _related_named(self, skills: frozenset[str], brackets: list[_Resolution]
                       ) -> frozenset[str]:
        """The skills related to `skills` that a bracket names by any stage: "soil testing"
        is soil analysis, but "(triaxial & shear box)" names its neighbour, geotechnical
        testing."""
        (skill_id,) = skills
        return frozenset(s for r in brackets if r.matched for s in r.skills
                         if s != skill_id and (s in self.skills[skill_id].related
                                               or skill_id in self.skills[s].related))

    def _resolve_plain(self, text: str, *, reduced: bool = False) -> _Resolution:
        tokens, forced = _tokens(text), _tokens(text, singular=True)
        found = self._resolve_tokens(tokens, forced)
        plain = _tokens(text, singular=False)[:1]      # "samples" is no verb "sample"
        noun = _verb_noun(tokens[0]) if len(tokens) > 1 and plain == tokens[:1] else None
        if not found.matched and noun is not None:  # "calibrate X" -> "X calibration"
            as_noun = self._resolve_tokens([*tokens[1:], noun], [*forced[1:], noun])
            if tokens[0] in _PROCESS and as_noun.score < 90:
                as_noun = _NOTHING      # "maintaining records" is no named "record maintenance"
            if as_noun.matched or not found.skills:
                found = as_noun
        if not found.skills and set(forced) & _ANIMAL_WORDS - {"animal"}:
            named = self._resolve_tokens(*(["animal" if w in _ANIMAL_WORDS else w for w in t]
                                           for t in (tokens, forced)))
            if named.matched and named.via in ("exact", "synonym"):   # "cattle handling"
                return _Resolution(named.skills, "fuzzy", 90.0)
        if not found.skills and not reduced:
            reduction = self._without_unknown_words(text)
            if reduction is not None:   # "Growing organoids", "Agilent 7900 ICP-MS"
                rest, known = reduction
                shorter = self._resolve_plain(rest, reduced=True)
                if shorter.matched and all(any(     # "Installing exhibitions"
                        len(w) >= 5 and v.startswith(w[:5])
                        for v in self._vocabulary(next(iter(shorter.skills))))
                        for word in known for w in _tokens(word)):
                    return _Resolution(shorter.skills, "fuzzy", min(shorter.score, 90.0))
        corrected = None if found.matched or reduced else self._slips_corrected(text)
        if corrected is not None:   # "Cermaics studio", "confocal microscopey training"
            again = self._resolve_plain(corrected)
            if again.matched:
                return _Resolution(again.skills, "fuzzy", min(again.score, 90.0))
            if again.skills and not found.skills:
                return again
        if not found.skills and not reduced:
            return self._placed(text) or self._head_of(text)
        return found

    def _placed(self, text: str) -> _Resolution | None:
        """The skill a name's head names whole when what follows "for the", "in the", "at the"
        or "on the" is where or on what it is done ("Risk assessments for the melt shop",
        "Fire marshal for the foundry"): the place may hold another skill's words, never an
        ambiguous term; a head that is an activity on something else ("Training", "Induction")
        names nothing. None when the name is no such head and place."""
        split = _PLACE.search(text)
        if split is None:
            return None
        head, place = text[:split.start()], text[split.end():]
        words = _tokens(head)
        if not words or not _NO_HEAD.isdisjoint(words):
            return None
        found = self._resolve_tokens(words, _tokens(head, singular=True))
        if not found.matched or found.via not in ("exact", "synonym") or (
                self._tail_names_another(_tokens(place), next(iter(found.skills)),
                                         examples=True)):
            return None
        return _Resolution(found.skills, "fuzzy", 85.0)

    def _slips_corrected(self, text: str) -> str | None:
        """`text` with each word that is a typing slip of one word of the taxonomy's terms
        written as that word ("Cermaics studio" -> "ceramics studio", "husbandary",
        "Spectrophotmetry", "kjeldhal"); None when no word is. A slip is one letter added,
        dropped or changed, or two neighbours swapped, in a word of six letters or more that
        no dictionary and no term holds, whose first letter stays and which is one such slip
        from exactly one word of the terms (a changed letter only in a word of eight or
        more: "nanofab" is no "nanolab"); never an English word's inflection ("welded",
        "trailed", "weaning": a dictionary lists the stem) or a code ("PT100s")."""
        changed = False

        def corrected(match: re.Match[str]) -> str:
            nonlocal changed
            words = _tokens(match.group(0))
            slip = self._slip_of(words[0]) if len(words) == 1 else None
            if slip is None:
                return match.group(0)
            changed = True
            return slip

        value = re.sub(r"[^\W\d_]+(?:['’][^\W\d_]+)*", corrected, text)
        return value if changed else None

    @cached_property
    def _slip_words(self) -> dict[str, list[str]]:
        """The taxonomy's term words a slip may be of (five letters or more), by first letter."""
        words: dict[str, list[str]] = defaultdict(list)
        for known in self._df:
            if len(known) >= 5 and known.isalpha():
                words[known[0]].append(known)
        return words

    def _slip_of(self, word: str) -> str | None:
        """The one word of the taxonomy's terms `word` is a typing slip of (see
        :meth:`_slips_corrected`), or None."""
        if len(word) < 6 or not word.isalpha() or word in self._df or _dictionary_word(word):
            return None
        near = [known for known in self._slip_words.get(word[0], ())
                if abs(len(known) - len(word)) <= 1 and OSA.distance(word, known) == 1
                and (len(known) != len(word) or len(word) >= 8
                     or sorted(known) == sorted(word))]
        return near[0] if len(near) == 1 else None

    def _head_of(self, text: str) -> _Resolution:
        """The skill a name's head names when its tail only says where, what on or for
        whom ("Operating the TEM for facility users", "Deploying CTDs at sea"); never
        when the tail names another skill ("Genotyping mice by PCR")."""
        for split in _TAIL.finditer(text):
            head, tail = text[:split.start()], text[split.end():]
            found = self._resolve_plain(head, reduced=False) if _tokens(head) else _NOTHING
            if not found.matched:
                continue
            (skill_id,) = found.skills
            if not self._holds_term(head, skill_id):
                continue    # the head holds none of the skill's terms: a guess by stems
            words = _tokens(tail)
            if self._tail_names_another(words, skill_id) or self._may_name_another(words,
                                                                                    skill_id):
                return _NOTHING
            return _Resolution(found.skills, "fuzzy", min(found.score, 85.0))
        return _NOTHING

    def _holds_term(self, head: str, skill_id: str) -> bool:
        """Whether `head` holds one of the skill's terms, as written or singular: a head
        that named the skill only by stems is a guess (:meth:`_head_of`,
        :meth:`_criterion_head`)."""
        return any(skill_id in owners and self._is_term(" ".join(words[a:b]))
                   for words in (_tokens(head), _tokens(head, singular=True))
                   for a, b, owners in self._spans(words))

    def _tail_names_another(self, words: list[str], skill_id: str, *,
                            examples: bool = False) -> bool:
        """Whether a head's tail holds an ambiguous term, or a term of a skill other than
        `skill_id` (examples after "including" or "such as" may: they are of the head's
        skill)."""
        padded = f" {' '.join(words)} "
        if any(f" {term} " in padded for term in self._ambiguous):
            return True
        return not examples and any(skill_id not in owners and self._is_term(" ".join(words[a:b]))
                                    for a, b, owners in self._spans(words))

    def _may_name_another(self, words: list[str], skill_id: str) -> bool:
        """A word of `words` that a few other skills' terms use, by stem, and the skill's do
        not: it may name one of them ("isotopes" of isotope ratio mass spectrometry)."""
        own = self._vocabulary(skill_id)
        return any(word not in _GENERIC and word not in _CONNECTORS and owners
                   and skill_id not in owners and word not in own and len(owners) < 6
                   for word in words for owners in [self._stem_owners_of(word)])

    def _unknown(self, raw: str) -> bool:
        """A word no skill's terms use, in any inflection: it says nothing about which."""
        words = _tokens(raw, singular=True)
        return bool(words) and not any(
            _derived(w, o) for w in words
            for o in (*self._by_prefix.get(w[:4], ()), *self._score_prefix.get(w[:4], ())))

    def _without_unknown_words(self, text: str) -> tuple[str, list[str]] | None:
        """`text` less the words that cannot say which skill it means, and the dropped
        words some skill's terms use (for :meth:`_resolve_plain` to keep the rest only if
        the skill found explains them): the leading verbs ("Growing organoids", "Cleaning
        and sterilising cages", "fix faulty electronics") and, in a name that also holds
        a model code or two such words, the maker's and model's names ("Agilent 7900
        ICP-MS", "Anton Paar rheometer", "Malvern Zetasizer": a proper name of a skill)
        unknown to every skill's terms (ESCO labels
        included); the first word of a sentence-case name stays ("Spanish speaker").
        None when nothing is dropped."""
        raws = [r for r in text.split() if _tokens(r)]
        if len(raws) < 2:
            return None
        unknown = [self._unknown(r) for r in raws]
        drop: set[int] = set()
        position = 0
        while position < len(raws) - 1:     # "Installing and supporting", "fix"
            word = raws[position].casefold().strip(",")
            if word in _OTHER_ACTIVITY or not (word in _LEADING_VERBS or word in _PROCESS
                                                or (word.endswith("ing") and len(word) > 5)):
                break
            drop.add(position)
            position += 1
            if (position < len(raws) - 2 and raws[position].casefold() in ("and", "&", "or")
                    and raws[position + 1][:1].isalpha()):
                following = raws[position + 1].casefold()
                if following not in _OTHER_ACTIVITY and (
                        following in _LEADING_VERBS or following in _PROCESS
                        or following.endswith("ing")):
                    drop.add(position)
                    position += 1
        coded = [any(c.isdigit() for c in r) or sum(c.isupper() for c in r) > 1 for r in raws]
        title_case = all(r[:1].isupper() for r in raws if r[:1].isalpha() and len(r) > 3)
        # In a Title Case name ("Radon Measurements In Buildings") a capital marks no maker
        # on an English word: a code, or a word no dictionary has ("Profoto"), may be one
        capitalised = [i for i, r in enumerate(raws) if unknown[i] and r[:1].isupper()
                       and (coded[i] or not title_case or r.casefold() not in english_words())]
        model = any(coded[i] or (i > 0 and r[:1].isupper()
                                 and set(_tokens(r)) <= self._proper_words)
                    for i, r in enumerate(raws))
        sentence_case = all(r[:1].islower() for r in raws[1:])
        if model or len(capitalised) > 1:
            drop |= {i for i in capitalised if i > 0 or not sentence_case}
            drop |= {i for i, r in enumerate(raws) if r.isdigit()}
        rest = [r for i, r in enumerate(raws) if i not in drop]
        if not drop or not rest or all(w in _CONNECTORS for r in rest for w in _tokens(r)):
            return None
        known = [raws[i] for i in sorted(drop) if not unknown[i]
                 and not set(_tokens(raws[i])) <= (_PROCESS | _CONNECTORS)]
        return " ".join(rest), known

    def _resolve_tokens(self, tokens: list[str], forced_tokens: list[str]) -> _Resolution:
        key = " ".join(tokens)
        if not key:
            return _NOTHING
        forced = " ".join(forced_tokens)
        for candidate in (key, forced):
            if candidate in self._aliases:
                return _Resolution(frozenset({self._aliases[candidate]}), "synonym", 100.0)
        if key in self._ambiguous:
            return _Resolution(frozenset(self._ambiguous[key]))
        for table, via in ((self._exact, "exact"), (self._synonym, "synonym")):
            for candidate in (key, forced):
                if candidate in table:
                    return _Resolution(frozenset(table[candidate]), via, 100.0)
        for candidate in (key, forced):
            if candidate in self._esco:
                return _Resolution(frozenset({self._esco[candidate]}), "synonym", 100.0)
        compact = "".join(tokens)
        if compact in self._compact:
            return _Resolution(frozenset(self._compact[compact]), "synonym", 100.0)
        loose = _strip_qualifiers(tokens)
        if loose and loose != tokens:
            for shorter in _shortenings(tokens):    # the longest known name first
                shorter_key = " ".join(shorter)
                if shorter_key in self._ambiguous:
                    return _Resolution(frozenset(self._ambiguous[shorter_key]))
                owners = self._exact.get(shorter_key) or self._synonym.get(shorter_key)
                if owners:
                    return _Resolution(frozenset(owners), "fuzzy", 95.0)
            loose_key = " ".join(loose)
            if self._specific(loose) and loose_key in self._loose:
                return _Resolution(frozenset(self._loose[loose_key]), "fuzzy", 95.0)
        elif key in self._loose and self._specific(tokens):
            return _Resolution(frozenset(self._loose[key]), "fuzzy", 95.0)
        # "testing of materials" is materials testing; nouns merely reordered change the
        # head: "electrophoresis gels" are no gel electrophoresis
        for bag in ((_bag(tokens), _bag(forced_tokens)) if set(tokens) & _CONNECTORS else ()):
            if len(bag.split()) > 1 and bag in self._bags:
                return _Resolution(frozenset(self._bags[bag]), "fuzzy", 95.0)
        fuzzy = self._fuzzy(key)
        if fuzzy.skills:
            return fuzzy
        embedded = self._embedded(tokens)
        if embedded.skills:
            return embedded
        explained = self._stem_explained(forced_tokens)
        if explained.matched:
            return explained
        if len(explained.skills) == 1:
            return explained    # two words of one skill's different terms: no score files it
        scored = self._best_scored(forced_tokens)
        if explained.skills and not (scored.matched and scored.skills <= explained.skills):
            return explained    # several skills use every word, and the score cannot tell
        if not scored.skills:
            return self._modified(tokens, forced_tokens)
        return scored

    def _stem_owners_of(self, word: str) -> frozenset[str]:
        """Skills with a word of the same stem as `word` among their terms (read once per
        word and taxonomy: the matcher's copies share the memo)."""
        owners = self._stem_memo.get(word)
        if owners is None:
            owners = self._stem_memo[word] = frozenset(
                self._word_owners.get(word, ()) if len(word) < 4 else
                {s for other in self._by_prefix.get(word[:4], ()) if _same_stem(word, other)
                 for s in self._word_owners[other]})
        return owners

    def _family_members_of(self, word: str) -> frozenset[str]:
        """The skills of every family whose name holds a word of `word`'s stem."""
        members = self._family_memo.get(word)
        if members is None:
            members = self._family_memo[word] = frozenset(
                s for f, fw in self._family_words.items()
                if any(_same_stem(word, x) for x in fw) for s in self._family_members[f])
        return members

    def _stem_explained(self, tokens: list[str]) -> _Resolution:
        """The one skill whose terms, by stem, use every specific word of the name
        ("edit photographs" = photo editing, "provide anaesthetics to animals" =
        animal anaesthesia); the family's name may explain one word. Several: ambiguous."""
        words = [w for w in dict.fromkeys(tokens) if w not in _GENERIC and w not in _CONNECTORS]
        if len(words) < 2 or set(words) <= self._category_words:   # "Surgery", "animal work"
            return _NOTHING
        phrase = " ".join(words)
        if any(key != phrase for key in self._terms_holding(phrase)):
            return _NOTHING     # a fragment of a longer term ("quality assurance")
        own = [self._stem_owners_of(w) for w in words]
        by_family = [self._family_members_of(w) for w in words]
        candidates = set().union(*own)
        full = set()
        for skill_id in candidates:
            missing = [i for i, owners in enumerate(own) if skill_id not in owners]
            if not missing or (len(missing) == 1 and len(words) > 1
                               and skill_id in by_family[missing[0]]):
                full.add(skill_id)
        rivals = {s for start, end, owners in self._spans(tokens) if not owners & full
                  and (self._is_term(" ".join(tokens[start:end]))      # another skill's name
                       or not full & self._stem_owners_of(tokens[start]))
                  for s in owners}
        if len(full) == 1 and not rivals:
            (skill_id,) = full
            if not any(_derived(w, u) for w in words for u in self._vocabulary(skill_id)):
                return _NOTHING     # stems alone: "electron microprobe" is no "micro:bit"
            if self._part_of_one_term(words, skill_id):
                return _NOTHING     # "Collecting data": part of "cryo-EM data collection"
            if len(words) == 2 and not self._one_term_holds(words, skill_id) and not any(
                    self._stem_owners_of(w) == {skill_id} for w in words):
                return _Resolution(frozenset(full))     # "herd records", "carbon audits"
            return _Resolution(frozenset(full), "fuzzy", 85.0)
        return _Resolution(frozenset(full | rivals) if full else frozenset())

    def _one_term_holds(self, words: list[str], skill_id: str) -> bool:
        """Whether one of the skill's terms (ESCO labels included) uses every word, by stem.
        Two words that two different terms of a skill use are a coincidence of its
        vocabulary, not its name ("herd records": "dairy herd" and "milk recording";
        "carbon audits", "tick colony", "magnet design"): the pair is reviewed, the skill
        suggested, unless one of the two is a word of this skill's terms alone ("salmon
        husbandry": the other word only qualifies it). A longer name whose words a skill's
        terms all use is less often chance."""
        return any(all(any(_same_stem(w, u) for u in term) for w in words)
                   for term in self._terms.get(skill_id, ()))

    def _part_of_one_term(self, words: list[str], skill_id: str) -> bool:
        """Every word of the name, by stem, in one term of the skill that has specific
        words the name lacks, and no term of the skill made of the name's words alone: the
        name is what that term is about, not the term ("collecting data" of "cryo-EM data
        collection")."""
        terms = [[w for w in key.split() if w not in _GENERIC and w not in _CONNECTORS]
                 for key, owners in self._fuzzy_keys.items() if skill_id in owners]
        covers = [t for t in terms if all(any(_same_stem(w, u) for u in t) for w in words)]
        return bool(covers) and all(
            any(not any(_same_stem(u, w) for w in words) for u in t) for t in covers)

    # Calibrated on the bench's development parts (dev, heldout, heldout2), never heldout3.
    score_threshold = 0.75
    score_name_share = 0.70
    score_margin = 0.15
    # A word no skill's terms use says which skill no more than a common word: half its
    # idf (the development parts, heldout3 included: recall up, precision unchanged).
    score_unknown_weight = 0.5

    def _phrase_words(self, tokens: list[str]) -> list[str]:
        """The words that weigh, once each; "set" only when it is not "set up" (a stage
        set is "set building", "set up the lathe" is no set)."""
        kept = [w for i, w in enumerate(tokens) if not (
            w in ("set", "setting") and tokens[i + 1:i + 2] == ["up"])]
        return [w for w in dict.fromkeys(kept) if self._weight(w) > 0]

    def _scored(self, tokens: list[str]) -> list[tuple[float, float, float, str]]:
        """Skills ranked by how well their terms explain the name, words weighted by idf:
        (score, share of the name's words the skill's terms use, the largest share of one
        of its terms that the name uses, skill id); score is their harmonic mean. A term's
        share is the smaller of its words' idf and their weight (generic words a quarter):
        a name holding a term's verb and generic words but not its specific word ("solving
        problems" of "solve helpdesk problems") uses little of it."""
        words = self._phrase_words(tokens)
        weights = {w: self._weight(w) for w in words}
        total = sum(weights.values())
        if not words or total <= 0:
            return []
        forms = {w: {o for o in self._score_prefix.get(w[:4], ()) if _derived(w, o)}
                 for w in words}
        present = set().union(*forms.values())
        touched: dict[str, set[int]] = defaultdict(set)
        for word in present:
            for skill_id, index in self._word_terms.get(word, ()):
                touched[skill_id].add(index)
        ranked = []
        for skill_id, indices in touched.items():
            vocabulary = self._term_words[skill_id]
            name_share = sum(weights[w] for w in words if forms[w] & vocabulary) / total
            stats = self._term_stats[skill_id]
            term_share = max(min(sum(idf for u, idf, _ in term if u in present) / idf_total,
                                 sum(weight for u, _, weight in term if u in present)
                                 / weight_total)
                             for term, idf_total, weight_total in (stats[i] for i in indices))
            score = 2 * name_share * term_share / (name_share + term_share)
            ranked.append((round(score, 4), name_share, term_share, skill_id))
        return sorted(ranked, reverse=True)

    def _best_scored(self, tokens: list[str]) -> _Resolution:
        """The top-scored skill when it explains the name well and clearly beats the
        second; two close skills are both kept for review."""
        ranked = self._scored(tokens)
        if not ranked:
            return _NOTHING
        score, name_share, _, skill_id = ranked[0]
        words = self._phrase_words(tokens)
        if len(words) == 1 and len(ranked) > 1:
            return _NOTHING     # one word several skills use ("Sequencing", "mice")
        if len(words) == 1 and not any(_derived(words[0], term[-1])
                                       for term in self._terms[skill_id]):
            return _NOTHING     # a term's modifier, derived: "colorimetry" of "colorimetric
            # assays" (a term's head is the skill: "taxidermist" of "taxidermy")
        if set(words) <= _SCORING_GENERIC:
            return _NOTHING     # generic words alone say no skill ("machine operation")
        if self._one_shared_word(words, skill_id):
            return _NOTHING
        phrase = self._core(tokens)
        own_name = bool(set(phrase.split()) & self._naming_words[skill_id])
        if phrase not in self._cores and any(not (
                own_name and self._fuzzy_keys[key] == {skill_id})
                for key in self._terms_holding(phrase)):
            return _NOTHING     # a fragment of a longer term ("quality assurance"), unless
            # of the skill's own terms and holding its name ("HPC cluster", "cryo-EM grids")
        if score < self.score_threshold or name_share < self.score_name_share:
            return _NOTHING
        if self._modifier_only(tokens):
            return _NOTHING     # "natural history" of "natural history collections"
        if self._head_reversed(tokens, skill_id):
            return _NOTHING     # "electrophoresis gels" are what gel electrophoresis runs
        head = list(itertools.takewhile(lambda w: w not in _CONNECTORS, tokens))
        if any(w in _ACTIVITIES and w not in self._score_owners_of(skill_id) for w in head):
            return _NOTHING     # "MRI scanner sales": the skill is what is sold or taught
            # (a purpose after "for" is no subject: "edit video for teaching")
        rivals = {r[3] for r in ranked[1:] if score - r[0] < self.score_margin}
        own = self._vocabulary(skill_id)
        rivals |= {s for start, end, owners in self._spans(tokens) if skill_id not in owners
                   and self._is_term(" ".join(tokens[start:end]))
                   and not set(tokens[start:end]) <= own for s in owners}
        rivals |= self._items_of_others(tokens, skill_id)
        if rivals:      # close behind, or named in full ("UV-vis/fluorescence spectroscopy")
            return _Resolution(frozenset({skill_id, *rivals}))
        return _Resolution(frozenset({skill_id}), "fuzzy", round(60 + 30 * score, 1))

    def _head_reversed(self, tokens: list[str], skill_id: str) -> bool:
        """The name is a term of the skill in another order (:func:`_head_moved`)."""
        words = [w for w in tokens if w not in _GENERIC]
        return not set(tokens) & _CONNECTORS and any(
            set(term) == set(words) and _head_moved(words, list(term))
            for term in self._terms[skill_id])

    def _items_of_others(self, tokens: list[str], skill_id: str) -> set[str]:
        """The skills other than `skill_id` that an item of a list ("X and Y") names by
        one of their terms, the whole item: each item is its own skill, even when the
        skill's terms mention the other's ("PCR & agarose gel electrophoresis")."""
        items: list[list[str]] = [[]]
        for word in tokens:
            if word in ("and", "or"):
                items.append([])
            else:
                items[-1].append(word)
        if len(items) < 2:
            return set()
        named = (self._exact.get(key) or self._synonym.get(key) or set()
                 for key in (" ".join(item) for item in items if item))
        return {s for owners in named if skill_id not in owners for s in owners}

    def _score_owners_of(self, skill_id: str) -> set[str]:
        """The words of the skill's scoring terms (ESCO labels included)."""
        return self._term_words.get(skill_id, set())

    def _one_shared_word(self, words: list[str], skill_id: str) -> bool:
        """The name's one specific word is used by other skills' terms too, and the skill's
        terms use none of its generic words: nothing says it is this skill ("sterilise
        working environment": sterilising is autoclaving and sterile services alike)."""
        specific = [w for w in words if w not in _SCORING_GENERIC]
        if len(specific) != 1:
            return False
        owners = {s for f in self._score_prefix.get(specific[0][:4], ())
                  if _derived(specific[0], f) for s in self._score_owners[f]}
        vocabulary = {u for term in self._terms[skill_id] for u in term}
        return len(owners) > 1 and not any(
            _derived(w, u) for w in words if w in _SCORING_GENERIC for u in vocabulary)

    def _modified(self, tokens: list[str], forced_tokens: list[str]) -> _Resolution:
        """One skill's term (or the one word that names it alone, "zebrafish") with words
        that name no other skill: a kind, an object or a maker ("sandwich ELISA", "handheld
        XRF", "corporate video production", "SMD rework station"). Never when the name
        holds another skill's term, another skill's head word ("mechanical" of mechanical
        testing), a list's item that is another skill's term ("PCR & gel
        electrophoresis"), a word only the skill's siblings use ("plastic welding") or an activity
        whose subject the rest may be ("Archery coaching"); nor when the idf-weighted score
        puts another skill first, or close by a word outside the term ("NMR" brings
        superconducting magnets close to "NMR spectrometer maintenance": no rival)."""
        spans = self._spans(tokens)
        terms = [(a, b, owners) for a, b, owners in spans
                 if (self._is_term(" ".join(tokens[a:b]))
                     and not (b - a == 1 and tokens[a] in self._homonyms))
                 or (b - a == 1 and len(owners) == 1     # "zebrafish" of "zebrafish facility",
                     and tokens[a] in self._own_heads[next(iter(owners))]
                     and tokens[a] not in english_words())]   # never "structural", "people"
        owners = frozenset(s for _, _, found in terms for s in found)
        if len(owners) != 1:
            return _NOTHING
        (skill_id,) = owners
        own = self._vocabulary(skill_id)
        inside = {i for a, b, _ in terms for i in range(a, b)}
        if {tokens[i] for i in inside} <= _ACTIVITIES:
            return _NOTHING         # "Archery coaching": the other words say what is taught
        if self._one_shared_word(self._phrase_words(forced_tokens), skill_id):
            return _NOTHING
        if self._items_of_others(tokens, skill_id):
            return _NOTHING     # "PCR & gel electrophoresis": an item naming another skill
        family = self._family_members[self.skills[skill_id].family]
        for i, word in enumerate(tokens):
            if (i in inside or word in own or word in _GENERIC or word in _CONNECTORS
                    or word in _PROCESS or word.isdigit()):
                continue
            others = self._stem_owners_of(word) - {skill_id}
            if (word in self._proper_words and word not in english_words() and len(others) > 1
                    and not others <= family):
                continue    # a name several skills beyond the family use, a maker ("Leica
                # total station") or a shared method ("by PCR"), names none of them alone
            if (word in _ACTIVITIES or any(word in self._heads_beside[s] for s in others)
                    or (others and others <= family)):    # "plastic welding": a sibling's kind
                return _NOTHING
        ranked = self._scored(forced_tokens)
        if not ranked or ranked[0][3] != skill_id:
            return _NOTHING
        named = {tokens[i] for i in inside}
        for score, _, _, rival in ranked[1:]:
            if ranked[0][0] - score >= self.score_margin:
                break
            if not all(any(_derived(w, n) for n in named) for w in self._phrase_words(
                    forced_tokens) if w not in _GENERIC
                    and any(_derived(w, u) for t in self._terms[rival] for u in t)):
                return _NOTHING     # close behind on a word of its own, not the term's
        return _Resolution(frozenset({skill_id}), "fuzzy", 80.0)

    def _specific(self, tokens: list[str]) -> bool:
        """A name of one word is specific only if a single skill uses that word."""
        return len(tokens) > 1 or self._df.get(tokens[0], 0) <= 1

    def _fuzzy(self, key: str) -> _Resolution:
        if len(key) < 5:
            return _NOTHING
        ordered = " ".join(sorted(key.split()))
        hits = [(choice, score, choice) for _, score, choice in process.extract(
            ordered, self._near(len(ordered)), scorer=fuzz.ratio,
            score_cutoff=self.fuzzy_cutoff, limit=5)]     # token_sort_ratio, keys sorted once
        if not hits:
            return _NOTHING
        hits = [h for h in hits if _near_spelling(key, h[0]) and not self._other_word(key, h[0])
                and (set(key.split()) & _CONNECTORS or not _head_moved(key.split(),
                                                                       h[0].split()))]
        if not hits:            # typos or another word order, never another word
            return _NOTHING
        best = hits[0][1]
        if len(key) < 10 and best < 95 and not all(
                w not in english_words() and self._unknown(w) for w in key.split()):
            return _NOTHING     # one letter changes a short word ("studio"), unless the name
            # is no word at all, a slip ("weldng", "Rheolgy")
        close = frozenset(s for choice, score, _ in hits if score >= best - 3
                          for s in self._fuzzy_keys[choice])
        return _Resolution(close, "fuzzy", round(best, 1))

    def _near(self, length: int) -> dict[str, str]:
        """The ready-sorted terms whose length lets fuzz.ratio reach the cutoff against a name
        of `length` characters (it is at most 200 * the shorter / both lengths), in order: a
        long name is compared with the few terms near its length, not with all of them."""
        near = self._near_length.get(length)
        if near is None:
            cutoff = self.fuzzy_cutoff - 0.5        # a margin for rounding
            near = self._near_length[length] = {
                key: ordered for key, ordered in self._sorted_keys.items()
                if 200 * min(length, len(ordered)) >= cutoff * (length + len(ordered))}
        return near

    def _terms_holding(self, phrase: str) -> list[str]:
        """The terms that hold `phrase` as whole words, `phrase` itself if it is one."""
        words = phrase.split()
        if not words:
            return []
        rarest = min(words, key=lambda w: len(self._keys_by_word.get(w, ())))
        padded = f" {phrase} "
        return [key for key in self._keys_by_word.get(rarest, ()) if padded in f" {key} "]

    def _other_word(self, key: str, choice: str) -> bool:
        """A word of the name that a slip away from the term's word is itself an English
        word the taxonomy does not use, or a word of another skill's terms: another word, no
        slip ("submersion" is no "subversion", "insolation" no "isolation", "stuttering" no
        "sputtering", "investment costing" no "investment casting": costing is grant
        costing's)."""
        return any(x != y and not _derived(x, y) and (
            (x in english_words() and x not in self._df)
            or bool(self._word_owners.get(x, set()) - self._fuzzy_keys[choice]))
                   for x, y in zip(sorted(key.split()), sorted(choice.split())))

    def _spans(self, tokens: list[str]) -> list[tuple[int, int, frozenset[str]]]:
        """Maximal runs of `tokens` that are a known, specific term of some skills.

        A single word that only one skill's terms use also counts (as a span of
        that skill), but see :meth:`_embedded`: it never decides a match alone.
        """
        found = []
        for start in range(len(tokens)):
            for end in range(min(len(tokens), start + 8), start, -1):
                key = " ".join(tokens[start:end])
                if key in self._ambiguous or (end - start == 1 and not self._single_ok(key)):
                    continue
                owners = (self._exact.get(key) or self._synonym.get(key)
                          or (self._compact.get(key.replace(" ", "")) if end - start > 1 else None))
                if not owners and end - start == 1 and self._df.get(key) == 1 and len(key) >= 4:
                    owners = self._owners_of_word(key)   # a word only one skill uses
                if owners:
                    found.append((start, end, frozenset(owners)))
                    break
        return [s for s in found
                if not any(o[0] <= s[0] and s[1] <= o[1] and o != s for o in found)]

    def _is_term(self, key: str) -> bool:
        return (key in self._exact or key in self._synonym
                or (" " in key and key.replace(" ", "") in self._compact))

    def _vocabulary(self, skill_id: str) -> set[str]:
        """Every folded word of the skill's id, label, synonyms and abbreviations."""
        return self._vocab.get(skill_id, set())

    def _owners_of_word(self, word: str) -> set[str]:
        return self._word_owners.get(word, set())

    def _single_ok(self, word: str) -> bool:
        return ((word in self._abbreviations or len(word) >= 5 or self._df.get(word) == 1)
                and word not in _GENERIC)

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
        if coverage[winner] < 0.85:
            return _NOTHING
        own = self._vocabulary(winner)
        rivals = {s for start, end, owners in spans if winner not in owners
                  and not set(tokens[start:end]) <= own for s in owners}
        if rivals:          # the name also names another skill: never pick one
            return _Resolution(frozenset({winner, *rivals}))
        named = self._naming_words[winner]
        if not any(winner in owners and (self._is_term(" ".join(tokens[start:end]))
                                         or tokens[start] in named)
                   for start, end, owners in spans):
            return _NOTHING     # a stray common word of a synonym ("surgery", "archive")
        if self._modifier_only(tokens):
            return _NOTHING     # "HVAC" of "HVAC controls", "natural history" of "natural
            # history collections": what the term is about, not the term
        parts = [p.split() for p in " ".join(tokens).split(" and ") if p]
        by_part = [{s for a, b, owners in self._spans(p) if self._is_term(" ".join(p[a:b]))
                    for s in owners} | (self._exact.get(" ".join(p)) or self._synonym.get(
                        " ".join(p)) or set()) for p in parts]
        if sum(bool(n) for n in by_part) > 1 and len(set().union(*by_part)) > 1:
            return _Resolution(frozenset().union(*by_part))   # "Risk assessment and COSHH",
            # "Conduct COSHH and risk assessments": each part names its own skill
        return _Resolution(frozenset({winner}), "fuzzy", 90.0)

    def _modifier_only(self, tokens: list[str]) -> bool:
        """The whole name is no term but a part of longer terms, each naming a thing beyond
        it ("HVAC" of "HVAC controls", "natural history" of "natural history collections"):
        it says what those terms are about, not which skill. A machine named without the
        work done on it ("Risograph" of "Risograph printing") or a maker without its
        product ("ESRI" of "ESRI ArcGIS") still names the skill."""
        key = " ".join(tokens)
        if self._is_term(key):
            return False
        rests = [set(term.split()) - set(tokens) - _GENERIC - _CONNECTORS
                 for term in self._terms_holding(key) if term != key]
        return bool(rests) and all(
            rest and not rest <= _WORK_NOUNS and rest & english_words() for rest in rests)

    def _coverage(self, tokens: list[str], spans: list[tuple[int, int, frozenset[str]]],
                  skill_id: str) -> float:
        """Share of the name's specific words (by idf) that the skill's terms explain."""
        covered = {i for start, end, owners in spans if skill_id in owners
                   for i in range(start, end)}
        own = self._vocabulary(skill_id) | self._family_words.get(self.skills[skill_id].family,
                                                                  set()) | {
            term for term, candidates in self._ambiguous.items() if skill_id in candidates}
        if self._about_animals(skill_id):
            own |= _ANIMAL_WORDS    # the guard keeps skills not about animals out
        total = explained = 0.0
        for i, word in enumerate(tokens):
            if word in _GENERIC:
                continue
            idf = self._idf(word)
            total += idf
            explained += idf if (i in covered or word in own) else 0.0
        return explained / total if total else 1.0

    def _explained(self, tokens: list[str]) -> dict[str, float]:
        """For each skill, the share of the name's specific words (by idf) its terms use."""
        words = [w for w in dict.fromkeys(tokens) if w not in _GENERIC]
        total = sum(self._idf(w) for w in words)
        shares: dict[str, float] = defaultdict(float)
        for word in words:      # by stem: "enriching" is explained by "enrichment"
            for skill_id in self._stem_owners.get(word[:6], ()):
                shares[skill_id] += self._idf(word) / total
        return shares

    def _embedded_scores(self, tokens: list[str]) -> dict[str, float]:
        scores: dict[str, float] = {}
        for start, end, owners in self._spans(tokens):
            share = (end - start) / max(1, len(tokens))
            for skill_id in owners:
                scores[skill_id] = max(scores.get(skill_id, 0.0), round(60 + 35 * share, 1))
        return scores


def curation_suggestions(taxonomy: Taxonomy, texts: Iterable[str], *,
                         aliases: Mapping[str, str] | None = None, limit: int = 3,
                         embedder: Embedder | None = None) -> dict[str, tuple[Suggestion, ...]]:
    """For each unreviewed skill name, its nearest taxonomy skills, best first.

    The curation page and the import report show these; accepting one makes the
    name an alias of that skill.
    """
    matcher = SkillMatcher.for_taxonomy(taxonomy, aliases=aliases, embedder=embedder)
    return {text: matcher.suggest(text, limit) for text in texts}
