"""Shared fixtures: real databases (SQLite, and PostgreSQL when scripts/test started it)."""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import select, text

from skillmap.accounts import hash_password
from skillmap.demo import generate_bundle
from skillmap.settings import PROJECT_ROOT
from skillmap.store.demo_users import reset_demo_users
from skillmap.store.importer import import_bundle
from skillmap.store.models import User
from skillmap.store.session import init_db, make_engine, make_sessionmaker
from skillmap.taxonomy import load_taxonomy

FIXTURES = Path(__file__).parent / "fixtures"
# the sentence model's vector store (setting VECTOR_STORE) of the applications tests make:
# one temporary file per run, never the checkout's instance folder
_VECTORS = Path(tempfile.mkdtemp(prefix="skillmap-vectors-"))
atexit.register(shutil.rmtree, _VECTORS, ignore_errors=True)
os.environ.setdefault("SKILLMAP_VECTOR_STORE", str(_VECTORS / "text-vectors.sqlite3"))
PG_URL = os.environ.get("SKILLMAP_TEST_DATABASE_URL")


def _worker_database(url: str, worker: str) -> str:
    """The test database of one pytest-xdist worker (``skillmap_test_gw0`` ...), created
    once beside the one scripts/test made: workers must not empty each other's tables."""
    from sqlalchemy.engine import make_url

    own = make_url(url).set(database=f"{make_url(url).database}_{worker}")
    engine = make_engine(url).execution_options(isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            if connection.scalar(text("SELECT 1 FROM pg_database WHERE datname = :name"),
                                 {"name": own.database}) is None:
                connection.execute(text(f'CREATE DATABASE "{own.database}"'))
    finally:
        engine.dispose()
    return own.render_as_string(hide_password=False)


if PG_URL and (_worker := os.environ.get("PYTEST_XDIST_WORKER")):
    PG_URL = os.environ["SKILLMAP_TEST_DATABASE_URL"] = _worker_database(PG_URL, _worker)
INSTITUTION = "University of Example"
DEMO_PASSWORD = "demo-password-for-tests"
DEMO_USERS = {role: f"{role}@demo.skillmap.invalid" for role in ("admin", "manager", "technician")}


def fresh_postgres_engine():
    """An engine on the test PostgreSQL database, emptied of every table."""
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("CI must run the PostgreSQL tests: SKILLMAP_TEST_DATABASE_URL is not set")
        pytest.skip("SKILLMAP_TEST_DATABASE_URL is not set (scripts/test sets it)")
    engine = make_engine(PG_URL)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    return engine


@functools.cache
def known_hash(password: str) -> str:
    """``hash_password(password)``, computed once per test run: fixtures that make many
    accounts with a few test passwords skip scrypt's deliberate cost for each (signing in
    still verifies the password with scrypt)."""
    return hash_password(password)


_SCHEMA: list[Path] = []       # an empty SQLite database at the newest schema, made once


def migrated_sqlite(path: Path):
    """An engine on a new SQLite database at `path` with the newest schema and no rows: a
    copy of one database migrated once per test run, the very file ``init_db`` makes,
    without running every migration again for each test (or hypothesis example)."""
    if not _SCHEMA:
        folder = Path(tempfile.mkdtemp(prefix="skillmap-schema-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        template = make_engine(f"sqlite:///{folder / 'schema.db'}")
        init_db(template)
        template.dispose()       # the last connection closed: the WAL is checkpointed
        _SCHEMA.append(folder / "schema.db")
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(_SCHEMA[0], path)
    return make_engine(f"sqlite:///{path}")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request, tmp_path):
    """A fresh, migrated database of each kind: one file per test for SQLite."""
    if request.param == "sqlite":
        engine = migrated_sqlite(tmp_path / "test.db")
    else:
        engine = fresh_postgres_engine()
        init_db(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def sessions(engine):
    return make_sessionmaker(engine)


@pytest.fixture(scope="session")
def small_taxonomy_dir(tmp_path_factory) -> Path:
    """A hand-sized taxonomy: the fixture skills plus the real grades, registrations and
    Technician Commitment thresholds."""
    folder = tmp_path_factory.mktemp("taxonomy")
    for name in ("skills.csv", "skill_families.csv"):
        shutil.copy(FIXTURES / "taxonomy" / name, folder / name)
    for name in ("grades.yaml", "registrations.yaml", "commitment.yaml"):
        shutil.copy(PROJECT_ROOT / "taxonomies" / name, folder / name)
    return folder


@pytest.fixture(scope="session")
def taxonomy(small_taxonomy_dir):
    return load_taxonomy(small_taxonomy_dir)


@pytest.fixture(scope="session")
def real_taxonomy():
    return load_taxonomy(PROJECT_ROOT / "taxonomies")


@pytest.fixture
def make_bundle(tmp_path):
    """Write a bundle folder from ``{file name: CSV text or bytes}``; returns its path."""
    counter = iter(range(1000))

    def _make_bundle(files: dict[str, str | bytes]) -> Path:
        folder = tmp_path / f"bundle{next(counter)}"
        folder.mkdir()
        for name, content in files.items():
            data = content.encode("utf-8") if isinstance(content, str) else content
            (folder / name).write_bytes(data)
        return folder

    return _make_bundle


@pytest.fixture(scope="session")
def demo_db_url(tmp_path_factory, real_taxonomy) -> str:
    """A SQLite database holding the default demo institution, built once per test run."""
    folder = tmp_path_factory.mktemp("demo")
    engine = make_engine(f"sqlite:///{folder / 'demo.db'}")
    init_db(engine)
    bundle = generate_bundle(folder / "bundle", real_taxonomy)
    report = import_bundle(make_sessionmaker(engine), bundle, real_taxonomy,
                           institution=INSTITUTION)
    assert report.ok, report.as_text()
    with make_sessionmaker(engine).begin() as session:    # the demo's users, known passwords
        for email, role, _, _ in reset_demo_users(session):
            user = session.scalar(select(User).where(User.email == email))
            user.password_hash = hash_password(DEMO_PASSWORD)
    engine.dispose()
    return f"sqlite:///{folder / 'demo.db'}"


@pytest.fixture(scope="session")
def demo_search(demo_db_url, real_taxonomy):
    """The demo institution's directory and its search index (settings as the environment
    says), built once per test run for the modules that only search it."""
    from skillmap.search import build_index
    from skillmap.store.queries import load_directory

    with make_sessionmaker(demo_db_url)() as session:
        directory = load_directory(session)
    return directory, build_index(real_taxonomy, directory)


@pytest.fixture
def fresh(monkeypatch):
    """A new process's sentence model (nothing remembered in memory), made the one search
    loads (tests of the vector store and the shipped vectors; they skip without the model)."""
    from skillmap.search import semantic

    def _fresh() -> semantic.Embedder:
        folder = semantic.model_dir()
        assert folder is not None
        embedder = semantic.Embedder(folder)
        monkeypatch.setattr(semantic, "_LOADED", [embedder])
        return embedder
    return _fresh
