"""Real-browser journeys in Debian's Chromium (Playwright): what a researcher actually does."""

from __future__ import annotations

import pytest

from skillmap.settings import PROJECT_ROOT
from tests.web.conftest import browser_sign_in

pytestmark = pytest.mark.browser
SHOTS = PROJECT_ROOT / "docs" / "screenshots"


def test_home_page_shows_directory_size(page, live_server):
    page.goto(live_server + "/")
    assert page.title().endswith("skillmap")
    assert int(page.locator('[data-stat="people"]').inner_text().replace(",", "")) >= 600
    page.screenshot(path=SHOTS / "home.png", full_page=True)


def test_researcher_searches_opens_a_result_and_its_facility(page, live_server):
    page.goto(live_server + "/search")
    page.fill("#q", "who runs the NMR?")                 # live search: no submit needed
    first = page.locator(".result-card").first
    first.wait_for()
    assert "nmr" in page.url.lower()                     # the URL follows the query
    page.screenshot(path=SHOTS / "search.png", full_page=True)
    first.locator("h2 a").click()
    page.wait_for_url("**/people/**")
    assert page.locator("h2", has_text="Skills").is_visible()
    page.locator("a[href^='/facilities/']").first.click()
    page.wait_for_url("**/facilities/**")
    assert page.locator("h2", has_text="Who runs it").is_visible()


def test_researcher_filters_by_department(page, live_server):
    page.goto(live_server + "/search?q=risk+assessment")
    page.locator(".result-card").first.wait_for()
    department = page.locator("#f-department option").nth(1).get_attribute("value")
    page.select_option("#f-department", department)
    # each card's line under the name (job title · department); a matched skill's "as
    # written" note is muted too, and says no department
    page.wait_for_function(
        "d => [...document.querySelectorAll('.result-card > p.muted')]"
        ".every(e => e.textContent.includes(d))", arg=department)
    cards = page.locator(".result-card")
    assert cards.count() >= 1
    assert f"department={department.replace(' ', '+')}" in page.url or "department=" in page.url


def test_search_works_with_javascript_off(browser, live_server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server + "/search")
    page.fill("#q", "cyro-em")
    page.click("button[type=submit]")
    page.wait_for_url("**q=cyro-em**")
    assert page.locator(".result-card").count() >= 1
    context.close()


def test_technician_signs_in_and_sees_the_route_and_a_mentor(page, live_server):
    browser_sign_in(page, live_server, "technician")
    page.click("text=Careers")
    page.click("text=See my next grade")
    page.wait_for_url("**/pathway")
    assert page.locator("h2", has_text="My next grade").is_visible()
    assert page.locator(".routes li").count() >= 1
    assert page.locator("[data-testid=mentor]").count() >= 1
    page.screenshot(path=SHOTS / "pathway.png", full_page=True)


def test_manager_runs_the_report_changes_horizon_and_downloads_excel(page, live_server,
                                                                     tmp_path):
    from openpyxl import load_workbook

    browser_sign_in(page, live_server, "manager")
    page.click("text=Succession")
    page.wait_for_url("**/succession")
    first = page.locator("#fac-title ~ table th[scope=row]").first.inner_text()
    assert "glassblowing" in first.lower()
    page.select_option("#horizon", "10")
    page.click("text=Update report")
    page.wait_for_url("**horizon_years=10**")
    assert "within <strong>10 years</strong>" in page.content()
    page.screenshot(path=SHOTS / "succession.png", full_page=False)
    with page.expect_download() as download:
        page.click("[data-testid=xlsx]")
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    assert path.name.endswith("-10y.xlsx")
    assert load_workbook(path).sheetnames == ["facilities", "skills", "successors", "actions",
                                              "safe_facilities", "definitions"]


def test_admin_opens_the_dashboard_switches_department_downloads_excel(page, live_server,
                                                                        tmp_path):
    from openpyxl import load_workbook

    browser_sign_in(page, live_server, "admin")
    page.click("text=Commitment")
    page.wait_for_url("**/dashboard")
    assert page.locator(".metric").count() >= 14
    page.screenshot(path=SHOTS / "dashboard.png", full_page=False)
    page.select_option("#department", "Department of Physics")
    page.click("text=Show")
    page.wait_for_url("**department=Department+of+Physics**")
    assert "Department of Physics" in page.locator("h1").inner_text()
    with page.expect_download() as download:
        page.click("[data-testid=xlsx]")
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    assert "Department of Physics" in str(next(load_workbook(path)["Metrics"].iter_rows(
        values_only=True))[0])


def test_leaving_the_search_box_does_not_redraw_the_results(page, live_server):
    """Clicking a result blurs the box, which fires "change"; redrawing the same results
    under the pointer then swallowed the click (a flaky journey above, and a real user's)."""
    page.goto(live_server + "/search")
    page.fill("#q", "who runs the NMR?")
    page.locator(".result-card").first.wait_for()
    page.wait_for_timeout(300)                        # the typing's own fetch has settled
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url)
            if "partial=1" in request.url else None)
    page.locator("#q").blur()
    page.wait_for_timeout(400)
    assert fetched == []
    page.fill("#q", "cryo-em")                        # a new query still updates
    page.wait_for_timeout(600)
    assert any("cryo-em" in url for url in fetched)
