"""Migrations keep data: a database at revision 0001 upgrades to head with nothing lost."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import text

from skillmap.store.session import alembic_config, init_db, make_engine
from tests.conftest import fresh_postgres_engine


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def bare_engine(request, tmp_path):
    engine = (make_engine(f"sqlite:///{tmp_path / 'old.db'}") if request.param == "sqlite"
              else fresh_postgres_engine())
    yield engine
    engine.dispose()


def test_upgrade_from_0001_turns_reviewed_into_status(bare_engine):
    command.upgrade(alembic_config(bare_engine), "0001")
    with bare_engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO skill (id, label, synonyms, abbreviations, related, reviewed) VALUES "
            "('nmr', 'NMR', '[]', '[]', '[]', true), ('x-taxidermy', 'Taxidermy', '[]', '[]', "
            "'[]', false)"))
        connection.execute(text(
            "INSERT INTO person (person_id, given_name, family_name, institution, job_family, "
            "public, version, updated_at) VALUES ('P1', 'A', 'B', 'U', 'technical', true, 1, "
            "CURRENT_TIMESTAMP)"))
        connection.execute(text("INSERT INTO person_skill (person_id, skill_id, level) "
                                "VALUES ('P1', 'x-taxidermy', 2)"))

    assert init_db(bare_engine) is False        # an existing schema is migrated, not created

    with bare_engine.connect() as connection:
        statuses = dict(connection.execute(text("SELECT id, status FROM skill")).all())
        held = connection.execute(text("SELECT skill_id FROM person_skill")).scalars().all()
    assert statuses == {"nmr": "taxonomy", "x-taxidermy": "unreviewed"}
    assert held == ["x-taxidermy"]


def test_downgrade_to_0001_and_back(bare_engine):
    init_db(bare_engine)
    config = alembic_config(bare_engine)
    command.downgrade(config, "0001")
    command.upgrade(config, "head")
