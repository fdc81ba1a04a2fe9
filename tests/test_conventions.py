"""Project conventions, enforced: a Flask-free library, documented settings, honest migrations."""

from __future__ import annotations

import subprocess
import sys

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from skillmap.settings import PROJECT_ROOT, SETTINGS
from skillmap.store.models import Base


def test_domain_library_does_not_import_flask():
    code = ("import sys, skillmap.cli, skillmap.store.importer, skillmap.store.exporter, "
            "skillmap.demo; print('flask' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"


def test_every_setting_is_documented_in_the_readme():
    readme = (PROJECT_ROOT / "README.md").read_text()
    assert [s.name for s in SETTINGS if f"`SKILLMAP_{s.name}`" not in readme] == []


def test_migrations_match_the_models(engine):
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def test_ci_runs_the_readme_test_command():
    readme = (PROJECT_ROOT / "README.md").read_text()
    assert "./scripts/test" in readme and "./scripts/run" in readme
    assert "./scripts/test" in (PROJECT_ROOT / ".ci" / "run").read_text()


def test_api_views_ask_the_application_object_not_the_database():
    """The JSON API's views and shapes neither query the store nor do array arithmetic."""
    import ast

    for name in ("api", "pathways", "search", "shapes"):
        tree = ast.parse((PROJECT_ROOT / "webapp" / f"{name}.py").read_text())
        imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        imported |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
                     for alias in node.names}
        assert not {m for m in imported if m and m.split(".")[0] in ("numpy", "sqlalchemy")
                    or m.startswith(("skillmap.store", "webapp.db"))}, name
