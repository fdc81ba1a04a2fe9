"""Every route against every role, and what anonymous visitors can reach.

A new route fails ``test_every_route_has_an_expectation`` until its access rule
is written down here.
"""

from __future__ import annotations

import json
import re
from collections import deque
from urllib.parse import urljoin, urlparse

import pytest
from sqlalchemy import select

from skillmap.store.models import Person
from tests.web.conftest import PASSWORDS, csrf_token, sign_in
from webapp.db import get_session

ROLES = ["anonymous", "ada", "bob", "manager", "admin"]     # ada is P1 (public), bob P2 (private)
LOGIN = 302
PUBLIC = dict.fromkeys(ROLES, 200)
STAFF = {"anonymous": LOGIN, "ada": 403, "bob": 403, "manager": 200, "admin": 200}
ADMIN_ONLY = {"anonymous": LOGIN, "ada": 403, "bob": 403, "manager": 403, "admin": 200}

# endpoint -> (url, {role: expected status})
EXPECTATIONS = {
    "main.index": ("/", PUBLIC),
    "main.healthz": ("/healthz", PUBLIC),
    "main.start": ("/start", dict.fromkeys(ROLES, 302)),
    "main.brand_css": ("/brand.css", PUBLIC),
    "main.logo": ("/brand/logo", PUBLIC),
    "main.favicon": ("/favicon.ico", dict.fromkeys(ROLES, 301)),
    "facilities.index": ("/facilities", PUBLIC),
    "auth.login": ("/login", PUBLIC),
    "search.search_page": ("/search?q=nmr", PUBLIC),
    "search.families": ("/skills", PUBLIC),
    "search.family": ("/skills/imaging", PUBLIC),
    "search.facility": ("/facilities/F-NMR", PUBLIC),
    "search.sitemap": ("/sitemap.xml", PUBLIC),
    "search.robots": ("/robots.txt", PUBLIC),
    "search.person": ("/people/P2", {"anonymous": 404, "ada": 404, "bob": 200,
                                     "manager": 200, "admin": 200}),
    "api.api_search": ("/api/v1/search?q=nmr", PUBLIC),
    "api.api_person": ("/api/v1/people/P2", {"anonymous": 404, "ada": 404, "bob": 200,
                                             "manager": 200, "admin": 200}),
    "api.api_skills": ("/api/v1/taxonomy/skills", PUBLIC),
    "api.api_grades": ("/api/v1/taxonomy/grades", PUBLIC),
    "api.api_registrations": ("/api/v1/taxonomy/registrations", PUBLIC),
    "api.openapi": ("/api/v1/openapi.json", PUBLIC),
    "profiles.edit": ("/people/P1/edit", {"anonymous": LOGIN, "ada": 200, "bob": 404,
                                          "manager": 403, "admin": 200}),
    "admin.index": ("/admin/", ADMIN_ONLY),
    "admin.import_page": ("/admin/import", ADMIN_ONLY),
    "admin.import_template": ("/admin/import/templates/people.csv", ADMIN_ONLY),
    "admin.import_job": ("/admin/import/jobs/no-such-job", ADMIN_ONLY | {"admin": 404}),
    "admin.import_job_state": ("/admin/import/jobs/no-such-job.json",
                               ADMIN_ONLY | {"admin": 404}),
    "admin.export": ("/admin/export.zip", ADMIN_ONLY),
    "admin.audit_log": ("/admin/audit", ADMIN_ONLY),
    "admin.audit_csv": ("/admin/audit.csv", ADMIN_ONLY),
    "admin.users": ("/admin/users", ADMIN_ONLY),
    "admin.user_edit": ("/admin/users/1", ADMIN_ONLY),
    "admin.curation": ("/admin/skills", ADMIN_ONLY),
    "admin.curation_export": ("/admin/skills.csv", ADMIN_ONLY),
    "static": ("/static/css/skillmap.css", PUBLIC),
    "pathways.explore": ("/careers", PUBLIC),
    "succession.report": ("/succession", STAFF),
    "dashboard.page": ("/dashboard", STAFF),
    "dashboard.print_view": ("/dashboard/print", STAFF),
    "dashboard.chart": ("/dashboard/chart/age_bands.svg", STAFF),
    "dashboard.export": ("/dashboard/export.xlsx", STAFF),
    "succession.export": ("/succession/export.xlsx", STAFF),
    "succession.export_table": ("/succession/export/facilities.csv", STAFF),
    "succession.print_view": ("/succession/print", STAFF),
    "workspace.people": ("/succession/people.json?q=a", STAFF),
    "workspace.compare": ("/succession/compare", STAFF),
    "succession.age_chart": ("/succession/age-profile.svg", STAFF),
    "succession.heat_chart": ("/succession/heatmap.svg", STAFF),
    "succession.api_succession": ("/api/v1/succession", {"anonymous": 401, "ada": 403,
                                                        "bob": 403, "manager": 200,
                                                        "admin": 200}),
    "pathways.grade": ("/careers/technical/G5", PUBLIC),
    "pathways.mine": ("/careers/me", {"anonymous": LOGIN, "ada": 302, "bob": 302,
                                      "manager": 302, "admin": 302}),
    "pathways.person": ("/people/P1/pathway", {"anonymous": LOGIN, "ada": 200, "bob": 404,
                                               "manager": 404, "admin": 200}),
    "pathways.api_pathway": ("/api/v1/people/P1/pathway", {"anonymous": 401, "ada": 200,
                                                           "bob": 404, "manager": 404,
                                                           "admin": 200}),
}
SSO_OFF = dict.fromkeys(ROLES, 404)      # these answer 404 unless SSO is configured
EXPECTATIONS |= {"sso.start": ("/login/sso", SSO_OFF),
                 "sso.callback": ("/login/sso/callback", SSO_OFF)}
