"""Errors the pathway functions raise on purpose (all are ``SkillmapError``)."""

from __future__ import annotations

from skillmap.exceptions import InvalidInput, NotFound

__all__ = ["NoRoute", "NotOnLadder", "UnknownPerson"]


class NotOnLadder(InvalidInput):
    """A grade is not on the ladder, or a person has no grade recorded."""


class NoRoute(InvalidInput):
    """No route leads from a grade to a professorial-equivalent grade."""


class UnknownPerson(NotFound):
    """No person with this id is in the directory."""
