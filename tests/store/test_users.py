"""Account administration on both databases: audited changes, the last admin kept."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from skillmap.accounts import verify_password
from skillmap.store.accounts import AccountError, create_user
from skillmap.store.models import AuditEntry, User
from skillmap.store.users import (change_user, delete_user, invite_user, reset_password,
                                  set_active, sso_role, user_rows)


def actions(session, email):
    return [e.action for e in session.scalars(select(AuditEntry).where(
        AuditEntry.target == f"user:{email}").order_by(AuditEntry.id))]


def test_invite_change_disable_reset_delete_are_audited(sessions):
    with sessions.begin() as s:
        create_user(s, "root@x.ac.uk", "admin", password="pw")
        user, password = invite_user(s, "Boss@X.ac.uk", "manager", person_id=None,
                                     departments=("Physics",), actor="root@x.ac.uk")
        assert verify_password(password, user.password_hash)
        uid = user.id
    with sessions.begin() as s:
        set_active(s, uid, False, actor="root@x.ac.uk")
        change_user(s, uid, role="manager", person_id=None, departments=("Chemistry",),
                    actor="root@x.ac.uk")
        assert s.get(User, uid).active is False            # a change of scope keeps it disabled
        fresh = reset_password(s, uid, actor="root@x.ac.uk")
        assert verify_password(fresh, s.get(User, uid).password_hash)
    with sessions.begin() as s:
        row = next(r for r in user_rows(s) if r.id == uid)
        assert (row.email, row.role, row.departments, row.active) == \
            ("boss@x.ac.uk", "manager", ("Chemistry",), False)
        assert delete_user(s, uid, actor="root@x.ac.uk") == "boss@x.ac.uk"
    with sessions() as s:
        assert s.get(User, uid) is None
        assert actions(s, "boss@x.ac.uk") == ["user.create", "user.disable", "user.change",
                                              "user.reset_password", "user.delete"]
        assert "pw" not in str([e.after for e in s.scalars(select(AuditEntry))])


def test_the_last_active_admin_stays(sessions):
    with sessions.begin() as s:
        uid = create_user(s, "root@x.ac.uk", "admin", password="pw").id
    for attempt in (lambda s: set_active(s, uid, False, actor="a"),
                    lambda s: delete_user(s, uid, actor="a"),
                    lambda s: change_user(s, uid, role="manager", person_id=None,
                                          departments=("Physics",), actor="a")):
        with sessions() as s, pytest.raises(AccountError, match="last active admin"):
            attempt(s)
    with sessions.begin() as s:
        invite_user(s, "second@x.ac.uk", "admin", person_id=None, departments=(), actor="a")
        set_active(s, uid, False, actor="a")                # another admin remains


def test_sso_groups_set_the_role_and_keep_disabled_accounts_disabled(sessions):
    with sessions.begin() as s:
        sso_role(s, "head@x.ac.uk", "manager", ("Physics",))
        sso_role(s, "head@x.ac.uk", "manager", ("Physics",))     # unchanged: not audited again
        sso_role(s, "nobody@x.ac.uk", "technician", ())         # no person: no account
        user = s.scalar(select(User).where(User.email == "head@x.ac.uk"))
        user.active = False
    with sessions.begin() as s:
        sso_role(s, "head@x.ac.uk", "admin", ())
    with sessions() as s:
        user = s.scalar(select(User).where(User.email == "head@x.ac.uk"))
        assert (user.role, user.active) == ("manager", False)
        assert s.scalar(select(User).where(User.email == "nobody@x.ac.uk")) is None
        assert actions(s, "head@x.ac.uk") == ["user.sso_role"]
