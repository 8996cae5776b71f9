"""Fixtures for the accessibility check: the handouts and slides built once, a browser page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from kit import build, course_notebooks


@pytest.fixture(scope="session")
def built_pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every course notebook executed once, as handouts/ and slides/ under one folder."""
    out = tmp_path_factory.mktemp("a11y")
    executed = build.execute_all(course_notebooks())
    build.build_handouts(executed, out / "handouts")
    build.build_slides(executed, out / "slides")
    return out


@pytest.fixture(scope="session")
def a11y_page(browser: Browser) -> Iterator[Page]:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        yield page
    finally:
        page.close()
