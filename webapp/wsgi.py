"""The production server: gunicorn, with the app built once in the master and warm workers.

``skillmap serve --production`` calls :func:`serve_with_gunicorn` with the settings it read
(nothing goes through the environment); its workers are threaded (:func:`gunicorn_options`).
The app and its first Workspace (search, pathway and succession indexes) are built in the
gunicorn master, so every worker starts warm and shares them copy-on-write. After the fork
each worker gets fresh database connections and its own watcher thread: it notices a new
directory generation within half a second and builds the next Workspace in the background
while it keeps answering from the current one.

``gunicorn webapp.wsgi:app`` works too; the app then reads its settings from ``SKILLMAP_*``
(start it with ``--worker-class gthread --threads 4``, as ``serve --production`` does).
"""

from __future__ import annotations

from typing import Any

from flask import Flask

from skillmap.app import SkillmapApp
from skillmap.settings import Settings
from webapp import create_app

WATCH_SECONDS = 0.5


def build(settings: Settings) -> tuple[Flask, SkillmapApp]:
    """The Flask app over a background-refreshing application, its Workspace built."""
    from skillmap.freshness import by_person
    from skillmap.perf import full_collections_paused, settle

    with full_collections_paused():
        application = SkillmapApp(settings, background=True)
        by_person(application.workspace().build_all())
        settle()        # workers never walk (nor write to) the workspace they inherit
    application.engine.dispose()            # no connection crosses the fork
    return create_app(application=application), application


def gunicorn_options(settings: Settings, host: str, port: int) -> dict[str, Any]:
    """gunicorn's settings for skillmap.

    Threaded workers (``gthread``): each worker answers `settings.threads` requests at once,
    so a slow page, or a background import running in that worker
    (:mod:`webapp.import_jobs`), never makes the other requests queue behind it. With
    threaded workers gunicorn's ``timeout`` only restarts a worker whose main loop stopped
    answering the arbiter; it is not a limit on the length of a request, so a long request or
    import is never killed by it (with the default ``sync`` workers it is, after 120 s).
    """
    return {"workers": settings.workers, "worker_class": "gthread",
            "threads": settings.threads, "bind": f"{host}:{port}", "timeout": 120,
            # one request per connection, as nginx talks to its upstreams by default: a
            # threaded worker under load can reset a kept-alive connection just as the
            # client reuses it (gunicorn issue 1698), which a client sees as an error
            "keepalive": 0,
            # long URLs reach the app, which answers a JSON 400 (the front web
            # server caps URL size for the outside world)
            "limit_request_line": 0, "graceful_timeout": 30}


def serve_with_gunicorn(settings: Settings, *, host: str, port: int) -> None:
    """Run gunicorn in this process with `settings` (workers, request logs) applied."""
    from gunicorn.app.base import BaseApplication

    flask_app, application = build(settings)

    def post_fork(server: Any, worker: Any) -> None:
        application.after_fork()
        application.start_watching(WATCH_SECONDS)

    class Server(BaseApplication):
        def load_config(self) -> None:
            for key, value in gunicorn_options(settings, host, port).items():
                self.cfg.set(key, value)
            self.cfg.set("post_fork", post_fork)

        def load(self) -> Flask:
            return flask_app

    Server().run()


def __getattr__(name: str) -> Flask:
    """``webapp.wsgi:app`` for a gunicorn started by hand (settings from the environment)."""
    if name != "app":
        raise AttributeError(name)
    flask_app, application = build(Settings.read())
    application.start_watching(WATCH_SECONDS)
    globals()["app"] = flask_app
    return flask_app