POST_ONLY = {"auth.logout": "/logout", "admin.curate": "/admin/skills/x-basket-weaving",
             "admin.curate_many": "/admin/skills/merge",
             "workspace.mitigate": "/succession/mitigations",
             "workspace.edit_action": "/succession/mitigations/1",
             "workspace.save": "/succession/scenarios",
             "workspace.delete": "/succession/scenarios/1/delete",
             "admin.user_create": "/admin/users", "admin.user_action": "/admin/users/1/reset"}
EMAILS = {"ada": "ada@test.invalid", "bob": "bob@test.invalid",
          "manager": "manager@test.invalid", "admin": "admin@test.invalid"}


def client_as(app, role):
    client = app.test_client()
    if role != "anonymous":
        assert sign_in(client, EMAILS[role], PASSWORDS[EMAILS[role]]).status_code == 302
    return client


def test_every_route_has_an_expectation(small_app):
    endpoints = {rule.endpoint for rule in small_app.url_map.iter_rules()}
    assert endpoints == set(EXPECTATIONS) | set(POST_ONLY)


def status_of(client, url: str) -> int:
    with client.get(url) as response:     # closes streamed files (static) too
        return response.status_code


@pytest.mark.parametrize("role", ROLES)
def test_each_role_gets_the_allowed_status_everywhere(small_app, role):
    client = client_as(small_app, role)
    found = {endpoint: (url, status_of(client, url)) for endpoint, (url, _) in EXPECTATIONS.items()}
    wrong = {endpoint: (url, status, EXPECTATIONS[endpoint][1][role])
             for endpoint, (url, status) in found.items()
             if status != EXPECTATIONS[endpoint][1][role]}
    assert wrong == {}


@pytest.mark.parametrize("role", ROLES)
def test_post_routes_need_a_csrf_token_and_the_right_role(small_app, role):
    client = client_as(small_app, role)
    for url in POST_ONLY.values():
        assert client.post(url, data={"action": "reject"}).status_code == 400   # no token
    token = csrf_token(client.get("/login").get_data(as_text=True))
    curate = client.post(POST_ONLY["admin.curate"], data={"action": "reject",
                                                          "csrf_token": token})
    assert curate.status_code == (302 if role in {"admin", "anonymous"} else 403)
    if role == "anonymous":
        assert "/login" in curate.headers["Location"]


