"""The taxonomy API's declared shapes give exactly the JSON the contract has always had."""

from __future__ import annotations

import json
from dataclasses import asdict

from webapp.shapes import grade_json, registration_level_json, skill_family_json, skill_json


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
