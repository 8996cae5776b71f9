"""Widgets that show a view, and the chart explorer every interactive chart is built on.

A :class:`ChartExplorer` connects controls to a figure builder: each state's figure is built
once (:class:`FigureCache`), drawn in a :class:`FigureOutput`, and the caption under it is
updated. A chapter's explorer only says which controls it has, how their values map to a
figure, and (if it differs from the text alternative) its caption.

A :class:`FigureOutput` is an ``ipywidgets.Output`` whose one output is the figure's plotly
JSON, drawn by the plotly renderer JupyterLab already has (the one that draws static charts,
its plotly.js loaded once over HTTP and cached by the browser). plotly's own ``FigureWidget``
would send its front-end code, a full copy of plotly.js (about 5 MB), over the kernel's
websocket once per notebook; a redraw here sends only the figure's JSON.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence

import ipywidgets as widgets
import plotly.graph_objects as go

from helpers.core import safe_html
from helpers.core.figures import (
    FIGURE_WIDTH,
    PLOTLY_MIME,  # noqa: F401 (the examples below read it)
    alt_text,
    plotly_bundle,
)


class WidgetView:
    """Something shown as the ipywidget in ``self.view`` when it is the value of a cell.

    Example:
        >>> class Box(WidgetView):
        ...     def __init__(self):
        ...         self.view = widgets.HTML("hai")
        >>> "application/vnd.jupyter.widget-view+json" in Box()._repr_mimebundle_()
        True
    """

    view: widgets.Widget

    def _repr_mimebundle_(self, **kwargs):
        return self.view._repr_mimebundle_(**kwargs)


def figure_output(fig: go.Figure, width: int = FIGURE_WIDTH) -> dict:
    """The display-data output that draws ``fig`` (``width`` pixels wide) in JupyterLab.

    Example:
        >>> out = figure_output(go.Figure(go.Bar(x=[1])))
        >>> out["data"][PLOTLY_MIME]["layout"]["width"], out["data"][PLOTLY_MIME]["data"]
        (800, [{'x': [1], 'type': 'bar'}])
    """
    return {"output_type": "display_data", "data": plotly_bundle(fig, width), "metadata": {}}


def refresh_figure(target: go.Figure, source: go.Figure) -> None:
    """Copy the traces' data and the layout of ``source`` into ``target`` in one update.

    Only the top-level layout entries that differ are copied: the template, the largest part,
    rarely changes, and re-validating it dominated the update time.

    Example:
        >>> target = go.Figure(go.Bar(x=[1], y=["a"]))
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


class FigureOutput(widgets.Output):
    """An Output widget that draws one plotly figure, redrawn by :meth:`show`.

    ``figure`` is the plotly figure on the Python side; ``data`` and ``layout`` read as its
    own. Nothing but the figure's JSON crosses the websocket.

    Example:
        >>> out = FigureOutput(go.Figure(go.Bar(x=[1])))
        >>> out.show(go.Figure(go.Bar(x=[2])))
        >>> out.data[0].x, out.outputs[0]["data"][PLOTLY_MIME]["data"][0]["x"]
        ((2,), [2])
    """

    def __init__(self, fig: go.Figure, width: int = FIGURE_WIDTH, **kwargs):
        super().__init__(**kwargs)
        self.width = width
        self.show(fig)

    def show(self, fig: go.Figure, output: dict | None = None) -> None:
        """Draw ``fig`` (``output``: its :func:`figure_output`, if already encoded)."""
        self.figure = fig
        self.outputs = (output or figure_output(fig, self.width),)

    @property
    def data(self) -> tuple:
        return self.figure.data

    @property
    def layout(self) -> go.Layout:  # type: ignore[override]
        return self.figure.layout


class FigureCache:
    """Build each state's figure (and its encoded output) once and reuse it on later visits.

    Building a plotly figure costs far more than showing it, so a facilitator moving a control
    back and forth gets an instant redraw after the first pass.

    Example:
        >>> cache = FigureCache(lambda n: go.Figure(go.Bar(x=[n])))
        >>> cache(3) is cache(3), cache.output(3)["data"][PLOTLY_MIME]["data"][0]["x"]
        (True, [3])
    """

    def __init__(self, build: Callable[..., go.Figure], width: int = FIGURE_WIDTH):
        self._build = build
        self._width = width
        self._figures: dict[tuple, go.Figure] = {}
        self._outputs: dict[tuple, dict] = {}

    def __call__(self, *state: Hashable) -> go.Figure:
        if state not in self._figures:
            self._figures[state] = self._build(*state)
        return self._figures[state]

    def output(self, *state: Hashable) -> dict:
        """The state's figure encoded as a display-data output (:func:`figure_output`)."""
        if state not in self._outputs:
            self._outputs[state] = figure_output(self(*state), self._width)
        return self._outputs[state]


class ChartExplorer(WidgetView):
    """Controls -> cached figure -> one :class:`FigureOutput` redrawn in place -> caption.

    ``build`` takes the controls' values, in order, and returns a finished figure; ``caption``
    turns the figure and those values into the HTML under it (the escaped text alternative by
    default). ``above`` and ``below`` are extra widgets placed around the chart. ``figure`` is
    the shown chart as one plotly figure, brought up to date when it is read.

    Example:
        >>> from helpers.core.figures import finish
        >>> size = widgets.IntSlider(value=1, min=1, max=3, description="Ukuran:")
        >>> chart = ChartExplorer(
        ...     [size], lambda n: finish(go.Figure(go.Bar(x=[n])), "Contoh", f"Batang {n}.", "-")
        ... )
        >>> size.value = 2
        >>> chart.figure.data[0].x, chart.caption.value
        ((2,), '<p><em>Teks alternatif:</em> Batang 2.</p>')
    """

    def __init__(
        self,
        controls: Sequence[widgets.ValueWidget],
        build: Callable[..., go.Figure],
        caption: Callable[..., str] | None = None,
        above: Sequence[widgets.Widget] | None = None,
        below: Sequence[widgets.Widget] = (),
    ):
        self.controls = list(controls)
        self._chart = FigureCache(build)
        self._caption = caption or (lambda fig, *_state: safe_html.caption(alt_text(fig)))
        self._figure: go.Figure | None = None
        self._figure_state: tuple | None = None
        self._shown = state = self.state
        first = self._chart(*state)
        self.chart = FigureOutput(first)
        self.caption = widgets.HTML(self._caption(first, *state))
        for control in self.controls:
            control.observe(self.redraw, names="value")
        top = list(above) if above is not None else self.controls
        self.view = widgets.VBox([*top, self.chart, self.caption, *below])

    @property
    def state(self) -> tuple:
        """The controls' current values, in order."""
        return tuple(control.value for control in self.controls)

    @property
    def figure(self) -> go.Figure:
        """The shown chart as a plotly figure: one object, updated in place when it is read."""
        if self._figure is None:
            self._figure = go.Figure(self._chart(*self._shown)).update_layout(width=FIGURE_WIDTH)
        elif self._figure_state != self._shown:
            refresh_figure(self._figure, self._chart(*self._shown))
        self._figure_state = self._shown
        return self._figure

    def redraw(self, _change: dict | None = None) -> None:
        """Show the figure for the controls' current values (built and encoded once per state)."""
        self._shown = state = self.state
        fig = self._chart(*state)
        self.chart.show(fig, self._chart.output(*state))
        self.caption.value = self._caption(fig, *state)
