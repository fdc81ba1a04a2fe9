"""Unreviewed skills when an export writes each holder's own fields around one name.

The held-out institutions' generators write an export's fields as a function of the name
(the same text for every holder), as the determinism of their bundles asks. A real export
writes each holder's own numbers: a workload model's hours and FTE, a fingerprint's share, a
review date. This bench reads a development institution's bundle with every number after the
name's first field separator (" | ", " ~ " or " · ") replaced by a holder's own (seeded,
1-99) and counts the unreviewed skills the importer's parser makes of it, and how many of
them one person alone holds (a sole expert to succession, a copy to curation).

    .venv/bin/python bench/holder_fields.py     # heldout29, heldout28 and heldout27
    .venv/bin/python bench/holder_fields.py institution26:STANEGATE

Round 31, main's code before it (ba592f2) -> the round's (e594353): heldout28 2,785 -> 243
unreviewed skills (2,138 -> 33 held by one person), heldout27 3,259 -> 199 (3,139 -> 0).
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from datetime import date
from importlib import import_module
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from skillmap.bundle import parse_bundle  # noqa: E402
from skillmap.bundle.reading import Table  # noqa: E402
from skillmap.taxonomy import load_taxonomy  # noqa: E402
from tests.heldout.institution import generate  # noqa: E402

SEPARATOR = re.compile(r" \| | ~ | · ")
NUMBER = re.compile(r"(?<=[ (])(\d+(?:\.\d+)?)(?=[ %)])")


def own_numbers(text: str, rng: random.Random) -> str:
    """`text` with each number after its first field separator a holder's own."""
    found = SEPARATOR.search(text)
    if found is None:
        return text
    rest = NUMBER.sub(lambda _: str(rng.randint(1, 99)), " " + text[found.end():])[1:]
    return text[:found.end()] + rest


def main(sites: list[str]) -> None:
    taxonomy = load_taxonomy()
    for site in sites:
        module, name = site.split(":")
        institution = import_module(f"tests.heldout.{module}")
        truth = generate(institution.PEOPLE, institution.SEED, getattr(institution, name))
        rng = random.Random(1)
        tables = {}
        for file, rows in truth.rows.items():
            rows = [dict(row) for row in rows]
            if file == "person_skills.csv":
                for row in rows:
                    row["skill"] = own_numbers(row["skill"], rng)
            tables[file] = Table(file, list(rows[0]), list(enumerate(rows, start=2)))
        parsed, report = parse_bundle(tables, taxonomy, institution="U",
                                      today=date(2026, 12, 5))
        held = Counter(h.skill_id for rows in parsed.holdings.values() for h in rows
                       if parsed.new_skills.get(h.skill_id) is not None)
        print(f"{site}: {'imports' if report.ok else 'REJECTED'}; {len(report.unreviewed):,} "
              f"names left for review make {len(held):,} unreviewed skills, "
              f"{sum(1 for n in held.values() if n == 1):,} held by one person")


if __name__ == "__main__":
    main(sys.argv[1:] or ["institution29:HAVERLEIGH", "institution28:SKELMOUTH",
                          "institution27:LWANDA"])
