"""Domain exceptions: callers catch ``SkillmapError`` and show its message."""


class SkillmapError(Exception):
    """Base class of every error skillmap raises on purpose."""


class TaxonomyError(SkillmapError):
    """A taxonomy file is missing, malformed or inconsistent."""


class BundleError(SkillmapError):
    """A directory bundle cannot be read at all (not a folder, zip or xlsx)."""



class Conflict(SkillmapError):
    """Someone else changed the record first; nothing was written (the web answers 409)."""
