"""Reliability under concurrency and hostile input, against a real server on 127.0.0.1.

    bench/reliability_bench.py [--db sqlite|postgresql|both] [--server dev|gunicorn|both]
                               [--rounds 20] [--people 50000] [--skip-import]

Each part starts a fresh server (the development server or gunicorn) on a free
loopback port over its own database, and prints one line of figures:

- concurrent saves: rounds of 2 and of 12 browsers that open one profile at the
  same version and press save together (a barrier); expected: exactly one save
  per round, the others a 409 conflict page, no 5xx, audit entries = saves;
- a zip bomb (a small zip expanding to 1 GiB): refused within 5 s, the server's
  resident memory grows by less than 300 MB;
- a 300 MB upload: 413 before the body is read;
- an import of a 50,000-person bundle on the admin page while 4 clients search, until
  every search is answered from the new directory: no errors, the search p95 and the
  longest search printed, during the import and during the rebuild after it.

Loops are bounded; nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import argparse
import os
import re
import select
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
CSRF = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"'
                  r'|name="csrf_token" value="([^"]+)"')
VERSION = re.compile(r'name="version" type="hidden" value="(\d+)"')
TIMEOUT = 60


class Browser:
    """One person's browser: a cookie jar and the forms they fill in."""

    def __init__(self, base: str):
        self.base, self.http = base, requests.Session()

    def token(self, path: str) -> tuple[str, str]:
        html = self.http.get(self.base + path, timeout=TIMEOUT).text
        match = CSRF.search(html)
        assert match, f"no CSRF token on {path}"
        return match.group(1) or match.group(2), html

    def sign_in(self, email: str, password: str) -> int:
        token, _ = self.token("/login")
        return self.http.post(self.base + "/login", data={
            "email": email, "password": password, "csrf_token": token},
            allow_redirects=False, timeout=TIMEOUT).status_code

    def open_profile(self, person_id: str) -> tuple[str, str]:
        """The profile form as it stands: (CSRF token, version)."""
        token, html = self.token(f"/people/{person_id}/edit")
        version = VERSION.search(html)
        assert version, "the profile form has no version"
        return token, version.group(1)

    def save_profile(self, person_id: str, token: str, version: str, summary: str) -> int:
        return self.http.post(self.base + f"/people/{person_id}/edit", data={
            "csrf_token": token, "version": version, "summary": summary, "public": "y",
            "skills-0-skill": "NMR spectroscopy", "skills-0-level": "3"},
            allow_redirects=False, timeout=TIMEOUT).status_code


@dataclass
class Round:
    statuses: Counter
    summaries: list[str]


