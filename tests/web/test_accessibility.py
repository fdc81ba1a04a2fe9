"""Every page passes axe-core (no serious or critical violations) in real Chromium,
and the three journeys work from the keyboard alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DEMO_PASSWORD, DEMO_USERS
from tests.web.conftest import browser_sign_in

pytestmark = pytest.mark.browser
AXE = (Path(__file__).parent.parent / "vendor" / "axe-core" / "axe.min.js").read_text()


@pytest.fixture
def page(browser):
    """A page that lets the test inject axe-core despite the site's Content-Security-Policy."""
    context = browser.new_context(bypass_csp=True)
    yield context.new_page()
    context.close()


PUBLIC_PAGES = ["/", "/search", "/search?q=cryo-em", "/search?q=qwertyuiop", "/skills",
                "/skills/imaging", "/careers", "/careers/technical/G7", "/login", "/facilities",
                "/facilities?kind=workshop", "/no-such-page"]


def violations(page) -> list[str]:
    page.add_script_tag(content=AXE)
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [f"{v['id']} ({v['impact']}): {v['nodes'][0]['target']}"
            for v in result["violations"] if v["impact"] in {"serious", "critical"}]


def first_link(page, selector: str) -> str:
    return page.locator(selector).first.get_attribute("href")


def test_public_pages_pass_axe(page, live_server):
    found = {}
    page.goto(live_server + "/search?q=nmr")
    people = page.locator(".result-card h2 a").evaluate_all("els => els.map(a => a.href)")
    pages = PUBLIC_PAGES + [people[0]]
    for person in people:       # the first NMR person who staffs a facility
        page.goto(person)
        if page.locator("a[href^='/facilities/']").count():
            pages.append(first_link(page, "a[href^='/facilities/']"))
            break
    assert any(url.startswith("/facilities/") for url in pages)
    for url in pages:
        page.goto(url if url.startswith("http") else live_server + url)
        if problems := violations(page):
            found[url] = problems
    assert found == {}


@pytest.mark.parametrize("role, urls", [
    ("technician", ["/careers/me", "/careers", "/", "{me}/edit", "/no-such-page"]),
    ("admin", ["/admin/", "/admin/import", "/admin/skills", "/admin/audit", "/admin/users",
               "/admin/users/1"]),
    ("manager", ["/succession", "/succession?horizon_years=10", "/dashboard",
                 "/dashboard/print", "/succession/print", "/succession/compare"]),
])
def test_signed_in_pages_pass_axe(page, live_server, role, urls):
    browser_sign_in(page, live_server, role)
    page.goto(live_server + "/careers")
    me = page.evaluate("document.querySelector('a[href^=\"/people/\"]')?.getAttribute('href')")
    found = {}
    for url in urls:
        page.goto(live_server + url.format(me=me))
        if problems := violations(page):
            found[page.url] = problems
    assert found == {}


def tab_to(page, text: str = "", *, element_id: str = "", limit: int = 60) -> None:
    """Press Tab until the focused element has id `element_id`, or its text contains `text`."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate("[document.activeElement.id, document.activeElement.textContent]")
        if (element_id and focused[0] == element_id) or \
                (not element_id and text.lower() in (focused[1] or "").lower()):
            return
    raise AssertionError(f"never reached {text or element_id!r} with the keyboard")


def test_researcher_journey_by_keyboard(page, live_server):
    page.goto(live_server + "/")
    tab_to(page, "Find expertise")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search")
    tab_to(page, element_id="q")
    page.keyboard.type("confocal microscopy")
    page.keyboard.press("Enter")
    page.locator(".result-card").first.wait_for()
    tab_to(page, page.locator(".result-card h2 a").first.inner_text())
    page.keyboard.press("Enter")
    page.wait_for_url("**/people/**")


def test_technician_journey_by_keyboard(page, live_server):
    page.goto(live_server + "/login")
    tab_to(page, element_id="email")
    page.keyboard.type(DEMO_USERS["technician"])
    page.keyboard.press("Tab")
    page.keyboard.type(DEMO_PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url("**/pathway")                 # a technician lands on their next grade
    tab_to(page, "Careers")
    page.keyboard.press("Enter")
    page.wait_for_url("**/careers")
    tab_to(page, "See my next grade")
    page.keyboard.press("Enter")
    page.wait_for_url("**/pathway")


def test_manager_journey_by_keyboard(page, live_server):
    browser_sign_in(page, live_server, "manager")
    assert page.url.endswith("/succession")         # a manager lands on their succession summary
    page.goto(live_server + "/")
    tab_to(page, "Succession")
    page.keyboard.press("Enter")
    page.wait_for_url("**/succession")
    tab_to(page, element_id="horizon")
    page.keyboard.press("ArrowDown")          # 5 -> 10 years
    tab_to(page, "Update report")
    page.keyboard.press("Enter")
    page.wait_for_url("**horizon_years=10**")
    tab_to(page, "Who holds it")              # open the first drill-down
    page.keyboard.press("Enter")
    assert page.locator("details[open]").count() == 1


def test_phone_layout_open_menu_and_open_picker_pass_axe(browser, live_server):
    context = browser.new_context(bypass_csp=True, viewport={"width": 390, "height": 844})
    page = context.new_page()
    found = {}
    for url in ("/", "/search?q=nmr", "/facilities"):
        page.goto(live_server + url)
        page.click(".menu-toggle")                          # the navigation, opened
        if problems := violations(page):
            found[url] = problems
    browser_sign_in(page, live_server, "technician")
    me = page.url.replace(live_server, "").removesuffix("/pathway")
    page.goto(live_server + me + "/edit")
    page.locator("[data-skill-row]").last.locator("[data-skill-picker]").fill("LN2")
    page.locator("[data-skill-row]").last.locator("[role=option]").first.wait_for()
    if problems := violations(page):                        # the picker's list, open
        found["picker"] = problems
    context.close()
    assert found == {}
