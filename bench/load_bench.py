"""Load test on loopback: gunicorn + PostgreSQL serving the 50,000-person directory.

    ./scripts/test -k nothing          # once: installs and starts PostgreSQL, creates the role
    .venv/bin/python bench/load_bench.py [--seconds 60] [--workers 2]

Creates (once) a `skillmap_bench` PostgreSQL database holding the 50,000-person
demo consortium, starts `skillmap serve --production`, signs in a technician
and a manager, then drives it with wrk (Debian's package) for two runs of
`--seconds` each: search only, and a mix of search, profile, pathway and
succession requests. Prints requests/s, p50/p95/p99 latency and errors.
Targets (issue 9): >= 200 search requests/s, p95 < 100 ms, zero errors over 60 s.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DB = "postgresql+psycopg://skillmap:skillmap@127.0.0.1:{port}/skillmap_bench"
PASSWORD = "load-bench-password"


def pg_port() -> str:
    line = subprocess.run(["pg_lsclusters", "-h"], capture_output=True, text=True).stdout
    return line.split()[2]


def ensure_database(url: str, people: int) -> None:
    """Create and fill the bench database once."""
    subprocess.run(["su", "postgres", "-c", "createdb -O skillmap skillmap_bench"],
                   capture_output=True)
    skillmap = [sys.executable, "-m", "skillmap", "--db", url]
    subprocess.run([*skillmap, "init"], check=True, stdout=subprocess.DEVNULL)
    stats = subprocess.run([*skillmap, "stats", "--field", "people"], capture_output=True,
                           text=True, check=True).stdout.strip()
    if int(stats) < people:
        print(f"loading {people:,} people into PostgreSQL (once)...", flush=True)
        subprocess.run([*skillmap, "seed", "--people", str(people), "-q"], check=True,
                       stdout=subprocess.DEVNULL)
    from skillmap.store.session import make_sessionmaker
    from skillmap.store.demo_users import reset_demo_users
    from skillmap.store.models import User
    from sqlalchemy import select
    from skillmap.accounts import hash_password

    with make_sessionmaker(url).begin() as session:
        for email, *_ in reset_demo_users(session):
            session.scalar(select(User).where(User.email == email)).password_hash = \
                hash_password(PASSWORD)


def start_server(url: str, port: int, workers: int) -> subprocess.Popen:
    log = open(tempfile.gettempdir() + "/skillmap-load-gunicorn.log", "w")  # noqa: SIM115
    process = subprocess.Popen(
        [sys.executable, "-m", "skillmap", "--db", url, "serve", "--production", "--port",
         str(port), "--workers", str(workers)], stdout=log, stderr=log,
        env={**os.environ, "SKILLMAP_SECRET_KEY": "load-bench", "SKILLMAP_LOG_REQUESTS": "0"})
    for _ in range(600):
        try:
            if requests.get(f"http://127.0.0.1:{port}/healthz", timeout=5).ok:
                return process
        except requests.ConnectionError:
            time.sleep(0.5)
    process.terminate()
    sys.exit("the server did not start; see " + log.name)


def cookie_for(base: str, email: str) -> str:
    session = requests.Session()
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"',
                      session.get(base + "/login").text).group(1)
    session.post(base + "/login", data={"email": email, "password": PASSWORD,
                                        "csrf_token": token}, allow_redirects=False)
    return "; ".join(f"{k}={v}" for k, v in session.cookies.items())


def request_lists(base: str) -> tuple[list[str], list[str]]:
    """Search-only lines and mixed lines, as "cookie<TAB>path"."""
    from skillmap.settings import read_settings
    from skillmap.store.queries import load_directory
    from skillmap.store.session import make_sessionmaker
    from skillmap.taxonomy import load_taxonomy
    from bench.search_bench import mixed_queries

    taxonomy = load_taxonomy(read_settings()["TAXONOMY_DIR"])
    with make_sessionmaker(DB.format(port=pg_port()))() as session:
        directory = load_directory(session)
    queries = mixed_queries(taxonomy, directory, 1000)
    searches = ["\t/api/v1/search?" + requests.compat.urlencode({"q": q}) for q in queries]
    rng = random.Random(11)
    public = [p.person_id for p in directory.people if p.public]
    technician, manager = (cookie_for(base, f"{r}@demo.skillmap.invalid")
                           for r in ("technician", "manager"))
    me = requests.get(base + "/careers/me", headers={"Cookie": technician},
                      allow_redirects=False).headers["Location"].split("/")[-2]
    mixed = []
    for i in range(1000):
        kind = rng.random()
        if kind < 0.6:
            mixed.append(searches[i])
        elif kind < 0.8:
            mixed.append(f"\t/api/v1/people/{rng.choice(public)}")
        elif kind < 0.9:
            mixed.append(f"{technician}\t/api/v1/people/{me}/pathway")
        else:
            mixed.append(f"{manager}\t/api/v1/succession?horizon_years=5")
    return searches, mixed


def run_wrk(base: str, lines: list[str], seconds: int, connections: int) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False) as handle:
        handle.write("\n".join(lines) + "\n")
    result = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "-s",
         str(ROOT / "bench" / "load_bench.lua"), base],
        capture_output=True, text=True, env={**os.environ, "SKILLMAP_LOAD_REQUESTS": handle.name})
    os.unlink(handle.name)
    line = next(l for l in result.stdout.splitlines() if l.startswith("RESULT"))
    return {k: float(v) for k, v in (pair.split("=") for pair in line.split()[1:])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--people", type=int, default=50_000)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")
    url = DB.format(port=pg_port())
    ensure_database(url, args.people)
    port = 8765
    server = start_server(url, port, args.workers)
    base = f"http://127.0.0.1:{port}"
    try:
        searches, mixed = request_lists(base)
        print(f"skillmap load test: gunicorn {args.workers} workers on PostgreSQL, "
              f"{args.people:,} people, wrk {args.connections} connections, {args.seconds} s each")
        print(f"{'run':<22} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} "
              f"{'max ms':>8} {'errors':>7}")
        for name, lines in (("search only", searches),
                            ("mixed (60/20/10/10)", mixed)):
            r = run_wrk(base, lines, args.seconds, args.connections)
            print(f"{name:<22} {r['requests'] / r['seconds']:>8.1f} {r['p50']:>8.1f} "
                  f"{r['p95']:>8.1f} {r['p99']:>8.1f} {r['max']:>8.1f} "
                  f"{int(r['non200'] + r['socket_errors']):>7}")
    finally:
        server.terminate()
        server.wait(timeout=60)


if __name__ == "__main__":
    main()
