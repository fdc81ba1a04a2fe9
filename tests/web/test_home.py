"""The home page shows the directory's size; errors are friendly pages or JSON."""

from __future__ import annotations

from skillmap.store.queries import directory_counts
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
