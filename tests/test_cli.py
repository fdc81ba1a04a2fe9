"""The command line: exit codes 0 (done), 1 (input rejected), 2 (usage), and clear output."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from skillmap.cli import cli
from tests.store.test_importer import GOOD


@pytest.fixture
def raw_run(tmp_path, small_taxonomy_dir):
    """Run the CLI on a database nobody initialised."""
    db = f"sqlite:///{tmp_path / 'cli.db'}"

    def _run(*args, taxonomies=small_taxonomy_dir):
        return CliRunner().invoke(cli, ["--db", db, "--taxonomies", str(taxonomies), *args])

    return _run


@pytest.fixture
def run(raw_run):
    """Run the CLI on a database `skillmap init` created."""
    assert raw_run("init").exit_code == 0
    return raw_run


def test_init_is_safe_to_run_twice(raw_run):
    first, second = raw_run("init"), raw_run("init")
    assert (first.exit_code, second.exit_code) == (0, 0)
    assert first.output.startswith("Created") and second.output.startswith("Migrated")


def test_import_export_and_stats(run, make_bundle, tmp_path):
    result = run("import", str(make_bundle(GOOD)))
    assert result.exit_code == 0, result.output
    assert "OK: changed" in result.output and "'Basket weaving' -> x-basket-weaving" in result.output
    assert run("stats", "--field", "people").output.strip() == "3"
    exported = run("export", str(tmp_path / "out.zip"))
    assert exported.exit_code == 0 and (tmp_path / "out.zip").is_file()


def test_rejected_import_exits_1_with_the_report(run, make_bundle, tmp_path):
    bad = make_bundle({"people.csv": "person_id,given_name,family_name,grade\nP1,A,B,G99\n"})
    report_file = tmp_path / "report.json"
    result = run("import", str(bad), "--json-report", str(report_file))
    assert result.exit_code == 1
    assert "REJECTED: 1 error(s); nothing was written." in result.output
    assert '"column": "grade"' in report_file.read_text()
    assert run("stats", "--field", "people").output.strip() == "0"


def test_dry_run_writes_nothing(run, make_bundle):
    result = run("import", "--dry-run", str(make_bundle(GOOD)))
    assert result.exit_code == 0
    assert "OK: would change" in result.output and "people added 3" in result.output
    assert run("stats", "--field", "people").output.strip() == "0"


def test_usage_errors_exit_2(run, tmp_path):
    assert run("import", str(tmp_path / "missing")).exit_code == 2
    assert run("no-such-command").exit_code == 2


def test_unreadable_bundle_exits_1(run, tmp_path):
    junk = tmp_path / "junk.txt"
    junk.write_text("hello")
    result = run("import", str(junk))
    assert result.exit_code == 1 and "not a bundle folder, .zip, .xlsx or .csv" in result.output


def test_seed_loads_a_small_demo_institution(run, real_taxonomy):
    from skillmap.settings import PROJECT_ROOT

    result = run("seed", "--people", "60", "-q", taxonomies=PROJECT_ROOT / "taxonomies")
    assert result.exit_code == 0, result.output
    assert int(run("stats", "--field", "people").output) == 60


@pytest.mark.parametrize("command", [["stats"], ["export", "out"], ["users", "list"]])
def test_only_init_migrates_other_commands_stop_with_a_clear_message(raw_run, command):
    result = raw_run(*command)
    assert result.exit_code == 1
    assert "run `skillmap init`" in result.output
    assert raw_run("init").output.startswith("Created")       # nothing was created before


def test_a_schema_behind_stops_commands_until_init(raw_run, tmp_path):
    from alembic import command

    from skillmap.store.session import alembic_config, make_engine

    assert raw_run("init").exit_code == 0
    engine = make_engine(f"sqlite:///{tmp_path / 'cli.db'}")
    command.downgrade(alembic_config(engine), "-1")
    engine.dispose()
    result = raw_run("stats")
    assert result.exit_code == 1 and "older schema: run `skillmap init`" in result.output
    assert raw_run("init").output.startswith("Migrated") and raw_run("stats").exit_code == 0


def test_a_lone_csv_is_imported_and_audited_as_the_cli_user(run, tmp_path, monkeypatch):
    from sqlalchemy import select

    from skillmap.store.models import AuditEntry
    from skillmap.store.session import make_engine, make_sessionmaker

    monkeypatch.setenv("USER", "hr-ops")
    people = tmp_path / "Staff export (March).csv"
    people.write_text("Person ID,Given name,Family name\nP1,Ada,Lovelace\n")
    result = run("import", str(people), "-q")
    assert result.exit_code == 0, result.output
    assert "1 row(s) in people.csv" in result.output
    engine = make_engine(f"sqlite:///{tmp_path / 'cli.db'}")
    with make_sessionmaker(engine)() as session:
        entry = session.scalars(select(AuditEntry)).one()
    engine.dispose()
    assert (entry.actor, entry.action, entry.target) == ("cli:hr-ops", "import",
                                                         "Staff export (March).csv")
