"""Admin pages: upload imports, exports, curation of skill names, the audit log."""

from __future__ import annotations

import io
import zipfile

from sqlalchemy import select

from skillmap.store.models import PersonSkill, Skill, SkillAlias
from tests.store.test_importer import GOOD
from tests.web.conftest import PASSWORDS, csrf_token, sign_in
from webapp.db import get_session


def admin(client):
    sign_in(client, "admin@test.invalid", PASSWORDS["admin@test.invalid"])
    return client


def zipped(files: dict[str, str]) -> io.BytesIO:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    buffer.seek(0)
    return buffer


def upload(client, files, dry_run=False):
    token = csrf_token(client.get("/admin/import").get_data(as_text=True))
    data = {"csrf_token": token, "bundle": (zipped(files), "bundle.zip")}
    if dry_run:
        data["dry_run"] = "y"
    return client.post("/admin/import", data=data, content_type="multipart/form-data")


def test_upload_a_bad_bundle_lists_errors_and_changes_nothing(small_client):
    admin(small_client)
    bad = {**GOOD, "people.csv": GOOD["people.csv"] + "P9,Zed,Bad,,,,G99,,,,,,,,\n"}
    response = upload(small_client, bad)
    html = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "nothing was changed" in html and "G99" in html and "unknown grade" in html


def test_upload_a_good_bundle(small_client):
    admin(small_client)
    more = {"people.csv": "person_id,given_name,family_name\nP9,Zed,New\n"}
    assert "Dry run: no errors" in upload(small_client, more, dry_run=True).get_data(as_text=True)
    assert small_client.get("/api/v1/people/P9").status_code == 404
    assert "Imported" in upload(small_client, more).get_data(as_text=True)
    assert small_client.get("/api/v1/people/P9").status_code == 200


def test_export_downloads(small_client):
    admin(small_client)
    response = small_client.get("/admin/export.zip")
    names = zipfile.ZipFile(io.BytesIO(response.data)).namelist()
    assert sorted(names) == ["facilities.csv", "facility_staff.csv", "people.csv",
                             "person_skills.csv"]
    assert small_client.get("/admin/export.xlsx").data[:2] == b"PK"


def curate(client, skill_id, **form):
    token = csrf_token(client.get("/admin/skills").get_data(as_text=True))
    return client.post(f"/admin/skills/{skill_id}", data={"csrf_token": token, **form})


def test_merge_makes_a_synonym_and_moves_holders(small_app, small_client):
    admin(small_client)
    assert "Basket weaving" in small_client.get("/admin/skills").get_data(as_text=True)
    curate(small_client, "x-basket-weaving", action="merge", into="manual-machining")
    with small_app.app_context():
        session = get_session()
        assert session.get(Skill, "x-basket-weaving").status == "merged"
        assert session.get(SkillAlias, "Basket weaving").skill_id == "manual-machining"
        assert session.get(PersonSkill, ("P3", "manual-machining")).level == 1
    results = small_client.get("/api/v1/search?q=basket+weaving").get_json()["results"]
    assert {r["person_id"] for r in results} >= {"P2", "P3"}       # both hold it now
    assert results[0]["matched"][0] == {"skill": "Manual machining", "level": 2,
                                        "via": "synonym"}
    assert "Nothing to review" in small_client.get("/admin/skills").get_data(as_text=True)
    assert "skill.merge" in small_client.get("/admin/audit.csv").get_data(as_text=True)


def test_promote_and_reject(small_app, small_client):
    admin(small_client)
    curate(small_client, "x-basket-weaving", action="promote", family="workshop",
           label="Basketry")
    with small_app.app_context():
        skill = get_session().get(Skill, "x-basket-weaving")
        assert (skill.status, skill.label, skill.family) == ("promoted", "Basketry", "workshop")
    response = curate(small_client, "x-basket-weaving", action="reject")
    assert response.status_code == 409          # decided already: nothing changes
    assert "decided on &#39;x-basket-weaving&#39; first (it is now promoted)" in \
        response.get_data(as_text=True)
    assert curate(small_client, "manual-machining", action="reject").status_code == 302


def test_rejected_names_leave_search_and_profiles_but_holders_keep_them(small_app,
                                                                        small_client):
    admin(small_client)
    curate(small_client, "x-basket-weaving", action="reject")
    small_client.get("/admin/skills")                   # shows (and clears) the "Done" message
    assert "Basket weaving" not in small_client.get("/people/P3").get_data(as_text=True)
    assert small_client.get("/api/v1/search?q=basket+weaving").get_json()["results"] == []
    with small_app.app_context():
        assert get_session().scalar(select(PersonSkill).where(
            PersonSkill.skill_id == "x-basket-weaving")) is not None
