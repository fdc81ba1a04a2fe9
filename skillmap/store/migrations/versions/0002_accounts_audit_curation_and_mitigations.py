"""accounts, audit, curation and mitigations

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=320), nullable=False),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('target', sa.String(length=200), nullable=False),
    sa.Column('before', sa.JSON(), nullable=True),
    sa.Column('after', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entry_target'), ['target'], unique=False)

    op.create_table('login_attempt',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=400), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_login_attempt'))
    )
    with op.batch_alter_table('login_attempt', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_login_attempt_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_login_attempt_key'), ['key'], unique=False)

    op.create_table('app_user',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=False),
    sa.Column('password_hash', sa.String(length=300), nullable=True),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('person_id', sa.String(length=100), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.person_id'], name=op.f('fk_app_user_person_id_person'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_app_user')),
    sa.UniqueConstraint('email', name=op.f('uq_app_user_email'))
    )
    with op.batch_alter_table('app_user', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_app_user_person_id'), ['person_id'], unique=False)

    op.create_table('mitigation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('target_kind', sa.String(length=20), nullable=False),
    sa.Column('target_id', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('trainee_person_id', sa.String(length=100), nullable=True),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_by', sa.String(length=320), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['trainee_person_id'], ['person.person_id'], name=op.f('fk_mitigation_trainee_person_id_person'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mitigation'))
    )
    with op.batch_alter_table('mitigation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mitigation_target_id'), ['target_id'], unique=False)

    op.create_table('skill_alias',
    sa.Column('alias', sa.String(length=300), nullable=False),
    sa.Column('skill_id', sa.String(length=120), nullable=False),
    sa.Column('created_by', sa.String(length=320), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['skill_id'], ['skill.id'], name=op.f('fk_skill_alias_skill_id_skill')),
    sa.PrimaryKeyConstraint('alias', name=op.f('pk_skill_alias'))
    )
    with op.batch_alter_table('skill_alias', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_skill_alias_skill_id'), ['skill_id'], unique=False)

    op.create_table('user_department',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('department', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_user_department_user_id_app_user'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id', 'department', name=op.f('pk_user_department'))
    )
    # ``reviewed`` (a yes/no) becomes ``status``, which also records curation decisions.
    with op.batch_alter_table('skill', schema=None) as batch_op:
        batch_op.add_column(sa.Column('status', sa.String(length=20), nullable=False,
                                      server_default='taxonomy'))
    op.execute("UPDATE skill SET status = CASE WHEN reviewed THEN 'taxonomy' "
               "ELSE 'unreviewed' END")
    with op.batch_alter_table('skill', schema=None) as batch_op:
        batch_op.alter_column('status', server_default=None)
        batch_op.create_index(batch_op.f('ix_skill_status'), ['status'], unique=False)
        batch_op.drop_column('reviewed')



def downgrade() -> None:
    with op.batch_alter_table('skill', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reviewed', sa.BOOLEAN(), nullable=False,
                                      server_default=sa.true()))
    op.execute("UPDATE skill SET reviewed = (status <> 'unreviewed')")
    with op.batch_alter_table('skill', schema=None) as batch_op:
        batch_op.alter_column('reviewed', server_default=None)
        batch_op.drop_index(batch_op.f('ix_skill_status'))
        batch_op.drop_column('status')

    op.drop_table('user_department')
    with op.batch_alter_table('skill_alias', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_skill_alias_skill_id'))

    op.drop_table('skill_alias')
    with op.batch_alter_table('mitigation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mitigation_target_id'))

    op.drop_table('mitigation')
    with op.batch_alter_table('app_user', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_app_user_person_id'))

    op.drop_table('app_user')
    with op.batch_alter_table('login_attempt', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_login_attempt_key'))
        batch_op.drop_index(batch_op.f('ix_login_attempt_at'))

    op.drop_table('login_attempt')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entry_target'))
        batch_op.drop_index(batch_op.f('ix_audit_entry_at'))

    op.drop_table('audit_entry')
