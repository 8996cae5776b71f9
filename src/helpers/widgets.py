"""Widget wiring: controls that redraw a chart in place. The charts come from helpers.charts."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import partial

import ipywidgets as widgets
import pandas as pd
import plotly.graph_objects as go

from helpers import charts, own_data
from helpers.data import DataError
from helpers.display import alt_text_markdown
from helpers.text import DIMENSION_LABELS

# FigureWidgets do not follow the output area's width in JupyterLab (they fall back to a narrow
# default), so they get a fixed width that still fits beside JupyterLab's file browser.
FIGURE_WIDTH = 800


def refresh_figure(target: go.FigureWidget, source: go.Figure) -> None:
    """Copy the traces' data and the layout of ``source`` into ``target`` in one update.

    Only the top-level layout entries that differ are sent: the template, the largest part,
    rarely changes, and re-validating it dominated the redraw time.

    Example:
        >>> target = go.FigureWidget(go.Figure(go.Bar(x=[1], y=["a"])))
        >>> refresh_figure(target, go.Figure(go.Bar(x=[2], y=["b"]), layout={"title": "Baru"}))
        >>> target.data[0].x, target.layout.title.text
        ((2,), 'Baru')
    """
    current = target.layout.to_plotly_json()
    layout = source.layout.to_plotly_json()
    changed = {key: value for key, value in layout.items() if _differs(current.get(key), value)}
    with target.batch_update():
        for old, new in zip(target.data, source.data, strict=True):
            old.update(new.to_plotly_json(), overwrite=True)
        target.layout.update(changed, overwrite=True)


def _differs(old: object, new: object) -> bool:
    try:
        return bool(old != new)
    except ValueError:  # array-valued entries cannot be compared as a whole: send them
        return True


class FigureCache:
    """Build each state's figure once and reuse it on later visits.

    Building a plotly figure costs far more than copying it into a FigureWidget, so a
    facilitator moving a control back and forth gets an instant redraw after the first pass.

    Example:
        >>> cache = FigureCache(lambda n: go.Figure(go.Bar(x=[n])))
        >>> cache(3) is cache(3)
        True
    """

    def __init__(self, build: Callable[..., go.Figure]):
        self._build = build
        self._figures: dict[tuple, go.Figure] = {}

    def __call__(self, *state: Hashable) -> go.Figure:
        if state not in self._figures:
            self._figures[state] = self._build(*state)
        return self._figures[state]


class RegulationExplorer:
    """Toggle regulations between form and sector, count and derived share; redraws in place."""

    def __init__(self, regulations: pd.DataFrame):
        self.regulations = regulations
        self.dimension = widgets.ToggleButtons(
            options=[(label, key) for key, label in DIMENSION_LABELS.items()],
            description="Tampilkan:",
            style={"button_width": "auto"},
        )
        self.measure = widgets.ToggleButtons(
            options=[("Jumlah", "jumlah"), ("Persen dari total (turunan)", "persen")],
            description="Ukuran:",
            style={"button_width": "auto"},
        )
        self._chart = FigureCache(partial(charts.regulations_chart, regulations))
        first = self._chart("bentuk", "jumlah")
        self.figure = go.FigureWidget(first).update_layout(width=FIGURE_WIDTH)
        self.caption = widgets.HTML(_caption_html(first))
        for control in (self.dimension, self.measure):
            control.observe(self._redraw, names="value")
        self.view = widgets.VBox([self.dimension, self.measure, self.figure, self.caption])

    def _redraw(self, _change: dict | None = None) -> None:
        fig = self._chart(self.dimension.value, self.measure.value)
        refresh_figure(self.figure, fig)
        self.caption.value = _caption_html(fig)

    def _repr_mimebundle_(self, **kwargs):
        return self.view._repr_mimebundle_(**kwargs)


def _caption_html(fig: go.Figure) -> str:
    text = alt_text_markdown(fig).replace("*Teks alternatif:*", "<em>Teks alternatif:</em>")
    return f"<p>{text}</p>"


__all__ = ["RegulationExplorer", "refresh_figure"]


class UploadPanel:
    """Upload one's own CSV, validate it in memory, and chart it; errors are shown, not raised."""

    def __init__(self, kind: str):
        self.kind = kind
        self.frame: pd.DataFrame | None = None
        self.upload = widgets.FileUpload(
            accept=".csv,.txt",
            multiple=False,
            description="Pilih berkas CSV",
            layout=widgets.Layout(width="auto"),
        )
        self.status = widgets.HTML("<p>Belum ada berkas yang diunggah.</p>")
        self.chart = widgets.VBox()
        self.upload.observe(self._on_upload, names="value")
        self.view = widgets.VBox([self.upload, self.status, self.chart])

    def _on_upload(self, change: dict) -> None:
        files = change["new"]
        if not files:
            return
        self.chart.children = ()
        try:
            self.frame = own_data.read_upload(files[0], self.kind)
        except DataError as error:
            self.frame = None
            self.status.value = f"<p><strong>Berkas belum bisa dipakai.</strong> {error}</p>"
            return
        self.status.value = (
            f"<p><strong>Berkas sah:</strong> {len(self.frame)} baris. "
            "Datanya tersedia sebagai <code>.frame</code>.</p>"
        )
        fig = _chart_for(self.kind, self.frame)
        chart = go.FigureWidget(fig).update_layout(width=FIGURE_WIDTH)
        self.chart.children = (chart, widgets.HTML(_caption_html(fig)))

    def _repr_mimebundle_(self, **kwargs):
        return self.view._repr_mimebundle_(**kwargs)


def _chart_for(kind: str, frame: pd.DataFrame) -> go.Figure:
    if kind == "regulasi":
        return charts.regulations_chart(frame, "bentuk")
    return charts.integrity_scores_chart(frame)
