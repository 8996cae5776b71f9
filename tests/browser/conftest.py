"""Fixtures for the end-to-end browser test: a browser on the machine, a JupyterLab server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext

from tests.browser.jupyterlab_harness import (
    ARTIFACTS,
    VIEWPORT,
    LabServer,
    make_mirror,
    notebook_source_dir,
    running_lab,
)


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
