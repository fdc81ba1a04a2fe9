"""Users, sign-in throttling, sessions and the audit log.

- A user row carries a ``version``: :func:`update_user` writes only
  ``WHERE version = :expected`` and raises :class:`UserConflict` otherwise.
- A user row carries a ``session_epoch``, part of every sign-in session;
  :func:`end_sessions` (sign-out, new password, role change) moves it on, which
  ends every session of that user at once.
- Sign-in does the same work for unknown and known emails (a dummy scrypt hash),
  and failures are throttled per email and address, and per address across
  emails.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from functools import cache
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from skillmap.accounts import ROLES, Viewer, hash_password, verify_password
from skillmap.exceptions import Conflict, InvalidInput, SkillmapError
from skillmap.store.models import AuditEntry, LoginAttempt, Person, User, UserDepartment
from skillmap.store.queries import rows_changed

__all__ = ["UserConflict", "audit", "authenticate", "create_user", "end_sessions",
           "load_viewer", "session_epoch", "set_password", "too_many_attempts", "update_user"]

MAX_FAILURES = 10               # per email from one address, in WINDOW
MAX_ADDRESS_FAILURES = 30       # per address across every email, in WINDOW
WINDOW = timedelta(minutes=15)


class AccountError(InvalidInput):
    """A user cannot be created or changed as asked."""


class UserConflict(Conflict):
    """Someone changed this user after the editor opened it; nothing was written."""

    def __init__(self, current: dict[str, Any] | None):
        self.current = current
        super().__init__("this user was changed by someone else while you were editing it")


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def create_user(session: Session, email: str, role: str, *, password: str | None,
                person_id: str | None = None, departments: tuple[str, ...] = ()) -> User:
    """Create (or update, by email) a user; technicians are linked to their person."""
    email = email.strip().casefold()
    if "@" not in email:
        raise AccountError(f"{email!r} is not an email address")
    _check_account(session, role, person_id, departments)
    user = session.scalar(select(User).where(User.email == email)) or User(email=email)
    ends_sessions = user.id is not None and (password is not None or user.role != role)
    user.role, user.person_id, user.active = role, person_id, True
    if password is not None:
        user.password_hash = hash_password(password)
    user.departments = [UserDepartment(department=d) for d in sorted(set(departments))]
    session.add(user)
    session.flush()
    if ends_sessions:
        end_sessions(session, user.id)
        session.refresh(user)
    return user


def _check_account(session: Session, role: str, person_id: str | None,
                   departments: tuple[str, ...]) -> None:
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}")
    if role == "technician" and not person_id:
        raise AccountError("a technician account needs a person (--person PERSON_ID)")
    if person_id and session.get(Person, person_id) is None:
        raise AccountError(f"no person with id {person_id!r} in the directory")
    if role == "manager" and not departments:
        raise AccountError("a manager account needs at least one department (--department)")


def user_state(session: Session, user_id: int) -> dict[str, Any] | None:
    """What an admin may change on a user, with its version (also the audit form)."""
    user = session.get(User, user_id, populate_existing=True)
    if user is None:
        return None
    return {"version": user.version, "email": user.email, "role": user.role,
            "person_id": user.person_id, "active": user.active,
            "departments": sorted(d.department for d in user.departments)}


def update_user(session: Session, user_id: int, *, expected_version: int, actor: str,
                role: str, active: bool, person_id: str | None = None,
                departments: tuple[str, ...] = ()) -> int:
    """Change a user if it is still at `expected_version`; returns the new version.

    The database decides (``UPDATE app_user ... WHERE version = :expected``); a
    change of role or a disabled account also ends the user's sessions.

    Raises
    ------
    UserConflict
        When someone else changed the user first; nothing is written.
    AccountError
        When the change is not valid (unknown role, missing person or departments).
    """
    before = user_state(session, user_id)
    if before is None:
        raise AccountError(f"no user with id {user_id}")
    _check_account(session, role, person_id, departments)
    ends = role != before["role"] or not active
    claimed = rows_changed(session, update(User).where(User.id == user_id,
                                                        User.version == expected_version)
                           .values(version=expected_version + 1, role=role, active=active,
                                   person_id=person_id,
                                   session_epoch=User.session_epoch + (1 if ends else 0)))
    if claimed != 1:
        raise UserConflict(user_state(session, user_id))
    session.execute(delete(UserDepartment).where(UserDepartment.user_id == user_id))
    if departments:
        session.execute(insert(UserDepartment), [{"user_id": user_id, "department": d}
                                                 for d in sorted(set(departments))])
    session.expire_all()
    after = user_state(session, user_id)
    audit(session, actor, "user.update", f"user:{before['email']}", before, after)
    return expected_version + 1


def set_password(session: Session, user_id: int, password: str, *, actor: str) -> None:
    """Give a user a new password; every session they have ends."""
    rows_changed(session, update(User).where(User.id == user_id)
                 .values(password_hash=hash_password(password), version=User.version + 1,
                         session_epoch=User.session_epoch + 1))
    audit(session, actor, "user.password", f"user:{user_id}", None, None)


def end_sessions(session: Session, user_id: int) -> None:
    """End every sign-in session of the user, on every device (e.g. on sign-out)."""
    rows_changed(session, update(User).where(User.id == user_id)
                 .values(session_epoch=User.session_epoch + 1))


def session_epoch(session: Session, user_id: int) -> int:
    """The user's current session epoch (part of a valid sign-in session)."""
    return session.scalar(select(User.session_epoch).where(User.id == user_id)) or 0


