"""Bundle imports that run in the background, with progress a page can poll.

A large upload would hold a request (and a worker) for a minute; instead the
import runs in a thread and writes its progress to a small JSON file per job,
so any worker process on the host can answer the polling page. The thread lives in
the gunicorn worker that took the upload: with threaded workers (see
:mod:`webapp.wsgi`) that worker's other requests go on being answered meanwhile, and
gunicorn's timeout never stops it. If the process ends mid-import (a restart), the
import's transaction is rolled back and the job reads as failed, saying so.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from skillmap.bundle import ImportReport
from skillmap.exceptions import SkillmapError

log = logging.getLogger(__name__)
Progress = Callable[[str, int, int], None]
Run = Callable[[Progress | None], ImportReport]
KEEP_SECONDS = 24 * 3600
_JOB_ID = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"
STOPPED = ("The server stopped while this import ran (a restart or a deployment), so the "
           "import was rolled back and nothing was changed. Upload the file again.")


def report_view(report: ImportReport) -> dict[str, Any]:
    """What the import page shows: the report's JSON form plus its text."""
    return report.as_dict() | {"text": report.as_text()}


class ImportJobs:
    """Background imports whose state lives in `folder` (one ``<id>.json`` per job)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def upload_path(self, suffix: str) -> tuple[str, Path]:
        """A new job id and where to save its upload."""
        self.folder.mkdir(parents=True, exist_ok=True)
        self._prune()
        job_id = secrets.token_urlsafe(16)
        return job_id, self.folder / f"{job_id}.upload{suffix}"

    def start(self, job_id: str, upload: Path, source: str, run: Run) -> None:
        """Run `run(progress)` in a thread; the upload is deleted when it ends."""
        state: dict[str, Any] = {"id": job_id, "source": source, "state": "running",
                                 "stage": "reading the file", "done": 0, "total": 0,
                                 "started": time.time(), "report": None, "error": None,
                                 "host": socket.gethostname(), "pid": os.getpid()}
        self._save(state)

        def progress(stage: str, done: int, total: int) -> None:
            state.update(stage=stage, done=done, total=total)
            self._save(state)

        def work() -> None:
            try:
                report = run(progress)
                state.update(state="done", stage="finished", report=report_view(report))
            except SkillmapError as exc:
                state.update(state="failed", error=str(exc))
            except Exception:   # never leave a job "running" forever
                log.exception("import job %s failed", job_id)
                state.update(state="failed", error="The import failed unexpectedly; nothing "
                             "was changed. The server log has the details.")
            finally:
                upload.unlink(missing_ok=True)
                state["finished"] = time.time()
                self._save(state)

        threading.Thread(target=work, name=f"import-{job_id}", daemon=True).start()

    def state(self, job_id: str) -> dict[str, Any] | None:
        """The job's state, or None for an unknown id."""
        if not job_id or any(c not in _JOB_ID for c in job_id):
            return None
        try:
            state: dict[str, Any] = json.loads((self.folder / f"{job_id}.json").read_text())
        except (OSError, ValueError):
            return None
        if state["state"] == "running" and _ended(state):
            state.update(state="failed", error=STOPPED)
        return state

    def _save(self, state: dict[str, Any]) -> None:
        path = self.folder / f"{state['id']}.json"
        temporary = path.with_suffix(f".{threading.get_ident()}.tmp")
        temporary.write_text(json.dumps(state, default=str))
        os.replace(temporary, path)

    def _prune(self) -> None:
        cutoff = time.time() - KEEP_SECONDS
        for path in self.folder.iterdir():
            try:
                if path.stat().st_mtime < cutoff:
                    path.unlink()
            except OSError:
                pass


def _ended(state: dict[str, Any]) -> bool:
    """Whether a job said to be running belongs to a process of this host that has ended
    (its thread died with it; the import's transaction was rolled back)."""
    if state.get("host") != socket.gethostname() or not isinstance(state.get("pid"), int):
        return False                # another host's job: it says for itself
    try:
        os.kill(state["pid"], 0)
    except ProcessLookupError:
        return True
    except OSError:                 # alive, but another user's
        return False
    return False
