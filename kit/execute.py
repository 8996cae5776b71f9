"""Execute a notebook into memory and make its outputs work without a kernel or a CDN.

- plotly's ``application/vnd.plotly.v1+json`` outputs (which nbconvert's HTML export drops)
  become ``text/html`` plotly divs that need only a ``plotly.min.js`` loaded by the page;
- widget views become a static picture of their default state, rendered inside the kernel by
  kit.static_widgets, with a note in Bahasa Indonesia that the notebook has the live version.

The executed notebook keeps its raw outputs too (``Executed.raw``), so tests can count the
figures a notebook produces independently of the conversion.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import plotly.graph_objects as go
import plotly.io as pio
from nbclient import NotebookClient

PLOTLY_MIME = "application/vnd.plotly.v1+json"
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
STATE_MIME = "application/vnd.jupyter.widget-state+json"
PLOTLY_CONFIG = {"responsive": True, "displaylogo": False}
STATIC_SOURCE = Path(__file__).with_name("static_widgets.py")
KIT_MIME = "application/x-wog-static-widgets+json"
CELL_TIMEOUT = 600
WIDGET_NOTE = (
    "Tampilan awal bagian interaktif. Di notebook (JupyterLab atau Binder) bagian ini dapat "
    "dipakai; di berkas ini hanya keadaan awalnya yang ditampilkan."
)
MISSING_WIDGET = (
    "Di notebook, di sini ada kendali interaktif. Jalankan notebook di JupyterLab atau Binder "
    "untuk memakainya."
)


@dataclass
class Executed:
    """A notebook after execution: raw outputs, and a copy converted for static HTML."""

    path: Path
    raw: nbformat.NotebookNode
    converted: nbformat.NotebookNode
    figures: int = 0  # plotly figures in the converted copy (outputs and widget pictures)
    widget_views: int = 0
    notes: list[str] = field(default_factory=list)


def widget_model_ids(nb: nbformat.NotebookNode) -> list[str]:
    """Model ids of every widget view displayed in the notebook's outputs, in order."""
    return [
        output["data"][WIDGET_MIME]["model_id"]
        for cell in nb.cells
        if cell.cell_type == "code"
        for output in cell.get("outputs", [])
        if WIDGET_MIME in output.get("data", {})
    ]


def _static_pictures(client: NotebookClient, nb: nbformat.NotebookNode) -> dict[str, dict]:
    ids = widget_model_ids(nb)
    if not ids:
        return {}
    source = STATIC_SOURCE.read_text(encoding="utf-8") + f"\nkit_static_widgets({ids!r})\n"
    cell = nbformat.v4.new_code_cell(source)
    nb.cells.append(cell)
    try:
        client.execute_cell(cell, len(nb.cells) - 1, store_history=False)
    finally:
        nb.cells.pop()
    for output in cell.outputs:
        if KIT_MIME in output.get("data", {}):
            return json.loads(output["data"][KIT_MIME])
    raise RuntimeError(f"static widget rendering printed nothing: {cell.outputs}")


def execute_notebook(path: Path) -> tuple[nbformat.NotebookNode, dict[str, dict]]:
    """Run every cell in a fresh kernel started in the notebook's folder.

    Returns the executed notebook (raw outputs and widget state) and the static picture of
    every displayed widget. A cell that raises stops the build (nbclient's CellExecutionError).
    """
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=CELL_TIMEOUT,
        kernel_name="python3",
        resources={"metadata": {"path": str(Path(path).parent)}},
        store_widget_state=True,
    )
    with client.setup_kernel():
        for index, cell in enumerate(nb.cells):
            client.execute_cell(cell, index)
        pictures = _static_pictures(client, nb)
        client.set_widgets_metadata()
    return nb, pictures


def plotly_html(figure_json: dict) -> str:
    """A plotly div (no plotly.js inside: the page loads it once)."""
    fig = go.Figure(figure_json, skip_invalid=True)
    return pio.to_html(fig, include_plotlyjs=False, full_html=False, config=PLOTLY_CONFIG)


def _widget_html(picture: dict | None) -> str:
    if picture is None or not picture["html"].strip():
        return f"<p class='wog-static-note'><em>{MISSING_WIDGET}</em></p>"
    return (
        f"<div class='wog-static-widget'>{picture['html']}"
        f"<p class='wog-static-note'><em>{WIDGET_NOTE}</em></p></div>"
    )


def convert_outputs(raw: nbformat.NotebookNode, pictures: dict[str, dict]) -> Executed:
    """A copy of ``raw`` whose outputs render without a kernel and without a CDN."""
    nb = copy.deepcopy(raw)
    nb.metadata.pop("widgets", None)
    figures = views = 0
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if PLOTLY_MIME in data:
                output["data"] = {"text/html": plotly_html(data[PLOTLY_MIME])}
                figures += 1
            elif WIDGET_MIME in data:
                picture = pictures.get(data[WIDGET_MIME]["model_id"])
                output["data"] = {"text/html": _widget_html(picture)}
                figures += picture["figures"] if picture else 0
                views += 1
            elif "application/javascript" in data:
                output["data"] = {k: v for k, v in data.items() if k != "application/javascript"}
    return Executed(Path(), raw, nb, figures, views)


def execute_and_convert(path: Path) -> Executed:
    raw, pictures = execute_notebook(path)
    executed = convert_outputs(raw, pictures)
    executed.path = Path(path)
    return executed


def count_raw_figures(raw: nbformat.NotebookNode) -> int:
    """Plotly figures a notebook produced, counted from raw outputs and widget state only.

    Plotly output bundles, plus the plotly figures reachable from a displayed widget view
    (followed through the stored widget state's ``children``): FigureWidgets, and figures
    shown in Output widgets (helpers.core.explorer.FigureOutput).
    """
    state = raw.metadata.get("widgets", {}).get(STATE_MIME, {}).get("state", {})
    seen: set[str] = set()

    def figures_under(model_id: str) -> int:
        if model_id in seen or model_id not in state:
            return 0
        seen.add(model_id)
        model = state[model_id]
        own = int(_is_plotly_figure(model)) + _output_figures(model)
        children = model.get("state", {}).get("children", [])
        refs = [c.removeprefix("IPY_MODEL_") for c in children if isinstance(c, str)]
        return own + sum(figures_under(ref) for ref in refs)

    total = 0
    for cell in raw.cells:
        for output in cell.get("outputs", []) if cell.cell_type == "code" else []:
            data = output.get("data", {})
            total += PLOTLY_MIME in data
            if WIDGET_MIME in data:
                total += figures_under(data[WIDGET_MIME]["model_id"])
    return total


def _output_figures(model: dict) -> int:
    """Plotly figures among an Output widget's outputs (0 for any other model)."""
    if model.get("model_name") != "OutputModel":
        return 0
    return sum(PLOTLY_MIME in o.get("data", {}) for o in model.get("state", {}).get("outputs", []))


def _is_plotly_figure(model: dict) -> bool:
    """plotly's FigureWidget syncs its figure as ``_widget_data`` and ``_widget_layout``."""
    state = model.get("state", {})
    return "_widget_data" in state and "_widget_layout" in state
