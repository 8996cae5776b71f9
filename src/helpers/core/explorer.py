"""Widgets that show a view, and the chart explorer every interactive chart is built on.

A :class:`ChartExplorer` connects controls to a figure builder: each state's figure is built
once (:class:`FigureCache`), copied into one FigureWidget in place (:func:`refresh_figure`), and
the caption under it is updated. A chapter's explorer only says which controls it has, how
their values map to a figure, and (if it differs from the text alternative) its caption.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence

import ipywidgets as widgets
import plotly.graph_objects as go

from helpers.core import safe_html
from helpers.core.figures import FIGURE_WIDTH, alt_text


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


class ChartExplorer(WidgetView):
    """Controls -> cached figure -> in-place update of one FigureWidget -> caption.

    ``build`` takes the controls' values, in order, and returns a finished figure; ``caption``
    turns the figure and those values into the HTML under it (the escaped text alternative by
    default). ``above`` and ``below`` are extra widgets placed around the chart.

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
        first = self._chart(*self.state)
        self.figure = go.FigureWidget(first).update_layout(width=FIGURE_WIDTH)
        self.caption = widgets.HTML(self._caption(first, *self.state))
        for control in self.controls:
            control.observe(self.redraw, names="value")
        top = list(above) if above is not None else self.controls
        self.view = widgets.VBox([*top, self.figure, self.caption, *below])

    @property
    def state(self) -> tuple:
        """The controls' current values, in order."""
        return tuple(control.value for control in self.controls)

    def redraw(self, _change: dict | None = None) -> None:
        """Show the figure for the controls' current values (built once per state)."""
        fig = self._chart(*self.state)
        refresh_figure(self.figure, fig)
        self.caption.value = self._caption(fig, *self.state)
