"""Every table of the directory, as SQLAlchemy 2.0 typed models.

Personal data (date of birth, planned retirement, gender) lives on ``Person``
beside public expertise; which views may show it is decided above this layer.
"""

from __future__ import annotations

from typing import Any, ClassVar

from datetime import date, datetime

from sqlalchemy import (JSON, Boolean, Date, DateTime, Float, ForeignKey, Integer, MetaData,
                        String, Table, Text, func)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    __table__: ClassVar[Table]     # every model here is a plain table (for insert/update typing)



class Skill(Base):
    """A skill of the taxonomy, or a name found in an import or an edit.

    ``status`` is ``taxonomy`` (from the taxonomy files), ``unreviewed`` (waiting
    for an admin), ``promoted`` (accepted as a new skill), ``merged`` (now a
    synonym of another skill, its holdings moved there) or ``rejected`` (kept,
    but hidden from search and public profiles).
    """

    __tablename__ = "skill"
    id: Mapped[str] = mapped_column(String(120), primary_key=True)
    label: Mapped[str] = mapped_column(String(300))
    family: Mapped[str | None] = mapped_column(String(60), index=True)
    synonyms: Mapped[list[str]] = mapped_column(JSON, default=list)
    abbreviations: Mapped[list[str]] = mapped_column(JSON, default=list)
    related: Mapped[list[str]] = mapped_column(JSON, default=list)
    esco_uri: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="taxonomy", index=True)


class Person(Base):
    __tablename__ = "person"
    person_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    given_name: Mapped[str] = mapped_column(String(200))
    family_name: Mapped[str] = mapped_column(String(200), index=True)
    email: Mapped[str | None] = mapped_column(String(320))
    institution: Mapped[str] = mapped_column(String(200), index=True)
    department: Mapped[str | None] = mapped_column(String(200), index=True)
    job_title: Mapped[str | None] = mapped_column(String(300))
    job_family: Mapped[str] = mapped_column(String(60))
    grade: Mapped[str | None] = mapped_column(String(20))
    fte: Mapped[float | None] = mapped_column(Float)
    start_date: Mapped[date | None] = mapped_column(Date)
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    planned_retirement: Mapped[str | None] = mapped_column(String(10))
    gender: Mapped[str | None] = mapped_column(String(100))
    orcid: Mapped[str | None] = mapped_column(String(19))
    public: Mapped[bool] = mapped_column(Boolean, default=True)
    summary: Mapped[str | None] = mapped_column(Text)
    teaches: Mapped[bool | None] = mapped_column(Boolean)
    career_start: Mapped[int | None] = mapped_column(Integer)
    register_interest: Mapped[list[str] | None] = mapped_column(JSON)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())

    skills: Mapped[list[PersonSkill]] = relationship(back_populates="person",
                                                     cascade="all, delete-orphan")
    registrations: Mapped[list[PersonRegistration]] = relationship(cascade="all, delete-orphan")
    # The ORM checks the version in every UPDATE; writers set the next one themselves, so a
    # change to skills alone (no person column) still moves the version on.
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}


class PersonRegistration(Base):
    __tablename__ = "person_registration"
    person_id: Mapped[str] = mapped_column(ForeignKey("person.person_id", ondelete="CASCADE"),
                                           primary_key=True)
    code: Mapped[str] = mapped_column(String(40), primary_key=True)


class PersonSkill(Base):
    __tablename__ = "person_skill"
    person_id: Mapped[str] = mapped_column(ForeignKey("person.person_id", ondelete="CASCADE"),
                                           primary_key=True)
    skill_id: Mapped[str] = mapped_column(ForeignKey("skill.id"), primary_key=True, index=True)
    level: Mapped[int] = mapped_column(Integer, default=2)
    last_used: Mapped[int | None] = mapped_column(Integer)
    interested: Mapped[bool | None] = mapped_column(Boolean)
    written: Mapped[str | None] = mapped_column(Text)     # the name as imported, when it differs
    person: Mapped[Person] = relationship(back_populates="skills")


class Facility(Base):
    __tablename__ = "facility"
    facility_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    institution: Mapped[str] = mapped_column(String(200), index=True)
    department: Mapped[str | None] = mapped_column(String(200), index=True)
    kind: Mapped[str | None] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text)
    location: Mapped[str] = mapped_column(String(300), default="", server_default="")
    booking_url: Mapped[str] = mapped_column(String(1000), default="", server_default="")
    contact_email: Mapped[str] = mapped_column(String(320), default="", server_default="")
    training_available: Mapped[bool | None] = mapped_column(Boolean)


