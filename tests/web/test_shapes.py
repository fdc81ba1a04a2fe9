"""The API's declared shapes: what the contract names, exactly the keys answers carry, and the
JSON clients have always had."""

from __future__ import annotations

import json
import re
import types
from dataclasses import asdict, replace
from typing import Any, Union, get_args, get_origin, is_typeddict

import pytest
from flask import json as flask_json

from skillmap.pathways import NotOnLadder, person_pathway
from skillmap.settings import PROJECT_ROOT
from skillmap.succession.tables import summary_figures
from tests.conftest import DEMO_PASSWORD, DEMO_USERS
from tests.web.conftest import sign_in
from webapp.shapes import (FacilityCardJSON, MatchJSON, PathwayJSON, ProfileJSON, SearchJSON,
                           SearchResultJSON, SuccessionJSON, fields_of, grade_json,
                           pathway_json, registration_level_json, skill_family_json, skill_json,
                           succession_json)


def same_json(a: object, b: object) -> bool:
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def test_declared_shapes_match_the_published_fields(real_taxonomy) -> None:
    for family in real_taxonomy.families.values():
        assert same_json(skill_family_json(family), asdict(family))
    for skill in real_taxonomy.skills.values():
        assert same_json(skill_json(skill), {k: asdict(skill)[k] for k in skill_json(skill)})
    for job_family in real_taxonomy.job_families.values():
        for grade in job_family.grades:
            assert same_json(grade_json(grade), {k: asdict(grade)[k] for k in grade_json(grade)})
    for register in real_taxonomy.registers.values():
        for level in register.levels:
            shape = registration_level_json(level)
            assert same_json(shape, {k: asdict(level)[k] for k in shape})


def test_taxonomy_endpoints_answer_with_the_declared_shapes(client) -> None:
    skills = client.get("/api/v1/taxonomy/skills").get_json()
    assert set(skills["skills"][0]) == {"id", "label", "family", "synonyms", "abbreviations",
                                        "related", "esco_uri", "description"}
    levels = client.get("/api/v1/taxonomy/registrations").get_json()["registers"][0]["levels"]
    assert set(levels[0]) == {"code", "title", "register", "rank", "qualification",
                              "min_years_experience", "typical_grade", "requirements", "source"}


# -- every API answer is built from a declared shape, and says exactly what it declares -------

CONTRACT = (PROJECT_ROOT / "docs" / "contract.md").read_text()


def contract_row(path: str) -> str:
    return next(line for line in CONTRACT.splitlines() if line.startswith(f"| `GET {path}"))


def quoted(text: str) -> list[str]:
    return re.findall(r'"(\w+)"', text)


def test_the_search_shape_is_exactly_the_contracts() -> None:
    row = contract_row("/api/v1/search").split("|")[3]
    top, results = row.split('"results": [')
    results, facilities = results.split('"facilities": [')
    result, matched = results.split('"matched": [')
    assert quoted(top) + ["results", "facilities"] == list(fields_of(SearchJSON))
    assert quoted(result) + ["matched"] == list(fields_of(SearchResultJSON))
    assert quoted(matched) == list(fields_of(MatchJSON))
    assert quoted(facilities) == list(fields_of(FacilityCardJSON))


def test_the_other_shapes_declare_what_the_contract_names() -> None:
    assert {"skills", "facilities", "grade", "registrations"} <= set(fields_of(ProfileJSON))
    pathway = contract_row("/api/v1/people/<person_id>/pathway")
    assert {"apply_now", "apply_next"} == set(re.findall(r"`(apply_\w+)`", pathway))
    assert {"current", "routes", "apply_now", "apply_next"} <= set(fields_of(PathwayJSON))
    succession = contract_row("/api/v1/succession")
    named = set(re.findall(r"`(total_\w+)`", succession))
    assert named == {"total_skill_risks", "total_facility_risks"}
    assert named | {"horizon_years", "skill_risks", "facility_risks"} <= set(
        fields_of(SuccessionJSON))
    assert "date_of_birth" not in str(fields_of(SuccessionJSON))


