"""Shape robustness: does the matcher file a name the same whatever form an HR export writes it in?

Every labelled development name (``bench/data/matching_names*.csv``, every part but a held-out
one, which is scored once, by the coordinator, and never looked at before) is rendered
in each *form* of ``bench/data/shapes_forms.csv`` -- the wrappers real HR, training-record and
skills-matrix exports put around a skill's name (proficiency ratings and levels, authorisation
and training status, codes and outline numbers, case, category prefixes with their separators,
competency phrasing, trailing marks, quotes and spacing), one row a form with a line saying
where it comes from -- and matched. For each form: auto-match precision, recall and the share
of all names left unreviewed, the change from the plain name (the ``plain`` row is the
baseline), and two counts against the plain name itself: ``new``, names the form auto-matches
to a skill the plain name was not auto-matched to (a form must never add a match: 0 is the
aim), and ``lost``, names the plain name matched right that the form does not.

    python bench/shapes_eval.py [--sample K] [--form FORM ...] [--errors FORM]

``--sample K`` scores every K-th name (quicker; the full run is ~170,000 matches, minutes).
``--errors FORM`` lists that form's ``new`` and ``lost`` names.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.matching_eval import (DATA, DEVELOPMENT_PARTS, NONE, Name, Tally,  # noqa: E402
                                 read_names)
from skillmap.matching import SkillMatcher  # noqa: E402
from skillmap.taxonomy import load_taxonomy  # noqa: E402

FORMS = ROOT / "bench" / "data" / "shapes_forms.csv"


@dataclass(frozen=True)
class Form:
    form: str
    template: str
    case: str
    where: str

    def render(self, name: str) -> str:
        """`name` written in this form."""
        if self.case == "upper":
            name = name.upper()
        elif self.case == "lower":
            name = name.lower()
        elif self.case == "proper":      # Excel PROPER(): a capital after every non-letter
            name = re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), name)
        elif self.case == "spaces":
            name = name.replace(" ", "  ")
        elif self.case == "nbsp":
            name = name.replace(" ", "\u00a0")
        return self.template.replace("{x}", name)


def read_forms(path: Path = FORMS) -> list[Form]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [Form(r["form"], r["template"], r["case"], r["where"])
                for r in csv.DictReader(handle)]


@dataclass
class Row(Tally):
    """A form's tally (matching_eval's), with the names it newly matches or loses."""
    new: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)


def evaluate(matcher: SkillMatcher, names: list[Name], forms: list[Form]) -> dict[str, Row]:
    plain = {n.name: matcher.match(n.name) for n in names}
    rows: dict[str, Row] = {}
    for form in forms:
        row = rows[form.form] = Row()
        for item in names:
            text = form.render(item.name)
            match = matcher.match(text)
            before = plain[item.name]
            row.names += 1
            row.with_counterpart += item.expected != NONE
            if match.via == "unreviewed":
                row.unreviewed += 1
            else:
                row.auto += 1
                row.correct += match.skill_id == item.expected
                if before.via == "unreviewed" or before.skill_id != match.skill_id:
                    row.new.append(f"{text!r} -> {match.skill_id} ({match.via}); plain "
                                   f"{before.skill_id if before.via != 'unreviewed' else '-'}"
                                   f", expected {item.expected}")
            if before.via != "unreviewed" and before.skill_id == item.expected and (
                    match.via == "unreviewed" or match.skill_id != item.expected):
                row.lost.append(f"{text!r} -> {match.skill_id if match.via != 'unreviewed' else '-'}"
                                f", expected {item.expected}")
    return rows


def report(rows: dict[str, Row], forms: list[Form]) -> list[str]:
    base = rows.get("plain")
    lines = [f"{'form':20} {'names':>5} {'auto':>5} {'prec':>6} {'recall':>6} {'unrev':>6} "
             f"{'Δprec':>6} {'Δrec':>6} {'Δunrev':>6} {'new':>4} {'lost':>4}"]
    for form in forms:
        r = rows[form.form]
        delta = (f"{r.precision - base.precision:+6.3f} {r.recall - base.recall:+6.3f} "
                 f"{r.unreviewed_share_all - base.unreviewed_share_all:+6.3f}" if base else " " * 20)
        lines.append(f"{form.form:20} {r.names:5d} {r.auto:5d} {r.precision:6.3f} "
                     f"{r.recall:6.3f} {r.unreviewed_share_all:6.3f} {delta} "
                     f"{len(r.new):4d} {len(r.lost):4d}")
    total = [rows[f.form] for f in forms if f.form != "plain"]
    if base and total:
        lines.append(f"{'worst form':20} recall {min(r.recall for r in total) - base.recall:+.3f}, "
                     f"precision {min(r.precision for r in total) - base.precision:+.3f}; "
                     f"new {sum(len(r.new) for r in total)}, "
                     f"lost {sum(len(r.lost) for r in total)} over {len(total)} forms")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, default=1, metavar="K",
                        help="score every K-th name only (1: all)")
    parser.add_argument("--form", action="append", default=[],
                        help="score only these forms (and plain); repeat")
    parser.add_argument("--errors", action="append", default=[], metavar="FORM",
                        help="list this form's new and lost names; repeat")
    parser.add_argument("--taxonomy", default=str(ROOT / "taxonomies"))
    args = parser.parse_args(argv)
    started = time.perf_counter()
    names = read_names(DATA) + [n for path in DEVELOPMENT_PARTS.values() for n in read_names(path)]
    names = names[::max(1, args.sample)]
    forms = read_forms()
    if args.form:
        forms = [f for f in forms if f.form == "plain" or f.form in args.form]
    rows = evaluate(SkillMatcher.for_taxonomy(load_taxonomy(args.taxonomy)), names, forms)
    print("\n".join(report(rows, forms)))
    for form in args.errors:
        print(f"\n{form}: new auto-matches"), print("\n".join(rows[form].new) or "(none)")
        print(f"\n{form}: lost"), print("\n".join(rows[form].lost) or "(none)")
    print(f"{len(names)} names x {len(forms)} forms in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
