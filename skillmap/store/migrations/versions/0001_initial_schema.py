"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-25
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('directory_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('generation', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_directory_state'))
    )
    op.create_table('facility',
    sa.Column('facility_id', sa.String(length=100), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('institution', sa.String(length=200), nullable=False),
    sa.Column('department', sa.String(length=200), nullable=True),
    sa.Column('kind', sa.String(length=100), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('facility_id', name=op.f('pk_facility'))
    )
    with op.batch_alter_table('facility', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_facility_department'), ['department'], unique=False)
        batch_op.create_index(batch_op.f('ix_facility_institution'), ['institution'], unique=False)

    op.create_table('import_run',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('finished_at', sa.DateTime(), nullable=False),
    sa.Column('source', sa.String(length=500), nullable=False),
    sa.Column('counts', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_run'))
    )
    op.create_table('person',
    sa.Column('person_id', sa.String(length=100), nullable=False),
    sa.Column('given_name', sa.String(length=200), nullable=False),
    sa.Column('family_name', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=True),
    sa.Column('institution', sa.String(length=200), nullable=False),
    sa.Column('department', sa.String(length=200), nullable=True),
    sa.Column('job_title', sa.String(length=300), nullable=True),
    sa.Column('job_family', sa.String(length=60), nullable=False),
    sa.Column('grade', sa.String(length=20), nullable=True),
    sa.Column('fte', sa.Float(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('date_of_birth', sa.Date(), nullable=True),
    sa.Column('planned_retirement', sa.String(length=10), nullable=True),
    sa.Column('gender', sa.String(length=100), nullable=True),
    sa.Column('orcid', sa.String(length=19), nullable=True),
    sa.Column('public', sa.Boolean(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('person_id', name=op.f('pk_person'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_department'), ['department'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_family_name'), ['family_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_institution'), ['institution'], unique=False)

    op.create_table('skill',
    sa.Column('id', sa.String(length=120), nullable=False),
    sa.Column('label', sa.String(length=300), nullable=False),
    sa.Column('family', sa.String(length=60), nullable=True),
    sa.Column('synonyms', sa.JSON(), nullable=False),
    sa.Column('abbreviations', sa.JSON(), nullable=False),
    sa.Column('related', sa.JSON(), nullable=False),
    sa.Column('esco_uri', sa.String(length=200), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('reviewed', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_skill'))
    )
    with op.batch_alter_table('skill', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_skill_family'), ['family'], unique=False)

    op.create_table('facility_skill',
    sa.Column('facility_id', sa.String(length=100), nullable=False),
    sa.Column('skill_id', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['facility_id'], ['facility.facility_id'], name=op.f('fk_facility_skill_facility_id_facility'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['skill_id'], ['skill.id'], name=op.f('fk_facility_skill_skill_id_skill')),
    sa.PrimaryKeyConstraint('facility_id', 'skill_id', name=op.f('pk_facility_skill'))
    )
    op.create_table('facility_staff',
    sa.Column('facility_id', sa.String(length=100), nullable=False),
    sa.Column('person_id', sa.String(length=100), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['facility_id'], ['facility.facility_id'], name=op.f('fk_facility_staff_facility_id_facility'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.person_id'], name=op.f('fk_facility_staff_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('facility_id', 'person_id', name=op.f('pk_facility_staff'))
    )
    with op.batch_alter_table('facility_staff', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_facility_staff_person_id'), ['person_id'], unique=False)

    op.create_table('person_registration',
    sa.Column('person_id', sa.String(length=100), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.person_id'], name=op.f('fk_person_registration_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('person_id', 'code', name=op.f('pk_person_registration'))
    )
    op.create_table('person_skill',
    sa.Column('person_id', sa.String(length=100), nullable=False),
    sa.Column('skill_id', sa.String(length=120), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('last_used', sa.Integer(), nullable=True),
    sa.Column('interested', sa.Boolean(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['person.person_id'], name=op.f('fk_person_skill_person_id_person'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['skill_id'], ['skill.id'], name=op.f('fk_person_skill_skill_id_skill')),
    sa.PrimaryKeyConstraint('person_id', 'skill_id', name=op.f('pk_person_skill'))
    )
    with op.batch_alter_table('person_skill', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_skill_skill_id'), ['skill_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('person_skill', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_skill_skill_id'))

    op.drop_table('person_skill')
    op.drop_table('person_registration')
    with op.batch_alter_table('facility_staff', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_facility_staff_person_id'))

    op.drop_table('facility_staff')
    op.drop_table('facility_skill')
    with op.batch_alter_table('skill', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_skill_family'))

    op.drop_table('skill')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_institution'))
        batch_op.drop_index(batch_op.f('ix_person_family_name'))
        batch_op.drop_index(batch_op.f('ix_person_department'))

    op.drop_table('person')
    op.drop_table('import_run')
    with op.batch_alter_table('facility', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_facility_institution'))
        batch_op.drop_index(batch_op.f('ix_facility_department'))

    op.drop_table('facility')
    op.drop_table('directory_state')

