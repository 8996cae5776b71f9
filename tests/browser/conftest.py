"""Fixtures for the end-to-end browser test: a browser on the machine, a JupyterLab server."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, sync_playwright

from tests.browser.jupyterlab_harness import (
    ARTIFACTS,
    CHROMIUM_ARGS,
    CHROMIUM_ENV,
    NO_BROWSER_MESSAGE,
    VIEWPORT,
    LabServer,
    find_chromium,
    make_mirror,
    notebook_source_dir,
    running_lab,
)


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


@pytest.fixture(scope="session")
def browser_context(browser: Browser) -> Iterator[BrowserContext]:
    """One context for all notebooks: JupyterLab's files come from its cache after the first.
    Each notebook still opens in a fresh workspace (``?reset``)."""
    context = browser.new_context(viewport=VIEWPORT)
    try:
        yield context
    finally:
        context.close()


@pytest.fixture(scope="session")
def lab_workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("jupyterlab")


@pytest.fixture(scope="session")
def lab_server(lab_workdir: Path) -> Iterator[LabServer]:
    """JupyterLab serving a throwaway mirror of the repository (notebooks copied)."""
    root = lab_workdir / "root"
    notebooks = make_mirror(root, notebook_source_dir())
    with running_lab(lab_workdir, root, notebooks) as server:
        yield server


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
