"""Campus acceptance in Debian's Chromium: every page at 390 px for every role, without
horizontal scrolling, filesystem paths or machine ids where a name exists."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import pytest

from skillmap.settings import PROJECT_ROOT
from tests.web.conftest import PASSWORDS, browser_sign_in, serving

pytestmark = pytest.mark.browser
SHOTS = PROJECT_ROOT / "docs" / "screenshots"
PHONE = {"width": 390, "height": 844}

PUBLIC = ["/", "/search", "/search?q=cryo-em", "/search?q=qwertyuiop", "/facilities",
          "/facilities?kind=workshop", "{facility}", "/skills", "/skills/imaging", "{person}",
          "/careers", "/careers/technical/G7", "/login", "/no-such-page"]
ROLE_PAGES = {
    "anonymous": [],
    "technician": ["/careers/me", "{me}/edit"],
    "manager": ["/succession", "/succession?horizon_years=10", "/succession/print",
                "/succession/compare", "/dashboard", "/dashboard/print",
                "{person}/pathway"],
    "admin": ["/admin/", "/admin/import", "/admin/skills", "/admin/audit", "/admin/users",
              "/admin/users/1"],
}
# Pages that are not HTML for people (files, feeds, machine answers) or need a configured SSO.
NOT_PAGES = re.compile(r"^(api\.|static$|sso\.|main\.(healthz|brand_css|logo|favicon|start)$|"
                       r"admin\.import_(job|job_state|template)$|workspace\.people$|"
                       r".*(export|csv|chart|sitemap|robots)|.*\.api_)")
PATH_LIKE = re.compile(r"(/home/|/work/|/tmp/|/usr/|/opt/|/var/|[A-Z]:\\\\)\S*")


def machine_ids() -> re.Pattern:
    """Ids of skills, skill families and registers that differ from their names (hyphenated
    slugs such as ``scientific-glassblowing`` or ``science-council``)."""
    from skillmap.taxonomy import load_taxonomy

    tax = load_taxonomy(PROJECT_ROOT / "taxonomies")
    seed = (PROJECT_ROOT / "seed" / "institution.yaml").read_text()
    prose = " ".join([x.description for x in [*tax.skills.values(), *tax.families.values()]]
                     + re.findall(r"(?:name|description): (.*)", seed)).casefold()
    ids = [i for i in [*tax.skills, *tax.families, *tax.registers]
           if "-" in i and i not in prose]   # "data-protection", "eye-tracking" are words too
    return re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, sorted(ids, key=len,
                                                                      reverse=True))) + r")(?![\w-])")


RAW_IDS = machine_ids()


def phone_page(browser):
    context = browser.new_context(viewport=PHONE)
    return context, context.new_page()


def links(page, live_server) -> dict[str, str]:
    """Concrete targets for the placeholders: a person, a facility, the signed-in person."""
    page.goto(live_server + "/search?q=nmr")
    person = page.locator(".result-card h2 a").first.get_attribute("href")
    page.goto(live_server + "/facilities")
    facility = page.locator(".facility-list h2 a").first.get_attribute("href")
    page.goto(live_server + "/careers/me")
    me = re.sub(r"/pathway$", "", page.url.replace(live_server, ""))
    return {"person": person, "facility": facility, "me": me}


def sweep(page, live_server, urls) -> dict[str, list[str]]:
    """Visit `urls`; return each page's problems (overflow, paths, raw ids)."""
    problems = {}
    for url in urls:
        page.goto(live_server + url)
        found = []
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            wide = page.evaluate("""() => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > innerWidth + 1)
                .slice(0, 3).map(e => e.tagName + '.' + e.className)""")
            found.append(f"{width}px wide: {wide}")
        text = page.evaluate("document.body.innerText")
        found += [f"path {m.group(0)}" for m in PATH_LIKE.finditer(text)]
        typed = parse_qs(urlparse(url).query).get("q", [""])[0]      # what the visitor typed
        found += sorted({f"id {m.group(0)}" for m in RAW_IDS.finditer(text)
                         if m.group(0) != typed})
        if str(PROJECT_ROOT) in page.content():
            found.append("the checkout's path in the HTML")
        if found:
            problems[url] = found
    return problems


