"""One error hierarchy: callers catch ``SkillmapError`` and show its message.

Each kind says what went wrong in terms a caller can act on; the web layer maps the kinds to
HTTP statuses in one place (``webapp/errors.py``), the CLI to exit status 1.

- :class:`InvalidInput` (400): a value the caller sent is not acceptable.
- :class:`NotFound` (404): the thing asked for does not exist (or is not visible).
- :class:`Forbidden` (403): the caller may not do this.
- :class:`Conflict` (409): someone else changed it first.
- :class:`TaxonomyError`, :class:`BundleError`, :class:`SettingsError`: configuration and
  input files; :class:`SchemaBehind`: the database needs ``skillmap init``.
"""


class SkillmapError(Exception):
    """Base class of every error skillmap raises on purpose."""


class InvalidInput(SkillmapError):
    """A value the caller gave is not acceptable (HTTP 400)."""


class NotFound(SkillmapError):
    """What was asked for does not exist, or the caller may not know it does (HTTP 404)."""


class Forbidden(SkillmapError):
    """The caller may not do this (HTTP 403)."""


class Conflict(SkillmapError):
    """Someone else changed the same thing first (HTTP 409)."""


class TaxonomyError(SkillmapError):
    """A taxonomy file is missing, malformed or inconsistent."""


class BundleError(InvalidInput):
    """A directory bundle cannot be read at all (not a folder, zip or xlsx)."""


class SettingsError(SkillmapError):
    """A ``SKILLMAP_*`` setting has a value that cannot be used."""


class SchemaBehind(SkillmapError):
    """The database schema is older than this version of skillmap: run ``skillmap init``."""
