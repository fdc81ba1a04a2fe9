"""Expertise search: find technicians by skill, facility or description.

``build_index`` turns the directory into arrays once per write generation;
``search`` answers a query in milliseconds with the reason for every match.
"""

from skillmap.search.engine import (
                                    FacilityCard,
                                    Filters,
                                    Match,
                                    Result,
                                    SearchResponse,
                                    search,
                                    suggest_skills,
                                    visible_to,
)
from skillmap.search.index import SearchIndex, build_index
from skillmap.search.query import parse_query

__all__ = ["FacilityCard", "Filters", "Match", "Result", "SearchIndex", "SearchResponse", "build_index",
           "parse_query", "search", "suggest_skills", "visible_to"]