@pytest.mark.parametrize("role", ["anonymous", "technician", "manager", "admin"])
def test_every_page_fits_a_phone_and_shows_no_server_path(browser, live_server, app, role):
    context, page = phone_page(browser)
    if role != "anonymous":
        browser_sign_in(page, live_server, role)
    targets = links(page, live_server) if role != "anonymous" else None
    if targets is None:
        page.goto(live_server + "/search?q=nmr")
        targets = {"person": page.locator(".result-card h2 a").first.get_attribute("href"),
                   "facility": "/facilities/" + "x", "me": ""}
        page.goto(live_server + "/facilities")
        targets["facility"] = page.locator(".facility-list h2 a").first.get_attribute("href")
    urls = [u.format(**targets) for u in PUBLIC + ROLE_PAGES[role]]
    assert sweep(page, live_server, urls) == {}
    context.close()


def test_the_sweep_covers_every_page_route(app):
    adapter = app.url_map.bind("localhost")
    every = {rule.endpoint for rule in app.url_map.iter_rules()
             if "GET" in rule.methods and not NOT_PAGES.match(rule.endpoint)}
    examples = {"person": "/people/x", "facility": "/facilities/x", "me": "/people/x"}
    covered = {adapter.match(url.format(**examples).split("?")[0])[0]
               for url in PUBLIC + sum(ROLE_PAGES.values(), []) if url != "/no-such-page"}
    assert every - covered == set()


def test_phone_navigation_is_a_menu_button_that_works_from_the_keyboard(browser, live_server):
    context, page = phone_page(browser)
    page.goto(live_server + "/")
    button = page.locator(".menu-toggle")
    assert button.is_visible() and button.get_attribute("aria-expanded") == "false"
    assert not page.locator("#site-nav").is_visible()
    assert page.locator(".site-header").bounding_box()["height"] < 80     # one row, not three
    for _ in range(5):                                   # skip link, brand, then the button
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('menu-toggle')"):
            break
    page.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true"
    assert page.locator("#site-nav a", has_text="Facilities").is_visible()
    page.screenshot(path=SHOTS / "phone-menu.png")
    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.activeElement.classList.contains('menu-toggle')")
    context.close()


def test_phone_search_folds_the_filters_so_the_first_result_shows(browser, live_server):
    context, page = phone_page(browser)
    page.goto(live_server + "/search?q=risk+assessment")
    first = page.locator(".result-card").first
    assert not page.locator("#f-department").is_visible()
    assert first.bounding_box()["y"] < PHONE["height"]
    page.screenshot(path=SHOTS / "phone-search.png")
    page.click(".filters-toggle summary")
    assert page.locator("#f-department").is_visible()
    context.close()
    wide = browser.new_page()                            # a desktop keeps them open
    wide.goto(live_server + "/search?q=risk+assessment")
    assert wide.locator("#f-department").is_visible()
    wide.close()


def test_profile_skill_picker_finds_abbreviations_and_rows_come_and_go(browser, live_server):
    context = browser.new_context()
    page = context.new_page()
    browser_sign_in(page, live_server, "technician")
    me = re.sub(r"/pathway$", "", page.url.replace(live_server, ""))
    page.goto(live_server + me + "/edit")
    rows = page.locator("[data-skill-row]")
    before = rows.count()
    blank = rows.last.locator("[data-skill-picker]")
    blank.fill("LN2")
    option = page.locator("[role=option]", has_text="Liquid nitrogen handling").first
    option.wait_for()
    assert "also called LN2" in option.inner_text()
    blank.press("ArrowDown")
    blank.press("Enter")
    assert blank.input_value() == "Liquid nitrogen handling"
    assert blank.get_attribute("aria-expanded") == "false"
    page.click("text=Add a skill")
    assert rows.count() == before + 1
    added = rows.last.locator("[data-skill-picker]")
    assert added.evaluate("e => e === document.activeElement")
    added.type("cryo-em")
    page.locator("[role=option]", has_text="Cryo-electron microscopy").first.click()
    assert added.input_value() == "Cryo-electron microscopy"
    added.fill("liquid n")
    rows.last.locator("[role=option]").first.wait_for()
    rows.last.scroll_into_view_if_needed()
    page.screenshot(path=SHOTS / "skill-picker.png")
    added.fill("Cryo-electron microscopy")
    added.press("Escape")                                 # closes the list
    assert added.get_attribute("aria-expanded") == "false"
    width = added.evaluate("e => e.scrollWidth <= e.clientWidth")    # the full name shows
    assert width
    rows.last.locator("[data-remove-skill]").click()
    assert rows.count() == before
    context.close()