def save_round(browsers: list[Browser], person_id: str, label: str) -> Round:
    """Every browser opens the profile, waits for the others, then all press save at once."""
    barrier = threading.Barrier(len(browsers))
    statuses: list[int] = [0] * len(browsers)
    summaries = [f"{label} edit {n:02d}" for n in range(len(browsers))]

    def one(n: int) -> None:
        token, version = browsers[n].open_profile(person_id)
        barrier.wait(timeout=TIMEOUT)                # everyone holds the same version
        try:
            statuses[n] = browsers[n].save_profile(person_id, token, version, summaries[n])
        except requests.RequestException:
            statuses[n] = -1

    threads = [threading.Thread(target=one, args=(n,)) for n in range(len(browsers))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(TIMEOUT * 2)
    return Round(Counter(statuses), summaries)


# --- servers ------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children (gunicorn workers), in MB."""
    total = 0
    for p in [pid, *_children(pid)]:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except FileNotFoundError:
            pass
    return total / 1024


def _children(pid: int) -> list[int]:
    try:
        kids = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except FileNotFoundError:
        return []
    return [int(k) for k in kids] + [g for k in kids for g in _children(int(k))]


@contextmanager
def server(kind: str, env: dict[str, str]):
    """Serve the app on 127.0.0.1 (dev server or gunicorn); yields (base URL, pid)."""
    port = free_port()
    command = [sys.executable, "-m", "skillmap", "serve", "--host", "127.0.0.1", "--port",
               str(port)] + (["--production"] if kind == "gunicorn" else [])
    log = os.environ.get("RELIABILITY_SERVER_LOG")        # a file for the server's output
    output = open(log, "a") if log else subprocess.DEVNULL
    process = subprocess.Popen(command, env={**os.environ, **env}, cwd=ROOT,
                               stdout=output, stderr=output)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                if requests.get(base + "/healthz", timeout=2).status_code == 200:
                    break
            except requests.RequestException:
                time.sleep(0.2)
        else:
            raise RuntimeError(f"the {kind} server did not start")
        yield base, process.pid
    finally:
        process.terminate()
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def run_cli(env: dict[str, str], *args: str) -> None:
    subprocess.run([sys.executable, "-m", "skillmap", *args], env={**os.environ, **env},
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fresh_database(kind: str, folder: Path) -> str:
    if kind == "sqlite":
        return f"sqlite:///{folder / 'bench.db'}"
    from sqlalchemy import text

    from skillmap.store.session import make_engine

    url = os.environ.get("SKILLMAP_BENCH_DATABASE_URL",
                         "postgresql+psycopg://skillmap:skillmap@127.0.0.1:5432/"
                         "skillmap_test_hardening")
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url


def small_directory(env: dict[str, str], folder: Path) -> None:
    """A directory of 3 people and admin accounts a1..a12 (password "bench-password")."""
    bundle = folder / "bundle"
    bundle.mkdir(exist_ok=True)
    (bundle / "people.csv").write_text(
        "person_id,given_name,family_name,department,job_title\n"
        "P1,Ada,Lovelace,Chemistry,NMR Manager\nP2,Bob,Machin,Physics,Technician\n")
    run_cli(env, "init")
    run_cli(env, "import", str(bundle))
    for n in range(1, 13):
        run_cli(env, "users", "create", f"a{n}@bench.invalid", "--role", "admin",
                "--password", "bench-password")


def audit_count(url: str, target: str) -> int:
    from sqlalchemy import func, select

    from skillmap.store.models import AuditEntry
    from skillmap.store.session import make_engine, make_sessionmaker

    engine = make_engine(url)
    with make_sessionmaker(engine)() as session:
        count = session.scalar(select(func.count()).where(AuditEntry.target == target))
    engine.dispose()
    return count or 0


# --- the parts ----------------------------------------------------------------------------

def bench_saves(db: str, kind: str, rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        url = fresh_database(db, Path(tmp))
        env = {"SKILLMAP_DATABASE_URL": url, "SKILLMAP_SECRET_KEY": "bench-secret"}
        small_directory(env, Path(tmp))
        with server(kind, env) as (base, _):
            for size in (2, 12):
                browsers = [Browser(base) for _ in range(size)]
                for n, browser in enumerate(browsers, start=1):
                    assert browser.sign_in(f"a{n}@bench.invalid", "bench-password") == 302
                before = audit_count(url, "person:P1")
                totals, lost, exactly_one = Counter(), 0, 0
                for number in range(rounds):
                    result = save_round(browsers, "P1", f"{kind} {size}x round {number}")
                    totals += result.statuses
                    exactly_one += result.statuses[302] == 1
                    shown = browsers[0].http.get(base + "/people/P1", timeout=TIMEOUT).text
                    winners = [s for s in result.summaries if s in shown]
                    lost += result.statuses[302] - len(winners)
                audits = audit_count(url, "person:P1") - before
                errors = sum(v for k, v in totals.items() if k >= 500 or k < 0)
                print(f"saves {db:10} {kind:8} {size:2} at once x {rounds} rounds: "
                      f"saved {totals[302]}, conflicts (409) {totals[409]}, 5xx/failed {errors}, "
                      f"other {sum(totals.values()) - totals[302] - totals[409] - errors}, "
                      f"rounds with exactly one save {exactly_one}/{rounds}, lost {lost}, "
                      f"audit entries {audits}", flush=True)


def zip_bomb(path: Path, *, varied: bool, size: int = 1024 ** 3) -> Path:
    """A valid zip whose people.csv expands to `size` bytes of CSV rows.

    Identical rows compress about 1000 times (a 1 MB zip); numbered rows about
    25 times (a 40 MB zip that passes the ratio check, so the total-size check
    must catch it).
    """
    row = b"P%09d,Given,Family,Dept,Job title of some length to fill the line\n"
    chunk = b"".join(row % (n if varied else 1) for n in range(10_000))
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        with zf.open("people.csv", "w", force_zip64=True) as member:
            member.write(b"person_id,given_name,family_name,department,job_title\n")
            written = 0
            while written < size:
                member.write(chunk)
                written += len(chunk)
    return path


def admin_browser(base: str) -> Browser:
    browser = Browser(base)
    assert browser.sign_in("a1@bench.invalid", "bench-password") == 302
    return browser


def upload(browser: Browser, path: Path, dry_run: bool = True) -> requests.Response:
    token, _ = browser.token("/admin/import")
    with path.open("rb") as handle:
        return browser.http.post(browser.base + "/admin/import", data={
            "csrf_token": token, **({"dry_run": "y"} if dry_run else {})},
            files={"bundle": (path.name, handle)}, timeout=600)


def raw_upload(base: str, cookie: str, size: int) -> tuple[int | None, int]:
    """POST `size` bytes to the import page, stopping as soon as the server answers.

    Like curl, the client waits up to a second after the headers for an early
    answer before it streams the body. Returns (status, bytes sent before the answer).
    """
    host, port = base.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=TIMEOUT)
    head = (f"POST /admin/import HTTP/1.1\r\nHost: {host}:{port}\r\nCookie: {cookie}\r\n"
            "Content-Type: multipart/form-data; boundary=x\r\n"
            f"Content-Length: {size}\r\nConnection: close\r\n\r\n").encode()
    sock.sendall(head)
    chunk, sent, answer = b"0" * 65536, 0, b""
    try:
        select.select([sock], [], [], 1.0)
        while sent < size:
            readable, _, _ = select.select([sock], [], [], 0)
            if readable:
                break
            sock.sendall(chunk)
            sent += len(chunk)
        sock.settimeout(TIMEOUT)
        answer = sock.recv(4096)
    except OSError:
        pass
    finally:
        sock.close()
    match = re.match(rb"HTTP/1\.[01] (\d{3})", answer)
    return (int(match.group(1)) if match else None), sent


def bench_limits(kind: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        url = fresh_database("sqlite", Path(tmp))
        env = {"SKILLMAP_DATABASE_URL": url, "SKILLMAP_SECRET_KEY": "bench-secret"}
        small_directory(env, Path(tmp))
        bombs = [zip_bomb(Path(tmp) / f"bomb-{shape}.zip", varied=shape == "rows")
                 for shape in ("flat", "rows")]
        with server(kind, env) as (base, pid):
            browser = admin_browser(base)
            for bomb in bombs:
                rss_before = rss_mb(pid)
                peak = rss_before
                started = time.perf_counter()
                done = threading.Event()

                def watch() -> None:
                    nonlocal peak
                    while not done.is_set():
                        peak = max(peak, rss_mb(pid))
                        time.sleep(0.05)

                watcher = threading.Thread(target=watch)
                watcher.start()
                response = upload(browser, bomb)
                elapsed = time.perf_counter() - started
                done.set()
                watcher.join()
                refused = "refused before extracting" in response.text
                print(f"zip bomb   {kind:8} {bomb.stat().st_size / 1e6:.1f} MB zip -> 1 GiB: "
                      f"status {response.status_code}, refused {refused}, {elapsed:.2f} s, "
                      f"server RSS {rss_before:.0f} -> peak {peak:.0f} MB "
                      f"(+{peak - rss_before:.0f} MB)", flush=True)
            cookie = "; ".join(f"{k}={v}" for k, v in browser.http.cookies.items())
            started = time.perf_counter()
            status, sent = raw_upload(base, cookie, 300 * 1024 * 1024)
            print(f"upload     {kind:8} 300 MB: status {status} after "
                  f"{sent / 1024 / 1024:.1f} MB sent, {time.perf_counter() - started:.2f} s",
                  flush=True)


def bench_import_while_searching(db: str, kind: str, people: int) -> None:
    """Upload a `people`-person bundle on the admin import page while 4 clients search.

    The upload is imported in the background (the page redirects to the job's progress
    page, polled here as the browser does); the clients go on searching until every
    answer comes from the new directory (each worker builds it in the background and
    swaps it in), so the figures cover the import and the rebuild after it.
    """
    queries = ["NMR", "cryo-EM", "CNC milling", "glassblowing", "mass spec", "who runs the NMR",
               "confocal", "helium", "python", "electron microscopy"]
    with tempfile.TemporaryDirectory() as tmp:
        url = fresh_database(db, Path(tmp))
        env = {"SKILLMAP_DATABASE_URL": url, "SKILLMAP_SECRET_KEY": "bench-secret"}
        small_directory(env, Path(tmp))
        run_cli(env, "seed")                          # the demo institution, to search
        bundle = Path(tmp) / "consortium"
        from skillmap.demo import generate_bundle
        from skillmap.taxonomy import load_taxonomy

        generate_bundle(bundle, load_taxonomy(ROOT / "taxonomies"), people=people)
        archive = Path(tmp) / "consortium.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
            for file in sorted(bundle.glob("*.csv")):
                zf.write(file, file.name)
        with server(kind, env) as (base, _):
            browser = admin_browser(base)
            before = int(requests.get(base + "/api/v1/search", params={"q": "NMR"},
                                      timeout=TIMEOUT).headers["X-Skillmap-Generation"])
            stop = threading.Event()
            # (when it started, seconds, status, answered from the new directory)
            searches: list[tuple[float, float, int, bool]] = []

            def client(n: int) -> None:
                http = requests.Session()
                i = n
                while not stop.is_set():
                    query = queries[i % len(queries)]
                    started = time.perf_counter()
                    new = False
                    try:
                        answer = http.get(base + "/api/v1/search", params={"q": query},
                                          timeout=TIMEOUT)
                        status = answer.status_code
                        new = int(answer.headers.get("X-Skillmap-Generation", 0)) > before
                    except requests.RequestException:
                        status = -1
                    searches.append((started, time.perf_counter() - started, status, new))
                    i += 1

            clients = [threading.Thread(target=client, args=(n,), daemon=True)
                       for n in range(4)]
            for thread in clients:
                thread.start()
            try:
                started = time.perf_counter()
                response = upload(browser, archive, dry_run=False)
                answered = time.perf_counter() - started
                job = _follow_job(browser, response)
                finished = time.perf_counter()
                # 40 answers in a row from the new directory's generation: each worker swapped
                deadline = finished + 300
                while time.perf_counter() < deadline:
                    recent = searches[-40:]
                    if len(recent) == 40 and all(s[3] for s in recent):
                        break
                    time.sleep(0.2)
                swapped = time.perf_counter()
            finally:
                stop.set()
                for thread in clients:
                    thread.join()
        ok = job.get("state") == "done" and bool((job.get("report") or {}).get("ok"))
        during = [s for s in searches if s[0] < finished]
        after = [s for s in searches if s[0] >= finished]
        print(f"import     {db:10} {kind:8} {people} people while 4 clients search: upload "
              f"answered {response.history[0].status_code if response.history else ''}"
              f"->{response.status_code} in {answered:.1f} s; import job {job.get('state')} "
              f"ok {ok} after {finished - started:.1f} s; every search answered from the new "
              f"directory {swapped - finished:.1f} s later", flush=True)
        for label, part in (("during the import", during), ("after, until swapped", after)):
            print(f"           {label:21} {_search_figures(part)}", flush=True)


def _follow_job(browser: Browser, response: requests.Response) -> dict:
    """Poll a background import's state (as its progress page does) until it ends."""
    match = re.search(r"/admin/import/jobs/([\w-]+)", response.url)
    if not match:                                  # imported during the request
        return {"state": "done" if "Imported" in response.text else "failed",
                "report": {"ok": response.status_code == 200}}
    state_url = f"{browser.base}/admin/import/jobs/{match.group(1)}.json"
    for _ in range(3000):
        job = browser.http.get(state_url, timeout=TIMEOUT).json()
        if job["state"] != "running":
            return dict(job)
        time.sleep(0.5)
    return {"state": "still running"}


def _search_figures(part: list[tuple[float, float, int, bool]]) -> str:
    if not part:
        return "no searches"
    times = sorted(s[1] for s in part)
    errors = Counter(s[2] for s in part if s[2] != 200)
    return (f"{len(part)} searches, errors {sum(errors.values())} {dict(errors)}, p50 "
            f"{statistics.median(times) * 1000:.0f} ms, p95 "
            f"{times[int(len(times) * 0.95)] * 1000:.0f} ms, max {times[-1] * 1000:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--server", choices=["dev", "gunicorn", "both"], default="both")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--people", type=int, default=50_000)
    parser.add_argument("--parts", default="saves,limits,import")
    args = parser.parse_args()
    dbs = ["sqlite", "postgresql"] if args.db == "both" else [args.db]
    kinds = ["dev", "gunicorn"] if args.server == "both" else [args.server]
    parts = set(args.parts.split(","))
    for kind in kinds:
        if "saves" in parts:
            for db in dbs:
                bench_saves(db, kind, args.rounds)
        if "limits" in parts:
            bench_limits(kind)
        if "import" in parts:
            for db in dbs:
                bench_import_while_searching(db, kind, args.people)


if __name__ == "__main__":
    main()
