"""Fixtures for the class rekap: a folder of work files written with the course's own writer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers.exercises.workfile import workfile_path, write_workfile
from helpers.rekap.fiktif import record_for


def write(
    folder: Path, name: str, answers: dict, tests: dict | None = None, code: str = ""
) -> Path:
    """Write one trainee's file (every stored status "benar") and return its path."""
    work = record_for(name, code, answers, tests or {})
    return write_workfile(workfile_path(name, folder), work.record)


def edit(path: Path, change) -> Path:
    """Apply ``change`` to the JSON of ``path`` and write it back as plain text."""
    record = json.loads(path.read_text(encoding="utf-8"))
    change(record)
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Two good trainees: Ani answers kontinum-3 right, Budi wrong then right."""
    write(tmp_path, "Ani Uji (FIKTIF)", {"kontinum-3": ["Koordinasi"]})
    write(tmp_path, "Budi Uji (FIKTIF)", {"kontinum-3": ["Integrasi", "Koordinasi"]})
    return tmp_path
