"""`skillmap serve --production`: gunicorn workers, warm indexes, JSON logs, PostgreSQL."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import INSTITUTION, fresh_postgres_engine

SKILLMAP = str(Path(sys.executable).parent / "skillmap")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str) -> tuple[int, dict]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, json.loads(response.read())


def serve(db_url: str, tmp_path: Path):
    port = free_port()
    with (tmp_path / "gunicorn.log").open("w") as log:    # the child keeps its own handle
        process = subprocess.Popen([SKILLMAP, "--db", db_url, "serve", "--production",
                                    "--port", str(port), "--workers", "2"], stdout=log,
                                   stderr=log, env={**os.environ,
                                                    "SKILLMAP_SECRET_KEY": "serve-test"})
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            if get(base + "/healthz")[0] == 200:
                return process, base, tmp_path / "gunicorn.log"
        except OSError:
            time.sleep(0.2)
    process.terminate()
    raise AssertionError((tmp_path / "gunicorn.log").read_text())


@pytest.mark.postgres
def test_production_server_on_postgresql(tmp_path, taxonomy, small_taxonomy_dir, make_bundle):
    from skillmap.store.importer import import_bundle
    from skillmap.store.session import init_db, make_sessionmaker
    from tests.store.test_importer import GOOD

    engine = fresh_postgres_engine()
    init_db(engine)
    assert import_bundle(make_sessionmaker(engine), make_bundle(GOOD), taxonomy,
                         institution=INSTITUTION).ok
    engine.dispose()
    os.environ["SKILLMAP_TAXONOMY_DIR"] = str(small_taxonomy_dir)
    try:
        process, base, log = serve(os.environ["SKILLMAP_TEST_DATABASE_URL"], tmp_path)
    finally:
        del os.environ["SKILLMAP_TAXONOMY_DIR"]
    try:
        status, body = get(base + "/api/v1/search?q=NMR")
        assert status == 200 and body["results"][0]["person_id"] == "P1"
        statuses = {get(base + "/healthz")[0] for _ in range(20)}    # both workers answer
        assert statuses == {200}
    finally:
        process.terminate()
        process.wait(timeout=30)
    lines = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
    searches = [line for line in lines if line.get("path") == "/api/v1/search"]
    assert searches and searches[0]["status"] == 200 and searches[0]["ms"] >= 0


def test_production_workers_are_threaded():
    """gthread workers: a long request or a background import in a worker never holds up its
    other requests, and gunicorn's timeout does not stop it (README, Deploying)."""
    from skillmap.settings import Settings
    from webapp.wsgi import gunicorn_options

    options = gunicorn_options(Settings.read({"THREADS": "6", "WORKERS": "3"}, {}),
                               "127.0.0.1", 8000)
    assert (options["worker_class"], options["threads"], options["workers"]) == ("gthread", 6, 3)
    assert options["keepalive"] == 0
    assert Settings.read({}, {}).threads == 4