def signed_in(browser, base: str, email: str, password: str, lands: str):
    """A fresh browser context signed in through the login form; returns it and its page."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + "/login")
    page.fill("#email", email)
    page.fill("#password", password)
    page.click("main button[type=submit]")
    page.wait_for_url(lands)
    return context, page


def test_admin_creates_a_manager_who_sees_only_their_scope(browser, small_app):
    with serving(small_app) as base:
        context, page = signed_in(browser, base, "admin@test.invalid",
                                  PASSWORDS["admin@test.invalid"], "**/admin/")
        page.click("text=Users")
        page.fill("#email", "head.of.physics@example.ac.uk")
        page.check("#role-manager")
        page.get_by_label("Physics", exact=True).check()
        page.screenshot(path=SHOTS / "admin-users.png", full_page=True)
        page.click("text=Create account")
        page.wait_for_url("**/admin/users/*")
        flash = page.locator(".flash-success").inner_text()
        password = flash.split("One-time password: ")[1].split(" ")[0]
        page.goto(base + "/admin/audit")
        assert "account created" in page.locator("main").inner_text()
        context.close()

        context, page = signed_in(browser, base, "head.of.physics@example.ac.uk", password,
                                  "**/succession")
        assert "Physics" in page.locator("h1").inner_text()
        text = page.locator("main").inner_text()
        assert "Chemistry" not in text and "Biosciences" not in text
        assert page.goto(base + "/people/P2").status == 200            # private, in Physics
        assert page.goto(base + "/admin/").status == 403
        context.close()


def test_curation_merges_by_picking_a_label(browser, small_app):
    with serving(small_app) as base:
        context, page = signed_in(browser, base, "admin@test.invalid",
                                  PASSWORDS["admin@test.invalid"], "**/admin/")
        page.goto(base + "/admin/skills")
        section = page.locator("[data-unreviewed='Basket weaving']")
        picker = section.locator("[data-skill-picker]")
        picker.type("lathe")                                  # a synonym of Manual machining
        page.locator("[role=option]", has_text="Manual machining").first.wait_for()
        page.screenshot(path=SHOTS / "curation.png", full_page=True)
        page.locator("[role=option]", has_text="Manual machining").first.click()
        assert picker.input_value() == "Manual machining"
        section.locator("button", has_text="Merge").last.click()
        page.wait_for_url("**/admin/skills")
        assert "“Basket weaving” merged" in page.locator(".flash-success").inner_text()
        assert "Nothing to review" in page.locator("main").inner_text()
        context.close()
    response = small_app.test_client().get("/api/v1/search?q=basket+weaving").get_json()
    assert response["results"][0]["matched"][0]["skill"] == "Manual machining"


def test_researcher_filters_facilities_and_opens_one(page, live_server):
    page.goto(live_server + "/")
    page.click("#site-nav >> text=Facilities")
    page.wait_for_url("**/facilities")
    total = page.locator(".facility-list > li").count()
    page.select_option("#f-kind", "workshop")
    page.click("text=Show")
    page.wait_for_url("**kind=workshop**")
    assert 0 < page.locator(".facility-list > li").count() < total
    page.screenshot(path=SHOTS / "facilities.png", full_page=True)
    page.locator(".facility-list h2 a").first.click()
    page.wait_for_url("**/facilities/**")
    assert page.locator("[data-testid=facility-contact]").is_visible()
    assert page.locator("h2", has_text="Who runs it").is_visible()
