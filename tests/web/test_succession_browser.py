"""The manager's planning journey in Debian's Chromium: what-if by name, an action with a
picked trainee, the summary changing, and a CSV that pandas reads."""

from __future__ import annotations

import re

import pytest

from tests.web.conftest import browser_sign_in


def summary(page) -> dict[str, str]:
    """The summary figures at the top of the page, as shown."""
    return {key: page.locator(f"[data-testid={key}]").inner_text()
            for key in ("losing-all", "critical", "high", "actions")}


def actions(page) -> int:
    return int(page.locator("[data-testid=actions] strong").inner_text())


SHOWN = ("facilities_losing_all_expert_cover", "critical_facilities", "critical_skills",
         "high_facilities", "high_skills")


def shown(figures: dict) -> tuple:
    return tuple(figures[key] for key in SHOWN)


def someone_whose_leaving_matters(page, base: str) -> tuple[str, str]:
    """A staying member of an at-risk facility's staff, in the manager's scope, whose
    leaving changes the summary figures (found through the API, as the manager)."""
    before = page.request.get(base + "/api/v1/succession?limit=1000").json()
    candidates = [(member["person_id"], member["name"])
                  for facility in before["facility_risks"] + before["covered_facilities"]
                  for member in facility.get("staff", []) if member["retiring"] is False]
    # the demo is generated from the taxonomy: when no such member's leaving shows, anyone
    # else the answer names who is not retiring (a successor, a holder of an at-risk skill)
    candidates += [c for c in named_staying(before) if c not in candidates]
    for person_id, name in candidates:
        after = page.request.get(f"{base}/api/v1/succession?leaving={person_id}").json()
        if shown(after["summary"]) != shown(before["summary"]):
            return person_id, name
    pytest.fail("nobody's leaving changes the summary")


def named_staying(node) -> list[tuple[str, str]]:
    """(person_id, name) of everyone a succession answer names, but those it lists as
    retiring (entries with a retirement band)."""
    found: list[tuple[str, str]] = []
    if isinstance(node, dict):
        if "person_id" in node and "name" in node and "band" not in node \
                and node.get("retiring") is not True:
            found.append((node["person_id"], node["name"]))
        for value in node.values():
            found += [c for c in named_staying(value) if c not in found]
    elif isinstance(node, list):
        for value in node:
            found += [c for c in named_staying(value) if c not in found]
    return found


def pick(page, field, name: str, person_id: str) -> None:
    """Type part of `name` into `field` and choose the person from the picker's list."""
    field.click()
    field.type(name.split()[0][:4], delay=30)
    option = page.locator(f".picker-list li[data-person-id='{person_id}']")
    if option.count() == 0:
        field.fill("")
        field.type(name, delay=10)
    option.wait_for(state="visible")
    option.click()


def test_manager_plans_with_the_workspace(page, live_server, tmp_path):
    pandas = pytest.importorskip("pandas")
    browser_sign_in(page, live_server, "manager")
    page.goto(live_server + "/succession")
    before = summary(page)
    person_id, name = someone_whose_leaving_matters(page, live_server)

    pick(page, page.locator("#who"), name, person_id)                # what-if, by name
    assert page.locator("#leaving-chips .chip", has_text=name).is_visible()
    page.click("text=Update report")
    page.wait_for_url(f"**leaving={person_id}**")
    assert name in page.locator("[data-testid=what-if]").inner_text()
    after = summary(page)
    assert after != before

    first = page.locator("#fac-title ~ table tr.drill").first        # an action, a trainee
    first.locator("summary").click()
    candidate = first.locator("ol li a[href^='/people/']").first
    trainee_name = candidate.inner_text()
    trainee_id = candidate.get_attribute("href").rsplit("/", 1)[1]
    form = first.locator("form.mitigation-form")
    form.locator("select[name=kind]").select_option("training")
    form.locator("input[name=owner]").fill("Lab manager")
    pick(page, form.locator("input[name=trainee]"), trainee_name, trainee_id)
    assert form.locator("input[name=trainee_id]").input_value() == trainee_id
    form.locator("button[type=submit]").click()
    page.wait_for_selector(".flash-success")
    assert actions(page) == int(after["actions"].split()[0]) + 1
    assert page.locator("#actions", has_text=trainee_name).is_visible()
    assert f"leaving={person_id}" in page.url                          # the what-if stays

    with page.expect_download() as download:                          # a CSV pandas reads
        page.click("[data-testid=csv-facilities]")
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    frame = pandas.read_csv(path)
    assert list(frame.columns[:3]) == ["rank", "facility_id", "facility"]
    assert len(frame) >= 1 and frame["rank"].tolist()[0] == 1


def test_the_printable_summary_is_one_page(page, live_server, tmp_path):
    browser_sign_in(page, live_server, "manager")
    page.goto(live_server + "/succession/print")
    assert page.locator("h1", has_text="Succession summary").is_visible()
    pdf = page.pdf(format="A4")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert pages == 1, f"{pages} pages"
