"""One database session per request, closed when the request ends."""

from __future__ import annotations

from flask import Flask, current_app, g
from sqlalchemy.orm import Session

from skillmap.store.session import make_sessionmaker


def init_app(app: Flask) -> None:
    app.extensions["skillmap.sessionmaker"] = make_sessionmaker(app.config["DATABASE_URL"])
    app.teardown_appcontext(close_session)


def get_session() -> Session:
    """Return this request's session, opening it on first use."""
    if "db_session" not in g:
        g.db_session = current_app.extensions["skillmap.sessionmaker"]()
    return g.db_session


def close_session(exc: BaseException | None = None) -> None:
    if (session := g.pop("db_session", None)) is not None:
        session.close()  # anything not committed is rolled back
