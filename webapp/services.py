"""Access to the app-wide services: the taxonomy, the live search index, the viewer's rights."""

from __future__ import annotations

from flask import current_app

from skillmap.commitment import Thresholds, load_thresholds
from skillmap.pathways import PathwayIndex, build_pathway_index
from skillmap.search import SearchIndex, build_index
from skillmap.succession import SuccessionIndex, build_succession_index
from skillmap.store.live import LiveIndexes
from skillmap.taxonomy import Taxonomy


def init_app(app) -> None:
    age = app.config.get("NORMAL_RETIREMENT_AGE")
    normal_age = int(age) if str(age or "").strip() else None

    def succession(taxonomy, directory):
        return build_succession_index(taxonomy, directory, normal_retirement_age=normal_age)

    app.extensions["skillmap.indexes"] = LiveIndexes(
        app.extensions["skillmap.sessionmaker"], app.extensions["skillmap.taxonomy"],
        {"directory": lambda taxonomy, directory: directory, "search": build_index,
         "pathways": build_pathway_index, "succession": succession})
    app.extensions["skillmap.thresholds"] = load_thresholds(app.config["TAXONOMY_DIR"])


def live_indexes() -> LiveIndexes:
    """The directory and the indexes built from it, for the current write generation."""
    return current_app.extensions["skillmap.indexes"]


def thresholds() -> Thresholds:
    """The Technician Commitment RAG thresholds in use."""
    return current_app.extensions["skillmap.thresholds"]


def taxonomy() -> Taxonomy:
    return current_app.extensions["skillmap.taxonomy"]


def search_index() -> SearchIndex:
    """The search index for the directory as it is now (rebuilt after any write)."""
    return current_app.extensions["skillmap.indexes"].get("search")


def succession_index() -> SuccessionIndex:
    """Retirement horizons and cover for the directory as it is now."""
    return current_app.extensions["skillmap.indexes"].get("succession")


def pathway_index() -> PathwayIndex:
    """Grade statistics and routes for the directory as it is now."""
    return current_app.extensions["skillmap.indexes"].get("pathways")
