"""Access to the app-wide services: the taxonomy, the live search index, the viewer's rights."""

from __future__ import annotations

from flask import current_app

from skillmap.search import SearchIndex
from skillmap.store.live import LiveIndex
from skillmap.taxonomy import Taxonomy


def init_app(app) -> None:
    app.extensions["skillmap.index"] = LiveIndex(app.extensions["skillmap.sessionmaker"],
                                                 app.extensions["skillmap.taxonomy"])


def taxonomy() -> Taxonomy:
    return current_app.extensions["skillmap.taxonomy"]


def search_index() -> SearchIndex:
    """The search index for the directory as it is now (rebuilt after any write)."""
    return current_app.extensions["skillmap.index"].get()
