"""An export's own form, read from the bundle's skill names themselves.

Every HR, appraisal and training-record system writes its own fields around a skill's name:
"Obj 2 (development) – X | CPD: course | on track", "X | SQEP | exp 04/2029", "BSU06 · X ·
4 Expert". The matcher reads the forms its rules know (skillmap.matching); an export whose
form it has never seen leaves most of its names unreviewed. This module reads the form from
the bundle: split each name into parts at its separators (outside brackets), and a part that
recurs, numbers aside, in many of the bundle's names while naming no skill is the export's
field, not a skill's words. A name the matcher leaves unreviewed is matched again without
those parts (:meth:`SkillMatcher.match`'s `form`); a name it files is never touched. The
importer learns the form from a bundle's person_skills.csv, the curation page and the search
index from the directory's unreviewed names (which keep their name as written).
"""

from __future__ import annotations

import csv
import html
import json
import re
import tomllib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, TypedDict
from urllib.parse import parse_qsl

from skillmap.matching import ARROWS, _NUMBERS, _masked

if TYPE_CHECKING:
    from skillmap.matching import SkillMatcher

# Where an export sets its fields apart: a pipe, a semicolon, a double colon, a spaced dash,
# middle dot, bullet, tilde, slash or arrow (any glyph, :data:`ARROWS`). Never a comma or a
# colon alone, which a skill's own name may hold ("Sieving, grading", "Lab: NMR" is the
# matcher's to read).
_FIELDS = re.compile(rf"\s*[|;]\s*|\s*::\s*|\s+[-‐‑‒–—―·•~/>{ARROWS}]+\s+")
# Any other glyph an export sets its fields apart with, spaced ("X ◇ Y", "X ‡ Y"): a run of one
# to three symbols between spaces, learnt where ANY_SHARE of the names write it. Never a
# bracket, quote, "&", "+", "=", ",", ".", ":", "#", "%", "*" or "@", which a skill's own name
# may write spaced ("Health & safety", "3 + 1 rota", "Lab : NMR" is the matcher's to read).
_SPACED = re.compile(r"(?<=\S)\s+([^\w\s\"'`()\[\]{}<&+=,.:#%*@]{1,3})\s+(?=\S)")
_WORDS = re.compile(r"[^\W_]+#*|#+")
# ... or written unspaced between a record's fields ("STN101^Diesel generator operation^DUE^
# 20250627^DSA"): a symbol between two words' letters or digits, twice or more in ANY_SHARE of
# the names, is spaced and learnt so. Never one a skill's own name writes between words
# ("C++/C#", "R&D", "Ni-Cr", "3.5", "O'Neill", "1:10", "10%", "x*y", "user@host", "a\\b")
_GLUED = re.compile(r"(?<=[^\W_])([^\w\s\"'`‘’“”()\[\]{}<>&+=,.:#%*@/\\\-‐‑‒–—―])(?=[^\W_])")
# ... and a colon or plus sign so written three times or more ("TRK04:Switches:Competent:
# 2022", an EDI segment's "QUA+TRK04+Switches+COMPETENT"), never between digits ("10:31")
_GLUED_OFTEN = re.compile(r"(?<=[^\W_])([:+])(?=[^\W\d_])|(?<=[^\W\d_])([:+])(?=[^\W_])")
GLUED_OFTEN = 3
# Where an export's columns stand apart, a tab or a run of spaces ("HP102 X\tL2 Working\t...",
# a fixed-width report's "SE.4001 X     LAPSED  22/09/2022  NGW"), read as this glyph, a
# separator of its own where ANY_SHARE of the names write such a gap; elsewhere a space
GAP = "\u2409"   # "␉"
_GAPS = re.compile(r"(?<=\S)[^\S\n]*(?:\t|[^\S\n]{2})\s*(?=\S)")
# A label before a lone colon outside brackets ("Ev 2 (witness statement): X"), never "::"
_LABEL = re.compile(r"(?<!:):(?!:)\s+")
LABEL_WORDS = 6         # a field's label before a colon is a few words at most
MIN_NAMES = 4           # a field's value recurs in at least this many names ...
MIN_SHARE = 0.01        # ... and this share of the bundle's names, naming no skill;
ANY_SHARE = 0.05        # in this share a field's value whatever it names
AFFIX_WORDS = 4         # an unseparated record's fields: within a name's first words ...
END_WORDS = 3           # ... or its last ones
FIELD_WORDS = 0.6       # a numbered part this share of whose words are fields' words is one,
RECORD = 4              # and at least this many ("CRRU (Level 1)" is a name and its level)
COLUMN = 0.6            # a column this share of whose values are fields is one, every value
_DECIMALS = re.compile(r"\d+(?:[.,]\d+)?")
_BRACKETED = re.compile(r"\(.+\)|\[.+\]")
_WORDING = re.compile(r"[^\W\d_]+(?:[\s-]+[^\W\d_]+)*")     # "on the job", "e-learning": "a"
# A bracketed code with a number in it ("[FS-DNA-07 v3]", "(SP-LAB-03)"), with the spaces around
_CODE = re.compile(r"\s*(?:\([^()]*\d[^()]*\)|\[[^\[\]]*\d[^\[\]]*\])\s*")
# A record written as one markup element, its fields its attributes' values in order and its
# text ('<competence ref="FR-101" title="X" status="trainee" assessed="2020-03-17"/>',
# "<skill level='3'>X</skill>"): read as those values, each a field apart ("FR-101 | X | ...");
# so is a record written as one JSON object or array (:func:`_json_values`) and one logfmt
# line, key=value pairs apart by spaces, a value with a space double-quoted, an empty one
# nothing ('auth=BMX-102 scope="Aircraft jacking" level=competent expires= by=QA151'), and one
# HTML form body, key=value pairs apart by ampersands, each value percent-encoded, a space a
# plus sign ('id=TRK04&title=Switches+%26+crossings&status=Competent&expires=')
_ATTRIBUTE = re.compile(r"""\s+[\w:.-]+\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_PAIR = re.compile(r'[^\W\d][\w.-]*=("(?:[^"\\]|\\.)*"|[^\s"=]*)')
_LOGFMT = re.compile(rf"{_PAIR.pattern}(?:\s+{_PAIR.pattern})+")
_FORM_PAIR = r"[^\W\d][\w.-]*=[^\s&=]*"
_FORM = re.compile(rf"{_FORM_PAIR}(?:&{_FORM_PAIR})+")
_ELEMENT = re.compile(r"""<([^\W\d][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*"""
                      r"""(?:/>|>([^<>]*)</\1\s*>)""")
_TAG = re.compile(r"""</?[^\W\d][\w:.-]*((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*/?>""")
# A record written as keys and values ("{id: TRK04, title: Switches and crossings, status:
# Competent}", "cn=TRK04,title=X,status=Competent", "SUMMARY:X;STATUS:COMPETENT", "(title
# \"X\") (status competent)"): a key is a word before "=" (quoted or not), a quoted word or a
# word in capitals before ":", a word before ":" and a space, or a word after an opening
# bracket, at the name's start or after a space or a record's punctuation; the keys an export
# writes are learnt, each in ANY_SHARE of its names, and a name with two of them or more is
# read as the values between them (:func:`_keyed`)
_WORD_KEY = r"[^\W\d][\w.-]{0,30}"
_KEY = re.compile(rf"""(?:^|(?<=[\s,;&|{{(\[]))(?:(['"]?)(?P<eq>{_WORD_KEY})\1\s*=(?!=)"""
                  rf"""|(['"])(?P<quoted>{_WORD_KEY})\3\s*:(?![:/])"""
                  rf"""|(?P<spaced>{_WORD_KEY})\s*:(?=\s|$)"""
                  rf"""|(?P<caps>[A-Z][A-Z0-9_-]{{0,30}}):(?![:/])|\((?P<opened>{_WORD_KEY})\s)""")
_PUNCTUATION = " \t,;&|"
# A record written as one CSV line ('TRK04,"Switches, crossings",Competent,2022-02-12'): commas
# glued between its fields, outside quotes, GLUED_OFTEN times or more, in ANY_SHARE of the
# names (a list a person types spaces its commas: "lathe, mill, drill, grinder")
_GLUED_COMMA = re.compile(r"(?<=\S),(?=\S)")
_ESCAPED = re.compile(r"\\(.)")      # a backslash escape in a quoted value ("\"", "\\")
# A record written as one SQL INSERT statement, as a database's script or dump writes a row
# ("INSERT [dbo].[Tickets] ([No], [Ticket]) VALUES (3106, N'Line heating', CAST(N'2025-11-17'
# AS Date), NULL)", "INSERT INTO t VALUES (1, 'O''Neill', '2024-01-05'::date);"): read as its
# values in order (:func:`_sql_values`), the table and column names set aside
_INSERT = re.compile(r"INSERT\s+(?:INTO\s+)?[^()]+?(?:\([^()]*\)\s*)?VALUES\s*\((?P<values>.*)\)"
                     r"\s*;?", re.IGNORECASE | re.DOTALL)
# one value of the list: a string literal (its prefix N, E or a character set's, a quote
# doubled or escaped), a call or bracketed value, or a bare token
_SQL_QUOTED = r"(?:[NnEe]|_\w+)?'(?:[^'\\]|''|\\.)*'"
_SQL_VALUE = re.compile(rf"""\s*({_SQL_QUOTED}(?:\s*::\s*[\w ]+)?"""
                        rf"""|[^,'()]*\((?:[^()']|{_SQL_QUOTED}|\([^()]*\))*\)[^,'()]*"""
                        r"""|[^,'()]+)\s*(?:,|$)""")
_SQL_STRING = re.compile(r"(?:[NnEe]|_\w+)?'((?:[^'\\]|''|\\.)*)'")
# a cast or a conversion of one value: CAST(x AS type), CONVERT(type, x[, style])
_SQL_TYPE = r"[\w ]+(?:\([^()]*\))?"
_SQL_CAST = re.compile(rf"(?:TRY_)?CAST\s*\(\s*(?P<value>{_SQL_QUOTED}|[^()']+?)\s+AS\s+"
                       rf"{_SQL_TYPE}\)"
                       rf"|(?:TRY_)?CONVERT\s*\(\s*{_SQL_TYPE}\s*,\s*(?P<converted>{_SQL_QUOTED}"
                       r"|[^,()']+?)\s*(?:,\s*\d+\s*)?\)", re.IGNORECASE)
# A record written as UN/EDIFACT segments, as a port's, a carrier's or a customs system's
# message broker writes one ("QUA+4101:Ship?'s foreman'STS+1+CMP'DTM+182:20190420:102'"): each
# segment a tag of three capitals, its data elements after a plus, their components after a
# colon, ended by an apostrophe, the release character ? before any of those four inside a
# value; read as its components in order (:func:`_edifact_values`), the tags set aside
_RELEASED = r"(?:[^'?]|\?.)*"      # up to a segment's end, a released apostrophe kept inside
_SEGMENT_TAG = r"[A-Z][A-Z0-9]{2}"
_EDIFACT_SEGMENT = rf"{_SEGMENT_TAG}(?:\+{_RELEASED})?'"
_EDIFACT = re.compile(rf"(?:{_EDIFACT_SEGMENT}\s*)*{_SEGMENT_TAG}\+{_RELEASED}'"
                      rf"(?:\s*{_EDIFACT_SEGMENT})*", re.DOTALL)
_EDIFACT_SEGMENTS = re.compile(rf"{_RELEASED}'", re.DOTALL)   # a segment: its tag, elements
_EDIFACT_PART = re.compile(r"(?:[^'?+:]|\?.)*", re.DOTALL)
_RELEASE = re.compile(r"\?(.)", re.DOTALL)
# A record written as one vCard or iCalendar content line, as a people directory's or a
# calendar's export writes one ("SK2101.EXPERTISE;LEVEL=expert;X-BY=MRT:Malt intake\, silos"): a
# group and a dot or not, the property's name, its parameters each after a semicolon as
# name=value (a value in double quotes may hold ; and :), a colon, then the value, its
# components apart at semicolons, a backslash before a comma, semicolon, colon or backslash
# inside one and \n a new line; a line with a group or a parameter is read as the group, the
# parameters' values and the value's components in order (:func:`_content_line_values`)
_CONTENT_NAME = r"[A-Za-z][A-Za-z0-9-]*"
_PARAMETER = rf';{_CONTENT_NAME}=("[^"]*"|[^";:]*)'
_CONTENT_LINE = re.compile(rf"(?:(?P<group>[A-Za-z0-9-]+)\.)?{_CONTENT_NAME}"
                           rf"(?P<parameters>(?:{_PARAMETER})*):(?P<value>.*)", re.DOTALL)
_PARAMETER_VALUE = re.compile(_PARAMETER)
_TEXT_PART = re.compile(r"(?:\\.|[^;])+", re.DOTALL)
_TEXT_ESCAPE = re.compile(r"\\([\\;,:nN])")


@lru_cache(maxsize=32)
def _separators(learnt: frozenset[str]) -> re.Pattern[str]:
    """The field separators: those every export may write and the `learnt` glyphs, spaced."""
    if not learnt:
        return _FIELDS
    glyphs = "|".join(map(re.escape, sorted(learnt, key=len, reverse=True)))
    return re.compile(rf"{_FIELDS.pattern}|\s+(?:{glyphs})\s+")


def _spaced(text: str, separators: frozenset[str]) -> str:
    """`text`'s whitespace each one space, but its gaps between columns one GAP, spaced, when
    its export sets its columns apart so (GAP among its `separators`), and each of its export's
    one-glyph separators spaced, however written ("STN101^X^DUE").

    >>> _spaced("X\tL2 Working   target L4 ", frozenset({GAP})), _spaced(" X\tL2", frozenset())
    ('X ␉ L2 Working ␉ target L4', 'X L2')
    >>> _spaced("STN101^Diesel generators^DUE", frozenset({"^"}))
    'STN101 ^ Diesel generators ^ DUE'
    """
    if GAP in separators:
        text = _GAPS.sub(f" {GAP} ", text)
    for glyph in separators:
        if len(glyph) == 1 and glyph != GAP and glyph in text:
            text = text.replace(glyph, f" {glyph} ")
    return " ".join(text.split())


def _unmarked(text: str) -> str:
    """`text`'s fields apart when it is markup (its attributes' values and its text, entities
    read), one JSON object or array, one TOML key and inline table, one logfmt line, one form
    body, one SQL INSERT statement of one row, UN/EDIFACT segments or one vCard or iCalendar
    content line (its values in order, escapes read); else `text`.

    >>> _unmarked('<c ref="FR-103" title="SBI &amp; ignitability" by="S04470"/>')
    'FR-103 | SBI & ignitability | S04470'
    >>> _unmarked("<skill level='3'> Mass spec </skill>"), _unmarked("<5 mm sieving")
    ('3 | Mass spec', '<5 mm sieving')
    >>> _unmarked('{"id": "5004", "title": "Die polishing \\u2013 proof", "level": 3, "to": null}')
    '5004 | Die polishing – proof | 3'
    >>> _unmarked('["NMR", {"level": 2}]'), _unmarked("{braces} kept")
    ('NMR | 2', '{braces} kept')
    >>> _unmarked("<c><id>T4</id><t>S&amp;C</t></c>"), _unmarked("<b>TIG</b> welding")
    ('T4 | S&C', '<b>TIG</b> welding')
    >>> _unmarked('ref=FR-1 title="Die polishing" to= by=S04'), _unmarked("pH=7 buffer")
    ('FR-1 | Die polishing | S04', 'pH=7 buffer')
    >>> _unmarked("id=T04&title=Switches+%26+crossings+%E2%80%93+S%26C&to="), _unmarked("a=b c&d")
    ('T04 | Switches & crossings – S&C', 'a=b c&d')
    >>> _unmarked('AIT-1 = { title = "Heat pipes, OSRs", issued = 2018-06-18, by = "RGO" }')
    'AIT-1 | Heat pipes, OSRs | 2018-06-18 | RGO'
    """
    stripped = text.strip()
    values = _json_values(stripped)
    if values is None:
        values = _toml_values(stripped)
    if values is None and _LOGFMT.fullmatch(stripped):
        values = [_ESCAPED.sub(r"\1", value[1:-1]) if value[:1] == '"' else value
                  for value in _PAIR.findall(stripped)]
    if values is None and _FORM.fullmatch(stripped):
        values = [value for _, value in parse_qsl(stripped, keep_blank_values=True)]
    if values is None:
        values = _markup_values(stripped)
    if values is None:
        values = _sql_values(stripped)
    if values is None:
        values = _edifact_values(stripped)
    if values is None:
        values = _content_line_values(stripped)
    if values is None:
        return text
    return _joined(" ".join(value.split()) for value in values)


def _joined(values: Iterable[str]) -> str:
    """A record's `values`, each a field apart, the empty ones left out."""
    return " | ".join(value for value in values if value)


def _markup_values(text: str) -> list[str] | None:
    """The values of `text` in order when it is one markup element, its attributes' values
    and its text, or elements nested in one, each tag's attributes' values and the text
    between tags ("<c><id>FR-1</id><title>X</title></c>"), entities read; else None."""
    element = _ELEMENT.fullmatch(text)
    if element is not None:
        values = [a or b for a, b in _ATTRIBUTE.findall(element.group(2))]
        return [html.unescape(value) for value in [*values, element.group(3) or ""]]
    tags = list(_TAG.finditer(text))
    between = _TAG.sub("", text)
    if len(tags) < 4 or tags[0].start() != 0 or tags[-1].end() != len(text) or (
            "<" in between or ">" in between):
        return None
    values = []
    for tag, after in zip(tags, [*tags[1:], None]):
        values += [a or b for a, b in _ATTRIBUTE.findall(tag.group(1))]
        values.append(text[tag.end():after.start() if after else tag.end()])
    return [html.unescape(value) for value in values]


def _sql_values(text: str) -> list[str] | None:
    """The values of `text` in order when it is one SQL INSERT statement of one row
    (:data:`_INSERT`): a string's text (its quotes doubled or escaped read), a cast's or a
    conversion's value, NULL and DEFAULT as nothing, any other token as written; else None.

    >>> _sql_values("INSERT [dbo].[T] ([No], [T]) VALUES (31, N'O''Neill – X', NULL, "
    ...             "CAST(N'2025-11-17' AS Date), CAST(7.0 AS Decimal(4, 1)))")
    ['31', "O'Neill – X", '', '2025-11-17', '7.0']
    >>> _sql_values("insert into skills values (1, E'a\\\\'b', '2024-01-05'::date);")
    ['1', "a'b", '2024-01-05']
    >>> _sql_values("INSERT INTO t VALUES (1, 'x'), (2, 'y')"), _sql_values("Insert molding")
    (None, None)
    """
    statement = _INSERT.fullmatch(text)
    if statement is None:
        return None
    listed, values = statement.group("values"), []
    position = 0
    while position < len(listed):
        value = _SQL_VALUE.match(listed, position)
        if value is None or value.end() == position:
            return None
        values.append(_sql_value(value.group(1).strip()))
        position = value.end()
    return values


def _sql_value(token: str) -> str:
    """One value of an INSERT statement's list as :func:`_sql_values` reads it."""
    token = re.sub(r"::\s*[\w ]+(?:\([^()]*\))?$", "", token).strip()    # PostgreSQL's cast
    cast = _SQL_CAST.fullmatch(token)
    if cast is not None:
        return _sql_value((cast.group("value") or cast.group("converted") or "").strip())
    string = _SQL_STRING.fullmatch(token)
    if string is not None:
        return _ESCAPED.sub(r"\1", string.group(1).replace("''", "'"))
    return "" if token.upper() in ("NULL", "DEFAULT") else token


def _edifact_values(text: str) -> list[str] | None:
    """The values of `text` in order when it is one or more UN/EDIFACT segments
    (:data:`_EDIFACT`), at least one with a data element: each segment's components, the
    release character read, its tag set aside; else None.

    >>> _edifact_values("QUA+4101:Ship?'s foreman (1?+1)'STS+1+CMP'DTM+182:20190420:102'")
    ['4101', "Ship's foreman (1+1)", '1', 'CMP', '182', '20190420', '102']
    >>> _edifact_values("QUA+4101:Dangerous goods?: IMDG'"), _edifact_values("NMR: 'x'")
    (['4101', 'Dangerous goods: IMDG'], None)
    """
    if _EDIFACT.fullmatch(text) is None:
        return None
    return [_RELEASE.sub(r"\1", part) for segment in _EDIFACT_SEGMENTS.findall(text)
            for part in _EDIFACT_PART.findall(segment.strip()[3:-1]) if part]


def _content_line_values(text: str) -> list[str] | None:
    """The values of `text` in order when it is one vCard or iCalendar content line with a
    group or a parameter (:data:`_CONTENT_LINE`): the group, each parameter's value (its
    quotes set aside) and the value's components, escapes read; its names set aside; else None.

    >>> _content_line_values(r"SK2101.EXPERTISE;LEVEL=expert;X-BY=MRT:Malt intake\\, silos")
    ['SK2101', 'expert', 'MRT', 'Malt intake, silos']
    >>> _content_line_values(r'X-SKILL;X-BY="Ng; Lee":Mass spec\\; NMR')
    ['', 'Ng; Lee', 'Mass spec; NMR']
    >>> _content_line_values("NMR:x"), _content_line_values("Mass spec: NMR;x=1")
    (None, None)
    """
    line = _CONTENT_LINE.fullmatch(text)
    if line is None or not (line.group("group") or line.group("parameters")):
        return None
    parameters = [value[1:-1] if value[:1] == '"' else value
                  for value in _PARAMETER_VALUE.findall(line.group("parameters"))]
    components = [_TEXT_ESCAPE.sub(lambda escape: "\n" if escape.group(1) in "nN"
                                   else escape.group(1), part)
                  for part in _TEXT_PART.findall(line.group("value"))]
    return [line.group("group") or "", *parameters, *components]


def _json_values(text: str) -> list[str] | None:
    """The values of `text` in order when it is one JSON object or array, nested ones read in
    place (null and the empty string written as nothing); else None."""
    if not (text[:1] == "{" and text[-1:] == "}" or text[:1] == "[" and text[-1:] == "]"):
        return None
    try:
        record = json.loads(text)
    except (ValueError, RecursionError):     # not JSON, or nested past the parser's depth
        return None
    return _leaves(record) or None


def _leaves(record: object) -> list[str]:
    """The values of a parsed record in order, nested ones read in place, depth first and
    without recursion: a string as it is, null as nothing, a number or truth value as JSON
    writes it, anything else (a TOML day) as ``str`` writes it."""
    values, stack = [], [record]
    while stack:
        value = stack.pop()
        if isinstance(value, (dict, list)):
            stack += reversed(list(value.values()) if isinstance(value, dict) else value)
        else:
            values.append("" if value is None else value if isinstance(value, str)
                          else json.dumps(value) if isinstance(value, (bool, int, float))
                          else str(value))
    return values


def _toml_values(text: str) -> list[str] | None:
    """The key and values of `text` in order when it is one TOML key and inline table
    ('AIT-110 = { title = "X", category = "operator", issued = 2018-06-18 }', as a TOML file
    writes a record on one line), the table's values read as a JSON object's are (a day as ISO
    writes it); else None."""
    if not text.endswith("}") or "{" not in text:
        return None
    try:
        ((key, table),) = tomllib.loads(text).items()
    except (ValueError, RecursionError):     # not TOML, or nested past the parser's depth
        return None
    if not isinstance(table, dict):
        return None
    return [key, *_leaves(table)]


def _keys(names: Iterable[str], least: float) -> frozenset[str]:
    """The keys a keyed record writes (:data:`_KEY`, casefolded), each in `least` of the
    `names`; none when fewer than `least` names write two of them.

    >>> sorted(_keys(["id: T1, title: X, to: 2024", "id: T2, title: Y", "Lab: NMR"], 2))
    ['id', 'title']
    """
    found = [{_key_of(m) for m in _KEY.finditer(_masked_quotes(n))} for n in names]
    counted = Counter(key for keys in found for key in keys)
    keys = frozenset(key for key, count in counted.items() if count >= least)
    return keys if sum(len(found_ & keys) > 1 for found_ in found) >= least else frozenset()


def _key_of(found: re.Match[str]) -> str:
    """The key a match of :data:`_KEY` found, casefolded."""
    return next(key for key in found.group("eq", "quoted", "spaced", "caps", "opened")
                if key).casefold()


def _masked_quotes(text: str) -> str:
    """`text` with what its double quotes hold written over by as many "_" (a key's "=" or
    ":" inside a quoted value is the value's), quotes kept."""
    return re.sub(r'"(?:[^"\\]|\\.)*"', lambda m: '"' + "_" * (len(m.group(0)) - 2) + '"',
                  text)


def _keyed(text: str, keys: frozenset[str]) -> str:
    """`text`'s values apart when it writes two of the export's `keys` or more (:data:`_KEY`):
    the words before the first key and each key's value, quotes, escapes, the record's
    punctuation and unmatched brackets around it set aside; else `text`.

    >>> _keyed('{id: T4, title: "X (Y), Z", to: }', frozenset({"id", "title", "to"}))
    'T4 | X (Y), Z'
    >>> _keyed("(c (id T4) (title Switches and crossings))", frozenset({"id", "title"}))
    'c | T4 | Switches and crossings'
    >>> _keyed("X-SKILL;ID=T4;STATUS=OK:Switches", frozenset({"id", "status"}))
    'X-SKILL | T4 | OK | Switches'
    """
    if not keys:
        return text
    found = [m for m in _KEY.finditer(_masked_quotes(text)) if _key_of(m) in keys]
    if len(found) < 2:
        return text
    values = [text[:found[0].start()]] + [text[m.end():after.start() if after else len(text)]
                                          for m, after in zip(found, [*found[1:], None])]
    if found[-1].group(0).endswith("="):     # a content line's value after its parameters
        values[-1:] = re.split(r"(?<=[^\s:]):(?=[^\W\d_])", values[-1], maxsplit=1)
    return _joined(map(_bare, values))


def _csv_line(text: str) -> bool:
    """Whether `text` is written as one CSV line (:data:`_GLUED_COMMA`)."""
    return len(_GLUED_COMMA.findall(_masked_quotes(text))) >= GLUED_OFTEN


def _csv_values(text: str) -> str:
    """`text`'s values apart when it is one CSV line (:func:`_csv_line`), quotes read; else
    `text`.

    >>> _csv_values('T4,"Switches, crossings",OK,2022'), _csv_values("lathe, mill, drill, saw")
    ('T4 | Switches, crossings | OK | 2022', 'lathe, mill, drill, saw')
    """
    if not _csv_line(text):
        return text
    return _joined(map(_bare, next(csv.reader([text]))))


def _bare(value: str) -> str:
    """A keyed record's value without the record's punctuation, unmatched brackets and quotes
    around it, escapes read, its spaces one space."""
    while True:
        before, value = value, value.strip(_PUNCTUATION)
        for opening, closing in ("()", "[]", "{}"):
            if value.endswith(closing) and value.count(closing) > value.count(opening):
                value = value[:-1]
            if value.startswith(opening) and value.count(opening) > value.count(closing):
                value = value[1:]
        if len(value) > 1 and value[0] == value[-1] and value[0] in "'\"":
            value = _ESCAPED.sub(r"\1", value[1:-1])
        if value == before:
            return " ".join(value.split()) if any(c.isalnum() for c in value) else ""


def _parts(text: str, codes: frozenset[str] = frozenset(),
           separators: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """`text`'s parts at its field separators outside brackets (and its export's own,
    `separators`), and at its bracketed codes of a shape in `codes`, each with the separator
    before it ("" for the first).

    >>> _parts("X [FS-DNA-07 v3] authorised, witnessed 03/2026", frozenset({"[a-# a#]"}))
    [('', 'X'), (' [FS-DNA-07 v3] ', 'authorised, witnessed 03/2026')]
    >>> _parts("X ◇ signed 03/2026", separators=frozenset({"◇"}))
    [('', 'X'), (' ◇ ', 'signed 03/2026')]
    """
    found = [*_separators(separators).finditer(_masked(text)),
             *(code for code in _CODE.finditer(text) if _coded(code.group(0).strip()) in codes)]
    parts, start, before = [], 0, ""
    for sep in sorted(found, key=lambda sep: sep.start()):
        if sep.start() == 0 or sep.end() == len(text) or sep.start() < start:
            continue
        parts.append((before, text[start:sep.start()]))
        start, before = sep.end(), sep.group(0)
    parts.append((before, text[start:]))
    return [(b, kept) for b, p in parts if (kept := p.strip(f"{GAP} \t\n\r\f\v"))]


def _key(part: str) -> str:
    """A field's value with its numbers set aside ("exp 04/2029" and "exp 11/2027" are one)."""
    return " ".join(_NUMBERS.sub("#", part.casefold()).split())


def _label(key: str) -> str:
    """A field's label ("cpd" of "cpd: mentoring"): a few words before a colon; "" if none."""
    label, colon, _ = key.partition(": ")
    return label if colon and len(label) <= 24 and len(label.split()) <= 3 else ""


def _labelled(part: str) -> tuple[str, str]:
    """A part's label before a lone colon outside brackets, keyed as :func:`_key` keys it,
    and the rest after it; ``("", part)`` when it has none or the label is long."""
    found = _LABEL.search(_masked(part))
    if found is None or not part[found.end():].strip():
        return "", part
    label = _key(part[:found.start()])
    if not label or len(label.split()) > LABEL_WORDS:
        return "", part
    return label, part[found.end():].strip()


def _unbracketed(label: str) -> str:
    """A label without what its brackets say: the kind of label it is."""
    return " ".join(re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", label).split())


def _code_shape(label: str) -> str:
    """The shape of a coded label, its letters set aside too ("dtl-g#/# kr#" and "aud-g#/# kr#"
    are one shape, "a-a#/# a#": a code whose department or unit letters vary from row to
    row); "" for a label without a number, whose words are what it says.

    >>> _code_shape("dtl-g#/# kr#"), _code_shape("ev # (witness statement)"), _code_shape("cpd")
    ('a-a#/# a#', '', '')
    """
    if "#" not in label or "(" in label or len(label.split()) > 3:
        return ""
    return re.sub(r"[^\W\d_]+", "a", label)


def _coded(token: str) -> str:
    """A word with a number in it, or a bracket, shaped: numbers "#", words "a" ("16.07.19"
    "#.#", "[BPH/915]" "[a/#]", "3.5h" and "4h" "#a", "[on the job, 03/2020]" "[a, #/#]",
    "(OBS+PD)" "(a+a)"); "" for a word without either.

    >>> _coded("[BPH/915]"), _coded("proj:48191"), _coded("1.5h"), _coded("(OBS+PD)"), _coded("Mon")
    ('[a/#]', 'a:#', '#a', '(a+a)', '')
    """
    if not any(c.isdigit() for c in token) and not _BRACKETED.fullmatch(token):
        return ""
    return _WORDING.sub("a", _DECIMALS.sub("#", token.casefold()))


@dataclass(frozen=True)
class _Record:
    """A name's words at its spaces outside brackets ("[BPH/915]" is one), casefolded, with
    their spans and the shapes of its coded words ("" for a word without a number or a
    bracket); `vocabulary`, the skills' own coded words, are read as words unless beside the
    record's other coded words ("ST0303 S3 X": S3 is a field there, "X for 3d" a name's)."""

    spans: list[tuple[int, int]]
    words: list[str]
    shapes: list[str]
    vocabulary: frozenset[str] = frozenset()

    @classmethod
    def of(cls, text: str, vocabulary: frozenset[str] = frozenset()) -> _Record:
        spans = [m.span() for m in re.finditer(r"\S+", _masked(text))]
        words = [text[a:b].casefold() for a, b in spans]
        return cls(spans, words, [_coded(w) for w in words], vocabulary)

    def ends(self, start: bool, marks: frozenset[str], shapes: frozenset[str] | None = None,
             within: int | None = None) -> list[tuple[int, str]]:
        """The coded words (index from the start, or count from the end; shape) among the
        first AFFIX_WORDS words (`start`) or the last END_WORDS, read from that end while
        each word is coded (in `shapes` when given) or one of `marks` (a word the export
        writes there: "Mon", "recharge"), each leaving a word of the first `within`."""
        n = within if within is not None else len(self.words)
        found: list[tuple[int, str]] = []
        for k in range(min(AFFIX_WORDS if start else END_WORDS, n - 1)):
            at = k if start else len(self.words) - 1 - k
            shape = "" if self.words[at] in self.vocabulary and not found else self.shapes[at]
            if shape and (shapes is None or shape in shapes):
                found.append((k if start else k + 1, shape))
            elif self.words[at] not in marks:
                break
        return found

    def end(self, marks: frozenset[str], shapes: frozenset[str]) -> int:
        """Where the name ends: before the coded words at its end (:meth:`ends`)."""
        return len(self.words) - max((j for j, _ in self.ends(False, marks, shapes)), default=0)


def _opening(key: str) -> str:
    """A part's first two words when more follow ("appointed by" of "appointed by wind lab
    lead"); "" for a shorter part."""
    words = key.split()
    return " ".join(words[:2]) if len(words) > 2 else ""


def _label_word(key: str) -> str:
    """The first of a part's two words when it has no number ("assessor" of "assessor jt", a
    label and a holder's own initials); "" for any other part."""
    words = key.split()
    return words[0] if len(words) == 2 and "#" not in key else ""


def _words(key: str) -> frozenset[str]:
    """A part's words, numbers set aside ("decision making l#, #% daily": "l#", "#", "daily")."""
    return frozenset(_WORDS.findall(key))


class _RecordForm(TypedDict):
    """What :func:`_record_form` learns, by the :class:`ExportForm` field it fills."""

    vocabulary: frozenset[str]
    heads: frozenset[str]
    tails: frozenset[str]
    leads: frozenset[str]
    trails: frozenset[str]


def _record_form(contents: list[str], matcher: SkillMatcher, least: float, always: float
                 ) -> _RecordForm:
    """What an unseparated record writes around its names (`contents`, the names without
    their separated fields): the shapes of the coded words that, in `always` names, start
    it before the name (heads) or end it after (tails); the words outside such a word there
    in `least` names ("mon" before a date, "recharge" after the hours); the coded words of
    skills' own names there in fewer ("3d", "co2", "1h" of 1H NMR), never set aside."""
    placed: dict[bool, Counter[str]] = {True: Counter(), False: Counter()}
    outside: dict[bool, Counter[str]] = {True: Counter(), False: Counter()}
    records = [_Record.of(content) for content in contents]
    for record in records:
        n = len(record.words)
        head, tail = slice(0, min(AFFIX_WORDS, n - 1)), slice(max(1, n - END_WORDS), n)
        placed[True].update(record.words[head])
        placed[False].update(record.words[tail])
        for end, at in ((True, head), (False, tail)):
            words, shapes = record.words[at], record.shapes[at]
            if coded := [i for i, shape in enumerate(shapes) if shape]:   # before the last
                side = slice(0, coded[-1]) if end else slice(coded[0] + 1, None)   # or after
                outside[end].update(w for w, shape in zip(words[side], shapes[side]) if not shape)
    vocabulary = frozenset(word for word in placed[True] | placed[False]
                           if _coded(word) and (word.isalnum() or _BRACKETED.fullmatch(word))
                           and placed[True][word] + placed[False][word] < least
                           and matcher.knows_words(word.strip("()[]")))
    marks = {end: frozenset(w for w, count in outside[end].items() if count >= least)
             for end in (True, False)}
    records = [replace(record, vocabulary=vocabulary) for record in records]
    tails = Counter(shape for record in records
                    for shape in {shape for _, shape in record.ends(False, marks[False])})
    learnt = {False: frozenset(k for k, count in tails.items() if count >= always)}
    heads: Counter[str] = Counter()     # before the name, as content() reads it: the tail first
    for record in records:
        heads.update({shape for _, shape in record.ends(True, marks[True],
                                                        within=record.end(marks[False],
                                                                          learnt[False]))})
    learnt[True] = frozenset(k for k, count in heads.items() if count >= always)
    return {"vocabulary": vocabulary, "heads": learnt[True], "tails": learnt[False],
            "leads": marks[True] if learnt[True] else frozenset(),
            "trails": marks[False] if learnt[False] else frozenset()}


def _columns(rows: Iterable[tuple[str, ...]], fields: frozenset[str], least: float
             ) -> frozenset[str]:
    """The values of the export's field columns: of the names' keyed parts (`rows`) of as
    many parts, the parts at one place, in at least `least` of them, COLUMN of which are
    `fields` ("webinar", "course", "workshop" ... and "mentoring", an activity that a skill is
    also named: an activity type's column), each value in two of them at least. Names alike
    but for their numbers count once."""
    columns: dict[tuple[int, int], Counter[str]] = {}
    for row in set(rows):
        for at, key in enumerate(row if len(row) > 1 else ()):
            columns.setdefault((len(row), at), Counter())[key] += 1
    return frozenset(key for values in columns.values()
                     if (total := sum(values.values())) >= least
                     and sum(values[k] for k in values if k in fields) >= COLUMN * total
                     for key, count in values.items() if count >= 2)


@dataclass(frozen=True)
class ExportForm:
    """The parts (keyed by :func:`_key`) that are the export's fields, not skills' words, and
    the labels it writes before a skill's name and a colon."""

    fields: frozenset[str] = frozenset()
    labels: frozenset[str] = frozenset()
    # an unseparated record's coded words before and after the name, by shape ("#.#"), the
    # words it writes among them ("mon", "recharge") and the coded words that are skills'
    # own words ("3d", "co2"), never set aside
    heads: frozenset[str] = frozenset()
    tails: frozenset[str] = frozenset()
    leads: frozenset[str] = frozenset()
    trails: frozenset[str] = frozenset()
    vocabulary: frozenset[str] = frozenset()
    # the shapes of the bracketed codes it writes between a name and the record after it
    codes: frozenset[str] = frozenset()
    # the glyphs it sets its fields apart with that no export is taken to write ("◇")
    separators: frozenset[str] = frozenset()
    # the keys of a keyed record ("title" of "{id: T4, title: X, status: competent}"), and
    # whether it writes its records as CSV lines
    keys: frozenset[str] = frozenset()
    commas: bool = False

    @property
    def learnt(self) -> bool:
        """Whether any field or label was learnt (else :meth:`content` changes nothing)."""
        return bool(self.fields or self.labels or self.heads or self.tails)

    @property
    def described(self) -> list[str]:
        """What was learnt, as an import report names it ("[a/#] (before the name)": a
        coded word's shape)."""
        return sorted([*self.fields, *self.labels,
                       *(f"{shape} (before the name)" for shape in self.heads),
                       *(f"{shape} (after the name)" for shape in self.tails),
                       *(f"{shape} (between the name and its record)" for shape in self.codes),
                       *(f"“{key}” (a key before its value)" for key in self.keys),
                       *(["“,” (between a CSV line's fields)"] if self.commas else []),
                       *("a tab or a run of spaces (between columns)" if glyph == GAP
                         else f"“{glyph}” (between fields)" for glyph in self.separators)])

    @classmethod
    def learn(cls, names: Iterable[str], matcher: SkillMatcher) -> ExportForm:
        """The fields of the export that wrote `names` (its distinct skill names). A glyph no export
        is taken to write, spaced in ANY_SHARE of them, is its own separator ("X ◇ trained 03/2024 ◇
        renew 2027"), as the ones every export may write. A bracketed code of one shape inside
        ANY_SHARE of them separates a name from the record after it, as a separator does ("X
        [FS-DNA-07 v3] authorised for casework, witnessed by ..."). In a name of several parts the
        part fewest names share is its skill's name (of parts as rare, the one whose words fewer
        names write); a part that is not, in at least MIN_NAMES names and MIN_SHARE of them, is a
        field when it names no skill, and in ANY_SHARE of them whatever it names ("met", "witness
        statement"; names alike but for their numbers count once here: "X // current 1, required 2
        // amber // mentoring agreed // review Q3 2025" is one holder's row of a record whose
        numbers make each row its own); so is a value of a labelled field whose values together are
        set aside so often ("CPD: mentoring", "CPD: conference": the label, not the value, recurs),
        a numbered part FIELD_WORDS of whose words (RECORD at least) recur so in the fields' values,
        and a part that opens with the same two words as ANY_SHARE of them whatever it names
        ("appointed by DSEAR Lead": each approver in a few names, "appointed by" in all). A label
        before a colon that heads as many names, each with its own rest, is the export's label
        before the skill's name ("Ev 2 (witness statement): X") when it names no skill, or whatever
        it names in ANY_SHARE of them. Last, with those set aside, the coded words an unseparated
        record writes before and after its names (:func:`_record_form`)."""
        written = {_unmarked(n.strip()) for n in names if n and n.strip()}
        always = max(MIN_NAMES, ANY_SHARE * len(written))
        # a keyed record's keys ("{id: T4, title: X}"), its names read as their values
        keyed_by = _keys(written, always)
        written = {_keyed(n, keyed_by) for n in written}
        commas = sum(map(_csv_line, written)) >= always     # ... or as CSV lines
        written = {_csv_values(n) for n in written} if commas else written
        # the separators a name is spaced at before anything is read: a gap between columns,
        # and a glyph written unspaced between a record's fields
        padded = frozenset({GAP}) if sum(bool(_GAPS.search(n)) for n in written) >= always else (
            frozenset())
        glued = Counter(glyph for n in written
                        for glyph, count in Counter(_GLUED.findall(_masked(n))).items()
                        if count > 1)
        glued.update(glyph for n in written for glyph, count in Counter(
            a or b for a, b in _GLUED_OFTEN.findall(_masked(n))).items() if count >= GLUED_OFTEN)
        padded |= {glyph for glyph, count in glued.items()
                   if count >= always and not _FIELDS.fullmatch(glyph)}
        distinct = {_spaced(n, padded) for n in written}
        # a code between a name and its record, unseparated ("X [FS-DNA-07 v3] authorised for
        # casework, witnessed by ..."): a bracketed code's shape, letters and a number, inside
        # the names, in ANY_SHARE of them
        inside = Counter(shape for n in distinct for shape in {
            _coded(code.group(0).strip()) for code in _CODE.finditer(n)
            if 0 < code.start() and code.end() < len(n)})
        codes = frozenset(shape for shape, count in inside.items()
                          if count >= always and "a" in shape and "#" in shape)
        # a glyph between spaced words in ANY_SHARE of them that no export is taken to write
        spaced = Counter(glyph for n in distinct for glyph in set(_SPACED.findall(_masked(n))))
        separators = padded | frozenset(glyph for glyph, count in spaced.items()
                                        if count >= always and not _FIELDS.fullmatch(f" {glyph} "))
        # a holder's own numbers (dates, counts, shift times) make no part recur: names alike
        # but for their numbers count once ("X ▸ w/c 01/06/2026 ▸ 6 shifts", "X ▸ w/c
        # 02/09/2024 ▸ 2 shifts": a skill many hold is in as many names, yet no field)
        parted = [_parts(n, codes, separators) for n in sorted(distinct)]     # once, each name
        keyed = [tuple(_key(p) for _, p in parts) for parts in parted]
        alike = {frozenset(keys): keys for keys in map(set, keyed)}
        split = [keys for keys in alike.values() if len(keys) > 1]
        shared = Counter(key for keys in split for key in keys)
        # ANY_SHARE of the names as counted here, alike but for their numbers once: a value of
        # a field whose other values record a holder's numbers ("X // current 1, required 2 //
        # amber // mentoring agreed // review Q3 2025") is in fewer of them than of the names
        recurring = max(MIN_NAMES, ANY_SHARE * len(alike))
        # of parts as rare, the name is the one of rarer words: a record's part may be rare
        # as a whole yet of words every row writes ("PPH CCP-2 sign-off by Process
        # Authority, lapsed 08/2024": area, step, role and state, their own combination)
        often = Counter(word for keys in split for key in keys for word in _words(key))

        def usual(key: str) -> float:
            words = _words(key)
            return sum(often[word] for word in words) / len(words) if words else 0.0

        # a holder's own field opens as hundreds of others do, its numbers and the rest its own
        # ("assessed 6 May 2022 by KEO", "assessed 14 Aug 2023 by HTB": rarer as a whole than
        # the skill many hold, yet never its name; a label's rest may be, "Ev 2 (work log): X")
        opens = Counter(opening for keys in split for opening in {
            _opening(key) for key in keys if "#" in key and not _labelled(key)[0]})
        opens.pop("", None)
        # so does a label before a holder's own word, before as many different words as
        # ANY_SHARE of the parts ("assessor JT", "assessor HL": each assessor in fewer names
        # than a skill many hold, "assessor" before hundreds of initials; "confocal" before one)
        keys_seen = {key for keys in split for key in keys}
        paired = Counter(_label_word(key) for key in keys_seen if not _labelled(key)[0])
        paired.pop("", None)
        pairs = frozenset(word for word, count in paired.items()
                          if count >= max(MIN_NAMES, ANY_SHARE * len(keys_seen)))
        aside: Counter[str] = Counter()
        for keys in split:
            named = {key for key in keys if _labelled(key)[0] or opens[_opening(key)] < recurring
                     and _label_word(key) not in pairs} or keys
            name = min(named, key=lambda k: (shared[k], usual(k), k))
            aside.update(keys - {name})
        least = max(MIN_NAMES, MIN_SHARE * len(distinct))
        labelled: Counter[str] = Counter()
        for key, count in aside.items():
            labelled[_label(key)] += count
        heads: dict[str, set[str]] = {}
        for parts in parted:
            for _, part in parts:
                label, rest = _labelled(part)
                if label:
                    heads.setdefault(label, set()).add(_key(rest))
        kinds: Counter[str] = Counter()     # "ev # (certificate)", "ev # (work log)": "ev #"
        shapes: Counter[str] = Counter()    # "dtl-g#/# kr#", "aud-g#/# kr#": "a-a#/# a#"
        for label, rests in heads.items():
            kinds[_unbracketed(label)] += len(rests)
            shapes[_code_shape(label)] += len(rests)
        shapes.pop("", None)
        # the words of values set aside again and again, in least names together
        # ("Decision Making L3, 10% daily", "Communication L1, 5% termly": a rating of one of
        # a dozen factors at one of five frequencies, each combination in a few names only)
        vocabulary: Counter[str] = Counter()
        for key, count in aside.items():
            if count >= 2 or "#" in key:
                vocabulary.update(dict.fromkeys(_words(key), count))
        field_words = frozenset(w for w, count in vocabulary.items() if count >= least)
        worded = {key for keys in split for key in keys
                  if len(words := _words(key)) > 1 and (
                      words <= field_words or "#" in key
                      and len(words & field_words) >= max(FIELD_WORDS * len(words), RECORD))}
        # a field's value after the same words as hundreds of others ("appointed by Hydrogen
        # Responsible Person", "appointed by Wind Lab Lead": who appointed, not a skill)
        begun: Counter[str] = Counter()
        for key, count in aside.items():
            begun[_opening(key)] += count
        begun.pop("", None)
        form = cls(frozenset(key for key, count in aside.items() if count >= recurring
                             or count >= least and not matcher.names_a_skill(key)
                             or count >= 2 and _label(key) != ""
                             and labelled[_label(key)] >= recurring)
                   | frozenset(key for key in worded     # a rated value ("... L3, 10%")
                               if "#" in key or not matcher.names_a_skill(key))
                   | frozenset(key for key in aside      # whatever it names ("DSEAR Lead")
                               if begun[_opening(key)] >= recurring
                               or _label_word(key) in pairs),
                   frozenset(label for label, rests in heads.items()
                             if shapes[_code_shape(label)] >= always or len(rests) >= least
                             and (kinds[_unbracketed(label)] >= always
                                  or not matcher.names_a_skill(label))), codes=codes,
                   separators=separators, keys=keyed_by, commas=commas)
        form = replace(form, fields=form.fields | _columns(keyed, form.fields, least))
        return replace(form, **_record_form([form.content(name).replace(f" {GAP} ", " ")
                                             for name in distinct],
                                            matcher, least, always))

    def content(self, text: str) -> str:
        """`text` without its export's fields before and after its name, separated or coded,
        the parts between kept as written; `text` when it has none there or only fields (its
        fields apart when it is one markup element)."""
        text = self._values(text)
        if not self.learnt:
            return text
        return self._unaffixed(self._separated(text))

    def shape(self, text: str) -> str:
        """`text` with each of its learnt fields' values one mark: the names of one content whose
        holders' own fields differ ("X · ILUO I · assessed 6 May 2022 by KEO", "X · ILUO O ·
        assessed 14 Aug 2023 by HTB") share it but for their numbers."""
        parts = self._read(self._values(text))
        return "".join(b + ("\u2026" if _key(p) in self.fields else p) for b, p in parts)

    def _values(self, text: str) -> str:
        """`text` read out of its markup, keys or CSV line, as :meth:`learn` read every name."""
        text = _keyed(_unmarked(text), self.keys)
        return _csv_values(text) if self.commas else text

    def _read(self, text: str) -> list[tuple[str, str]]:
        """`text`'s parts (:func:`_parts`) at this export's separators, `text` already read
        out of its markup (:func:`_unmarked`), as :meth:`learn` read every name."""
        return _parts(_spaced(text, self.separators), self.codes, self.separators)

    def _unaffixed(self, text: str) -> str:
        """`text` without the coded words its export writes before and after the name at a
        learnt place, and the words outside them; `text` when no word would be left."""
        if not (self.heads or self.tails):
            return text
        record = _Record.of(text, self.vocabulary)
        spans, end = record.spans, record.end(self.trails, self.tails)
        start = max((i + 1 for i, _ in record.ends(True, self.leads, self.heads, end)),
                    default=0)
        if all(shape and word not in self.vocabulary
               for shape, word in zip(record.shapes[start:end], record.words[start:end])):
            return text         # no word of a name left
        return text[spans[start][0]:spans[end - 1][1]]

    def _separated(self, text: str) -> str:
        """`text` without the fields its export sets apart with separators (see above)."""
        if not (self.fields or self.labels):
            return text
        parts = self._read(text)
        first, last = 0, len(parts)
        while first < last and _key(parts[first][1]) in self.fields:
            first += 1
        while last > first and _key(parts[last - 1][1]) in self.fields:
            last -= 1
        if first == last:
            return text         # only fields
        read = ((i, _labelled(parts[i][1])) for i in range(first, last))
        at = next(((i, rest) for i, (label, rest) in read if label in self.labels), None)
        if at is not None:      # the export's label before the skill's name: what follows
            first = at[0]       # it is the name, what comes before it the record's fields
            parts[first] = (parts[first][0], at[1])
        elif last - first == len(parts):
            return text         # none at either end (a field is never inside)
        return "".join(p if i == first else (" " if GAP in b else b) + p
                       for i, (b, p) in enumerate(parts) if first <= i < last)
