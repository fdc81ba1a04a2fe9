"""Engines, sessions and schema migrations (Alembic) for any SQLAlchemy URL."""

from __future__ import annotations

from typing import Any

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from skillmap.exceptions import SchemaBehind

MIGRATIONS = Path(__file__).parent / "migrations"

__all__ = ["check_schema", "init_db", "make_engine", "make_sessionmaker"]


def make_engine(url: str) -> Engine:
    """Create an engine; SQLite files get their folder, foreign keys and WAL switched on."""
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def make_sessionmaker(url_or_engine: str | Engine) -> sessionmaker[Session]:
    """A session factory bound to a URL or an existing engine."""
    engine = make_engine(url_or_engine) if isinstance(url_or_engine, str) else url_or_engine
    return sessionmaker(engine, expire_on_commit=False)


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def init_db(engine: Engine) -> bool:
    """Create or migrate the schema to the newest revision; safe to run twice.

    Returns True when the database had no schema before.
    """
    was_empty = not inspect(engine).has_table("person")
    command.upgrade(alembic_config(engine), "head")
    return was_empty


def check_schema(engine: Engine) -> None:
    """Stop unless the schema is at this version's newest migration (only ``init`` migrates).

    Raises
    ------
    SchemaBehind
        When the database has no schema yet, or an older one.
    """
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    heads = set(ScriptDirectory.from_config(alembic_config(engine)).get_heads())
    with engine.connect() as connection:
        current = set(MigrationContext.configure(connection).get_current_heads())
    if current != heads:
        state = "has no skillmap schema yet" if not current else "has an older schema"
        raise SchemaBehind(f"the database {state}: run `skillmap init` to "
                           f"{'create' if not current else 'migrate'} it")
