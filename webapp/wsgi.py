"""The production entry point for gunicorn (``skillmap serve --production``).

The app is created in the gunicorn master (``--preload``) and its search,
pathway and succession indexes are built once there, so every worker starts
warm and shares them copy-on-write; the database pool is closed before
workers fork.
"""

from __future__ import annotations

from webapp import create_app

app = create_app()
with app.app_context():
    for name in ("search", "pathways", "succession"):
        app.extensions["skillmap.indexes"].get(name)
app.extensions["skillmap.sessionmaker"].kw["bind"].dispose()
