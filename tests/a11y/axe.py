"""Run axe-core (installed by scripts/ensure_axe.sh, never from a CDN) on a page with Playwright.

``violations(page, context)`` injects axe.min.js, runs axe's default rules on ``context`` and
returns the critical and serious violations, one per (rule, selector). ``project_violations``
drops those listed in ``UPSTREAM``: markup the project does not write (nbconvert, reveal.js,
JupyterLab, ipywidgets), each matched by rule and selector and given a reason.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Page

ROOT = Path(__file__).resolve().parents[2]
AXE_PREFIX = Path(os.environ.get("AXE_PREFIX", ROOT / ".venv" / "axe"))
AXE_JS = AXE_PREFIX / "node_modules" / "axe-core" / "axe.min.js"
SERIOUS = ("critical", "serious")
# In JupyterLab: only what the notebook shows (outputs, rendered markdown), not the toolbar,
# the editors, the prompts or the side panels.
NOTEBOOK_PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"
NOTEBOOK_CONTEXT = {
    "include": [
        [f"{NOTEBOOK_PANEL} .jp-OutputArea-output"],
        [f"{NOTEBOOK_PANEL} .jp-MarkdownOutput"],
    ]
}


@dataclass(frozen=True)
class Violation:
    rule: str
    impact: str
    selector: str
    html: str

    def __str__(self) -> str:
        return f"{self.impact} {self.rule} at {self.selector}: {self.html[:160]}"


@dataclass(frozen=True)
class Upstream:
    rule: str
    selector: str  # a regular expression searched in the node's selector
    reason: str

    def matches(self, violation: Violation) -> bool:
        return violation.rule == self.rule and re.search(self.selector, violation.selector)


UPSTREAM = (
    Upstream(
        "button-name",
        r"\.widget-play",
        "ipywidgets' Play control (kontinum's 'Putar otomatis') renders icon-only <button>s "
        "with no text or aria-label; its JavaScript cannot be given names from Python. The "
        "slider next to it, which Play moves, is named and works with the keyboard.",
    ),
    Upstream(
        "aria-input-field-name",
        r"\.noUi-handle",
        "ipywidgets' sliders (kontinum's 'Tipe hubungan', praktik's 'Jumlah lembaga (n)') draw "
        "the handle as a <div role=slider> of noUiSlider and do not tie the widget's "
        "description <label> to it; no trait sets its aria-label. Each slider has a visible "
        "description (tests/a11y/test_accessible_names.py) and answers to the arrow keys.",
    ),
)

_RUN = """async (context) => {
  const result = await axe.run(context || document, {resultTypes: ['violations']});
  return result.violations.flatMap(v => v.nodes.map(n => ({
    rule: v.id, impact: n.impact || v.impact || '', selector: n.target.join(' '),
    html: n.html})));
}"""


def axe_script() -> str:
    if not AXE_JS.is_file():
        raise FileNotFoundError(f"{AXE_JS} not found: run scripts/ensure_axe.sh (make test does).")
    return AXE_JS.read_text(encoding="utf-8")


def violations(page: Page, context: object = None) -> list[Violation]:
    """Critical and serious violations on ``page`` (or within the ``context`` selector/spec)."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=axe_script())
    found = page.evaluate(_RUN, context)
    return sorted(
        {Violation(**item) for item in found if item["impact"] in SERIOUS},
        key=lambda v: (v.rule, v.selector),
    )


def project_violations(found: list[Violation]) -> list[Violation]:
    """The violations not explained by an ``UPSTREAM`` entry."""
    return [v for v in found if not any(u.matches(v) for u in UPSTREAM)]
