"""Fixtures for the facilitator-kit tests: one build of the handouts and slides per session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kit import build, course_notebooks
from kit.execute import Executed

ROOT = Path(__file__).resolve().parents[2]


def has_slide_metadata(path: Path) -> bool:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return all("slide_type" in c.get("metadata", {}).get("slideshow", {}) for c in cells)


@pytest.fixture(scope="session")
def executed() -> list[Executed]:
    """Every course notebook executed once (two kernels at a time) and converted."""
    return build.execute_all(course_notebooks())


@pytest.fixture(scope="session")
def handouts(executed, tmp_path_factory) -> tuple[Path, list[build.Built]]:
    out = tmp_path_factory.mktemp("kit") / "handouts"
    return out, build.build_handouts(executed, out)


@pytest.fixture(scope="session")
def slides(executed, tmp_path_factory) -> tuple[Path, list[build.Built]]:
    """Slides for every course notebook (all have slide metadata: test_kit_guide checks)."""
    out = tmp_path_factory.mktemp("kit") / "slides"
    return out, build.build_slides(executed, out)
