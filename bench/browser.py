"""Browser-side measurements: each notebook in JupyterLab, in headless Chromium.

For each notebook, in a fresh workspace and a fresh kernel: the seconds from opening it until
the kernel is ready, the seconds from Run > Run All Cells until every code cell has run and
the kernel is idle, the bytes over the kernel websocket (both directions) and the copies of
plotly.js among them. The floor is a one-cell notebook importing pandas, plotly and
ipywidgets, run the same way in the same server. Then every chart explorer's repaint: a control
is changed in the page and the time until the chart's new drawing is in the page is taken
(the round trip to the kernel included).

The JupyterLab server and the browser come from tests/browser/jupyterlab_harness.py (a private
server on loopback, stopped by its PID; Debian's chromium).
"""

from __future__ import annotations

import re
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.browser.jupyterlab_harness import (  # noqa: E402
    CHROMIUM_ARGS,
    VIEWPORT,
    LabServer,
    find_chromium,
    make_mirror,
    running_lab,
    shutdown_sessions,
)

FLOOR_NAME = "zz_bench_floor.ipynb"
FLOOR_CODE = "import pandas\nimport plotly\nimport ipywidgets"
# Once in every copy of plotly.js (plotly.min.js and plotly's FigureWidget bundle alike).
PLOTLY_JS_SIGNATURE = "Unrecognized US location"
OPEN_TIMEOUT_MS = 120_000
RUN_TIMEOUT_MS = 300_000
REPAINT_TIMEOUT_MS = 20_000
POLL_MS = 100

IDLE_JS = "() => document.querySelector('#jp-main-statusbar')?.innerText.includes('| Idle')"
RUN_DONE_JS = """
(numbered) => {
  const status = document.querySelector('#jp-main-statusbar');
  if (!status || !status.innerText.includes('| Idle')) return false;
  const prompts = [...document.querySelectorAll(
      '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell .jp-InputArea-prompt')]
    .map((p) => p.innerText.trim());
  if (prompts.some((p) => p.includes('*'))) return false;
  return prompts.filter((p) => /^\\[\\d+\\]:$/.test(p)).length >= numbered;
}
"""
# Marks every widget output that holds a chart and a dropdown, toggle buttons or a slider;
# returns their ids.
MARK_EXPLORERS_JS = """
() => {
  const outputs = [...document.querySelectorAll(
    '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output')];
  const found = [];
  outputs.forEach((o, k) => {
    if (!o.querySelector('.js-plotly-plot')) return;
    if (o.parentElement.closest('[data-wog-bench]')) return;
    if (!o.querySelector('.widget-dropdown select, .widget-toggle-button, .noUi-handle')) return;
    o.setAttribute('data-wog-bench', String(k));
    found.push(String(k));
  });
  return found;
}
"""
# Changes one control of the marked output and resolves with the milliseconds until a new
# chart drawing (a new svg.main-svg) is in it.
REPAINT_JS = """
async ([id, timeoutMs]) => {
  const box = document.querySelector(`[data-wog-bench="${id}"]`);
  const old = new Set(box.querySelectorAll('svg.main-svg'));
  const snapshot = () => [...box.querySelectorAll('svg.main-svg path')]
    .map((p) => p.getAttribute('d')).join('|');
  const before = snapshot();
  const select = box.querySelector('.widget-dropdown select');
  const toggle = box.querySelector('.widget-toggle-button:not(.mod-active)');
  const handle = box.querySelector('.noUi-handle');
  const started = performance.now();
  if (select) {
    const other = [...select.options].find((o) => o.value !== select.value);
    select.value = other.value;
    select.dispatchEvent(new Event('change', {bubbles: true}));
  } else if (toggle) {
    toggle.click();
  } else {
    handle.focus();
    handle.dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowRight', bubbles: true}));
  }
  return await new Promise((resolve) => {
    const check = () => {
      const svgs = [...box.querySelectorAll('svg.main-svg')];
      const fresh = svgs.some((s) => !old.has(s)) || snapshot() !== before;
      if (fresh) { resolve(performance.now() - started); return true; }
      if (performance.now() - started > timeoutMs) { resolve(null); return true; }
      return false;
    };
    const watch = new MutationObserver(() => { if (check()) watch.disconnect(); });
    watch.observe(box, {subtree: true, childList: true, attributes: true});
    setTimeout(() => { check(); watch.disconnect(); }, timeoutMs);
  });
}
"""


@dataclass
class BrowserRun:
    """One notebook opened and run in the browser."""

    name: str
    open_seconds: float | None = None  # page opened until the kernel is idle
    run_seconds: float | None = None  # Run All Cells until every cell ran and idle
    ws_bytes: int = 0
    plotly_copies: int = 0
    repaints_ms: dict[str, list[float]] = field(default_factory=dict)
    error: str = ""

    @property
    def seconds(self) -> float | None:
        if self.open_seconds is None or self.run_seconds is None:
            return None
        return self.open_seconds + self.run_seconds


def _numbered_cells(path: Path) -> int:
    nb = nbformat.read(path, as_version=4)
    return sum(1 for c in nb.cells if c.cell_type == "code" and c.source.strip())


