"""person_skill.written: a skill name as the directory wrote it, when the importer matched it

Revision ID: 0007_holding_written
Revises: 0006
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa


revision = '0007_holding_written'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('person_skill', schema=None) as batch_op:
        batch_op.add_column(sa.Column('written', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('person_skill', schema=None) as batch_op:
        batch_op.drop_column('written')
