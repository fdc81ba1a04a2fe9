"""Import benchmark at sector scale: a 50,000-person bundle into a fresh database.

The import phases run what an administrator's ``skillmap import`` runs (the web import's
background job calls the same application method): ``SkillmapApp.import_bundle``, whose
transaction also stores the Technician Commitment snapshot, then the search index build
the CLI does after it (``SkillmapApp.prepare_search``), in one process. Each phase runs in
its own process, so its peak memory (max RSS) is its own; within the import the table
splits the time into its steps, and the peak column is the process's peak by the end of
each step (the last row of a phase is what the administrator's command peaks at):

    .venv/bin/python bench/import_bench.py                      # SQLite file in bench/out/
    .venv/bin/python bench/import_bench.py --db postgresql+psycopg://...   # any empty database
    .venv/bin/python bench/import_bench.py --people 5000        # a quicker run

Targets (issues 3 and 14): import under 60 s and under 1.5 GB peak memory on a 2-core
machine. As the application does, the import orders unreviewed names' suggestions with the
optional sentence model when it is installed and ``SKILLMAP_SEMANTIC_SEARCH`` is not 0; the
vector store is a fresh file in bench/out (the first import embeds every skill text; the
re-import reads them back).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))


def phase(name: str, people: int, db: str) -> dict:
    """Run one phase here and return its figures."""
    bundle = OUT / f"bundle-{people}"
    started = time.perf_counter()
    cpu_before = _cpu()
    extra: dict = {}
    if name == "generate":
        from skillmap.demo import generate_bundle
        from skillmap.settings import read_settings
        from skillmap.taxonomy import load_taxonomy

        generate_bundle(bundle, load_taxonomy(read_settings()["TAXONOMY_DIR"]), people=people)
    elif name in {"import", "re-import"}:
        extra = _admin_import(bundle, people, db, started, cpu_before)
    elif name == "export":
        from skillmap.store.exporter import export_bundle
        from skillmap.store.session import make_engine, make_sessionmaker

        export_bundle(make_sessionmaker(make_engine(db)), OUT / f"export-{people}")
    return {"phase": name, "seconds": round(time.perf_counter() - started, 2),
            "peak_mb": _peak_mb(), "cpu": round(_cpu() - cpu_before, 1), **extra}


def _admin_import(bundle: Path, people: int, db: str, started: float, cpu_before: float
                  ) -> dict:
    """What ``skillmap import`` runs: the application's import (with its snapshot, in one
    transaction), then the search index build; the time and peak so far at each step."""
    from skillmap.app import SkillmapApp
    from skillmap.settings import Settings

    app = SkillmapApp(Settings.read({"DATABASE_URL": db,
                                     "VECTOR_STORE": str(OUT / f"vectors-{people}.sqlite3")}))
    app.migrate()
    backends = _watch_backends(app.engine)
    steps: list[dict] = []
    mark = [started, cpu_before]

    def step(label: str) -> None:
        now, cpu = time.perf_counter(), _cpu()
        steps.append({"step": label, "seconds": round(now - mark[0], 2),
                      "cpu": round(cpu - mark[1], 1), "peak_mb": _peak_mb()})
        mark[:] = [now, cpu]

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "written staff":
            step("read, match, write")
        elif stage.startswith("snapshot"):
            step("snapshot")

    report = app.import_bundle(bundle, progress=progress)
    assert report.ok, report.as_text()[:2000]
    step("commit")
    done = app.prepare_search()
    step("search index")
    return {"rows": sum(report.rows.values()), "changes": dict(report.changes),
            "semantic": done is not None, "embedded": done, "steps": steps,
            "server_cpu": _backend_cpu(backends)}


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _peak_mb() -> int:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def _watch_backends(engine) -> set[int]:
    """The PostgreSQL server processes that serve `engine` from now on (none for SQLite)."""
    from sqlalchemy import event

    pids: set[int] = set()
    if engine.dialect.name == "postgresql":
        engine.pool.dispose()           # later connections are new, so each one is seen

        @event.listens_for(engine, "connect")
        def _connected(dbapi_connection, _record) -> None:
            with dbapi_connection.cursor() as cursor:
                cursor.execute("SELECT pg_backend_pid()")
                pids.add(cursor.fetchone()[0])
    return pids


def _backend_cpu(pids: set[int]) -> float | None:
    """CPU seconds the database server spent for this phase (same machine only)."""
    total = 0.0
    for pid in pids:
        try:
            if Path(f"/proc/{pid}/comm").read_text().strip() != "postgres":
                return None             # the server runs on another machine or container
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return round(total, 1) if pids else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=50_000)
    parser.add_argument("--db", help="empty database URL (default: a fresh SQLite file)")
    parser.add_argument("--reuse-bundle", action="store_true",
                        help="keep an already generated bundle in bench/out (skip 'generate')")
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        print(json.dumps(phase(args.phase, args.people, args.db)))
        return
    OUT.mkdir(parents=True, exist_ok=True)
    Path(OUT / f"vectors-{args.people}.sqlite3").unlink(missing_ok=True)
    db = args.db
    if db is None:
        sqlite_file = OUT / f"bench-{args.people}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{sqlite_file}{suffix}").unlink(missing_ok=True)
        db = f"sqlite:///{sqlite_file}"
    print(f"skillmap import benchmark: {args.people:,} people, database {db.split('@')[-1]}")
    print(f"machine load (1 min) {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; 'cpu s' is "
          "skillmap's CPU time, the notes give a local PostgreSQL server's; 'peak MB' is the "
          "phase's process's peak by the end of the row")
    print(f"{'phase':<20} {'seconds':>8} {'cpu s':>6} {'peak MB':>8}  notes")
    reuse = args.reuse_bundle and (OUT / f"bundle-{args.people}" / "people.csv").is_file()
    for name in ("import", "re-import", "export") if reuse else (
            "generate", "import", "re-import", "export"):
        result = subprocess.run([sys.executable, __file__, "--phase", name, "--people",
                                 str(args.people), "--db", db], capture_output=True, text=True)
        if result.returncode:
            sys.exit(f"{name} failed:\n{result.stderr}")
        figures = json.loads(result.stdout.strip().splitlines()[-1])
        for step in figures.get("steps", ()):
            print(f"  {step['step']:<18} {step['seconds']:>8.1f} {step['cpu']:>6.1f} "
                  f"{step['peak_mb']:>8,}")
        print(f"{name:<20} {figures['seconds']:>8.1f} {figures['cpu']:>6.1f} "
              f"{figures['peak_mb']:>8,}  {_notes(name, figures)}")


def _notes(name: str, figures: dict) -> str:
    notes = [f"{figures['rows']:,} rows"] if "rows" in figures else []
    if figures.get("embedded"):
        notes.append("sentence model on: {:,} texts embedded, {:,} read from the vector "
                     "store".format(*figures["embedded"]))
    if figures.get("server_cpu") is not None:
        notes.append(f"database server CPU {figures['server_cpu']:.1f} s")
    if name == "re-import":
        notes.append(f"{figures['changes'].get('people unchanged', 0):,} people unchanged "
                     "(idempotent)")
    return "; ".join(notes)

if __name__ == "__main__":
    main()
