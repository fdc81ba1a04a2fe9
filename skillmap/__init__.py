"""skillmap: a technical skills directory and career-pathway mapper.

The package is a pure library (no Flask): taxonomy loading, persistence,
bundle import/export and the demo institution. ``webapp`` is a thin front end
over it, and ``skillmap.cli`` the command line.
"""

__version__ = "0.1.0"