def test_public_profile_carries_schema_org_json_ld(small_client):
    html = small_client.get("/people/P1").get_data(as_text=True)
    doc = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html,
                               re.S).group(1))
    assert doc["@type"] == "Person" and doc["worksFor"]["name"] == "University of Example"
    assert {"NMR spectroscopy", "Liquid chromatography-mass spectrometry"} <= \
        {k["name"] for k in doc["knowsAbout"]}
    assert {c["name"] for c in doc["hasCredential"]} >= {"Registered Scientist (RSci)"}
    assert doc["sameAs"] == ["https://orcid.org/0000-0002-1825-0097"]
    assert "1962" not in json.dumps(doc)


def crawl(client, start_urls, limit=3000):
    """Every same-site page and API answer reachable from `start_urls`."""
    seen, queue, pages = set(), deque(start_urls), {}
    while queue and len(pages) < limit:
        url = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        text = response.get_data(as_text=True)
        pages[url] = (response.status_code, text)
        for link in re.findall(r'(?:href|src|action)="([^"#]+)"', text):
            target = urljoin(url, link.replace("&amp;", "&"))
            parsed = urlparse(target)
            if parsed.netloc in {"", "localhost"} and not parsed.path.startswith("/static/"):
                queue.append(parsed.path + (f"?{parsed.query}" if parsed.query else ""))
        for person_id in re.findall(r'"person_id":\s*"([^"]+)"', text):
            queue.append(f"/api/v1/people/{person_id}")
    return pages


def test_anonymous_crawl_reveals_no_personal_dates_or_private_people(app):
    with app.app_context():
        people = get_session().scalars(select(Person)).all()
        dates = {d for p in people for d in (p.date_of_birth and p.date_of_birth.isoformat(),
                                             p.planned_retirement) if d}
        private = {p.person_id for p in people if not p.public}
    assert dates and private
    starts = ["/", "/sitemap.xml", "/skills", "/search?q=nmr", "/search?q=cryo-em",
              "/api/v1/search?q=helium&limit=100", "/api/v1/search?q=risk+assessment&limit=100"]
    pages = crawl(app.test_client(), starts)
    assert len(pages) > 700
    for url, (status, text) in pages.items():
        assert status < 500, url
        leaked = [d for d in dates if d in text]
        assert leaked == [], f"{url} shows personal dates {leaked[:3]}"
        assert not any(f"/people/{p}" in text or f'"person_id": "{p}"' in text
                       or f'"person_id":"{p}"' in text for p in private), url


def test_a_private_persons_name_reads_to_a_stranger_as_a_name_nobody_bears(small_client):
    """Bob Machin (P2) is private. Through the web, as in the engine (tests/test_search_names.py
    shows the name is no longer read as his for a stranger): a stranger's page for his name
    shows nothing of him and is the page a name nobody bears gives, while he himself and the
    manager of his department, whose term tables hold his name, find him by it."""
    def page(text: str) -> str:
        return small_client.get(f"/search?q={text}").get_data(as_text=True)

    seen, unseen = page("bob machin"), page("rob mackley")
    for text in (seen, unseen):
        assert 'data-testid="no-results"' in text and "/people/P2" not in text
    assert ("Did you mean" in seen) == ("Did you mean" in unseen)
    for email in ("bob@test.invalid", "manager@test.invalid"):
        sign_in(small_client, email, PASSWORDS[email])
        found = small_client.get("/api/v1/search?q=bob+machin").get_json()["results"]
        assert [r["person_id"] for r in found][:1] == ["P2"], email
        small_client.post("/logout", data={"csrf_token": csrf_token(page("nmr"))})
