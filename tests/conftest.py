"""Shared fixtures: project paths, a writer for participants' CSV files, one browser."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

from kit import build, course_notebooks
from kit.execute import Executed
from tests.browser.jupyterlab_harness import (
    CHROMIUM_ARGS,
    CHROMIUM_ENV,
    NO_BROWSER_MESSAGE,
    find_chromium,
)

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


@pytest.fixture
def write_csv(tmp_path: Path) -> Callable[..., Path]:
    """Write text (or bytes) to a CSV file in a temporary folder and return its path."""

    def write(content: str | bytes, name: str = "berkas_peserta.csv") -> Path:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return write


# One Playwright session for the whole run: its sync API cannot be started twice at once.
@pytest.fixture(scope="session")
def chromium_executable() -> str:
    """The browser's path. Fails (never skips) when there is none."""
    path = find_chromium()
    if path is None:
        if os.environ.get(CHROMIUM_ENV):
            pytest.fail(
                f"$CHROMIUM={os.environ[CHROMIUM_ENV]!r} is not an executable. "
                + NO_BROWSER_MESSAGE,
                pytrace=False,
            )
        pytest.fail(NO_BROWSER_MESSAGE, pytrace=False)
    return path


@pytest.fixture(scope="session")
def browser(chromium_executable: str) -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_executable, headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            browser.close()


# One build of the facilitator kit per session, for tests/kit and tests/a11y: executing every
# notebook is the slow part.
@pytest.fixture(scope="session")
def executed() -> list[Executed]:
    """Every course notebook executed once (two kernels at a time) and converted."""
    return build.execute_all(course_notebooks())


@pytest.fixture(scope="session")
def kit_build_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("kit")


@pytest.fixture(scope="session")
def handouts(executed, kit_build_dir) -> tuple[Path, list[build.Built]]:
    out = kit_build_dir / "handouts"
    return out, build.build_handouts(executed, out)


@pytest.fixture(scope="session")
def slides(executed, kit_build_dir) -> tuple[Path, list[build.Built]]:
    """Slides for every course notebook (all have slide metadata: test_kit_guide checks)."""
    out = kit_build_dir / "slides"
    return out, build.build_slides(executed, out)
