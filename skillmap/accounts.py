"""Accounts and what each role may do, decided in one place.

Roles: ``technician`` (edits their own profile), ``manager`` (scoped to
departments: succession reports, team profiles), ``admin`` (everything).
Anonymous visitors are researchers: public search and public profiles only.
Passwords are hashed with scrypt from the standard library.
"""

from __future__ import annotations

from typing import Any

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field

__all__ = ["ROLES", "Viewer", "ANONYMOUS", "hash_password", "verify_password", "new_password"]

ROLES = ("technician", "manager", "admin")
_SCRYPT = {"n": 2 ** 14, "r": 8, "p": 1}


def hash_password(password: str) -> str:
    """A salted scrypt hash, as ``scrypt$n$r$p$salt$hash``.

    >>> verify_password("correct horse", hash_password("correct horse"))
    True
    >>> verify_password("wrong", hash_password("correct horse"))
    False
    """
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, **_SCRYPT)
    return "$".join(["scrypt", *(str(_SCRYPT[k]) for k in "nrp"), salt.hex(), digest.hex()])


def verify_password(password: str, stored: str | None) -> bool:
    """Whether `password` matches `stored` (constant time)."""
    try:
        scheme, n, r, p, salt, digest = (stored or "").split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r),
                               p=int(p))
    return hmac.compare_digest(candidate.hex(), digest)


def new_password() -> str:
    """A random password that is easy to copy: four groups of letters and digits."""
    return "-".join(secrets.token_urlsafe(4).replace("_", "x").replace("-", "y")
                    for _ in range(4))


@dataclass(frozen=True)
class Viewer:
    """Who is looking: what they may see and change.

    >>> manager = Viewer(1, "m@x", "manager", departments=frozenset({"Physics"}))
    >>> manager.manages("Physics"), manager.manages("Chemistry"), ANONYMOUS.is_staff
    (True, False, False)
    """

    user_id: int | None = None
    email: str | None = None
    role: str | None = None
    person_id: str | None = None
    departments: frozenset[str] = field(default_factory=frozenset)

    @property
    def is_authenticated(self) -> bool:
        return self.user_id is not None

    @property
    def actor(self) -> str:
        """How the audit log names this viewer: their email ("anonymous" when signed out)."""
        return self.email or "anonymous"


    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def is_manager(self) -> bool:
        return self.role == "manager"

    @property
    def is_staff(self) -> bool:
        """Managers and admins: may see succession reports and personal dates' bands."""
        return self.role in {"manager", "admin"}

    def manages(self, department: str | None) -> bool:
        return self.is_admin or (self.is_manager and department in self.departments)

    def may_see(self, person: Any) -> bool:
        """Public profiles for all; a private one for its owner, its managers and admins."""
        return person.public or self.person_id == person.person_id \
            or self.manages(person.department)

    def may_see_private_views(self, person: Any) -> bool:
        """A person's pathway and personal views: the person, their managers, admins."""
        return self.person_id == person.person_id or self.manages(person.department)

    def may_edit(self, person_id: str) -> bool:
        return self.is_admin or (self.person_id is not None and self.person_id == person_id)


ANONYMOUS = Viewer()
