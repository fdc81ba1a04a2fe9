"""The domain model stands on its own: one definition of each record, used by every layer."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

import pytest

from skillmap import model
from skillmap.bundle import records
from skillmap.workspace import Workspace
from tests.conftest import FIXTURES


def test_the_bundle_and_directory_names_are_the_model_classes() -> None:
    assert (records.PersonRecord, records.HoldingRecord, records.FacilityRecord,
            records.StaffRecord) == (model.Person, model.Holding, model.Facility,
                                     model.StaffRole)
    from skillmap import directory
    assert directory.Directory is model.Directory and directory.SkillInfo is model.SkillInfo


def test_the_model_imports_nothing_of_the_bundle_the_store_or_the_web_app() -> None:
    code = ("import sys, skillmap.model; print(sorted(m for m in sys.modules "
            "if m.startswith(('skillmap.', 'webapp', 'sqlalchemy', 'flask'))))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True).stdout
    assert loaded.strip() == "['skillmap.model']"


@pytest.mark.parametrize("cls", [model.Person, model.Holding, model.Facility, model.StaffRole,
                                 model.SkillInfo, model.Directory, model.PersonDetail,
                                 model.FacilityDetail])
def test_every_record_is_frozen(cls: type) -> None:
    assert dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen  # type: ignore[attr-defined]


def test_a_workspace_from_a_bundle_holds_model_records(real_taxonomy) -> None:
    ws = Workspace.from_bundle(real_taxonomy, FIXTURES / "hr.zip")
    d = ws.directory
    assert isinstance(d, model.Directory)
    assert {type(x) for x in d.people} == {model.Person}
    assert {type(x) for x in d.holdings} == {model.Holding}
    assert {type(x) for x in d.facilities} <= {model.Facility}
    person = d.people[0]
    assert person.name == f"{person.given_name} {person.family_name}"
    with pytest.raises(dataclasses.FrozenInstanceError):
        person.public = False  # type: ignore[misc]
