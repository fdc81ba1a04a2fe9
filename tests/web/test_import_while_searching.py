"""Searches keep answering while a web import runs, and while the indexes are rebuilt after it.

Real HTTP against the app as production runs it (threaded server, the next Workspace built in
the background), on SQLite and PostgreSQL. The import is held inside its transaction once
every row is written, and the rebuild after it is held before it loads the directory, so
each search below provably runs while the import, then the rebuild, is under way.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

import skillmap.freshness as freshness
import skillmap.store.importer as importer
from bench.reliability_bench import Browser, upload
from tests.web.conftest import EDITOR_PASSWORD, serving
from skillmap.bundle import ImportReport
from webapp.import_jobs import STOPPED, ImportJobs

PROMPT = 3.0        # seconds: a search answers within this however long the import takes


@pytest.fixture
def live(loaded_app, tmp_path) -> Iterator[str]:
    loaded_app.config.update(IMPORT_BACKGROUND_BYTES=0, IMPORT_JOBS_DIR=str(tmp_path / "jobs"))
    with serving(loaded_app) as base:
        yield base


def timed_search(base: str) -> tuple[int, float, int]:
    """(status, seconds, generation that answered) of one search."""
    started = time.perf_counter()
    answer = requests.get(f"{base}/api/v1/search", params={"q": "NMR"}, timeout=30)
    return (answer.status_code, time.perf_counter() - started,
            int(answer.headers.get("X-Skillmap-Generation", -1)))


def job_state(browser: Browser, page: requests.Response) -> dict[str, Any]:
    """Poll the background job the upload redirected to until it ends."""
    assert "/admin/import/jobs/" in page.url, page.url
    deadline = time.monotonic() + 60
    while True:
        state: dict[str, Any] = browser.http.get(page.url + ".json", timeout=30).json()
        if state["state"] != "running" or time.monotonic() > deadline:
            return state
        time.sleep(0.05)


def test_searches_answer_promptly_during_an_import_and_the_rebuild_after_it(
        live, tmp_path, monkeypatch):
    admin = Browser(live)
    assert admin.sign_in("admin0@test.invalid", EDITOR_PASSWORD) == 302
    status, _, before = timed_search(live)                  # the first Workspace is built
    assert status == 200

    in_import, end_import = threading.Event(), threading.Event()
    in_build, end_build = threading.Event(), threading.Event()
    write_staff, full_workspace = importer._write_staff, freshness.full_workspace

    def held_write_staff(*args: Any) -> None:               # the import's last write
        write_staff(*args)
        in_import.set()
        end_import.wait(60)

    def held_full_workspace(*args: Any, **kwargs: Any) -> Any:
        in_build.set()
        end_build.wait(60)
        return full_workspace(*args, **kwargs)

    monkeypatch.setattr(importer, "_write_staff", held_write_staff)
    monkeypatch.setattr(freshness, "full_workspace", held_full_workspace)
    bundle = tmp_path / "people.csv"
    bundle.write_text("person_id,given_name,family_name,department\n" + "".join(
        f"N{n},New,Person{n},Physics\n" for n in range(200)))
    try:
        page = upload(admin, bundle, dry_run=False)         # answered at once: a job
        assert page.status_code == 200
        assert in_import.wait(30), "the import never reached its last write"
        status, seconds, generation = timed_search(live)
        assert (status, generation) == (200, before) and seconds < PROMPT, seconds
        end_import.set()
        state = job_state(admin, page)
        assert state["state"] == "done" and state["report"]["ok"], state

        status, seconds, generation = timed_search(live)    # notices the import: rebuilds
        assert (status, generation) == (200, before) and seconds < PROMPT, seconds
        assert in_build.wait(30), "no rebuild started after the import"
        for _ in range(3):                                  # the old directory answers
            status, seconds, generation = timed_search(live)
            assert (status, generation) == (200, before) and seconds < PROMPT, seconds
    finally:
        end_import.set()
        end_build.set()
    deadline = time.monotonic() + 30                        # then the new one is swapped in
    while generation == before and time.monotonic() < deadline:
        time.sleep(0.1)
        status, seconds, generation = timed_search(live)
        assert status == 200 and seconds < PROMPT, seconds
    assert generation > before
    found = requests.get(f"{live}/api/v1/search", params={"q": "Person199"}, timeout=30).json()
    assert any(r["person_id"] == "N199" for r in found["results"])


def test_a_job_whose_process_ended_reads_as_failed(tmp_path: Path, report):
    """A restart mid-import ends the job's thread (its transaction rolls back): the page must
    not say "running" for ever."""
    jobs, release = ImportJobs(tmp_path), threading.Event()
    job_id, upload_path = jobs.upload_path(".zip")
    jobs.start(job_id, upload_path, "big.zip", lambda progress: release.wait(30) and report)
    running = jobs.state(job_id)
    assert running is not None and running["state"] == "running"
    assert running["pid"] == os.getpid()                    # this process: alive
    ended = subprocess.Popen([sys.executable, "-c", ""])
    ended.wait()
    stale = running | {"id": "stale", "pid": ended.pid}
    elsewhere = running | {"id": "elsewhere", "pid": ended.pid, "host": "another-host"}
    for state in (stale, elsewhere):
        (tmp_path / f"{state['id']}.json").write_text(json.dumps(state))
    assert jobs.state("stale") == stale | {"state": "failed", "error": STOPPED}
    assert jobs.state("elsewhere") == elsewhere             # another host's job says itself
    release.set()
    deadline = time.monotonic() + 30
    while (jobs.state(job_id) or {}).get("state") == "running" and time.monotonic() < deadline:
        time.sleep(0.05)
    assert (jobs.state(job_id) or {}).get("state") == "done"


@pytest.fixture
def report() -> ImportReport:
    return ImportReport(source="big.zip")
