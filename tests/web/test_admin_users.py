"""Administering users in the browser's forms: create, change, disable, reset, delete;
every change audited and CSRF-protected; single-sign-on groups mapped to roles."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from skillmap.exceptions import SkillmapError
from skillmap.store.models import AuditEntry, User
from skillmap.store.session import make_sessionmaker
from tests.web.conftest import PASSWORDS, csrf_token, sign_in
from webapp.sso import parse_group_roles, role_for_groups


@pytest.fixture
def admin(small_app):
    client = small_app.test_client()
    assert sign_in(client, "admin@test.invalid", PASSWORDS["admin@test.invalid"]).status_code == 302
    return client


def post(client, url, data, page="/admin/users"):
    token = csrf_token(client.get(page).get_data(as_text=True))
    return client.post(url, data={**data, "csrf_token": token})


def stored(app, email):
    with make_sessionmaker(app.config["DATABASE_URL"])() as session:
        user = session.scalar(select(User).where(User.email == email))
        audit = [(e.action, e.actor) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.target == f"user:{email}").order_by(AuditEntry.id))]
        return (None if user is None else
                (user.role, user.active, sorted(d.department for d in user.departments),
                 user.person_id, user.id)), audit


def test_admin_creates_a_manager_changes_disables_resets_and_deletes(small_app, admin):
    created = post(admin, "/admin/users", {"email": "Head@Example.ac.uk", "role": "manager",
                                           "departments": "Physics"})
    assert created.status_code == 302
    page = admin.get(created.headers["Location"]).get_data(as_text=True)
    password = page.split("One-time password: ")[1].split(" ")[0]
    (role, active, departments, _, user_id), audit = stored(small_app, "head@example.ac.uk")
    assert (role, active, departments) == ("manager", True, ["Physics"])
    manager = small_app.test_client()
    assert sign_in(manager, "head@example.ac.uk", password).status_code == 302

    people = admin.get(f"/admin/users/{user_id}").get_data(as_text=True)
    ada = next(label for label in people.split('<option value="')[1:] if label.startswith("Ada"))
    ada = ada.split('"')[0]
    changed = post(admin, f"/admin/users/{user_id}", {"role": "technician", "person": ada})
    assert changed.status_code == 302
    assert stored(small_app, "head@example.ac.uk")[0][:4] == ("technician", True, [], "P1")

    assert post(admin, f"/admin/users/{user_id}/disable", {}).status_code == 302
    assert stored(small_app, "head@example.ac.uk")[0][1] is False
    assert manager.get("/people/P1/edit").status_code == 302        # signed out at once
    reset = admin.get(post(admin, f"/admin/users/{user_id}/reset", {}).headers["Location"])
    assert "New one-time password" in reset.get_data(as_text=True)
    refused = post(admin, f"/admin/users/{user_id}/delete", {})        # not confirmed
    assert stored(small_app, "head@example.ac.uk")[0] is not None
    assert refused.status_code == 302
    assert post(admin, f"/admin/users/{user_id}/delete", {"confirm": "yes"}).status_code == 302
    user, audit = stored(small_app, "head@example.ac.uk")
    assert user is None
    assert [a for a, _ in audit] == ["user.create", "user.change", "user.disable",
                                     "user.reset_password", "user.delete"]
    assert {actor for _, actor in audit} == {"admin@test.invalid"}


def test_every_form_error_comes_back_in_one_pass(small_app, admin):
    response = post(admin, "/admin/users", {"email": "not-an-email", "role": "manager",
                                            "person": "Nobody at all"})
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    summary = html.split("data-error-summary")[1].split("</div>")[0]
    assert "3 things to correct" in summary
    for field in ("#email", "#departments", "#person"):
        assert f'href="{field}"' in summary
    assert 'value="not-an-email"' in html                              # what was typed is kept
    assert stored(small_app, "not-an-email")[0] is None


def test_user_changes_need_a_csrf_token_and_an_admin(small_app, admin):
    assert admin.post("/admin/users", data={"email": "x@example.ac.uk",
                                             "role": "admin"}).status_code == 400
    manager = small_app.test_client()
    sign_in(manager, "manager@test.invalid", PASSWORDS["manager@test.invalid"])
    assert post(manager, "/admin/users/1/reset", {}, page="/login").status_code == 403
    assert stored(small_app, "x@example.ac.uk")[0] is None


def test_the_last_admin_cannot_be_disabled_demoted_or_deleted(small_app, admin):
    _, _, _, _, admin_id = stored(small_app, "admin@test.invalid")[0]
    for action in ("disable", "delete"):
        page = admin.get(post(admin, f"/admin/users/{admin_id}/{action}",
                              {"confirm": "yes"}).headers["Location"])
        assert "the last active admin" in page.get_data(as_text=True)
    demoted = post(admin, f"/admin/users/{admin_id}", {"role": "technician", "person": ""})
    assert demoted.status_code == 400
    assert stored(small_app, "admin@test.invalid")[0][:2] == ("admin", True)


def test_sso_groups_map_to_the_most_senior_role():
    mapping = parse_group_roles("skillmap-admins=admin; phys=manager:Physics|Chemistry ;"
                                "chem=manager:Chemistry; techs=technician")
    assert role_for_groups(["techs", "phys", "chem"], mapping) == \
        ("manager", ("Chemistry", "Physics"))
    assert role_for_groups(["techs", "skillmap-admins"], mapping) == ("admin", ())
    assert role_for_groups(["unknown"], mapping) is None
    assert role_for_groups(None, mapping) is None
    for bad in ("admins", "x=wizard", "x=manager", "=admin"):
        with pytest.raises(SkillmapError):
            parse_group_roles(bad)


def test_the_audit_log_names_people_and_skills_instead_of_ids(small_app, admin):
    from tests.web.test_admin import curate
    from tests.web.test_accounts import edit_form, profile_post

    token, version = edit_form(admin)
    assert admin.post("/people/P1/edit", data=profile_post(token, version, "x")).status_code == 302
    curate(admin, "x-basket-weaving", action="reject")
    html = admin.get("/admin/audit").get_data(as_text=True)
    rows = html.split("<tbody>")[1]
    assert '<a href="/people/P1">Ada Lovelace</a>' in rows and "Basket weaving" in rows
    assert "profile edited" in rows and "name rejected" in rows
    assert "person:P1" not in rows and "skill:x-basket-weaving" not in rows
