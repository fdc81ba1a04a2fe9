"""One database session per request (from the application object), closed when it ends."""

from __future__ import annotations

from flask import Flask, current_app, g
from sqlalchemy.orm import Session

from skillmap.app import SkillmapApp


def init_app(app: Flask, application: SkillmapApp) -> None:
    app.extensions["skillmap.sessionmaker"] = application.sessions
    app.teardown_appcontext(close_session)


def get_session() -> Session:
    """Return this request's session, opening it on first use."""
    if "db_session" not in g:
        g.db_session = current_app.extensions["skillmap.sessionmaker"]()
    session: Session = g.db_session
    return session


def close_session(exc: BaseException | None = None) -> None:
    if (session := g.pop("db_session", None)) is not None:
        session.close()  # anything not committed is rolled back
