"""Blueprint "auth": sign in and out, and the role checks every view uses.

A sign-in session holds ``"<user id>.<session epoch>"``; signing out (or a new
password) moves the user's epoch on in the database, so every copy of every
session cookie of that user stops working at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import wraps
from urllib.parse import urlsplit

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import LoginManager, current_user, login_user, logout_user
from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField
from wtforms.validators import DataRequired, Length

from skillmap.accounts import ANONYMOUS, Viewer
from skillmap.store.accounts import (authenticate, end_sessions, load_viewer, session_epoch,
                                     too_many_attempts)
from webapp.db import get_session

bp = Blueprint("auth", __name__)
login_manager = LoginManager()
login_manager.login_view = "auth.login"
login_manager.login_message = "Please sign in to see this page."


@dataclass(frozen=True)
class SignedIn(Viewer):
    """A viewer as Flask-Login wants it, with the session epoch it signed in at."""

    epoch: int | None = None
    is_active = True
    is_anonymous = False

    def get_id(self) -> str:
        assert self.user_id is not None, "only a signed-in user has a session id"
        epoch = self.epoch if self.epoch is not None else session_epoch(get_session(),
                                                                          self.user_id)
        return f"{self.user_id}.{epoch}"


@login_manager.user_loader
def load_user(user_id: str):
    """The signed-in user of a session, if the session is still theirs (epoch unchanged)."""
    ident, _, epoch = user_id.partition(".")
    if not (ident.isdigit() and epoch.isdigit()):
        return None
    viewer = load_viewer(get_session(), int(ident), int(epoch))
    return SignedIn(**viewer.__dict__, epoch=int(epoch)) if viewer else None


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
    """Sign in with email and password (throttled per email and address, and per address)."""
    form = LoginForm()
    status = 200
    if form.validate_on_submit():
        session = get_session()
        address = request.remote_addr or "unknown"
        if too_many_attempts(session, form.email.data, address):
            abort(429, description="Too many failed sign-ins; try again in 15 minutes.")
        signed_in = authenticate(session, form.email.data, form.password.data, address=address)
        session.commit()
        if signed_in:
            login_user(SignedIn(**signed_in.__dict__))
            target = safe_next(request.args.get("next"))     # no (safe) next: where my work is
            return redirect(url_for("main.start") if target == "/" else target)
        flash("That email and password do not match an account.", "error")
        status = 401
    elif request.method == "POST":
        status = 400
    return render_template("auth/login.html", form=form), status


def safe_next(target: str | None) -> str:
    r"""`target` if it is a path on this site, else the home page.

    Browsers drop tabs and newlines inside URLs and read a backslash as a
    slash, so ``/<tab>/evil.example`` and ``/\evil.example`` would leave the site:
    any control character, whitespace or backslash refuses the target.

    >>> safe_next("/search?q=nmr"), safe_next("//evil.example/")
    ('/search?q=nmr', '/')
    >>> safe_next("/\t/evil.example/"), safe_next("/\\evil"), safe_next("/a\r\nSet-Cookie:x")
    ('/', '/', '/')
    """
    home = "/"
    if not target or len(target) > 2000 or not target.startswith("/"):
        return home
    if "\\" in target or any(ord(c) <= 0x20 or ord(c) == 0x7f for c in target):
        return home
    parts = urlsplit(target)
    if target.startswith("//") or parts.scheme or parts.netloc:
        return home
    return target


@bp.post("/logout")
def logout():
    """Sign out everywhere (a POST with its CSRF token, so no other site can sign you out)."""
    if current_user.is_authenticated:
        session = get_session()
        end_sessions(session, current_user.user_id)
        session.commit()
    logout_user()
    return redirect(url_for("main.index"))
