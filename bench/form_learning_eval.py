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
hours and sign-off, a ticket's number and priority). Each part is matched three ways: the
plain names, the written names with the rules alone, and the written names with the form
learnt from the part's own written names. Precision / recall / unreviewed share, as
bench/matching_eval.py counts them.

    python bench/form_learning_eval.py [--part PART ...]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable
from pathlib import Path

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
    args = parser.parse_args()
    matcher = SkillMatcher.for_taxonomy(load_taxonomy(ROOT / "taxonomies"))
    parts = {"dev": DATA, "heldout": DATA, "heldout2": DATA} | dict(DEVELOPMENT_PARTS)
    print(f"{'part':10} {'form':9} {'plain':>20} {'rules alone':>20} {'form learnt':>20}")
    for part in args.part or list(parts):
        names = [n for n in read_names(parts[part]) if n.split == part]
        plain = score(matcher, names, [n.name for n in names], None)
        for form, render in FORMS.items():
            rng = random.Random(7)
            texts = [render(n.name, rng) for n in names]
            learnt = ExportForm.learn(texts, matcher)
            cells = [plain, score(matcher, names, texts, None),
                     score(matcher, names, texts, learnt)]
            print(f"{part:10} {form:9} " + " ".join(
                f"{p:.3f}/{r:.3f}/{u:5.1%}".rjust(20) for p, r, u in cells))


if __name__ == "__main__":
    main()
