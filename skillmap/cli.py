"""The ``skillmap`` command line: a thin shell over the library.

Exit status: 0 on success, 1 when the input is rejected (the report says why),
2 for a usage error (Click's own convention).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NoReturn

import json
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import click

from skillmap.exceptions import SkillmapError
from skillmap.settings import Settings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from skillmap.app import SkillmapApp
    from skillmap.taxonomy import Taxonomy


class Context:
    """What every command needs: the settings (read once), and the application on first use.

    Only ``skillmap init`` creates or migrates the schema; every other command first checks
    that the schema is current and stops (exit 1) with a clear message when it is not.
    """

    def __init__(self, settings: Settings):
        self.settings = settings
        self._app: SkillmapApp | None = None

    def application(self, *, check_schema: bool = True) -> SkillmapApp:
        if self._app is None:
            from skillmap.app import SkillmapApp

            try:
                self._app = SkillmapApp(self.settings)
            except SkillmapError as exc:
                fail(str(exc))
        assert self._app is not None
        if check_schema:
            try:
                self._app.check_schema()
            except SkillmapError as exc:
                fail(str(exc))
        return self._app

    @property
    def app(self) -> SkillmapApp:
        """The application, with a schema known to be current."""
        return self.application()

    @property
    def sessions(self) -> sessionmaker[Session]:
        return self.app.sessions

    @property
    def taxonomy(self) -> Taxonomy:
        return self.application(check_schema=False).taxonomy


pass_context = click.make_pass_decorator(Context)


@click.group()
@click.option("--db", "database_url", envvar="SKILLMAP_DATABASE_URL", metavar="URL",
              help="SQLAlchemy database URL [env SKILLMAP_DATABASE_URL; default: SQLite file "
                   "in the instance folder].")
@click.option("--taxonomies", "taxonomy_dir", envvar="SKILLMAP_TAXONOMY_DIR",
              type=click.Path(file_okay=False), help="Folder of taxonomy files "
              "[env SKILLMAP_TAXONOMY_DIR].")
@click.version_option(package_name="skillmap")
@click.pass_context
def cli(ctx: click.Context, database_url: str | None, taxonomy_dir: str | None) -> None:
    """skillmap: the technical skills directory and career-pathway mapper."""
    try:
        settings = Settings.read({"DATABASE_URL": database_url, "TAXONOMY_DIR": taxonomy_dir})
    except SkillmapError as exc:
        fail(str(exc))
    ctx.obj = Context(settings)


def fail(message: str) -> NoReturn:
    click.secho(f"Error: {message}", fg="red", err=True)
    sys.exit(1)


@cli.command()
@pass_context
def init(ctx: Context) -> None:
    """Create (or migrate) the database schema; safe to run twice."""
    try:
        created = ctx.application(check_schema=False).migrate()
    except SkillmapError as exc:
        fail(str(exc))
    click.echo(("Created" if created else "Migrated") + f" {_safe_url(ctx)}")


@cli.command("import")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Validate and report without writing anything.")
@click.option("--json-report", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the full report as JSON to this file.")
@click.option("--quiet", "-q", is_flag=True, help="Print no progress.")
@pass_context
def import_(ctx: Context, path: Path, dry_run: bool, json_report: Path | None,
            quiet: bool) -> None:
    """Import a directory bundle (folder, .zip or .xlsx): all or nothing."""
    report = _import(ctx, path, dry_run=dry_run, quiet=quiet)
    if json_report:
        json_report.write_text(json.dumps(report.as_dict(), indent=2, default=str))
    click.echo(report.as_text())
    if not report.ok:
        sys.exit(1)


def _import(ctx: Context, path: Path, *, dry_run: bool = False, quiet: bool = False) -> Any:
    started = time.perf_counter()

    def progress(stage: str, done: int, total: int) -> None:
        click.echo(f"  {stage}: {done:,}/{total:,} ({time.perf_counter() - started:.1f} s)",
                   err=True)

    try:
        report = ctx.app.import_bundle(path, dry_run=dry_run,
                                       progress=None if quiet else progress, actor=_cli_actor())
    except SkillmapError as exc:
        fail(str(exc))
    if report.ok and not dry_run:
        _prepare_search(ctx, quiet=quiet)
    return report


def _prepare_search(ctx: Context, *, quiet: bool) -> None:
    """Build the search index once, so the server started after an import finds every
    skill text's vector in the vector store and its first build embeds none."""
    if ctx.app.embedder() is None:
        return                                 # no sentence model: nothing kept for later
    started = time.perf_counter()
    if not quiet:
        click.echo("  search index: embedding the skill texts not yet in the vector store "
                   f"({ctx.settings.vector_store})", err=True)
    done = ctx.app.prepare_search()
    if not quiet and done is not None:
        click.echo(f"  search index built: {done[0]:,} texts embedded, {done[1]:,} read from "
                   f"the vector store ({time.perf_counter() - started:.1f} s)", err=True)


def _cli_actor() -> str:
    """Who ran a command, for the audit log: the operating-system user."""
    import os

    return f"cli:{os.environ.get('USER') or os.environ.get('USERNAME') or 'unknown'}"


