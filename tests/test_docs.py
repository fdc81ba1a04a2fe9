"""The documentation ships inside the repository and stays true: the contract copy, README links,
and a first run that says what it is doing."""

from __future__ import annotations

import re
import subprocess

import pytest

from skillmap.settings import PROJECT_ROOT

README = (PROJECT_ROOT / "README.md").read_text()


def shared_contract():
    """The team's shared contract (``shared/contract/README.md`` beside or above the checkout)."""
    return next((path for folder in PROJECT_ROOT.parents
                 if (path := folder / "shared" / "contract" / "README.md").is_file()), None)


def test_the_contract_copy_in_docs_equals_the_shared_contract():
    shared = shared_contract()
    if shared is None:
        pytest.skip("no shared/contract/ beside this checkout")
    assert (PROJECT_ROOT / "docs" / "contract.md").read_bytes() == shared.read_bytes(), \
        f"docs/contract.md differs from {shared}: copy it again"


def test_readme_links_stay_inside_the_repository_and_exist():
    targets = [t for t in re.findall(r"\]\(([^)#\s]+)", README) if "://" not in t]
    assert "docs/contract.md" in targets
    assert [t for t in targets if t.startswith("..") or not (PROJECT_ROOT / t).exists()] == []


def test_readme_documents_port():
    assert "`PORT`" in README and "PORT=8080 ./scripts/run" in README


def test_first_run_script_announces_each_step_with_timings():
    script = (PROJECT_ROOT / "scripts" / "run").read_text()
    subprocess.run(["bash", "-n", str(PROJECT_ROOT / "scripts" / "run")], check=True)
    for said in ("Installing", "Creating or migrating the database",
                 "Loading the demo institution", "Serving skillmap at", "done in"):
        assert said in script
    assert '"${PORT:-5000}"' in script
