"""End-to-end check of every course notebook in JupyterLab, in a real (headless) Chromium.

nbval proves that each cell runs in a kernel; this test checks what a trainee *sees*. For each
``notebooks/*.ipynb`` (discovered when the tests are collected) it opens the notebook in a fresh
JupyterLab workspace, runs it through JupyterLab's own menu (Run > Run All Cells), waits for the
kernel to be idle and then asserts that:

* no output shows an error (a traceback, an exception or a warning printed to stderr);
* every plotly chart the notebook shows is rendered, and as many as expected (see
  :func:`expected_outputs` for where the expected number comes from);
* every widget is rendered and none says "Error displaying widget";
* in every widget output that has a control, using the control (the exercise's "Periksa
  jawaban" button, a toggle button, a dropdown, a radio button, a slider or another button)
  changes what the notebook shows: a chart's drawing or some output text;
* axe-core finds no critical or serious violation in the notebook's outputs and rendered
  markdown (feedback shown by the interactions included) beyond ``tests.a11y.axe.UPSTREAM``.
  Every violation found, upstream ones too, is listed in ``test-artifacts/axe/<name>.txt``.

A full-page screenshot of each notebook after the run goes to ``test-artifacts/<name>.png``.
Fixtures (browser, server) are in ``conftest.py``; set ``WOG_BROWSER_NOTEBOOKS`` to test the
notebooks of another folder, and ``CHROMIUM`` to use another browser executable.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient
from playwright.sync_api import BrowserContext, ConsoleMessage, Locator, Page

from tests.a11y.axe import NOTEBOOK_CONTEXT, Violation, project_violations, violations
from tests.a11y.pages import prose_table_cells
from tests.browser.jupyterlab_harness import (
    VIEWPORT,
    LabServer,
    jupyter_env,
    notebook_source_dir,
    shutdown_sessions,
)

NOTEBOOKS = sorted(notebook_source_dir().glob("*.ipynb"))

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
PLOTLY_MIME = "application/vnd.plotly.v1+json"
FIGURE_WIDGET_ID = "plotly.graph_objs._figurewidget.FigureWidget"
COUNTS_MARKER = "WOG_PLOTLY_DISPLAYS="

CELL_TIMEOUT = 300  # seconds, for the headless run (as nbval's --nbval-cell-timeout)
RUN_TIMEOUT_MS = 240_000  # the whole notebook in the browser
RENDER_TIMEOUT = 45  # seconds for charts and widgets to appear once the kernel is idle
INTERACTION_TIMEOUT = 20  # seconds for a widget interaction to change what is shown
MAX_SCREENSHOT_HEIGHT = 32_000
# Poll the page every 200 ms, not every animation frame: the browser shares 2 cores with the
# kernels while they run.
POLL_MS = 200

# Run first in the headless kernel: counts the plotly figures that the notebook asks to show
# as static charts (plotly's display methods and helpers' show_chart), whatever renderer is
# configured, per executed cell (1 = the notebook's first non-empty code cell; nbclient skips
# empty ones). Nested calls (``_ipython_display_`` -> ``pio.show``) count once. FigureWidgets
# are not counted here: they are widgets, counted from the widget state (see
# ``figure_widget_views``).
INSTRUMENT = """
def _wog_instrument():
    import collections
    import functools

    import plotly.basedatatypes as basedatatypes
    import plotly.io as pio
    import plotly.io._renderers as renderers
    from IPython import get_ipython

    counts = collections.Counter()
    depth = [0]
    executed = [0]

    def next_cell(_info):
        executed[0] += 1

    get_ipython().events.register("pre_run_cell", next_cell)

    def counted(function):
        @functools.wraps(function)
        def wrapper(*args, **kwargs):
            if depth[0] == 0:
                counts[executed[0]] += 1
            depth[0] += 1
            try:
                return function(*args, **kwargs)
            finally:
                depth[0] -= 1

        return wrapper

    figure = basedatatypes.BaseFigure
    figure._ipython_display_ = counted(figure._ipython_display_)
    figure._repr_mimebundle_ = counted(figure._repr_mimebundle_)
    renderers.show = pio.show = counted(renderers.show)
    # show_chart displays the figure's JSON itself, without the figure's display methods.
    import helpers.core.figures as figures

    figures.show_chart = counted(figures.show_chart)
    return counts


