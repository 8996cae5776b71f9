"""Shared fixtures: project paths, a writer for participants' CSV files, one browser."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

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
