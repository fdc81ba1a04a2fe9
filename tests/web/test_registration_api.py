"""The hand-described people of tests/test_registrations.py, imported as a bundle and judged
through ``/api/v1/people/<id>/pathway`` (``apply_now`` / ``apply_next``), as outside users are."""

from __future__ import annotations

import csv
import io

import pytest

from tests.test_registrations import CASES, PEOPLE
from tests.web.conftest import app_on_bundle, sign_in


def _csv(header: list[str], rows: list[list]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def bundle_files() -> dict[str, str]:
    people, skills = [], []
    for pid, (dept, title, family, grade, held_skills, career, start, teaches, interest,
              held) in PEOPLE.items():
        people.append([pid, pid.title(), "Example", dept or "", title or "", family, grade,
                       start.isoformat() if start else "",
                       "" if teaches is None else str(teaches).lower(), career or "",
                       ";".join(interest), ";".join(held)])
        skills += [[pid, sid, level] for sid, level in held_skills.items()]
    return {"people.csv": _csv(["person_id", "given_name", "family_name", "department",
                                "job_title", "job_family", "grade", "start_date", "teaches",
                                "career_start", "register_interest", "registrations"], people),
            "person_skills.csv": _csv(["person_id", "skill", "level"], skills)}


@pytest.fixture(scope="module")
def admin(tmp_path_factory, real_taxonomy):
    folder = tmp_path_factory.mktemp("registration-api")
    bundle = folder / "bundle"
    bundle.mkdir()
    for name, text in bundle_files().items():
        (bundle / name).write_text(text, encoding="utf-8")
    app = app_on_bundle(folder / "api.db", bundle, real_taxonomy,
                        users=(("admin@test.invalid", "admin", {"password": "admin-pass-1"}),))
    client = app.test_client()
    assert sign_in(client, "admin@test.invalid", "admin-pass-1").status_code == 302
    return client


@pytest.mark.parametrize("person_id", list(CASES))
def test_registration_advice_through_the_api(admin, person_id):
    now, later, never, rule = CASES[person_id]
    response = admin.get(f"/api/v1/people/{person_id}/pathway")
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    apply_now, apply_next = set(body["apply_now"]), set(body["apply_next"])
    assert now <= apply_now, (rule, sorted(apply_now))
    assert later <= apply_next, (rule, sorted(apply_next))
    assert not (apply_now | apply_next) & never, (rule, sorted((apply_now | apply_next) & never))
