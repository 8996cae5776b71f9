"""The live deck (jupyterlab-slideshow) as a facilitator uses it, in headless Chromium at 1280x720.

For 04 and 05: JupyterLab starts normal although the previous session was left in slide mode
(``kit.live.reset_deck``, as ``make lab`` runs it); the kit's one button (``kit.live``) runs
every cell and opens the deck on the first slide; Space advances through every slide, each of
which fits the 1280x720 screen; on the RegulationExplorer and span-of-control slides the
control is used and the chart and its caption change; Escape leaves the deck, and a reload
opens the normal JupyterLab again. A screenshot of each step goes to
``test-artifacts/deck-<notebook>-<step>.png``.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Locator, Page

from kit import live
from tests.browser.jupyterlab_harness import (
    LabServer,
    make_mirror,
    notebook_source_dir,
    running_lab,
    shutdown_sessions,
)

PROJECTOR = {"width": 1280, "height": 720}
RUN_TIMEOUT_MS = 240_000
STEP_MS = 400  # the deck moves the active cell and re-lays out the slide
MAX_STEPS = 200
CHANGE_TIMEOUT = 20  # seconds for a widget to redraw its chart and caption
POLL_MS = 200

PRESENTING_JS = "() => document.body.dataset.jpDeckMode === 'presenting'"
# The cells on screen in the deck, and how far they reach beyond the screen.
SLIDE_JS = """() => {
  const nb = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook');
  const cells = [...nb.querySelectorAll(':scope .jp-Cell')];
  const active = nb.querySelector('.jp-Cell.jp-mod-active');
  const shown = cells.filter((c) => c.classList.contains('jp-deck-mod-onscreen'));
  const rects = shown.map((c) => c.getBoundingClientRect());
  return {
    index: cells.indexOf(active),
    shown: shown.map((c) => cells.indexOf(c)),
    top: Math.min(...rects.map((r) => r.top)),
    bottom: Math.max(...rects.map((r) => r.bottom)),
  };
}"""
FINISHED_JS = """() => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  const cells = [...panel.querySelectorAll('.jp-CodeCell')];
  return cells.length > 0 && cells.every((c) => {
    const prompt = c.querySelector('.jp-InputPrompt')?.innerText || '';
    return /\\[\\d+\\]/.test(prompt);
  });
}"""
# Text of a widget cell's chart (titles, annotations, tick labels) and of its captions.
CHART_TEXT_JS = "(cell) => [...cell.querySelectorAll('.js-plotly-plot .main-svg')].map((s) => s.textContent).join('|')"  # noqa: E501
CAPTION_TEXT_JS = (
    "(cell) => [...cell.querySelectorAll('.widget-html')].map((h) => h.innerText).join('|')"  # noqa: E501
)


SECTOR_BUTTON = "button.widget-toggle-button:has-text('Menurut sektor')"
SLIDER = ".widget-slider .noUi-handle"


def _use_regulation_explorer(cell: Locator) -> str:
    """Regulations by sector: the chart's title says so (then the caption changes too)."""
    cell.locator(SECTOR_BUTTON).first.click()
    return "Menurut sektor"


def _use_span_slider(cell: Locator) -> str:
    """From 5 to 6 agencies with the arrow key: the caption counts n(n-1)/2 direct channels
    (the course's formula, Bab III.B), 6 * 5 / 2 = 15."""
    handle = cell.locator(SLIDER).first
    handle.focus()
    handle.press("ArrowRight")
    return "15 saluran"


# notebook -> (the control that marks the widget's slide, how to use it and what it then shows)
WIDGETS = {
    "04_kondisi_pelayanan_publik": (SECTOR_BUTTON, _use_regulation_explorer),
    "05_praktik_dan_tantangan": (SLIDER, _use_span_slider),
}


@pytest.fixture(scope="module")
def deck_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LabServer]:
    """JupyterLab with the kit's deck settings, started after a session left in slide mode."""
    workdir = tmp_path_factory.mktemp("deck")
    root = workdir / "root"
    notebooks = make_mirror(root, notebook_source_dir())
    app_settings = workdir / "app-settings"
    live.write_overrides(app_settings)
    config = workdir / "jupyter" / "config"
    config.mkdir(parents=True)
    (config / "jupyter_server_config.json").write_text(
        json.dumps({"LabApp": {"app_settings_dir": str(app_settings)}})
    )
    user_settings = workdir / "jupyter" / "lab-settings"
    stale = user_settings / live.DECK_SETTINGS
    stale.parent.mkdir(parents=True)
    stale.write_text('{\n    // Decks\n    "active": true\n}\n')
    assert live.reset_deck(user_settings)  # what make lab does before starting
    with running_lab(workdir, root, notebooks) as server:
        yield server