class FacilitySkill(Base):
    __tablename__ = "facility_skill"
    facility_id: Mapped[str] = mapped_column(
        ForeignKey("facility.facility_id", ondelete="CASCADE"), primary_key=True)
    skill_id: Mapped[str] = mapped_column(ForeignKey("skill.id"), primary_key=True)


class FacilityStaff(Base):
    __tablename__ = "facility_staff"
    facility_id: Mapped[str] = mapped_column(
        ForeignKey("facility.facility_id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.person_id", ondelete="CASCADE"),
                                           primary_key=True, index=True)
    role: Mapped[str] = mapped_column(String(20), default="operator")


class ImportRun(Base):
    """One import: a dated snapshot of what the directory held afterwards."""

    __tablename__ = "import_run"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    finished_at: Mapped[datetime] = mapped_column(DateTime)
    source: Mapped[str] = mapped_column(String(500))
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Technician Commitment figures at this import: {"institution": {metric: value},
    # "departments": {name: {metric: value}}}; the dashboard's trend compares these.
    metrics: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class DirectoryState(Base):
    """A single row whose ``generation`` grows with every write to the directory.

    Readers that cache derived data (the skills graph, search indexes) compare
    generations to know when to rebuild, without a restart.
    """

    __tablename__ = "directory_state"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    generation: Mapped[int] = mapped_column(Integer, default=0)


class SkillAlias(Base):
    """A name curated into a synonym of a skill; kept apart from the taxonomy files,
    so that re-syncing the files never loses an admin's decision."""

    __tablename__ = "skill_alias"
    alias: Mapped[str] = mapped_column(String(300), primary_key=True)
    skill_id: Mapped[str] = mapped_column(ForeignKey("skill.id"), index=True)
    created_by: Mapped[str | None] = mapped_column(String(320))
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class User(Base):
    """Someone who signs in: a technician (linked to their person), a manager or an admin."""

    __tablename__ = "app_user"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    password_hash: Mapped[str | None] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(20))
    person_id: Mapped[str | None] = mapped_column(
        ForeignKey("person.person_id", ondelete="SET NULL"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    # Optimistic locking: every change is an UPDATE ... WHERE version = :expected.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Part of every sign-in session; signing out or a new password moves it on,
    # which ends every session of this user, on every device.
    session_epoch: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    departments: Mapped[list[UserDepartment]] = relationship(cascade="all, delete-orphan")


class UserDepartment(Base):
    """A department a manager is responsible for."""

    __tablename__ = "user_department"
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"),
                                         primary_key=True)
    department: Mapped[str] = mapped_column(String(200), primary_key=True)


class LoginAttempt(Base):
    """A failed sign-in, for rate limiting across worker processes."""

    __tablename__ = "login_attempt"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(400), index=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)


class AuditEntry(Base):
    """Who changed what, when, with the values before and after."""

    __tablename__ = "audit_entry"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    actor: Mapped[str] = mapped_column(String(320))
    action: Mapped[str] = mapped_column(String(60))
    target: Mapped[str] = mapped_column(String(200), index=True)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class Mitigation(Base):
    """An action a manager records against a succession gap (a skill or a facility)."""

    __tablename__ = "mitigation"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    target_kind: Mapped[str] = mapped_column(String(20))
    target_id: Mapped[str] = mapped_column(String(120), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    trainee_person_id: Mapped[str | None] = mapped_column(
        ForeignKey("person.person_id", ondelete="SET NULL"))
    due: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(320))
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    department: Mapped[str | None] = mapped_column(String(200))   # the scope it was made for
    owner: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), server_default="planned")
    version: Mapped[int] = mapped_column(Integer, server_default="1")   # optimistic locking


class SuccessionScenario(Base):
    """A what-if a manager saved: who leaves, at which horizon, for which department."""

    __tablename__ = "succession_scenario"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    created_by: Mapped[str] = mapped_column(String(320), index=True)
    department: Mapped[str | None] = mapped_column(String(200))
    horizon_years: Mapped[int] = mapped_column(Integer)
    leaving: Mapped[list[str]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
