"""Issue 14's own unit: the share of a bundle's distinct skill names the importer leaves
unreviewed, for each development institution (Northgate, Tarnside and every later set but the
held out), each bundle generated, written and parsed as ``skillmap import`` parses it (the
export's form learnt from its own names), without a database. ``bench/matching_eval.py``
counts catalogue names; an export that writes each holder's own fields around a name (dates,
levels, statuses) has thousands of distinct names, so this bench also counts the distinct
skills they were filed or kept as:

    .venv/bin/python bench/import_unreviewed.py                       # every development set
    .venv/bin/python bench/import_unreviewed.py --sets heldout33 heldout35

Target (issue 14): under 10% of an unseen bundle's distinct skill names left unreviewed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.search_bench import DEVELOPMENT_SETS, LATER_SETS  # noqa: E402
from skillmap.bundle import parse_bundle, read_bundle  # noqa: E402
from skillmap.matching import SkillMatcher  # noqa: E402
from skillmap.taxonomy import Taxonomy, load_taxonomy  # noqa: E402
from tests.heldout import institution as northgate  # noqa: E402
from tests.heldout.institution3 import TARNSIDE  # noqa: E402
from tests.heldout.queries3 import PEOPLE, SEED  # noqa: E402


@dataclass(frozen=True)
class Unreviewed:
    """One bundle's distinct skill names and skills, and how many of each stay unreviewed."""

    names: int
    unreviewed_names: int
    skills: int
    unreviewed_skills: int

    @property
    def name_share(self) -> float:
        return self.unreviewed_names / self.names if self.names else 0.0

    @property
    def skill_share(self) -> float:
        return self.unreviewed_skills / self.skills if self.skills else 0.0


def sites(chosen: list[str] | None = None) -> list[tuple[str, object, int, int]]:
    """(set, site, people, seed) of the development institutions, or of `chosen` (never a
    held-out set: it is run once, by the coordinator, through its own bench)."""
    every = [("northgate", northgate.NORTHGATE, 1200, 1851), ("heldout3", TARNSIDE, PEOPLE, SEED)]
    every += [(part, site, queries.PEOPLE, queries.SEED)
              for part, (_, site, queries) in LATER_SETS.items() if part in DEVELOPMENT_SETS]
    if chosen is None:
        return every
    unknown = set(chosen) - {part for part, *_ in every}
    if unknown:
        raise SystemExit(f"not a development set: {', '.join(sorted(unknown))}")
    return [entry for entry in every if entry[0] in chosen]


def measure(taxonomy: Taxonomy, site, people: int, seed: int, folder: Path,
            matcher: SkillMatcher | None = None) -> Unreviewed:
    """Generate `site`'s bundle into `folder` and parse it as an import does."""
    truth = northgate.generate(people, seed, site)
    tables = read_bundle(northgate.write_bundle(truth, folder))
    parsed, report = parse_bundle(tables, taxonomy, institution=site.name, today=date.today(),
                                  matcher=matcher)
    names = {text for _, values in tables["person_skills.csv"].rows
             if (text := " ".join((values.get("skill") or "").split()))}
    skills = {h.skill_id for holdings in parsed.holdings.values() for h in holdings}
    return Unreviewed(len(names), len(names & {" ".join(t.split()) for t in report.unreviewed}),
                      len(skills), len(skills & set(report.unreviewed.values())))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", metavar="SET", help="development sets to measure")
    args = parser.parse_args(argv)
    taxonomy = load_taxonomy(ROOT / "taxonomies")
    matcher = SkillMatcher.for_taxonomy(taxonomy)
    print(f"{'set':<10} {'names':>6} {'unreviewed':>10} {'share':>6}   {'skills':>6} "
          f"{'unreviewed':>10} {'share':>6}")
    with tempfile.TemporaryDirectory() as tmp:
        for part, site, people, seed in sites(args.sets):
            got = measure(taxonomy, site, people, seed, Path(tmp) / part, matcher)
            print(f"{part:<10} {got.names:>6} {got.unreviewed_names:>10} {got.name_share:>6.1%}"
                  f"   {got.skills:>6} {got.unreviewed_skills:>10} {got.skill_share:>6.1%}",
                  flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
