"""Schemathesis against the OpenAPI document, served by gunicorn on the demo institution.

    .venv/bin/pip install schemathesis   # a bench tool, not a test dependency
    .venv/bin/python bench/schemathesis_run.py [--max-examples 100]

Builds a fresh demo database in bench/out/, starts `skillmap serve --production`,
then runs `schemathesis run --checks all` twice: as an anonymous caller, and
signed in as an admin (a session cookie in a header), so the pathway and
succession operations are exercised past their 401s. Prints both summaries.
Target (issue 9): zero server errors and zero schema violations.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
PORT = 8767
PASSWORD = "schemathesis-bench"


def run(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "skillmap", *args], check=True, **kwargs)


def fresh_demo() -> str:
    db = OUT / "schemathesis.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    url = f"sqlite:///{db}"
    run("--db", url, "init", stdout=subprocess.DEVNULL)
    run("--db", url, "seed", "-q", stdout=subprocess.DEVNULL)
    run("--db", url, "users", "create", "admin@bench.invalid", "--role", "admin",
        "--password", PASSWORD, stdout=subprocess.DEVNULL)
    return url


def admin_cookie(base: str) -> str:
    session = requests.Session()
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"',
                      session.get(base + "/login").text).group(1)
    session.post(base + "/login", data={"email": "admin@bench.invalid", "password": PASSWORD,
                                        "csrf_token": token}, allow_redirects=False)
    return "; ".join(f"{k}={v}" for k, v in session.cookies.items())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-examples", type=int, default=100)
    args = parser.parse_args()
    st = shutil.which("schemathesis") or str(Path(sys.executable).parent / "schemathesis")
    OUT.mkdir(parents=True, exist_ok=True)
    url = fresh_demo()
    server = subprocess.Popen([sys.executable, "-m", "skillmap", "--db", url, "serve",
                               "--production", "--port", str(PORT), "--workers", "2"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              env={**os.environ, "SKILLMAP_SECRET_KEY": "schemathesis"})
    base = f"http://127.0.0.1:{PORT}"
    try:
        for _ in range(100):
            try:
                if requests.get(base + "/healthz", timeout=5).ok:
                    break
            except requests.ConnectionError:
                time.sleep(0.3)
        failed = False
        for who, headers in (("anonymous", []), ("admin", ["-H", f"Cookie: {admin_cookie(base)}"])):
            result = subprocess.run([st, "run", f"{base}/api/v1/openapi.json", "--checks", "all",
                                     "--max-examples", str(args.max_examples), "--workers", "2",
                                     *headers], capture_output=True, text=True)
            (OUT / f"schemathesis-{who}.log").write_text(result.stdout)
            summary = [line for line in result.stdout.splitlines()
                       if re.search(r"generated|passed|failed|failures|❌|⚠", line)]
            print(f"== schemathesis as {who}: exit {result.returncode}")
            print("\n".join(summary[-8:]))
            failed |= result.returncode != 0
        sys.exit(1 if failed else 0)
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
