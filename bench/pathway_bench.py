"""Pathway benchmark: index build, then person_pathway for random people at sector scale.

    .venv/bin/python bench/pathway_bench.py                  # 50,000 people, 1,000 pathways
    .venv/bin/python bench/pathway_bench.py --people 5000    # quicker

Reuses the search benchmark's directory (bench/out/search-<N>.db) when it exists,
through a copy (bench/out/pathway-<N>.db) migrated to the current schema, so
that file is never changed; otherwise generates and imports the demo
institution at that size. Prints the index build time, peak memory, and
p50/p95/p99/max latency of `person_pathway` (target, issue 6: <= 20 ms each),
plus the cost of turning a pathway into JSON and of the explore-page views.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
import tracemalloc
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))

from bench.search_bench import directory_of, percentile  # noqa: E402
from skillmap.pathways import (build_pathway_index, grade_overview, ladder_svg,  # noqa: E402
                               ladder_text, person_pathway)
from skillmap.settings import read_settings  # noqa: E402
from skillmap.taxonomy import load_taxonomy  # noqa: E402

TARGET_MS = 20.0


def timed(run, items) -> list[float]:
    timings = []
    for item in items:
        started = time.perf_counter()
        run(item)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def summary(name: str, timings: list[float]) -> str:
    return (f"{name:<34} {percentile(timings, 50):>7.2f} {percentile(timings, 95):>7.2f} "
            f"{percentile(timings, 99):>7.2f} {max(timings):>7.2f}")


def build(taxonomy, directory, today: date):
    """The index, its build time, and the memory it allocates at its peak (MB)."""
    started = time.perf_counter()
    index = build_pathway_index(taxonomy, directory, today=today)
    seconds = time.perf_counter() - started
    tracemalloc.start()
    build_pathway_index(taxonomy, directory, today=today)
    allocated = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return index, seconds, allocated


def measure(index, directory, count: int) -> dict[str, list[float]]:
    """Latencies (ms) of a pathway for `count` random graded people, then of the views."""
    graded = [p.person_id for p in directory.people if p.grade]
    sample = random.Random(6).sample(graded, min(count, len(graded)))
    person_pathway(index, sample[0])                       # warm up (numpy, scipy first calls)
    timings = {f"person_pathway ({len(sample):,} people)":
               timed(lambda pid: person_pathway(index, pid), sample)}
    pathways = [person_pathway(index, pid) for pid in sample[:200]]
    timings["as_dict + json.dumps (200)"] = timed(lambda p: json.dumps(p.as_dict()), pathways)
    timings["grade_overview (20)"] = timed(lambda _: grade_overview(index), range(20))
    timings["ladder_svg + ladder_text (50)"] = timed(
        lambda p: (ladder_svg(index.ladder, highlight=list(p.routes[0].nodes)),
                   ladder_text(index.ladder)), [p for p in pathways[:50] if p.routes])
    timings["JSON size (KB, 200)"] = [len(json.dumps(p.as_dict())) / 1024 for p in pathways]
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=50_000)
    parser.add_argument("--pathways", type=int, default=1000)
    args = parser.parse_args()
    taxonomy = load_taxonomy(read_settings()["TAXONOMY_DIR"])
    started = time.perf_counter()
    directory, _ = directory_of(args.people, taxonomy)
    load_seconds = time.perf_counter() - started
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    index, build_seconds, index_mb = build(taxonomy, directory, date.today())
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    timings = measure(index, directory, args.pathways)
    print(f"skillmap pathway benchmark: {len(directory.people):,} people, "
          f"{len(directory.holdings):,} skill holdings, {len(directory.skills):,} skills, "
          f"{len(index.routes)} grades")
    print(f"directory load {load_seconds:.1f} s; index build {build_seconds:.2f} s "
          f"(allocates {index_mb:,.0f} MB at its peak); process peak memory {peak_mb:,.0f} MB "
          f"(directory loaded: {rss_before:,.0f} MB)")
    print(f"{'':<34} {'p50':>7} {'p95':>7} {'p99':>7} {'max':>7}   (ms unless stated)")
    for name, values in timings.items():
        print(summary(name, values))
    pathway_ms = next(iter(timings.values()))
    slow = sum(t > TARGET_MS for t in pathway_ms)
    print(f"target <= {TARGET_MS:.0f} ms per pathway: "
          + ("met for every pathway" if not slow else f"MISSED by {slow} of {len(pathway_ms)}"))


if __name__ == "__main__":
    main()
