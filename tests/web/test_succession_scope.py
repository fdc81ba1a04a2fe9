"""A manager's succession report names only people they may see, and gives nothing away.

A small institution: the manager runs Physics. Chemistry has a private practitioner
of the Physics liquefier's key skill (Carla, CH1, also on the liquefier's staff), a
public one (Colin, CH2, also on its staff) and a private expert retiring soon (Cora,
CH3). Carla and Cora must never be named to the Physics manager; Colin may be named,
but never with a retirement band; unknown and hidden ids get the same answers.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date

import pytest
from openpyxl import load_workbook

from tests.web.conftest import app_on_bundle, csrf_token, sign_in, without_csrf

YEAR = date.today().year
PEOPLE = f"""\
person_id,given_name,family_name,department,planned_retirement,date_of_birth,public
PH1,Paula,Physics,Physics,{YEAR + 1}-06,,true
PH2,Peter,Quark,Physics,,1994-04-04,false
PH3,Pia,Newton,Physics,,1996-05-05,true
PH4,Percy,Spin,Physics,,1990-03-03,true
CH1,Carla,Private,Chemistry,,1993-02-02,false
CH2,Colin,Public,Chemistry,,1992-01-01,true
CH3,Cora,Retiring,Chemistry,{YEAR + 1}-03,,false
CH4,Cyril,Bench,Chemistry,,1991-07-07,true
"""
SKILLS = """\
person_id,skill,level
PH1,helium-liquefaction,4
PH2,helium-liquefaction,2
PH3,helium-liquefaction,1
PH4,nmr-spectroscopy,2
CH1,helium-liquefaction,2
CH2,helium-liquefaction,2
CH3,nmr-spectroscopy,4
CH4,nmr-spectroscopy,2
CH4,lc-ms,3
"""
FACILITIES = """\
facility_id,name,department,required_skills
F-HE,Helium liquefier,Physics,helium-liquefaction
F-NMR,NMR suite,Chemistry,nmr-spectroscopy
"""
STAFF = """\
facility_id,person_id,role
F-HE,PH1,lead
F-HE,CH1,operator
F-HE,CH2,backup
F-NMR,CH3,lead
"""
HIDDEN = {"CH1": "Carla Private", "CH3": "Cora Retiring"}
BANDS = ("within 2 years", "2-5 years", "5-10 years")
PASSWORDS = {"admin@scope.invalid": "admin-pass-2", "manager@scope.invalid": "manager-pass-2"}


@pytest.fixture
def scope_app(tmp_path, taxonomy, small_taxonomy_dir, make_bundle):
    bundle = make_bundle({"people.csv": PEOPLE, "person_skills.csv": SKILLS,
                          "facilities.csv": FACILITIES, "facility_staff.csv": STAFF})
    users = (("admin@scope.invalid", "admin", {"password": PASSWORDS["admin@scope.invalid"]}),
             ("manager@scope.invalid", "manager",
              {"departments": ("Physics",), "password": PASSWORDS["manager@scope.invalid"]}))
    return app_on_bundle(tmp_path / "scope.db", bundle, taxonomy, institution="Uni",
                         taxonomy_dir=small_taxonomy_dir, users=users)


def signed_in(app, role):
    client = app.test_client()
    email = f"{role}@scope.invalid"
    assert sign_in(client, email, PASSWORDS[email]).status_code == 302
    return client


@pytest.fixture
def manager(scope_app):
    return signed_in(scope_app, "manager")


def texts(client, url):
    """Every text a download or page gives: xlsx cells joined, others as they are."""
    response = client.get(url)
    assert response.status_code < 500, url
    path = url.split("?")[0]
    if path.endswith(".xlsx"):
        book = load_workbook(io.BytesIO(response.data))
        return response.status_code, "\n".join(
            ",".join("" if v is None else str(v) for v in row)
            for sheet in book for row in sheet.iter_rows(values_only=True))
    if path.endswith(".zip"):
        import zipfile
        archive = zipfile.ZipFile(io.BytesIO(response.data))
        return response.status_code, "\n".join(archive.read(n).decode() for n in
                                               archive.namelist())
    return response.status_code, response.get_data(as_text=True)


def objects(value):
    """Every dict inside a JSON answer."""
    if isinstance(value, dict):
        yield value
        for item in value.values():
            yield from objects(item)
    elif isinstance(value, list):
        for item in value:
            yield from objects(item)


def manager_crawl(client) -> dict[str, tuple[int, str]]:
    """Every succession page, API answer and download reachable for the manager."""
    starts = ["/succession", "/succession?horizon_years=1", "/succession?horizon_years=15",
              "/succession?department=Physics", "/api/v1/succession?limit=1000",
              "/api/v1/succession?horizon_years=15", "/succession/print",
              "/succession/compare", "/succession/people.json?q=c&for=trainee",
              "/succession/people.json?q=a", "/succession/people.json?q=a&for=trainee"]
    seen, queue, pages = set(), list(starts), {}
    while queue:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        pages[url] = texts(client, url)
        for link in re.findall(r'(?:href|src)="([^"#]+)"', pages[url][1]):
            link = link.replace("&amp;", "&")
            if link.startswith(("/succession", "/api/v1/succession")):
                queue.append(link)
    return pages


def test_manager_crawl_names_no_hidden_person_and_no_band_outside_scope(manager):
    pages = manager_crawl(manager)
    paths = [u.split("?")[0] for u in pages]
    assert any(p.endswith(".xlsx") for p in paths) and any(p.endswith(".zip") for p in paths)
    assert any("/export/successors.csv" in u for u in pages)
    assert "Colin Public" in pages["/succession/people.json?q=c&for=trainee"][1]
    for url, (status, text) in pages.items():
        assert status < 400, url
        for pid, name in HIDDEN.items():
            assert pid not in text and name not in text, (url, pid)
        if text.startswith("{"):                # Colin: named, never with a band
            for item in objects(json.loads(text)):
                if item.get("person_id") == "CH2":
                    assert item.get("band", "not shown") == "not shown", (url, item)
                    assert item.get("retirement_band", "not shown") == "not shown", (url, item)
            continue
        for line in re.split(r"\n|<li|<tr|<p", text):
            if "Colin Public" in line or "CH2" in line:
                assert not any(band in line for band in BANDS), (url, line)
    report = json.loads(pages["/api/v1/succession?limit=1000"][1])
    liquefier = report["facility_risks"][0]
    assert liquefier["facility_id"] == "F-HE"
    assert {s["person_id"]: (s["band"], s["retiring"]) for s in liquefier["staff"]} == {
        "PH1": ("within 2 years", True), "CH2": ("not shown", None)}
    assert liquefier["other_staff"] == {"Chemistry": 1}
    candidates = {s["person_id"]: s["retirement_band"] for s in liquefier["successors"]}
    assert candidates["CH2"] == "not shown" and "PH2" in candidates
    assert liquefier["other_candidates"] == {"Chemistry": 1}
    assert "definitions" in report and "expert" in report["definitions"]


def test_the_admin_sees_everyone(scope_app):
    admin = signed_in(scope_app, "admin")
    report = admin.get("/api/v1/succession").get_json()
    liquefier = next(f for f in report["facility_risks"] if f["facility_id"] == "F-HE")
    assert {s["person_id"] for s in liquefier["staff"]} == {"PH1", "CH1", "CH2"}
    assert "Cora Retiring" in admin.get("/succession").get_data(as_text=True)


def blank(text: str, probe: str) -> str:
    """`text` without the probe itself and without CSRF tokens (they carry a timestamp)."""
    return without_csrf(text.encode()).decode().replace(probe, "?")


def same_answer(client, make_url, probes):
    """The answers for each probe, with the probe itself blanked out, are all equal."""
    answers = set()
    for probe in probes:
        response = client.get(make_url(probe))
        answers.add((response.status_code, blank(response.get_data(as_text=True), probe)))
    return len(answers) == 1


def test_what_if_ids_and_names_cannot_be_probed(manager):
    probes = ["CH1", "CH3", "NOBODY"]
    assert same_answer(manager, lambda p: f"/api/v1/succession?leaving={p}", probes)
    assert same_answer(manager, lambda p: f"/succession?leaving={p}", probes)
    assert same_answer(manager, lambda p: f"/succession?who={p}",
                       ["Carla Private", "Cora Retiring", "Nobody Atall"])
    what_if = manager.get("/api/v1/succession?who=Peter+Quark").get_json()   # by name
    assert what_if["leaving"] == ["PH2"]


def post_action(client, **fields):
    token = csrf_token(client.get("/succession").get_data(as_text=True))
    data = {"csrf_token": token, "target_kind": "facility", "target_id": "F-HE",
            "kind": "training", "note": "typed note", "horizon_years": "5"} | fields
    return client.post("/succession/mitigations", data=data)


def test_trainees_only_from_people_the_manager_may_see(manager):
    answers = set()
    for probe in ("CH1", "Carla Private", "CH3", "NOBODY", "Nobody Atall"):
        response = post_action(manager, trainee=probe, note=f"note for {probe}")
        html = response.get_data(as_text=True)
        assert response.status_code == 422 and f"note for {probe}" in html   # form kept
        answers.add(blank(html, probe))
    assert len(answers) == 1
    assert post_action(manager, trainee_id="CH1", trainee="").status_code == 302 and \
        "Carla" not in manager.get("/succession").get_data(as_text=True)   # id ignored
    assert post_action(manager, trainee="Colin Public").status_code == 302
    assert post_action(manager, trainee="peter quark").status_code == 302
    actions = manager.get("/api/v1/succession").get_json()["facility_risks"][0]["mitigations"]
    assert [m["trainee"] for m in actions] == [None, "CH2", "PH2"]


def test_actions_only_on_gaps_in_scope(manager):
    assert post_action(manager, target_kind="skill", target_id="no-such-skill").status_code \
        == 404
    assert post_action(manager, target_id="F-NOPE").status_code == 404
    assert post_action(manager, target_id="F-NMR").status_code == 403      # Chemistry's
    assert post_action(manager, target_kind="skill",
                       target_id="lc-ms").status_code == 403   # not in Physics' report
    assert post_action(manager, target_kind="skill",
                       target_id="helium-liquefaction").status_code == 302


def test_a_lost_edit_race_is_a_409_that_keeps_what_was_typed(manager):
    assert post_action(manager, owner="Paula").status_code == 302
    token = csrf_token(manager.get("/succession").get_data(as_text=True))
    action = manager.get("/api/v1/succession").get_json()["facility_risks"][0]["mitigations"][0]
    base = {"csrf_token": token, "kind": "training", "version": str(action["version"]),
            "horizon_years": "5", "status": "in progress"}
    url = f"/succession/mitigations/{action['id']}"
    assert manager.post(url, data=base | {"note": "first"}).status_code == 302
    second = manager.post(url, data=base | {"note": "second, typed at the same time"})
    assert second.status_code == 409
    assert "second, typed at the same time" in second.get_data(as_text=True)
    after = manager.get("/api/v1/succession").get_json()["facility_risks"][0]["mitigations"][0]
    assert (after["note"], after["status"], after["version"]) == ("first", "in progress", 2)
    assert manager.post("/succession/mitigations/999", data=base).status_code == 404


def test_overdue_actions_are_flagged(manager):
    assert post_action(manager, due="2020-01-01", owner="Paula").status_code == 302
    report = manager.get("/api/v1/succession").get_json()
    action = report["facility_risks"][0]["mitigations"][0]
    assert (action["overdue"], action["status"]) == (True, "planned")
    assert report["summary"]["overdue_actions"] == 1
    rows = list(csv.DictReader(io.StringIO(manager.get(
        "/succession/export/actions.csv").get_data(as_text=True))))
    assert [(r["owner"], r["status"], r["overdue"]) for r in rows] == [("Paula", "planned",
                                                                       "yes")]


def test_scenarios_are_saved_and_compared(manager):
    token = csrf_token(manager.get("/succession").get_data(as_text=True))
    saved = manager.post("/succession/scenarios", data={
        "csrf_token": token, "name": "Paula leaves", "horizon_years": "5", "leaving": "PH1"})
    assert saved.status_code == 302
    html = manager.get("/succession/compare").get_data(as_text=True)
    assert "As things are" in html and "Paula leaves" in html and "Paula Physics" in html


def test_any_typed_trainee_keeps_the_form_and_never_fails(manager):
    for typed in ("<b>Colin</b>", "' OR 1=1 --", "Ω≈ç√ Pub", "a" * 300, "P", "C", "   "):
        response = post_action(manager, trainee=typed, note="kept note")
        assert response.status_code in (302, 422), typed
        if response.status_code == 422:
            html = response.get_data(as_text=True)
            assert "kept note" in html and "<b>Colin</b>" not in html


@pytest.mark.parametrize("role", ["anonymous", "ada", "bob", "manager", "admin"])
def test_workspace_posts_by_role(small_app, role):
    from tests.web.test_access import client_as

    client = client_as(small_app, role)
    token = csrf_token(client.get("/login").get_data(as_text=True))
    posts = {"/succession/mitigations": {"target_kind": "skill", "target_id": "no-such-skill",
                                         "kind": "training"},
             "/succession/mitigations/1": {"kind": "training", "version": "1"},
             "/succession/scenarios": {"name": "x", "horizon_years": "5"},
             "/succession/scenarios/99/delete": {}}
    for url, data in posts.items():
        status = client.post(url, data=data | {"csrf_token": token}).status_code
        expected = {"anonymous": {302}, "ada": {403}, "bob": {403}}.get(
            role, {404} if url != "/succession/scenarios" else {302})
        assert status in expected, (url, status)