def viewer_of(user: User) -> Viewer:
    return Viewer(user.id, user.email, user.role, user.person_id,
                  frozenset(d.department for d in user.departments))


def load_viewer(session: Session, user_id: int, epoch: int | None = None) -> Viewer | None:
    """The viewer of an active user; None when `epoch` is given and is no longer theirs."""
    user = session.get(User, user_id)
    if user is None or not user.active or (epoch is not None and epoch != user.session_epoch):
        return None
    return viewer_of(user)


def _keys(email: str, address: str) -> tuple[str, str]:
    return f"{email.strip().casefold()}|{address}", f"address|{address}"


def too_many_attempts(session: Session, email: str, address: str) -> bool:
    """Whether sign-ins from `address` failed too often lately, for `email` or for any."""
    since = utcnow() - WINDOW
    per_email, per_address = _keys(email, address)
    counts = dict(session.execute(select(LoginAttempt.key, func.count())
                                  .where(LoginAttempt.key.in_([per_email, per_address]),
                                         LoginAttempt.at >= since)
                                  .group_by(LoginAttempt.key)).all())
    return (counts.get(per_email, 0) >= MAX_FAILURES
            or counts.get(per_address, 0) >= MAX_ADDRESS_FAILURES)


@cache
def _dummy_hash() -> str:
    return hash_password("no account has this password")


def authenticate(session: Session, email: str, password: str, *,
                 address: str) -> Viewer | None:
    """The viewer for good credentials; a failure is recorded against the address.

    Unknown emails cost the same scrypt work as known ones, so timing does not
    tell which emails have an account.
    """
    user = session.scalar(select(User).where(User.email == email.strip().casefold()))
    stored = user.password_hash if user is not None and user.active else None
    good = verify_password(password, stored or _dummy_hash())
    per_email, per_address = _keys(email, address)
    if user is not None and stored and good:
        session.execute(delete(LoginAttempt).where(LoginAttempt.key == per_email))
        return viewer_of(user)
    now = utcnow()
    session.add_all([LoginAttempt(key=per_email, at=now), LoginAttempt(key=per_address, at=now)])
    return None


def audit(session: Session, actor: str, action: str, target: str,
          before: dict[str, Any] | None, after: dict[str, Any] | None) -> None:
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
