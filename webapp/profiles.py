"""Blueprint "profiles": a technician edits their own profile (admins edit any)."""

from __future__ import annotations

from datetime import date

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_wtf import FlaskForm
from wtforms import (BooleanField, FieldList, FormField, HiddenField, IntegerField, SelectChoice,
                     SelectField, SelectMultipleField, StringField, TextAreaField)
from wtforms.validators import Length, NumberRange, Optional
from wtforms.widgets import CheckboxInput, ListWidget

from skillmap.bundle.columns import LEVELS, ROLES
from skillmap.matching import SkillMatcher
from skillmap.store.profiles import (EditConflict, ProfileEdit, SkillRow, current_profile,
                                     facility_choices, save_profile, validate)
from skillmap.store.queries import load_aliases
from webapp.auth import role_required, viewer
from webapp.db import get_session
from webapp.services import taxonomy

bp = Blueprint("profiles", __name__)
BLANK_SKILL_ROWS = 1       # one to type into; the "Add a skill" button adds more
LEVEL_HELP = {1: "Awareness: knows what it is and when it is needed",
              2: "Practitioner: works independently",
              3: "Expert: trains others",
              4: "Authority: leads the field or the facility"}


class SkillRowForm(FlaskForm):
    class Meta:
        csrf = False    # rows are part of the profile form, which carries the token

    skill = StringField("Skill", validators=[Optional(), Length(max=200)])
    level = SelectField("Level", choices=[SelectChoice(str(k), f"{k} {v}")
                                          for k, v in LEVELS.items()], default="2",
                        validate_choice=False)      # the domain check names the bad level
    last_used = IntegerField("Last used (year)", validators=[Optional(),
                                                            NumberRange(1950, 2100)])
    interested = BooleanField("Want to develop it")


class FacilityRowForm(FlaskForm):
    class Meta:
        csrf = False

    facility_id = SelectField("Facility", choices=[], validate_choice=False)
    role = SelectField("Role", choices=[SelectChoice(r, r) for r in ROLES], default="operator")


class ProfileForm(FlaskForm):
    version = HiddenField()
    summary = TextAreaField("Summary of your expertise", validators=[Length(max=4000)])
    email = StringField("Email", validators=[Optional(), Length(max=320)])
    orcid = StringField("ORCID iD", validators=[Optional(), Length(max=40)])
    public = BooleanField("Show my profile in public search")
    registrations = SelectMultipleField("Professional registrations", choices=[],
                                        option_widget=CheckboxInput(),
                                        widget=ListWidget(prefix_label=False))
    teaches = SelectField("Does your role teach or support learning?",
                          choices=[SelectChoice("", "Not recorded"), SelectChoice("yes", "Yes"),
                                   SelectChoice("no", "No")], default="")
    career_start = IntegerField("Year your technical career began",
                                validators=[Optional(), NumberRange(1940, 2100)])
    register_interest = SelectMultipleField("Registers to advise me on (leave empty: those of "
                                            "my discipline)", choices=[],
                                            option_widget=CheckboxInput(),
                                            widget=ListWidget(prefix_label=False))
    skills = FieldList(FormField(SkillRowForm), label="Skill", min_entries=0)
    facilities = FieldList(FormField(FacilityRowForm), label="Facility", min_entries=0)


@bp.route("/people/<person_id>/edit", methods=["GET", "POST"])
@role_required("technician", "admin")
def edit(person_id: str):
    """Edit a profile; the form keeps what was typed through errors and conflicts."""
    session = get_session()
    saved = current_profile(session, person_id) if viewer().may_edit(person_id) else None
    if saved is None:        # the same answer for "not there" and "not yours"
        abort(404, description="There is no profile with this id that you may edit.")
    form = ProfileForm(data=None if request.method == "POST" else _form_data(saved))
    _set_choices(form, session)
    problems, conflict = {}, None
    if form.is_submitted():
        checked = form.validate()             # field checks and the CSRF token ...
        edit_ = _edit_from(form)
        problems = _problems(form, edit_, session)      # ... and every other error, at once
        if checked and not problems:
            try:
                save_profile(session, person_id, edit_, expected_version=int(form.version.data),
                             actor=viewer().actor, matcher=_matcher(session))
                session.commit()
                flash("Your profile is saved.", "success")
                return redirect(url_for("search.person", person_id=person_id))
            except EditConflict as exc:
                session.rollback()
                conflict = exc.current
                form.version.data = str(conflict["version"])
    status = 409 if conflict else (400 if request.method == "POST" else 200)
    return render_template("profiles/edit.html", form=form, person_id=person_id,
                           problems=problems, conflict=conflict, labels=_field_labels(form),
                           levels=LEVEL_HELP), status


