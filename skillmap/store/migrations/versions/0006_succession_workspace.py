"""succession workspace: mitigation owner, status, department, version; saved scenarios

Revision ID: 0006
Revises: 0005_user_sessions
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005_user_sessions'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('mitigation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('department', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('owner', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('status', sa.String(length=20), nullable=False,
                                      server_default='planned'))
        batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False,
                                      server_default='1'))
    op.create_table(
        'succession_scenario',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('created_by', sa.String(length=320), nullable=False),
        sa.Column('department', sa.String(length=200), nullable=True),
        sa.Column('horizon_years', sa.Integer(), nullable=False),
        sa.Column('leaving', sa.JSON(), nullable=False),
        sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'),
                  nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_succession_scenario')),
    )
    op.create_index(op.f('ix_succession_scenario_created_by'), 'succession_scenario',
                    ['created_by'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_succession_scenario_created_by'), table_name='succession_scenario')
    op.drop_table('succession_scenario')
    with op.batch_alter_table('mitigation', schema=None) as batch_op:
        batch_op.drop_column('version')
        batch_op.drop_column('status')
        batch_op.drop_column('owner')
        batch_op.drop_column('department')