def assert_shape(value: Any, kind: Any, where: str = "") -> None:
    """`value` has exactly the keys `kind` declares, all the way down."""
    origin, args = get_origin(kind), get_args(kind)
    if value is None or kind is Any:
        return
    if is_typeddict(kind):
        assert isinstance(value, dict) and set(value) == set(fields_of(kind)), \
            f"{where}: {sorted(set(value) ^ set(fields_of(kind)))}"
        for name, sub in fields_of(kind).items():
            assert_shape(value[name], sub, f"{where}.{name}")
    elif origin in (Union, types.UnionType):
        assert_shape(value, next(a for a in args if a is not type(None)), where)
    elif origin is list:
        assert isinstance(value, list), where
        for n, item in enumerate(value):
            assert_shape(item, args[0], f"{where}[{n}]")
    elif origin is dict:
        assert isinstance(value, dict), where
        for key, item in value.items():
            assert_shape(item, args[1], f"{where}[{key}]")


@pytest.fixture(scope="module")
def admin(app):
    client = app.test_client()
    assert sign_in(client, DEMO_USERS["admin"], DEMO_PASSWORD).status_code == 302
    return client


def test_api_answers_have_exactly_the_declared_keys(admin, client) -> None:
    found = client.get("/api/v1/search?q=NMR+spectroscopy&limit=20").get_json()
    assert found["results"] and found["results"][0]["matched"]
    assert_shape(found, SearchJSON, "search")
    named = client.get("/api/v1/search?q=who+runs+the+NMR").get_json()
    assert named["facilities"] and any(card["roles"] for card in named["facilities"])
    assert_shape(named, SearchJSON, "search")
    person_id = found["results"][0]["person_id"]
    profile = client.get(f"/api/v1/people/{person_id}").get_json()
    assert profile["skills"]
    assert_shape(profile, ProfileJSON, "person")
    pathway = admin.get(f"/api/v1/people/{person_id}/pathway?routes=3").get_json()
    assert pathway["routes"] and pathway["grades"]
    assert_shape(pathway, PathwayJSON, "pathway")
    report = admin.get("/api/v1/succession?limit=5").get_json()
    assert report["skill_risks"][0]["successors"] and report["facility_risks"][0]["staff"]
    assert_shape(report, SuccessionJSON, "succession")


def _json(value: object) -> str:
    return flask_json.dumps(value, sort_keys=True)


def test_the_declared_shapes_give_the_json_clients_always_had(app) -> None:
    """The pathway and succession answers equal what ``as_dict`` and ``asdict`` gave before."""
    with app.test_request_context():
        from webapp.services import pathway_index, workspace
        index, ws = pathway_index(), workspace()
        shown = 0
        for person in ws.directory.people[:60]:
            try:
                p = person_pathway(index, person.person_id, today=ws.today)
            except NotOnLadder:
                continue
            for routes in (None, 2):
                assert _json(pathway_json(p, routes=routes)) == _json(p.as_dict(routes=routes))
            shown += 1
        assert shown > 20
        report = ws.succession(horizon_years=5)
        limit = 7
        lists = ("skill_risks", "facility_risks", "covered_facilities")
        old = asdict(replace(report, skill_risks=report.skill_risks[:limit],
                             facility_risks=report.facility_risks[:limit],
                             covered_facilities=[])) | {
            f"total_{key}": len(getattr(report, key)) for key in lists} | {
            "covered_facilities": [{key: getattr(f, key) for key in (
                "facility_id", "label", "department", "experts_now", "experts_remaining")}
                for f in report.covered_facilities[:limit]],
            "summary": summary_figures(report)}
        assert report.covered_facilities
        assert _json(succession_json(report, summary_figures(report), limit=limit)) == _json(old)
