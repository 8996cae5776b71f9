"""environment.yml (Binder/conda) carries the runtime only; the test tools are a pip extra.

Both ways: every runtime pin of pyproject.toml is in environment.yml at the same version, and
environment.yml has nothing else (no test tool, no unpinned extra); every test tool is in the
``test`` extra and not in the runtime.
"""

from __future__ import annotations

import re
import tomllib

import yaml

from tests.conftest import ROOT

TEST_TOOLS = {"pytest", "nbval", "ruff", "playwright", "hypothesis", "frictionless"}


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


def environment_pins() -> dict[str, str]:
    return pins([r for r in pip_section(environment()) if not r.startswith("-e")])


def test_environment_pins_exactly_the_runtime():
    runtime = pins(pyproject()["project"]["dependencies"])
    assert environment_pins() == runtime


def test_the_test_tools_are_in_the_test_extra_only():
    project = pyproject()["project"]
    extra = pins(project["optional-dependencies"]["test"])
    runtime = pins(project["dependencies"])
    assert set(extra) >= TEST_TOOLS
    assert not TEST_TOOLS & set(runtime)
    assert not TEST_TOOLS & set(environment_pins())
    assert not set(extra) & set(runtime)


def test_conda_brings_only_python_and_pip():
    env = environment()
    assert env["channels"] == ["conda-forge"]
    conda = [d for d in env["dependencies"] if isinstance(d, str)]
    assert conda == ["python=3.11", "pip"]


def test_environment_installs_the_course_package_without_extras():
    local = [r for r in pip_section(environment()) if r.startswith("-e")]
    assert local == ["-e ."]


def test_python_versions_agree():
    assert pyproject()["project"]["requires-python"] == ">=3.11"
    assert "python=3.11" in environment()["dependencies"]
