"""Render a live widget's current (default) state as static HTML, inside the notebook's kernel.

The kit sends this file's source to the kernel after a notebook has run (see kit.execute) and
calls ``kit_static_widgets(model_ids)``. Boxes become flex rows or columns, HTML stays HTML,
plotly figures (the course's ``FigureOutput``, an Output widget holding the figure's JSON, and
plotly's FigureWidget) become plotly divs (plotly.js is loaded once by the page), and controls
become a picture of their default value. Buttons and uploads, which do nothing without a kernel,
are left out. Only the standard library, ipywidgets and plotly are used, so this runs in any
course kernel.
"""

import html as _html
import json as _json

import ipywidgets as _widgets
import plotly.graph_objects as _go
import plotly.io as _pio
from IPython.display import display as _display

KIT_MIME = "application/x-wog-static-widgets+json"
_PLOTLY_CONFIG = {"responsive": True, "displaylogo": False}


def _esc(value):
    return _html.escape(str(value))


def _label(widget):
    text = getattr(widget, "description", "") or ""
    if getattr(getattr(widget, "style", None), "description_width", "") == "0px":
        return ""  # a label for screen readers only: the row shows the same text
    return f"<span class='wog-static-label'>{_esc(text)}</span> " if text else ""


def _figure_html(figure):
    fig = _go.Figure(figure.to_dict())
    return _pio.to_html(fig, include_plotlyjs=False, full_html=False, config=_PLOTLY_CONFIG)


def _options(widget, counter):
    labels = list(getattr(widget, "_options_labels", ()))
    chosen = getattr(widget, "label", None)
    if isinstance(widget, _widgets.Dropdown):
        shown = chosen if chosen is not None else "—"
        return f"{_label(widget)}<span class='wog-static-select'>{_esc(shown)} ▾</span>"
    items = "".join(
        f"<span class='wog-static-option{' wog-static-chosen' if lab == chosen else ''}'>"
        f"{_esc(lab)}</span>"
        for lab in labels
    )
    return f"{_label(widget)}<span class='wog-static-options'>{items}</span>"


def _render(widget, counter):
    if isinstance(widget, _go.FigureWidget):
        counter["figures"] += 1
        return f"<div class='wog-static-figure'>{_figure_html(widget)}</div>"
    if isinstance(widget, _widgets.Box):
        direction = "row" if isinstance(widget, _widgets.HBox) else "column"
        inner = "".join(_render(child, counter) for child in widget.children)
        if isinstance(widget, _widgets.GridBox):
            direction = "row; flex-wrap: wrap"
        return f"<div class='wog-static-box' style='flex-direction: {direction}'>{inner}</div>"
    if isinstance(widget, _widgets.HTML | _widgets.HTMLMath):
        return f"<div class='wog-static-html'>{widget.value}</div>"
    if isinstance(widget, _widgets.Label):
        return f"<div>{_esc(widget.value)}</div>"
    if isinstance(widget, _widgets.Button | _widgets.FileUpload | _widgets.Play):
        return ""
    if isinstance(widget, _widgets.Output):
        return "".join(_output_html(o, counter) for o in widget.outputs)
    if isinstance(widget, _widgets.Checkbox):
        box = "☑" if widget.value else "☐"
        return f"<div class='wog-static-control'>{box} {_esc(widget.description)}</div>"
    if isinstance(widget, _widgets.Text | _widgets.Textarea):
        shown = widget.value or widget.placeholder
        return (
            f"<div class='wog-static-control'>{_label(widget)}"
            f"<span class='wog-static-input'>{_esc(shown)}</span></div>"
        )
    if isinstance(widget, _widgets.SelectionSlider):
        return (
            f"<div class='wog-static-control'>{_label(widget)}"
            f"<span class='wog-static-slider'>◀ <strong>{_esc(widget.label)}</strong> ▶</span>"
            "</div>"
        )
    if hasattr(widget, "_options_labels"):
        return f"<div class='wog-static-control'>{_options(widget, counter)}</div>"
    if isinstance(widget, _widgets.ValueWidget):
        return (
            f"<div class='wog-static-control'>{_label(widget)}"
            f"<span class='wog-static-slider'>◀ <strong>{_esc(widget.value)}</strong> ▶</span>"
            "</div>"
        )
    return ""


def _output_html(output, counter):
    data = output.get("data", {})
    if "application/vnd.plotly.v1+json" in data:
        counter["figures"] += 1
        fig = _go.Figure(data["application/vnd.plotly.v1+json"])
        return _pio.to_html(fig, include_plotlyjs=False, full_html=False, config=_PLOTLY_CONFIG)
    if "text/html" in data:
        return data["text/html"]
    text = output.get("text") or data.get("text/plain", "")
    return f"<pre>{_esc(text)}</pre>" if text else ""


def kit_static_widgets(model_ids):
    """Display {model_id: {"html": ..., "figures": n}} for the given widget views."""
    result = {}
    for model_id in model_ids:
        widget = _widgets.widgets.widget._instances.get(model_id)
        if widget is None:
            continue
        counter = {"figures": 0}
        body = _render(widget, counter)
        result[model_id] = {"html": body, "figures": counter["figures"]}
    _display({KIT_MIME: _json.dumps(result)}, raw=True)
