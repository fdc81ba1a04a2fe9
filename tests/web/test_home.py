"""The home page shows the directory's size; errors are friendly pages or JSON."""

from __future__ import annotations

import pytest

from skillmap.store.queries import directory_counts
from tests.conftest import DEMO_PASSWORD, DEMO_USERS
from tests.web.conftest import sign_in
from webapp import create_app
from webapp.db import get_session


def test_home_page_shows_directory_size(app, client):
    response = client.get("/")
    assert response.status_code == 200
    with app.app_context():
        people = directory_counts(get_session())["people"]
    assert people >= 600
    assert f'data-stat="people">{people:,}<' in response.get_data(as_text=True)


def test_security_headers_on_every_page(client):
    headers = client.get("/").headers
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"


def test_unknown_page_is_a_friendly_404_and_api_gets_json(client):
    page = client.get("/no-such-page")
    assert page.status_code == 404 and b"Back to the home page" in page.data
    api = client.get("/api/v1/no-such-endpoint")
    assert api.status_code == 404
    assert api.get_json()["error"]["code"] == "not_found"


def test_healthz(client):
    assert client.get("/healthz").get_json() == {"status": "ok"}


def test_home_puts_the_search_box_first_and_links_every_figure(client):
    html = client.get("/").get_data(as_text=True)
    main = html.split('<main id="content">')[1]
    assert main.index('id="home-q"') < main.index("data-stat=")
    assert 'action="/search"' in main.split('id="home-q"')[0]
    figures = main.split('data-testid="directory-size"')[1].split("</dl>")[0]
    assert figures.count("<dt><a href=") == figures.count("<dt>") >= 4
    assert 'href="/facilities"' in figures


@pytest.mark.parametrize("role, lands", [("admin", "/admin/"), ("manager", "/succession"),
                                         ("technician", "/careers/me")])
def test_each_role_lands_where_its_work_is(app, role, lands):
    client = app.test_client()
    response = sign_in(client, DEMO_USERS[role], DEMO_PASSWORD)
    assert response.headers["Location"] == "/start"
    assert client.get("/start").headers["Location"] == lands
    assert "/start" in client.get("/").get_data(as_text=True)     # and the home links there


def test_not_found_page_offers_search_and_navigation(client):
    html = client.get("/no-such-page").get_data(as_text=True)
    assert 'role="search"' in html and 'name="q"' in html
    nav = html.split('aria-label="Where to go next"')[1]
    for href in ("/search", "/facilities", "/skills", "/careers"):
        assert f'href="{href}"' in nav


def test_server_error_page_offers_search_and_navigation(small_app):
    @small_app.get("/boom")
    def boom():
        raise RuntimeError("a bug")

    small_app.testing = False                    # let the error handler answer, as in production
    small_app.config["PROPAGATE_EXCEPTIONS"] = False
    response = small_app.test_client().get("/boom")
    html = response.get_data(as_text=True)
    assert response.status_code == 500
    assert "Something went wrong on our side" in html and 'role="search"' in html
    assert "a bug" not in html and "Traceback" not in html


def test_favicon_and_branding_come_from_settings(tmp_path, demo_db_url):
    logo = tmp_path / "crest.svg"
    logo.write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    branded = create_app({"DATABASE_URL": demo_db_url, "TESTING": True, "SECRET_KEY": "x",
                          "INSTITUTION": "University of Elsewhere", "LOGO": str(logo),
                          "BRAND_COLOUR": "#7a2e8e", "HEADER_COLOUR": "not-a-colour"})
    client = branded.test_client()
    html = client.get("/").get_data(as_text=True)
    assert 'rel="icon" href="/static/img/favicon.svg"' in html
    assert "University of Elsewhere" in html
    css = client.get("/brand.css").get_data(as_text=True)
    assert "--accent: #7a2e8e" in css and "--header: #1b1f24" in css    # a bad colour: default
    assert client.get("/brand/logo").data == logo.read_bytes()
    assert client.get("/favicon.ico").headers["Location"].endswith("/static/img/favicon.svg")


def test_file_name_filter_drops_the_server_folder(app):
    name = app.jinja_env.filters["file_name"]
    assert name("/srv/skillmap/taxonomies/commitment.yaml") == "commitment.yaml"
    assert name("C:\\taxonomies\\commitment.yaml") == "commitment.yaml"


def test_server_error_page_needs_no_database_even_when_signed_in(small_app):
    from pathlib import Path

    from tests.web.conftest import PASSWORDS

    client = small_app.test_client()
    sign_in(client, "admin@test.invalid", PASSWORDS["admin@test.invalid"])
    small_app.testing = False
    small_app.config["PROPAGATE_EXCEPTIONS"] = False
    database = Path(small_app.config["DATABASE_URL"].removeprefix("sqlite:///"))
    small_app.extensions["skillmap.sessionmaker"].kw["bind"].dispose()
    database.rename(database.with_suffix(".gone"))
    database.mkdir()                              # now a folder: every query fails
    response = client.get("/admin/users")
    html = response.get_data(as_text=True)
    assert response.status_code == 500
    assert "Something went wrong on our side" in html and 'role="search"' in html