def _write_floor(folder: Path) -> Path:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(FLOOR_CODE)])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    path = folder / FLOOR_NAME
    nbformat.write(nb, path)
    return path


class _Traffic:
    """Bytes and plotly.js copies over the page's websockets."""

    def __init__(self) -> None:
        self.bytes = 0
        self.copies = 0

    def frame(self, payload: str | bytes) -> None:
        self.bytes += len(payload)
        text = payload if isinstance(payload, str) else payload.decode("utf-8", "replace")
        self.copies += text.count(PLOTLY_JS_SIGNATURE)

    def attach(self, ws) -> None:
        ws.on("framereceived", self.frame)
        ws.on("framesent", self.frame)


def _run_all(page) -> None:
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).click()
    page.locator(".lm-Menu-item", has_text=re.compile(r"^Run All Cells$")).click()


def _repaints(page, changes: int) -> dict[str, list[float]]:
    result: dict[str, list[float]] = {}
    for ident in page.evaluate(MARK_EXPLORERS_JS):
        box = page.locator(f'[data-wog-bench="{ident}"]')
        box.scroll_into_view_if_needed()
        times = []
        for _ in range(changes):
            page.wait_for_function(IDLE_JS, timeout=RUN_TIMEOUT_MS, polling=POLL_MS)
            elapsed = page.evaluate(REPAINT_JS, [ident, REPAINT_TIMEOUT_MS])
            if elapsed is not None:
                times.append(elapsed)
        result[ident] = times
    return result


def run_notebook(context, server: LabServer, path: Path, changes: int) -> BrowserRun:
    """Open ``path`` (a copy in the server's root), run all cells, measure; never raises."""
    run = BrowserRun(path.name)
    traffic = _Traffic()
    page = context.new_page()
    page.on("websocket", traffic.attach)
    try:
        started = time.perf_counter()
        page.goto(f"{server.url}/lab/tree/notebooks/{path.name}?reset", wait_until="load")
        page.locator(".jp-NotebookPanel .jp-Cell").first.wait_for(timeout=OPEN_TIMEOUT_MS)
        page.wait_for_function(IDLE_JS, timeout=OPEN_TIMEOUT_MS, polling=POLL_MS)
        run.open_seconds = time.perf_counter() - started
        started = time.perf_counter()
        _run_all(page)
        page.wait_for_function(
            RUN_DONE_JS, arg=_numbered_cells(path), timeout=RUN_TIMEOUT_MS, polling=POLL_MS
        )
        run.run_seconds = time.perf_counter() - started
        if changes:
            run.repaints_ms = _repaints(page, changes)
    except Exception as error:  # a bench row says what failed; the run goes on
        run.error = f"{type(error).__name__}: {str(error).splitlines()[0][:120]}"
    finally:
        run.ws_bytes, run.plotly_copies = traffic.bytes, traffic.copies
        shutdown_sessions(server, path.name)
        page.close()
    return run


def measure(notebooks: list[Path], rounds: int, changes: int) -> dict[str, list[BrowserRun]]:
    """Every notebook and the floor, ``rounds`` times, interleaved; repaints in the first."""
    chromium = find_chromium()
    if chromium is None:
        raise RuntimeError("no Chromium found: run scripts/ensure_chromium.sh")
    runs: dict[str, list[BrowserRun]] = {FLOOR_NAME: [], **{p.name: [] for p in notebooks}}
    with tempfile.TemporaryDirectory(prefix="wog-bench-lab-") as tmp:
        work = Path(tmp)
        source = work / "source"
        source.mkdir()
        for path in notebooks:
            (source / path.name).write_bytes(path.read_bytes())
        _write_floor(source)
        copied = make_mirror(work / "root", source)
        with running_lab(work, work / "root", copied) as server, sync_playwright() as pw:
            browser = pw.chromium.launch(
                executable_path=chromium, headless=True, args=CHROMIUM_ARGS
            )
            context = browser.new_context(viewport=VIEWPORT)
            run_notebook(context, server, copied / FLOOR_NAME, 0)  # warms the page cache
            for r in range(rounds):
                for name in runs:
                    result = run_notebook(context, server, copied / name, changes * (r == 0))
                    runs[name].append(result)
                    shown = result.error or f"{result.seconds:.2f} s"
                    print(f"  browser round {r + 1}: {name} {shown}", flush=True)
            browser.close()
    return runs


def summary(results: list[BrowserRun]) -> dict:
    """Medians over the rounds (seconds, bytes), the repaints of the first round."""
    ok = [r for r in results if r.seconds is not None]
    repaints = [ms for r in results for times in r.repaints_ms.values() for ms in times]
    return {
        "seconds": statistics.median(r.seconds for r in ok) if ok else None,
        "run_seconds": statistics.median(r.run_seconds for r in ok) if ok else None,
        "open_seconds": statistics.median(r.open_seconds for r in ok) if ok else None,
        "ws_bytes": statistics.median(r.ws_bytes for r in ok) if ok else None,
        "plotly_copies": max((r.plotly_copies for r in results), default=0),
        "explorers": len(results[0].repaints_ms) if results else 0,
        "repaints_ms": repaints,
        "errors": [r.error for r in results if r.error],
    }
