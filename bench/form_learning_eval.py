"""An export's form learnt from the bundle: does the matcher file names written in a form
none of its rules knows, once the form is read from the bundle itself
(skillmap.export_form)?

Every development part's labelled names (``bench/data/matching_names*.csv``, never a held-out
part's) are written, as one institution's export would write all of them, in each of nine
forms invented for this bench -- not taken from any part or held-out set -- whose fields
vary from row to row (an evidence kind and outcome, a goal number and review year, an
assessor's initials, a band and a grade, a factor rated at a frequency,
a code whose unit letters vary, a training matrix's fields set apart by a glyph no list
of separators names; two with no separator at all: a logbook's date, booking,
hours and sign-off, a ticket's number and priority), and with --records 22 records as
systems write them (keys and values: YAML, LDAP, iCalendar, TOML, a dict, header parameters,
properties, an S-expression, nested markup and JSON, a form body; glued fields: EDI, colons,
a CSV line; a Markdown row, an HL7 segment, quoted tab fields), each
holder's id, status and day drawn row by row. Each part is matched three ways: the
plain names, the written names with the rules alone, and the written names with the form
learnt from the part's own written names. Precision / recall / unreviewed share, as
bench/matching_eval.py counts them.

    python bench/form_learning_eval.py [--part PART ...] [--records]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.matching_eval import DATA, DEVELOPMENT_PARTS, NONE, Name, read_names  # noqa: E402
from skillmap.export_form import ExportForm  # noqa: E402
from skillmap.matching import SkillMatcher  # noqa: E402
from skillmap.taxonomy import load_taxonomy  # noqa: E402

Render = Callable[[str, random.Random], str]
RATED = ["Advising", "Supervising", "Training", "Safety", "Record keeping", "Liaison", "Planning",
         "Quality", "Budgeting", "Outreach"]
UNITS = ["LAB", "WKS", "EST", "IMG", "ANI", "GLS", "MAR", "DIV", "CHM", "ELX", "BIO", "PHY"]
FORMS: dict[str, Render] = {
    "evidence": lambda x, r: (f"{x} ~ evidence: "
                              f"{r.choice(['observed', 'portfolio', 'witness statement'])} ~ "
                              f"{r.choice(['met', 'partly met', 'not yet met'])}"),
    "goal": lambda x, r: (f"Goal {r.randint(1, 6)} [{r.choice(['stretch', 'core'])}] » {x} » "
                          f"review {r.choice(['2024-25', '2025-26'])}"),
    "assessor": lambda x, r: (f"{x} | Assessor: {r.choice(['JM', 'KT', 'RB', 'AP', 'SW'])} | "
                              f"{r.choice(['achieved', 'in hand', 'carried forward'])}"),
    "band": lambda x, r: (f"{x} / {r.choice(['Band 5', 'Band 6', 'Grade 7'])} / "
                          f"{r.choice(['Core', 'Specialist'])}"),
    # one part rating each skill on a factor at a frequency: combinations, each in few names
    "rating": lambda x, r: (f"{x} :: {r.choice(RATED)} L{r.randint(1, 4)}, "
                            f"{5 * r.randint(1, 6)}% {r.choice(['daily', 'weekly', 'termly'])}"),
    # a job-evaluation code whose unit letters vary: each unit's code heads few names
    "coded": lambda x, r: f"{r.choice(UNITS)}-{r.randint(1, 9)}/{r.randint(100, 999)}: {x}",
    # no separator at all: an instrument logbook's date and booking before the name, the hours
    # and a sign-off after it; a service desk's ticket number and priority
    "logbook": lambda x, r: (f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/"
                             f"20{r.randint(19, 26)} "
                             f"BK-{r.randint(1000, 9999)} {x} {r.randint(1, 8)} hrs "
                             f"{r.choice(['signed', 'unsigned', 'countersigned'])}"),
    "ticket": lambda x, r: f"REQ{r.randint(10000, 99999)} {x} P{r.randint(1, 4)}",
    # a glyph no list of separators names, learnt from the names: a training matrix's unit,
    # state and renewal year
    "matrix": lambda x, r: (f"{r.choice(UNITS)} ‖ {x} ‖ "
                            f"{r.choice(['trained', 'competent', 'refresher due'])} ‖ "
                            f"renew {r.randint(2026, 2030)}"),
}


def released(text: str) -> str:
    """`text` as an EDIFACT component: the release character ? before any ? ' + and :."""
    return re.sub(r"([?'+:])", r"?\1", text)


