"""Fixtures for the exercise tests: a notebook-like kernel whose hasil/ is a temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers.exercises import store
from helpers.exercises.widgets import reset_progress


@pytest.fixture
def trainee_kernel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """No session yet, work files in ``tmp_path`` (never the real hasil/), autosave switched on
    as in a Jupyter kernel. Yields the folder."""
    monkeypatch.setattr(store, "hasil_dir", lambda: tmp_path)
    monkeypatch.setattr(store, "in_notebook_kernel", lambda: True)
    reset_progress()
    store.tutup()
    yield tmp_path
    reset_progress()
    store.tutup()
