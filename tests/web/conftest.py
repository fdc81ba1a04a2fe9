"""Web fixtures: the app on the demo institution, a live server and a real Chromium."""

from __future__ import annotations

import re
import shutil
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from webapp import create_app

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-quic",
                 "--no-first-run"]


def app_on_bundle(db_path: Path, bundle: Path, taxonomy, *, taxonomy_dir: Path | None = None,
                  users: tuple[tuple[str, str, dict], ...] = (), institution: str | None = None):
    """A test app on a fresh SQLite database at `db_path` that holds `bundle` (imported
    through the normal importer) and the accounts `users`: (email, role, create_user options)."""
    from skillmap.store.accounts import create_user
    from skillmap.store.importer import import_bundle
    from skillmap.store.session import make_sessionmaker
    from tests.conftest import INSTITUTION, known_hash, migrated_sqlite

    url = f"sqlite:///{db_path}"
    engine = migrated_sqlite(db_path)
    sessions = make_sessionmaker(engine)
    report = import_bundle(sessions, bundle, taxonomy, institution=institution or INSTITUTION)
    assert report.ok, report.as_text()
    with sessions.begin() as session:
        for email, role, options in users:
            options = dict(options)
            password = options.pop("password")
            user = create_user(session, email, role, password=None, **options)
            if password is not None:
                user.password_hash = known_hash(password)
    engine.dispose()
    config = {"DATABASE_URL": url, "TESTING": True, "SECRET_KEY": "test-only-secret"}
    if taxonomy_dir is not None:
        config["TAXONOMY_DIR"] = str(taxonomy_dir)
    return create_app(config)


@pytest.fixture(scope="session")
def app(demo_db_url):
    return create_app({"DATABASE_URL": demo_db_url, "TESTING": True,
                       "SECRET_KEY": "test-only-secret"})


@pytest.fixture
def client(app):
    return app.test_client()


@contextmanager
def serving(app):
    """Serve `app` over real HTTP on a free loopback port; yields its base URL."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def live_server(app):
    """The demo app served over real HTTP, for the browser."""
    with serving(app) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright; never a downloaded browser."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: scripts/test installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()


CSRF = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"|name="csrf_token" value="([^"]+)"')


def csrf_token(html: str) -> str:
    match = CSRF.search(html)
    assert match, "the page has no CSRF token"
    return match.group(1) or match.group(2)


def without_csrf(page: bytes) -> bytes:
    """`page` without its CSRF tokens: they carry a timestamp, so answers a second apart differ."""
    return re.sub(rb'(name="csrf_token" (?:type="hidden" )?value=")[^"]+"', rb'\1"', page)


def sign_in(client, email: str, password: str):
    token = csrf_token(client.get("/login").get_data(as_text=True))
    return client.post("/login", data={"email": email, "password": password,
                                       "csrf_token": token})


PASSWORDS = {"admin@test.invalid": "admin-pass-1", "manager@test.invalid": "manager-pass-1",
             "ada@test.invalid": "ada-pass-1", "bob@test.invalid": "bob-pass-1"}


@pytest.fixture
def small_app(tmp_path, taxonomy, small_taxonomy_dir, make_bundle):
    """A writable app on the small importer bundle, with one user of each role."""
    from tests.store.test_importer import GOOD

    users = (("admin@test.invalid", "admin", {}),
             ("manager@test.invalid", "manager", {"departments": ("Physics",)}),
             ("ada@test.invalid", "technician", {"person_id": "P1"}),
             ("bob@test.invalid", "technician", {"person_id": "P2"}))
    return app_on_bundle(tmp_path / "small.db", make_bundle(GOOD), taxonomy,
                         taxonomy_dir=small_taxonomy_dir,
                         users=tuple((email, role, {**options, "password": PASSWORDS[email]})
                                     for email, role, options in users))


@pytest.fixture
def small_client(small_app):
    return small_app.test_client()


def browser_sign_in(page, base: str, role: str) -> None:
    """Sign a demo user in through the real login form in Chromium."""
    from tests.conftest import DEMO_PASSWORD, DEMO_USERS

    page.goto(base + "/login")
    page.fill("#email", DEMO_USERS[role])
    page.fill("#password", DEMO_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(lambda url: "/login" not in url)     # each role lands where its work is


EDITORS = 12
EDITOR_PASSWORD = "concurrent-pass-1"


@pytest.fixture
def loaded(sessions, taxonomy, make_bundle):
    """The small bundle in a fresh database of each kind (SQLite, PostgreSQL), with 12 admins
    (admin0..admin11@test.invalid) and the users of ``small_app``."""
    from skillmap.store.accounts import create_user
    from skillmap.store.importer import import_bundle
    from tests.conftest import INSTITUTION, known_hash
    from tests.store.test_importer import GOOD

    assert import_bundle(sessions, make_bundle(GOOD), taxonomy, institution=INSTITUTION).ok
    with sessions.begin() as session:
        for n in range(EDITORS):
            create_user(session, f"admin{n}@test.invalid", "admin",
                        password=None).password_hash = known_hash(EDITOR_PASSWORD)
        create_user(session, "ada@test.invalid", "technician", person_id="P1",
                    password=None).password_hash = known_hash(PASSWORDS["ada@test.invalid"])
    return sessions


@pytest.fixture
def loaded_app(loaded, engine, small_taxonomy_dir):
    """The web app on the ``loaded`` database."""
    app = create_app({"DATABASE_URL": engine.url.render_as_string(hide_password=False),
                      "TAXONOMY_DIR": str(small_taxonomy_dir), "SECRET_KEY": "test-only"})
    yield app
    app.extensions["skillmap.sessionmaker"].kw["bind"].dispose()
