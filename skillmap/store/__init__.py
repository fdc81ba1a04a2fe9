"""The one persistence layer: SQLAlchemy 2.0 models, sessions, import and export.

ORM objects never leave this package; callers get plain data.
"""