def _form_data(saved: dict) -> dict:
    blank = {"skill": "", "level": "2", "last_used": None, "interested": False}
    skills = [{"skill": s["skill"], "level": str(s["level"]), "last_used": s["last_used"],
               "interested": bool(s["interested"])} for s in saved["skills"]]
    return {"version": str(saved["version"]), "summary": saved["summary"] or "",
            "email": saved["email"] or "", "orcid": saved["orcid"] or "",
            "public": saved["public"], "registrations": saved["registrations"],
            "teaches": {True: "yes", False: "no"}.get(saved["teaches"], ""),
            "career_start": saved["career_start"],
            "register_interest": saved["register_interest"],
            "skills": skills + [blank] * BLANK_SKILL_ROWS,
            "facilities": saved["facilities"] + [{"facility_id": "", "role": "operator"}]}


def _set_choices(form: ProfileForm, session) -> None:
    form.registrations.choices = [SelectChoice(code, f"{lvl.title} ({code})")
                                  for code, lvl in taxonomy().registrations.items()]
    form.register_interest.choices = [SelectChoice(r.id, r.label)
                                      for r in taxonomy().registers.values()]
    facilities = [SelectChoice("", "(none)")] + [SelectChoice(f, name) for f, name in
                                                  facility_choices(session)]
    for row in form.facilities:
        row.form.facility_id.choices = facilities


def _problems(form: ProfileForm, edit_: ProfileEdit, session) -> dict[str, str]:
    """Every problem with the form, keyed by the id of its field: the field checks and the
    directory's own rules, so one pass reports them all."""
    found = {field.id: field.errors[0] for field in _fields(form) if field.errors}
    domain = validate(edit_, taxonomy(), {c for c, _ in facility_choices(session)},
                      latest_year=date.today().year)
    rows = {"skills": [e.form for e in form.skills if (e.form.skill.data or "").strip()],
            "facilities": [e.form for e in form.facilities if e.form.facility_id.data]}
    for key, message in domain.items():
        group, _, rest = key.partition("-")
        if group in rows and rest:          # "skills-2-level": the 3rd row that was filled in
            number, _, name = rest.partition("-")
            key = rows[group][int(number)][name].id
        found.setdefault(key, message)
    order = {field.id: number for number, field in enumerate(_fields(form))}
    return dict(sorted(found.items(), key=lambda kv: order.get(kv[0], len(order))))


def _fields(form):
    """Every field of the form, row fields included."""
    for field in form:
        if isinstance(field, FieldList):
            for entry in field:
                yield from _fields(entry.form)
        else:
            yield field


def _field_labels(form: ProfileForm) -> dict[str, str]:
    """How the error summary names each field ("Skill 2: Level")."""
    labels = {}
    for group in (form.skills, form.facilities):
        for number, entry in enumerate(group, start=1):
            for field in entry.form:
                labels[field.id] = f"{group.label.text} {number}: {field.label.text}"
    return {field.id: field.label.text for field in form} | labels


def _level(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _edit_from(form: ProfileForm) -> ProfileEdit:
    skills = [SkillRow(row.skill.data.strip(), _level(row.level.data), row.last_used.data,
                       row.interested.data or None)
              for row in (entry.form for entry in form.skills) if (row.skill.data or "").strip()]
    facilities = [(row.form.facility_id.data, row.form.role.data) for row in form.facilities
                  if row.form.facility_id.data]
    return ProfileEdit(summary=(form.summary.data or "").strip() or None,
                       public=bool(form.public.data), orcid=(form.orcid.data or "").strip() or None,
                       email=(form.email.data or "").strip() or None,
                       registrations=tuple(form.registrations.data or ()), skills=skills,
                       facilities=facilities,
                       teaches={"yes": True, "no": False}.get(form.teaches.data or ""),
                       career_start=form.career_start.data,
                       register_interest=tuple(form.register_interest.data or ()))


def _matcher(session) -> SkillMatcher:
    return SkillMatcher.for_taxonomy(taxonomy(), aliases=load_aliases(session))
