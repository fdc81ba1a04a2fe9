"""Career pathways: the grade ladder, the routes up it, and what each step needs.

``ladder_graph`` turns the taxonomies into a directed graph of grades,
promotions, lateral moves and registration ladders; ``routes_to_top`` lists
every route from a grade to a professorial-equivalent grade. For people,
``build_pathway_index`` precomputes what the directory says about each grade
(once per write generation) and ``person_pathway`` answers in milliseconds.
``grade_overview``, ``ladder_svg`` and ``ladder_text`` serve the explore page.

>>> from skillmap.pathways.example import TODAY, example_directory, example_taxonomy
>>> index = build_pathway_index(example_taxonomy(), example_directory(), today=TODAY)
>>> pathway = person_pathway(index, "ann")
>>> " -> ".join(pathway.routes[0].nodes)
'lab/G5 -> lab/G6 -> lab/G7'
"""

from skillmap.pathways.advice import Advice, Mentor, SkillSuggestion, advise
from skillmap.pathways.diagram import ladder_svg, ladder_text
from skillmap.pathways.exceptions import NoRoute, NotOnLadder, UnknownPerson
from skillmap.pathways.index import (GradeOverview, GradeStats, PathwayIndex, build_pathway_index,
                                     grade_overview)
from skillmap.pathways.ladder import (GradeRef, grade_node, grade_ref, ladder_graph, move_graph,
                                      route_cost, routes_to_top, top_grades)
from skillmap.pathways.person import Pathway, Route, Step, person_pathway
from skillmap.pathways.registrations import Reason, RegistrationOption, registration_options
from skillmap.pathways.requirements import REQUIREMENTS, Check, Profile, evaluate

__all__ = [
    "Advice", "Check", "GradeOverview", "GradeRef", "GradeStats", "Mentor", "NoRoute",
    "NotOnLadder", "Pathway", "PathwayIndex", "Profile", "REQUIREMENTS", "Reason",
    "RegistrationOption", "Route", "SkillSuggestion", "Step", "UnknownPerson", "advise",
    "build_pathway_index", "evaluate", "grade_node", "grade_overview", "grade_ref",
    "ladder_graph", "ladder_svg", "ladder_text", "move_graph", "person_pathway",
    "registration_options", "route_cost", "routes_to_top", "top_grades",
]