_wog_plotly_displays = _wog_instrument()
del _wog_instrument
"""
REPORT = f"import json\nprint({COUNTS_MARKER!r} + json.dumps(_wog_plotly_displays))"

STDERR_SELECTOR = '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'
ERROR_PATTERN = r"Traceback|\w+(Error|Exception|Warning)\b"

# Reads what the notebook shows, cell by cell. Marks top-level widget outputs with
# data-wog-widget="<cell>-<k>" so that Python can address them.
READ_NOTEBOOK_JS = """
([stderrSelector, errorPattern]) => {
  const errorRe = new RegExp(errorPattern);
  const visible = (e) => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const cells = [...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell')];
  return cells.map((cell, index) => {
    const prompt = (cell.querySelector('.jp-InputArea-prompt')?.innerText ?? '').trim();
    const plots = [...cell.querySelectorAll('.js-plotly-plot')];
    const rendered = plots.filter((p) => {
      const svg = p.querySelector('svg.main-svg');
      if (!svg) return false;
      const r = svg.getBoundingClientRect();
      return r.width > 50 && r.height > 50;
    });
    const outputs = [...cell.querySelectorAll('.jp-OutputArea-output')]
      .filter((o) => !o.parentElement.closest('.jp-OutputArea-output'));
    const widgets = outputs.filter((o) => o.classList.contains('jupyter-widgets')
      || o.querySelector(':scope > .jupyter-widgets'));
    const widgetInfo = widgets.map((o, k) => {
      o.setAttribute('data-wog-widget', `${index}-${k}`);
      const view = o.querySelector(':scope > .jupyter-widgets');
      const text = o.textContent;
      return {
        id: `${index}-${k}`,
        rendered: !!view && visible(view) && !text.includes('Error displaying widget'),
        text: text.slice(0, 200),
      };
    });
    const errors = [...cell.querySelectorAll(stderrSelector)]
      .map((o) => o.innerText)
      .filter((t) => errorRe.test(t))
      .map((t) => t.slice(0, 1500));
    return {
      index,
      prompt,
      plots: plots.length,
      renderedPlots: rendered.length,
      widgets: widgetInfo,
      errors,
      widgetErrors: cell.textContent.includes('Error displaying widget'),
    };
  });
}
"""

RUN_FINISHED_JS = """
([expectedNumbered, stderrSelector, errorPattern]) => {
  const status = document.querySelector('#jp-main-statusbar');
  if (!status || !status.innerText.includes('| Idle')) return false;
  const cells = [...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell')];
  const prompts = cells.map(
    (c) => (c.querySelector('.jp-InputArea-prompt')?.innerText ?? '').trim());
  if (prompts.some((p) => p.includes('*'))) return false;
  const numbered = prompts.filter((p) => /^\\[\\d+\\]:$/.test(p)).length;
  const errorRe = new RegExp(errorPattern);
  const failed = [...document.querySelectorAll(stderrSelector)]
    .some((o) => errorRe.test(o.innerText));
  return numbered >= expectedNumbered || failed;
}
"""

# What the notebook shows, without the controls themselves: output text and chart drawings.
SNAPSHOT_JS = """
() => {
  const parts = [];
  const areas = document.querySelectorAll(
    '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell-outputArea');
  areas.forEach((area) => {
    const clone = area.cloneNode(true);
    clone.querySelectorAll('button, select, input, textarea, .widget-toggle-buttons, '
      + '.widget-dropdown, .widget-slider, .widget-radio, .widget-checkbox, .widget-text, '
      + '.modebar-container, .hoverlayer').forEach((e) => e.remove());
    parts.push(clone.textContent);
    clone.querySelectorAll('svg.main-svg path')
      .forEach((p) => parts.push(p.getAttribute('d') ?? ''));
  });
  return parts.join('\\n');
}
"""


# --- expected outputs, from a headless run ------------------------------------------------


@dataclass
class Expected:
    """What the notebook shows once all cells ran, according to a headless run."""

    numbered_cells: int  # non-empty code cells: each gets an execution count
    cells: int
    static_charts: dict[int, int] = field(default_factory=dict)  # cell index -> plotly displays
    figure_widgets: dict[int, int] = field(default_factory=dict)  # cell index -> FigureWidgets
    widget_outputs: dict[int, int] = field(default_factory=dict)  # cell index -> widget outputs
    headless_errors: list[str] = field(default_factory=list)

    @property
    def charts(self) -> int:
        return sum(self.static_charts.values()) + sum(self.figure_widgets.values())

    def charts_in(self, index: int) -> int:
        return self.static_charts.get(index, 0) + self.figure_widgets.get(index, 0)


def _widget_refs(value: object) -> Iterator[str]:
    if isinstance(value, str) and value.startswith("IPY_MODEL_"):
        yield value.removeprefix("IPY_MODEL_")
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _widget_refs(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _widget_refs(item)


def figure_widget_views(model_id: str, state: dict, path: frozenset[str] = frozenset()) -> int:
    """Chart views shown by displaying widget ``model_id``: itself if a FigureWidget, its
    children (any ``IPY_MODEL_`` reference but layout and style), and the plotly figures and
    widgets shown in Output widgets (helpers' ``FigureOutput`` is one).
    """
    model = state.get(model_id)
    if model is None or model_id in path:
        return 0
    attrs = model.get("state", {})
    if attrs.get("_anywidget_id") == FIGURE_WIDGET_ID:
        return 1
    path = path | {model_id}
    refs = [ref for key, value in attrs.items() if key not in {"layout", "style"}
            for ref in _widget_refs(value)]  # fmt: skip
    total = sum(figure_widget_views(ref, state, path) for ref in refs)
    for output in attrs.get("outputs", []) if model.get("model_name") == "OutputModel" else []:
        view = output.get("data", {}).get(WIDGET_VIEW)
        if view:
            total += figure_widget_views(view["model_id"], state, path)
        total += PLOTLY_MIME in output.get("data", {})  # a chart drawn in an Output widget
    return total


def expected_outputs(notebook: Path, env: dict[str, str]) -> Expected:
    """Run ``notebook`` headless with nbclient and count what it shows.

    The expected number of charts is taken from the kernel side, so that it does not depend
    on anything the browser does, nor on plotly's renderer:

    * static plotly charts: a first, added cell wraps ``BaseFigure._ipython_display_``,
      ``BaseFigure._repr_mimebundle_``, ``plotly.io.show`` and ``show_chart`` and counts, per
      execution count, every figure the notebook asks to show (``fig`` as a cell's last expression,
      ``display(fig)``, ``fig.show()``, ``helpers.show_chart``). A renderer that emits
      nothing (or one that needs the internet) therefore still counts, and the browser test
      fails when the chart is missing;
    * FigureWidgets: for every widget-view output, the FigureWidgets reachable in the widget
      state that nbclient records (children of boxes, widgets shown in Output widgets);
    * widget outputs: the widget-view outputs of each cell.

    Outputs made later by callbacks (a button click) are not counted: nbclient clicks nothing.
    """
    nb = nbformat.read(notebook, as_version=4)
    cells = len(nb.cells)
    numbered = sum(1 for c in nb.cells if c.cell_type == "code" and c.source.strip())
    run = nbformat.from_dict(nb)
    run.cells = [
        nbformat.v4.new_code_cell(INSTRUMENT),
        *nb.cells,
        nbformat.v4.new_code_cell(REPORT),
    ]
    client = NotebookClient(
        run,
        timeout=CELL_TIMEOUT,
        allow_errors=True,
        kernel_name=nb.metadata.get("kernelspec", {}).get("name", "python3"),
        resources={"metadata": {"path": str(notebook.parent)}},
    )
    client.execute(env=env)

    expected = Expected(numbered_cells=numbered, cells=cells)
    counts: dict[str, int] | None = None
    for output in run.cells[-1].get("outputs", []):
        text = output.get("text", "")
        if output.get("output_type") == "stream" and COUNTS_MARKER in text:
            counts = json.loads(text.split(COUNTS_MARKER, 1)[1].strip())
    if counts is None:
        raise AssertionError(
            f"{notebook.name}: the headless run reported no chart counts: "
            f"{run.cells[-1].get('outputs')}"
        )
    state = run.metadata.get("widgets", {}).get(WIDGET_STATE, {}).get("state", {})
    executed = 0
    for index, cell in enumerate(run.cells[1:-1]):
        if cell.cell_type != "code" or not cell.source.strip():
            continue
        executed += 1
        if counts.get(str(executed)):
            expected.static_charts[index] = counts[str(executed)]
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                expected.headless_errors.append(f"cell {index}: {output.get('ename')}")
            view = output.get("data", {}).get(WIDGET_VIEW)
            if view:
                expected.widget_outputs[index] = expected.widget_outputs.get(index, 0) + 1
                views = figure_widget_views(view["model_id"], state)
                if views:
                    expected.figure_widgets[index] = expected.figure_widgets.get(index, 0) + views
    return expected


@pytest.fixture(scope="session")
def expected_runs(lab_server: LabServer, lab_workdir: Path) -> Iterator[dict[str, Future]]:
    """Headless runs of all notebooks, started at once in one background thread, so that
    they overlap with the browser checks of the notebooks before them."""
    env = jupyter_env(lab_workdir / "jupyter-headless")
    with ThreadPoolExecutor(max_workers=1) as pool:
        futures = {
            path.name: pool.submit(expected_outputs, lab_server.notebook_dir / path.name, env)
            for path in NOTEBOOKS
        }
        yield futures
        for future in futures.values():
            future.cancel()


# --- the browser side ----------------------------------------------------------------------


def _read(page: Page) -> list[dict]:
    return page.evaluate(READ_NOTEBOOK_JS, [STDERR_SELECTOR, ERROR_PATTERN])


def _snapshot(page: Page) -> str:
    return page.evaluate(SNAPSHOT_JS)


def _wait_idle(page: Page, timeout_ms: int = 60_000) -> None:
    page.wait_for_function(
        "() => document.querySelector('#jp-main-statusbar')?.innerText.includes('| Idle')",
        timeout=timeout_ms,
        polling=POLL_MS,
    )


def _open_notebook(page: Page, server: LabServer, name: str) -> None:
    page.goto(f"{server.url}/lab/tree/notebooks/{name}?reset", wait_until="domcontentloaded")
    page.locator(".jp-NotebookPanel .jp-Cell").first.wait_for(timeout=120_000)
    _wait_idle(page, timeout_ms=120_000)  # the kernel has started
    # Collapse the left sidebar (file browser) so that the notebook gets the whole width.
    current = page.locator(".jp-SideBar.jp-mod-left .lm-TabBar-tab.lm-mod-current")
    if current.count():
        current.first.click()


def _run_all(page: Page, expected: Expected) -> None:
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).click()
    page.locator(".lm-Menu-item", has_text=re.compile(r"^Run All Cells$")).click()
    page.wait_for_function(
        RUN_FINISHED_JS,
        arg=[expected.numbered_cells, STDERR_SELECTOR, ERROR_PATTERN],
        timeout=RUN_TIMEOUT_MS,
        polling=POLL_MS,
    )


def _wait_rendered(page: Page, expected: Expected) -> list[dict]:
    """Poll until the expected charts and widgets are drawn, or until the time is up."""
    deadline = time.monotonic() + RENDER_TIMEOUT
    while True:
        cells = _read(page)
        rendered = sum(c["renderedPlots"] for c in cells)
        widgets_ok = all(w["rendered"] for c in cells for w in c["widgets"])
        if (rendered >= expected.charts and widgets_ok) or time.monotonic() > deadline:
            return cells
        page.wait_for_timeout(500)


def _screenshot(page: Page, path: Path) -> None:
    """A screenshot of the whole notebook: the viewport is made as tall as the notebook and
    the notebook scrolled to its top."""
    grow = """() => {
      const outer = document.querySelector(
        '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-outer');
      if (!outer) return 0;
      outer.scrollTop = 0;
      return outer.scrollHeight - outer.clientHeight;
    }"""
    height = VIEWPORT["height"]
    for _ in range(3):  # re-measure: widths stay, but re-layout can change heights a little
        extra = page.evaluate(grow)
        if extra <= 0 or height >= MAX_SCREENSHOT_HEIGHT:
            break
        height = min(height + extra, MAX_SCREENSHOT_HEIGHT)
        page.set_viewport_size({"width": VIEWPORT["width"], "height": height})
        page.wait_for_timeout(700)  # JupyterLab and plotly re-lay out to the new size
    page.evaluate(grow)
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size(VIEWPORT)
    page.wait_for_timeout(500)


def _interact(output: Locator) -> str | None:
    """Use one control of a widget output; returns what was done, or None if it has none."""
    check = output.locator("button.widget-button", has_text=re.compile("Periksa", re.I))
    if check.count():
        check.first.click()
        return f"clicked {check.first.inner_text().strip()!r}"
    toggle = output.locator(".widget-toggle-buttons button.widget-toggle-button:not(.mod-active)")
    if toggle.count():
        label = toggle.first.inner_text().strip()
        toggle.first.click()
        return f"clicked toggle button {label!r}"
    select = output.locator(".widget-dropdown select")
    if select.count():
        values = select.first.evaluate(
            "(s) => [...s.options].map((o) => o.value).filter((v) => v !== s.value)"
        )
        if values:
            select.first.select_option(values[0])
            return f"chose dropdown option {values[0]!r}"
    radio = output.locator(".widget-radio-box input[type=radio]:not(:checked)")
    if radio.count():
        radio.first.check()
        return "chose a radio button"
    slider = output.locator(".widget-slider .noUi-handle")
    if slider.count():
        slider.first.focus()
        slider.first.press("ArrowRight")
        return "moved a slider"
    button = output.locator("button.widget-button")
    if button.count():
        label = button.first.inner_text().strip()
        button.first.click()
        return f"clicked button {label!r}"
    return None


def _check_interactions(page: Page, cells: list[dict]) -> list[str]:
    """Use each widget output's control; return the problems found (no change shown)."""
    problems = []
    for widget in (w for c in cells for w in c["widgets"]):
        output = page.locator(f'[data-wog-widget="{widget["id"]}"]')
        output.scroll_into_view_if_needed()
        _wait_idle(page)
        before = _snapshot(page)
        action = _interact(output)
        if action is None:
            continue
        deadline = time.monotonic() + INTERACTION_TIMEOUT
        while _snapshot(page) == before and time.monotonic() < deadline:
            page.wait_for_timeout(250)
        if _snapshot(page) == before:
            cell = widget["id"].split("-")[0]
            problems.append(
                f"widget in cell {cell}: {action}, "
                f"but nothing shown changed within {INTERACTION_TIMEOUT} s"
            )
        _wait_idle(page)
    return problems


def _describe(cells: list[dict], expected: Expected) -> str:
    lines = []
    for cell in cells:
        want = expected.charts_in(cell["index"])
        if want or cell["plots"] or cell["widgets"]:
            lines.append(
                f"  cell {cell['index']} {cell['prompt']}: charts expected {want}, "
                f"rendered {cell['renderedPlots']} (plot elements {cell['plots']}); "
                f"widget outputs expected {expected.widget_outputs.get(cell['index'], 0)}, "
                f"rendered {sum(w['rendered'] for w in cell['widgets'])}/{len(cell['widgets'])}"
            )
    return "\n".join(lines)


def _axe_report(artifacts: Path, name: str, found: list[Violation]) -> Path:
    """Every critical and serious violation found (upstream ones marked), for the record."""
    folder = artifacts / "axe"
    folder.mkdir(exist_ok=True)
    ours = set(project_violations(found))
    lines = [f"{'PROJECT ' if v in ours else 'upstream'} {v}" for v in found]
    path = folder / f"{Path(name).stem}.txt"
    path.write_text(f"{len(found)} found, {len(ours)} from the project\n" + "\n".join(lines))
    return path


# --- the test -----------------------------------------------------------------------------


def _notebook_params() -> list:
    if NOTEBOOKS:
        return [pytest.param(path.name, id=path.stem) for path in NOTEBOOKS]
    return [pytest.param(None, id="no-notebooks")]


@pytest.mark.parametrize("name", _notebook_params())
def test_notebook_renders_in_jupyterlab(
    name: str | None,
    browser_context: BrowserContext,
    lab_server: LabServer,
    expected_runs: dict[str, Future],
    artifacts_dir: Path,
) -> None:
    if name is None:
        pytest.fail(f"no notebooks found in {notebook_source_dir()}", pytrace=False)
    page = browser_context.new_page()
    console: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            console.append(message.text[:300])

    page.on("console", on_console)
    page.on("pageerror", lambda error: console.append(f"page error: {error}"[:300]))
    screenshot = artifacts_dir / f"{Path(name).stem}.png"
    shot_taken = False
    try:
        _open_notebook(page, lab_server, name)
        expected = expected_runs[name].result()
        _run_all(page, expected)
        cells = _wait_rendered(page, expected)
        _screenshot(page, screenshot)
        shot_taken = True
        where = f"{name} (screenshot {os.path.relpath(screenshot)})"
        diagnostics = _describe(cells, expected)
        console_text = "\n".join(f"  {line}" for line in console[:15]) or "  (none)"

        assert len(cells) == expected.cells, (
            f"{where}: {len(cells)} cells in the DOM, the notebook has {expected.cells}; "
            "is the notebook windowing mode still 'none'?"
        )
        errors = [f"cell {c['index']}: {e}" for c in cells for e in c["errors"]]
        assert not errors, f"{where}: error output shown:\n" + "\n\n".join(errors)
        assert not expected.headless_errors, (
            f"{where}: the headless run raised: {expected.headless_errors}"
        )
        broken = [c["index"] for c in cells if c["widgetErrors"]]
        assert not broken, f"{where}: 'Error displaying widget' in cells {broken}"

        rendered = sum(c["renderedPlots"] for c in cells)
        assert rendered == expected.charts, (
            f"{where}: {rendered} plotly charts rendered, {expected.charts} expected.\n"
            f"{diagnostics}\nbrowser console errors:\n{console_text}"
        )
        widget_problems = []
        for cell in cells:
            want = expected.widget_outputs.get(cell["index"], 0)
            if len(cell["widgets"]) != want:
                widget_problems.append(
                    f"cell {cell['index']}: {len(cell['widgets'])} widget outputs, {want} expected"
                )
            widget_problems += [
                f"cell {cell['index']}: widget not rendered: {w['text']!r}"
                for w in cell["widgets"]
                if not w["rendered"]
            ]
        assert not widget_problems, (
            f"{where}: widgets missing or broken:\n  "
            + "\n  ".join(widget_problems)
            + f"\nbrowser console errors:\n{console_text}"
        )

        _, misaligned = prose_table_cells(page)
        assert not misaligned, f"{where}: prose-table cells not left and top: {misaligned[:5]}"

        problems = _check_interactions(page, cells)
        assert not problems, f"{where}: widget interactions:\n  " + "\n  ".join(problems)
        after = _read(page)
        errors = [f"cell {c['index']}: {e}" for c in after for e in c["errors"]]
        assert not errors, f"{where}: error output after using the widgets:\n" + "\n".join(errors)
        broken = [c["index"] for c in after if c["widgetErrors"]]
        assert not broken, f"{where}: 'Error displaying widget' after interactions: {broken}"

        found = violations(page, NOTEBOOK_CONTEXT)
        record = os.path.relpath(_axe_report(artifacts_dir, name, found))
        ours = project_violations(found)
        assert not ours, (
            f"{where}: axe-core, critical or serious, from the project's markup "
            f"(all in {record}):\n  " + "\n  ".join(map(str, ours))
        )
    finally:
        if not shot_taken:  # best-effort evidence of a failure before the screenshot
            with contextlib.suppress(Exception):
                page.screenshot(path=str(screenshot), full_page=True)
        try:
            shutdown_sessions(lab_server, name)
        finally:
            page.close()


def test_expected_counts_do_not_depend_on_the_renderer(tmp_path: Path) -> None:
    """The headless count expects every chart a notebook asks to show, even when plotly's
    renderer emits nothing, so that the browser test fails when such a chart is missing."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    nb.cells = [
        nbformat.v4.new_markdown_cell("# counts"),
        nbformat.v4.new_code_cell(
            "import ipywidgets as w\nimport plotly.graph_objects as go\n"
            "from IPython.display import display\nfig = go.Figure(go.Bar(y=[1, 2]))"
        ),
        nbformat.v4.new_code_cell("fig"),
        nbformat.v4.new_code_cell("display(fig)\nfig.show()"),
        nbformat.v4.new_code_cell(""),
        nbformat.v4.new_code_cell("w.VBox([w.Label('x'), go.FigureWidget(fig)])"),
        nbformat.v4.new_code_cell(
            "import json\nout = w.Output()\nspec = json.loads(fig.to_json())\n"
            "out.outputs = ({'output_type': 'display_data', 'metadata': {},\n"
            "                'data': {'application/vnd.plotly.v1+json': spec}},)\n"
            "w.VBox([w.Label('y'), out])"
        ),
        nbformat.v4.new_code_cell(
            "import plotly.io as pio\npio.renderers.render_on_display = False\nfig"
        ),
    ]
    path = tmp_path / "counts.ipynb"
    nbformat.write(nb, path)
    expected = expected_outputs(path, jupyter_env(tmp_path / "jupyter"))
    assert expected.static_charts == {2: 1, 3: 2, 7: 1}
    assert expected.figure_widgets == {5: 1, 6: 1}
    assert expected.widget_outputs == {5: 1, 6: 1}
    assert (expected.charts, expected.numbered_cells, expected.cells) == (6, 6, 8)
    assert not expected.headless_errors
