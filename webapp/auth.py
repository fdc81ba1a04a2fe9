"""Blueprint "auth": sign in and out, and the role checks every view uses."""

from __future__ import annotations

from functools import wraps

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import LoginManager, current_user, login_user, logout_user
from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField
from wtforms.validators import DataRequired, Length

from skillmap.accounts import ANONYMOUS, Viewer
from skillmap.store.accounts import authenticate, load_viewer, too_many_attempts
from webapp.db import get_session

bp = Blueprint("auth", __name__)
login_manager = LoginManager()
login_manager.login_view = "auth.login"
login_manager.login_message = "Please sign in to see this page."


class SignedIn(Viewer):
    """A viewer as Flask-Login wants it."""

    is_active = True
    is_anonymous = False

    def get_id(self) -> str:
        return str(self.user_id)


@login_manager.user_loader
def load_user(user_id: str):
    viewer = load_viewer(get_session(), int(user_id)) if user_id.isdigit() else None
    return SignedIn(**viewer.__dict__) if viewer else None


def init_app(app) -> None:
    login_manager.init_app(app)


def viewer() -> Viewer:
    """Who is looking at this request (``ANONYMOUS`` when nobody signed in)."""
    return current_user if current_user.is_authenticated else ANONYMOUS


def role_required(*roles: str):
    """Let only signed-in users with one of `roles` in; others sign in or get 403."""
    def decorator(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            if not current_user.is_authenticated:
                return login_manager.unauthorized()
            if current_user.role not in roles:
                abort(403, description="Your account cannot open this page.")
            return view(*args, **kwargs)
        return wrapped
    return decorator


class LoginForm(FlaskForm):
    email = EmailField("Email", validators=[DataRequired(), Length(max=320)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=200)])


@bp.route("/login", methods=["GET", "POST"])
def login():
    """Sign in with email and password (rate limited per email and address)."""
    form = LoginForm()
    status = 200
    if form.validate_on_submit():
        session = get_session()
        key = f"{form.email.data.strip().casefold()}|{request.remote_addr}"
        if too_many_attempts(session, key):
            abort(429, description="Too many failed sign-ins; try again in 15 minutes.")
        signed_in = authenticate(session, form.email.data, form.password.data, key=key)
        session.commit()
        if signed_in:
            login_user(SignedIn(**signed_in.__dict__))
            return redirect(_safe_next(request.args.get("next")))
        flash("That email and password do not match an account.", "error")
        status = 401
    elif request.method == "POST":
        status = 400
    return render_template("auth/login.html", form=form), status


def _safe_next(target: str | None) -> str:
    """Only same-site paths, never another host."""
    if target and target.startswith("/") and not target.startswith("//"):
        return target
    return url_for("main.start")


@bp.post("/logout")
def logout():
    """Sign out (a POST with its CSRF token, so no other site can sign you out)."""
    logout_user()
    return redirect(url_for("main.index"))
