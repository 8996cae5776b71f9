"""Values set without plotly's validation (helpers.core.figures, the explorer's encoding) are
exactly what a validated figure holds: the fast path changes nothing that is drawn."""

import json

import plotly.graph_objects as go
import plotly.io as pio
import pytest

from helpers.chapters import konsep, kontinum, pelayanan, pendahuluan, praktik
from helpers.core.explorer import figure_output
from helpers.core.figures import PLOTLY_MIME, finish, use_template

EXPLORERS = {
    "RegulationExplorer": lambda: pelayanan.RegulationExplorer(pelayanan.read_regulations()),
    "ContinuumExplorer": lambda: kontinum.ContinuumExplorer(kontinum.read_perry6_continuum()),
    "SpanOfControlSimulator": praktik.SpanOfControlSimulator,
    "ScopeSelector": lambda: konsep.ScopeSelector(konsep.example_sectors()),
    "IndicatorMap": pendahuluan.IndicatorMap,
}


def validated(fig: go.Figure) -> dict:
    return json.loads(pio.to_json(go.Figure(fig.to_dict()), validate=True))


def test_the_course_template_is_plotlys_own():
    fig = use_template(go.Figure())
    assert fig.layout.template == pio.templates["plotly_white"]


def test_finish_sets_what_a_validated_figure_holds():
    fig = finish(go.Figure(go.Bar(x=[1, 2])), "Judul", "Dua batang.", "Sumber: X", height=400)
    assert fig.layout.title.text == "Judul" and fig.layout.margin.b == 130
    assert json.loads(pio.to_json(fig, validate=False)) == validated(fig)


def test_finish_still_validates_a_charts_own_layout():
    with pytest.raises(ValueError):
        finish(go.Figure(), "Judul", "Kosong.", "Sumber: X", bukan_properti=1)


@pytest.mark.parametrize("name", EXPLORERS)
def test_each_explorers_figure_is_valid_as_drawn(name):
    explorer = EXPLORERS[name]()
    drawn = explorer.chart.outputs[0]["data"][PLOTLY_MIME]
    checked = go.Figure({k: v for k, v in drawn.items() if k != "config"})  # raises if invalid
    assert validated(checked) == validated(explorer.figure)
    assert (
        drawn["layout"]["width"]
        == figure_output(explorer.figure)["data"][PLOTLY_MIME]["layout"]["width"]
    )
