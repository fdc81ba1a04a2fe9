"""Import benchmark at sector scale: a 50,000-person bundle into a fresh database.

Each phase runs in its own process, so its peak memory (max RSS) is its own:

    .venv/bin/python bench/import_bench.py                      # SQLite file in bench/out/
    .venv/bin/python bench/import_bench.py --db postgresql+psycopg://...   # any empty database
    .venv/bin/python bench/import_bench.py --people 5000        # a quicker run

Targets (issue 3): import under 60 s and under 1.5 GB peak memory on a 2-core machine.
As the application does, the import orders unreviewed names' suggestions with the optional
sentence model when it is installed and ``SKILLMAP_SEMANTIC_SEARCH`` is not 0.
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
    from skillmap.settings import read_settings
    from skillmap.store.session import init_db, make_engine, make_sessionmaker
    from skillmap.taxonomy import load_taxonomy

    taxonomy = load_taxonomy(read_settings()["TAXONOMY_DIR"])
    bundle = OUT / f"bundle-{people}"
    started = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_SELF)
    cpu_before = before.ru_utime + before.ru_stime
    extra = {}
    if name == "generate":
        from skillmap.demo import generate_bundle

        generate_bundle(bundle, taxonomy, people=people)
    elif name in {"import", "re-import"}:
        from skillmap.search.semantic import embedder_for
        from skillmap.store.importer import import_bundle

        embedder = embedder_for()
        engine = make_engine(db)
        init_db(engine)
        backends = _watch_backends(engine)
        report = import_bundle(make_sessionmaker(engine), bundle, taxonomy,
                               institution="University of Example", embedder=embedder)
        assert report.ok, report.as_text()[:2000]
        extra = {"rows": sum(report.rows.values()), "changes": dict(report.changes),
                 "semantic": embedder is not None,
                 "server_cpu": _backend_cpu(backends)}
    elif name == "export":
        from skillmap.store.exporter import export_bundle

        export_bundle(make_sessionmaker(make_engine(db)), OUT / f"export-{people}")
    seconds = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {"phase": name, "seconds": round(seconds, 2), "peak_mb": round(usage.ru_maxrss / 1024),
            "cpu": round(usage.ru_utime + usage.ru_stime - cpu_before, 1), **extra}


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
    db = args.db
    if db is None:
        sqlite_file = OUT / f"bench-{args.people}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{sqlite_file}{suffix}").unlink(missing_ok=True)
        db = f"sqlite:///{sqlite_file}"
    print(f"skillmap import benchmark: {args.people:,} people, database {db.split('@')[-1]}")
    print(f"machine load (1 min) {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; 'cpu s' is "
          "skillmap's CPU time, the notes give a local PostgreSQL server's")
    print(f"{'phase':<10} {'seconds':>8} {'cpu s':>6} {'peak MB':>8}  notes")
    reuse = args.reuse_bundle and (OUT / f"bundle-{args.people}" / "people.csv").is_file()
    for name in ("import", "re-import", "export") if reuse else (
            "generate", "import", "re-import", "export"):
        result = subprocess.run([sys.executable, __file__, "--phase", name, "--people",
                                 str(args.people), "--db", db], capture_output=True, text=True)
        if result.returncode:
            sys.exit(f"{name} failed:\n{result.stderr}")
        figures = json.loads(result.stdout.strip().splitlines()[-1])
        notes = f"{figures['rows']:,} rows" if "rows" in figures else ""
        if figures.get("semantic"):
            notes += "; sentence model on"
        if figures.get("server_cpu") is not None:
            notes += f"; database server CPU {figures['server_cpu']:.1f} s"
        if name == "re-import":
            unchanged = figures["changes"].get("people unchanged", 0)
            notes += f"; {unchanged:,} people unchanged (idempotent)"
        print(f"{name:<10} {figures['seconds']:>8.1f} {figures['cpu']:>6.1f} "
              f"{figures['peak_mb']:>8,}  {notes}")


if __name__ == "__main__":
    main()
