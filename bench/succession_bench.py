"""Succession benchmark: index build, whole-directory, institution and department reports.

    .venv/bin/python bench/succession_bench.py                 # 50,000 people
    .venv/bin/python bench/succession_bench.py --people 5000   # quicker

Reuses (or generates and imports once) the demo directory of bench/search_bench.py
(bench/out/search-<N>.db: above a thousand people a consortium of institutions of
about 850 each). Prints the index build time, the median and max over several runs
of the full report over everyone, of the largest institution's report, and of one
department's report (the first run of each is cold: successor candidates are made and
kept on the index), and the peak memory.
Targets (issue 16): full report <= 1 s, department report <= 100 ms (also as a manager
sees it: names limited to their departments and public profiles elsewhere).
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.search_bench import directory_of  # noqa: E402
from skillmap.settings import read_settings  # noqa: E402
from skillmap.succession import (NameScope, build_succession_index,  # noqa: E402
                                 succession_report)
from skillmap.taxonomy import load_taxonomy  # noqa: E402

FULL_TARGET, DEPARTMENT_TARGET = 1.0, 0.1


CPU: list[float] = []


def timed(runs: int, call) -> tuple[list[float], object]:
    """Wall-clock seconds of `runs` calls, and the last result; the CPU seconds of this
    process for each call go to CPU (on a busy machine they show what an idle one gives)."""
    seconds, result = [], None
    CPU.clear()
    for _ in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        result = call()
        seconds.append(time.perf_counter() - started)
        CPU.append(time.process_time() - cpu)
    return seconds, result


def line(name: str, seconds: list[float], target: float | None, detail: str) -> str:
    verdict = "" if target is None else ("  OK" if median(seconds) <= target else "  OVER TARGET")
    limit = f" (target <= {target * 1000:.0f} ms)" if target else ""
    runs = " ".join(f"{s * 1000:.0f}" for s in seconds)
    cpu = f"; CPU median {median(CPU) * 1000:.0f} ms" if CPU else ""
    return (f"{name:<34} median {median(seconds) * 1000:7.1f} ms  max {max(seconds) * 1000:7.1f} ms"
            f"{limit}{verdict}\n{'':<34} [{detail}; runs in ms: {runs}{cpu}]")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--horizon", type=int, default=5)
    parser.add_argument("--no-freeze", action="store_true",
                        help="leave the loaded directory to the cyclic garbage collector")
    args = parser.parse_args()
    taxonomy = load_taxonomy(read_settings()["TAXONOMY_DIR"])
    started = time.perf_counter()
    directory, db_file = directory_of(args.people, taxonomy)
    print(f"directory: {len(directory.people):,} people, {len(directory.holdings):,} skills held, "
          f"{len(directory.facilities):,} facilities ({db_file.name}, loaded in "
          f"{time.perf_counter() - started:.1f} s)")
    index = build_succession_index(taxonomy, directory, today=date(date.today().year, 1, 1))
    print(f"index build                        {index.build_seconds:7.2f} s")
    biggest = Counter(p.institution for p in directory.people).most_common(1)[0][0]
    department = Counter(p.department for p in directory.people
                         if p.institution == biggest).most_common(1)[0][0]
    runs = [
        ("full report (everyone)", FULL_TARGET, {}),
        ("institution report", FULL_TARGET, {"institution": biggest}),
        ("department report", DEPARTMENT_TARGET,
         {"institution": biggest, "departments": {department}}),
        ("department report, all institutions", None, {"departments": {department}}),
        ("manager's department report", DEPARTMENT_TARGET,
         {"institution": biggest, "departments": {department},
          "viewer_departments": {department}}),
    ]
    if not args.no_freeze:
        # What a long-running server does after loading: move the directory and the index
        # out of the cyclic collector's way, so that an occasional full collection does not
        # walk a million long-lived objects in the middle of a request (about 0.4 s here).
        gc.collect()
        gc.freeze()
    print(f"gc.freeze() after loading: {'no' if args.no_freeze else 'yes'}")
    over = False
    for name, target, scope in runs:
        seconds, report = timed(args.runs, lambda scope=scope: succession_report(
            index, horizon_years=args.horizon, **scope))
        over |= target is not None and median(seconds) > target
        gaps = sum(r.severity >= 25 for r in report.skill_risks)
        print(line(name, seconds, target,
                   f"{report.people:,} people, {len(report.skill_risks):,} skill risks "
                   f"({gaps:,} gaps), {len(report.facility_risks):,} facilities at risk, "
                   f"{len(report.covered_facilities):,} with safe expert cover"))
    names = NameScope(index, {department})
    seconds, found = timed(args.runs, lambda: names.find("ja sm", in_scope_only=False))
    print(line("name picker (\"ja sm\", anyone nameable)", seconds, None,
               f"{len(found)} people found"))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (whole process)         {peak:7.0f} MB")
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
