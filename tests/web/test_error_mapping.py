"""One error hierarchy, mapped to HTTP in one place (webapp/errors.py)."""

from __future__ import annotations

import pytest

from skillmap.exceptions import (BundleError, Conflict, Forbidden, InvalidInput, NotFound,
                                 SchemaBehind, SkillmapError)
from skillmap.pathways import NotOnLadder, UnknownPerson
from skillmap.store.accounts import AccountError
from skillmap.store.profiles import EditConflict
from skillmap.succession.model import SuccessionError
from webapp.errors import status_of


@pytest.mark.parametrize(("error", "status", "code"), [
    (UnknownPerson("x"), 404, "not_found"), (NotFound("x"), 404, "not_found"),
    (NotOnLadder("x"), 422, "not_on_ladder"), (Forbidden("x"), 403, "forbidden"),
    (EditConflict({}), 409, "conflict"), (Conflict("x"), 409, "conflict"),
    (SuccessionError("x"), 400, "bad_request"), (AccountError("x"), 400, "bad_request"),
    (BundleError("x"), 400, "bad_request"), (InvalidInput("x"), 400, "bad_request"),
    (SkillmapError("x"), 400, "bad_request"), (SchemaBehind("x"), 503, "unavailable")])
def test_each_kind_of_error_has_one_status(error: SkillmapError, status: int, code: str) -> None:
    assert status_of(error) == (status, code)
