"""environment.yml (Binder/conda) and pyproject.toml (pip) pin exactly the same packages."""

from __future__ import annotations

import re
import tomllib

import yaml

from tests.conftest import ROOT


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def environment() -> dict:
    return yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))


def pip_section(env: dict) -> list[str]:
    return next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))


def pins(requirements: list[str]) -> dict[str, str]:
    result = {}
    for requirement in requirements:
        match = re.fullmatch(r"([A-Za-z0-9_.\-]+)==([\w.]+)", requirement.strip())
        assert match, f"not an exact pin: {requirement!r}"
        result[match[1].lower()] = match[2]
    return result


def test_same_exact_pins_in_both_files():
    project = pyproject()["project"]
    from_pyproject = pins(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        from_pyproject |= pins(extra)
    local = [r for r in pip_section(environment()) if r.startswith("-e")]
    from_environment = pins([r for r in pip_section(environment()) if r not in local])
    assert from_environment == from_pyproject


def test_conda_brings_only_python_and_pip():
    env = environment()
    assert env["channels"] == ["conda-forge"]
    conda = [d for d in env["dependencies"] if isinstance(d, str)]
    assert conda == ["python=3.11", "pip"]


def test_environment_installs_the_course_package():
    assert "-e ." in pip_section(environment())


def test_python_versions_agree():
    assert pyproject()["project"]["requires-python"] == ">=3.11"
    assert "python=3.11" in environment()["dependencies"]