# Records as real systems write them, each invented here: (id, name, status, day) -> the
# row; the fields of every one of them vary from row to row (--records)
RECORDS: dict[str, Callable[[str, str, str, str], str]] = {
    "yaml flow mapping": lambda i, n, s, d: f"{{id: {i}, title: {n}, status: {s}, on: {d}}}",
    "yaml block, one line": lambda i, n, s, d: f"- id: {i} title: {n} status: {s} on: {d}",
    "LDAP distinguished name": lambda i, n, s, d: f"cn={i},title={n},status={s},ou={d}",
    "iCalendar properties": lambda i, n, s, d: f"SUMMARY:{n};STATUS:{s.upper()};DTSTART:{d}",
    "iCalendar content line": lambda i, n, s, d: f"X-SKILL;ID={i};STATUS={s.replace(' ', '-')}"
                                                 f";DTSTAMP={d}:{n}",
    "TOML inline table": lambda i, n, s, d: f'{{ id = "{i}", title = "{n}", status = "{s}" }}',
    "Python dict": lambda i, n, s, d: f"{{'id': '{i}', 'title': '{n}', 'status': '{s}'}}",
    "key: value, commas": lambda i, n, s, d: f"id: {i}, title: {n}, status: {s}, on: {d}",
    "key=value; semicolons": lambda i, n, s, d: f"id={i};title={n};status={s};on={d}",
    "HTTP header parameters": lambda i, n, s, d: f'Title="{n}"; Status={s.replace(" ", "-")}; '
                                                 f'On={d}; Ref={i}',
    "properties, unquoted": lambda i, n, s, d: f"c.id={i} c.title={n} c.status={s} c.on={d}",
    "S-expression": lambda i, n, s, d: f'(skill (id "{i}") (title "{n}") (status '
                                       f'{s.replace(" ", "-")}) (on "{d}"))',
    "nested XML elements": lambda i, n, s, d: f"<skill><id>{i}</id><title>{n}</title><status>"
                                              f"{s}</status><on>{d}</on></skill>",
    "nested JSON": lambda i, n, s, d: f'{{"skill": {{"id": "{i}", "title": "{n}"}}, '
                                      f'"status": "{s}", "on": "{d}"}}',
    "EDI segment": lambda i, n, s, d: f"QUA+{i}+{n}+{s.upper()}+{d.replace('-', '')}'",
    "colon-separated fields": lambda i, n, s, d: f"{i}:{n}:{s}:{d.replace('-', '')}",
    "HTML form body": lambda i, n, s, d: urlencode({"id": i, "title": n, "status": s, "on": d}),
    "Markdown table row": lambda i, n, s, d: f"| {i} | {n} | {s} | {d} |",
    "HL7 segment": lambda i, n, s, d: f"OBX|1|CWE|{i}^{n}^LOCAL||{s}|||||F|||{d.replace('-', '')}",
    "tab-separated, quoted": lambda i, n, s, d: f'"{i}"\t"{n}"\t"{s}"\t{d}',
    "CSV line": lambda i, n, s, d: f'{i},{n if "," not in n else chr(34) + n + chr(34)},{s},{d}',
    "SQL INSERT statement": lambda i, n, s, d: ("INSERT [dbo].[Tickets] ([No], [Ticket], [Grade], "
                                                f"[Passed]) VALUES ({i[3:]}, N'"
                                                + n.replace("'", "''")
                                                + f"', N'{s}', CAST(N'{d}' AS Date))"),
    "UN/EDIFACT segments": lambda i, n, s, d: (f"QUA+{i[3:]}:" + released(n)
                                               + f"'STS+1+{s[:3].upper()}'DTM+182:"
                                               + d.replace("-", "") + ":102'"),
}
STATES = ["Under training", "Competent", "Workplace mentor"]


def record(write: Callable[[str, str, str, str], str]) -> Render:
    """A record's row of `write` for a name, its id, status and day drawn from the stream."""
    return lambda x, r: write(f"TRK{r.randint(10, 99)}", x, r.choice(STATES),
                              f"{r.randint(2014, 2026)}-{r.randint(1, 12):02d}-15")


def score(matcher: SkillMatcher, names: list[Name], texts: list[str],
          form: ExportForm | None) -> tuple[float, float, float]:
    """Auto-match precision, recall of the names with a counterpart, unreviewed share."""
    auto = right = counterpart = 0
    for item, text in zip(names, texts):
        match = matcher.match(text, form)
        filed = match.via != "unreviewed"
        auto += filed
        right += filed and match.skill_id == item.expected
        counterpart += item.expected != NONE
    return right / max(auto, 1), right / max(counterpart, 1), 1 - auto / len(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", action="append", help="a development part (default: all)")
    parser.add_argument("--records", action="store_true",
                        help="also every record form (RECORDS: keys and values, markup, ...)")
    args = parser.parse_args()
    forms = FORMS | ({name: record(write) for name, write in RECORDS.items()}
                     if args.records else {})
    matcher = SkillMatcher.for_taxonomy(load_taxonomy(ROOT / "taxonomies"))
    parts = {"dev": DATA, "heldout": DATA, "heldout2": DATA} | dict(DEVELOPMENT_PARTS)
    width = max(map(len, forms))
    print(f"{'part':10} {'form':{width}} {'plain':>20} {'rules alone':>20} {'form learnt':>20}")
    for part in args.part or list(parts):
        names = [n for n in read_names(parts[part]) if n.split == part]
        plain = score(matcher, names, [n.name for n in names], None)
        for form, render in forms.items():
            rng = random.Random(7)
            texts = [render(n.name, rng) for n in names]
            learnt = ExportForm.learn(texts, matcher)
            cells = [plain, score(matcher, names, texts, None),
                     score(matcher, names, texts, learnt)]
            print(f"{part:10} {form:{width}} " + " ".join(
                f"{p:.3f}/{r:.3f}/{u:5.1%}".rjust(20) for p, r, u in cells))


if __name__ == "__main__":
    main()
