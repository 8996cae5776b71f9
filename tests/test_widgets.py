"""helpers.widgets: toggles redraw the same FigureWidget in place, with a matching caption."""

from __future__ import annotations

import pytest

from helpers import data
from helpers.widgets import RegulationExplorer


@pytest.fixture
def explorer():
    return RegulationExplorer(data.read_regulations())


def test_starts_with_forms_as_counts(explorer):
    assert explorer.figure.data[0].y[0] == "Peraturan Menteri"
    assert explorer.figure.data[0].x[0] == 8311
    assert "8.311" in explorer.caption.value


def test_switching_to_sectors_updates_the_same_figure(explorer):
    figure = explorer.figure
    explorer.dimension.value = "sektor"
    assert explorer.figure is figure
    assert list(figure.data[0].y)[0] == "Jenis pajak"
    assert figure.data[0].x[0] == 1061
    assert "sektor" in figure.layout.title.text.lower()
    assert "1.061" in explorer.caption.value


def test_switching_to_share_relabels_axis_and_caption(explorer):
    explorer.measure.value = "persen"
    assert explorer.figure.data[0].x[0] == pytest.approx(100 * 8311 / 12471)
    assert "turunan" in explorer.figure.layout.xaxis.title.text
    assert "66,6%" in explorer.caption.value


def test_switching_back_restores_counts(explorer):
    explorer.dimension.value = "sektor"
    explorer.measure.value = "persen"
    explorer.dimension.value = "bentuk"
    explorer.measure.value = "jumlah"
    assert list(explorer.figure.data[0].x) == [8311, 2446, 49, 12471 - 8311 - 2446 - 49]


def test_controls_are_labelled_in_indonesian(explorer):
    labels = [label for label, _ in explorer.dimension.options]
    assert labels == ["Menurut bentuk", "Menurut sektor"]
    assert explorer.dimension.description == "Tampilkan:"
