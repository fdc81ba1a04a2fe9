"""No enumeration: "not there" and "not yours" get the same answer, byte for byte."""

from __future__ import annotations

import pytest

from tests.web.conftest import PASSWORDS, sign_in, without_csrf

# P1 exists (Chemistry, not bob's, not the Physics manager's); P404 does not.
ROUTES = ["/people/{}/edit", "/people/{}/pathway", "/api/v1/people/{}/pathway"]


@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize("who", ["bob@test.invalid", "manager@test.invalid"])
def test_someone_elses_and_a_missing_person_answer_the_same_404(small_client, route, who):
    sign_in(small_client, who, PASSWORDS[who])
    theirs, missing = small_client.get(route.format("P1")), small_client.get(route.format("P404"))
    if "edit" in route and who.startswith("manager"):
        assert theirs.status_code == missing.status_code == 403     # managers never edit
        return
    assert theirs.status_code == missing.status_code == 404
    assert without_csrf(theirs.get_data()) == without_csrf(missing.get_data())


@pytest.mark.parametrize("route", ["/people/{}", "/api/v1/people/{}"])
def test_private_and_missing_profiles_answer_the_same_404(small_client, route):
    private, missing = small_client.get(route.format("P2")), small_client.get(route.format("P404"))
    assert private.status_code == missing.status_code == 404
    private_page = without_csrf(private.get_data()).replace(b"P2", b"P404")
    assert private_page == without_csrf(missing.get_data())


def test_facility_pages_do_not_count_hidden_staff(small_client):
    html = small_client.get("/facilities/F-WS").get_data(as_text=True)   # P2 is not public
    assert "Machin" not in html and "non-public" not in html
    sign_in(small_client, "admin@test.invalid", PASSWORDS["admin@test.invalid"])
    assert "Machin" in small_client.get("/facilities/F-WS").get_data(as_text=True)
