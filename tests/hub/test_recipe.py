"""The recipe's pins: what deploy/jupyterhub/requirements-hub.txt tells an institution to install
is what the smoke test runs (pyproject.toml's test extra)."""

from __future__ import annotations

import tomllib

from tests.conftest import ROOT

REQUIREMENTS = ROOT / "deploy" / "jupyterhub" / "requirements-hub.txt"


def test_the_hub_requirements_are_pinned_as_in_the_test_extra():
    lines = REQUIREMENTS.read_text(encoding="utf-8").splitlines()
    hub = {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert hub == {"jupyterhub==6.1.1", "nbgitpuller==1.3.0", "jupyterhub-idle-culler==2.0.0"}
    assert hub <= set(project["optional-dependencies"]["test"])
