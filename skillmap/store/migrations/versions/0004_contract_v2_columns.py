"""contract v2 columns: people teaches, career_start, register_interest; facilities location,
booking_url, contact_email, training_available

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(sa.Column('teaches', sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column('career_start', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('register_interest', sa.JSON(), nullable=True))
    with op.batch_alter_table('facility', schema=None) as batch_op:
        batch_op.add_column(sa.Column('location', sa.String(length=300), server_default='',
                                      nullable=False))
        batch_op.add_column(sa.Column('booking_url', sa.String(length=1000), server_default='',
                                      nullable=False))
        batch_op.add_column(sa.Column('contact_email', sa.String(length=320), server_default='',
                                      nullable=False))
        batch_op.add_column(sa.Column('training_available', sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('facility', schema=None) as batch_op:
        for column in ('training_available', 'contact_email', 'booking_url', 'location'):
            batch_op.drop_column(column)
    with op.batch_alter_table('person', schema=None) as batch_op:
        for column in ('register_interest', 'career_start', 'teaches'):
            batch_op.drop_column(column)
