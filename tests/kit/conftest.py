"""Fixtures for the facilitator-kit tests: one build of the handouts and slides per session."""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kit import build, course_notebooks  # noqa: E402
from kit.execute import Executed  # noqa: E402

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
]


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
    """Slides for one notebook that already has slide metadata (the fastest check)."""
    with_metadata = [e for e in executed if has_slide_metadata(e.path)]
    assert with_metadata, "no notebook has slide metadata: run python -m kit.slide_metadata"
    out = tmp_path_factory.mktemp("kit") / "slides"
    return out, build.build_slides(with_metadata[-1:], out)


@pytest.fixture(scope="session")
def browser() -> Iterator:
    """Chromium driven by Playwright. Fails (never skips) when there is no browser."""
    from playwright.sync_api import sync_playwright

    path = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not (path and os.access(path, os.X_OK)):
        pytest.fail(
            "No Chromium found for the handout check: install Debian's chromium package "
            "(apt-get install -y chromium) or set CHROMIUM=/path/to/chrome.",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=path, headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            browser.close()
