"""The web app's view of the application object: one SkillmapApp, one Workspace per request.

The generation query that decides whether the directory changed runs once per request: the
Workspace it picks is kept on ``flask.g`` for the rest of the request, so a page, its charts
and its data all come from one directory generation.
"""

from __future__ import annotations

from flask import Flask, current_app, g

from skillmap.app import SkillmapApp
from skillmap.commitment import Thresholds
from skillmap.pathways import PathwayIndex
from skillmap.search import SearchIndex
from skillmap.succession import SuccessionIndex
from skillmap.taxonomy import Taxonomy
from skillmap.workspace import Workspace


def init_app(app: Flask, application: SkillmapApp) -> None:
    app.extensions["skillmap.app"] = application
    app.extensions["skillmap.taxonomy"] = application.taxonomy


def skillmap_app() -> SkillmapApp:
    """This process's application object."""
    application: SkillmapApp = current_app.extensions["skillmap.app"]
    return application


def workspace() -> Workspace:
    """The directory (and everything computed on it) for this request."""
    if "skillmap_workspace" not in g:
        g.skillmap_workspace = skillmap_app().workspace()
    found: Workspace = g.skillmap_workspace
    return found


def thresholds() -> Thresholds:
    """The Technician Commitment RAG thresholds in use."""
    return skillmap_app().thresholds


def taxonomy() -> Taxonomy:
    return skillmap_app().taxonomy


def search_index() -> SearchIndex:
    """The search index for this request's directory."""
    return workspace().search_index


def succession_index() -> SuccessionIndex:
    """Retirement horizons and cover for this request's directory."""
    return workspace().succession_index


def pathway_index() -> PathwayIndex:
    """Grade statistics and routes for this request's directory."""
    return workspace().pathway_index
