"""Domain exceptions: callers catch ``SkillmapError`` and show its message."""


class SkillmapError(Exception):
    """Base class of every error skillmap raises on purpose."""


class TaxonomyError(SkillmapError):
    """A taxonomy file is missing, malformed or inconsistent."""


class BundleError(SkillmapError):
    """A directory bundle cannot be read at all (not a folder, zip or xlsx)."""


class ImportRejected(SkillmapError):
    """A bundle has row-level errors, so nothing was written.

    ``report`` holds the full :class:`skillmap.bundle.ImportReport`.
    """

    def __init__(self, report):
        self.report = report
        super().__init__(f"import rejected: {len(report.errors)} error(s)")
