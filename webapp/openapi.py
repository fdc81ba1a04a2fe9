"""The OpenAPI 3.1 description of the JSON API v1, served at ``/api/v1/openapi.json``.

Written by hand from the public contract; ``tests/web/test_openapi.py`` keeps it
honest: its paths must be exactly the API's routes, and real responses must
validate against its schemas.
"""

from __future__ import annotations

ERROR = {"type": "object", "required": ["error"], "properties": {"error": {
    "type": "object", "required": ["code", "message"],
    "properties": {"code": {"type": "string"}, "message": {"type": "string"}}}}}
NULLABLE_STRING = {"type": ["string", "null"]}
MATCH = {"type": "object", "required": ["skill", "level", "via"], "properties": {
    "skill": {"type": "string"}, "level": {"type": ["integer", "null"], "minimum": 1, "maximum": 4},
    "via": {"enum": ["exact", "synonym", "fuzzy", "related", "facility"]}}}
RESULT = {"type": "object", "required": ["person_id", "name", "job_title", "department",
                                         "institution", "score", "direct", "matched"],
          "properties": {"person_id": {"type": "string"}, "name": {"type": "string"},
                         "job_title": NULLABLE_STRING, "department": NULLABLE_STRING,
                         "institution": {"type": "string"}, "score": {"type": "number"},
                         "direct": {"type": "boolean"},
                         "matched": {"type": "array", "items": MATCH}},
          "additionalProperties": False}
STAFF = {"type": "array", "items": {"type": "object", "required": ["person_id", "name"],
                                    "properties": {"person_id": {"type": "string"},
                                                   "name": {"type": "string"}}}}
FACILITY_CARD = {"type": "object", "required": ["facility_id", "name", "roles"],
                 "properties": {"facility_id": {"type": "string"}, "name": {"type": "string"},
                                "roles": {"type": "object", "additionalProperties": STAFF}},
                 "additionalProperties": False}
PROFILE = {"type": "object", "required": ["person_id", "name", "skills", "facilities",
                                          "grade", "registrations"],
           "not": {"anyOf": [{"required": [f]} for f in ("date_of_birth", "planned_retirement",
                                                         "gender", "fte")]},
           "properties": {
               "person_id": {"type": "string"}, "name": {"type": "string"},
               "job_title": NULLABLE_STRING, "department": NULLABLE_STRING,
               "institution": {"type": "string"}, "email": NULLABLE_STRING,
               "orcid": NULLABLE_STRING, "summary": NULLABLE_STRING,
               "grade": {"type": ["object", "null"]},
               "registrations": {"type": "array", "items": {"type": "object"}},
               "skills": {"type": "array", "items": {
                   "type": "object", "required": ["skill_id", "skill", "level"],
                   "properties": {"skill_id": {"type": "string"}, "skill": {"type": "string"},
                                  "level": {"type": "integer", "minimum": 1, "maximum": 4}}}},
               "facilities": {"type": "array", "items": {"type": "object"}}}}


PATHWAY = {"type": "object", "required": ["person_id", "current", "routes", "grades",
                                          "next_steps", "apply_now"],
           "properties": {"person_id": {"type": "string"}, "current": {"type": "object"},
                          "routes": {"type": "array", "items": {
                              "type": "object", "required": ["nodes", "moves"],
                              "properties": {"nodes": {"type": "array",
                                                       "items": {"type": "string"}}}}},
                          "grades": {"type": "object", "additionalProperties": {
                              "type": "object", "required": ["missing"]}},
                          "next_steps": {"type": "array"}, "apply_now": {"type": "array"}}}


RISK = {"type": "object", "required": ["label", "severity", "mitigated_severity", "retiring",
                                      "successors", "bus_factor"],
        "properties": {"retiring": {"type": "array", "items": {
            "type": "object", "required": ["person_id", "band"],
            "not": {"anyOf": [{"required": ["date_of_birth"]}, {"required": ["retirement"]}]}}},
            "successors": {"type": "array", "items": {"type": "object",
                                                      "required": ["person_id", "readiness"]}}}}
SUCCESSION = {"type": "object", "required": ["horizon_years", "skill_risks", "facility_risks"],
              "properties": {"horizon_years": {"type": "integer"},
                             "skill_risks": {"type": "array", "items": RISK},
                             "facility_risks": {"type": "array", "items": RISK}}}


def _query(name: str, description: str, schema: dict, required: bool = False) -> dict:
    return {"name": name, "in": "query", "required": required, "description": description,
            "schema": schema}


