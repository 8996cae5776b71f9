"""Helpers for the facilitator-kit tests. The one build of the handouts and slides per session
(``executed``, ``handouts``, ``slides``) is in ``tests/conftest.py``: tests/a11y uses it too."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def has_slide_metadata(path: Path) -> bool:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return all("slide_type" in c.get("metadata", {}).get("slideshow", {}) for c in cells)
