"""Users, sign-in throttling and the audit log."""

from __future__ import annotations

from typing import Any

from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from skillmap.accounts import ROLES, Viewer, hash_password, verify_password
from skillmap.exceptions import InvalidInput, SkillmapError
from skillmap.store.models import AuditEntry, LoginAttempt, Person, User, UserDepartment

__all__ = ["audit", "authenticate", "create_user", "load_viewer", "too_many_attempts"]

MAX_FAILURES = 10
WINDOW = timedelta(minutes=15)


class AccountError(InvalidInput):
    """A user cannot be created or changed as asked."""


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def create_user(session: Session, email: str, role: str, *, password: str | None,
                person_id: str | None = None, departments: tuple[str, ...] = ()) -> User:
    """Create (or update, by email) a user; technicians are linked to their person."""
    email = email.strip().casefold()
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}")
    if "@" not in email:
        raise AccountError(f"{email!r} is not an email address")
    if role == "technician" and not person_id:
        raise AccountError("a technician account needs --person PERSON_ID")
    if person_id and session.get(Person, person_id) is None:
        raise AccountError(f"no person with id {person_id!r} in the directory")
    if role == "manager" and not departments:
        raise AccountError("a manager account needs at least one --department")
    user = session.scalar(select(User).where(User.email == email)) or User(email=email)
    user.role, user.person_id, user.active = role, person_id, True
    if password is not None:
        user.password_hash = hash_password(password)
    user.departments = [UserDepartment(department=d) for d in sorted(set(departments))]
    session.add(user)
    session.flush()
    return user


def viewer_of(user: User) -> Viewer:
    return Viewer(user.id, user.email, user.role, user.person_id,
                  frozenset(d.department for d in user.departments))


def load_viewer(session: Session, user_id: int) -> Viewer | None:
    user = session.get(User, user_id)
    return viewer_of(user) if user is not None and user.active else None


def too_many_attempts(session: Session, key: str) -> bool:
    """Whether `key` (an email and address) failed to sign in too often lately."""
    since = utcnow() - WINDOW
    count = session.scalar(select(func.count()).where(LoginAttempt.key == key,
                                                      LoginAttempt.at >= since))
    return (count or 0) >= MAX_FAILURES



def authenticate(session: Session, email: str, password: str, *, key: str) -> Viewer | None:
    """The viewer for good credentials; a failure is recorded against `key`."""
    user = session.scalar(select(User).where(User.email == email.strip().casefold()))
    if user is not None and user.active and verify_password(password, user.password_hash):
        session.execute(delete(LoginAttempt).where(LoginAttempt.key == key))
        return viewer_of(user)
    session.add(LoginAttempt(key=key, at=utcnow()))
    return None


def audit(session: Session, actor: str, action: str, target: str, before: dict[str, Any] | None,
          after: dict[str, Any] | None) -> None:
    """Record who changed what (call inside the writing transaction)."""
    session.add(AuditEntry(at=utcnow(), actor=actor, action=action, target=target,
                           before=before, after=after))


def list_users(session: Session) -> list[dict[str, Any]]:
    return [{"email": u.email, "role": u.role, "person_id": u.person_id, "active": u.active,
             "departments": sorted(d.department for d in u.departments)}
            for u in session.scalars(select(User).order_by(User.role, User.email))]


def sso_sign_in(session: Session, email: str) -> Viewer | None:
    """The viewer for an email the institution's SSO vouched for.

    An existing account is used as it is; otherwise a person of the directory
    with that email gets a technician account; anyone else is refused.
    """
    email = email.strip().casefold()
    user = session.scalar(select(User).where(User.email == email))
    if user is None:
        person = session.scalar(select(Person).where(func.lower(Person.email) == email))
        if person is None:
            return None
        user = create_user(session, email, "technician", password=None,
                           person_id=person.person_id)
        audit(session, email, "user.sso_create", f"user:{email}", None,
              {"role": "technician", "person_id": person.person_id})
    return viewer_of(user) if user.active else None