@cli.command()
@click.argument("path", type=click.Path(path_type=Path))
@pass_context
def export(ctx: Context, path: Path) -> None:
    """Write the whole directory as a bundle (a folder; or .zip / .xlsx by suffix)."""
    click.echo(f"Exported the directory to {ctx.app.export_bundle(path)}")


@cli.command()
@click.option("--people", default=700, show_default=True, type=click.IntRange(1, 200_000),
              help="How many technicians the demo institution has.")
@click.option("--random-seed", default=2017, show_default=True,
              help="Seed of the deterministic generator.")
@click.option("--bundle", "bundle_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Keep the generated bundle in this folder (default: a temporary one).")
@click.option("--quiet", "-q", is_flag=True, help="Print no progress.")
@pass_context
def seed(ctx: Context, people: int, random_seed: int, bundle_dir: Path | None,
         quiet: bool) -> None:
    """Load the demo institution: generate it as a bundle, then import that bundle."""
    from skillmap.demo import generate_bundle

    with tempfile.TemporaryDirectory() as scratch:
        target = bundle_dir or Path(scratch) / "demo-bundle"
        generate_bundle(target, ctx.taxonomy, people=people, seed=random_seed)
        click.echo(f"Generated a demo institution of {people:,} technicians in {target}")
        report = _import(ctx, target, quiet=quiet)
    click.echo(report.as_text())
    if not report.ok:
        sys.exit(1)


@cli.group()
def users() -> None:
    """Create and list the people who can sign in."""


@users.command("create")
@click.argument("email")
@click.option("--role", required=True, type=click.Choice(["technician", "manager", "admin"]))
@click.option("--password", help="Password; a random one is made and printed when omitted.")
@click.option("--person", "person_id", help="The person a technician account belongs to.")
@click.option("--department", "departments", multiple=True,
              help="A department a manager is responsible for (repeat for several).")
@pass_context
def users_create(ctx: Context, email: str, role: str, password: str | None,
                 person_id: str | None, departments: tuple[str, ...]) -> None:
    """Create a user (or update the one with this email)."""
    from skillmap.accounts import new_password
    from skillmap.store.accounts import create_user

    chosen = password or new_password()
    try:
        with ctx.sessions.begin() as session:
            create_user(session, email, role, password=chosen, person_id=person_id,
                        departments=departments)
    except SkillmapError as exc:
        fail(str(exc))
    click.echo(f"User {email.casefold()} ({role}) is ready."
               + ("" if password else f" Password: {chosen}"))


@users.command("list")
@pass_context
def users_list(ctx: Context) -> None:
    """List users with their roles and scopes."""
    from skillmap.store.accounts import list_users

    with ctx.sessions() as session:
        for user in list_users(session):
            scope = ", ".join(user["departments"]) or user["person_id"] or "all"
            click.echo(f"{user['email']:<40} {user['role']:<11} {scope}")


@cli.command("demo-users")
@pass_context
def demo_users(ctx: Context) -> None:
    """(Re)create the demo institution's users with fresh passwords, and print them."""
    from skillmap.store.demo_users import reset_demo_users

    with ctx.sessions.begin() as session:
        accounts = reset_demo_users(session)
    if not accounts:
        fail("the directory has no people yet: run `skillmap seed` first")
    click.echo("Demo sign-ins (passwords are new each time this runs):")
    for email, role, password, note in accounts:
        click.echo(f"  {role:<11} {email:<36} {password}   {note}")


@cli.command()
@click.option("--field", type=click.Choice(["people", "public_people", "institutions",
                                            "departments", "facilities", "skills_held",
                                            "skills_in_taxonomy", "unreviewed_skills"]),
              help="Print only this number.")
@pass_context
def stats(ctx: Context, field: str | None) -> None:
    """Show how big the directory is."""
    from skillmap.store.queries import directory_counts

    with ctx.sessions() as session:
        counts = directory_counts(session)
    if field:
        click.echo(counts[field])
    else:
        for name, value in counts.items():
            click.echo(f"{name.replace('_', ' ')}: {value:,}")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--production", is_flag=True, help="Serve with gunicorn (workers from "
              "SKILLMAP_WORKERS, JSON request logs) instead of the development server.")
@click.option("--workers", type=int, help="gunicorn worker processes [env SKILLMAP_WORKERS].")
@pass_context
def serve(ctx: Context, host: str, port: int, production: bool, workers: int | None) -> None:
    """Serve the web app and the JSON API."""
    settings = ctx.settings
    if production:
        settings = replace(settings, log_requests=True, workers=workers or settings.workers)
    ctx.app  # stop here when the schema is behind (`skillmap init` migrates)
    from webapp import create_app

    if production:
        from webapp.wsgi import serve_with_gunicorn

        serve_with_gunicorn(settings, host=host, port=port)
    else:
        create_app(settings=settings).run(host=host, port=port)


def _safe_url(ctx: Context) -> str:
    from sqlalchemy.engine import make_url

    return make_url(ctx.settings.database_url).render_as_string(hide_password=True)
