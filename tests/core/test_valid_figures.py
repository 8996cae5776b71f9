"""Every chart the course builds is a valid plotly figure, exactly as plotly would store it.

The builders assemble plain dicts that plotly does not validate as they are set
(``helpers.core.figures.plain_figure``, for speed). This test validates their output instead:
plotly's own validating constructor must accept the figure and must not need to change it (a
shorthand such as ``title="..."``, which plotly would expand to ``title.text``, is not drawn
by plotly.js when it is left unvalidated).
"""

from __future__ import annotations

import json
from collections.abc import Callable

import plotly.graph_objects as go
import plotly.io as pio
import pytest

from helpers.chapters import data_sendiri, konsep, kontinum, pelayanan, pendahuluan, pola, praktik
from helpers.core.figures import plain_figure


def _explorer_states(explorer) -> list[go.Figure]:
    """The figure of every state one control change away from the start, and the start."""
    figures = [explorer.figure]
    for control in explorer.controls:
        options = getattr(control, "options", None)
        values = [v for _, v in options] if options and isinstance(options[0], tuple) else options
        if values is None:
            values = [control.min, control.max] if hasattr(control, "min") else [not control.value]
        start = control.value
        for value in values:
            control.value = value
            figures.append(go.Figure(explorer.figure))
        control.value = start
    return figures


def _own_regulations():
    return data_sendiri.read_own_file(
        data_sendiri.examples_dir() / "regulasi_dinas_contoh.csv", "regulasi"
    )


BUILDERS: dict[str, Callable[[], list[go.Figure]]] = {
    "learning_illustration_chart": lambda: [pendahuluan.learning_illustration_chart()],
    "IndicatorMap": lambda: _explorer_states(pendahuluan.IndicatorMap()),
    "ScopeSelector": lambda: _explorer_states(konsep.ScopeSelector(konsep.example_sectors())),
    "continuum_chart": lambda: [kontinum.continuum_chart(kontinum.read_perry6_continuum())],
    "ContinuumExplorer": lambda: _explorer_states(
        kontinum.ContinuumExplorer(kontinum.read_perry6_continuum())
    ),
    "integrity_scores_chart": lambda: [
        pelayanan.integrity_scores_chart(pelayanan.read_survey_scores())
    ],
    "RegulationExplorer": lambda: _explorer_states(
        pelayanan.RegulationExplorer(pelayanan.read_regulations())
    ),
    "regulations_chart (own file)": lambda: [pelayanan.regulations_chart(_own_regulations())],
    "span_of_control_figure": lambda: [
        praktik.span_of_control_figure(n) for n in (praktik.N_MIN, 5, praktik.N_MAX)
    ],
    "mpp_chart": lambda: [pola.mpp_chart(pola.read_mpp_counts())],
    "oss_chart": lambda: [pola.oss_chart(pola.read_oss_nib())],
}


def as_sent(fig: go.Figure) -> dict:
    """The figure as JSON, as the browser receives it."""
    return json.loads(pio.to_json(fig, validate=False))


def assert_valid_as_stored(fig: go.Figure) -> None:
    validated = go.Figure(fig.to_dict())  # raises ValueError on an invalid property
    assert as_sent(validated) == as_sent(fig)


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_builder_output_is_valid_and_needs_no_change(name):
    figures = BUILDERS[name]()
    assert figures
    for fig in figures:
        assert_valid_as_stored(fig)


def test_an_invalid_plain_figure_is_caught():
    fig = plain_figure([{"type": "bar", "x": [1], "colour": "red"}], {})
    with pytest.raises(ValueError, match="colour"):
        assert_valid_as_stored(fig)


def test_a_shorthand_plotly_would_expand_is_caught():
    fig = plain_figure([], {"legend": {"title": "Tingkat"}})
    with pytest.raises(AssertionError):
        assert_valid_as_stored(fig)