def _open(page: Page, server: LabServer, name: str) -> None:
    page.goto(f"{server.url}/lab/tree/notebooks/{name}?reset", wait_until="domcontentloaded")
    page.locator(".jp-NotebookPanel .jp-Cell").first.wait_for(timeout=120_000)
    page.wait_for_function(
        "() => document.querySelector('#jp-main-statusbar')?.innerText.includes('| Idle')",
        timeout=120_000,
        polling=POLL_MS,
    )


def _shot(page: Page, folder: Path, stem: str, step: int, what: str) -> None:
    page.screenshot(path=str(folder / f"deck-{stem[:2]}-{step:02d}-{what}.png"))


def _focus_active_cell(page: Page) -> None:
    page.evaluate(
        "() => document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) "
        ".jp-Cell.jp-mod-active').focus()"
    )


def _wait_changed(cell: Locator, script: str, before: str) -> str:
    deadline = time.monotonic() + CHANGE_TIMEOUT
    while time.monotonic() < deadline:
        now = cell.evaluate(script)
        if now != before:
            return now
        cell.page.wait_for_timeout(250)
    return before


def _operate(page: Page, cell: Locator, use) -> tuple[str, str, str, str, str]:
    chart, caption = cell.evaluate(CHART_TEXT_JS), cell.evaluate(CAPTION_TEXT_JS)
    expected = use(cell)
    new_chart = _wait_changed(cell, CHART_TEXT_JS, chart)
    new_caption = _wait_changed(cell, CAPTION_TEXT_JS, caption)
    return chart, new_chart, caption, new_caption, expected


@pytest.mark.parametrize("stem", list(WIDGETS))
def test_live_deck(browser: Browser, deck_server: LabServer, artifacts_dir: Path, stem: str):
    marker, use = WIDGETS[stem]
    context = browser.new_context(viewport=PROJECTOR)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        _open(page, deck_server, f"{stem}.ipynb")
        assert not page.evaluate(PRESENTING_JS), "JupyterLab opened in slide mode"
        page.locator(f'[data-jp-item-name="{live.BUTTON_NAME}"] button').first.click()
        page.wait_for_function(PRESENTING_JS, timeout=RUN_TIMEOUT_MS, polling=POLL_MS)
        page.wait_for_function(FINISHED_JS, timeout=RUN_TIMEOUT_MS, polling=POLL_MS)
        page.wait_for_timeout(1000)
        first = page.evaluate(SLIDE_JS)
        assert first["index"] == 0, f"the deck starts at cell {first['index']}"
        too_tall, operated, seen = [], [], [first["index"]]
        step, slide = 0, first
        while step < MAX_STEPS:
            _shot(page, artifacts_dir, stem, step, "salindia")
            if slide["top"] < -1 or slide["bottom"] > PROJECTOR["height"] + 1:
                too_tall.append((slide["index"], round(slide["top"]), round(slide["bottom"])))
            cell = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell.jp-mod-active")
            if not operated and cell.locator(marker).count():
                operated.append(_operate(page, cell, use))
                _shot(page, artifacts_dir, stem, step, "sesudah-digerakkan")
                assert page.evaluate(SLIDE_JS)["index"] == slide["index"], "the deck moved"
            _focus_active_cell(page)
            page.keyboard.press("Space")
            page.wait_for_timeout(STEP_MS)
            step += 1
            slide = page.evaluate(SLIDE_JS)
            if slide["index"] == seen[-1]:
                break
            seen.append(slide["index"])
        assert step < MAX_STEPS
        assert len(seen) > 5 and seen == sorted(seen), seen
        assert not too_tall, f"slides taller than 720 px (cell, top, bottom): {too_tall}"
        assert operated, f"no slide shows the widget marked {marker!r}"
        chart, new_chart, caption, new_caption, expected = operated[0]
        assert new_chart != chart, "the chart did not change on the slide"
        assert new_caption != caption, "the caption did not change on the slide"
        assert expected in new_chart + new_caption, (expected, new_chart, new_caption)
        _focus_active_cell(page)
        page.keyboard.press("Escape")
        page.wait_for_function(f"() => !({PRESENTING_JS})()", timeout=10_000)
        assert page.locator("#jp-menu-panel, .lm-MenuBar").first.is_visible()
        _shot(page, artifacts_dir, stem, step + 1, "keluar")
        page.reload(wait_until="domcontentloaded")
        page.locator(".jp-NotebookPanel .jp-Cell").first.wait_for(timeout=120_000)
        page.wait_for_timeout(2000)
        assert not page.evaluate(PRESENTING_JS), "the next start opened in slide mode"
        assert not [e for e in errors if not re.search(r"ResizeObserver", e)], errors
    finally:
        shutdown_sessions(deck_server, f"{stem}.ipynb")
        context.close()
        # A failed run may leave the deck active: the next test starts as make lab would.
        live.reset_deck(deck_server.root.parent / "jupyter" / "lab-settings")
