"""Fixtures for the accessibility check: the kit tests' one build of the handouts and slides,
a browser page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page


@pytest.fixture(scope="session")
def built_pages(handouts, slides) -> Path:
    """The kit tests' build (tests/conftest.py): handouts/ and slides/ under one folder."""
    folder = handouts[0].parent
    assert slides[0].parent == folder
    return folder


@pytest.fixture(scope="session")
def a11y_page(browser: Browser) -> Iterator[Page]:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        yield page
    finally:
        page.close()
