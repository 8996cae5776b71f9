"""helpers.core.explorer: controls redraw one FigureWidget in place, with its caption."""

import ipywidgets as widgets
import plotly.graph_objects as go

from helpers.core.explorer import ChartExplorer, FigureCache, refresh_figure
from helpers.core.figures import finish


def bars(n: int, label: str = "a") -> go.Figure:
    fig = go.Figure(go.Bar(x=list(range(n)), y=[label] * n))
    return finish(fig, f"Judul {n}", f"Diagram {n} batang <{label}>.", "Sumber: X")


def test_the_cache_builds_each_state_once():
    calls = []
    cache = FigureCache(lambda n: calls.append(n) or bars(n))
    cache(2), cache(3), cache(2)
    assert calls == [2, 3]


def test_refresh_updates_data_and_changed_layout_in_place():
    target = go.FigureWidget(bars(1))
    refresh_figure(target, bars(3))
    assert target.data[0].x == (0, 1, 2) and target.layout.title.text == "Judul 3"


def test_moving_a_control_redraws_the_same_widget_and_its_caption():
    size = widgets.IntSlider(value=1, min=1, max=4)
    label = widgets.Dropdown(options=["a", "b"], value="a")
    chart = ChartExplorer([size, label], bars)
    widget = chart.figure
    size.value, label.value = 4, "b"
    assert chart.figure is widget
    assert widget.data[0].x == (0, 1, 2, 3) and widget.data[0].y[0] == "b"
    assert chart.caption.value == "<p><em>Teks alternatif:</em> Diagram 4 batang &lt;b&gt;.</p>"


def test_a_custom_caption_gets_the_figure_and_the_state():
    size = widgets.IntSlider(value=2, min=1, max=4)
    chart = ChartExplorer([size], bars, caption=lambda fig, n: f"<p>{n} lembaga</p>")
    size.value = 3
    assert chart.caption.value == "<p>3 lembaga</p>"


def test_the_explorer_shows_as_its_view():
    chart = ChartExplorer([widgets.IntSlider(value=1, min=1, max=2)], bars)
    bundle = chart._repr_mimebundle_()
    assert bundle["application/vnd.jupyter.widget-view+json"]["model_id"] == chart.view.model_id
