"""The OpenAPI document matches the API: same paths, and real answers fit its schemas."""

from __future__ import annotations

import re

import pytest
from jsonschema import Draft202012Validator

API_ROUTE = re.compile(r"<(?:\w+:)?(\w+)>")


def resolve(schema: dict, document: dict) -> dict:
    """Inline ``$ref``s so jsonschema can check against the component schemas."""
    if isinstance(schema, dict):
        if "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[1]
            return resolve(document["components"]["schemas"][name], document)
        return {k: resolve(v, document) for k, v in schema.items()}
    if isinstance(schema, list):
        return [resolve(v, document) for v in schema]
    return schema


@pytest.fixture(scope="module")
def document(app):
    return app.test_client().get("/api/v1/openapi.json").get_json()


def test_paths_are_exactly_the_api_routes(app, document):
    routes = {API_ROUTE.sub(r"{\1}", rule.rule) for rule in app.url_map.iter_rules()
              if rule.rule.startswith("/api/")}
    assert set(document["paths"]) == routes
    assert document["openapi"].startswith("3.1")


@pytest.mark.parametrize("url, path, status", [
    ("/api/v1/search?q=cryo-EM&limit=5", "/api/v1/search", "200"),
    ("/api/v1/search?q=", "/api/v1/search", "400"),
    ("/api/v1/people/nobody", "/api/v1/people/{person_id}", "404"),
    ("/api/v1/taxonomy/skills", "/api/v1/taxonomy/skills", "200"),
    ("/api/v1/taxonomy/grades", "/api/v1/taxonomy/grades", "200"),
    ("/api/v1/taxonomy/registrations", "/api/v1/taxonomy/registrations", "200"),
])
def test_responses_fit_their_schemas(client, document, url, path, status):
    response = client.get(url)
    assert str(response.status_code) == status
    schema = document["paths"][path]["get"]["responses"][status]["content"]["application/json"]
    Draft202012Validator(resolve(schema["schema"], document)).validate(response.get_json())


def test_a_public_profile_fits_the_profile_schema(client, document):
    person_id = client.get("/api/v1/search?q=nmr&limit=1").get_json()["results"][0]["person_id"]
    schema = resolve({"$ref": "#/components/schemas/Profile"}, document)
    Draft202012Validator(schema).validate(client.get(f"/api/v1/people/{person_id}").get_json())
