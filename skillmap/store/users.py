"""Administering accounts: create or invite, change role and scope, disable, reset, delete.

Every change is written to the audit log inside the same transaction (who, when,
before and after; never a password or its hash). An admin cannot lock themself
out: the last active admin cannot be demoted, disabled or deleted.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from skillmap.accounts import ROLES, hash_password, new_password
from skillmap.store.accounts import AccountError, audit, create_user
from skillmap.store.models import Person, User

__all__ = ["UserRow", "change_user", "delete_user", "department_choices", "invite_user",
           "person_choices", "reset_password", "set_active", "sso_role", "user_rows"]


@dataclass(frozen=True)
class UserRow:
    """One account as the users page shows it: names, not ids."""

    id: int
    email: str
    role: str
    person_id: str | None
    person_name: str | None
    departments: tuple[str, ...]
    active: bool


def _state(user: User) -> dict[str, object]:
    return {"role": user.role, "person_id": user.person_id, "active": user.active,
            "departments": sorted(d.department for d in user.departments)}


def user_rows(session: Session) -> list[UserRow]:
    """Every account, admins first, with the linked person's name."""
    names = dict(session.execute(
        select(Person.person_id, Person.given_name + " " + Person.family_name)
        .join(User, User.person_id == Person.person_id)).all())
    order = {role: i for i, role in enumerate(reversed(ROLES))}
    users = sorted(session.scalars(select(User)), key=lambda u: (order[u.role], u.email))
    return [UserRow(u.id, u.email, u.role, u.person_id, names.get(u.person_id or ""),
                    tuple(sorted(d.department for d in u.departments)), u.active)
            for u in users]


def department_choices(session: Session) -> list[str]:
    """The departments of the directory, for manager scopes."""
    return sorted(d for d in session.scalars(select(Person.department).distinct()) if d)


def person_choices(session: Session) -> dict[str, str]:
    """``"Name (Department)" -> person_id`` for linking an account to a person; a name that
    occurs twice in one department also shows the job title, then the id."""
    rows = session.execute(select(Person.person_id, Person.given_name, Person.family_name,
                                  Person.department, Person.job_title)
                           .order_by(Person.family_name, Person.given_name)).all()
    choices: dict[str, str] = {}
    for pid, given, family, department, title in rows:
        label = f"{given} {family} ({department or 'no department'})"
        if label in choices:
            label = f"{given} {family} ({department or 'no department'}, {title or pid})"
        if label in choices:
            label = f"{label[:-1]}, {pid})"
        choices[label] = pid
    return choices


def _user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise AccountError("there is no such account")
    return user


def _other_active_admins(session: Session, user: User) -> int:
    return session.scalar(select(func.count()).select_from(User).where(
        User.role == "admin", User.active.is_(True), User.id != user.id)) or 0


def _keep_an_admin(session: Session, user: User, what: str) -> None:
    if user.role == "admin" and user.active and _other_active_admins(session, user) == 0:
        raise AccountError(f"cannot {what} the last active admin")


def invite_user(session: Session, email: str, role: str, *, person_id: str | None,
                departments: tuple[str, ...], actor: str) -> tuple[User, str]:
    """Create an account with a one-time password for the admin to pass on (or for single
    sign-on users to ignore); returns the user and that password."""
    if session.scalar(select(User).where(User.email == email.strip().casefold())):
        raise AccountError(f"{email.strip()} already has an account")
    password = new_password()
    user = create_user(session, email, role, password=password, person_id=person_id,
                       departments=departments)
    audit(session, actor, "user.create", f"user:{user.email}", None, _state(user))
    return user, password


def change_user(session: Session, user_id: int, *, role: str, person_id: str | None,
                departments: tuple[str, ...], actor: str) -> User:
    """Change an account's role, linked person and department scope."""
    user = _user(session, user_id)
    before, active = _state(user), user.active
    if role != "admin":
        _keep_an_admin(session, user, "demote")
    create_user(session, user.email, role, password=None, person_id=person_id,
                departments=departments)
    user.active = active                    # create_user re-enables; a change of role must not
    after = _state(user)
    if after != before:
        audit(session, actor, "user.change", f"user:{user.email}", before, after)
    return user


def set_active(session: Session, user_id: int, active: bool, *, actor: str) -> User:
    """Disable an account (its sign-ins stop at once) or enable it again."""
    user = _user(session, user_id)
    if not active:
        _keep_an_admin(session, user, "disable")
    before = _state(user)
    user.active = active
    audit(session, actor, "user.enable" if active else "user.disable", f"user:{user.email}",
          before, _state(user))
    return user


def reset_password(session: Session, user_id: int, *, actor: str) -> str:
    """Give the account a new random password (returned once, never stored in clear)."""
    user = _user(session, user_id)
    password = new_password()
    user.password_hash = hash_password(password)
    audit(session, actor, "user.reset_password", f"user:{user.email}", None, None)
    return password


def delete_user(session: Session, user_id: int, *, actor: str) -> str:
    """Delete an account (the person in the directory stays); returns its email."""
    user = _user(session, user_id)
    _keep_an_admin(session, user, "delete")
    audit(session, actor, "user.delete", f"user:{user.email}", _state(user), None)
    session.delete(user)
    return user.email


def sso_role(session: Session, email: str, role: str, departments: tuple[str, ...]) -> None:
    """Give the account of `email` the role its single-sign-on groups map to, creating it
    when needed (a technician needs their person in the directory); audited."""
    email = email.strip().casefold()
    user = session.scalar(select(User).where(User.email == email))
    if user is not None and not user.active:
        return                                 # a disabled account stays disabled
    person = session.scalar(select(Person.person_id).where(func.lower(Person.email) == email))
    person_id = user.person_id if user is not None and user.person_id else person
    if role == "technician" and person_id is None:
        return
    before = _state(user) if user is not None else None
    if before is not None and before["role"] == role and \
            (role != "manager" or before["departments"] == sorted(set(departments))):
        return
    user = create_user(session, email, role, password=None, person_id=person_id,
                       departments=departments)
    audit(session, email, "user.sso_role", f"user:{email}", before, _state(user))