def _json(schema: dict, description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


ERRORS = {"400": _json({"$ref": "#/components/schemas/Error"}, "Bad input"),
          "404": _json({"$ref": "#/components/schemas/Error"}, "Not found")}
NO_NUL = "^[^\\u0000]*$"        # NUL is refused everywhere (PostgreSQL cannot store it)
TEXT = {"type": "string", "maxLength": 500, "pattern": NO_NUL}
PATH_ID = {"name": "person_id", "in": "path", "required": True,
           "schema": {"type": "string", "pattern": NO_NUL}}


def openapi_document() -> dict:
    """The whole document, as a plain dict ready for JSON."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "skillmap API", "version": "1.0.0",
                 "description": "Technical skills directory: expertise search, profiles, "
                                "career pathways, succession gaps and the taxonomies in use."},
        "paths": PATHS,
        "components": {"schemas": {"Error": ERROR, "Result": RESULT, "Profile": PROFILE,
                                   "Pathway": PATHWAY, "Succession": SUCCESSION}},
    }


PATHS: dict = {
    "/api/v1/search": {"get": {
        "summary": "Technicians ranked for a query, with why each matched",
        "parameters": [
            _query("q", "What to look for (not blank)",
                   TEXT | {"pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$"}, required=True),
            _query("limit", "How many results (1-100)", {"type": "integer", "minimum": 1,
                                                         "maximum": 100, "default": 10}),
            _query("offset", "How many results to skip, for paging (0-10000)",
                   {"type": "integer", "minimum": 0, "maximum": 10000, "default": 0}),
            *(_query(name, f"Only this {name}", TEXT) for name in
              ("institution", "department", "facility", "family", "registration"))],
        "responses": {"200": _json({"type": "object",
                                    "required": ["query", "total", "offset", "results",
                                                 "facilities"],
                                    "properties": {"query": {"type": "string"},
                                                   "total": {"type": "integer", "minimum": 0},
                                                   "offset": {"type": "integer", "minimum": 0},
                                                   "results": {"type": "array", "items": {
                                                       "$ref": "#/components/schemas/Result"}},
                                                   "facilities": {"type": "array",
                                                                  "items": FACILITY_CARD}}},
                                   "Ranked results, direct holders first, and the facilities "
                                   "the query names or asks about"),
                      "400": ERRORS["400"],
                      "414": {"description": "The URL is longer than the server accepts"}}}},
    "/api/v1/people/{person_id}": {"get": {
        "summary": "A public profile: skills with levels, facilities, grade, registrations",
        "parameters": [PATH_ID],
        "responses": {"200": _json({"$ref": "#/components/schemas/Profile"}, "The profile"),
                      **ERRORS}}},
    "/api/v1/people/{person_id}/pathway": {"get": {
        "summary": "Current grade, every route to the top grade, and per step what is missing",
        "description": "For the person, their manager and admins; sign in first.",
        "parameters": [PATH_ID,
                       _query("routes", "How many routes to return (1-100)",
                              {"type": "integer", "minimum": 1, "maximum": 100, "default": 10})],
        "responses": {"200": _json({"$ref": "#/components/schemas/Pathway"}, "The pathway"),
                      "401": _json({"$ref": "#/components/schemas/Error"}, "Not signed in"),
                      "403": _json({"$ref": "#/components/schemas/Error"}, "Not allowed"),
                      "422": _json({"$ref": "#/components/schemas/Error"}, "No grade recorded"),
                      **ERRORS}}},
    "/api/v1/succession": {"get": {
        "summary": "Skills and facilities at risk from retirements, ranked, with successors",
        "description": "Managers (their own departments) and admins; sign in first. People "
                       "appear with a retirement band, never a date.",
        "parameters": [
            _query("horizon_years", "Retiring within this many years (0-40)",
                   {"type": "integer", "minimum": 0, "maximum": 40, "default": 5}),
            _query("department", "One department (managers: one of theirs)", TEXT),
            _query("institution", "One institution", TEXT),
            _query("leaving", "What-if: a person id to treat as leaving now", TEXT),
            _query("limit", "How many of the worst skill and facility risks (1-1000)",
                   {"type": "integer", "minimum": 1, "maximum": 1000, "default": 50})],
        "responses": {"200": _json({"$ref": "#/components/schemas/Succession"}, "The report"),
                      "401": _json({"$ref": "#/components/schemas/Error"}, "Not signed in"),
                      "403": _json({"$ref": "#/components/schemas/Error"}, "Not allowed"),
                      "400": ERRORS["400"]}}},
    "/api/v1/taxonomy/skills": {"get": {
        "summary": "The skills taxonomy in use",
        "responses": {"200": _json({"type": "object", "required": ["skills", "families"]},
                                   "Skills and families")}}},
    "/api/v1/taxonomy/grades": {"get": {
        "summary": "Job families, their grade ladders and lateral moves",
        "responses": {"200": _json({"type": "object", "required": ["families",
                                                                   "lateral_moves"]},
                                   "Grades")}}},
    "/api/v1/taxonomy/registrations": {"get": {
        "summary": "Professional registers and their levels",
        "responses": {"200": _json({"type": "object", "required": ["registers"]},
                                   "Registers")}}},
    "/api/v1/openapi.json": {"get": {
        "summary": "This document",
        "responses": {"200": _json({"type": "object"}, "OpenAPI 3.1")}}},
}
